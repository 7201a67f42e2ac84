//! The quick check: finds, in one forward scan, the first place where some
//! rule might change the text. It may say "maybe" where nothing changes (the
//! rules then decide), but it never says "clean" where a rule would change
//! something; the property tests compare `normalize` with a run that skips
//! this check.
//!
//! It knows what a general NFC quick check does not: NUKTA composes only
//! after NA, RA and LLA, so ordinary Hindi with ज़ or फ़ is "yes", not "maybe".
//!
//! Performance: the scan works on bytes. ASCII is checked through a 128-entry
//! table, and the three-byte Devanagari characters (`E0 A4 xx`, `E0 A5 xx`)
//! through a 128-entry table of what each code point needs from its
//! predecessor, built once per [`Normalizer`](super::Normalizer). Everything
//! else is decoded and checked one character at a time. See
//! `benches/normalize.rs`.

use super::invisible::is_invisible;
use super::space::is_unusual_space;
use super::{
    AbbreviationSignPolicy, CandrabinduPolicy, DigitPolicy, JoinerPolicy, NasalPolicy,
    NormalizeOptions, NuktaPolicy, PunctuationPolicy,
};
use crate::script::*;
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
}

/// What an ASCII byte needs checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AsciiCheck {
    Clean,
    Always,
    Space,
    Colon,
}

/// What the scan remembers of the previous character, as bits, so the checks
/// of the next one are a mask test rather than a chain of comparisons.
mod prev {
    pub const NASAL_SIGN: u16 = 1 << 0;
    pub const VIRAMA: u16 = 1 << 1;
    pub const INDEPENDENT_VOWEL: u16 = 1 << 2;
    pub const CONSONANT: u16 = 1 << 3;
    /// NA, RA, LLA: NUKTA composes with them.
    pub const NUKTA_COMPOSES: u16 = 1 << 4;
    /// KA, KHA, GA, JA, JHA, PHA: NUKTA marks a borrowed sound.
    pub const BORROWED_SOUND: u16 = 1 << 5;
    pub const CLASS_NASAL: u16 = 1 << 6;
    pub const DANDA: u16 = 1 << 7;
    /// A Devanagari letter or sign (a colon after it may be a visarga).
    pub const WORD: u16 = 1 << 8;
    /// Canonical combining class above VIRAMA's.
    pub const ABOVE_VIRAMA: u16 = 1 << 9;
    pub const JOINER: u16 = 1 << 10;
}

/// The bits of `prev` for a character.
fn prev_bits(c: char) -> u16 {
    let on = |cond: bool, m: u16| if cond { m } else { 0 };
    on(is_nasal_sign(c), prev::NASAL_SIGN)
        | on(c == DEVANAGARI_SIGN_VIRAMA, prev::VIRAMA)
        | on(is_independent_vowel(c), prev::INDEPENDENT_VOWEL)
        | on(is_consonant(c), prev::CONSONANT)
        | on(
            matches!(
                c,
                DEVANAGARI_LETTER_NA | DEVANAGARI_LETTER_RA | DEVANAGARI_LETTER_LLA
            ),
            prev::NUKTA_COMPOSES,
        )
        | on(
            matches!(
                c,
                DEVANAGARI_LETTER_KA
                    | DEVANAGARI_LETTER_KHA
                    | DEVANAGARI_LETTER_GA
                    | DEVANAGARI_LETTER_JA
                    | DEVANAGARI_LETTER_JHA
                    | DEVANAGARI_LETTER_PHA
            ),
            prev::BORROWED_SOUND,
        )
        | on(is_class_nasal(c), prev::CLASS_NASAL)
        | on(c == DEVANAGARI_DANDA, prev::DANDA)
        | on(is_devanagari_letter_or_mark(c), prev::WORD)
        | on(combining_class_above_virama(c), prev::ABOVE_VIRAMA)
        | on(is_joiner(c), prev::JOINER)
}

/// The per-options tables of the scan.
#[derive(Clone, Debug)]
pub(crate) struct QuickCheck {
    options: NormalizeOptions,
    /// The passes the options switch on.
    enabled: u16,
    ascii: [AsciiCheck; 128],
    devanagari: [Check; 128],
    /// `prev_bits` of U+0900..U+097F.
    devanagari_prev: [u16; 128],
}

