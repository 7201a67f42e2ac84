//! The tokenizer: whitespace-separated tokens, split at hyphens outside
//! URLs and e-mail addresses, found in one walk over the bytes; and the
//! classes of characters around them.

use crate::script::*;
use std::ops::Range;

/// A token: whitespace-separated, and, outside URLs and e-mail addresses,
/// split at hyphens (each hyphen its own token), so that `City-State` holds
/// two words and `भारत-China` keeps its hyphen as a neighbour.
pub(super) struct Token {
    pub(super) start: usize,
    pub(super) end: usize,
    /// Holds an ASCII letter (only such tokens are looked at closely).
    pub(super) latin: bool,
    /// Part of a URL, e-mail address or handle: never repaired.
    pub(super) technical: bool,
    /// May hold a Devanagari character (has a lead byte of one): only such
    /// a token can hold an artifact.
    pub(super) devanagari: bool,
}

impl Token {
    /// The token's characters in `text`, the text it was cut from (where it
    /// starts and ends at character boundaries); empty in another text.
    pub(super) fn str<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or_default()
    }
}

fn is_technical_token(tok: &str) -> bool {
    // Byte searches: `str::contains("://")` builds a substring searcher for
    // each call, and this runs for every token with a `w` or a `:`.
    let b = tok.as_bytes();
    crate::url::url_start(b).is_some()
        || memchr::memchr(b'@', b).is_some()
        || memchr::memchr_iter(b':', b).any(|i| b.get(i + 1..i + 3) == Some(b"//"))
}

/// The bits of a byte's [`class`].
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

/// What byte `c` tells the tokenizer: its [`byte_class`] bits.
const fn classify(c: u8) -> u8 {
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
    if matches!(c, b':' | b'@' | b'w' | b'W') {
        k |= byte_class::TECHNICAL;
    }
    if c.is_ascii_alphabetic() {
        k |= byte_class::LATIN;
    }
    if matches!(c, 0xE0 | 0xE1 | 0xEA | 0xF0) {
        k |= byte_class::MAYBE_DEVANAGARI;
    }
    k
}

/// `[f(0x00), f(0x01), …, f(0xFF)]`: each byte's value at its own index,
/// sixteen rows of sixteen. (A table filled by a loop would write `t[b]`,
/// an index the panic lints of this module refuse even in a constant.)
macro_rules! each_byte {
    ($f:ident) => {
        each_byte!(@rows $f;
            0x00 0x10 0x20 0x30 0x40 0x50 0x60 0x70 0x80 0x90 0xA0 0xB0 0xC0 0xD0 0xE0 0xF0)
    };
    (@rows $f:ident; $($row:literal)*) => {
        [$(
            $f($row), $f($row + 0x1), $f($row + 0x2), $f($row + 0x3),
            $f($row + 0x4), $f($row + 0x5), $f($row + 0x6), $f($row + 0x7),
            $f($row + 0x8), $f($row + 0x9), $f($row + 0xA), $f($row + 0xB),
            $f($row + 0xC), $f($row + 0xD), $f($row + 0xE), $f($row + 0xF),
        )*]
    };
}

/// The class of each byte, found at compile time: the tokenizer looks a
/// byte's up rather than testing it.
static BYTE_CLASS: [u8; 256] = each_byte!(classify);

/// What byte `b` tells the tokenizer ([`classify`], looked up).
#[inline]
fn class(b: u8) -> u8 {
    // (The table has an entry for every byte.)
    BYTE_CLASS.get(usize::from(b)).copied().unwrap_or(0)
}

/// The tokens of the whole `text`, in order: what the scans over
/// stretches are tested against.
#[cfg(test)]
pub(super) fn tokens(text: &str) -> Vec<Token> {
    tokens_in(text, 0..text.len())
}

