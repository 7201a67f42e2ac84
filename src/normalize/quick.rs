//! The quick check: finds, in one forward scan, the first place where some
//! rule might change the text. It may say "maybe" where nothing changes (the
//! rules then decide), but it never says "clean" where a rule would change
//! something; the property tests compare `normalize` with a run that skips
//! this check.
//!
//! It knows what a general NFC quick check does not: NUKTA composes only
//! after NA, RA and LLA, so ordinary Hindi with ज़ or फ़ is "yes", not "maybe".
//!
//! Performance: the scan works on bytes, matched as slice patterns (no bounds
//! checks in the loop). ASCII is checked through a 128-entry table. A
//! three-byte Devanagari character (`E0 A4 xx`, `E0 A5 xx`) first meets a
//! gate test: one AND of a bit for its own check with the bits its
//! predecessor leaves open (a consonant leaves no bit open for a vowel
//! sign). The tables are derived once per [`Normalizer`](super::Normalizer)
//! from the exact checks, by trying every pair; only the few characters
//! that pass the gate get the exact check. Everything else is decoded and
//! checked one character at a time. Measured on clean Hindi
//! (`benches/normalize.rs`): the gates and slice patterns took the scan from
//! about 1.3-1.5 GB/s to 1.8 GB/s. The loop's speed also moves with code
//! layout: builds of this crate that did not touch it measured 1.4-2.4 GB/s.
//!
//! On real text the loop's branches are mispredicted at word boundaries
//! (0.75 GB/s on HPLT Hindi): there it first steps over plain text 28 bytes
//! at a time where the processor has AVX2 ([`PlainRuns`], `plain.rs`), and
//! reads character by character only around what is not plain.

use super::invisible::is_invisible;
use super::plain::{self, PlainRuns};
use super::space::is_unusual_space;
use super::{
    AbbreviationSignPolicy, CandrabinduPolicy, DigitPolicy, JoinerPolicy, NasalPolicy,
    NormalizeOptions, NuktaPolicy, PunctuationPolicy,
};
use crate::script::*;
use std::ops::ControlFlow;
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized};

/// What a Devanagari code point needs checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Check {
    /// Never a problem on its own.
    Clean,
    /// Always worth a look.
    Always,
    Nukta,
    Virama,
    LetterI,
    Danda,
    VowelSign,
    /// A nasal sign: a tokenizer may have torn it from its letter.
    NasalSign,
}

/// What an ASCII byte needs checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AsciiCheck {
    Clean,
    Always,
    Space,
    Colon,
    /// VERTICAL LINE: a danda only after Devanagari (through spaces).
    Pipe,
}

/// The per-options tables of the scan.
#[derive(Clone, Debug)]
pub(crate) struct QuickCheck {
    options: NormalizeOptions,
    /// The passes the options switch on.
    enabled: u16,
    ascii: [AsciiCheck; 128],
    devanagari: [Check; 128],
    /// For each Devanagari code point: the low byte is the bit of its check
    /// (a [`gate`] bit), the high byte the gate bits of the checks that can
    /// fail after it. `prev`'s high byte AND the current low byte being zero
    /// proves the current character clean, without looking further.
    gates: [u16; 128],
    /// The high byte of [`QuickCheck::gates`] for an ASCII character.
    ascii_gates: [u8; 128],
    /// Typographic hyphens, dashes and quotes are kept (not folded).
    keeps_typographic: bool,
    /// The step over many bytes of plain text at once, where the options
    /// and the processor allow it.
    plain: Option<PlainRuns>,
}

impl Check {
    /// What the Devanagari code point `c` needs checked under the options
    /// `o`.
    fn of_devanagari(c: char, o: &NormalizeOptions) -> Check {
        match c {
            DEVANAGARI_SIGN_NUKTA => Check::Nukta,
            '\u{0958}'..='\u{095F}' if o.nfc => Check::Always, // composition exclusions
            '\u{0951}'..='\u{0954}' if o.nfc || o.do_not_emit => Check::Always,
            DEVANAGARI_SIGN_VIRAMA => Check::Virama,
            DEVANAGARI_LETTER_I if o.do_not_emit => Check::LetterI,
            DEVANAGARI_DANDA if o.danda => Check::Danda,
            DEVANAGARI_SIGN_CANDRABINDU if o.candrabindu == CandrabinduPolicy::ToAnusvara => {
                Check::Always
            }
            DEVANAGARI_SIGN_ANUSVARA if o.nasals == NasalPolicy::ToConsonant => Check::Always,
            DEVANAGARI_ABBREVIATION_SIGN
                if o.abbreviation_sign == AbbreviationSignPolicy::ToFullStop =>
            {
                Check::Always
            }
            '\u{0966}'..='\u{096F}' if o.digits == DigitPolicy::ToAscii => Check::Always,
            _ if is_dependent_vowel_sign(c) => Check::VowelSign,
            _ if is_nasal_sign(c) && o.sign_spaces => Check::NasalSign,
            _ => Check::Clean,
        }
    }

    /// The [`gate`] bit of this check (0: none).
    fn gate(self) -> u8 {
        match self {
            Check::Clean => 0,
            Check::Always => gate::ALWAYS,
            Check::Nukta => gate::NUKTA,
            Check::Virama => gate::VIRAMA,
            Check::LetterI => gate::LETTER_I,
            Check::Danda => gate::DANDA,
            Check::VowelSign => gate::VOWEL_SIGN,
            // (No bit is left: it shares VIRAMA's, which its gate
            // only opens wider.)
            Check::NasalSign => gate::VIRAMA,
        }
    }
}

