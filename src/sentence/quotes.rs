//! Double quotes as the splitter counts them: written `"`, `“`, `”`, two
//! grave accents or two apostrophes (perhaps with a space between, as a
//! tokenizer writes them), two curly single quotes (`‘‘ … ’’`, as legacy
//! Marathi and Hindi fonts typeset a double quote), and the count of a
//! sentence read so far.

/// The number of double quotes in the sentence read so far, kept between
/// the terminators of one sentence: a sentence that goes on past many
/// spaced quotes (each followed by a verb of saying) is counted once, not
/// again from its start at each (that was quadratic on a long line).
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct QuoteCount {
    /// The sentence counted: its start, and how far it was counted.
    from: usize,
    to: usize,
    /// The double quotes in `text[from..to]`.
    count: usize,
    /// How far the line before a sentence was counted, and the double
    /// quotes from that line's start to there.
    line_to: usize,
    line_count: usize,
}

impl QuoteCount {
    /// The double quotes of `text[from..to]`. Counted on from the last
    /// count when it was of the same sentence and ended before `to`: exact,
    /// since `to` is always a terminator's position and a quote token
    /// holds only quotes and a space (see [`quote_token_len`]), so none
    /// straddles an earlier `to`.
    pub(super) fn in_sentence(&mut self, text: &str, from: usize, to: usize) -> usize {
        if self.from != from || self.to > to || self.to < from {
            *self = QuoteCount {
                from,
                to: from,
                count: 0,
                ..*self
            };
        }
        self.count = quote_marks_after(text.get(self.to..to).unwrap_or(""), self.count);
        self.to = to;
        self.count
    }

    /// The double quotes of the line `from` is on, from the line's start
    /// to `from` (a sentence's start): whether the sentences before it on
    /// the line left a quotation open. Counted on from the last position
    /// asked, however long the line: sentence starts only move forward, so
    /// each byte is read once. (Asked at an earlier position, which the
    /// splitter never does, the count starts again from the text's start.)
    pub(super) fn in_line_before(&mut self, text: &str, from: usize) -> usize {
        if from < self.line_to {
            self.line_to = 0;
            self.line_count = 0;
        }
        let read = text.get(self.line_to..from).unwrap_or("");
        self.line_count = match memchr::memrchr(b'\n', read.as_bytes()) {
            Some(nl) => quote_marks_after(read.get(nl + 1..).unwrap_or(""), 0),
            None => quote_marks_after(read, self.line_count),
        };
        self.line_to = from;
        self.line_count
    }
}

/// `count` and the double quotes of `text`, read after `count` of them
/// (see [`quote_token_len`]). While a quote is open (an odd count), an
/// APOSTROPHE written against the end of a word closes it: Marathi news
/// typeset a quoted word or title as `"X'` (`" पाणवठा '`, `"नवे पर्व'`).
fn quote_marks_after(text: &str, mut count: usize) -> usize {
    let mut i = 0;
    while let Some(k) = text.get(i..).and_then(|r| {
        r.find([
            '"', '`', '\'', '\u{201C}', '\u{201D}', '\u{2018}', '\u{2019}',
        ])
    }) {
        let at = i + k;
        match text.get(at..).and_then(quote_token_len) {
            Some(len) => {
                count += 1;
                i = at + len;
            }
            None => {
                if count % 2 == 1 && closes_as_apostrophe(text, at) {
                    count += 1;
                }
                i = at + 1;
            }
        }
    }
    count
}

/// Whether the APOSTROPHE at `at` closes a quoted word: written against
/// the end of a Devanagari word (or after a space that follows one, as a
/// tokenizer spaced it), and followed by a space, punctuation or the end.
fn closes_as_apostrophe(text: &str, at: usize) -> bool {
    if text.as_bytes().get(at) != Some(&b'\'') {
        return false;
    }
    let before = text.get(..at).unwrap_or("").trim_end_matches(' ');
    let after = text.get(at + 1..).and_then(|r| r.chars().next());
    before
        .chars()
        .next_back()
        .is_some_and(crate::script::is_devanagari_letter_or_mark)
        && after.is_none_or(|c| c.is_whitespace() || c.is_ascii_punctuation())
}

/// The length of the double quote `text` starts with, written as `"`,
/// `“`, `”`, two grave accents or two apostrophes (perhaps with a space
/// between, as a tokenizer writes them: `' '`), or two LEFT or two RIGHT
/// SINGLE QUOTATION MARKs (`‘‘`, `’’`).
pub(super) fn quote_token_len(text: &str) -> Option<usize> {
    if text.starts_with("``") || text.starts_with("''") {
        Some(2)
    } else if text.starts_with("\u{2018}\u{2018}") || text.starts_with("\u{2019}\u{2019}") {
        Some(6)
    } else if text.starts_with("' '") {
        Some(3)
    } else if text.starts_with(['"', '\u{201C}', '\u{201D}']) {
        text.chars().next().map(char::len_utf8)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn double_quotes_counted() {
        for (text, want) in [
            ("उसने कहा \"हाँ\" और गया", 2),
            ("`` उद्धरण '' आगे", 2),
            ("बोले ' ' फिर", 1),
            ("राम's घर", 0),
            // A quoted word typeset `"X'`: the APOSTROPHE closes it.
            ("या \" पाणवठा ' योजनेत", 2),
            ("\"नवे पर्व' मालिका", 2),
            // Not while no quote is open, nor inside a word.
            ("पाणवठा ' योजनेत", 0),
            ("\"rock'n'roll", 1),
            // Two curly single quotes are a double quote; one is not.
            ("‘‘काय म्हणालास ?’’ मी", 2),
            ("’पाम् हीलिङ्ग्’ इति", 0),
        ] {
            assert_eq!(quote_marks_after(text, 0), want, "{text}");
        }
    }

    /// The count of a line before a sentence is exact however far back
    /// the quotation opened, and starts again on a new line.
    #[test]
    fn line_counts_reach_back_to_the_line_start() {
        let opened = "वे बोले, \" पहला वाक्य है . ";
        let long = format!("{opened}{}", "दूसरा लंबा वाक्य है . ".repeat(200));
        let mut q = QuoteCount::default();
        assert_eq!(q.in_line_before(&long, opened.len()), 1);
        assert_eq!(q.in_line_before(&long, long.len()), 1);
        let next_line = format!("{long}\nनई पंक्ति . ");
        let mut q = QuoteCount::default();
        assert_eq!(q.in_line_before(&next_line, long.len()), 1);
        assert_eq!(q.in_line_before(&next_line, next_line.len()), 0);
    }
}
