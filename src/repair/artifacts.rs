//! Artifacts: orphan marks (`Governmentी`) and fused tokens (`Indiaवंशी`),
//! the Latin runs inside a token that touch Devanagari letters or signs,
//! and the junctions that are glue rather than substitution damage.

use super::finding::{Finding, FindingKind};
use super::phrase::{longest_phrase, phrase_words};
use super::signs;
use super::tokens::*;
use crate::lexicon::{Entry, Lexicon};
use crate::script::*;
use std::ops::Range;

/// Free function words (postpositions, particles, auxiliaries, conjunctions,
/// pronouns): substitution never glues an English word to one of these,
/// because clean Hindi writes them apart (`भारत से`, not `भारतसे`).
static FUNCTION_WORDS: &[&str] = &[
    "और",
    "एवं",
    "का",
    "कि",
    "की",
    "के",
    "को",
    "जो",
    "तक",
    "तो",
    "था",
    "थी",
    "थे",
    "ने",
    "पर",
    "भी",
    "में",
    "मे",
    "या",
    "यह",
    "ये",
    "वह",
    "वे",
    "से",
    "साथ",
    "ही",
    "है",
    "हैं",
    "हो",
    "द्वारा",
    "नहीं",
    "लिए",
    "इस",
    "उस",
];

/// Characters that make a Latin run part of a larger technical token (URL,
/// e-mail, handle, hashtag, file name, identifier).
fn is_technical(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(
            c,
            '@' | '#'
                | '/'
                | '\\'
                | '_'
                | '='
                | '&'
                | '%'
                | '+'
                | '*'
                | '<'
                | '>'
                | '$'
                | '~'
                | '|'
        )
}

/// A Latin run inside a token, with what touches it.
struct Run {
    start: usize,
    end: usize,
    /// Devanagari letters or signs right before, inside the token.
    left_fused: bool,
    /// A Devanagari letter right after (looking through joiners).
    right_fused: bool,
    /// A Devanagari dependent sign right after (looking through joiners).
    orphan: bool,
    /// Where the Devanagari after the run starts (after joiners).
    after_joiners: usize,
    /// Another Latin run is separated from this one by joiners only: the two
    /// are one junk word, never repaired.
    joined_to_latin: bool,
}

/// The Latin runs of a token, in order, as ranges of the text (an
/// iterator: a token of a hostile text can hold hundreds of thousands).
fn run_ranges<'t>(text: &'t str, t: &Token) -> impl Iterator<Item = Range<usize>> + 't {
    let (start, end) = (t.start, t.end);
    let bytes = text.as_bytes().get(start..end).unwrap_or(&[]);
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() && !bytes[i].is_ascii_alphabetic() {
            i += 1;
        }
        if i >= bytes.len() {
            return None;
        }
        let s = i;
        while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
            i += 1;
        }
        Some(start + s..start + i)
    })
}

/// The run `r` of token `t` with what stands around it in the token.
fn run_at(text: &str, t: &Token, r: Range<usize>) -> Run {
    let tok = &text[t.start..t.end];
    let (s, e) = (r.start - t.start, r.end - t.start);
    let before = tok[..s].chars().next_back();
    let before_joiners = tok[..s].trim_end_matches(is_joiner).chars().next_back();
    let mut after_pos = e;
    let mut after = tok[e..].chars().next();
    while let Some(c) = after.filter(|c| is_joiner(*c)) {
        after_pos += c.len_utf8();
        after = tok[after_pos..].chars().next();
    }
    Run {
        start: r.start,
        end: r.end,
        left_fused: before.is_some_and(is_word_devanagari),
        right_fused: after.is_some_and(|c| is_word_devanagari(c) && !is_dependent_sign(c)),
        orphan: after.is_some_and(is_dependent_sign),
        after_joiners: t.start + after_pos,
        joined_to_latin: (before != before_joiners
            && before_joiners.is_some_and(|c| c.is_ascii_alphabetic()))
            || (after_pos > e && after.is_some_and(|c| c.is_ascii_alphabetic())),
    }
}

/// The most runs of Latin letters a token may hold to be looked at for
/// artifacts; a token with more is left alone, whole. A substitution leaves
/// one or two in a word (`Governmentी`, `ीPrime`), and a text that lost its
/// spaces a few dozen in a token (`भारतIndiaकाNewsमें...`); a token with
/// more than 64 is no text a substitution made, and each run costs a
/// lexicon lookup (a megabyte of `aीaीaी...` took 60 times as long as
/// Hindi text).
const MAX_LATIN_RUNS: usize = 64;

