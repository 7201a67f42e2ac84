//! The opt-in lossy folds of the `nlp` profile: NUKTA on borrowed sounds,
//! nasals, CANDRABINDU, digits, typographic punctuation, ABBREVIATION SIGN.

use super::{
    AbbreviationSignPolicy, CandrabinduPolicy, DigitPolicy, NasalPolicy, NormalizeOptions,
    NuktaPolicy, PunctuationPolicy,
};
use crate::edit::EditKind;
use crate::rewrite::{Changed, Rewriter};
use crate::script::*;
use unicode_normalization::char::canonical_combining_class;

/// The typographic punctuation folded to ASCII, and what it becomes: the
/// one list of it (the quick check asks here; its byte-level skip of
/// U+2010..U+201F when the fold is off, and the cut search's inert
/// characters, take whole Unicode ranges that hold this list).
pub(crate) fn ascii_punctuation(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}' => "\"",
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' => "'",
        '\u{2010}'..='\u{2015}' | '\u{2212}' => "-",
        '\u{2026}' => "...",
        _ => return None,
    })
}

/// Whether any fold is switched on.
pub(crate) fn any(o: &NormalizeOptions) -> bool {
    o.nukta != NuktaPolicy::Keep
        || o.nasals != NasalPolicy::Keep
        || o.candrabindu != CandrabinduPolicy::Keep
        || o.digits != DigitPolicy::Keep
        || o.punctuation != PunctuationPolicy::Keep
        || o.abbreviation_sign == AbbreviationSignPolicy::ToFullStop
}

/// The letter a NUKTA at the end of `before` belongs to: the character
/// before it, through the marks that canonical order puts before NUKTA
/// (classes 1 to 6, the overlays U+0334..U+0338 and a few Vedic marks), so
/// the fold decides the same before and after NFC has ordered them.
fn nukta_base(before: &[(usize, char)]) -> Option<char> {
    before
        .iter()
        .rev()
        .map(|x| x.1)
        .find(|&p| !(1..=6).contains(&canonical_combining_class(p)))
}

/// A mark of the Vedic accent notation (or any other combining mark but
/// NUKTA and VIRAMA that canonical order puts after the base): STRESS SIGN
/// UDATTA and ANUDATTA, the GRAVE and ACUTE ACCENTs, the Vedic Extensions'
/// tones, the combining Devanagari digits and letters.
fn is_accent(c: char) -> bool {
    is_devanagari_mark(c)
        && !matches!(c, DEVANAGARI_SIGN_NUKTA | DEVANAGARI_SIGN_VIRAMA)
        && canonical_combining_class(c) != 0
}

