//! Finding mixed-script tokens: one pass over the whitespace-separated
//! tokens of the text, looking only at tokens that hold an ASCII letter.

use super::signs;
use crate::lexicon::{Entry, Lexicon};
use crate::script::*;
use std::ops::Range;

/// The class of a mixed-script finding.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FindingKind {
    /// Latin letters directly followed by a Devanagari dependent sign.
    OrphanMark,
    /// Latin letters touching a Devanagari letter, with no sign of glue.
    FusedToken,
    /// Latin letters touching a Devanagari letter where the junction looks
    /// like HTML-extraction glue (`कियाRead more`) or an English compound in
    /// two scripts (`Homeपेज`); never repaired.
    Glue,
    /// A lexicon word or phrase, in canonical case, standing among
    /// Devanagari words.
    SubstitutedWord,
}

/// One mixed-script finding.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The class.
    pub kind: FindingKind,
    /// The Latin word or phrase (byte range in the text).
    pub latin: Range<usize>,
    /// The whole token: Devanagari prefix, Latin, Devanagari suffix.
    pub token: Range<usize>,
    /// For an orphan mark: the orphaned signs right after the Latin run.
    pub marks: Range<usize>,
    /// The lexicon entry, when the Latin word or phrase is one.
    pub entry: Option<Entry>,
}

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

/// English weekday and month names: substitution never leaves one of these
/// fused only on its left (`सम्मानJuly 5` is glue).
fn is_weekday_or_month(english: &str) -> bool {
    matches!(
        english,
        "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
    )
}

/// A Devanagari letter or sign that can be part of a word around a Latin
/// run (not digits, not dandas).
fn is_word_devanagari(c: char) -> bool {
    is_devanagari_letter_or_mark(c)
}

/// Characters that may stand beside a substituted word on the Devanagari
/// side: sentence punctuation, quotes and brackets.
fn is_neutral_punctuation(c: char) -> bool {
    matches!(
        c,
        ',' | '.' | '-' | ';' | ':' | '?' | '!' | '"' | '\'' | '(' | ')' | '[' | ']' | '\u{2018}'
            ..='\u{201D}' // quotation marks
    ) || is_danda(c)
}

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

/// A token: whitespace-separated, and, outside URLs and e-mail addresses,
/// split at hyphens (each hyphen its own token), so that `City-State` holds
/// two words and `भारत-China` keeps its hyphen as a neighbour.
struct Token {
    start: usize,
    end: usize,
    /// Holds an ASCII letter (only such tokens are looked at closely).
    latin: bool,
    /// Part of a URL, e-mail address or handle: never repaired.
    technical: bool,
    /// May hold a Devanagari character (has a lead byte of one): only such
    /// a token can hold an artifact.
    devanagari: bool,
}

fn is_technical_token(tok: &str) -> bool {
    // Byte searches: `str::contains("://")` builds a substring searcher for
    // each call, and this runs for every token with a `w` or a `:`.
    let b = tok.as_bytes();
    tok.starts_with("www.")
        || memchr::memchr(b'@', b).is_some()
        || memchr::memchr_iter(b':', b).any(|i| b.get(i + 1..i + 3) == Some(b"//"))
}

/// The bits of [`BYTE_CLASS`].
mod byte_class {
    /// ASCII whitespace.
    pub const SPACE: u8 = 1;
    /// The lead byte of a non-ASCII whitespace character (and of others).
    pub const MAYBE_SPACE: u8 = 2;
    pub const HYPHEN: u8 = 4;
    /// What URLs, e-mail addresses and handles hold: `:`, `@`, `w`.
    pub const TECHNICAL: u8 = 8;
    /// An ASCII letter.
    pub const LATIN: u8 = 16;
    /// A lead byte of the Devanagari blocks (and of others):
    /// U+0900..U+097F, U+1CD0..U+1CFF, U+A8E0..U+A8FF, U+11B00..U+11B5F.
    pub const MAYBE_DEVANAGARI: u8 = 32;
}

