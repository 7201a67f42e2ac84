//! Rule 1 (line endings and spaces) and rule 9 (no space before sentence
//! punctuation).

use super::LoneCrPolicy;
use crate::danda::{closes_frame, in_verse_number};
use crate::edit::EditKind;
use crate::rewrite::{Changed, Rewriter};
use crate::script::*;

pub(crate) use crate::script::is_unusual_space;

/// CRLF becomes LF and a lone CR LF (or, with [`LoneCrPolicy::ToSpace`], a
/// space); unusual spaces become SPACE; runs of spaces inside the line
/// collapse to one; spaces before a line end (or the end of the text) are
/// removed. Tabs are kept. So is the indentation of a line (`at_line_start`:
/// `line` starts its line): the spaces it starts with stay as many, each
/// unusual one a SPACE, for the layout of verse, lists, YAML, code and
/// program messages is in them.
pub(crate) fn line_endings_and_spaces(
    line: &str,
    lone_cr: LoneCrPolicy,
    at_line_start: bool,
) -> Option<Changed> {
    let mut rw = Rewriter::new(line);
    let bytes = line.as_bytes();
    // (Counted once: the indentation's spaces may follow tabs.)
    let leading_tabs = bytes.iter().take_while(|&&b| b == b'\t').count();
    // Whether the CR at `i` is a lone CR that stands for a space.
    let cr_is_space =
        |i: usize| lone_cr == LoneCrPolicy::ToSpace && bytes.get(i + 1) != Some(&b'\n');
    let is_space =
        |i: usize, c: char| c == ' ' || is_unusual_space(c) || (c == '\r' && cr_is_space(i));
    let mut iter = line.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c == '\r' && !cr_is_space(i) {
            if bytes.get(i + 1) == Some(&b'\n') {
                rw.replace(i..i + 1, "", EditKind::LineEnding);
            } else {
                rw.replace(i..i + 1, "\n", EditKind::LineEnding);
            }
            continue;
        }
        if !is_space(i, c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        let mut plain = c == ' ';
        let mut cr = c == '\r';
        while let Some(&(j, d)) = iter.peek() {
            if is_space(j, d) {
                plain &= d == ' ';
                cr |= d == '\r';
                end = j + d.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        let at_line_end = matches!(bytes.get(end), None | Some(b'\n') | Some(b'\r'));
        let kind = if cr {
            EditKind::LineEnding
        } else {
            EditKind::Space
        };
        if at_line_end {
            rw.replace(i..end, "", kind);
        } else if at_line_start && i == leading_tabs {
            // (After the tabs of the indentation too: `\t  क`.)
            indentation(line.get(i..end).unwrap_or(""), i, &mut rw);
        } else if !(plain && end == i + 1) {
            rw.replace(i..end, " ", kind);
        }
    }
    rw.finish()
}

/// The indentation of a line, a run of spaces at byte `at`, at its start or
/// after its leading tabs: each space that is not SPACE becomes one (a lone
/// CR read as a space included).
fn indentation(run: &str, at: usize, rw: &mut Rewriter<'_>) {
    for (i, c) in run.char_indices().filter(|&(_, c)| c != ' ') {
        let i = at + i;
        let kind = if c == '\r' {
            EditKind::LineEnding
        } else {
            EditKind::Space
        };
        rw.replace(i..i + c.len_utf8(), " ", kind);
    }
}

/// Whether a `.` run starting at `i` ends a sentence (see
/// [`ends_full_stop_run`]); not the first dot of an ellipsis written
/// with spaces (`भवतु . . . हास्यं`): the dots are one mark, and the space before the first is not
/// punctuation's to remove.
fn is_final_full_stop(line: &str, i: usize) -> bool {
    let after = line.get(i..).unwrap_or("").trim_start_matches('.');
    ends_full_stop_run(after.chars().next()) && !after.starts_with(" .")
}

/// Whether the FULL STOP that `rest` starts with, after the digit `before`
/// and spaces, is a decimal point a tokenizer wrote apart (`१ . ५`, `७४ .
/// ०४`: Indic NLP Library's tokens): a digit follows it after a space.
/// Rule 9 leaves it: `१. ५` would read as a list number.
pub(crate) fn is_decimal_apart(before: char, rest: &str) -> bool {
    is_text_digit(before)
        && rest
            .strip_prefix(". ")
            .and_then(|r| r.chars().next())
            .is_some_and(is_text_digit)
}

/// Whether the character after a run of FULL STOPs (`None`: the end of the
/// line) makes the run sentence-final for rule 9: the end, whitespace, or
/// a closing quote or bracket. The verse-label reader asks too.
pub(crate) fn ends_full_stop_run(next: Option<char>) -> bool {
    next.is_none_or(|c| c.is_whitespace() || is_closing_punctuation(c))
}

/// A Devanagari character that punctuation may follow without a space:
/// letters, signs and digits (not DANDA itself).
#[inline]
pub(crate) fn ends_devanagari_word(c: char) -> bool {
    is_devanagari_letter_or_mark(c) || is_devanagari_digit(c)
}

/// What rule 9 does with the spaces before a piece of sentence
/// punctuation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PunctuationSpace {
    /// They stay: no sentence punctuation follows, or it follows no
    /// Devanagari word.
    Stays,
    /// They go (`है ।` → `है।`).
    Go,
    /// The punctuation, a run of it ending at this byte, is glued to the
    /// Devanagari word after it (`पाश्ता ,समोसा`, `है ।ये`): the space moves
    /// after the run (`पाश्ता, समोसा`). Removed, it would have been the only
    /// one between the two words, fusing them for every tokenizer that
    /// splits on spaces.
    MovesAfter(usize),
}

/// Rule 9's decision, the one home of it: what becomes of the spaces that
/// end at `end` in `line`, after the character `before`. They go when
/// `before` ends a Devanagari word and sentence punctuation follows: DANDA
/// or DOUBLE DANDA (not one that opens or closes a verse number, `सञ्जय ॥ १
/// ॥`), COMMA, QUESTION MARK, EXCLAMATION MARK, or a sentence-final FULL
/// STOP; they move after the punctuation when a Devanagari letter is glued
/// to it ([`PunctuationSpace::MovesAfter`]); they stay before a QUESTION
/// or EXCLAMATION MARK that opens code (`?callback`: [`starts_code_token`]). The pass below and the fixes
/// in place (`direct.rs`, which leave a move to the pass) both ask here.
///
/// `lone_cr_is_space`: a lone CR in `line` is read as the SPACE rule 1
/// makes of it (see [`crate::danda::frame_opens_before`]); the pass reads
/// lines rule 1 has already cleared of it.
pub(crate) fn punctuation_space(
    line: &str,
    before: char,
    end: usize,
    lone_cr_is_space: bool,
) -> PunctuationSpace {
    if !ends_devanagari_word(before) {
        return PunctuationSpace::Stays;
    }
    let rest = line.get(end..).unwrap_or("");
    let goes = match rest.chars().next() {
        Some(DEVANAGARI_DANDA | DEVANAGARI_DOUBLE_DANDA) => {
            !in_verse_number(line, end, lone_cr_is_space)
                && !closes_frame(line, end, lone_cr_is_space)
        }
        Some('.') if is_final_full_stop(line, end) && !is_decimal_apart(before, rest) => {
            return PunctuationSpace::Go;
        }
        Some(c) => is_spaced_punctuation(c),
        None => false,
    };
    if !goes {
        return PunctuationSpace::Stays;
    }
    let run = rest.len() - rest.trim_start_matches(is_spaced_punctuation).len();
    let after = rest.get(run..).unwrap_or("");
    if starts_code_token(rest.get(..run).unwrap_or(""), after) {
        return PunctuationSpace::Stays;
    }
    // (Through an opening quote or bracket, `है ,‘ये’`; not a straight
    // quote, which may close a quotation, `हइ ।"आन्ना`, nor a square
    // bracket, which a reference glued to a danda opens, `अछि ।[ख]`; invisible
    // characters and joiners, which other rules remove, skipped. A mark
    // after the punctuation is no word to keep apart: the space would end
    // up under it.)
    let glued = after
        .chars()
        .filter(|&c| !(is_invisible(c) || is_joiner(c)))
        .find(|&c| !matches!(c, '\u{2018}' | '\u{201C}' | '('))
        .is_some_and(is_devanagari_letter);
    if glued {
        PunctuationSpace::MovesAfter(end + run)
    } else {
        PunctuationSpace::Go
    }
}

/// A QUESTION MARK or EXCLAMATION MARK glued to a Latin word or a sign of
/// code after it (`?callback`, `?amp;`, `!important`, `!=`,
/// `?_page`) opens a token of code or a query string, not the end of the
/// Devanagari word before its space: neither removing the space nor moving
/// it is safe (`एक ?callback` would read `एक?callback` or, moved, `एक?
/// callback`). (Not before `;`, punctuation after the mark: `का ?;`.)
fn starts_code_token(run: &str, after: &str) -> bool {
    run.ends_with(['?', '!'])
        && after.chars().next().is_some_and(|c| {
            (c.is_alphabetic() && !is_devanagari(c))
                || matches!(c, '_' | '&' | '=' | '$' | '%' | '/' | '#' | '@' | '[' | '{')
        })
}

/// The sentence punctuation rule 9 spaces (but FULL STOP, decided apart).
fn is_spaced_punctuation(c: char) -> bool {
    matches!(
        c,
        DEVANAGARI_DANDA | DEVANAGARI_DOUBLE_DANDA | ',' | '?' | '!'
    )
}

/// Rule 9: spaces between a Devanagari word and DANDA, DOUBLE DANDA, COMMA,
/// QUESTION MARK, EXCLAMATION MARK or a sentence-final FULL STOP are removed,
/// or moved after the punctuation when it is glued to the next word (see
/// [`punctuation_space`]); not before the dandas of a verse number (`सञ्जय ॥
/// १ ॥`), which are no sentence punctuation.
pub(crate) fn punctuation_spacing(line: &str) -> Option<Changed> {
    let mut rw = Rewriter::new(line);
    let mut prev: Option<char> = None;
    let mut iter = line.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c != ' ' {
            prev = Some(c);
            continue;
        }
        let mut end = i + 1;
        while let Some(&(j, ' ')) = iter.peek() {
            end = j + 1;
            iter.next();
        }
        let before = prev.replace(' ');
        match before.map_or(PunctuationSpace::Stays, |b| {
            punctuation_space(line, b, end, false)
        }) {
            PunctuationSpace::Stays => {}
            PunctuationSpace::Go => rw.replace(i..end, "", EditKind::PunctuationSpace),
            PunctuationSpace::MovesAfter(run_end) => {
                let run = line.get(end..run_end).unwrap_or("");
                rw.replace(i..run_end, &format!("{run} "), EditKind::PunctuationSpace);
                while iter.next_if(|&(j, _)| j < run_end).is_some() {}
                prev = Some(' ');
            }
        }
    }
    rw.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(f: fn(&str) -> Option<Changed>, s: &str) -> String {
        f(s).map(|c| c.text).unwrap_or_else(|| s.to_string())
    }

    #[test]
    fn spaces() {
        for (input, want) in [
            ("a  b", "a b"),
            ("a\u{00A0}b", "a b"),
            ("a \u{2009} b", "a b"),
            ("a\tb", "a\tb"),
            ("a \t b", "a \t b"),
            ("a  \nb  ", "a\nb"),
            ("a\r\nb\rc", "a\nb\nc"),
            ("a \r\n", "a\n"),
            (" a", " a"),
            ("a b", "a b"),
        ] {
            let got = line_endings_and_spaces(input, LoneCrPolicy::ToLineFeed, true)
                .map_or_else(|| input.to_string(), |c| c.text);
            assert_eq!(got, want, "{input:?}");
        }
    }

    /// With `LoneCrPolicy::ToSpace` a lone CR is a space (it joins the
    /// spaces around it and goes at a line end); CRLF is still LF.
    #[test]
    fn lone_cr_as_space() {
        for (input, want) in [
            ("a\rb", "a b"),
            ("a \r b", "a b"),
            ("a\r\nb", "a\nb"),
            ("a\r", "a"),
            ("a\r\r\nb", "a\nb"),
            ("\rक", " क"),
        ] {
            let got = line_endings_and_spaces(input, LoneCrPolicy::ToSpace, true)
                .map_or_else(|| input.to_string(), |c| c.text);
            assert_eq!(got, want, "{input:?}");
        }
    }

    #[test]
    fn punctuation() {
        for (input, want) in [
            ("है ।", "है।"),
            ("है ॥", "है॥"),
            ("राम , श्याम", "राम, श्याम"),
            ("क्या ?", "क्या?"),
            ("गया .", "गया."),
            ("गया . फिर", "गया. फिर"),
            ("भवतु . . . हास्यं", "भवतु . . . हास्यं"),
            ("वह .com", "वह .com"),
            ("a ।", "a ।"),
            ("। ।", "। ।"),
            ("१० ।", "१०।"),
            ("सञ्जय ॥ १ ॥", "सञ्जय ॥ १ ॥"),
            ("धर्म ॥ १२-१३ ॥ अगला", "धर्म ॥ १२-१३ ॥ अगला"),
            ("वह आया । १० लोग", "वह आया। १० लोग"),
            // Glued to the next word: the space moves after.
            ("आलू ,प्याज़", "आलू, प्याज़"),
            ("वह आया ।फिर गया", "वह आया। फिर गया"),
            ("सच ?? हाँ", "सच?? हाँ"),
            ("सच ??हाँ", "सच?? हाँ"),
            ("कहा ,‘ये’", "कहा, ‘ये’"),
            // A straight quote may close a quotation: no space after it.
            ("रहऽ हइ ।\"आन्ना", "रहऽ हइ।\"आन्ना"),
            ("आया ।\u{093C}फिर", "आया।\u{093C}फिर"),
            ("आलू  ,प्याज़ ,टमाटर", "आलू, प्याज़, टमाटर"),
            // ...not before a number or a Latin word, which no space
            // separated from the word before either (and a comma glued to
            // it may be a CSV delimiter: the space would move into the
            // next field).
            ("वह आया ।Then", "वह आया।Then"),
            ("कुल ,5 लोग", "कुल,5 लोग"),
            ("सकती है ।,offensive", "सकती है।,offensive"),
            ("उ का ?;", "उ का?;"),
            // A QUESTION or EXCLAMATION MARK glued to Latin may open code
            // (`?page=2`): the space stays.
            ("बधाई !Reply", "बधाई !Reply"),
            ("देखें ?page=2", "देखें ?page=2"),
        ] {
            assert_eq!(run(punctuation_spacing, input), want, "{input:?}");
        }
    }
}