pub(crate) fn folds(line: &str, o: &NormalizeOptions) -> Option<Changed> {
    let mut rw = Rewriter::new(line);
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let at = |k: usize| chars.get(k).map(|x| x.1);
    let mut k = 0;
    while let Some(&(i, c)) = chars.get(k) {
        let end = i + c.len_utf8();
        let prev = k.checked_sub(1).and_then(at);
        match c {
            DEVANAGARI_SIGN_NUKTA
                if o.nukta == NuktaPolicy::StripBorrowed
                    && chars
                        .get(..k)
                        .and_then(nukta_base)
                        .is_some_and(is_borrowed_sound_consonant) =>
            {
                rw.replace(i..end, "", EditKind::Nukta);
            }
            DEVANAGARI_SIGN_CANDRABINDU if o.candrabindu == CandrabinduPolicy::ToAnusvara => {
                rw.replace(i..end, "\u{0902}", EditKind::Candrabindu);
            }
            DEVANAGARI_SIGN_ANUSVARA if o.nasals == NasalPolicy::ToConsonant => {
                let next = at(k + 1);
                let after = at(k + 2);
                if let Some(nasal) = next
                    .filter(|_| after != Some(DEVANAGARI_SIGN_NUKTA))
                    .and_then(stop_class_nasal)
                {
                    if prev.is_some_and(|p| {
                        is_consonant(p) || is_dependent_vowel_sign(p) || p == DEVANAGARI_SIGN_NUKTA
                    }) {
                        let mut with = String::new();
                        with.push(nasal);
                        with.push(DEVANAGARI_SIGN_VIRAMA);
                        rw.replace(i..end, &with, EditKind::Nasal);
                    }
                }
            }
            _ if o.nasals == NasalPolicy::ToAnusvara
                && is_class_nasal(c)
                && at(k + 1) == Some(DEVANAGARI_SIGN_VIRAMA)
                && prev.is_some_and(|p| {
                    is_devanagari_letter_or_mark(p) && p != DEVANAGARI_SIGN_VIRAMA
                }) =>
            {
                let stop = at(k + 2);
                let stop_nukta = at(k + 3) == Some(DEVANAGARI_SIGN_NUKTA);
                if stop.and_then(stop_class_nasal) == Some(c) && !stop_nukta {
                    let virama_end = chars.get(k + 2).map_or(line.len(), |x| x.0);
                    // The ANUSVARA goes before the accents of the syllable
                    // before (`भर॑न्त॒` → `भरं॑त॒`): after them it stands
                    // outside its cluster, and renders on a dotted circle.
                    let accents = chars
                        .get(..k)
                        .map_or(0, |b| b.iter().rev().take_while(|x| is_accent(x.1)).count());
                    let from = k - accents;
                    let base_ok = from.checked_sub(1).and_then(at).is_some_and(|p| {
                        is_devanagari_letter_or_mark(p) && p != DEVANAGARI_SIGN_VIRAMA
                    });
                    if base_ok {
                        let start = chars.get(from).map_or(i, |x| x.0);
                        let mut with = String::from("\u{0902}");
                        with.push_str(line.get(start..i).unwrap_or(""));
                        rw.replace(start..virama_end, &with, EditKind::Nasal);
                        k += 2;
                        continue;
                    }
                }
            }
            '0'..='9' if o.digits == DigitPolicy::ToDevanagari => {
                let d = char::from_u32(0x0966 + (c as u32 - '0' as u32)).unwrap_or(c);
                rw.replace(i..end, d.encode_utf8(&mut [0; 4]), EditKind::Digit);
            }
            // (Not a digit that carries accents: in Vedic text `१॒॑`, `३॒॑`
            // are marks of the accent notation, no number.)
            '\u{0966}'..='\u{096F}'
                if o.digits == DigitPolicy::ToAscii && !at(k + 1).is_some_and(is_accent) =>
            {
                let d = char::from_u32('0' as u32 + (c as u32 - 0x0966)).unwrap_or(c);
                rw.replace(i..end, d.encode_utf8(&mut [0; 4]), EditKind::Digit);
            }
            DEVANAGARI_ABBREVIATION_SIGN
                if o.abbreviation_sign == AbbreviationSignPolicy::ToFullStop =>
            {
                rw.replace(i..end, ".", EditKind::AbbreviationSign);
            }
            _ if o.punctuation == PunctuationPolicy::Ascii => {
                if let Some(a) = ascii_punctuation(c) {
                    rw.replace(i..end, a, EditKind::AsciiPunctuation);
                }
            }
            _ => {}
        }
        k += 1;
    }
    rw.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(s: &str, o: &NormalizeOptions) -> String {
        folds(s, o).map(|c| c.text).unwrap_or_else(|| s.to_string())
    }

    #[test]
    fn nlp_profile() {
        let o = NormalizeOptions::nlp();
        for (input, want) in [
            ("हिन्दी", "हिंदी"),
            ("सम्बन्ध", "संबंध"),
            ("अन्य", "अन्य"),
            ("सम्मान", "सम्मान"),
            ("ज\u{093C}्यादा", "ज्यादा"),
            ("पढ\u{093C}ना", "पढ\u{093C}ना"),
            ("हँसी", "हंसी"),
            ("१२३", "123"),
            ("“हाँ”…", "\"हां\"..."),
            ("डॉ\u{0970}", "डॉ."),
            // Vedic accents: the ANUSVARA before the syllable's accents; a
            // digit of the accent notation stays.
            ("भर\u{0951}न्त\u{0952}", "भरं\u{0951}त\u{0952}"),
            ("सर्वा\u{1CDA}ञ्ज\u{0952}", "सर्वां\u{1CDA}ज\u{0952}"),
            (
                "रा\u{0952}यो\u{0952}३\u{0952}\u{0951}ऽवनि",
                "रा\u{0952}यो\u{0952}३\u{0952}\u{0951}ऽवनि",
            ),
        ] {
            assert_eq!(run(input, &o), want, "{input:?}");
        }
    }

    #[test]
    fn reverse_choices() {
        let mut o = NormalizeOptions::safe();
        o.nasals = NasalPolicy::ToConsonant;
        o.digits = DigitPolicy::ToDevanagari;
        assert_eq!(run("संबंध 12", &o), "सम्बन्ध १२");
        assert_eq!(run("संसार", &o), "संसार");
    }
}