/// What each byte tells the tokenizer.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        let mut k = 0;
        if matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ') {
            k |= byte_class::SPACE;
        }
        if matches!(c, 0xC2 | 0xE1 | 0xE2 | 0xE3) {
            k |= byte_class::MAYBE_SPACE;
        }
        if c == b'-' {
            k |= byte_class::HYPHEN;
        }
        if matches!(c, b':' | b'@' | b'w') {
            k |= byte_class::TECHNICAL;
        }
        if c.is_ascii_alphabetic() {
            k |= byte_class::LATIN;
        }
        if matches!(c, 0xE0 | 0xE1 | 0xEA | 0xF0) {
            k |= byte_class::MAYBE_DEVANAGARI;
        }
        t[b] = k;
        b += 1;
    }
    t
};

fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    // What a token holds that needs a closer look: a hyphen to split at,
    // and the characters of URLs, e-mail addresses and handles.
    let has_latin = |s: usize, e: usize| text.as_bytes()[s..e].iter().any(u8::is_ascii_alphabetic);
    let mut push = |s: usize, e: usize, bits: u8| {
        let hyphen = bits & byte_class::HYPHEN != 0;
        let maybe_technical = bits & byte_class::TECHNICAL != 0;
        let latin = bits & byte_class::LATIN != 0;
        let devanagari = bits & byte_class::MAYBE_DEVANAGARI != 0;
        let tok = &text[s..e];
        let technical = maybe_technical && is_technical_token(tok);
        if technical || !hyphen {
            out.push(Token {
                start: s,
                end: e,
                latin,
                technical,
                devanagari,
            });
            return;
        }
        let mut a = s;
        for (i, c) in tok.char_indices() {
            if c == '-' {
                if a < s + i {
                    out.push(Token {
                        start: a,
                        end: s + i,
                        latin: latin && has_latin(a, s + i),
                        technical: false,
                        devanagari,
                    });
                }
                out.push(Token {
                    start: s + i,
                    end: s + i + 1,
                    latin: false,
                    technical: false,
                    devanagari: false,
                });
                a = s + i + 1;
            }
        }
        if a < e {
            out.push(Token {
                start: a,
                end: e,
                latin: latin && has_latin(a, e),
                technical: false,
                devanagari,
            });
        }
    };
    // One walk over the bytes through a class table: each byte's bits are
    // OR-ed into the token's; only the lead bytes of the non-ASCII
    // whitespace characters (U+0085, U+00A0, U+1680, U+2000..U+200A, U+2028,
    // U+2029, U+202F, U+205F, U+3000) make it decode a character.
    let bytes = text.as_bytes();
    let mut start: Option<usize> = None;
    let mut bits = 0u8;
    let mut i = 0;
    while i < bytes.len() {
        // A Devanagari character (most of a Hindi text) in one step: inside
        // a token, its bytes add only MAYBE_DEVANAGARI.
        if let (Some(_), [0xE0, 0xA4 | 0xA5, _, ..]) = (start, &bytes[i..]) {
            bits |= byte_class::MAYBE_DEVANAGARI;
            i += 3;
            continue;
        }
        let k = BYTE_CLASS[usize::from(bytes[i])];
        if k & (byte_class::SPACE | byte_class::MAYBE_SPACE) != 0 {
            let len = if k & byte_class::SPACE != 0 {
                1
            } else {
                match text.get(i..).and_then(|r| r.chars().next()) {
                    Some(c) if c.is_whitespace() => c.len_utf8(),
                    _ => 0,
                }
            };
            if len > 0 {
                if let Some(s) = start.take() {
                    push(s, i, bits);
                }
                i += len;
                continue;
            }
        }
        if start.is_none() {
            start = Some(i);
            bits = 0;
        }
        bits |= k;
        i += 1;
    }
    if let Some(s) = start {
        push(s, text.len(), bits);
    }
    out
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