/// What each ASCII byte needs checked under the options `o`.
fn ascii_checks(o: &NormalizeOptions) -> [AsciiCheck; 128] {
    std::array::from_fn(|b| match b as u8 {
        b'\r' if o.spaces => AsciiCheck::Always,
        b' ' if o.spaces || o.punctuation_spacing => AsciiCheck::Space,
        b'|' if o.danda => AsciiCheck::Pipe,
        b':' if o.visarga => AsciiCheck::Colon,
        b'0'..=b'9' if o.digits == DigitPolicy::ToDevanagari => AsciiCheck::Always,
        _ => AsciiCheck::Clean,
    })
}

/// The passes the options `o` switch on, as a mask of [`need`] bits.
fn enabled_passes(o: &NormalizeOptions) -> u16 {
    let on = |cond: bool, m: u16| if cond { m } else { 0 };
    on(o.spaces, need::SPACES)
        | on(o.invisible, need::INVISIBLE)
        | on(o.joiners != JoinerPolicy::KeepAll, need::JOINERS)
        | on(o.nfc, need::NFC)
        | on(o.mark_order, need::REORDER | need::DEDUPE)
        | on(o.do_not_emit, need::DO_NOT_EMIT)
        | on(o.danda, need::DANDA)
        | on(o.visarga, need::VISARGA)
        | on(o.punctuation_spacing, need::PUNCTUATION_SPACING)
        | on(o.sign_spaces, need::SIGN_SPACES)
        | on(o.split_vowel_signs, need::SPLIT_VOWEL_SIGNS)
        | on(super::nlp::any(o), need::FOLDS)
}

/// Where the fast scan goes on after a character it stepped past.
#[derive(Clone, Copy, Debug)]
struct Resume<'t> {
    /// The bytes after it.
    rest: &'t [u8],
    /// The code point the next character follows.
    prev_cp: u32,
}

/// The bits of the scan's gate test: one per context-dependent check.
mod gate {
    pub const ALWAYS: u8 = 1 << 0;
    pub const NUKTA: u8 = 1 << 1;
    pub const VIRAMA: u8 = 1 << 2;
    pub const LETTER_I: u8 = 1 << 3;
    pub const DANDA: u8 = 1 << 4;
    pub const VOWEL_SIGN: u8 = 1 << 5;
    pub const COLON: u8 = 1 << 6;
    pub const PIPE: u8 = 1 << 7;
    /// What follows a character outside ASCII and Devanagari: every check.
    pub const ALL: u8 = u8::MAX;
}

impl QuickCheck {
    /// The tables of the scan for the options `o`: the check of each ASCII
    /// byte and each Devanagari code point, the passes switched on, and the
    /// gates derived from the exact checks.
    pub(crate) fn new(o: &NormalizeOptions) -> Self {
        let mut devanagari = [Check::Clean; 128];
        for (k, slot) in devanagari.iter_mut().enumerate() {
            let c = char::from_u32(0x0900 + k as u32).unwrap_or('\0');
            *slot = Check::of_devanagari(c, o);
        }
        let mut q = QuickCheck {
            keeps_typographic: o.punctuation != PunctuationPolicy::Ascii,
            options: o.clone(),
            enabled: enabled_passes(o),
            ascii: ascii_checks(o),
            devanagari,
            gates: [0; 128],
            ascii_gates: [0; 128],
            plain: None,
        };
        // The gates, derived from the exact checks by trying every pair.
        let mut gates = [0; 128];
        for ((slot, check), cp) in gates.iter_mut().zip(q.devanagari).zip(0x0900..) {
            let (low, high) = (check.gate(), q.exact_gates_after(cp));
            *slot = u16::from(low) | (u16::from(high) << 8);
        }
        q.gates = gates;
        q.ascii_gates = std::array::from_fn(|b| q.exact_gates_after(b as u32));
        q.plain = PlainRuns::new(&q);
        q
    }

    /// The same scan without plain runs: what the tests compare it with.
    #[cfg(test)]
    pub(super) fn without_plain_runs(&self) -> QuickCheck {
        QuickCheck {
            plain: None,
            ..self.clone()
        }
    }

    /// Whether the scan passes the character `c` (ASCII or Devanagari)
    /// after `p`, and a SPACE `p` before `c`: what [`PlainRuns::new`] asks
    /// of every pair a plain run may hold.
    pub(super) fn passes_pair(&self, p: char, c: char) -> bool {
        let mut buf = [0u8; 4];
        let tail = c.encode_utf8(&mut buf).as_bytes();
        let suspect = match c as u32 {
            b @ 0..=0x7F => self.is_ascii_suspect(b as u8, b"x", self.gates_after(p)),
            cp @ 0x0900..=0x097F => {
                self.devanagari_entry((cp - 0x0900) as usize)
                    .is_none_or(|(g, check)| {
                        (g as u8) & self.gates_after(p) != 0
                            && self.is_devanagari_suspect(check, cp, p as u32)
                    })
            }
            _ => true,
        };
        let space_suspect = p == ' ' && self.is_ascii_suspect(b' ', tail, gate::ALL);
        !suspect && !space_suspect
    }

    /// The gates open after `prev`, found by trying every Devanagari
    /// character after it with the exact check (and the colon and pipe
    /// rules): what [`QuickCheck::gates`] and [`QuickCheck::ascii_gates`]
    /// hold.
    fn exact_gates_after(&self, prev: u32) -> u8 {
        let mut g = gate::ALWAYS;
        for (k, &check) in self.devanagari.iter().enumerate() {
            if self.is_devanagari_suspect(check, 0x0900 + k as u32, prev) {
                g |= check.gate();
            }
        }
        if char::from_u32(prev).is_some_and(is_devanagari_letter_or_mark) {
            g |= gate::COLON;
        }
        // The danda rule looks through whitespace for a Devanagari
        // character before a pipe: spaces, tabs, and a lone CR that rule 1
        // (off) leaves as it is (found by the property tests).
        if char::from_u32(prev)
            .is_some_and(|p| is_devanagari(p) || (p.is_whitespace() && p != '\n'))
        {
            g |= gate::PIPE;
        }
        g
    }

