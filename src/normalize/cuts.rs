//! Where a line may be cut into pieces that normalize apart: a SPACE
//! between two plain words, or two inert characters side by side. No rule
//! looks across such a cut, so the driver sends only the piece around a
//! fault through the passes.

use super::invisible;
use crate::script::is_text_digit;

/// Whether the single SPACE at `i` is a safe cut: no rule looks across it, so
/// the text before and the text after can be normalized apart. That holds
/// when the space stands alone between two words, the word after it not
/// starting with a pipe, a danda or sentence punctuation, an invisible
/// character or another space (the rules for spacing, dandas and invisible
/// characters look across spaces at exactly those). The word before may
/// end with sentence punctuation (`गया। फिर`, `ए. बी.`): the rules that look
/// after a danda or a FULL STOP see the same whether a plain word or the end
/// of the piece follows. A pipe or COLON before the space is not a cut (the
/// danda rule looks at what follows a pipe, the visarga rule at the word
/// after a colon), nor a danda that ends a run of dandas and pipes.
pub(super) fn is_safe_cut(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    if bytes.get(i) != Some(&b' ') {
        return false;
    }
    let before = text.get(..i).and_then(|h| h.chars().next_back());
    let after = text.get(i + 1..).and_then(|r| r.chars().next());
    let plain = |c: char| {
        !c.is_whitespace()
            // and what a fold turns into punctuation: ABBREVIATION SIGN and
            // HORIZONTAL ELLIPSIS become FULL STOPs in the nlp profile
            && !matches!(c, '|' | ',' | '?' | '!' | '.' | ':' | '\u{0964}' | '\u{0965}' | '\u{0970}' | '\u{2026}')
            && !invisible::is_invisible(c)
            && !crate::script::is_joiner(c)
    };
    let ends_sentence = |c: char| match c {
        ',' | '?' | '!' | '.' => true,
        // A lone danda: one ending a run with a pipe is still the danda
        // rule's to decide, by what follows; so is one that a joiner or an
        // invisible character, which the rules remove, separates from a
        // pipe (found by the property tests).
        '\u{0964}' | '\u{0965}' => !text
            .get(..i - c.len_utf8())
            .map(|h| {
                h.trim_end_matches(|p: char| {
                    invisible::is_invisible(p) || crate::script::is_joiner(p)
                })
            })
            .and_then(|h| h.chars().next_back())
            .is_some_and(|p| matches!(p, '|' | '\u{0964}' | '\u{0965}')),
        _ => false,
    };
    // (Not between the danda and the label of a verse number, `॥ १ ॥`,
    // `॥ धृ ॥`: rule 9 reads the two together.)
    // (Nor after a danda with a CR in the window of its label: rule 1 may
    // make a lone CR a space, and rule 9 then reads the label across it,
    // `है। में \r॥`; found by the property tests.)
    // (Nor after the number a DOUBLE DANDA opens, `विभुः ॥ ७० …`: rule 9
    // asks whether the line ends after it.)
    let verse_number = before.is_some_and(|b| {
        (crate::script::is_danda(b)
            && (crate::danda::in_verse_number(text, i - b.len_utf8(), false)
                || cr_in_label_window(text, i)))
            || (is_text_digit(b) && crate::danda::ends_with_opened_number(text, i))
    });
    // (Nor between a decimal point a tokenizer wrote apart and its digits,
    // `१ . ५`: rule 9 reads the digit after it, and the digit before it
    // across the spaces, invisible characters and joiners that rules 1 to
    // 3 take away, `१\u{A0}. ५`; found in review.)
    let decimal_apart = before == Some('.')
        && text
            .get(..i - 1)
            .map(|h| {
                h.trim_end_matches(|c: char| {
                    c == ' '
                        || super::space::is_unusual_space(c)
                        || invisible::is_invisible(c)
                        || crate::script::is_joiner(c)
                })
            })
            .and_then(|h| h.chars().next_back())
            .is_some_and(|d| super::space::is_decimal_apart(d, text.get(i - 1..).unwrap_or("")));
    // (Nor where a tokenizer may have torn a sign from its letter: before
    // a sign, or after a VIRAMA; the sign-space rule reads across.)
    // (Any combining mark: NFC may bring a sign to the front.)
    let torn_sign = after.is_some_and(unicode_normalization::char::is_combining_mark)
        || before == Some(crate::script::DEVANAGARI_SIGN_VIRAMA);
    before.is_some_and(|c| plain(c) || ends_sentence(c))
        && after.is_some_and(plain)
        && !verse_number
        && !decimal_apart
        && !torn_sign
}

/// Whether the cut at `i` stands inside a framed title (`॥ श्री हनुमंत
/// स्तुति ॥`, see [`crate::danda::frame_opens_before`]): no cut, so that rule 9 reads
/// its closing dandas with the opening in sight. Asked of a cut found, not
/// of every candidate: it reads back.
fn in_frame(text: &str, i: usize, lone_cr_is_space: bool) -> bool {
    // (A cut at a space reads back from after it.)
    let at = i + usize::from(text.as_bytes().get(i) == Some(&b' '));
    crate::danda::frame_opens_before(text, at, true, lone_cr_is_space)
}

/// Bytes after a cut read for a CR: the most characters a verse label is
/// read for ([`crate::danda::LABEL_REACH`]), four bytes each at most.
const LABEL_WINDOW_BYTES: usize = 4 * crate::danda::LABEL_REACH;