/// Whether a token is a single bare Latin word (optionally with opening
/// punctuation before and closing punctuation after). Returns the word's
/// range and the punctuation around it.
fn bare_word(text: &str, t: &Token) -> Option<(Range<usize>, Option<char>, Option<char>)> {
    let tok = &text[t.start..t.end];
    let lead: usize = tok
        .chars()
        .take_while(|c| matches!(c, '"' | '\'' | '(' | '[' | '\u{2018}' | '\u{201C}'))
        .map(char::len_utf8)
        .sum();
    let core_len = tok[lead..]
        .bytes()
        .take_while(u8::is_ascii_alphabetic)
        .count();
    if core_len == 0 {
        return None;
    }
    let rest = &tok[lead + core_len..];
    if !rest.chars().all(is_neutral_punctuation) {
        return None;
    }
    Some((
        t.start + lead..t.start + lead + core_len,
        tok[..lead].chars().next_back(),
        rest.chars().next(),
    ))
}

/// Finds every mixed-script finding in `text`.
pub(crate) fn findings(text: &str, lexicon: &Lexicon) -> Vec<Finding> {
    findings_kept(text, lexicon, true, |_, _| true)
}

/// The findings `keep` accepts, never building the others: a text of
/// unknown Latin words with orphan signs has one finding per word, and
/// repair needs only those with a lexicon entry. `keep` must accept every
/// finding with an entry: only those take part in the overlap rules.
/// Without `words`, substituted words are not looked for (the `artifacts`
/// mode never repairs them).
pub(crate) fn findings_kept(
    text: &str,
    lexicon: &Lexicon,
    words: bool,
    keep: impl Fn(FindingKind, bool) -> bool,
) -> Vec<Finding> {
    let toks = tokens(text);
    let mut out = Vec::new();
    let mut candidates = Vec::new();

    let mut k = 0;
    while k < toks.len() {
        let t = &toks[k];
        if !t.latin {
            k += 1;
            continue;
        }
        if !t.technical {
            if t.devanagari {
                artifacts(text, &toks, k, lexicon, &keep, &mut out);
            }
            if !words {
                k += 1;
                continue;
            }
            if let Some(next) = substituted(text, &toks, k, lexicon, &mut candidates) {
                k = next;
                continue;
            }
        }
        k += 1;
    }
    accept(&mut candidates);
    out.extend(
        candidates
            .into_iter()
            .filter(|c| c.accepted)
            .flat_map(|c| c.findings),
    );
    out.sort_by_key(|f| f.latin.start);
    out.dedup_by(|b, a| a.latin.start < b.latin.end && b.latin.start < a.latin.end);
    out
}