    /// Whether the scan passes the character `c` (ASCII or Devanagari)
    /// whatever stands before it: an ASCII one flagged with every gate
    /// open (so with any), a Devanagari one whose check opens no gate.
    pub(super) fn passes_after_anything(&self, c: char) -> bool {
        match c as u32 {
            b @ 0..=0x7F => !self.is_ascii_suspect(b as u8, b"x", gate::ALL),
            cp @ 0x0900..=0x097F => self
                .gates
                .get((cp - 0x0900) as usize)
                .is_some_and(|&g| g as u8 == 0),
            _ => false,
        }
    }

    /// Returns the byte offset of the first character at or after `from` (a
    /// line start) where a rule might apply, or `None` if the rest is clean.
    ///
    /// The hot path on clean text: a separate loop from [`QuickCheck::passes_needed`]
    /// with yes/no checks that stop at the first true condition, measured
    /// about 1.3x faster on clean Hindi (`benches/normalize.rs`) than the
    /// mask-collecting scan. The property tests compare both with a run of
    /// every pass over every line.
    pub(crate) fn first_suspect(&self, text: &str, from: usize) -> Option<usize> {
        self.first_suspect_after(text, from, '\n')
    }

    /// [`QuickCheck::first_suspect`] when the character before `from` is
    /// `prev` (as the rules will see it), not a line start.
    // Never inlined, so that the loop compiles the same wherever it is
    // called from (inlined, its speed depended on the code around the call
    // site).
    #[inline(never)]
    pub(crate) fn first_suspect_after(&self, text: &str, from: usize, prev: char) -> Option<usize> {
        let bytes = text.as_bytes();
        let mut prev_cp: u32 = prev as u32;
        let mut prev_gates: u8 = self.gates_after(prev);
        let mut rest = bytes.get(from..)?;
        // One Devanagari character `E0 b1 b2`, `tail` after it: most stop at
        // the gate test, the rest get the exact check.
        macro_rules! devanagari_step {
            ($b1:expr, $b2:expr, $tail:expr) => {{
                let k = (usize::from($b1 & 1) << 6) | usize::from($b2 & 0x3F);
                let Some((g, check)) = self.devanagari_entry(k) else {
                    return Some(bytes.len() - rest.len()); // (never)
                };
                let cp = 0x0900 + k as u32;
                if (g as u8) & prev_gates != 0 && self.is_devanagari_suspect(check, cp, prev_cp) {
                    return Some(bytes.len() - rest.len());
                }
                prev_gates = (g >> 8) as u8;
                prev_cp = cp;
                rest = $tail;
            }};
        }
        // Where a plain run may next be tried: once the scan has read the
        // characters before it (the window looks back at them), then after
        // each run that reached its window's end, or past the byte that
        // ended the last one.
        let mut plain_from = (from + 3).max(plain::BEFORE);
        let mut plain_backoff = 0;
        // The slice patterns leave no bounds checks in the loop, nor do the
        // tables read with `get` at seven-bit or ASCII indices (their `None`
        // is compiled away).
        loop {
            if let Some(runs) = self.plain {
                let i = bytes.len() - rest.len();
                if i >= plain_from {
                    let (end, next_try) = runs.run_end(bytes, i);
                    // A try that steps over little is tried again further
                    // on each time, up to 256 bytes on: text that is seldom
                    // plain (another script, quotes every few letters) is
                    // left to the character loop.
                    plain_backoff = if end - i < 16 {
                        (plain_backoff * 2).clamp(8, 256)
                    } else {
                        0
                    };
                    plain_from = next_try + plain_backoff;
                    // The scan goes on after the run's last character.
                    if let Some(last) = text.get(i..end).and_then(|run| run.chars().next_back()) {
                        prev_gates = self.gates_after(last);
                        prev_cp = last as u32;
                        rest = bytes.get(end..).unwrap_or(&[]);
                        continue;
                    }
                }
            }
            match rest {
                [0xE0, b1 @ (0xA4 | 0xA5), b2, tail @ ..] => {
                    devanagari_step!(b1, b2, tail);
                    // Unrolled once: Hindi is mostly runs of Devanagari, and
                    // two characters a turn make the loop less sensitive to
                    // where the compiler places it (`benches/README.md`).
                    if let [0xE0, b1 @ (0xA4 | 0xA5), b2, tail @ ..] = rest {
                        devanagari_step!(b1, b2, tail);
                    }
                }
                // A space before a Devanagari letter (`E0 A4`), the byte
                // between most Hindi words: never suspect itself (see
                // `space_suspect_before_tail`; the letter's own gate test
                // sees the space), so it skips the table's dispatch
                // (measured on real news, `../shared/perf/realtext`:
                // `normalize` from 2.18x to 2.46x ICU4X NFC, one run each).
                [b' ', tail @ ..] if matches!(tail, [0xE0, 0xA4, ..]) => {
                    prev_gates = self.ascii_gates_after(b' ');
                    prev_cp = u32::from(b' ');
                    rest = tail;
                }
                [b, tail @ ..] if *b < 0x80 => {
                    let b = *b;
                    if self.is_ascii_suspect(b, tail, prev_gates) {
                        return Some(bytes.len() - rest.len());
                    }
                    prev_gates = self.ascii_gates_after(b);
                    prev_cp = u32::from(b);
                    rest = tail;
                }
                [] => return None,
                _ => match self.step_past_other(text, rest, prev_cp) {
                    ControlFlow::Continue(resume) => {
                        prev_gates = gate::ALL;
                        prev_cp = resume.prev_cp;
                        rest = resume.rest;
                    }
                    ControlFlow::Break(found) => return found,
                },
            }
        }
    }