/// The number of runs of ASCII letters in `bytes`.
fn latin_runs(bytes: &[u8]) -> usize {
    let mut n = 0;
    let mut in_run = false;
    for b in bytes {
        let letter = b.is_ascii_alphabetic();
        n += usize::from(letter && !in_run);
        in_run = letter;
    }
    n
}

/// Orphan marks and fused tokens in token `k`.
pub(super) fn artifacts(
    text: &str,
    toks: &[Token],
    k: usize,
    lexicon: &Lexicon,
    keep: &impl Fn(FindingKind, bool) -> bool,
    out: &mut Vec<Finding>,
) {
    let t = &toks[k];
    // (Runs are separated by at least one byte: a shorter token cannot
    // hold too many, and is not counted.)
    if t.end - t.start > 2 * MAX_LATIN_RUNS
        && latin_runs(&text.as_bytes()[t.start..t.end]) > MAX_LATIN_RUNS
    {
        return;
    }
    // Whether a finding without a lexicon entry is wanted at all.
    let keep_unknown = [
        FindingKind::OrphanMark,
        FindingKind::Glue,
        FindingKind::FusedToken,
    ]
    .into_iter()
    .any(|kind| keep(kind, false));
    for range in run_ranges(text, t) {
        // A word in no entry gives a finding without one: skip it early
        // (before looking around it) when such findings are not wanted.
        if !keep_unknown && !lexicon.has_word_ignore_case(&text[range.clone()]) {
            continue;
        }
        let r = &run_at(text, t, range);
        if !(r.left_fused || r.right_fused || r.orphan) || r.joined_to_latin {
            continue;
        }
        let before = text[t.start..r.start].chars().next_back();
        let after = text[r.end..t.end].chars().next();
        if before.is_some_and(is_technical) || after.is_some_and(|c| is_technical(c) || c == '.') {
            continue;
        }
        // The Latin part can extend to neighbouring bare Latin words when
        // this run is at the token's edge (`Prime Ministerों`).
        let max = lexicon.max_words().max(1);
        let at_token_start = r.start == t.start;
        let at_token_end = r.end == t.end;
        let mut words: Vec<Range<usize>> = Vec::new();
        let mut at = 0;
        if at_token_start && !r.left_fused {
            // Words an earlier artifact already took (`ीPrime Minister`) are
            // not part of this run's phrase.
            let claimed = out.last().map_or(0, |f| f.latin.end);
            words = phrase_words(text, toks, k, max, true);
            words.retain(|w| w.start >= claimed);
            at = words.len();
        }
        words.push(r.start..r.end);
        // Whether the Latin words after the run end in another artifact
        // (`ीGovernment Prime Ministerी`): then they are that artifact's, not
        // a plain Latin phrase.
        let mut runs_into_artifact = false;
        if at_token_end && !r.right_fused && !r.orphan {
            let forward = phrase_words(text, toks, k, max, false);
            let next_tok = toks[k + 1..]
                .iter()
                .find(|t| t.start >= forward.last().map_or(r.end, |w| w.end));
            runs_into_artifact = next_tok.is_some_and(|t| {
                let s = &text[t.start..t.end];
                s.starts_with(|c: char| c.is_ascii_alphabetic()) && s.chars().any(is_devanagari)
            });
            words.extend(forward);
        }
        // A phrase whose words are each entries that compose its value
        // (`State Government` = `State` + `Government`) could as well be
        // several substitutions: then only the fused word is an artifact.
        let compositional = |i: usize, j: usize, e: &Entry| {
            let parts: Option<Vec<&str>> = words[i..=j]
                .iter()
                .map(|w| {
                    lexicon
                        .get_ignore_case(&text[w.clone()])
                        .map(|p| p.devanagari.as_str())
                })
                .collect();
            parts.is_some_and(|p| p.join(" ") == e.devanagari)
        };
        let found = longest_phrase(text, &words, at, lexicon, false)
            .filter(|(i, j, e)| i == j || !compositional(*i, *j, e))
            .or_else(|| {
                longest_phrase(text, &words[at..=at], 0, lexicon, false)
                    .map(|(_, _, e)| (at, at, e))
            });
        if found.is_none() && !keep_unknown {
            continue;
        }
        let (latin, entry) = match found {
            Some((i, j, e)) => (words[i].start..words[j].end, Some(e.clone())),
            None => (r.start..r.end, None),
        };
        // Devanagari suffix and prefix inside the token.
        let suffix_end = text[r.after_joiners..t.end]
            .char_indices()
            .find(|(_, c)| !(is_word_devanagari(*c) || is_joiner(*c)))
            .map_or(t.end, |(i, _)| r.after_joiners + i);
        // Only a complete word can be a free function word: the suffix must
        // end its token, or be followed by punctuation alone (`Newsसे,`);
        // `Governmentसेxyz` or `से:Mayी` is no complete word.
        let sandwiched = !text[suffix_end..t.end].chars().all(is_neutral_punctuation);
        let suffix = if sandwiched {
            ""
        } else {
            &text[r.after_joiners..suffix_end]
        };
        let prefix_start = text[t.start..r.start]
            .char_indices()
            .rev()
            .take_while(|(_, c)| is_word_devanagari(*c) || is_joiner(*c))
            .last()
            .map_or(r.start, |(i, _)| t.start + i);
        // The same for the prefix: only a complete word can be a loanword
        // (`ऑनलाइनNews`, but not the tail of `xyzऑनलाइनNews`).
        let prefix = if text[t.start..prefix_start]
            .chars()
            .all(is_neutral_punctuation)
        {
            &text[prefix_start..r.start]
        } else {
            ""
        };
        let marks_end = text[r.after_joiners..suffix_end]
            .char_indices()
            .find(|(_, c)| !(is_dependent_sign(*c) || is_joiner(*c)))
            .map_or(suffix_end, |(i, _)| r.after_joiners + i);
        let kind = if r.orphan {
            FindingKind::OrphanMark
        } else if is_glue(
            r,
            (prefix, suffix),
            lexicon,
            entry.as_ref(),
            at > 0 && found.map_or(at, |f| f.0) == at,
            !runs_into_artifact
                && words
                    .get(found.map_or(at, |f| f.1) + 1)
                    .is_some_and(|w| lexicon.get_ignore_case(&text[w.clone()]).is_none()),
        ) {
            FindingKind::Glue
        } else {
            FindingKind::FusedToken
        };
        if !keep(kind, entry.is_some()) {
            continue;
        }
        out.push(Finding {
            kind,
            latin,
            token: prefix_start.min(r.start)..suffix_end.max(r.end),
            marks: if r.orphan {
                r.after_joiners..marks_end
            } else {
                r.end..r.end
            },
            entry,
        });
    }
}