/// The longest lexicon phrase (case-insensitive) made of the bare Latin words
/// `words` that includes the word at `at`. Returns the range of words used.
fn longest_phrase<'l>(
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
fn phrase_words(
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
fn artifacts(
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
    left_only && (entry.is_some_and(|e| is_weekday_or_month(&e.english)) || followed_by_latin)
}

/// A standalone lexicon word or phrase starting at token `k`, among
/// Devanagari words. Returns the token index after the phrase when it
/// consumed several tokens.
fn substituted(
    text: &str,
    toks: &[Token],
    k: usize,
    lexicon: &Lexicon,
    candidates: &mut Vec<Candidate>,
) -> Option<usize> {
    // The phrase: bare Latin words from k on, punctuation only at its ends.
    let (first, lead, mut trail) = bare_word(text, &toks[k])?;
    // Only a phrase's first token: a bare Latin word before it would have
    // started the phrase.
    if k > 0 && lead.is_none() {
        if let Some((_, _, None)) = bare_word(text, &toks[k - 1]) {
            return None;
        }
    }
    let mut words = vec![first];
    let mut j = k;
    while trail.is_none() && j + 1 < toks.len() {
        let Some((w, l, tr)) = bare_word(text, &toks[j + 1]) else {
            break;
        };
        if l.is_some() {
            break;
        }
        // Only a single space between the words.
        if &text[toks[j].end..toks[j + 1].start] != " " {
            break;
        }
        words.push(w);
        trail = tr;
        j += 1;
    }
    // Hyphenated Latin words are one phrase too (`Proto-Indo-European`):
    // a hyphen token right between two bare words.
    while trail == Some('-')
        || (trail.is_none()
            && toks
                .get(j + 1)
                .is_some_and(|t| &text[t.start..t.end] == "-"))
    {
        let hyphen = if trail == Some('-') { j } else { j + 1 };
        let (Some(h), Some(next)) = (toks.get(hyphen), toks.get(hyphen + 1)) else {
            break;
        };
        if h.end != next.start || (trail.is_none() && toks[j].end != h.start) {
            break;
        }
        let Some((w, l, tr)) = bare_word(text, next) else {
            break;
        };
        if l.is_some() {
            break;
        }
        words.push(w);
        trail = tr;
        j = hyphen + 1;
    }
    let end_token = j + 1;
    // Neighbours: punctuation of the phrase's own tokens, else the nearest
    // character of the neighbouring tokens; the text's edges are neutral.
    let left = lead.or_else(|| {
        k.checked_sub(1)
            .and_then(|p| text[toks[p].start..toks[p].end].chars().next_back())
    });
    let right = trail.or_else(|| {
        toks.get(end_token)
            .and_then(|n| text[n.start..n.end].chars().next())
    });
    let ok = |c: Option<char>| match c {
        None => true,
        Some(c) => {
            is_word_devanagari(c)
                || is_devanagari_digit(c)
                || c.is_ascii_digit()
                || is_neutral_punctuation(c)
        }
    };
    if !(ok(left) && ok(right)) {
        return Some(end_token);
    }
    // The words beside the phrase, looking past numbers and punctuation
    // (`31 October, 1832 को`): each must be on the Devanagari side, a
    // Devanagari word or another substituted phrase (`India, China और
    // Japan`: decided in `accept`), or nothing: the text's edge, or a
    // boundary, that is brackets or quotes around the phrase, sentence
    // punctuation and line breaks (`“Government वास्तव में`, `है। India
    // में`). A Latin word
    // beyond a comma or a bracket is a neighbour (`Video, Watch`, `(IST)
    // Raipur`).
    let has_letter = |t: &Token| {
        text[t.start..t.end].chars().any(|c| {
            c.is_ascii_alphabetic()
                || is_devanagari_letter(c)
                || (!c.is_ascii() && c.is_alphabetic())
        })
    };
    let ends_sentence = |c: char| is_danda(c) || matches!(c, '.' | '?' | '!');
    let side_of = |i: usize| {
        let t = &text[toks[i].start..toks[i].end];
        if t.chars().any(is_devanagari_letter) {
            Side::Devanagari
        } else if toks[i].latin {
            Side::Latin(i)
        } else {
            Side::Other
        }
    };
    // A line break ends what counts as a neighbour too: a line of its own is
    // a title, a menu or a list item (`Home - News - खेल`).
    let line_break = |a: usize, b: usize| text[toks[a].end..toks[b].start].contains('\n');
    let mut left_side = Side::Edge;
    if lead.is_none() {
        for i in (k.saturating_sub(4)..k).rev() {
            if line_break(i, i + 1) {
                break;
            }
            // The end of a sentence before: the phrase starts another (in
            // whatever script the sentence before is written).
            let t = &text[toks[i].start..toks[i].end];
            if t.ends_with(ends_sentence) || is_separator(text, &toks[i]) {
                break;
            }
            if has_letter(&toks[i]) {
                left_side = side_of(i);
                break;
            }
        }
    }
    let mut right_side = Side::Edge;
    if !trail.is_some_and(|c| ends_sentence(c) || is_closing_mark(c)) {
        for i in end_token..toks.len().min(end_token + 4) {
            if line_break(i - 1, i) {
                break;
            }
            if has_letter(&toks[i]) {
                right_side = side_of(i);
                break;
            }
            if text[toks[i].start..toks[i].end].starts_with(ends_sentence)
                || is_separator(text, &toks[i])
            {
                break;
            }
        }
    }
    // A kicker: a phrase ended by ':' at the start of a line or of a
    // bracket (`India Russia Relations:`, `(Report: ...`).
    let line_start = k == 0 || text[toks[k - 1].end..toks[k].start].contains('\n');
    if trail == Some(':') && (line_start || lead.is_some_and(is_open_bracket)) {
        return Some(end_token);
    }
    if is_gloss(text, toks, k, end_token, lead, trail) {
        return Some(end_token);
    }
    // Every word must be covered by lexicon entries in canonical case.
    let mut found: Vec<(Range<usize>, &Entry)> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let Some((a, b, e)) =
            longest_phrase(text, &words[i..], 0, lexicon, true).filter(|p| p.0 == 0)
        else {
            return Some(end_token);
        };
        found.push((words[i + a].start..words[i + b].end, e));
        i += b + 1;
    }
    if is_name_or_title(&found)
        || is_english_date(text, toks, (k, end_token), trail, &found)
        || is_beside_itself(text, toks, (k, end_token), &found)
    {
        return Some(end_token);
    }
    candidates.push(Candidate {
        first_token: k,
        end_token,
        left: left_side,
        right: right_side,
        accepted: false,
        findings: found
            .into_iter()
            .map(|(latin, entry)| Finding {
                kind: FindingKind::SubstitutedWord,
                token: latin.clone(),
                marks: latin.end..latin.end,
                latin,
                entry: Some(entry.clone()),
            })
            .collect(),
    });
    Some(end_token)
}