    /// Whether the ASCII byte `b` before the bytes `tail` is suspect in the
    /// fast scan, after a character that leaves `prev_gates` open.
    // This and the two steps below are always inlined: the scan's loop is
    // one function, `first_suspect_after`, as it was written before they
    // were named (measured the same, `benches/normalize.rs`).
    #[inline(always)]
    fn is_ascii_suspect(&self, b: u8, tail: &[u8], prev_gates: u8) -> bool {
        match self.ascii.get(usize::from(b)) {
            Some(AsciiCheck::Clean) => false,
            // (A byte past the table, not ASCII: the rules decide.)
            Some(AsciiCheck::Always) | None => true,
            Some(AsciiCheck::Space) => space_suspect_before_tail(tail),
            Some(AsciiCheck::Colon) => prev_gates & gate::COLON != 0,
            Some(AsciiCheck::Pipe) => prev_gates & gate::PIPE != 0,
        }
    }

    /// The fast scan at a character outside ASCII and U+0900..U+097F, the
    /// start of `rest` (the end of `text`), after `prev_cp`: where it goes
    /// on if the character is clean, else (`Break`) what the scan returns,
    /// its offset.
    #[inline(always)]
    fn step_past_other<'t>(
        &self,
        text: &'t str,
        rest: &'t [u8],
        prev_cp: u32,
    ) -> ControlFlow<Option<usize>, Resume<'t>> {
        // Two cases told from their bytes: REPLACEMENT CHARACTER, what lossy
        // decoding leaves of broken bytes, and (unless folded to ASCII) the
        // hyphens, dashes and quotes U+2010..U+201F of news text. Neither is
        // ever suspect.
        match rest {
            [0xEF, 0xBF, 0xBD, tail @ ..] => {
                return ControlFlow::Continue(Resume {
                    rest: tail,
                    prev_cp: 0xFFFD,
                });
            }
            [0xE2, 0x80, b2 @ 0x90..=0x9F, tail @ ..] if self.keeps_typographic => {
                return ControlFlow::Continue(Resume {
                    rest: tail,
                    prev_cp: 0x2000 + u32::from(b2 & 0x3F),
                });
            }
            _ => {}
        }
        // Any other character: decode it.
        let i = text.len() - rest.len();
        let here = text.get(i..).unwrap_or_default();
        let Some(c) = here.chars().next() else {
            return ControlFlow::Break(Some(i));
        };
        if is_joiner(c) && self.options.joiners != JoinerPolicy::KeepAll {
            return self.step_past_joiners(here, i, c, rest, prev_cp);
        }
        if self.is_other_suspect(c, prev_cp) {
            return ControlFlow::Break(Some(i));
        }
        match rest.get(c.len_utf8()..) {
            Some(tail) => ControlFlow::Continue(Resume {
                rest: tail,
                prev_cp: c as u32,
            }),
            None => ControlFlow::Break(None),
        }
    }

    /// [`QuickCheck::step_past_other`] at a run of joiners (at `i`, the
    /// start of `rest` and of `here`, the text from it; `first` is its first
    /// joiner), looked at once, whole: the joiner rule touches only runs
    /// next to Devanagari, and under the contextual policy keeps one joiner
    /// after VIRAMA.
    #[inline(always)]
    fn step_past_joiners<'t>(
        &self,
        here: &str,
        i: usize,
        first: char,
        rest: &'t [u8],
        prev_cp: u32,
    ) -> ControlFlow<Option<usize>, Resume<'t>> {
        let after = here.trim_start_matches(is_joiner);
        let run = here.len() - after.len();
        let next = after.chars().next();
        let prev = char::from_u32(prev_cp);
        let touches = prev.is_some_and(is_devanagari) || next.is_some_and(is_devanagari);
        let kept_after_virama = self.options.joiners == JoinerPolicy::Contextual
            && prev == Some(DEVANAGARI_SIGN_VIRAMA)
            && run == first.len_utf8();
        if touches && !kept_after_virama {
            return ControlFlow::Break(Some(i));
        }
        let last = here
            .get(..run)
            .and_then(|joiners| joiners.chars().next_back())
            .unwrap_or(first);
        match rest.get(run..) {
            Some(tail) => ControlFlow::Continue(Resume {
                rest: tail,
                prev_cp: last as u32,
            }),
            None => ControlFlow::Break(None),
        }
    }

    /// The gates open after `c`: what the checks of the next character must
    /// look at.
    fn gates_after(&self, c: char) -> u8 {
        match c as u32 {
            b @ 0..=0x7F => self.ascii_gates_after(b as u8),
            cp @ 0x0900..=0x097F => self
                .gates
                .get((cp - 0x0900) as usize)
                .map_or(gate::ALL, |&g| (g >> 8) as u8),
            _ => gate::ALL,
        }
    }

    /// The gates open after the ASCII byte `b` (every gate after a byte
    /// past the table, not ASCII).
    #[inline(always)]
    fn ascii_gates_after(&self, b: u8) -> u8 {
        self.ascii_gates
            .get(usize::from(b))
            .copied()
            .unwrap_or(gate::ALL)
    }

    /// The gates and the check of the Devanagari code point U+0900 + `k`:
    /// `None` past the tables' 128 entries (never for a `k` of seven bits,
    /// as one read from UTF-8 is).
    #[inline(always)]
    fn devanagari_entry(&self, k: usize) -> Option<(u16, Check)> {
        Some((*self.gates.get(k)?, *self.devanagari.get(k)?))
    }

    /// Whether a Devanagari code point `cp` with check `check` is suspect
    /// after `prev`: some pass the options switch on may act on it
    /// ([`QuickCheck::devanagari_suspect`], the one home of these checks).
    #[inline]
    fn is_devanagari_suspect(&self, check: Check, cp: u32, prev: u32) -> bool {
        self.devanagari_suspect(check, cp, prev) & self.enabled != 0
    }

    /// Whether `b` is an ASCII byte no rule looks at, whatever stands
    /// around it.
    #[inline]
    pub(crate) fn is_clean_ascii(&self, b: u8) -> bool {
        self.ascii.get(usize::from(b)) == Some(&AsciiCheck::Clean)
    }

    /// Whether a character outside ASCII and U+0900..U+097F is suspect:
    /// some pass the options switch on may act on it
    /// ([`QuickCheck::other_suspect`], the one home of these checks).
    // Kept out of the scan loop, which it would make bigger (and slower on
    // Devanagari) if inlined.
    #[inline(never)]
    fn is_other_suspect(&self, c: char, prev: u32) -> bool {
        self.other_suspect(c, prev) & self.enabled != 0
    }

    /// The passes that might change `text` (a line), as a mask of
    /// [`need`] bits; 0 when it is clean.
    pub(crate) fn passes_needed(&self, text: &str) -> u16 {
        let mask = self.scan(text);
        // Marks moved or joined can make a split vowel sign or a "do not
        // emit" sequence the scan did not see (`अॅंा`: the ANUSVARA moves,
        // CANDRA E + AA becomes CANDRA O, then A + CANDRA O is LETTER CANDRA
        // O): those passes run in the same round, in their order, as in the
        // run of every pass (found by the property tests).
        if mask & (need::REORDER | need::SIGN_SPACES) != 0 {
            (mask | need::REORDER | need::SPLIT_VOWEL_SIGNS | need::DO_NOT_EMIT | need::DEDUPE)
                & self.enabled
        } else {
            mask
        }
    }

    /// The scan of a suspect line: goes to the end, collecting the passes
    /// needed (a mask of [`need`] bits).
    fn scan(&self, text: &str) -> u16 {
        let bytes = text.as_bytes();
        let mut prev: u32 = '\n' as u32;
        let mut i = 0;
        let mut mask = 0u16;
        while let Some(&b) = bytes.get(i) {
            if b < 0x80 {
                mask |= self.ascii_need(b, bytes, i, prev);
                prev = b as u32;
                i += 1;
                continue;
            }
            if b == 0xE0 {
                if let Some(k) = devanagari_offset(bytes, i) {
                    let cp = 0x0900 + k as u32;
                    mask |= match self.devanagari.get(k) {
                        Some(Check::Clean) => 0,
                        Some(&check) => self.devanagari_suspect(check, cp, prev) & self.enabled,
                        // (Past the table: never, `k` has seven bits.)
                        None => self.enabled,
                    };
                    prev = cp;
                    i += 3;
                    continue;
                }
            }
            // Any other character: decode it.
            let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
                mask |= self.enabled;
                break;
            };
            mask |= self.other_need(c, prev);
            // What an earlier pass removes is not what the character after
            // it follows: it is checked against the one before, as the
            // later passes will see them.
            if !self.is_removed_early(c, prev) {
                prev = c as u32;
            }
            i += c.len_utf8();
        }
        mask
    }

    /// The passes the ASCII byte `b` at `i` of `bytes` may need after
    /// `prev`.
    #[inline]
    fn ascii_need(&self, b: u8, bytes: &[u8], i: usize, prev: u32) -> u16 {
        match self.ascii.get(usize::from(b)) {
            Some(AsciiCheck::Clean) => 0,
            // (A byte past the table, not ASCII, needs every pass.)
            Some(AsciiCheck::Always | AsciiCheck::Pipe) | None => ascii_byte_need(b) & self.enabled,
            Some(AsciiCheck::Space) => space_need_before(bytes, i + 1) & self.enabled,
            Some(AsciiCheck::Colon) => {
                if char::from_u32(prev).is_some_and(is_devanagari_letter_or_mark) {
                    need::VISARGA
                } else {
                    0
                }
            }
        }
    }

    /// The passes a decoded character `c` outside ASCII and
    /// U+0900..U+097F may need after `prev`: the invisible pass for an
    /// invisible character it removes, else what
    /// [`QuickCheck::other_suspect`] says.
    fn other_need(&self, c: char, prev: u32) -> u16 {
        if is_invisible(c) && self.enabled & need::INVISIBLE != 0 {
            need::INVISIBLE
        } else {
            self.other_suspect(c, prev) & self.enabled
        }
    }

    /// Whether a pass removes `c` (after `prev`) before the passes that
    /// read what stands around it: an invisible character the invisible
    /// pass removes, or a joiner the joiner pass removes (one before a
    /// Devanagari character always is; ANUSVARA + ZWJ + a vowel sign then
    /// needs the reordering of ANUSVARA + the vowel sign).
    fn is_removed_early(&self, c: char, prev: u32) -> bool {
        let invisible_removed = is_invisible(c) && self.enabled & need::INVISIBLE != 0;
        let joiner_removed = is_joiner(c)
            && match self.options.joiners {
                JoinerPolicy::KeepAll => false,
                JoinerPolicy::Contextual => prev != DEVANAGARI_SIGN_VIRAMA as u32,
                JoinerPolicy::StripAll => true,
            };
        invisible_removed || joiner_removed
    }

    /// The passes a Devanagari code point `cp` with check `check` may need
    /// after `prev` (0: none).
    #[inline]
    fn devanagari_suspect(&self, check: Check, cp: u32, prev: u32) -> u16 {
        let o = &self.options;
        let p = char::from_u32(prev).unwrap_or('\0');
        let on = |cond: bool, m: u16| if cond { m } else { 0 };
        match check {
            Check::Clean => 0,
            Check::Always => match cp {
                // A precomposed letter with NUKTA: NFC decomposes it, and for
                // a borrowed sound the NUKTA fold then strips the NUKTA. Both
                // run in the first round, as in the run of every pass (found
                // by the fuzz target with every option).
                0x0958..=0x095B | 0x095E => {
                    need::NFC | on(o.nukta == NuktaPolicy::StripBorrowed, need::FOLDS)
                }
                0x0958..=0x095F => need::NFC,
                0x0951..=0x0954 => need::NFC | need::DO_NOT_EMIT,
                // A nasal sign the folds read (CANDRABINDU to ANUSVARA,
                // ANUSVARA to the class nasal) may still have been torn
                // from its letter (`क ं`; found by a fuzz run with the
                // folds on).
                _ => {
                    need::FOLDS
                        | on(
                            char::from_u32(cp).is_some_and(is_nasal_sign)
                                && is_space_before_sign(p),
                            need::SIGN_SPACES,
                        )
                }
            },
            Check::Nukta => {
                let composes = matches!(
                    p,
                    DEVANAGARI_LETTER_NA | DEVANAGARI_LETTER_RA | DEVANAGARI_LETTER_LLA
                );
                // (The fold looks through the marks NFC puts before NUKTA,
                // classes 1 to 6, for its letter: after one, it may act.)
                let borrowed = is_borrowed_sound_consonant(p)
                    || (1..=6).contains(&canonical_combining_class(p));
                // After anything but a consonant (a vowel sign, VIRAMA, another
                // NUKTA, a mark of higher combining class) it is out of place.
                // NFC changes the text here only after a mark of a class
                // other than 0 and 7: it moves the NUKTA before a higher
                // class, and a lower one does not block its composing with
                // NA, RA or LLA before that mark (found in review).
                on(composes || nfc_may_act_on_nukta_after(p), need::NFC)
                    | on(!is_consonant(p), need::REORDER | need::DEDUPE)
                    | on(
                        o.nukta == NuktaPolicy::StripBorrowed && borrowed,
                        need::FOLDS,
                    )
                    | on(is_space_before_sign(p), need::SIGN_SPACES)
            }
            Check::Virama => {
                on(p == DEVANAGARI_SIGN_VIRAMA, need::DEDUPE)
                    | on(combining_class_above_virama(p), need::NFC)
                    | on(
                        o.nasals == NasalPolicy::ToAnusvara && is_class_nasal(p),
                        need::FOLDS,
                    )
                    | on(is_space_before_sign(p), need::SIGN_SPACES)
            }
            Check::NasalSign => on(is_space_before_sign(p), need::SIGN_SPACES),
            Check::LetterI => on(p == DEVANAGARI_SIGN_VIRAMA, need::DO_NOT_EMIT),
            Check::Danda => on(p == DEVANAGARI_DANDA, need::DANDA),
            Check::VowelSign => {
                on(prev == cp, need::DEDUPE)
                    | on(
                        is_nasal_sign(p),
                        need::REORDER | need::DO_NOT_EMIT | need::DEDUPE,
                    )
                    | on(
                        p == DEVANAGARI_SIGN_VIRAMA || is_joiner(p) || is_independent_vowel(p),
                        need::DO_NOT_EMIT | need::DEDUPE,
                    )
                    | on(is_space_before_sign(p), need::SIGN_SPACES)
                    | on(
                        char::from_u32(cp).is_some_and(|c| super::marks::is_split_vowel_sign(p, c)),
                        need::SPLIT_VOWEL_SIGNS | need::DO_NOT_EMIT,
                    )
            }
        }
    }

    /// The passes a character outside ASCII and U+0900..U+097F may need.
    fn other_suspect(&self, c: char, prev: u32) -> u16 {
        let o = &self.options;
        match c {
            ZERO_WIDTH_JOINER | ZERO_WIDTH_NON_JOINER => match o.joiners {
                JoinerPolicy::KeepAll => 0,
                JoinerPolicy::Contextual if prev == DEVANAGARI_SIGN_VIRAMA as u32 => 0,
                _ => need::JOINERS | need::DO_NOT_EMIT | need::DEDUPE | need::NFC,
            },
            // Removing these can join what they separated: spaces, marks.
            _ if is_invisible(c) => need::ALL,
            _ if is_unusual_space(c) => {
                let nfc = if crate::script::has_nfc_boundary_before(c) {
                    0
                } else {
                    need::NFC
                };
                need::SPACES | need::PUNCTUATION_SPACING | need::DANDA | nfc
            }
            _ if o.punctuation == PunctuationPolicy::Ascii
                && super::nlp::ascii_punctuation(c).is_some() =>
            {
                need::FOLDS
            }
            // NFC quick check and canonical order.
            _ => {
                if crate::script::has_nfc_boundary_before(c) {
                    return 0;
                }
                if !nfc_yes(c) {
                    return need::NFC | need::REORDER | need::DO_NOT_EMIT | need::DEDUPE;
                }
                let k = canonical_combining_class(c);
                if k != 0 && char::from_u32(prev).is_some_and(|p| canonical_combining_class(p) > k)
                {
                    need::NFC
                } else {
                    0
                }
            }
        }
    }
}

