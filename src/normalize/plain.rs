//! Plain runs: the quick check's step over 28 bytes at a time, for the
//! bulk of Devanagari text, where every character is a letter, a sign
//! after the letter it belongs to, a digit, a danda, ASCII punctuation or a
//! single SPACE between words.
//!
//! The scan's character loop ([`QuickCheck`]) takes a load and a branch a
//! character, and on real text the branch at word boundaries is often
//! mispredicted: it ran at about half the speed it reaches on the repeated
//! prose of the benches. Here 32 bytes are classified at once with AVX2
//! (where the processor has it, asked at run time): which bytes are spaces,
//! which end a Devanagari character, and which class of character they
//! end. A window is plain when every character in it is plain after the
//! one before it ([`PLAIN_AFTER`]); windows follow each other at a fixed
//! stride, so no window's check waits for the one before, and the scan
//! goes on character by character from the last whole character before
//! the first byte that is not plain.
//!
//! The rules are not trusted on their own: [`PlainRuns::new`] checks every
//! pair they call plain, every member of both classes, against the quick
//! check's own tables under the normalizer's options, and gives no plain
//! runs at all where one fails. So a plain run is one the character loop
//! would have passed too. The tests compare the two scans from every
//! position of generated text, the vector classification with one written
//! a byte at a time, and the rules as masks with the table.
//!
//! Measured (`../shared/perf/realtext`, one run each of the build before
//! and after, twice in turn): `normalize` on real news needing no change
//! went from 2.5x to 5.4x ICU4X NFC, and from 7.1x to 15.4x unicode-rs; on
//! damaged news from 1.4x to 1.9x; `clean` then `sentences` from 3.5x to
//! 4.9x. On text that is seldom plain (another script, a quote every few
//! letters) a try that steps over little backs off, up to 256 bytes; the
//! tries still cost 4-12 % there (`normalize / seldom_plain_1MB`). Two
//! forms were slower than the loop alone and are not kept: 16 bytes a
//! window with SSE2, and windows that started where the last run ended
//! (each waited for the one before).
//!
//! The call into the AVX2 code is the crate's one `unsafe` (see the crate
//! documentation).

use super::quick::QuickCheck;

/// The classes of the characters a plain run is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Space,
    /// A consonant but NA, RA and LLA (U+0915..U+0939).
    Consonant,
    /// NA, RA, LLA: the consonants a NUKTA composes with.
    NuktaBase,
    /// An independent vowel (U+0905..U+0914).
    Vowel,
    /// A dependent vowel sign (U+093E..U+094C).
    VowelSign,
    Virama,
    Nukta,
    /// CANDRABINDU, ANUSVARA.
    Nasal,
    Danda,
    DoubleDanda,
    /// What a SPACE before is a fault: `,`, `.`, `?`, `!`, LINE FEED.
    Stop,
    /// The rest of printable ASCII but `|` and `:` (which may be a
    /// danda or a visarga).
    Inert,
    /// A Devanagari digit (U+0966..U+096F).
    Digit,
}

use Class::*;

/// Every class, in the order of their bits.
const CLASSES: [Class; 13] = [
    Space,
    Consonant,
    NuktaBase,
    Vowel,
    VowelSign,
    Virama,
    Nukta,
    Nasal,
    Danda,
    DoubleDanda,
    Stop,
    Inert,
    Digit,
];

/// NA, RA, LLA.
const NUKTA_BASES: [u32; 3] = [0x0928, 0x0930, 0x0933];

/// `,`, `.`, `?`, `!`, LINE FEED.
const STOPS: [u32; 5] = [0x2C, 0x2E, 0x3F, 0x21, 0x0A];

/// A set of classes, a bit each.
const fn set(classes: &[Class]) -> u16 {
    let mut m = 0;
    let mut rest = classes;
    while let [c, tail @ ..] = rest {
        m |= 1 << *c as u16;
        rest = tail;
    }
    m
}

/// Every class.
const ALL: u16 = set(&CLASSES);
/// A consonant with its NUKTA, or not: what a sign follows.
const BASES: u16 = set(&[Consonant, NuktaBase, Nukta]);