/// Whether a token is a dash or bar standing alone between spaces, as it
/// separates the items of menus, bylines and titles (`News - Home - News`,
/// `Result - नतीजे`): the word beyond it is no neighbour.
fn is_separator(text: &str, t: &Token) -> bool {
    let spaced = |i: Option<char>| i.is_none_or(char::is_whitespace);
    matches!(
        &text[t.start..t.end],
        "-" | "\u{2013}" | "\u{2014}" | "|" | "\u{00BB}" | "\u{2022}" | "/"
    ) && spaced(text[..t.start].chars().next_back())
        && spaced(text[t.end..].chars().next())
}

/// Whether a single lexicon word already stands beside its own Devanagari
/// word (`Patna पटना`, `पटना (Patna)`), or is a language name listed among
/// language names (`नेपाली, English, हिन्दी`): a gloss or a menu of
/// languages, not a substitution, which would leave the Hindi word once.
fn is_beside_itself(
    text: &str,
    toks: &[Token],
    (start, end): (usize, usize),
    found: &[(Range<usize>, &Entry)],
) -> bool {
    let [(_, e)] = found else {
        return false;
    };
    let word = |i: usize| {
        text[toks[i].start..toks[i].end]
            .trim_matches(|c: char| !(is_word_devanagari(c) || c.is_alphanumeric()))
    };
    let neighbours = [start.checked_sub(1), Some(end).filter(|&i| i < toks.len())];
    neighbours.into_iter().flatten().any(|i| {
        let w = word(i);
        w == e.devanagari
            || (signs::is_language_label(&format!("{}:", e.english))
                && signs::is_language_label(&format!("{w}:")))
    })
}

fn is_open_bracket(c: char) -> bool {
    matches!(c, '(' | '[')
}

fn is_close_bracket(c: char) -> bool {
    matches!(c, ')' | ']')
}

/// A closing bracket or a quotation mark after a word.
fn is_closing_mark(c: char) -> bool {
    is_close_bracket(c) || matches!(c, '"' | '\'' | '\u{2019}' | '\u{201D}')
}

/// How many tokens (a hyphen is one) a gloss's brackets may hold besides
/// the phrase (`(2018-05-09 Wednesday)`): a gloss is short, and the
/// look-around stays bounded.
const GLOSS_TOKENS: usize = 8;

