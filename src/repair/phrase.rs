//! Lexicon phrases made of bare Latin words: the longest entry around a
//! word, and the words beside a token that may join it.

use super::tokens::{bare_word, Token};
use crate::lexicon::{Entry, Lexicon};
use std::ops::Range;

/// The longest lexicon phrase (case-insensitive) made of the bare Latin words
/// `words` that includes the word at `at`. Returns the range of words used.
pub(super) fn longest_phrase<'l>(
    text: &str,
    words: &[Range<usize>],
    at: usize,
    lexicon: &'l Lexicon,
    case_sensitive: bool,
) -> Option<(usize, usize, &'l Entry)> {
    let max = lexicon.max_words().max(1);
    let mut best: Option<(usize, usize, &Entry)> = None;
    for i in at.saturating_sub(max - 1)..=at {
        for j in at..words.len().min(i + max) {
            // The words must be separated by exactly one space.
            let span = words[i].start..words[j].end;
            let phrase = &text[span];
            if phrase.contains("  ") || phrase.contains(['\t', '\n']) {
                continue;
            }
            let hit = if case_sensitive {
                lexicon.get(phrase)
            } else {
                lexicon.get_ignore_case(phrase)
            };
            if let Some(e) = hit {
                if best.is_none_or(|(a, b, _)| j - i > b - a) {
                    best = Some((i, j, e));
                }
            }
        }
    }
    best
}

/// The bare Latin words (single words per token) around token `k` that can
/// join a phrase with the run: tokens before `k` (ending at `k`) and after.
pub(super) fn phrase_words(
    text: &str,
    toks: &[Token],
    k: usize,
    max: usize,
    backward: bool,
) -> Vec<Range<usize>> {
    let mut words = Vec::new();
    let mut idx = k;
    for _ in 1..max {
        let next = if backward {
            idx.checked_sub(1)
        } else {
            Some(idx + 1)
        };
        let Some(n) = next.filter(|n| *n < toks.len()) else {
            break;
        };
        let Some((w, lead, trail)) = bare_word(text, &toks[n]) else {
            break;
        };
        // Punctuation inside the phrase ends it.
        if (backward && trail.is_some()) || (!backward && lead.is_some()) {
            break;
        }
        words.push(w);
        let stop = if backward {
            lead.is_some()
        } else {
            trail.is_some()
        };
        idx = n;
        if stop {
            break;
        }
    }
    if backward {
        words.reverse();
    }
    words
}