/// The tokens of `text[range]`, in order, with offsets in `text`. `range`
/// starts and ends at a token boundary (the text's ends, or beside ASCII
/// whitespace): its tokens are then exactly those of the whole text there.
///
/// One walk over the bytes through a class table: each byte's bits are
/// OR-ed into the token's; only the lead bytes of the non-ASCII whitespace
/// characters (U+0085, U+00A0, U+1680, U+2000..U+200A, U+2028, U+2029,
/// U+202F, U+205F, U+3000) make it decode a character.
pub(super) fn tokens_in(text: &str, range: Range<usize>) -> Vec<Token> {
    let mut out = Vec::new();
    let bytes = text.as_bytes().get(..range.end).unwrap_or(text.as_bytes());
    let mut start: Option<usize> = None;
    let mut bits = 0u8;
    let mut i = range.start;
    while let Some(rest @ [b, ..]) = bytes.get(i..) {
        // A Devanagari character (most of a Hindi text) in one step: inside
        // a token, its bytes add only MAYBE_DEVANAGARI.
        if let (Some(_), [0xE0, 0xA4 | 0xA5, _, ..]) = (start, rest) {
            bits |= byte_class::MAYBE_DEVANAGARI;
            i += 3;
            continue;
        }
        let k = class(*b);
        let space = whitespace_len(text, i, k);
        if space > 0 {
            if let Some(s) = start.take() {
                push_token(text, s..i, bits, &mut out);
            }
            i += space;
            continue;
        }
        if start.is_none() {
            start = Some(i);
            bits = 0;
        }
        bits |= k;
        i += 1;
    }
    if let Some(s) = start {
        push_token(text, s..bytes.len(), bits, &mut out);
    }
    out
}

/// Whether some token of `text` may hold both an ASCII letter and a
/// Devanagari character: where an artifact can be (see
/// [`next_mixed_chunk`]).
pub(super) fn may_hold_mixed_token(text: &str) -> bool {
    next_mixed_chunk(text, 0).is_some()
}

/// The first chunk of `text` at or after `from` (a run between ASCII
/// whitespace; `from` starts one) that holds an ASCII letter and a lead
/// byte of a Devanagari character. Chunks are wider than tokens (only
/// ASCII whitespace separates them, and no hyphen does), so every token
/// with both lies in such a chunk. Found from the ASCII letters, which
/// Hindi text has few of: each chunk that holds one is read whole, the
/// rest is skipped eight bytes at a time ([`next_ascii_letter`]).
pub(super) fn next_mixed_chunk(text: &str, from: usize) -> Option<Range<usize>> {
    let mut pos = from;
    while let Some(chunk) = next_latin_chunk(text, pos) {
        // (It holds the letter that found it.)
        if has_devanagari_lead(text.as_bytes().get(chunk.clone()).unwrap_or(&[])) {
            return Some(chunk);
        }
        pos = chunk.end;
    }
    None
}

