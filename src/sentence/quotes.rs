//! Double quotes as the splitter counts them: written `"`, `“`, `”`, two
//! grave accents or two apostrophes (perhaps with a space between, as a
//! tokenizer writes them), and the count of a sentence read so far.

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
            };
        }
        self.count += quote_marks(text.get(self.to..to).unwrap_or(""));
        self.to = to;
        self.count
    }
}

/// The double quotes of `text` (see [`quote_token_len`]).
pub(super) fn quote_marks(text: &str) -> usize {
    let mut n = 0;
    let mut i = 0;
    while let Some(k) = text
        .get(i..)
        .and_then(|r| r.find(['"', '`', '\'', '\u{201C}', '\u{201D}']))
    {
        let at = i + k;
        match text.get(at..).and_then(quote_token_len) {
            Some(len) => {
                n += 1;
                i = at + len;
            }
            None => i = at + 1,
        }
    }
    n
}

/// The length of the double quote `text` starts with, written as `"`,
/// `“`, `”`, two grave accents or two apostrophes (perhaps with a space
/// between, as a tokenizer writes them: `' '`).
pub(super) fn quote_token_len(text: &str) -> Option<usize> {
    if text.starts_with("``") || text.starts_with("''") {
        Some(2)
    } else if text.starts_with("' '") {
        Some(3)
    } else if text.starts_with(['"', '\u{201C}', '\u{201D}']) {
        text.chars().next().map(char::len_utf8)
    } else {
        None
    }
}