/// Whether the phrase of tokens `k..end` is a gloss of the Devanagari word
/// before it: the whole content of brackets opened right after a Devanagari
/// word (`समतल (Plane)`, `बुधवासरः (2018-05-09 Wednesday)`), or right after a
/// language label and its colon (`(अंग्रेज़ी: President)`, `(हिन्दी: गोवा,
/// आङ्ग्ल: Goa)`, `(अंग्रेज़ी में: Water)`).
fn is_gloss(
    text: &str,
    toks: &[Token],
    k: usize,
    end: usize,
    lead: Option<char>,
    trail: Option<char>,
) -> bool {
    let tok = |i: usize| &text[toks[i].start..toks[i].end];
    let holds_devanagari = |i: usize| tok(i).chars().any(is_devanagari_letter);
    if lead.is_none() && k > 0 {
        let label = tok(k - 1);
        if signs::is_language_label(label)
            || (label == "में:" && k > 1 && signs::is_language_label(&format!("{}:", tok(k - 2))))
        {
            return true;
        }
    }
    // The opening bracket: the phrase's own, or a token shortly before with
    // no Devanagari between.
    let open = if lead.is_some_and(is_open_bracket) {
        Some(k)
    } else if lead.is_none() {
        (k.saturating_sub(GLOSS_TOKENS)..k)
            .rev()
            .take_while(|&i| !holds_devanagari(i) && !tok(i).contains([')', ']']))
            .find(|&i| tok(i).starts_with(is_open_bracket))
    } else {
        None
    };
    let Some(open) = open else {
        return false;
    };
    let after_devanagari = open > 0
        && tok(open - 1)
            .chars()
            .next_back()
            .is_some_and(is_word_devanagari);
    if !after_devanagari {
        return false;
    }
    // The closing bracket: the phrase's own, or a token shortly after with
    // no Devanagari between.
    trail.is_some_and(is_close_bracket)
        || (trail.is_none()
            && (end..toks.len().min(end + GLOSS_TOKENS))
                .take_while(|&i| !holds_devanagari(i))
                .any(|i| tok(i).contains([')', ']'])))
}

/// Whether a phrase covered by several lexicon entries is a name or title
/// rather than several substitutions side by side: a substituting site
/// replaces one Hindi word among Hindi words, while a run of capitalized
/// English words names a publication, a programme, an event or a place
/// (`India Today`, `Monday Night Football`, `Delhi University`). Three or
/// more entries in a row, or a last word that heads names and titles
/// (`News`, `Festival`, `University`, see `signs`), make the run a name.
fn is_name_or_title(found: &[(Range<usize>, &Entry)]) -> bool {
    let capitalized = found
        .iter()
        .all(|(_, e)| e.english.starts_with(|c: char| c.is_ascii_uppercase()));
    found.len() >= 2
        && capitalized
        && (found.len() >= 3
            || found.last().is_some_and(|(_, e)| {
                signs::is_title_head(&e.english)
                    || e.english
                        .rsplit(' ')
                        .next()
                        .is_some_and(signs::is_title_head)
            }))
}

/// Whether a phrase ends in a date written the English way: a month followed
/// by the day (`March 3, 2025`, `July 25`; Hindi writes `3 मार्च`), or a
/// weekday followed by a date (`Monday, 5 May`, `Sunday, March 3`, a blog's
/// date line). Such a date is English text, kept with the words around it.
fn is_english_date(
    text: &str,
    toks: &[Token],
    (start, end): (usize, usize),
    trail: Option<char>,
    found: &[(Range<usize>, &Entry)],
) -> bool {
    let Some((_, last)) = found.last() else {
        return false;
    };
    let Some(next) = toks.get(end).map(|t| &text[t.start..t.end]) else {
        return false;
    };
    if is_month(&last.english) {
        // `1 January 49 ईसा पूर्व`: a day before the month is the Hindi order.
        let day_before = found.len() == 1
            && start > 0
            && signs::is_day_after_month(&text[toks[start - 1].start..toks[start - 1].end]);
        return trail.is_none() && !day_before && signs::is_day_after_month(next);
    }
    let month = |t: &str| is_month(t.trim_end_matches(|c: char| c.is_ascii_punctuation()));
    let after_next = toks.get(end + 1).map_or("", |t| &text[t.start..t.end]);
    is_weekday_or_month(&last.english)
        && matches!(trail, None | Some(','))
        && (month(next) || (signs::is_day_after_month(next) && month(after_next)))
}

