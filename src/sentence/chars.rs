//! Reading the text at byte offsets: the character at or before a
//! position, read from its bytes for ASCII and Devanagari, and the classes
//! of characters the splitter asks about (terminators, word characters,
//! digits).

use crate::script::*;

/// DANDA, DOUBLE DANDA, FULL STOP, QUESTION MARK, EXCLAMATION MARK, HORIZONTAL
/// ELLIPSIS.
#[inline]
pub(crate) fn is_terminator(c: char) -> bool {
    matches!(
        c,
        DEVANAGARI_DANDA | DEVANAGARI_DOUBLE_DANDA | '.' | '?' | '!' | '\u{2026}'
    )
}

/// A letter or mark of a word: Devanagari letters and signs, or any
/// alphabetic character (Latin and others).
///
/// (`word_start` in `words.rs` has a byte-level copy of this for Devanagari
/// and ASCII; the test `word_start_agrees_with_is_word_char` compares them.)
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    is_devanagari_letter_or_mark(c) || (c.is_alphabetic() && !is_devanagari(c)) || is_joiner(c)
}

/// A character emoji are made of, told by blocks: the blocks that hold
/// the pictographs (Miscellaneous Technical, Miscellaneous Symbols and
/// Dingbats, Miscellaneous Symbols and Arrows, the emoji planes' blocks
/// with the skin-tone modifiers and regional indicators), the tags of flag
/// sequences, and what joins and styles them: ZERO WIDTH JOINER,
/// VARIATION SELECTOR-16, COMBINING ENCLOSING KEYCAP. Close to Unicode's
/// Extended_Pictographic, not the same: the few pictographs elsewhere (`©`,
/// `™`, `‼`) are left out, and the blocks' other symbols (`⌀`, `❝`) are in;
/// no table is needed to tell an emoji tail from words.
#[inline]
pub(super) fn is_emoji_part(c: char) -> bool {
    matches!(c,
        '\u{2300}'..='\u{23FF}' // DIAMETER SIGN ..= (Miscellaneous Technical)
        | '\u{2600}'..='\u{27BF}' // BLACK SUN WITH RAYS ..= (Miscellaneous Symbols, Dingbats)
        | '\u{2B00}'..='\u{2BFF}' // NORTH EAST WHITE ARROW ..= (Miscellaneous Symbols and Arrows)
        | '\u{1F000}'..='\u{1FAFF}' // MAHJONG TILE EAST WIND ..= (Symbols and Pictographs Extended-A)
        | '\u{E0020}'..='\u{E007F}' // TAG SPACE ..= CANCEL TAG
        | '\u{200D}' // ZERO WIDTH JOINER
        | '\u{FE0F}' // VARIATION SELECTOR-16
        | '\u{20E3}' // COMBINING ENCLOSING KEYCAP
    )
}

/// U+0966 DEVANAGARI DIGIT ZERO, as a number.
const DEVANAGARI_DIGIT_ZERO: u32 = 0x0966;

/// The value of a number written in ASCII or Devanagari digits ([`is_text_digit`]);
/// `None` for other characters or when it overflows.
pub(super) fn number_value(digits: &str) -> Option<u32> {
    digits.chars().try_fold(0u32, |v, c| {
        let d = c
            .to_digit(10)
            .or_else(|| is_devanagari_digit(c).then(|| c as u32 - DEVANAGARI_DIGIT_ZERO))?;
        v.checked_mul(10)?.checked_add(d)
    })
}

/// The character that starts at `i` (`None` at the end, or inside a
/// character). ASCII and the three-byte characters of U+0800..U+0FFF
/// (Devanagari among them) are read from their bytes.
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    let bytes = text.as_bytes();
    match bytes.get(i..) {
        Some([b, ..]) if b.is_ascii() => Some(char::from(*b)),
        Some([0xE0, b1, b2, ..]) => char::from_u32(three_byte_scalar(*b1, *b2)),
        _ => text.get(i..).and_then(|r| r.chars().next()),
    }
}

/// The character that ends at `i` (`None` at the start, or inside a
/// character); read from its bytes like [`char_at`].
#[inline]
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    let bytes = text.as_bytes();
    // `i` must be a character boundary for the bytes before it to end one.
    if !text.is_char_boundary(i) {
        return None;
    }
    match bytes.get(..i) {
        Some([.., b]) if b.is_ascii() => Some(char::from(*b)),
        // (`E0` is always the lead of three bytes.)
        Some([.., 0xE0, b1, b2]) => char::from_u32(three_byte_scalar(*b1, *b2)),
        _ => text.get(..i).and_then(|r| r.chars().next_back()),
    }
}

/// The scalar value of the UTF-8 sequence `E0 b1 b2` (U+0800..U+0FFF).
#[inline]
fn three_byte_scalar(b1: u8, b2: u8) -> u32 {
    (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F)
}

/// Whether the character of U+0900..U+097F encoded `E0 b1 b2` is a letter
/// or mark of a word: all are but a danda, a digit, ABBREVIATION SIGN or
/// HIGH SPACING DOT (U+0964..U+0971), as `is_devanagari_letter_or_mark`
/// says. Shared by the byte walks of [`super::words::word_start`] and
/// [`super::words::leading_word`].
#[inline]
pub(super) fn is_devanagari_word_bytes(b1: u8, b2: u8) -> bool {
    let k = (u32::from(b1 & 1) << 6) | u32::from(b2 & 0x3F);
    !(0x64..=0x71).contains(&k)
}

/// Whether `rest` holds only spaces, tabs and carriage returns before the
/// next line break or its end.
#[inline]
pub(super) fn is_blank_to_line_end(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\t', '\r']);
    rest.is_empty() || rest.starts_with('\n')
}
