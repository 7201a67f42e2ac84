//! Lexicon phrases made of bare Latin words: the longest entry around a
//! word, and the words beside a token that may join it.

use super::tokens::{bare_word, Token};
use crate::lexicon::{Entry, Lexicon};
use std::ops::Range;

/// How a phrase must match the lexicon's English form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Case {
    /// In its canonical case (`India`, not `INDIA`): a substituted word.
    Canonical,
    /// In any case: the Latin run of an artifact.
    Any,
}

/// A lexicon entry matched by the words `first..=last` of a list of words.
#[derive(Clone, Copy, Debug)]
pub(super) struct PhraseMatch<'l> {
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) entry: &'l Entry,
}

impl PhraseMatch<'_> {
    /// The bytes of the words it takes of `words`, the words it was
    /// matched in.
    pub(super) fn span(&self, words: &[Range<usize>]) -> Option<Range<usize>> {
        span(words.get(self.first..=self.last)?)
    }
}

/// The bytes from the start of the first of `words` to the end of the
/// last; `None` without words.
fn span(words: &[Range<usize>]) -> Option<Range<usize>> {
    Some(words.first()?.start..words.last()?.end)
}

/// The longest lexicon phrase made of the bare Latin words `words` that
/// includes the word at `at`: the words it takes and its entry.
pub(super) fn longest_phrase<'l>(
    text: &str,
    words: &[Range<usize>],
    at: usize,
    lexicon: &'l Lexicon,
    case: Case,
) -> Option<PhraseMatch<'l>> {
    let max = lexicon.max_words().max(1);
    let mut best: Option<PhraseMatch<'l>> = None;
    for i in at.saturating_sub(max - 1)..=at {
        for j in at..words.len().min(i + max) {
            // The words must be separated by exactly one space.
            let Some(phrase) = words
                .get(i..=j)
                .and_then(span)
                .and_then(|span| text.get(span))
            else {
                continue;
            };
            if phrase.contains("  ") || phrase.contains(['\t', '\n']) {
                continue;
            }
            let hit = match case {
                Case::Canonical => lexicon.get(phrase),
                Case::Any => lexicon.get_ignore_case(phrase),
            };
            if let Some(entry) = hit {
                if best.is_none_or(|b| j - i > b.last - b.first) {
                    best = Some(PhraseMatch {
                        first: i,
                        last: j,
                        entry,
                    });
                }
            }
        }
    }
    best
}

/// Which side of a token to look at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Direction {
    /// The tokens before it.
    Before,
    /// The tokens after it.
    After,
}

/// The bare Latin words (single words per token) beside token `k`, on the
/// side `direction`, that can join a phrase with a run at the token's edge:
/// at most `max - 1`, in text order, up to punctuation.
pub(super) fn phrase_words(
    text: &str,
    toks: &[Token],
    k: usize,
    max: usize,
    direction: Direction,
) -> Vec<Range<usize>> {
    let backward = direction == Direction::Before;
    let mut words = Vec::new();
    let mut idx = k;
    for _ in 1..max {
        let next = if backward {
            idx.checked_sub(1)
        } else {
            Some(idx + 1)
        };
        let Some(n) = next else {
            break;
        };
        let Some(bare) = toks.get(n).and_then(|t| bare_word(text, t)) else {
            break;
        };
        // Punctuation inside the phrase ends it; punctuation at its far end
        // ends it after this word.
        let (inner, outer) = if backward {
            (bare.trail, bare.lead)
        } else {
            (bare.lead, bare.trail)
        };
        if inner.is_some() {
            break;
        }
        words.push(bare.word);
        idx = n;
        if outer.is_some() {
            break;
        }
    }
    if backward {
        words.reverse();
    }
    words
}
