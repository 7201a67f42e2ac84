//! Signs that a mixed-script junction or a Latin word among Devanagari words
//! is legitimate writing, not substitution damage: English loanwords in
//! Devanagari, names and titles, glosses, English dates.

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

/// English words that head names and titles of publications, programmes,
/// events, places and institutions (`India Today`, `Hindi News`, `Delhi
/// University`, `Film Festival`): a run of capitalized lexicon words ending
/// in one is a name, not a substitution. Only words that are lexicon entries
/// matter: a phrase with any other word is legitimate anyway.
static TITLE_HEADS: &[&str] = &[
    "Airport",
    "Award",
    "Bank",
    "Bridge",
    "Channel",
    "College",
    "Company",
    "Council",
    "Cricket",
    "Cup",
    "Festival",
    "Film",
    "Football",
    "Hockey",
    "Hospital",
    "Institute",
    "Market",
    "Museum",
    "Music",
    "News",
    "Newspaper",
    "Olympics",
    "Party",
    "Road",
    "School",
    "Society",
    "Stadium",
    "Station",
    "Story",
    "Temple",
    "Today",
    "Tournament",
    "Town",
    "University",
    "Video",
    "Village",
    "World Cup",
];

/// Whether `english` (an entry's canonical English form) heads names and
/// titles.
pub(super) fn is_title_head(english: &str) -> bool {
    TITLE_HEADS.contains(&english)
}

/// Names of languages, in Devanagari (Hindi, Marathi, Nepali, Sanskrit
/// spellings, without NUKTA: looked up folded by
/// [`crate::lexicon::fold_nukta`]) and in English, as they label a gloss:
/// `(अंग्रेज़ी: President)`, `(आङ्ग्ल: Goa)`, `(English: Water)`.
static LANGUAGE_LABELS: &[&str] = &[
    "अंगरेजी",
    "अंग्रेजी",
    "अङ्ग्रेजी",
    "आंग्ल",
    "आङ्ग्ल",
    "आंग्लभाषा",
    "आङ्ग्लभाषा",
    "इंग्रजी",
    "इंग्लिश",
    "इंगलिश",
    "अरबी",
    "इतालवी",
    "उर्दू",
    "उडिया",
    "ओडिया",
    "कन्नड",
    "गुजराती",
    "ग्रीक",
    "चीनी",
    "जर्मन",
    "जापानी",
    "तमिल",
    "तेलुगु",
    "नेपाली",
    "पंजाबी",
    "पुर्तगाली",
    "प्राकृत",
    "पाली",
    "फारसी",
    "फ्रांसीसी",
    "फ्रेंच",
    "बंगाली",
    "बांग्ला",
    "भोजपुरी",
    "मराठी",
    "मलयालम",
    "मैथिली",
    "यूनानी",
    "रूसी",
    "लातिनी",
    "लैटिन",
    "संस्कृत",
    "स्पेनी",
    "स्पेनिश",
    "हिंदी",
    "हिन्दी",
    "Arabic",
    "Bengali",
    "Chinese",
    "English",
    "French",
    "German",
    "Greek",
    "Gujarati",
    "Hindi",
    "Italian",
    "Japanese",
    "Kannada",
    "Latin",
    "Malayalam",
    "Marathi",
    "Nepali",
    "Persian",
    "Punjabi",
    "Russian",
    "Sanskrit",
    "Spanish",
    "Tamil",
    "Telugu",
    "Urdu",
];

/// Whether a token is a language label ending in a colon (`(अंग्रेज़ी:`,
/// `आङ्ग्ल:`, `English:`), with an opening bracket before it or not.
pub(super) fn is_language_label(token: &str) -> bool {
    token.strip_suffix(':').is_some_and(is_language_name)
}

/// Whether a token is the name of a language (`अंग्रेज़ी`, `English`),
/// with an opening bracket before it or not.
pub(super) fn is_language_name(token: &str) -> bool {
    let label = token.trim_start_matches(['(', '[']);
    if label.is_ascii() {
        return LANGUAGE_LABELS.contains(&label);
    }
    LANGUAGE_LABELS.contains(&crate::lexicon::fold_nukta(label).as_str())
}

/// Whether a token is a day of the month written after an English month
/// name (`May 5`, `March 15th,`, `July 4:`): a number from 1 to 31 in one or
/// two ASCII digits, an optional ordinal suffix, then only punctuation. Hindi writes the day
/// first (`5 मई`), so a month followed by one is an English date.
pub(super) fn is_day_after_month(token: &str) -> bool {
    let digits = token.bytes().take_while(u8::is_ascii_digit).count();
    let Some((day, rest)) = token.split_at_checked(digits) else {
        return false;
    };
    if !(1..=2).contains(&day.len()) || !matches!(day.parse::<u8>(), Ok(1..=31)) {
        return false;
    }
    let rest = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| rest.strip_prefix(s))
        .unwrap_or(rest);
    rest.chars().all(|c| c.is_ascii_punctuation())
}

/// English weekday and month names: substitution never leaves one of these
/// fused only on its left (`सम्मानJuly 5` is glue).
pub(super) fn is_weekday_or_month(english: &str) -> bool {
    matches!(
        english,
        "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
    )
}

/// English month names.
pub(super) fn is_month(english: &str) -> bool {
    is_weekday_or_month(english) && !english.ends_with("day")
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

    #[test]
    fn labels_and_days() {
        assert!(is_language_label("(अंग्रेज़ी:"));
        assert!(is_language_label("आङ्ग्ल:"));
        assert!(is_language_label("English:"));
        assert!(!is_language_label("अंग्रेज़ी"));
        assert!(is_language_name("(अंग्रेज़ी"));
        assert!(is_language_name("English"));
        assert!(!is_language_name("सरकार"));
        assert!(!is_language_label("नोट:"));
        assert!(is_language_label("(कन्नड़:"));
        for w in LANGUAGE_LABELS {
            assert_eq!(crate::lexicon::fold_nukta(w), *w, "{w}");
        }
        // A language's English name and its Devanagari one are both labels:
        // a list of languages stays one, whichever of its words a repair has
        // already turned into Devanagari.
        for e in Lexicon::builtin().entries() {
            if is_language_label(&format!("{}:", e.english)) {
                assert!(
                    is_language_label(&format!("{}:", e.devanagari)),
                    "{}",
                    e.english
                );
            }
        }
        for t in ["5", "15,", "3rd", "21st,", "06:"] {
            assert!(is_day_after_month(t), "{t}");
        }
        for t in ["2016", "123", "5a", "th", "", "0", "49"] {
            assert!(!is_day_after_month(t), "{t}");
        }
    }
}