/// A space before a sign that a tokenizer may have torn from its letter:
/// SPACE, or an unusual space that rule 1 makes one.
#[inline]
fn is_space_before_sign(p: char) -> bool {
    p == ' ' || is_unusual_space(p)
}

/// The passes, as bits of a mask.
pub(crate) mod need {
    pub const SPACES: u16 = 1 << 0;
    pub const INVISIBLE: u16 = 1 << 1;
    pub const JOINERS: u16 = 1 << 2;
    pub const NFC: u16 = 1 << 3;
    pub const REORDER: u16 = 1 << 4;
    pub const DO_NOT_EMIT: u16 = 1 << 5;
    pub const DEDUPE: u16 = 1 << 6;
    pub const DANDA: u16 = 1 << 7;
    pub const VISARGA: u16 = 1 << 8;
    pub const PUNCTUATION_SPACING: u16 = 1 << 9;
    pub const FOLDS: u16 = 1 << 10;
    pub const SIGN_SPACES: u16 = 1 << 11;
    pub const SPLIT_VOWEL_SIGNS: u16 = 1 << 12;
    pub const ALL: u16 = (1 << 13) - 1;
}

/// The passes an ASCII byte flagged `Always` (or `Pipe`) needs.
fn ascii_byte_need(b: u8) -> u16 {
    match b {
        b'\r' => need::SPACES | need::PUNCTUATION_SPACING | need::DANDA | need::VISARGA,
        b'|' => need::DANDA | need::PUNCTUATION_SPACING,
        b'0'..=b'9' => need::FOLDS,
        _ => need::ALL,
    }
}

