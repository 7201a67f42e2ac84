//! The candidate search: where the next terminator may stand, found by
//! SIMD searches over streams of byte patterns, so the text between
//! candidates is never looked at byte by byte.

use super::quotes::QuoteCount;
use super::words::WordAhead;
use crate::danda::LineCursor;

/// A kind of terminator candidate, searched for on its own.
///
/// DANDA and DOUBLE DANDA are searched as the byte pairs `A5 A4` and
/// `A5 A5` (the last two bytes of `E0 A5 A4` and `E0 A5 A5`; in UTF-8 a
/// lead byte can never be `A4` or `A5`, so the pairs occur nowhere else but
/// inside four-byte characters, which the check of the lead byte rules
/// out).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stream {
    /// DANDA.
    Danda,
    /// DOUBLE DANDA.
    DoubleDanda,
    /// FULL STOP, QUESTION MARK, EXCLAMATION MARK.
    Stop,
    /// A line break.
    LineBreak,
    /// HORIZONTAL ELLIPSIS.
    Ellipsis,
    /// VERTICAL LINE (a pipe typed for a danda).
    Pipe,
}

/// The number of [`Stream`]s.
const STREAMS: usize = 6;

impl Stream {
    /// The streams whose candidates come far apart: dandas, line breaks,
    /// ellipses and pipes (`.` `?` `!` come every few bytes in a chain of
    /// initials).
    const RARE: [Stream; 5] = [
        Stream::Danda,
        Stream::DoubleDanda,
        Stream::LineBreak,
        Stream::Ellipsis,
        Stream::Pipe,
    ];

    /// The next candidate of this stream at or after `from` (the start of
    /// its character), or the text length if none.
    #[inline]
    fn search(self, bytes: &[u8], from: usize) -> usize {
        let hay = bytes.get(from..).unwrap_or(&[]);
        let found = match self {
            Stream::Danda => find_danda_pair(&finders().danda_pair, bytes, from),
            Stream::DoubleDanda => find_danda_pair(&finders().double_danda_pair, bytes, from),
            Stream::Stop => memchr::memchr3(b'.', b'?', b'!', hay),
            Stream::Pipe => memchr::memchr(b'|', hay),
            // Line breaks and ellipses are searched as streams of their
            // own: each search result is kept until the scan passes it, so
            // a long line with many ellipses is never searched for its
            // line break again after each one (that was quadratic).
            Stream::LineBreak => memchr::memchr(b'\n', hay),
            Stream::Ellipsis => finders().ellipsis.find(hay),
        };
        found.map_or(bytes.len(), |p| from + p)
    }
}

/// The offset from `from` of the first DANDA or DOUBLE DANDA whose last two
/// bytes `pair` finds: the pair is bytes 1..3 of the character, after the
/// lead byte `E0`.
fn find_danda_pair(pair: &memchr::memmem::Finder<'_>, bytes: &[u8], from: usize) -> Option<usize> {
    let hay = bytes.get(from..).unwrap_or(&[]);
    let mut at = 0;
    loop {
        let p = pair.find(hay.get(at..).unwrap_or(&[]))?;
        let pos = from + at + p;
        if pos > from && bytes.get(pos - 1) == Some(&0xE0) {
            return Some(at + p - 1);
        }
        at += p + 1;
    }
}

/// The spellings of a DOUBLE DANDA the couplet look-ahead asks for.
#[derive(Clone, Copy, Debug)]
enum DoubleDanda {
    /// DOUBLE DANDA.
    One,
    /// Two DANDAs.
    TwoDandas,
    /// Two pipes.
    TwoPipes,
}

impl DoubleDanda {
    const ALL: [DoubleDanda; 3] = [
        DoubleDanda::One,
        DoubleDanda::TwoDandas,
        DoubleDanda::TwoPipes,
    ];

    /// The offset from `from` of the first occurrence at or after it.
    /// Found from the byte pairs of [`find_danda_pair`] and from `|`, which
    /// only a danda and a pipe hold: `memmem` searching the whole spelling
    /// picks bytes by their frequency in English, and in Devanagari text
    /// every other character shares them (the search of `।।` was a third
    /// of the splitter's time on news, `benches/sentences.rs`).
    fn find(self, bytes: &[u8], from: usize) -> Option<usize> {
        let f = finders();
        // The first mark's length, and the second mark that must follow it.
        let (first_len, second): (usize, &[u8]) = match self {
            DoubleDanda::One => return find_danda_pair(&f.double_danda_pair, bytes, from),
            DoubleDanda::TwoDandas => (3, "\u{0964}".as_bytes()),
            DoubleDanda::TwoPipes => (1, b"|"),
        };
        let mut at = from;
        loop {
            let p = at
                + match self {
                    DoubleDanda::TwoPipes => memchr::memchr(b'|', bytes.get(at..)?)?,
                    _ => find_danda_pair(&f.danda_pair, bytes, at)?,
                };
            if bytes.get(p + first_len..p + first_len + second.len()) == Some(second) {
                return Some(p - from);
            }
            at = p + first_len;
        }
    }
}

