//! Verses: the two halves of a couplet (`… । … ॥`) are one sentence, and
//! the verse number between double dandas (`॥ १ ॥`) stays with its verse.

use super::chars::*;
use super::scan::ScanState;
use crate::script::*;

/// Whether the single DANDA `text[start..end]` ends the sentence: not
/// between digits, where it is part of a reference (`२।१।४`, a rule of
/// Panini's grammar), nor where it closes the first half of a couplet
/// (`… । … ॥`).
#[inline]
pub(super) fn single_danda_ends_sentence(
    text: &str,
    start: usize,
    end: usize,
    scan: &mut ScanState,
) -> bool {
    let in_reference =
        char_before(text, start).is_some_and(is_digit) && char_at(text, end).is_some_and(is_digit);
    !(in_reference || (scan.double_danda_ahead(text, end) && danda_in_couplet(text, end)))
}

/// Whether the DANDA at `pos` (followed by `rest_start`) closes the first half
/// of a couplet: the next segment closes with DOUBLE DANDA before any other
/// terminator or line break.
fn danda_in_couplet(text: &str, rest_start: usize) -> bool {
    let rest = text.get(rest_start..).unwrap_or("");
    let mut chars = rest.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            DEVANAGARI_DOUBLE_DANDA => return true,
            // A double danda typed as two (`।।`, `||`) closes a verse too.
            DEVANAGARI_DANDA | VERTICAL_LINE => return chars.peek() == Some(&c),
            '?' | '!' | '\n' => return false,
            _ => {}
        }
    }
    false
}

/// After a DOUBLE DANDA: a verse number, refrain or reference and its
/// closing DOUBLE DANDA (`॥ १ ॥`, `॥१॥`, `।। ४७ ।।`, `॥१-२॥`, `॥ १.२ ॥`,
/// `||३||`, `॥धृ॥`). Returns the end of the closing dandas.
pub(super) fn verse_number_end(text: &str, pos: usize) -> Option<usize> {
    crate::danda::verse_label_end(text.get(pos..)?).map(|len| pos + len)
}
