//! List numbers: the number before a FULL STOP that numbers a list item
//! (`1.`, `१२.`, `चरण 3.`) and starts no sentence of its own.

use super::chars::*;
use super::words::*;
use crate::script::*;

/// Whether the number before the FULL STOP at `dot` numbers a list item
/// (`1.`, `१२.`, `चरण 3.`): it stands at the start of a line, or of a
/// sentence (after a terminator, perhaps with a closing quote or bracket)
/// or after a colon (`लाभ: 1. …`), with at most three digits, and its
/// item follows on the line (after a space, or glued: `९.पोथी`). A number
/// at a line start is one whatever its length (`2024. …` in a list of
/// years). `n` is the character after the stop; `stop_ends_sentence` is
/// the splitter's decision at another FULL STOP (given its byte), asked of
/// a stop before the number.
pub(super) fn is_list_number(
    text: &str,
    dot: usize,
    n: char,
    stop_ends_sentence: impl Fn(usize) -> bool,
) -> bool {
    let head = text.get(..dot).unwrap_or("");
    let number_start = head.trim_end_matches(is_digit).len();
    let digits = head.get(number_start..).unwrap_or("");
    if digits.is_empty() {
        return false;
    }
    let before = head
        .get(..number_start)
        .unwrap_or("")
        .trim_end_matches([' ', '\t']);
    if before.is_empty() || before.ends_with(['\n', '\r']) {
        return true;
    }
    if !is_short_number_before_item(text, dot, n, digits) {
        return false;
    }
    // The next number of a list whose items have no stop of their own
    // (`सूची: 1. गोदान 2. गबन 3. निर्मला`).
    if follows_previous_item(text, number_start, digits) {
        return true;
    }
    starts_sentence_after(
        without_bullet_and_marker(before, number_start),
        stop_ends_sentence,
    )
}

/// Whether the number `digits` before the FULL STOP at `dot` has at most
/// three digits and its item follows on the line, after a space or glued
/// to the stop (`९.पोथी`). `n` is the character after the stop.
fn is_short_number_before_item(text: &str, dot: usize, n: char, digits: &str) -> bool {
    let short = digits.chars().count() <= 3;
    let item_follows = matches!(n, ' ' | '\t') || is_devanagari_letter(n) || n.is_alphabetic();
    short && item_follows && !token_after(text, dot + 1).is_empty()
}

/// The bullets that may stand before a list number (`। - ५. नागपञ्चमी`):
/// HYPHEN-MINUS, EN DASH, EM DASH, BULLET.
const BULLETS: [char; 4] = ['-', '\u{2013}', '\u{2014}', '\u{2022}'];

/// `before`, the text before a list number starting at `number_start`,
/// without a bullet (`। - ५.`), a marker word written apart from the number
/// (`चरण 3.`, itself at a sentence start) and closing punctuation.
fn without_bullet_and_marker(before: &str, number_start: usize) -> &str {
    let before = before
        .strip_suffix(BULLETS)
        .map_or(before, |b| b.trim_end_matches([' ', '\t']));
    let (marker, _) = word_before(before, before.len());
    let before = if !marker.is_empty() && is_list_marker_word(marker) && number_start > before.len()
    {
        before[..before.len() - marker.len()].trim_end_matches([' ', '\t'])
    } else {
        before
    };
    before.trim_end_matches(is_closing_punctuation)
}

/// Whether a sentence starts after `before` (a prefix of the text): at the
/// text's or a line's start, after a colon, a pipe or a terminator. A FULL
/// STOP starts a sentence only if it ends one: not after an abbreviation
/// (`डॉ. 3.`). (Its own decision never asks this again: a number stands
/// before it, or a word.)
fn starts_sentence_after(before: &str, stop_ends_sentence: impl Fn(usize) -> bool) -> bool {
    if before.ends_with('.') {
        let prev_dot = before.len() - 1;
        let word_end = before[..prev_dot].trim_end_matches([' ', '\t']).len();
        let (word, _) = word_before(before, word_end);
        return word.is_empty() || stop_ends_sentence(prev_dot);
    }
    before.is_empty() || before.ends_with(['\n', '\r', ':', '|']) || before.ends_with(is_terminator)
}

/// How far back, in bytes, the number of the item before is looked for.
const LIST_ITEM_WINDOW: usize = 240;

/// U+0966 DEVANAGARI DIGIT ZERO, as a number.
const DEVANAGARI_DIGIT_ZERO: u32 = 0x0966;

/// Whether the item number `digits` (starting at `start`) follows the
/// number before it in the same list: `N-1.` stands earlier on its line,
/// within [`LIST_ITEM_WINDOW`] bytes, as a number of its own followed by its item. Numbers
/// of both scripts.
fn follows_previous_item(text: &str, start: usize, digits: &str) -> bool {
    let value = digits.chars().try_fold(0u32, |v, c| {
        let d = c
            .to_digit(10)
            .or_else(|| is_devanagari_digit(c).then(|| c as u32 - DEVANAGARI_DIGIT_ZERO))?;
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
            (true, Some(d)) => char::from_u32(DEVANAGARI_DIGIT_ZERO + d).unwrap_or(c),
            _ => c,
        })
        .collect();
    let from = crate::rewrite::floor_char_boundary(text, start.saturating_sub(LIST_ITEM_WINDOW));
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