/// For each class, the classes a character of it is plain after: what a
/// reader expects before it. [`PlainRuns::new`] checks every pair against
/// the quick check, [`Lanes::not_plain`] applies them to 32 lanes at once.
const PLAIN_AFTER: [u16; 13] = [
    // SPACE: not after a SPACE. (Its own check reads the character after
    // it, which that character's pair decides.)
    ALL & !set(&[Space]),
    // A letter may follow anything (after a VIRAMA, a conjunct).
    ALL,
    ALL,
    // An independent vowel: not after a VIRAMA.
    ALL & !set(&[Virama]),
    // A vowel sign, a VIRAMA: after its consonant (with its NUKTA).
    BASES,
    BASES,
    // A NUKTA: after a consonant it does not compose with.
    set(&[Consonant]),
    // A nasal sign: after a letter or a vowel sign.
    BASES | set(&[Vowel, VowelSign]),
    // A DANDA: not after a SPACE or a DANDA (two make a DOUBLE DANDA).
    ALL & !set(&[Space, Danda]),
    ALL & !set(&[Space, Danda, DoubleDanda]),
    // `,` `.` `?` `!` LINE FEED: not after a SPACE.
    ALL & !set(&[Space]),
    // Other ASCII, a digit: after anything.
    ALL,
    ALL,
];

impl Class {
    /// The members of the class.
    fn members(self) -> impl Iterator<Item = char> + Clone {
        let (from, to) = match self {
            Space => (0x20, 0x20),
            Consonant | NuktaBase => (0x0915, 0x0939),
            Vowel => (0x0905, 0x0914),
            VowelSign => (0x093E, 0x094C),
            Virama => (0x094D, 0x094D),
            Nukta => (0x093C, 0x093C),
            Nasal => (0x0901, 0x0902),
            Danda => (0x0964, 0x0964),
            DoubleDanda => (0x0965, 0x0965),
            Stop | Inert => (0x0A, 0x7E),
            Digit => (0x0966, 0x096F),
        };
        (from..=to)
            .filter(move |cp| match self {
                Consonant => !NUKTA_BASES.contains(cp),
                NuktaBase => NUKTA_BASES.contains(cp),
                Stop => STOPS.contains(cp),
                Inert => *cp >= 0x21 && !STOPS.contains(cp) && !matches!(cp, 0x7C | 0x3A),
                _ => true,
            })
            .filter_map(char::from_u32)
    }

    /// Whether the class is of ASCII characters.
    #[cfg(test)]
    const fn is_ascii(self) -> bool {
        matches!(self, Space | Stop | Inert)
    }

    /// The classes a character of this class is plain after (none for a
    /// class past the table: never, it has a row for each).
    #[inline(always)]
    fn plain_after(self) -> u16 {
        PLAIN_AFTER.get(self as usize).map_or(0, |&after| after)
    }

    /// How many bytes back the character before ends: one for ASCII,
    /// three for Devanagari (what [`Lanes::not_plain`] shifts by).
    #[cfg(test)]
    const fn back(self) -> u32 {
        if self.is_ascii() {
            1
        } else {
            3
        }
    }
}

/// The plain runs of one set of options: present when every pair the rules
/// call plain passes the quick check under them, and the processor has
/// AVX2.
#[derive(Clone, Copy, Debug)]
pub(super) struct PlainRuns(());

/// The window [`Lanes::first_fail`] is read from: from 6 bytes before a
/// position to 28 after it.
pub(super) const WINDOW: usize = 34;
/// The bytes of the window before the scan's position.
pub(super) const BEFORE: usize = 6;

impl PlainRuns {
    /// The plain runs under the options of `q`, or `None` where a pair the
    /// rules call plain is not plain there, or the processor has no AVX2.
    pub(super) fn new(q: &QuickCheck) -> Option<PlainRuns> {
        if !avx2::available() {
            return None;
        }
        let all_plain = CLASSES[1..].iter().all(|&c| {
            let before = || {
                CLASSES
                    .iter()
                    .filter(move |&&b| c.plain_after() & (1 << b as u16) != 0)
            };
            let after_space = before().any(|&b| b == Space);
            c.members().all(|cur| {
                // (A SPACE's own check reads the character after it.)
                let space_pair = !after_space || q.passes_pair(' ', cur);
                // Most characters the scan passes whatever comes before
                // them: only the others are tried after every member.
                space_pair
                    && (q.passes_after_anything(cur)
                        || before().all(|&b| b.members().all(|p| q.passes_pair(p, cur))))
            })
        });
        all_plain.then_some(PlainRuns(()))
    }

