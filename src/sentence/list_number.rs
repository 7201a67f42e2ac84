//! List numbers: the number before a FULL STOP that numbers a list item
//! (`1.`, `१२.`, `चरण 3.`) and starts no sentence of its own.

use super::chars::*;
use super::full_stop::*;
use super::words::*;
use super::Splitter;
use crate::script::*;

/// Whether the number before the FULL STOP at `dot` numbers a list item
/// (`1.`, `१२.`, `चरण 3.`): it stands at the start of a line, or of a
/// sentence (after a terminator, perhaps with a closing quote or bracket)
/// or after a colon (`लाभ: 1. …`), with at most three digits, and its
/// item follows on the line (after a space, or glued: `९.पोथी`). A number
/// at a line start is one whatever its length (`2024. …` in a list of
/// years). `n` is the character after the stop.
pub(super) fn is_list_number(text: &str, dot: usize, n: char, splitter: &Splitter) -> bool {
    let head = text.get(..dot).unwrap_or("");
    let before_digits = head.trim_end_matches(is_digit);
    let digits = head.len() - before_digits.len();
    if digits == 0 {
        return false;
    }
    let before = before_digits.trim_end_matches([' ', '\t']);
    if before.is_empty() || before.ends_with(['\n', '\r']) {
        return true;
    }
    let short = head[before_digits.len()..].chars().count() <= 3;
    // The item follows, after a space or glued to the stop (`९.पोथी`).
    let item_follows = matches!(n, ' ' | '\t') || is_devanagari_letter(n) || n.is_alphabetic();
    if !short || !item_follows || token_after(text, dot + 1).is_empty() {
        return false;
    }
    // The next number of a list whose items have no stop of their own
    // (`सूची: 1. गोदान 2. गबन 3. निर्मला`).
    if follows_previous_item(text, before_digits.len(), &head[before_digits.len()..]) {
        return true;
    }
    // A bullet before the number (`। - ५. नागपञ्चमी`).
    let before = before
        .strip_suffix(['-', '\u{2013}', '\u{2014}', '\u{2022}'])
        .map_or(before, |b| b.trim_end_matches([' ', '\t']));
    // A marker word before the number (`चरण 3.`), itself at a sentence
    // start.
    let (marker, _) = word_before(before, before.len());
    let before = if !marker.is_empty()
        && is_list_marker_word(marker)
        && before_digits.len() > before.len()
    {
        before[..before.len() - marker.len()].trim_end_matches([' ', '\t'])
    } else {
        before
    };
    let before = before.trim_end_matches(is_closing_punctuation);
    if before.ends_with('.') {
        // A FULL STOP before the number starts a sentence only if it ends
        // one: not after an abbreviation (`डॉ. 3.`). (Its own decision
        // never asks this again: a number stands before it, or a word.)
        let prev_dot = before.len() - 1;
        let word_end = before[..prev_dot].trim_end_matches([' ', '\t']).len();
        let (word, _) = word_before(before, word_end);
        return word.is_empty()
            || full_stop_ends_sentence(text, prev_dot, splitter, &mut WordAhead::default());
    }
    before.is_empty() || before.ends_with(['\n', '\r', ':', '|']) || before.ends_with(is_terminator)
}

/// Whether the item number `digits` (starting at `start`) follows the
/// number before it in the same list: `N-1.` stands earlier on its line,
/// within 240 bytes, as a number of its own followed by its item. Numbers
/// of both scripts.
fn follows_previous_item(text: &str, start: usize, digits: &str) -> bool {
    let value = digits.chars().try_fold(0u32, |v, c| {
        let d = c
            .to_digit(10)
            .or_else(|| is_devanagari_digit(c).then(|| c as u32 - 0x0966))?;
        v.checked_mul(10)?.checked_add(d)
    });
    let Some(previous) = value.and_then(|v| v.checked_sub(1)).filter(|p| *p >= 1) else {
        return false;
    };
    let devanagari = digits.starts_with(is_devanagari_digit);
    let written: String = previous
        .to_string()
        .chars()
        .map(|c| match (devanagari, c.to_digit(10)) {
            (true, Some(d)) => char::from_u32(0x0966 + d).unwrap_or(c),
            _ => c,
        })
        .collect();
    let from = crate::rewrite::floor_char_boundary(text, start.saturating_sub(240));
    let window = text.get(from..start).unwrap_or("");
    let window = window.rsplit('\n').next().unwrap_or("");
    let marker = format!("{written}.");
    window.match_indices(&marker).any(|(at, _)| {
        let before = window[..at].chars().next_back();
        let after = window[at + marker.len()..].chars().next();
        !before.is_some_and(|c| is_digit(c) || is_word_char(c) || c == '.')
            && after.is_some_and(|c| c == ' ' || is_devanagari_letter(c) || c.is_alphabetic())
    })
}

/// Words that may stand before the number of a list item: `चरण 3.`
/// (step), `भाग 2.` (part), `अध्याय 4.` (chapter), `Step 1.`.
fn is_list_marker_word(word: &str) -> bool {
    matches!(
        word,
        "चरण"
            | "भाग"
            | "अध्याय"
            | "खंड"
            | "खण्ड"
            | "पाठ"
            | "प्रश्न"
            | "स्टेप"
            | "Step"
            | "Part"
            | "Chapter"
    )
}