/// Whether a fused junction (no orphan sign) looks like glue rather than
/// substitution damage: HTML-extraction glue, or an English compound written
/// in two scripts. `parts` are the complete Devanagari words fused before and
/// after the run (empty when there is none, or when it is no complete word);
/// `preceded_by_latin` says whether the run's phrase has more Latin words
/// before it that are not part of one lexicon phrase with it;
/// `followed_by_latin` whether a plain Latin word that is no lexicon entry
/// follows it (`लाइफSun Pharma`, `कियाRead more`).
fn is_glue(
    r: &Run,
    (prefix, suffix): (&str, &str),
    lexicon: &Lexicon,
    entry: Option<&Entry>,
    preceded_by_latin: bool,
    followed_by_latin: bool,
) -> bool {
    let left_only = r.left_fused && !r.right_fused;
    let right_only = r.right_fused && !r.left_fused;
    // An English word fused to an English loanword in Devanagari (`Homeपेज`,
    // `ऑनलाइनNews`): one English compound in two scripts. Every fused side
    // must be such a word: a substitution inside a Hindi word leaves Hindi
    // on at least one side (`विCountry`, `गैरGovernmentी`).
    let loan = |part: &str| signs::is_english_loan(part, lexicon);
    if (!r.left_fused || loan(prefix)) && (!r.right_fused || loan(suffix)) {
        return true;
    }
    if right_only {
        // An English word glued to a free function word (`Hindi Newsसे`), or
        // a Latin phrase ending in a fused tail (`Share this on WhatsAppवरिष्ठ`).
        return FUNCTION_WORDS.contains(&suffix) || preceded_by_latin;
    }
    // A weekday or month fused only on its left (`सम्मानJuly 5`), or a
    // Latin phrase going on after the run.
    left_only
        && (entry.is_some_and(|e| signs::is_weekday_or_month(&e.english)) || followed_by_latin)
}