    /// The end of the plain run from `i` (a character boundary after at
    /// least three bytes the scan has read), read a window at a time: a
    /// character boundary after a plain character other than a SPACE, or
    /// `i` itself. Returns it, and where the next run may be tried: past
    /// the first byte that is not plain, or the end of the text.
    ///
    /// The windows follow each other at a fixed stride, so each one's check
    /// does not wait for the one before (it did when a window started
    /// where the last run ended, and the scan was then slower than the
    /// character loop).
    #[inline]
    pub(super) fn run_end(self, bytes: &[u8], i: usize) -> (usize, usize) {
        let (s, next_try) = avx2::plain_until(bytes, i);
        // Back to a character boundary, and before a SPACE: the SPACE's
        // own check reads the character after it, which is not known plain.
        let mut end = s;
        while end > i && bytes.get(end).is_some_and(|&b| (b as i8) < -0x40) {
            end -= 1;
        }
        if end > i && bytes.get(end - 1) == Some(&b' ') {
            end -= 1;
        }
        (end, next_try)
    }
}

/// The window [`Lanes::first_fail`] is read from, at `s`: the bytes from
/// [`BEFORE`] before `s` (read by the scan, or checked plain by the window
/// before) to [`STRIDE`] after it.
#[inline(always)]
fn window(bytes: &[u8], s: usize) -> Option<&[u8; WINDOW]> {
    s.checked_sub(BEFORE)
        .and_then(|a| bytes.get(a..a + WINDOW))
        .and_then(|w| w.try_into().ok())
}

/// The bytes a window checks after its history: windows follow each other
/// at this stride.
pub(super) const STRIDE: usize = WINDOW - BEFORE;

/// Lanes 4..32: the bytes from the scan's position (lanes 0..4 are
/// history, the characters the scan has read).
const CURRENT: u32 = !0xF;

/// Thirty-two bytes classified, a bit per byte (lane): lane `j` is byte
/// `w[j + 2]` of the window, `i - 4 + j` of the text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Lanes {
    /// `E0`: the first byte of a Devanagari character (or of another
    /// character of U+0800..U+0FFF).
    lead: u32,
    /// `A4`/`A5` after `E0`: the second byte of a Devanagari character.
    second: u32,
    /// The last byte of a Devanagari character.
    third: u32,
    /// For each class (in the order of [`CLASSES`]), the lanes where a
    /// character of it ends.
    class: [u32; 13],
}

impl Lanes {
    /// The lanes where a character of class `c` ends.
    #[cfg(test)]
    fn of(&self, c: Class) -> u32 {
        self.class[c as usize]
    }

    /// Whether the bytes of the window after its history are plain (the
    /// window's start need not be a character boundary): `None` when every
    /// byte is (a character cut by the window's end is the next window's to
    /// check), else the offset after the history of the first byte that is
    /// not.
    #[inline(always)]
    fn first_fail(&self) -> Option<usize> {
        let (not_plain, classified) = self.not_plain();
        // A character of a class, and the first two bytes of a Devanagari
        // one; a first byte in the last lane: the next window checks the
        // rest.
        let leading = (self.lead & (self.second >> 1)) | self.second | (self.lead & (1 << 31));
        let allowed = classified | leading;
        let fails = (!allowed | not_plain) & CURRENT;
        match fails {
            0 => None,
            f => Some(f.trailing_zeros() as usize - 4),
        }
    }

    /// The lanes where a character ends that is not plain after the one
    /// before it, and the lanes where a character of a class ends.
    #[inline]
    fn not_plain(&self) -> (u32, u32) {
        let [space, consonant, nukta_base, vowel, vowel_sign, virama, nukta, nasal, danda, double_danda, stop, inert, digit] =
            self.class;
        // The rules of `PLAIN_AFTER`, written out with the sets they share
        // (a loop over the table was not unrolled, and cost a third of the
        // scan; the tests hold the two to each other). The character
        // before an ASCII one ends a lane back, before a Devanagari one
        // three.
        let classified = space
            | consonant
            | nukta_base
            | vowel
            | vowel_sign
            | virama
            | nukta
            | nasal
            | danda
            | double_danda
            | stop
            | inert
            | digit;
        let not_space = classified & !space;
        let bases = consonant | nukta_base | nukta;
        let not_plain = ((space | stop) & !(not_space << 1))
            | (inert & !(classified << 1))
            | ((consonant | nukta_base | digit) & !(classified << 3))
            | (vowel & !((classified & !virama) << 3))
            | ((vowel_sign | virama) & !(bases << 3))
            | (nukta & !(consonant << 3))
            | (nasal & !((bases | vowel | vowel_sign) << 3))
            | (danda & !((not_space & !danda) << 3))
            | (double_danda & !((not_space & !danda & !double_danda) << 3));
        (not_plain, classified)
    }
}

