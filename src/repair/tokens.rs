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

/// The tokens of `text`, in order.
///
/// One walk over the bytes through a class table: each byte's bits are
/// OR-ed into the token's; only the lead bytes of the non-ASCII whitespace
/// characters (U+0085, U+00A0, U+1680, U+2000..U+200A, U+2028, U+2029,
/// U+202F, U+205F, U+3000) make it decode a character.
pub(super) fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
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
        push_token(text, s..text.len(), bits, &mut out);
    }
    out
}

/// Whether some token of `text` may hold both an ASCII letter and a
/// Devanagari character: where an artifact can be (the scan looks for
/// artifacts only in such tokens). Wider than [`tokens`] (only ASCII
/// whitespace separates here, and no hyphen does), so never `false` where
/// `tokens` finds such a token; a walk over the bytes that builds nothing,
/// for the common text whose Latin words all stand apart (`ICU में`).
pub(super) fn may_hold_mixed_token(text: &str) -> bool {
    const BOTH: u8 = byte_class::LATIN | byte_class::MAYBE_DEVANAGARI;
    let mut bits = 0u8;
    for &b in text.as_bytes() {
        let k = BYTE_CLASS[usize::from(b)];
        if k & byte_class::SPACE != 0 {
            bits = 0;
            continue;
        }
        bits |= k;
        if bits & BOTH == BOTH {
            return true;
        }
    }
    false
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
    let technical = bits & byte_class::TECHNICAL != 0 && is_technical_token(&text[range.clone()]);
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
            && text.as_bytes()[start..end]
                .iter()
                .any(u8::is_ascii_alphabetic),
        technical: false,
        devanagari,
    };
    let mut a = range.start;
    for (i, c) in text[range.clone()].char_indices() {
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
    Some(BareWord {
        word: t.start + lead..t.start + lead + core_len,
        lead: tok[..lead].chars().next_back(),
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

#[cfg(test)]
mod tests {
    use super::*;

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
