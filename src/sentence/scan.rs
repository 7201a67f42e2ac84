//! The candidate search: where the next terminator may stand, found by
//! SIMD searches over streams of byte patterns, so the text between
//! candidates is never looked at byte by byte.

use super::words::WordAhead;
use crate::danda::LineCursor;

/// What the scan remembers between sentences: the next position of each
/// kind of terminator candidate, found by SIMD searches (`memchr`), so the
/// text between candidates is never looked at byte by byte.
///
/// The streams: the byte pairs `A5 A4` and `A5 A5` (the last two bytes of
/// DANDA `E0 A5 A4` and DOUBLE DANDA `E0 A5 A5`; in UTF-8 a lead byte can
/// never be `A4` or `A5`, so the pairs occur nowhere else but inside
/// four-byte characters, which the check of the lead byte rules out), the
/// bytes `.` `?` `!`, `\n` and HORIZONTAL ELLIPSIS, and `|`. Each stream is
/// searched forward only, so the whole scan stays linear. Measured in
/// `benches/sentences.rs`: this replaced a byte-by-byte loop about 2x
/// slower on Hindi.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct ScanState {
    /// The position of the next DOUBLE DANDA at or after the last asked
    /// position, or the text length if none: prose without DOUBLE DANDA never
    /// pays for the couplet look-ahead.
    next_double_danda: Option<usize>,
    /// Next candidate of each stream (start of the character), if searched.
    pub(super) next: [Option<usize>; 5],
    /// The first of the candidates of streams 0, 1, 3 and 4 (dandas, line
    /// breaks, ellipses and pipes), if searched: those come far apart, and
    /// `.` `?` `!` come every few bytes in a chain of initials.
    next_rare: Option<usize>,
    /// The word read after the last FULL STOP decided.
    pub(super) ahead: WordAhead,
    /// The line read up to the last pipe, to decide pipes as the
    /// normalizer's danda rule does.
    pub(super) pipes: LineCursor,
}

/// The prebuilt searchers: DANDA's and DOUBLE DANDA's last two bytes,
/// HORIZONTAL ELLIPSIS, DOUBLE DANDA.
struct Finders {
    danda_pair: memchr::memmem::Finder<'static>,
    double_danda_pair: memchr::memmem::Finder<'static>,
    ellipsis: memchr::memmem::Finder<'static>,
    double_danda: memchr::memmem::Finder<'static>,
    danda_danda: memchr::memmem::Finder<'static>,
    pipe_pipe: memchr::memmem::Finder<'static>,
}

fn finders() -> &'static Finders {
    static F: once_cell::sync::Lazy<Finders> = once_cell::sync::Lazy::new(|| Finders {
        danda_pair: memchr::memmem::Finder::new(&[0xA5u8, 0xA4][..]),
        double_danda_pair: memchr::memmem::Finder::new(&[0xA5u8, 0xA5][..]),
        ellipsis: memchr::memmem::Finder::new("\u{2026}".as_bytes()),
        double_danda: memchr::memmem::Finder::new("\u{0965}".as_bytes()),
        danda_danda: memchr::memmem::Finder::new("\u{0964}\u{0964}".as_bytes()),
        pipe_pipe: memchr::memmem::Finder::new(b"||"),
    });
    &F
}

/// Finds the next candidate of stream `k` at or after `from`.
pub(super) fn search(bytes: &[u8], from: usize, k: usize) -> usize {
    let hay = bytes.get(from..).unwrap_or(&[]);
    let found = match k {
        // DANDA and DOUBLE DANDA: the pair is bytes 1..3 of the character.
        0 | 1 => {
            let f = if k == 0 {
                &finders().danda_pair
            } else {
                &finders().double_danda_pair
            };
            let mut at = 0;
            loop {
                match f.find(hay.get(at..).unwrap_or(&[])) {
                    None => break None,
                    Some(p) => {
                        let pos = from + at + p;
                        if pos > from && bytes.get(pos - 1) == Some(&0xE0) {
                            break Some(at + p - 1);
                        }
                        at += p + 1;
                    }
                }
            }
        }
        2 => memchr::memchr3(b'.', b'?', b'!', hay),
        4 => memchr::memchr(b'|', hay),
        _ => {
            let nl = memchr::memchr(b'\n', hay);
            let limit = nl.unwrap_or(hay.len());
            let ellipsis = finders().ellipsis.find(hay.get(..limit).unwrap_or(&[]));
            ellipsis.or(nl)
        }
    };
    found.map_or(bytes.len(), |p| from + p)
}

impl ScanState {
    pub(super) fn double_danda_ahead(&mut self, text: &str, pos: usize) -> bool {
        match self.next_double_danda {
            Some(p) if p >= pos => p < text.len(),
            _ => {
                // DOUBLE DANDA, or one typed as two dandas or two pipes.
                let f = finders();
                let p = text.get(pos..).map_or(text.len(), |r| {
                    [&f.double_danda, &f.danda_danda, &f.pipe_pipe]
                        .into_iter()
                        .filter_map(|finder| finder.find(r.as_bytes()))
                        .min()
                        .map_or(text.len(), |k| pos + k)
                });
                self.next_double_danda = Some(p);
                p < text.len()
            }
        }
    }

    /// The next terminator candidate at or after `from` (or the text length).
    pub(super) fn next_candidate(&mut self, bytes: &[u8], from: usize) -> usize {
        let stop = self.next_of_stream(bytes, from, 2);
        let rare = match self.next_rare {
            Some(p) if p >= from => p,
            _ => {
                let p = [0, 1, 3, 4]
                    .into_iter()
                    .map(|k| self.next_of_stream(bytes, from, k))
                    .fold(bytes.len(), usize::min);
                self.next_rare = Some(p);
                p
            }
        };
        stop.min(rare)
    }

    /// The next candidate of stream `k` at or after `from`.
    #[inline]
    fn next_of_stream(&mut self, bytes: &[u8], from: usize, k: usize) -> usize {
        match self.next[k] {
            Some(p) if p >= from => p,
            _ => {
                let p = search(bytes, from, k);
                self.next[k] = Some(p);
                p
            }
        }
    }
}