/// Whether a CR stands within [`LABEL_WINDOW_BYTES`] after the space at
/// `i`.
fn cr_in_label_window(text: &str, i: usize) -> bool {
    let rest = text.as_bytes().get(i..).unwrap_or(&[]);
    let window = rest.get(..LABEL_WINDOW_BYTES).unwrap_or(rest);
    window.contains(&b'\r')
}

/// Whether `c` is inert: no rule changes it, and no rule looks past it.
///
/// Every rule's window (the characters it reads to decide one change) is a
/// run of the characters it acts on with at most one character on each side
/// (spaces, invisible characters, joiners, pipes, colons, CR), a Devanagari
/// cluster or word, or an NFC segment with the starter that opens it. None
/// holds two adjacent inert characters, so a line can be cut between two and
/// each piece normalized on its own (`table_row` carries the one property of
/// the whole line a rule reads: whether it is a table row). An inert
/// character has an NFC boundary before it; it is not Devanagari, a space, a
/// mark, a digit, nor punctuation that some rule reads.
fn is_inert(c: char) -> bool {
    if c.is_ascii() {
        // Letters, controls other than whitespace, and the symbols no rule
        // reads (not `. , ? ! ; : | " ' ( ) [ ] { }`).
        return c.is_ascii_alphabetic()
            || (c.is_ascii_control() && !c.is_ascii_whitespace() && c != '\u{0B}')
            || matches!(
                c,
                '#' | '$'
                    | '%'
                    | '&'
                    | '*'
                    | '+'
                    | '-'
                    | '/'
                    | '<'
                    | '='
                    | '>'
                    | '@'
                    | '\\'
                    | '^'
                    | '_'
                    | '`'
                    | '~'
            );
    }
    !matches!(c,
        '\u{0080}'..='\u{00BF}' // C1 controls, NO-BREAK SPACE, SOFT HYPHEN, guillemets
        | '\u{1680}' // OGHAM SPACE MARK
        | '\u{2000}'..='\u{206F}' // General Punctuation: spaces, invisible characters, quotes, dashes
        | '\u{2212}' // MINUS SIGN
        | '\u{3000}' // IDEOGRAPHIC SPACE
        | '\u{FE00}'..='\u{FE0F}' // variation selectors
        | '\u{FEFF}' // ZERO WIDTH NO-BREAK SPACE
    ) && !crate::script::is_devanagari(c)
        && crate::script::has_nfc_boundary_before(c)
        && !c.is_whitespace()
        && !unicode_normalization::char::is_combining_mark(c)
}

/// Whether `i` is a cut between two inert characters.
#[inline]
fn is_inert_cut(text: &str, i: usize) -> bool {
    // What the first byte tells: not a character's first byte, or a
    // Devanagari character (the common case), or an ASCII character.
    match text.as_bytes().get(i..) {
        Some([b, ..]) if (*b as i8) < -0x40 => return false,
        Some([0xE0, 0xA4 | 0xA5, ..]) => return false,
        // U+2000..U+203F (spaces, invisible characters, dashes, quotes).
        Some([0xE2, 0x80, ..]) => return false,
        Some([b, ..]) if b.is_ascii() && !is_inert(char::from(*b)) => return false,
        Some([_, ..]) => {}
        _ => return false,
    }
    let (Some(head), Some(rest)) = (text.get(..i), text.get(i..)) else {
        return false;
    };
    match (rest.chars().next(), head.chars().next_back()) {
        (Some(b), Some(a)) => is_inert(b) && is_inert(a),
        _ => false,
    }
}

/// The last safe cut at or before `p`, not before `floor` nor before the
/// start of `p`'s line (`floor` or the line start if none). A cut at a
/// space (see [`is_safe_cut`]) gives the space to the piece after it.
///
/// `lone_cr_is_space`: a lone CR is read as the SPACE rule 1 makes of it
/// (see [`crate::danda::frame_opens_before`]).
pub(super) fn safe_cut_before(text: &str, floor: usize, p: usize, lone_cr_is_space: bool) -> usize {
    let bytes = text.as_bytes();
    let mut i = p;
    while i > floor {
        i -= 1;
        match bytes.get(i) {
            Some(b'\n') => return i + 1,
            Some(b' ') if is_safe_cut(text, i) && !in_frame(text, i, lone_cr_is_space) => return i,
            _ if is_inert_cut(text, i) && !in_frame(text, i, lone_cr_is_space) => return i,
            _ => {}
        }
    }
    floor
}

/// The first safe cut after `p`, before `limit` (`limit` if none).
/// (`lone_cr_is_space` as for [`safe_cut_before`].)
pub(super) fn safe_cut_after(text: &str, p: usize, limit: usize, lone_cr_is_space: bool) -> usize {
    let bytes = text.as_bytes();
    let mut i = p + 1;
    while i < limit {
        match bytes.get(i..) {
            // A Devanagari character, the common case, is never a cut: a
            // long word or a run of marks is crossed three bytes a step.
            Some([0xE0, 0xA4 | 0xA5, ..]) => {
                i += 3;
                continue;
            }
            Some([b' ', ..]) if is_safe_cut(text, i) && !in_frame(text, i, lone_cr_is_space) => {
                return i
            }
            _ if is_inert_cut(text, i) && !in_frame(text, i, lone_cr_is_space) => return i,
            _ => {}
        }
        i += 1;
    }
    limit
}