impl QuickCheck {
    pub(crate) fn new(o: &NormalizeOptions) -> Self {
        let mut ascii = [AsciiCheck::Clean; 128];
        if o.spaces {
            ascii[b'\r' as usize] = AsciiCheck::Always;
        }
        if o.spaces || o.punctuation_spacing {
            ascii[b' ' as usize] = AsciiCheck::Space;
        }
        if o.danda {
            ascii[b'|' as usize] = AsciiCheck::Always;
        }
        if o.visarga {
            ascii[b':' as usize] = AsciiCheck::Colon;
        }
        if o.digits == DigitPolicy::ToDevanagari {
            for d in b'0'..=b'9' {
                ascii[d as usize] = AsciiCheck::Always;
            }
        }
        let mut devanagari = [Check::Clean; 128];
        for (k, slot) in devanagari.iter_mut().enumerate() {
            let c = char::from_u32(0x0900 + k as u32).unwrap_or('\0');
            *slot = match c {
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
                    if o.abbreviation_sign != AbbreviationSignPolicy::Keep =>
                {
                    Check::Always
                }
                '\u{0966}'..='\u{096F}' if o.digits == DigitPolicy::ToAscii => Check::Always,
                _ if is_dependent_vowel_sign(c) => Check::VowelSign,
                _ => Check::Clean,
            };
        }
        let on = |cond: bool, m: u16| if cond { m } else { 0 };
        let enabled = on(o.spaces, need::SPACES)
            | on(o.invisible, need::INVISIBLE)
            | on(o.joiners != JoinerPolicy::KeepAll, need::JOINERS)
            | on(o.nfc, need::NFC)
            | on(o.mark_order, need::REORDER | need::DEDUPE)
            | on(o.do_not_emit, need::DO_NOT_EMIT)
            | on(o.danda, need::DANDA)
            | on(o.visarga, need::VISARGA)
            | on(o.punctuation_spacing, need::PUNCTUATION_SPACING)
            | on(super::nlp::any(o), need::FOLDS);
        let mut devanagari_prev = [0u16; 128];
        for (k, slot) in devanagari_prev.iter_mut().enumerate() {
            *slot = char::from_u32(0x0900 + k as u32).map_or(0, prev_bits);
        }
        QuickCheck {
            options: o.clone(),
            enabled,
            ascii,
            devanagari,
            devanagari_prev,
        }
    }

    /// Returns the byte offset of the first character at or after `from` (a
    /// line start) where a rule might apply, or `None` if the rest is clean.
    pub(crate) fn first_suspect(&self, text: &str, from: usize) -> Option<usize> {
        self.scan(text, from, true).0
    }

    /// The passes that might change `text` (a line), as a mask of
    /// [`need`] bits; 0 when it is clean.
    pub(crate) fn passes_needed(&self, text: &str) -> u16 {
        self.scan(text, 0, false).1
    }