/// The offset from U+0900 of the Devanagari character whose UTF-8 starts at
/// `i` (`E0 A4 80..BF` is U+0900..U+093F, `E0 A5 80..BF` U+0940..U+097F), or
/// `None` for anything else. Shared by both scans.
#[inline]
fn devanagari_offset(bytes: &[u8], i: usize) -> Option<usize> {
    match (bytes.get(i + 1), bytes.get(i + 2)) {
        (Some(&b1 @ (0xA4 | 0xA5)), Some(&b2)) => {
            Some((usize::from(b1 & 1) << 6) | usize::from(b2 & 0x3F))
        }
        _ => None,
    }
}

/// Whether NFC may change a NUKTA that follows `c`: `c` is a mark of a
/// canonical combining class other than 0 (which blocks) and NUKTA's 7
/// (which neither moves nor lets through). Above 7 (VIRAMA, the stress
/// signs, most marks) NFC puts the NUKTA first; below (the overlays
/// U+0334..U+0338, Vedic tone marks of class 1) it lets the NUKTA compose
/// with a NA, RA or LLA before `c`.
fn nfc_may_act_on_nukta_after(c: char) -> bool {
    match c {
        DEVANAGARI_SIGN_VIRAMA | '\u{0951}'..='\u{0954}' => true,
        '\u{0000}'..='\u{02FF}' | '\u{0900}'..='\u{097F}' => false,
        _ => !matches!(canonical_combining_class(c), 0 | 7),
    }
}

