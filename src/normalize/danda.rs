//! Rule 7: VERTICAL LINE used as a danda, and doubled dandas.

use crate::edit::EditKind;
use crate::rewrite::{Changed, Rewriter};
use crate::script::*;

/// Whether a character may stand before a danda: a Devanagari letter, sign,
/// digit or danda.
fn may_precede_danda(c: char) -> bool {
    is_devanagari(c)
}

/// Whether a character may follow a danda (after spaces): Devanagari, quotes
/// and brackets. `None` is the end of the line.
fn may_follow_danda(c: Option<char>) -> bool {
    match c {
        None | Some('\n' | '\r') => true,
        Some(c) => {
            is_devanagari(c)
                || matches!(
                    c,
                    '"' | '\''
                        | '('
                        | ')'
                        | '['
                        | ']'
                        | '\u{201C}'..='\u{201D}' // LEFT ..= RIGHT DOUBLE QUOTATION MARK
                        | '\u{2018}'..='\u{2019}' // LEFT ..= RIGHT SINGLE QUOTATION MARK
                )
        }
    }
}

/// Whether the line starting at `start` is a table row: it starts with `|`
/// after spaces or tabs.
fn is_table_row(text: &str, start: usize) -> bool {
    text.get(start..)
        .is_some_and(|l| l.trim_start_matches([' ', '\t']).starts_with('|'))
}

/// `|` after a Devanagari word at a sentence end becomes DANDA, `||` DOUBLE
/// DANDA; `।।` becomes DOUBLE DANDA. A `|` in code, tables, or between Latin
/// words is untouched.
///
/// `table_row` says whether the line the text starts in is a table row, when
/// the text is a piece cut from the middle of a line; `None` looks at the
/// text's own start.
pub(crate) fn danda(line: &str, table_row: Option<bool>) -> Option<Changed> {
    let mut rw = Rewriter::new(line);
    let mut prev_non_space: Option<char> = None;
    // Whether the current line is a table row, known once per line.
    let mut in_table = table_row.unwrap_or_else(|| is_table_row(line, 0));
    let mut iter = line.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c != VERTICAL_LINE && c != DEVANAGARI_DANDA {
            if c == '\n' {
                prev_non_space = None;
                in_table = is_table_row(line, i + 1);
            } else if c != ' ' && c != '\t' {
                prev_non_space = Some(c);
            }
            continue;
        }
        let mut end = i + 1 + usize::from(c == DEVANAGARI_DANDA) * 2;
        let mut pipes = usize::from(c == VERTICAL_LINE);
        let mut len = 1;
        while let Some(&(j, d)) = iter.peek() {
            if d == VERTICAL_LINE || d == DEVANAGARI_DANDA {
                pipes += usize::from(d == VERTICAL_LINE);
                len += 1;
                end = j + d.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        let before = prev_non_space;
        // What the next run sees before it: the last character this run
        // leaves (a pipe left alone stays a pipe).
        prev_non_space = line.get(..end).and_then(|h| h.chars().next_back());
        if len > 2 {
            continue;
        }
        if pipes == 0 {
            if len == 2 {
                rw.replace(i..end, "\u{0965}", EditKind::Danda);
                prev_non_space = Some(DEVANAGARI_DOUBLE_DANDA);
            }
            continue;
        }
        let next = line
            .get(end..)
            .and_then(|r| r.trim_start_matches([' ', '\t']).chars().next());
        if before.is_some_and(may_precede_danda) && may_follow_danda(next) && !in_table {
            let with = if len == 2 {
                DEVANAGARI_DOUBLE_DANDA
            } else {
                DEVANAGARI_DANDA
            };
            rw.replace(i..end, with.encode_utf8(&mut [0; 4]), EditKind::Danda);
            prev_non_space = Some(with);
        }
    }
    rw.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(s: &str) -> String {
        danda(s, None)
            .map(|c| c.text)
            .unwrap_or_else(|| s.to_string())
    }

    #[test]
    fn dandas() {
        for (input, want) in [
            ("गया||", "गया॥"),
            ("नमस्ते।।", "नमस्ते॥"),
            ("है |", "है ।"),
            ("राम गया| फिर", "राम गया। फिर"),
            ("धर्म || १ ||", "धर्म ॥ १ ॥"),
            ("a|b", "a|b"),
            ("cat x | grep y", "cat x | grep y"),
            ("| नाम | पता |", "| नाम | पता |"),
            ("गया |Read", "गया |Read"),
            ("x || y", "x || y"),
            ("।।।", "।।।"),
        ] {
            assert_eq!(run(input), want, "{input:?}");
        }
    }
}
