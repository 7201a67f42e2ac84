//! Words that end sentences: the copula, the auxiliaries and the verb
//! forms a sentence ends with, in Hindi, Marathi, Nepali, Sanskrit and the
//! languages near them. One home for this knowledge: the danda rule reads
//! it to tell a sentence's pipe from a menu's, and the splitter's initials
//! rules to tell `है.` (a sentence end) from `भा.` (an initial).

use crate::script::DEVANAGARI_SIGN_VIRAMA;

/// The words that end a short clause whatever their ending (the rest of
/// [`ends_sentences`] reads endings): the forms of the copula and
/// auxiliaries, and the verb forms a short sentence ends with, by language.
const SENTENCE_ENDING_WORDS: &[&str] = &[
    // Hindi: the copula and auxiliaries.
    "है",
    "हैं",
    "था",
    "थी",
    "थे",
    "थीं",
    "हूँ",
    "हूं",
    "हो",
    "हों",
    // Hindi: the perfective of the commonest verbs, and modals.
    "गया",
    "गई",
    "गए",
    "गयी",
    "गये",
    "गईं",
    "आया",
    "आई",
    "आए",
    "आये",
    "किया",
    "की",
    "किए",
    "किये",
    "दिया",
    "दी",
    "दिए",
    "दिये",
    "लिया",
    "ली",
    "लिए",
    "लिये",
    "हुआ",
    "हुई",
    "हुए",
    "हुईं",
    "रहा",
    "रही",
    "रहे",
    "सका",
    "सकी",
    "सके",
    "चुका",
    "चुकी",
    "चुके",
    "चाहिए",
    "चाहिये",
    "जाए",
    "जाये",
    "करें",
    "नहीं",
    "कहा",
    "कही",
    "कहे",
    "बताया",
    "बताई",
    "पूछा",
    "लिखा",
    "देखा",
    "सुना",
    // Marathi.
    "आहे",
    "आहेत",
    "आहोत",
    "होता",
    "होती",
    "होते",
    "होतो",
    "होत्या",
    "नाही",
    "नाहीत",
    "झाले",
    "झाला",
    "झाली",
    "केले",
    "केला",
    "केली",
    "गेले",
    "गेला",
    "गेली",
    "आले",
    "आला",
    "आली",
    // Nepali.
    "छ",
    "छन्",
    "छु",
    "छौं",
    "छौ",
    "छिन्",
    "हुन्",
    "थियो",
    "थिए",
    "थिइन्",
    "भयो",
    "भए",
    "गयो",
    // Sanskrit.
    "उवाच",
    "अस्ति",
    "सन्ति",
    "भवति",
    // Bhojpuri, Maithili, Awadhi, Chhattisgarhi.
    "बा",
    "बाटे",
    "बाड़े",
    "बानी",
    "अछि",
    "छथि",
    "छल",
    "छलाह",
    "छैक",
    "हवै",
    "हे",
    "हय",
    "हावय",
];

/// The one-syllable Hindi words of [`SENTENCE_ENDING_WORDS`] that begin no
/// initialism: the forms of the copula (`है`, `था`, `हो`...) and the
/// commonest verbs at the end of a sentence (`की`, `दी`, `ली`: `उन्होंने
/// बात की.`). Before a FULL STOP they end the sentence, where another
/// syllable would start a chain of initials (`भा.ज.प.`); the sentence
/// splitter reads them through [`ends_sentences_not_initial`]. A test
/// keeps them a part of the larger list.
const ONE_SYLLABLE_ENDINGS: &[&str] =
    &["है", "हैं", "था", "थी", "थे", "हो", "हूँ", "हूं", "की", "दी", "ली"];

/// Whether `word` is one of [`ONE_SYLLABLE_ENDINGS`]: a syllable before a
/// FULL STOP that ends a sentence, never an initial.
pub(crate) fn ends_sentences_not_initial(word: &str) -> bool {
    ONE_SYLLABLE_ENDINGS.contains(&word)
}

