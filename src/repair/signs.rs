//! Signs that a mixed-script junction is legitimate writing, not
//! substitution damage: English loanwords in Devanagari.

use crate::lexicon::Lexicon;

/// Whether `part`, the Devanagari word fused to a Latin run, is itself an
/// English word written in Devanagari: on the lexicon's loanword list
/// (`पेज`, `मैन`, `गेट`), or spelled with what only English transliteration
/// uses: CANDRA O and CANDRA E, as sign or letter (`कॉल`, `ऑफिस`, `बॅंक`),
/// or a word-initial cluster no Hindi word begins with (`ट्र`, `ड्र`, `स्ट`,
/// `फ्र`: `ट्रेन`, `ड्रेस`, `स्टाइल`, `फ्रेंड`).
///
/// `Homeपेज` is an English compound in two scripts; a substitution leaves a
/// Hindi suffix or a Hindi word (`Governmentी`, `Indiaवंशी`, `Countryभक्ति`).
pub(super) fn is_english_loan(part: &str, lexicon: &Lexicon) -> bool {
    if part.is_empty() {
        return false;
    }
    let english_letter = part.chars().any(|c| {
        matches!(
            c,
            '\u{0945}' // VOWEL SIGN CANDRA E
                | '\u{0949}' // VOWEL SIGN CANDRA O
                | '\u{090D}' // LETTER CANDRA E
                | '\u{0911}' // LETTER CANDRA O
        )
    });
    english_letter || english_initial_cluster(part) || lexicon.is_loanword(part)
}

/// A word-initial consonant cluster of English words only.
fn english_initial_cluster(part: &str) -> bool {
    let mut cs = part.chars().filter(|&c| c != '\u{093C}'); // NUKTA
    let (Some(a), Some(virama), Some(b)) = (cs.next(), cs.next(), cs.next()) else {
        return false;
    };
    virama == '\u{094D}'
        && matches!(
            (a, b),
            ('\u{091F}', '\u{0930}') // TTA + RA: ट्र
                | ('\u{0921}', '\u{0930}') // DDA + RA: ड्र
                | ('\u{0938}', '\u{091F}') // SA + TTA: स्ट
                | ('\u{092B}', '\u{0930}') // PHA + RA: फ्र (फ़्र)
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loans_by_list_and_by_spelling() {
        let lex = Lexicon::builtin();
        for w in [
            "पेज",
            "प्रूफ",
            "मैनों",
            "कॉल",
            "ऑफिस",
            "बॅंक",
            "ट्रेन",
            "ड्रेस",
            "स्टाइल",
            "फ़्रेंड",
        ] {
            assert!(is_english_loan(w, lex), "{w}");
        }
        for w in [
            "ी",
            "ीय",
            "वंशी",
            "भक्ति",
            "वासी",
            "कार",
            "स्पष्ट",
            "स्तर",
            "से",
            "",
        ] {
            assert!(!is_english_loan(w, lex), "{w}");
        }
    }
}
