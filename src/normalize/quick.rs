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

/// The per-options tables of the scan.
#[derive(Clone, Debug)]
pub(crate) struct QuickCheck {
    options: NormalizeOptions,
    ascii: [AsciiCheck; 128],
    devanagari: [Check; 128],
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
        QuickCheck {
            options: o.clone(),
            ascii,
            devanagari,
        }
    }

    /// Returns the byte offset of the first character at or after `from` (a
    /// line start) where a rule might apply, or `None` if the rest is clean.
    pub(crate) fn first_suspect(&self, text: &str, from: usize) -> Option<usize> {
        let bytes = text.as_bytes();
        let o = &self.options;
        let mut prev: char = '\n';
        let mut prev_ccc: u8 = 0;
        let mut i = from;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                let suspect = match self.ascii[b as usize] {
                    AsciiCheck::Clean => false,
                    AsciiCheck::Always => true,
                    AsciiCheck::Space => match bytes.get(i + 1) {
                        None => true,
                        Some(&n) => {
                            matches!(n, b' ' | b'\n' | b'\r' | b',' | b'?' | b'!' | b'.' | b'|')
                                // a DANDA, an unusual space or an invisible character next
                                || matches!(n, 0xC2 | 0xE2 | 0xE3 | 0xEF)
                                || (n == 0xE0 && bytes.get(i + 2) == Some(&0xA5))
                        }
                    },
                    AsciiCheck::Colon => is_devanagari_letter_or_mark(prev),
                };
                if suspect {
                    return Some(i);
                }
                prev = b as char;
                prev_ccc = 0;
                i += 1;
                continue;
            }
            if b == 0xE0 && i + 2 < bytes.len() && (bytes[i + 1] == 0xA4 || bytes[i + 1] == 0xA5) {
                let k = (((bytes[i + 1] & 0x3F) as usize) << 6 | (bytes[i + 2] & 0x3F) as usize)
                    - 0x900;
                // k is the offset from U+0900; the branch above makes it < 128.
                let c = char::from_u32(0x0900 + k as u32).unwrap_or('\0');
                let suspect = match self.devanagari.get(k).copied().unwrap_or(Check::Always) {
                    Check::Clean => false,
                    Check::Always => true,
                    Check::Nukta => {
                        let composes = matches!(
                            prev,
                            DEVANAGARI_LETTER_NA | DEVANAGARI_LETTER_RA | DEVANAGARI_LETTER_LLA
                        );
                        let borrowed = matches!(
                            prev,
                            DEVANAGARI_LETTER_KA
                                | DEVANAGARI_LETTER_KHA
                                | DEVANAGARI_LETTER_GA
                                | DEVANAGARI_LETTER_JA
                                | DEVANAGARI_LETTER_JHA
                                | DEVANAGARI_LETTER_PHA
                        );
                        (o.nfc && (composes || prev_ccc > 7))
                            || (o.mark_order && !is_consonant(prev))
                            || (o.nukta == NuktaPolicy::StripBorrowed && borrowed)
                    }
                    Check::Virama => {
                        (o.mark_order && prev == DEVANAGARI_SIGN_VIRAMA)
                            || (o.nfc && prev_ccc > 9)
                            || (o.nasals == NasalPolicy::ToAnusvara && is_class_nasal(prev))
                    }
                    Check::LetterI => prev == DEVANAGARI_SIGN_VIRAMA,
                    Check::Danda => prev == DEVANAGARI_DANDA,
                    Check::VowelSign => {
                        (o.mark_order && (prev == c || is_nasal_sign(prev)))
                            || (o.do_not_emit
                                && (prev == DEVANAGARI_SIGN_VIRAMA
                                    || is_joiner(prev)
                                    || is_independent_vowel(prev)))
                    }
                };
                if suspect {
                    return Some(i);
                }
                prev_ccc = match c {
                    DEVANAGARI_SIGN_NUKTA => 7,
                    DEVANAGARI_SIGN_VIRAMA => 9,
                    _ => 0,
                };
                prev = c;
                i += 3;
                continue;
            }
            // Any other character: decode it.
            let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
                return Some(i);
            };
            let k = canonical_combining_class(c);
            let suspect = match c {
                ZERO_WIDTH_JOINER | ZERO_WIDTH_NON_JOINER => match o.joiners {
                    JoinerPolicy::KeepAll => false,
                    JoinerPolicy::Contextual => prev != DEVANAGARI_SIGN_VIRAMA,
                    JoinerPolicy::StripAll => true,
                },
                _ if is_invisible(c) => o.invisible,
                _ if is_unusual_space(c) => o.spaces,
                '\u{2010}'..='\u{2015}'
                | '\u{2018}'..='\u{201F}'
                | '\u{2026}'
                | '\u{2212}'
                | '\u{00AB}'
                | '\u{00BB}'
                    if o.punctuation == PunctuationPolicy::Ascii =>
                {
                    true
                }
                // Devanagari outside the three-byte fast path cannot occur;
                // other scripts: NFC quick check and canonical order.
                _ => o.nfc && (!nfc_yes(c) || (k != 0 && k < prev_ccc)),
            };
            if suspect {
                return Some(i);
            }
            prev_ccc = k;
            prev = c;
            i += c.len_utf8();
        }
        None
    }
}

/// Whether `c` passes the NFC quick check on its own.
#[inline]
fn nfc_yes(c: char) -> bool {
    matches!(c, '\u{00A0}'..='\u{02FF}' | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '\u{20A0}'..='\u{20C0}')
        || is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes
}