/// The classification with AVX2 intrinsics.
#[cfg(target_arch = "x86_64")]
mod avx2 {
    use super::{Lanes, WINDOW};
    use std::arch::x86_64::*;

    /// Whether the processor has AVX2 (asked once, then cached by the
    /// standard library).
    pub(super) fn available() -> bool {
        std::is_x86_feature_detected!("avx2")
    }

    /// The end of the plain bytes from `i`, a window at a time, and where
    /// the next run may be tried ([`super::PlainRuns::run_end`]).
    pub(super) fn plain_until(bytes: &[u8], i: usize) -> (usize, usize) {
        if !available() {
            return (i, bytes.len());
        }
        // SAFETY: `windows` needs AVX2, which the processor has (asked just
        // above; the answer is a cached load). It reads nothing but its
        // arguments, through safe slices. This is the crate's one `unsafe`
        // (see `lib.rs`): intrinsics are safe inside a function that names
        // its target feature, but calling that function is not.
        #[allow(unsafe_code)]
        unsafe {
            windows(bytes, i)
        }
    }

    /// [`plain_until`] with AVX2: the windows' classification inlined into
    /// the loop over them.
    #[target_feature(enable = "avx2")]
    fn windows(bytes: &[u8], i: usize) -> (usize, usize) {
        let mut s = i;
        loop {
            let Some(w) = super::window(bytes, s) else {
                return (s, bytes.len());
            };
            match classify(w).first_fail() {
                None => s += super::STRIDE,
                Some(f) => return (s + f, s + f + 1),
            }
        }
    }

    /// The lanes of the window `w` (the tests compare them with
    /// [`Lanes::of_bytes`]).
    #[cfg(test)]
    pub(super) fn lanes(w: &[u8; WINDOW]) -> Option<Lanes> {
        // SAFETY: as in `plain_until`.
        #[allow(unsafe_code)]
        available().then(|| unsafe { classify(w) })
    }

    /// Thirty-two bytes from `w[k..]` as a vector.
    #[inline]
    #[target_feature(enable = "avx2")]
    fn load(w: &[u8; WINDOW], k: usize) -> __m256i {
        let q = |j: usize| {
            let mut b = [0u8; 8];
            // (Always in the window: `k` is at most 2.)
            if let Some(bytes) = w.get(k + 8 * j..k + 8 * j + 8) {
                b.copy_from_slice(bytes);
            }
            i64::from_le_bytes(b)
        };
        _mm256_set_epi64x(q(3), q(2), q(1), q(0))
    }

    /// `b` in every lane.
    #[inline]
    #[target_feature(enable = "avx2")]
    fn splat(b: u8) -> __m256i {
        _mm256_set1_epi8(b as i8)
    }

    /// The lanes where `v` is `b`.
    #[inline]
    #[target_feature(enable = "avx2")]
    fn eq(v: __m256i, b: u8) -> __m256i {
        _mm256_cmpeq_epi8(v, splat(b))
    }

    /// The lanes where `v` lies in `lo..=hi` (unsigned).
    #[inline]
    #[target_feature(enable = "avx2")]
    fn within(v: __m256i, lo: u8, hi: u8) -> __m256i {
        let d = _mm256_sub_epi8(v, splat(lo));
        let span = splat(hi - lo);
        _mm256_cmpeq_epi8(_mm256_max_epu8(d, span), span)
    }

    /// The lanes set in `v`, as bits.
    #[inline]
    #[target_feature(enable = "avx2")]
    fn bits(v: __m256i) -> u32 {
        _mm256_movemask_epi8(v) as u32
    }