/// English month names.
fn is_month(english: &str) -> bool {
    is_weekday_or_month(english) && !english.ends_with("day")
}

/// Where a candidate's nearest word stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    /// No word within reach: the text's edge, or only numbers and
    /// punctuation.
    Edge,
    /// A Devanagari word.
    Devanagari,
    /// A token with Latin letters (token index): another candidate, whose
    /// own side on this side then counts, or a Latin word that is none.
    Latin(usize),
    /// A word of another script, or a Latin word that is no candidate.
    Other,
}

/// A phrase that is a substituted word if its nearest words on both sides
/// are on the Devanagari side, and at least one is a Devanagari word.
struct Candidate {
    first_token: usize,
    end_token: usize,
    left: Side,
    right: Side,
    accepted: bool,
    findings: Vec<Finding>,
}

/// Resolves the candidates' sides through neighbouring candidates, in both
/// directions along the text, and accepts those with both sides on the
/// Devanagari side and a Devanagari word on one.
fn accept(candidates: &mut [Candidate]) {
    let n = candidates.len();
    let covers = |c: &Candidate, w: usize| c.first_token <= w && w < c.end_token;
    let mut left = vec![Side::Edge; n];
    for i in 0..n {
        left[i] = match candidates[i].left {
            Side::Latin(w) if i > 0 && covers(&candidates[i - 1], w) => left[i - 1],
            Side::Latin(_) => Side::Other,
            s => s,
        };
    }
    let mut right = vec![Side::Edge; n];
    for i in (0..n).rev() {
        right[i] = match candidates[i].right {
            Side::Latin(w) if i + 1 < n && covers(&candidates[i + 1], w) => right[i + 1],
            Side::Latin(_) => Side::Other,
            s => s,
        };
    }
    for (c, (l, r)) in candidates.iter_mut().zip(left.into_iter().zip(right)) {
        c.accepted = l != Side::Other
            && r != Side::Other
            && (l == Side::Devanagari || r == Side::Devanagari);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte walk of `tokens` cuts where `char::is_whitespace` does, and
    /// flags the same technical tokens.
    #[test]
    fn tokens_cut_at_every_whitespace() {
        let spaces: Vec<char> = (0u32..0x11_0000)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace())
            .collect();
        for sp in spaces {
            for text in [
                format!("भारत{sp}India-ीय{sp}{sp}a@b.c{sp}www.x.org{sp}http://a.b/c-d"),
                format!("{sp}x-y{sp}"),
                format!("क{sp}\u{1F600}{sp}é"),
            ] {
                let got: Vec<(usize, usize, bool)> = tokens(&text)
                    .iter()
                    .map(|t| (t.start, t.end, t.technical))
                    .collect();
                for t in tokens(&text) {
                    let latin = text[t.start..t.end]
                        .bytes()
                        .any(|b| b.is_ascii_alphabetic());
                    assert_eq!(t.latin, latin, "{text:?} {}..{}", t.start, t.end);
                }
                // The reference: split at whitespace, then at hyphens outside
                // technical tokens.
                let mut want = Vec::new();
                let mut start = None;
                let close = |s: usize, e: usize, want: &mut Vec<(usize, usize, bool)>| {
                    let tok = &text[s..e];
                    if is_technical_token(tok) || !tok.contains('-') {
                        want.push((s, e, is_technical_token(tok)));
                        return;
                    }
                    let mut a = s;
                    for (i, c) in tok.char_indices() {
                        if c == '-' {
                            if a < s + i {
                                want.push((a, s + i, false));
                            }
                            want.push((s + i, s + i + 1, false));
                            a = s + i + 1;
                        }
                    }
                    if a < e {
                        want.push((a, e, false));
                    }
                };
                for (i, c) in text.char_indices() {
                    if c.is_whitespace() {
                        if let Some(s) = start.take() {
                            close(s, i, &mut want);
                        }
                    } else if start.is_none() {
                        start = Some(i);
                    }
                }
                if let Some(s) = start {
                    close(s, text.len(), &mut want);
                }
                assert_eq!(got, want, "{text:?}");
            }
        }
    }
}
