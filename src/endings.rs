//! Words that end sentences: the copula, the auxiliaries and the verb
//! forms a sentence ends with, in Hindi, Marathi, Nepali, Sanskrit and the
//! languages near them. One home for this knowledge: the danda rule reads
//! it to tell a sentence's pipe from a menu's, and the splitter's initials
//! rules to tell `है.` (a sentence end) from `भा.` (an initial).

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
}