/// Whether a character has a canonical combining class above VIRAMA's (9),
/// so that a VIRAMA after it would be reordered by NFC.
#[inline]
fn combining_class_above_virama(c: char) -> bool {
    match c {
        '\u{0951}'..='\u{0954}' => true, // STRESS SIGN UDATTA ..= ACUTE ACCENT
        '\u{0000}'..='\u{02FF}' | '\u{0900}'..='\u{097F}' => false,
        _ => canonical_combining_class(c) > 9,
    }
}

/// The passes a SPACE followed by the bytes at `j` may need (the mask form
/// of [`space_suspect_before`]).
#[inline]
fn space_need_before(bytes: &[u8], j: usize) -> u16 {
    match bytes.get(j) {
        None | Some(b' ' | b'\n' | b'\r') => need::SPACES | need::PUNCTUATION_SPACING,
        Some(b',' | b'?' | b'!' | b'.') => need::PUNCTUATION_SPACING,
        Some(b'|') => need::PUNCTUATION_SPACING | need::DANDA,
        Some(&n) if n >= 0xC2 && starts_space_danda_or_invisible(bytes, j) => {
            need::SPACES | need::PUNCTUATION_SPACING | need::INVISIBLE | need::JOINERS
        }
        _ => 0,
    }
}

/// Whether a SPACE followed by the bytes at `j` may need a rule: the end of
/// the text, another space or a line break, sentence punctuation, a pipe, a
/// danda, an unusual space or an invisible character.
#[inline]
pub(crate) fn space_suspect_before(bytes: &[u8], j: usize) -> bool {
    match bytes.get(j) {
        None => true,
        Some(&n) => {
            matches!(n, b' ' | b'\n' | b'\r' | b',' | b'?' | b'!' | b'.' | b'|')
                || (n >= 0xC2 && starts_space_danda_or_invisible(bytes, j))
        }
    }
}

/// [`space_suspect_before`] for the bytes `tail` after a SPACE, with a
/// fast case for a Devanagari letter (the common case).
#[inline(always)]
fn space_suspect_before_tail(tail: &[u8]) -> bool {
    match tail {
        [] => true,
        // A Devanagari letter, the common case.
        [0xE0, 0xA4, ..] => false,
        [n, ..] => {
            matches!(n, b' ' | b'\n' | b'\r' | b',' | b'?' | b'!' | b'.' | b'|')
                || (*n >= 0xC2 && starts_space_danda_or_invisible(tail, 0))
        }
    }
}

