//! Rule 5: the Devanagari "do not emit" sequences of the Unicode Character
//! Database (vowel letters imitated by a letter plus a vowel sign, half
//! consonants plus VOWEL SIGN AA that only look like the full consonant, and
//! the listed conjunct spellings), replaced by what the table says to use.
//!
//! Matching works on the output as it is built: after each character, the
//! table is asked whether the output now ends with a listed sequence. So
//! chains resolve in one pass (`अ` + `ा` + `े` becomes `आ` + `े`, then `ओ`), and
//! the work per character is bounded by the table, not by the text.

use crate::edit::EditKind;
use crate::rewrite::{Changed, Rewriter};
use crate::script::do_not_emit::DO_NOT_EMIT;
use crate::script::{is_devanagari, is_joiner};
use std::sync::LazyLock;

/// Table rows grouped by the last character of the sequence (always in
/// U+0900..U+097F), longest first, indexed by the offset from U+0900: a
/// direct index instead of a hash lookup for every character of a word.
static BY_LAST_CHAR: LazyLock<Vec<Vec<(&'static str, &'static str)>>> = LazyLock::new(|| {
    let mut m: Vec<Vec<(&'static str, &'static str)>> = vec![Vec::new(); 128];
    for (from, to, _) in DO_NOT_EMIT {
        if let Some(slot) = from
            .chars()
            .next_back()
            .and_then(|last| (last as usize).checked_sub(0x0900))
            .and_then(|k| m.get_mut(k))
        {
            slot.push((from, to));
        }
    }
    for v in &mut m {
        v.sort_by_key(|(f, _)| std::cmp::Reverse(f.len()));
    }
    m
});

/// The rows whose sequence ends with `c`.
fn rows_ending_with(c: char) -> &'static [(&'static str, &'static str)] {
    (c as usize)
        .checked_sub(0x0900)
        .and_then(|k| BY_LAST_CHAR.get(k))
        .map_or(&[], Vec::as_slice)
}

/// The longest row whose sequence `text` ends with, `c` being its last
/// character.
pub(crate) fn longest_row_ending(text: &str, c: char) -> Option<(&'static str, &'static str)> {
    rows_ending_with(c)
        .iter()
        .find(|(f, _)| text.ends_with(f))
        .copied()
}

/// Whether `c` ends some sequence of the table.
pub(crate) fn ends_a_sequence(c: char) -> bool {
    !rows_ending_with(c).is_empty()
}

/// Rewrites one word (a run of Devanagari characters and joiners).
fn rewrite_word(word: &str) -> Option<String> {
    let mut out = String::with_capacity(word.len());
    let mut changed = false;
    for c in word.chars() {
        out.push(c);
        // A replacement can complete another sequence; the table's chains are
        // short, so a few rounds suffice.
        for _ in 0..8 {
            let Some(last) = out.chars().next_back() else {
                break;
            };
            let rows = rows_ending_with(last);
            let Some((from, to)) = rows.iter().find(|(f, _)| out.ends_with(f)) else {
                break;
            };
            out.truncate(out.len() - from.len());
            out.push_str(to);
            changed = true;
        }
    }
    changed.then_some(out)
}

pub(crate) fn do_not_emit(line: &str) -> Option<Changed> {
    let mut rw = Rewriter::new(line);
    let mut word_start: Option<usize> = None;
    let mut candidate = false;
    let flush = |rw: &mut Rewriter, s: usize, e: usize| {
        if let Some(w) = line.get(s..e) {
            if let Some(new) = rewrite_word(w) {
                rw.replace_diff(s..e, &new, EditKind::DoNotEmit);
            }
        }
    };
    for (i, c) in line.char_indices() {
        let in_word = is_devanagari(c) || is_joiner(c);
        if in_word {
            if word_start.is_none() {
                word_start = Some(i);
                candidate = false;
            }
            candidate |= ends_a_sequence(c);
        } else if let Some(s) = word_start.take() {
            if candidate {
                flush(&mut rw, s, i);
            }
        }
    }
    if let Some(s) = word_start {
        if candidate {
            flush(&mut rw, s, line.len());
        }
    }
    rw.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(s: &str) -> String {
        do_not_emit(s)
            .map(|c| c.text)
            .unwrap_or_else(|| s.to_string())
    }

    #[test]
    fn vowel_letters() {
        assert_eq!(run("\u{0905}\u{093E}ज"), "आज"); // अाज
        assert_eq!(run("\u{090F}\u{0947}सा"), "ऐसा"); // एेसा
        assert_eq!(run("\u{0930}\u{094D}\u{0907}श्वर"), "ईश्वर"); // र्इश्वर
        assert_eq!(run("\u{0909}\u{0941}पर"), "ऊपर");
        // chain: अ + ा + े -> आ + े -> ओ
        assert_eq!(run("\u{0905}\u{093E}\u{0947}"), "\u{0913}");
    }

    #[test]
    fn atomic_consonants() {
        assert_eq!(run("ख\u{094D}\u{093E}\u{093E}न"), "खान"); // ख्ाान
        assert_eq!(run("ग\u{094D}\u{200D}\u{093E}"), "ग");
        // chain of half forms
        assert_eq!(run(&format!("ख{}", "\u{094D}\u{093E}".repeat(1000))), "ख");
    }

    #[test]
    fn clean_text_untouched() {
        assert!(do_not_emit("आज ईश्वर खान क्षत्रिय राष्ट्र").is_none());
    }
}