    /// The classification of [`Lanes::of_bytes`], 32 lanes at once.
    #[inline]
    #[target_feature(enable = "avx2")]
    fn classify(w: &[u8; WINDOW]) -> Lanes {
        let and = _mm256_and_si256;
        let or = _mm256_or_si256;
        let x2 = load(w, 0); // two bytes back
        let x1 = load(w, 1); // one byte back
        let x0 = load(w, 2); // the lane's own byte
        let second_byte = |v| eq(and(v, splat(0xFE)), 0xA4);
        let third = and(eq(x2, 0xE0), second_byte(x1));
        // Below U+0940 (`E0 A4 xx`), and from it (`E0 A5 xx`).
        let low = and(third, eq(x1, 0xA4));
        let high = and(third, eq(x1, 0xA5));
        let nukta_base = or(or(eq(x0, 0xA8), eq(x0, 0xB0)), eq(x0, 0xB3));
        let consonant = and(low, within(x0, 0x95, 0xB9));
        let stop = or(
            or(
                or(eq(x0, b','), eq(x0, b'.')),
                or(eq(x0, b'?'), eq(x0, b'!')),
            ),
            eq(x0, b'\n'),
        );
        let pipe_or_colon = or(eq(x0, b'|'), eq(x0, b':'));
        Lanes {
            lead: bits(eq(x0, 0xE0)),
            second: bits(and(eq(x1, 0xE0), second_byte(x0))),
            third: bits(third),
            // In the order of `CLASSES`.
            class: [
                bits(eq(x0, b' ')),
                bits(_mm256_andnot_si256(nukta_base, consonant)),
                bits(and(consonant, nukta_base)),
                bits(and(low, within(x0, 0x85, 0x94))),
                bits(or(
                    and(low, within(x0, 0xBE, 0xBF)),
                    and(high, within(x0, 0x80, 0x8C)),
                )),
                bits(and(high, eq(x0, 0x8D))),
                bits(and(low, eq(x0, 0xBC))),
                bits(and(low, within(x0, 0x81, 0x82))),
                bits(and(high, eq(x0, 0xA4))),
                bits(and(high, eq(x0, 0xA5))),
                bits(stop),
                bits(_mm256_andnot_si256(
                    or(stop, pipe_or_colon),
                    within(x0, 0x21, 0x7E),
                )),
                bits(and(high, within(x0, 0xA6, 0xAF))),
            ],
        }
    }
}

/// Elsewhere: no plain runs.
#[cfg(not(target_arch = "x86_64"))]
mod avx2 {
    use super::{Lanes, WINDOW};

    pub(super) fn available() -> bool {
        false
    }

    pub(super) fn plain_until(bytes: &[u8], i: usize) -> (usize, usize) {
        (i, bytes.len())
    }

    #[cfg(test)]
    pub(super) fn lanes(_: &[u8; WINDOW]) -> Option<Lanes> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::NormalizeOptions;

    impl Lanes {
        /// The classification one byte at a time.
        fn of_bytes(w: &[u8; WINDOW]) -> Lanes {
            let mut l = Lanes::default();
            for j in 0..32 {
                let (b2, b1, b0) = (w[j], w[j + 1], w[j + 2]);
                let bit = 1u32 << j;
                if b0 == 0xE0 {
                    l.lead |= bit;
                }
                if b1 == 0xE0 && (b0 & 0xFE) == 0xA4 {
                    l.second |= bit;
                }
                let c = if b0 < 0x80 {
                    Some(char::from(b0))
                } else if b2 == 0xE0 && (b1 & 0xFE) == 0xA4 {
                    l.third |= bit;
                    char::from_u32(0x0900 + ((u32::from(b1 & 1) << 6) | u32::from(b0 & 0x3F)))
                } else {
                    None
                };
                for k in CLASSES {
                    if c.is_some_and(|c| k.members().any(|m| m == c)) {
                        l.class[k as usize] |= bit;
                    }
                }
            }
            l
        }

        /// [`Lanes::not_plain`] lane by lane from [`Class::plain_after`].
        fn not_plain_by_table(&self) -> u32 {
            let class_at = |j: usize| CLASSES.into_iter().find(|&c| self.of(c) & (1 << j) != 0);
            let mut not_plain = 0;
            for j in 0..32 {
                let Some(c) = class_at(j) else { continue };
                let before = j.checked_sub(c.back() as usize).and_then(class_at);
                if before.is_none_or(|b| c.plain_after() & (1 << b as u16) == 0) {
                    not_plain |= 1 << j;
                }
            }
            not_plain
        }
    }

    /// Pieces of plain text and of its neighbours.
    const PIECES: [&str; 29] = [
        "क", "न", "र", "अ", "इ", "ा", "ि", "ी", "्", "़", "ं", "ँ", "।", " ", " ", "a", "ः",
        "\u{200D}", "॥", "\u{0958}", ",", ".", "|", ":", "1", "\n", "(", "\u{2019}", "२",
    ];

    /// Plain text most of the time: words of consonants and signs between
    /// single spaces, with the pieces above among them.
    const MOSTLY_PLAIN: [&str; 12] = ["क", "ल", "म", "स", "ा", "ी", "े", " ", "क्ष", "ज़", "ने", "हैं"];

