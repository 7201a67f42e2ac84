//! The output of a chunk's records, without copying what is written back
//! unchanged: a list of pieces, each a byte range of the chunk as read (a
//! record written back as it was), bytes written by the tool, or a large
//! buffer moved in whole (the library's output for a long line). A 200 MB
//! line that needs no change is never copied; one that changes is held
//! once, as the library returned it.

use std::io::{self, Write};
use std::ops::Range;

/// A piece this large or larger is moved in, not copied into the shared
/// buffer.
const MOVE_AT: usize = 1 << 16;

#[derive(Debug)]
enum Piece {
    /// Bytes of the chunk as read.
    Input(Range<usize>),
    /// Bytes of [`Out::buf`].
    Buf(Range<usize>),
    /// A buffer moved in.
    Owned(Vec<u8>),
    /// A long string written as a JSON string, escaped only when the output
    /// is written (`true`: non-ASCII escaped too).
    Json(String, bool),
    /// A JSON array of strings, written only when the output is: the
    /// sentences of a long text, kept as byte ranges of it.
    Strings(Strings),
}

/// A JSON array of the strings `text[r]` for each range `r`, written at
/// output time, so that the sentences (or word tokens) of a 200 MB field
/// cost their ranges, not a second copy of the text.
#[derive(Debug)]
pub struct Strings {
    /// The text: bytes of the chunk, or a decoded copy.
    pub text: Text,
    pub ranges: Spans,
    /// Between two strings (`,` or `, `).
    pub comma: &'static [u8],
    /// Write the strings as they are (a JSON string without escapes holds
    /// nothing that needs one), else escaped ([`super::jsonl::push_string`],
    /// `ascii` as there).
    pub verbatim: bool,
    pub ascii: bool,
}

/// Where a text is.
#[derive(Debug)]
pub enum Text {
    /// These bytes of the chunk.
    Input(Range<usize>),
    Owned(String),
}

/// The output of a chunk's records, in order.
#[derive(Debug, Default)]
pub struct Out {
    pieces: Vec<Piece>,
    buf: Vec<u8>,
}

impl Out {
    /// Adds the bytes `range` of the chunk, as read.
    pub fn input(&mut self, range: Range<usize>) {
        if range.is_empty() {
            return;
        }
        if let Some(Piece::Input(last)) = self.pieces.last_mut() {
            if last.end == range.start {
                last.end = range.end;
                return;
            }
        }
        self.pieces.push(Piece::Input(range));
    }

    /// Adds `text[range]`, where `text` is a record's text: from the chunk
    /// when `at` says where the text starts in it (the text is the bytes as
    /// read), else copied (`--lossy` replaced something).
    pub fn text(&mut self, text: &str, range: Range<usize>, at: Option<usize>) {
        match at {
            Some(at) => self.input(at + range.start..at + range.end),
            None => self.bytes(text.as_bytes().get(range).unwrap_or(&[])),
        }
    }

    /// Adds what `write` writes to the buffer it is given.
    pub fn write(&mut self, write: impl FnOnce(&mut Vec<u8>)) {
        let start = self.buf.len();
        write(&mut self.buf);
        let end = self.buf.len();
        if start == end {
            return;
        }
        if let Some(Piece::Buf(last)) = self.pieces.last_mut() {
            if last.end == start {
                last.end = end;
                return;
            }
        }
        self.pieces.push(Piece::Buf(start..end));
    }

    /// Adds `bytes`.
    pub fn bytes(&mut self, bytes: &[u8]) {
        self.write(|b| b.extend_from_slice(bytes));
    }

    /// Adds `bytes`, moving them in when they are large.
    pub fn owned(&mut self, bytes: Vec<u8>) {
        if bytes.len() < MOVE_AT {
            self.bytes(&bytes);
        } else {
            self.pieces.push(Piece::Owned(bytes));
        }
    }

    /// Adds `s` as a JSON string (non-ASCII escaped too when `ascii`),
    /// escaped at output time a window at a time: a long text is not held
    /// twice.
    pub fn json_string(&mut self, s: String, ascii: bool) {
        self.pieces.push(Piece::Json(s, ascii));
    }

    /// Adds a JSON array written at output time.
    pub fn strings(&mut self, strings: Strings) {
        self.pieces.push(Piece::Strings(strings));
    }

    /// Whether nothing was added.
    pub fn is_empty(&self) -> bool {
        self.pieces.is_empty()
    }

    /// Writes the pieces in order; `input` is the chunk they were made from.
    pub fn write_to(&self, input: &[u8], w: &mut dyn Write) -> io::Result<()> {
        for p in &self.pieces {
            let bytes = match p {
                Piece::Input(r) => input.get(r.clone()).unwrap_or(&[]),
                Piece::Buf(r) => self.buf.get(r.clone()).unwrap_or(&[]),
                Piece::Owned(v) => v,
                Piece::Strings(s) => {
                    s.write_to(input, w)?;
                    continue;
                }
                Piece::Json(s, ascii) => {
                    write_json_string(s, *ascii, w)?;
                    continue;
                }
            };
            w.write_all(bytes)?;
        }
        Ok(())
    }