    /// The scan: with `stop`, returns at the first suspect character;
    /// otherwise goes to the end, collecting the passes needed.
    fn scan(&self, text: &str, from: usize, stop: bool) -> (Option<usize>, u16) {
        let bytes = text.as_bytes();
        let mut prev: u32 = '\n' as u32;
        let mut prev_class: u16 = 0;
        let mut i = from;
        let mut first = None;
        let mut mask = 0u16;
        macro_rules! flag {
            ($m:expr) => {{
                let m: u16 = $m;
                if m != 0 {
                    if first.is_none() {
                        first = Some(i);
                    }
                    mask |= m;
                    if stop {
                        return (first, mask);
                    }
                }
            }};
        }
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                match self.ascii[b as usize] {
                    AsciiCheck::Clean => {}
                    AsciiCheck::Always => flag!(ascii_need(b) & self.enabled),
                    AsciiCheck::Space => {
                        let m = match bytes.get(i + 1) {
                            None | Some(b' ' | b'\n' | b'\r') => {
                                need::SPACES | need::PUNCTUATION_SPACING
                            }
                            Some(b',' | b'?' | b'!' | b'.') => need::PUNCTUATION_SPACING,
                            Some(b'|') => need::PUNCTUATION_SPACING | need::DANDA,
                            Some(&n)
                                if n >= 0xC2 && starts_space_danda_or_invisible(bytes, i + 1) =>
                            {
                                need::SPACES
                                    | need::PUNCTUATION_SPACING
                                    | need::INVISIBLE
                                    | need::JOINERS
                            }
                            _ => 0,
                        };
                        flag!(m & self.enabled);
                    }
                    AsciiCheck::Colon => {
                        if prev_class & prev::WORD != 0 {
                            flag!(need::VISARGA);
                        }
                    }
                }
                prev = b as u32;
                prev_class = 0;
                i += 1;
                continue;
            }
            if b == 0xE0 {
                if let (Some(&b1), Some(&b2)) = (bytes.get(i + 1), bytes.get(i + 2)) {
                    if b1 == 0xA4 || b1 == 0xA5 {
                        // U+0900..U+097F: E0 A4 80..BF and E0 A5 80..BF
                        let k = (usize::from(b1 & 1) << 6) | usize::from(b2 & 0x3F);
                        let cp = 0x0900 + k as u32;
                        let check = self.devanagari[k];
                        if check != Check::Clean {
                            flag!(
                                self.devanagari_suspect(check, cp, prev, prev_class) & self.enabled
                            );
                        }
                        prev = cp;
                        prev_class = self.devanagari_prev[k];
                        i += 3;
                        continue;
                    }
                }
            }
            // Any other character: decode it.
            let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
                flag!(self.enabled);
                break;
            };
            flag!(self.other_suspect(c, prev) & self.enabled);
            prev = c as u32;
            prev_class = prev_bits(c);
            i += c.len_utf8();
        }
        (first, mask)
    }

    /// The passes a Devanagari code point `cp` with check `check` may need
    /// after `prev` (0: none).
    #[inline]
    fn devanagari_suspect(&self, check: Check, cp: u32, prev: u32, class: u16) -> u16 {
        let o = &self.options;
        let on = |cond: bool, m: u16| if cond { m } else { 0 };
        match check {
            Check::Clean => 0,
            Check::Always => match cp {
                0x0958..=0x095F => need::NFC,
                0x0951..=0x0954 => need::NFC | need::DO_NOT_EMIT,
                _ => need::FOLDS,
            },
            // After anything but a consonant (a vowel sign, VIRAMA, another
            // NUKTA, a mark of higher combining class) NUKTA is out of place.
            Check::Nukta => {
                on(class & prev::NUKTA_COMPOSES != 0, need::NFC)
                    | on(
                        class & prev::CONSONANT == 0,
                        need::REORDER | need::DEDUPE | need::NFC,
                    )
                    | on(
                        o.nukta == NuktaPolicy::StripBorrowed && class & prev::BORROWED_SOUND != 0,
                        need::FOLDS,
                    )
            }
            Check::Virama => {
                on(class & prev::VIRAMA != 0, need::DEDUPE)
                    | on(class & prev::ABOVE_VIRAMA != 0, need::NFC)
                    | on(
                        o.nasals == NasalPolicy::ToAnusvara && class & prev::CLASS_NASAL != 0,
                        need::FOLDS,
                    )
            }
            Check::LetterI => on(class & prev::VIRAMA != 0, need::DO_NOT_EMIT),
            Check::Danda => on(class & prev::DANDA != 0, need::DANDA),
            Check::VowelSign => {
                on(prev == cp, need::DEDUPE)
                    | on(
                        class & prev::NASAL_SIGN != 0,
                        need::REORDER | need::DO_NOT_EMIT | need::DEDUPE,
                    )
                    | on(
                        class & (prev::VIRAMA | prev::JOINER | prev::INDEPENDENT_VOWEL) != 0,
                        need::DO_NOT_EMIT | need::DEDUPE,
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
            _ if is_unusual_space(c) => need::SPACES | need::PUNCTUATION_SPACING | need::DANDA,
            '\u{2010}'..='\u{2015}'
            | '\u{2018}'..='\u{201F}'
            | '\u{2026}'
            | '\u{2212}'
            | '\u{00AB}'
            | '\u{00BB}'
                if o.punctuation == PunctuationPolicy::Ascii =>
            {
                need::FOLDS
            }
            // NFC quick check and canonical order.
            _ => {
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
    pub const ALL: u16 = (1 << 11) - 1;
}

/// The passes an ASCII byte flagged `Always` needs.
fn ascii_need(b: u8) -> u16 {
    match b {
        b'\r' => need::SPACES | need::PUNCTUATION_SPACING | need::DANDA | need::VISARGA,
        b'|' => need::DANDA | need::PUNCTUATION_SPACING,
        b'0'..=b'9' => need::FOLDS,
        _ => need::ALL,
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
    matches!(c, '\u{00A0}'..='\u{02FF}' | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '\u{20A0}'..='\u{20C0}')
        || is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes
}