/// The position of the first ASCII letter in `bytes` at or after `from`.
///
/// Eight bytes at a time (SWAR): with the high bit of each byte cleared and
/// the case bit set, a byte is a letter when adding `0x80 - 0x61` sets its
/// high bit (it is at least `a`) and adding `0x80 - 0x7B` does not (it is
/// below `{`), and its own high bit was clear (ASCII). No byte's sum can
/// carry into the next (at most `0x7F + 0x1F`). Measured on real news
/// (`../shared/perf/realtext`'s text: the seed article and the Hindi PUD
/// paragraphs, one mixed token): `Repairer::repair` ran about 1 GB/s with
/// a walk over every byte and about 5 GB/s with this search, in one run.
/// The tests check it against a byte loop for every byte at every
/// alignment.
pub(super) fn next_ascii_letter(bytes: &[u8], from: usize) -> Option<usize> {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const CASE: u64 = 0x2020_2020_2020_2020;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const TO_A: u64 = 0x1F1F_1F1F_1F1F_1F1F; // 0x80 - 0x61 (`a`)
    const TO_BRACE: u64 = 0x0505_0505_0505_0505; // 0x80 - 0x7B (`{`)
    let rest = bytes.get(from..)?;
    let mut words = rest.chunks_exact(8);
    let mut at = from;
    for w in &mut words {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(w);
        let x = u64::from_le_bytes(eight);
        let y = (x & LOW7) | CASE;
        let letters = (y + TO_A) & !(y + TO_BRACE) & !x & HIGH;
        if letters != 0 {
            return Some(at + (letters.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    words
        .remainder()
        .iter()
        .position(u8::is_ascii_alphabetic)
        .map(|k| at + k)
}

/// Whether `b` is ASCII whitespace (what separates chunks).
fn is_ascii_space(b: u8) -> bool {
    class(b) & byte_class::SPACE != 0
}

/// The end of the chunk that goes on at byte `i`: the next ASCII
/// whitespace at or after `i`, or the text's end.
fn chunk_end(bytes: &[u8], i: usize) -> usize {
    bytes
        .get(i..)
        .and_then(|r| r.iter().position(|&b| is_ascii_space(b)))
        .map_or(bytes.len(), |k| i + k)
}

/// The start of the chunk that goes on before byte `i`: just after the
/// last ASCII whitespace before `i`, or `floor` when there is none from
/// `floor` on.
fn chunk_start(bytes: &[u8], floor: usize, i: usize) -> usize {
    bytes
        .get(floor..i)
        .and_then(|r| r.iter().rposition(|&b| is_ascii_space(b)))
        .map_or(floor, |k| floor + k + 1)
}

/// The start of the ASCII whitespace that ends at byte `i`: just after the
/// last byte before `i` that is none, or `floor` when there is none from
/// `floor` on.
fn spaces_start(bytes: &[u8], floor: usize, i: usize) -> usize {
    bytes
        .get(floor..i)
        .and_then(|r| r.iter().rposition(|&b| !is_ascii_space(b)))
        .map_or(floor, |k| floor + k + 1)
}

/// Which chunks a stretch is built around ([`stretches`]): those where a
/// scan finds something.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Around {
    /// Chunks with an ASCII letter and a Devanagari lead byte (see
    /// [`next_mixed_chunk`]): where artifacts are.
    MixedChunks,
    /// Chunks with an ASCII letter: where substituted words are too.
    LatinChunks,
}

impl Around {
    /// The first such chunk at or after `from` (a chunk start).
    fn next_chunk(self, text: &str, from: usize) -> Option<Range<usize>> {
        match self {
            Around::MixedChunks => next_mixed_chunk(text, from),
            Around::LatinChunks => next_latin_chunk(text, from),
        }
    }

    /// Whether `chunk` (a whole chunk) is one of them.
    fn is_one(self, chunk: &str) -> bool {
        let b = chunk.as_bytes();
        next_ascii_letter(b, 0).is_some() && (self == Around::LatinChunks || has_devanagari_lead(b))
    }
}

/// The first chunk of `text` at or after `from` (a chunk start) that holds
/// an ASCII letter: every token with one lies in such a chunk.
fn next_latin_chunk(text: &str, from: usize) -> Option<Range<usize>> {
    let bytes = text.as_bytes();
    let letter = next_ascii_letter(bytes, from)?;
    Some(chunk_start(bytes, from, letter)..chunk_end(bytes, letter))
}

/// The stretches of `text` whose tokens a scan must read: each chunk
/// `around` names with `context` chunks that hold a token on either side,
/// overlapping or touching stretches merged, in order. Each starts and
/// ends at a token boundary (see [`tokens_in`]), and holds at least
/// `context` tokens before the first of its chunks (unless it starts the
/// text) and after the last (unless it ends the text). Every byte is
/// walked a bounded number of times: a walk back stops at the stretch
/// before, and after such a chunk the walk goes on chunk by chunk until
/// `context` chunks pass without another (text dense with them, `aी aी aी
/// …`, is walked once, not `context` times).
pub(super) fn stretches(text: &str, around: Around, context: usize) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut pos = 0;
    while let Some(chunk) = around.next_chunk(text, pos) {
        let floor = out.last().map_or(0, |w| w.end);
        let start = chunks_back(text, chunk.start, context, floor);
        let end = context_end(text, chunk.end, around, context);
        match out.last_mut() {
            Some(w) if start <= w.end => w.end = w.end.max(end),
            _ => out.push(start..end),
        }
        pos = end;
    }
    out
}

/// The end of the stretch after the chunk that ends at `at`: the end of the
/// `context`th chunk holding a token after the last chunk `around` names of
/// a run of them (each such chunk met on the way starts the count again),
/// or the text's end.
fn context_end(text: &str, mut at: usize, around: Around, context: usize) -> usize {
    let bytes = text.as_bytes();
    let mut left = context;
    while left > 0 && at < bytes.len() {
        while bytes.get(at).copied().is_some_and(is_ascii_space) {
            at += 1;
        }
        let start = at;
        at = chunk_end(bytes, at);
        let chunk = text.get(start..at).unwrap_or("");
        if around.is_one(chunk) {
            left = context;
        } else if holds_token(text, start..at) {
            left -= 1;
        }
    }
    at
}

/// Whether `bytes` hold a lead byte of a Devanagari character (or of
/// another character with the same lead byte).
fn has_devanagari_lead(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .any(|&b| class(b) & byte_class::MAYBE_DEVANAGARI != 0)
}

/// The start of the `n`th chunk that holds a token before the chunk that
/// starts at `at`, or `floor` (a token boundary) when the walk reaches it.
/// (A chunk of other whitespace alone, `U+00A0`, holds no token.)
fn chunks_back(text: &str, mut at: usize, n: usize, floor: usize) -> usize {
    let bytes = text.as_bytes();
    let mut found = 0;
    while found < n {
        // Back over the whitespace before the chunk, then over the chunk.
        let end = spaces_start(bytes, floor, at);
        at = chunk_start(bytes, floor, end);
        if at <= floor {
            return floor;
        }
        found += usize::from(holds_token(text, at..end));
    }
    at
}

/// Whether the chunk `text[range]` holds a character that is no
/// whitespace.
fn holds_token(text: &str, range: Range<usize>) -> bool {
    text.get(range)
        .is_some_and(|c| c.chars().any(|ch| !ch.is_whitespace()))
}

/// The length of the whitespace character at byte `i`, whose first byte
/// has the class `k`; 0 when it is none.
#[inline]
fn whitespace_len(text: &str, i: usize, k: u8) -> usize {
    if k & byte_class::SPACE != 0 {
        1
    } else if k & byte_class::MAYBE_SPACE != 0 {
        match text.get(i..).and_then(|r| r.chars().next()) {
            Some(c) if c.is_whitespace() => c.len_utf8(),
            _ => 0,
        }
    } else {
        0
    }
}

/// Adds the token `text[range]`, whose bytes' classes are `bits`: whole,
/// or split at its hyphens when it holds one and is no URL, e-mail address
/// or handle.
fn push_token(text: &str, range: Range<usize>, bits: u8, out: &mut Vec<Token>) {
    let latin = bits & byte_class::LATIN != 0;
    let devanagari = bits & byte_class::MAYBE_DEVANAGARI != 0;
    let technical = bits & byte_class::TECHNICAL != 0
        && text.get(range.clone()).is_some_and(is_technical_token);
    if technical || bits & byte_class::HYPHEN == 0 {
        out.push(Token {
            start: range.start,
            end: range.end,
            latin,
            technical,
            devanagari,
        });
        return;
    }
    split_at_hyphens(text, range, latin, devanagari, out);
}

/// Adds the pieces of the token `text[range]` between its hyphens, and
/// each hyphen as a token of its own. `latin` and `devanagari` say whether
/// the whole token holds an ASCII letter, or may hold a Devanagari
/// character.
fn split_at_hyphens(
    text: &str,
    range: Range<usize>,
    latin: bool,
    devanagari: bool,
    out: &mut Vec<Token>,
) {
    let piece = |start: usize, end: usize| Token {
        start,
        end,
        latin: latin
            && text
                .as_bytes()
                .get(start..end)
                .is_some_and(|b| b.iter().any(u8::is_ascii_alphabetic)),
        technical: false,
        devanagari,
    };
    let Some(token) = text.get(range.clone()) else {
        return;
    };
    let mut a = range.start;
    for (i, c) in token.char_indices() {
        if c == '-' {
            let hyphen = range.start + i;
            if a < hyphen {
                out.push(piece(a, hyphen));
            }
            out.push(Token {
                start: hyphen,
                end: hyphen + 1,
                latin: false,
                technical: false,
                devanagari: false,
            });
            a = hyphen + 1;
        }
    }
    if a < range.end {
        out.push(piece(a, range.end));
    }
}

/// A token that is a single bare Latin word, perhaps with opening
/// punctuation before it and closing punctuation after it (`(India),`).
pub(super) struct BareWord {
    /// The word's bytes in the text.
    pub(super) word: Range<usize>,
    /// The last opening punctuation before the word, if any.
    pub(super) lead: Option<char>,
    /// The first closing punctuation after the word, if any.
    pub(super) trail: Option<char>,
}

/// Whether a token is a single bare Latin word (optionally with opening
/// punctuation before and closing punctuation after): the word and the
/// punctuation around it.
pub(super) fn bare_word(text: &str, t: &Token) -> Option<BareWord> {
    let tok = t.str(text);
    let lead: usize = tok
        .chars()
        .take_while(|c| matches!(c, '"' | '\'' | '(' | '[' | '\u{2018}' | '\u{201C}'))
        .map(char::len_utf8)
        .sum();
    let (opening, from_word) = tok.split_at_checked(lead)?;
    let core_len = from_word
        .bytes()
        .take_while(u8::is_ascii_alphabetic)
        .count();
    if core_len == 0 {
        return None;
    }
    let (_, rest) = from_word.split_at_checked(core_len)?;
    if !rest.chars().all(is_neutral_punctuation) {
        return None;
    }
    Some(BareWord {
        word: t.start + lead..t.start + lead + core_len,
        lead: opening.chars().next_back(),
        trail: rest.chars().next(),
    })
}

/// A Devanagari letter or sign that can be part of a word around a Latin
/// run (not digits, not dandas).
pub(super) fn is_word_devanagari(c: char) -> bool {
    is_devanagari_letter_or_mark(c)
}

/// Characters that may stand beside a substituted word on the Devanagari
/// side: sentence punctuation, quotes and brackets.
pub(super) fn is_neutral_punctuation(c: char) -> bool {
    matches!(
        c,
        ',' | '.' | '-' | ';' | ':' | '?' | '!' | '"' | '\'' | '(' | ')' | '[' | ']' | '\u{2018}'
            ..='\u{201D}' // quotation marks
    ) || is_danda(c)
}

/// `count` texts of up to `most` of `pieces` each, some followed by a
/// space, from the fixed `seed`: the generator of the repair scan's
/// equivalence tests.
#[cfg(test)]
pub(super) fn generated_texts(pieces: &[&str], count: usize, most: u64, seed: u64) -> Vec<String> {
    let mut seed = seed;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        seed
    };
    (0..count)
        .map(|_| {
            let mut text = String::new();
            for _ in 0..(next() >> 40) % most {
                let r = next();
                text.push_str(pieces[(r >> 33) as usize % pieces.len()]);
                if r & 3 != 0 {
                    text.push(' ');
                }
            }
            text
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table holds each byte's class at the byte's own index.
    #[test]
    fn byte_class_table_holds_each_byte_at_its_index() {
        for b in 0..=255u8 {
            assert_eq!(BYTE_CLASS[usize::from(b)], classify(b), "{b:#x}");
            assert_eq!(class(b), classify(b), "{b:#x}");
        }
        assert_eq!(class(b'W'), byte_class::TECHNICAL | byte_class::LATIN);
        assert_eq!(
            class(0xE1),
            byte_class::MAYBE_SPACE | byte_class::MAYBE_DEVANAGARI
        );
    }

    /// The eight-byte search finds what a byte loop finds, for every byte
    /// value at every alignment, before and after other letters.
    #[test]
    fn ascii_letters_found_eight_bytes_at_a_time() {
        for b in 0..=255u8 {
            for at in 0..20 {
                let mut bytes = vec![0xE0u8; 24];
                bytes[at] = b;
                bytes[23] = b'z';
                for from in [0, at.saturating_sub(3), at, at + 1] {
                    let want = bytes[from..]
                        .iter()
                        .position(u8::is_ascii_alphabetic)
                        .map(|k| from + k);
                    assert_eq!(
                        next_ascii_letter(&bytes, from),
                        want,
                        "{b:#x} at {at} from {from}"
                    );
                }
            }
        }
        assert_eq!(next_ascii_letter(b"", 0), None);
        assert_eq!(next_ascii_letter(b"abc", 5), None);
    }

    /// The scans read only the stretches around the chunks they are built
    /// around: every token with an ASCII letter and a Devanagari character
    /// (around mixed chunks), or with an ASCII letter (around Latin
    /// chunks), lies in one, cut as the whole tokenization cuts it, with
    /// the same neighbours (`context` tokens at least on either side).
    #[test]
    fn stretches_hold_every_token_they_are_built_around_with_its_context() {
        let pieces = [
            "भारत",
            "India",
            "Governmentी",
            "ीPrime",
            "Minister",
            "-",
            "x-yा",
            " ",
            "  ",
            "\n",
            "\u{A0}",
            "www.a.inका",
            "a@b.c",
            "ऻ",
            "9",
            "।",
            "कीTest-केस",
        ];
        let mut tested = 0;
        for (text, around) in generated_texts(&pieces, 3000, 23, 7)
            .into_iter()
            .flat_map(|t| [(t.clone(), Around::MixedChunks), (t, Around::LatinChunks)])
        {
            let all = tokens(&text);
            let context = 3;
            let stretches = stretches(&text, around, context);
            for (k, t) in all.iter().enumerate() {
                let built_around = match around {
                    Around::MixedChunks => t.latin && t.devanagari,
                    Around::LatinChunks => t.latin,
                };
                if !built_around {
                    continue;
                }
                tested += 1;
                let s = stretches
                    .iter()
                    .find(|s| s.start <= t.start && t.end <= s.end)
                    .unwrap_or_else(|| {
                        panic!("{text:?}: token {}..{} in no stretch", t.start, t.end)
                    });
                let local = tokens_in(&text, s.clone());
                let j = local
                    .iter()
                    .position(|u| u.start == t.start && u.end == t.end)
                    .unwrap_or_else(|| panic!("{text:?}: token {}..{} cut apart", t.start, t.end));
                // The same tokens around it, as far as the context reaches.
                for d in 1..=context {
                    let same = |a: Option<&Token>, b: Option<&Token>| match (a, b) {
                        (Some(a), Some(b)) => a.start == b.start && a.end == b.end,
                        (None, None) => true,
                        _ => false,
                    };
                    assert!(
                        same(all.get(k + d), local.get(j + d)),
                        "{text:?} after {k}+{d}"
                    );
                    let before = |v: &[Token], i: usize| {
                        i.checked_sub(d)
                            .and_then(|i| v.get(i))
                            .map(|t| (t.start, t.end))
                    };
                    assert_eq!(
                        before(&all, k),
                        before(&local, j),
                        "{text:?} before {k}-{d}"
                    );
                }
            }
        }
        assert!(tested > 2000, "{tested} tokens tested");
    }

    /// `(start, end, technical)` of each token of `text`, found the slow
    /// way: split at whitespace, then at hyphens outside technical tokens.
    fn reference_tokens(text: &str) -> Vec<(usize, usize, bool)> {
        let mut want = Vec::new();
        let mut close = |s: usize, e: usize| {
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
        let mut start = None;
        for (i, c) in text.char_indices() {
            if c.is_whitespace() {
                if let Some(s) = start.take() {
                    close(s, i);
                }
            } else if start.is_none() {
                start = Some(i);
            }
        }
        if let Some(s) = start {
            close(s, text.len());
        }
        want
    }

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
                assert_eq!(got, reference_tokens(&text), "{text:?}");
            }
        }
    }
}