    /// The output as one buffer (for the tests).
    pub fn to_vec(&self, input: &[u8]) -> Vec<u8> {
        let mut v = Vec::new();
        let _ = self.write_to(input, &mut v);
        v
    }
}

/// Writes `s` as a JSON string, escaping a window of about 64 KB at a time
/// (cut between characters: escapes are per character).
fn write_json_string(s: &str, ascii: bool, w: &mut dyn Write) -> io::Result<()> {
    const WINDOW: usize = 1 << 16;
    let mut buf = Vec::with_capacity(2 * WINDOW);
    buf.push(b'"');
    for window in super::jsonl::windows(s, WINDOW) {
        super::jsonl::push_string_body(&mut buf, window, ascii);
        w.write_all(&buf)?;
        buf.clear();
    }
    buf.push(b'"');
    w.write_all(&buf)
}

impl Strings {
    fn write_to(&self, input: &[u8], w: &mut dyn Write) -> io::Result<()> {
        let text: &str = match &self.text {
            Text::Owned(s) => s,
            Text::Input(r) => std::str::from_utf8(input.get(r.clone()).unwrap_or(&[]))
                .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?,
        };
        let mut buf = Vec::with_capacity(1 << 16);
        buf.push(b'[');
        for (i, r) in self.ranges.iter().enumerate() {
            if i > 0 {
                buf.extend_from_slice(self.comma);
            }
            let s = text.get(r.clone()).unwrap_or("");
            if self.verbatim {
                buf.push(b'"');
                buf.extend_from_slice(s.as_bytes());
                buf.push(b'"');
            } else {
                super::jsonl::push_string(&mut buf, s, self.ascii);
            }
            if buf.len() >= 1 << 16 {
                w.write_all(&buf)?;
                buf.clear();
            }
        }
        buf.push(b']');
        w.write_all(&buf)
    }
}

/// Byte ranges in increasing order, none overlapping, held as two LEB128
/// numbers each (the gap from the end of the range before, the length):
/// about two bytes a word token, where a `Range<usize>` costs sixteen (the
/// tokens of a 200 MB field: about 30 MB, not 250).
#[derive(Debug, Default)]
pub struct Spans {
    bytes: Vec<u8>,
    /// The end of the last range.
    end: usize,
}

impl Spans {
    /// Adds `r`, which starts at or after the end of the last range (else
    /// it is moved there: the callers' ranges are in order by
    /// construction).
    pub fn push(&mut self, r: Range<usize>) {
        debug_assert!(r.start >= self.end && r.end >= r.start, "{r:?}");
        let start = r.start.max(self.end);
        push_leb128(&mut self.bytes, start - self.end);
        push_leb128(&mut self.bytes, r.end.saturating_sub(start));
        self.end = r.end.max(start);
    }

    /// The ranges, in order.
    pub fn iter(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        let mut rest = &self.bytes[..];
        let mut end = 0;
        std::iter::from_fn(move || {
            let gap = read_leb128(&mut rest)?;
            let len = read_leb128(&mut rest)?;
            let start = end + gap;
            end = start + len;
            Some(start..end)
        })
    }
}

impl FromIterator<Range<usize>> for Spans {
    fn from_iter<I: IntoIterator<Item = Range<usize>>>(ranges: I) -> Self {
        let mut spans = Spans::default();
        for r in ranges {
            spans.push(r);
        }
        spans
    }
}

/// Writes `n` as LEB128: seven bits a byte, low bits first, the high bit
/// set on every byte but the last.
fn push_leb128(out: &mut Vec<u8>, mut n: usize) {
    while n >= 0x80 {
        out.push((n & 0x7F) as u8 | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// Reads a number written by [`push_leb128`] from the front of `bytes`.
fn read_leb128(bytes: &mut &[u8]) -> Option<usize> {
    let mut n = 0usize;
    let mut shift = 0;
    loop {
        let (&b, rest) = bytes.split_first()?;
        *bytes = rest;
        n |= usize::from(b & 0x7F).checked_shl(shift)?;
        if b < 0x80 {
            return Some(n);
        }
        shift += 7;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_give_back_their_ranges() {
        let ranges = [0..0, 0..3, 4..4, 5..200, 200..201, 70_000..1 << 40];
        let spans: Spans = ranges.iter().cloned().collect();
        assert_eq!(spans.iter().collect::<Vec<_>>(), ranges);
        // Two bytes a short range.
        let short: Spans = (0..1000).map(|i| 3 * i..3 * i + 2).collect();
        assert_eq!(short.bytes.len(), 2000);
        assert_eq!(short.iter().count(), 1000);
        assert_eq!(Spans::default().iter().count(), 0);
    }
}
