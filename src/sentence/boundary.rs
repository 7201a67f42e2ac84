//! Where sentences end: the scan from candidate to candidate, and the
//! decision at each run of terminators.

use super::chars::*;
use super::full_stop::*;
use super::scan::ScanState;
use super::sentence_end::*;
use super::verse::*;
use super::words::*;
use super::{NewlinePolicy, Splitter};
use crate::danda::Run;
use crate::script::*;

/// Finds the end of the sentence that starts at or after `from`: returns
/// `(end, next)`: the sentence is `text[from..end]` (untrimmed) and the next
/// one starts at `next`. Returns `None` when the rest has no boundary (the
/// rest is the last sentence).
pub(crate) fn next_boundary(
    splitter: &Splitter,
    text: &str,
    from: usize,
    scan: &mut ScanState,
) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        i = scan.next_candidate(bytes, i);
        if i >= bytes.len() {
            break;
        }
        // A lone FULL STOP (the common candidate: the next byte starts no
        // terminator, and a terminator before it was part of an earlier
        // run) needs no run: decide it at once.
        if bytes[i] == b'.' && !matches!(bytes.get(i + 1), Some(b'.' | b'?' | b'!' | 0xE0 | 0xE2)) {
            if full_stop_ends_sentence(text, i, splitter, &mut scan.ahead) {
                if let Some(end) = sentence_end(text, from, i, i + 1) {
                    return Some((end, end));
                }
            }
            // The word read after the stop ends at the next `.` `?` `!`:
            // it is the next candidate of their stream, with nothing to
            // search (the word and the spaces before it hold none).
            let e = scan.ahead.end;
            if e > i && matches!(bytes.get(e), Some(b'.' | b'?' | b'!')) {
                scan.next[2] = Some(e);
            }
            i += 1;
            continue;
        }
        let Some(c) = char_at(text, i) else {
            i += 1;
            continue;
        };
        if c == '\n' {
            match splitter.options.newline {
                NewlinePolicy::Boundary => return Some((i, i + 1)),
                NewlinePolicy::Space => {
                    // Only a blank line ends a sentence.
                    let rest = &text[i + 1..];
                    let ws = rest.len() - rest.trim_start_matches([' ', '\t', '\r']).len();
                    if rest[ws..].starts_with('\n') {
                        return Some((i, i + 1));
                    }
                    i += 1;
                    continue;
                }
            }
        }
        if c == VERTICAL_LINE {
            // A pipe ends a sentence where the normalizer reads it as a
            // danda (`crate::danda`).
            let (run, run_end) = scan.pipes.run_at(text, i);
            if run != Run::Keep {
                if let Some(end) = sentence_end(text, from, i, run_end) {
                    return Some((end, end));
                }
            }
            i = run_end.max(i + 1);
            continue;
        }
        if !is_terminator(c) {
            i += c.len_utf8();
            continue;
        }
        // The run of terminators.
        let run_start = i;
        let mut run_end = i;
        let mut kinds = (0usize, 0usize, 0usize); // (dots, dandas, others)
        for d in text[i..].chars() {
            if !is_terminator(d) {
                break;
            }
            match d {
                '.' => kinds.0 += 1,
                DEVANAGARI_DANDA | DEVANAGARI_DOUBLE_DANDA => kinds.1 += 1,
                _ => kinds.2 += 1,
            }
            run_end += d.len_utf8();
        }
        let ends = if kinds.1 == 0 && kinds.2 == 0 {
            if kinds.0 == 1 {
                full_stop_ends_sentence(text, run_start, splitter, &mut scan.ahead)
            } else {
                // An ellipsis ends a sentence only before a line break or the end.
                let rest = text[run_end..].trim_start_matches([' ', '\t', '\r']);
                rest.is_empty() || rest.starts_with('\n')
            }
        } else if kinds.2 == 0
            && kinds.0 == 0
            && run_end - run_start == 3
            && bytes[run_start + 2] == 0xA4
        {
            // A danda between digits is part of a reference (`२।१।४`, a
            // rule of Panini's grammar), not the end of a sentence.
            let in_reference = char_before(text, run_start).is_some_and(is_digit)
                && char_at(text, run_end).is_some_and(is_digit);
            !(in_reference
                || (scan.double_danda_ahead(text, run_end) && danda_in_couplet(text, run_end)))
        } else if kinds.1 == 0
            && kinds.0 == 0
            && text[run_start..run_end].chars().all(|d| d == '\u{2026}')
        {
            let rest = text[run_end..].trim_start_matches([' ', '\t', '\r']);
            rest.is_empty() || rest.starts_with('\n')
        } else if kinds.1 == 0 {
            // ? and ! (with dots): inside a Latin token (a URL query) they do
            // not end; nor before "or" continuing an alternative question.
            let prev = char_before(text, run_start);
            let next = char_at(text, run_end);
            let in_token = prev.is_some_and(|p| p.is_ascii_alphanumeric())
                && next.is_some_and(|n| n.is_ascii_alphanumeric());
            let or_follows = matches!(token_after(text, run_end), "या" | "अथवा" | "or");
            // `?>` closes a PHP tag left in scraped text.
            let markup = text.get(run_end..).is_some_and(|r| r.starts_with('>'));
            !(in_token || or_follows || markup)
        } else {
            true
        };
        if ends {
            if let Some(end) = sentence_end(text, from, run_start, run_end) {
                return Some((end, end));
            }
        }
        i = run_end;
    }
    None
}