/// Whether the bytes at `j` start a DANDA, DOUBLE DANDA, an unusual space, an
/// invisible character or a joiner (all of which a preceding space may need
/// to see).
#[inline]
fn starts_space_danda_or_invisible(bytes: &[u8], j: usize) -> bool {
    let b = |k: usize| bytes.get(j + k).copied().unwrap_or(0);
    match b(0) {
        0xC2 => matches!(b(1), 0xA0 | 0xAD), // NO-BREAK SPACE, SOFT HYPHEN
        0xE0 => b(1) == 0xA5 && matches!(b(2), 0xA4 | 0xA5), // DANDA, DOUBLE DANDA
        // U+2000..U+200F, U+202F, U+205F, U+2060
        0xE2 => {
            (b(1) == 0x80 && (b(2) <= 0x8F || b(2) == 0xAF))
                || (b(1) == 0x81 && matches!(b(2), 0x9F | 0xA0))
        }
        0xE3 => b(1) == 0x80 && b(2) == 0x80, // IDEOGRAPHIC SPACE
        0xEF => b(1) == 0xBB && b(2) == 0xBF, // ZERO WIDTH NO-BREAK SPACE
        _ => false,
    }
}

/// Whether `c` passes the NFC quick check on its own.
#[inline]
fn nfc_yes(c: char) -> bool {
    is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The trigger sets: for every code point of the blocks the rules read,
    /// in the contexts they read it in, when some rule changes the text
    /// the quick check flags it (and when the quick check passes a text, the
    /// rules leave it alone), in both profiles. The rules decide by
    /// running every pass over the line.
    #[test]
    fn quick_check_flags_whatever_a_rule_acts_on() {
        let contexts = ["क", "कि", " ", "्", "|", ":", "a", "\u{200D}", "।"];
        for opts in [NormalizeOptions::safe(), NormalizeOptions::nlp()] {
            let n = super::super::Normalizer::new(opts.clone());
            let q = QuickCheck::new(&opts);
            let mut acted = 0;
            for cp in (0u32..0x3100).chain(0xFE00..0xFF00) {
                let Some(c) = char::from_u32(cp) else {
                    continue;
                };
                for before in contexts {
                    for after in ["", "क", " "] {
                        let text = format!("{before}{c}{after}");
                        if n.normalize_every_line(&text) != text {
                            acted += 1;
                            assert!(
                                q.first_suspect(&text, 0).is_some(),
                                "U+{cp:04X} in {text:?} changes, but is not flagged"
                            );
                        }
                    }
                }
            }
            assert!(acted > 1000, "{acted}");
        }
    }

    /// The forms of the space check agree (the yes/no form, the fast scan's
    /// and the mask form): a SPACE is suspect before exactly what it may
    /// need a pass before.
    #[test]
    fn space_check_forms_agree() {
        let nexts = std::iter::once(String::new()).chain(
            (0..=0x10FFFFu32)
                .filter_map(char::from_u32)
                .map(String::from),
        );
        for next in nexts {
            let text = format!(" {next}");
            let bytes = text.as_bytes();
            let suspect = space_suspect_before(bytes, 1);
            assert_eq!(suspect, space_need_before(bytes, 1) != 0, "{next:?}");
            assert_eq!(suspect, space_suspect_before_tail(&bytes[1..]), "{next:?}");
        }
    }

    /// The gate test is only a shortcut: for every predecessor and every
    /// Devanagari character, the scan says what the exact check says.
    #[test]
    fn gates_agree_with_the_exact_checks() {
        let prevs = (0u32..0x80)
            .chain(0x0900..0x0980)
            .chain([0x200C, 0x200D, 0x1CD0, 0xA8E0, 0x0E01, 0x0301]);
        for opts in [NormalizeOptions::safe(), NormalizeOptions::nlp()] {
            let q = QuickCheck::new(&opts);
            for prev in prevs.clone().filter_map(char::from_u32) {
                for k in 0..128usize {
                    let cp = 0x0900 + k as u32;
                    let cur = char::from_u32(cp).unwrap().to_string();
                    let exact = q.is_devanagari_suspect(q.devanagari[k], cp, prev as u32);
                    let scan = q.first_suspect_after(&cur, 0, prev).is_some();
                    assert_eq!(scan, exact, "{:04X} after {:04X}", cp, prev as u32);
                }
                // After a character outside ASCII and U+0900..U+097F every
                // gate is open: a colon there may be a visarga, the passes
                // decide.
                let colon = q.first_suspect_after(":", 0, prev).is_some();
                let exact = is_devanagari_letter_or_mark(prev) && opts.visarga;
                if prev.is_ascii() || ('\u{0900}'..='\u{097F}').contains(&prev) {
                    assert_eq!(colon, exact, "colon after {:04X}", prev as u32);
                } else {
                    assert!(colon || !exact, "colon after {:04X}", prev as u32);
                }
                // A pipe: after Devanagari, or whitespace that may follow
                // it (a line feed starts a line).
                let pipe = q.first_suspect_after("|", 0, prev).is_some();
                let exact =
                    opts.danda && (is_devanagari(prev) || (prev.is_whitespace() && prev != '\n'));
                if prev.is_ascii() || ('\u{0900}'..='\u{097F}').contains(&prev) {
                    assert_eq!(pipe, exact, "pipe after {:04X}", prev as u32);
                } else {
                    assert!(pipe || !exact, "pipe after {:04X}", prev as u32);
                }
            }
        }
    }
}