/// Words that end sentences, for a clause of fewer than four words: the
/// forms of the copula and auxiliaries, and the verb forms a short sentence
/// ends with, in Hindi, Marathi, Nepali and the languages near them
/// (Bhojpuri, Maithili, Awadhi, Chhattisgarhi); and any future form in
/// `-गा`, `-गी`, `-गे` after a vowel (`करेगा`, `होंगी`, `जाओगे`), any polite
/// imperative in `-िए`, `-इए` (`कीजिए`), any perfective in `-ाया`, `-ाए`
/// (`बुलाया`).
pub(crate) fn ends_sentences(word: &str) -> bool {
    if SENTENCE_ENDING_WORDS.contains(&word) {
        return true;
    }
    future_or_imperative(word) || perfective(word)
}

/// The perfective of the verbs in `-ाना` (`बुलाया`, `बताए`, `दिखाये`), not
/// the nouns of that ending (`माया`, `छाया`).
fn perfective(word: &str) -> bool {
    let stem = ["ाया", "ाए", "ाये"]
        .into_iter()
        .find_map(|end| word.strip_suffix(end));
    stem.is_some_and(|s| {
        !s.is_empty()
            && !matches!(
                word,
                "माया"
                    | "छाया"
                    | "काया"
                    | "साया"
                    | "पराया"
                    | "छाये"
                    | "साये"
            )
    })
}

/// `-गा`, `-गी`, `-गे` (perhaps nasalized before: `-ेंगे`) after a vowel
/// sign E, O, UU or a vowel letter E, O; or `-िए`, `-इए`, `-िये`, `-इये`.
fn future_or_imperative(word: &str) -> bool {
    let mut cs = word.chars().rev();
    let (Some(last), Some(g)) = (cs.next(), cs.next()) else {
        return false;
    };
    if matches!(last, 'ए' | 'े' | '\u{092F}') {
        // `-िए`, `-इए`, and `-िये`, `-इये` (YA + E).
        let before = if last == 'े' && g == '\u{092F}' {
            cs.next()
        } else if last == 'ए' {
            Some(g)
        } else {
            None
        };
        if matches!(before, Some('ि' | 'इ')) && word.chars().count() >= 3 {
            return true;
        }
    }
    if g != 'ग' || !matches!(last, 'ा' | 'ी' | 'े') {
        return false;
    }
    let mut v = cs.next();
    if matches!(v, Some('ं' | 'ँ')) {
        v = cs.next();
    }
    matches!(v, Some('े' | 'ो' | 'ू' | 'ए' | 'ओ'))
}

/// Nouns, pronouns and particles that end like a Sanskrit verb of the
/// third person ([`is_sanskrit_finite_verb`]): the whole word.
const NOT_FINITE_VERBS: &[&str] = &[
    // In -ति: particles, locatives and vocatives, nouns.
    "इति",
    "प्रति",
    "अति",
    "यति",
    "सति",
    "जगति",
    "महति",
    "भगवति",
    "सरस्वति",
    "विरति",
    "मति",
    "सुमति",
    "कुमति",
    "सम्मति",
    "अनुमति",
    "सहमति",
    "स्वस्ति",
    "हस्ति",
    // In -तु: particles and nouns.
    "तु",
    "वस्तु",
    "किन्तु",
    "किंतु",
    "परन्तु",
    "परंतु",
    "जन्तु",
    "जंतु",
    "तन्तु",
];

/// Endings of nouns that read like a verb's (`सभापति`, `प्रगति`,
/// `उन्नति`, `जाति`, `ज्योति`, `शान्ति`, `प्रशस्ति`, `शिलाजतु`), compounds
/// included.
const NOUN_ENDINGS: &[&str] = &[
    "जतु",
    "पति",
    "गति",
    "नति",
    "जाति",
    "ख्याति",
    "ज्योति",
    "शान्ति",
    "शांति",
    "कान्ति",
    "कांति",
    "क्रान्ति",
    "क्रांति",
    "भ्रान्ति",
    "भ्रांति",
    "शस्ति",
];