    /// Strings of `pieces`, from a fixed seed; in the second half of them,
    /// one piece in eight is from `PIECES`, the rest from `MOSTLY_PLAIN`.
    fn strings(n: usize, len: usize) -> Vec<String> {
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        (0..n)
            .map(|k| {
                let mut s = String::new();
                while s.len() < len {
                    let r = next();
                    let piece = if k < n / 2 || r % 8 == 0 {
                        PIECES[(r / 8 % PIECES.len() as u64) as usize]
                    } else {
                        MOSTLY_PLAIN[(r / 8 % MOSTLY_PLAIN.len() as u64) as usize]
                    };
                    s.push_str(piece);
                }
                s
            })
            .collect()
    }

    /// The vector classification agrees with the one a byte at a time,
    /// and the rules as masks with the table of `plain_after`, on windows
    /// cut from generated strings at every offset.
    #[test]
    fn lanes_agree_with_bytes_and_rules_with_table() {
        for s in strings(500, 80) {
            let b = s.as_bytes();
            for k in 0..b.len() - WINDOW {
                let w: &[u8; WINDOW] = b[k..k + WINDOW].try_into().unwrap();
                let slow = Lanes::of_bytes(w);
                if let Some(fast) = avx2::lanes(w) {
                    assert_eq!(fast, slow, "{s:?} at {k}");
                }
                assert_eq!(
                    slow.not_plain().0,
                    slow.not_plain_by_table(),
                    "{s:?} at {k}"
                );
            }
        }
    }

    /// A run that ends after ASCII: the scan goes on with that character
    /// before it. (A NUKTA after a FULL STOP is out of place; read as if
    /// after the consonant its bytes end with, `त` is `E0 A4 A4`, it would
    /// not be.)
    #[test]
    fn a_run_ending_after_ascii_hands_on_its_last_character() {
        let q = QuickCheck::new(&NormalizeOptions::safe());
        let text = "यह कहानी उन लोगों की है जो रोज़ काम करते हैं बात.\u{093C} और यह कहानी उन लोगों की है";
        let at = text.find(".\u{093C}").unwrap() + 1;
        assert_eq!(q.first_suspect_after(text, 0, '\n'), Some(at));
        assert_eq!(
            q.without_plain_runs().first_suspect_after(text, 0, '\n'),
            Some(at)
        );
    }

    /// With and without plain runs, the scan finds the same first suspect
    /// from every character boundary of generated text, in both profiles.
    #[test]
    fn plain_runs_change_no_answer_of_the_scan() {
        for opts in [NormalizeOptions::safe(), NormalizeOptions::nlp()] {
            let q = QuickCheck::new(&opts);
            let without = q.without_plain_runs();
            for s in strings(400, 200) {
                for from in (0..s.len()).filter(|&i| s.is_char_boundary(i)) {
                    assert_eq!(
                        q.first_suspect_after(&s, from, '\n'),
                        without.first_suspect_after(&s, from, '\n'),
                        "{s:?} from {from}"
                    );
                }
            }
        }
    }

    /// The safe profile has plain runs (where the processor can): plain
    /// Hindi passes a window whole, a DANDA after a SPACE ends it, and a
    /// run ends before the character that is not plain and before the
    /// SPACE in front of it.
    #[test]
    fn plain_hindi_is_stepped_over() {
        let q = QuickCheck::new(&NormalizeOptions::safe());
        let Some(runs) = PlainRuns::new(&q) else {
            return;
        };
        let first_fail = |w: &[u8]| {
            avx2::lanes(w[..WINDOW].try_into().unwrap())
                .unwrap()
                .first_fail()
        };
        let text = "यह कहानी उन लोगों की है जो रोज़ काम करते हैं";
        assert_eq!(first_fail(text.as_bytes()), None);
        // Not from a character boundary: the window starts inside ह.
        assert_eq!(first_fail(&text.as_bytes()[1..]), None);
        // From byte 6: SPACE, कहानी, SPACE and the DANDA's last byte.
        let text = "यह कहानी । उन लोगों की है जो रोज़ काम करते हैं";
        assert_eq!(first_fail(text.as_bytes()), Some(1 + 15 + 1 + 2));
        // The run from byte 6 ends after कहानी, before the SPACE; the next
        // try is past the DANDA's last byte.
        assert_eq!(runs.run_end(text.as_bytes(), 6), (6 + 16, 6 + 19 + 1));
    }
}