/// What the scan remembers between sentences: the next position of each
/// kind of terminator candidate (each [`Stream`]), found by SIMD searches
/// (`memchr`), so the text between candidates is never looked at byte by
/// byte.
///
/// Each stream is searched forward only, so the whole scan stays linear.
/// Measured in `benches/sentences.rs`: this replaced a byte-by-byte loop
/// about 2x slower on Hindi.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct ScanState {
    /// The position of the next DOUBLE DANDA, `।।` and `||` at or after the
    /// last asked position, or the text length if none: prose without them
    /// never pays for the couplet look-ahead.
    next_double_danda: [Option<usize>; 3],
    /// Next candidate of each stream (start of the character), if searched.
    next: [Option<usize>; STREAMS],
    /// The first of the candidates of the [`Stream::RARE`] streams, if
    /// searched.
    next_rare: Option<usize>,
    /// The word read after the last FULL STOP decided.
    pub(super) ahead: WordAhead,
    /// The line read up to the last pipe, to decide pipes as the
    /// normalizer's danda rule does.
    pub(super) pipes: LineCursor,
    /// The double quotes of the sentence read so far.
    pub(super) quotes: QuoteCount,
}

/// The prebuilt searchers: DANDA's and DOUBLE DANDA's last two bytes,
/// HORIZONTAL ELLIPSIS.
struct Finders {
    danda_pair: memchr::memmem::Finder<'static>,
    double_danda_pair: memchr::memmem::Finder<'static>,
    ellipsis: memchr::memmem::Finder<'static>,
}

fn finders() -> &'static Finders {
    static F: std::sync::LazyLock<Finders> = std::sync::LazyLock::new(|| Finders {
        danda_pair: memchr::memmem::Finder::new(&[0xA5u8, 0xA4][..]),
        double_danda_pair: memchr::memmem::Finder::new(&[0xA5u8, 0xA5][..]),
        ellipsis: memchr::memmem::Finder::new("\u{2026}".as_bytes()),
    });
    &F
}

impl ScanState {
    /// Whether a DOUBLE DANDA (or one typed as two dandas or two pipes)
    /// stands at or after `pos`.
    #[inline]
    pub(super) fn double_danda_ahead(&mut self, text: &str, pos: usize) -> bool {
        // Each searched on its own and kept, so that none is searched again
        // before the scan passes it (a text without `||` would otherwise be
        // searched to its end at every danda).
        let mut first = text.len();
        for (slot, spelling) in self.next_double_danda.iter_mut().zip(DoubleDanda::ALL) {
            let p = match *slot {
                Some(p) if p >= pos => p,
                _ => {
                    let p = spelling
                        .find(text.as_bytes(), pos)
                        .map_or(text.len(), |k| pos + k);
                    *slot = Some(p);
                    p
                }
            };
            first = first.min(p);
        }
        first < text.len()
    }

    /// The next terminator candidate at or after `from` (or the text length).
    #[inline]
    pub(super) fn next_candidate(&mut self, bytes: &[u8], from: usize) -> usize {
        let stop = self.next_of_stream(bytes, from, Stream::Stop);
        let rare = match self.next_rare {
            Some(p) if p >= from => p,
            _ => {
                let p = Stream::RARE
                    .into_iter()
                    .map(|s| self.next_of_stream(bytes, from, s))
                    .fold(bytes.len(), usize::min);
                self.next_rare = Some(p);
                p
            }
        };
        stop.min(rare)
    }

    /// After the lone FULL STOP at `dot`: when the word read after it (kept
    /// in `ahead`) ends at a `.` `?` `!`, that is the next candidate of
    /// their stream, found with nothing to search (the word and the spaces
    /// before it hold none).
    #[inline]
    pub(super) fn note_stop_after_word_ahead(&mut self, bytes: &[u8], dot: usize) {
        let e = self.ahead.end();
        if e > dot && matches!(bytes.get(e), Some(b'.' | b'?' | b'!')) {
            if let Some(next) = self.next.get_mut(Stream::Stop as usize) {
                *next = Some(e);
            }
        }
    }

    /// The next candidate of `stream` at or after `from`.
    #[inline]
    fn next_of_stream(&mut self, bytes: &[u8], from: usize, stream: Stream) -> usize {
        // (The slot is always there: a stream's number is below STREAMS.)
        let Some(next) = self.next.get_mut(stream as usize) else {
            return bytes.len();
        };
        match *next {
            Some(p) if p >= from => p,
            _ => {
                let p = stream.search(bytes, from);
                *next = Some(p);
                p
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each spelling of DOUBLE DANDA is found where `str::find` finds it,
    /// from every position, among dandas, pipes and signs that share its
    /// bytes.
    #[test]
    fn double_dandas_found_as_str_find_finds_them() {
        let pieces = [
            "।", "॥", "|", "क", "ा", "ी", " ", "\u{1964}", "\u{2965}", "a",
        ];
        let mut seed = 5u64;
        for _ in 0..3000 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let mut text = String::new();
            for k in 0..((seed >> 40) % 12) {
                let r = seed.rotate_left(7 * k as u32);
                text.push_str(pieces[(r >> 33) as usize % pieces.len()]);
            }
            for (spelling, needle) in DoubleDanda::ALL.into_iter().zip(["॥", "।।", "||"]) {
                for (from, _) in text.char_indices() {
                    let want = text[from..].find(needle);
                    assert_eq!(
                        spelling.find(text.as_bytes(), from),
                        want,
                        "{text:?} {from}"
                    );
                }
            }
        }
    }
}