/// Whether `word` is a Sanskrit verb of the third person, present or
/// imperative: the finite verb that closes a clause (`भवति`, `पठति`,
/// `सिध्यति`, `ददाति`, `करोति`, `गच्छन्ति`, `अस्ति`; `भवतु`, `जीवतु`,
/// `ददातु`, `भवन्तु`, `अस्तु`). Read from the ending and what stands before
/// it, since nouns in `-ति` (`गति`, `स्थिति`, `शक्ति`, `प्रीति`) differ from
/// verbs mostly there:
///
/// - a consonant with its inherent vowel, after at least one more syllable
///   (`भ-व-ति`, not `ग-ति`);
/// - AA or O, after at least one more syllable (`द-दा-ति`, `क-रो-ति`; not
///   `जा-ति`, `ज्यो-ति`);
/// - NA or SA with VIRAMA (`-न्ति`, `-न्तु`, `-स्ति`, `-स्तु`): the plural
///   and the verb "to be";
///
/// and not one of the nouns and particles of the same shape
/// ([`NOT_FINITE_VERBS`], [`NOUN_ENDINGS`]). Other vowel signs and
/// conjuncts before the ending (`स्थिति`, `कृति`, `शक्ति`, `प्राप्ति`) read as
/// nouns.
pub(crate) fn is_sanskrit_finite_verb(word: &str) -> bool {
    use crate::akshara::akshara_count;
    use crate::script::is_consonant;
    let Some(stem) = word.strip_suffix("ति").or_else(|| word.strip_suffix("तु")) else {
        return false;
    };
    if NOT_FINITE_VERBS.contains(&word) || NOUN_ENDINGS.iter().any(|e| word.ends_with(e)) {
        return false;
    }
    let mut before = stem.chars();
    match before.next_back() {
        // The sign's consonant and one syllable more: `दद|ाति`, `कर|ोति`.
        Some('ा' | 'ो') => {
            let on = before.as_str();
            on.chars().next_back().is_some_and(is_consonant) && akshara_count(on) >= 2
        }
        Some(DEVANAGARI_SIGN_VIRAMA) => {
            matches!(before.next_back(), Some('न' | 'स')) && before.next_back().is_some()
        }
        Some(c) if is_consonant(c) => akshara_count(stem) >= 2,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_final_words() {
        for w in [
            "है",
            "करेगा",
            "होंगी",
            "जाओगे",
            "करूँगा",
            "कीजिए",
            "जाइये",
            "आहे",
            "छन्",
        ] {
            assert!(ends_sentences(w), "{w}");
        }
        for w in ["गंगा", "आगे", "ज़िंदगी", "राम", "दिल्ली", "ए", "िए"]
        {
            assert!(!ends_sentences(w), "{w}");
        }
    }

    /// The syllables that end a sentence before a FULL STOP are words of
    /// the larger list, so the two cannot drift apart.
    #[test]
    fn one_syllable_endings_are_sentence_ending_words() {
        for w in ONE_SYLLABLE_ENDINGS {
            assert!(SENTENCE_ENDING_WORDS.contains(w), "{w}");
            assert!(ends_sentences_not_initial(w) && ends_sentences(w), "{w}");
        }
        assert!(!ends_sentences_not_initial("भा"));
    }

    #[test]
    fn sanskrit_finite_verbs() {
        for w in [
            "भवति",
            "पठति",
            "गच्छति",
            "सिध्यति",
            "पश्यति",
            "इच्छति",
            "कथयति",
            "ददाति",
            "जानाति",
            "करोति",
            "शृणोति",
            "आप्नोति",
            "भवन्ति",
            "गच्छन्ति",
            "सन्ति",
            "अस्ति",
            "नास्ति",
            "भवतु",
            "जीवतु",
            "गच्छतु",
            "ददातु",
            "करोतु",
            "भवन्तु",
            "अस्तु",
        ] {
            assert!(is_sanskrit_finite_verb(w), "{w}");
        }
        for w in [
            // Nouns and particles of the same endings.
            "इति",
            "प्रति",
            "गति",
            "मति",
            "पति",
            "स्थिति",
            "शक्ति",
            "प्रीति",
            "कृति",
            "स्तुति",
            "प्राप्ति",
            "संपत्ति",
            "कीर्ति",
            "जाति",
            "ख्याति",
            "ज्योति",
            "शान्ति",
            "शांति",
            "क्रान्ति",
            "प्रगति",
            "उन्नति",
            "सहमति",
            "सभापति",
            "राष्ट्रपति",
            "जगति",
            "भगवति",
            "स्वस्ति",
            "प्रशस्ति",
            "तु",
            "हेतु",
            "सेतु",
            "धातु",
            "ऋतु",
            "वस्तु",
            "किन्तु",
            "परंतु",
            "जन्तु",
            "शिलाजतु",
            // Other words.
            "राम",
            "है",
            "ति",
            "ाति",
            "्ति",
        ] {
            assert!(!is_sanskrit_finite_verb(w), "{w}");
        }
    }
}
