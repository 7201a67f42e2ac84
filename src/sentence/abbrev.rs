//! What a word before a FULL STOP can be: an initial (a letter name), a known
//! abbreviation, or an ordinary word.
//!
//! All lists are sorted (a unit test checks) and looked up through a small
//! hash set ([`WordSet`]).

use crate::fnv::FnvBuild;
use std::collections::HashSet;

/// Devanagari spellings of the Latin letter names, used as initials
/// (`एस. जयशंकर`, `एल.के. आडवाणी`). Spelling variants included.
pub(crate) static LETTER_NAMES: &[&str] = &[
    "आइ",   // I (variant)
    "आई",   // I (also the verb "came")
    "आर",   // R
    "इ",    // E (rare variant)
    "ई",    // E (also ईस्वी, the era)
    "ए",    // A
    "एक्स",  // X
    "एच",   // H
    "एन",   // N
    "एफ",   // F
    "एम",   // M
    "एल",   // L
    "एस",   // S
    "ऐ",    // A (variant)
    "ओ",    // O
    "के",    // K (also the postposition "of")
    "क्यू",   // Q
    "ज़ेड",   // Z (with NUKTA)
    "जी",   // G (also the honorific)
    "जे",    // J
    "जेड",   // Z
    "टी",   // T
    "डब्लू",  // W (variant)
    "डब्ल्यू", // W
    "डी",   // D
    "पी",   // P
    "बी",   // B
    "यू",    // U
    "वाई",  // Y
    "वी",   // V
    "सी",   // C
];

/// Letter names that are also common words (आई "came", जी the honorific,
/// पी "drank", सी "like"): after one of these, a FULL STOP ends a sentence
/// unless the context says initial (see `boundary.rs`).
pub(crate) static AMBIGUOUS_LETTER_NAMES: &[&str] = &["आई", "जी"];

/// Words that begin sentences and are never names (conjunctions, pronouns,
/// adverbs of Hindi, Bhojpuri, Marathi and Nepali): after a letter name
/// followed by one of these, the FULL STOP ends a sentence
/// (`... करने के. लेकिन ...`).
pub(crate) static SENTENCE_STARTERS: &[&str] = &[
    "अब",
    "आगे",
    "आणि",
    "इन",
    "इस",
    "इसके",
    "इसलिए",
    "इसी",
    "उन",
    "उनके",
    "उन्होंने",
    "उस",
    "उसके",
    "उसने",
    "एह",
    "ओह",
    "किंतु",
    "किन्तु",
    "क्योंकि",
    "तब",
    "तर",
    "ते",
    "तो",
    "त्यामुळे",
    "पण",
    "परंतु",
    "परन्तु",
    "फिर",
    "फेर",
    "बाकिर",
    "मग",
    "मगर",
    "मैं",
    "यह",
    "यहाँ",
    "यहां",
    "ये",
    "यो",
    "लेकिन",
    "वह",
    "वहाँ",
    "वहां",
    "वहीं",
    "वे",
    "हम",
    "हालाँकि",
    "हालांकि",
];

/// Verbs of saying that tag a quotation (`"... आहे." ती म्हणाली.`): a short
/// clause with one of these after a closing quote belongs to the quoted
/// sentence.
pub(crate) static SPEECH_VERBS: &[&str] = &[
    "asked",
    "said",
    "says",
    "कहती",
    "कहते",
    "कहा",
    "पूछा",
    "बोला",
    "बोली",
    "बोले",
    "म्हणत",
    "म्हणतो",
    "म्हणाला",
    "म्हणाली",
    "म्हणाले",
    "विचारले",
];

/// Titles and offices that stand before a name (`वित्त मंत्री पी. चिदंबरम`,
/// `मजिस्ट्रेट जी. राजा`): after one of these, an ambiguous letter name is an
/// initial.
pub(crate) static TITLES: &[&str] = &[
    "अधिकारी",
    "अध्यक्ष",
    "आयुक्त",
    "कमिश्नर",
    "कलेक्टर",
    "जज",
    "जनरल",
    "जस्टिस",
    "डॉक्टर",
    "निदेशक",
    "न्यायमूर्ति",
    "न्यायाधीश",
    "प्रोफेसर",
    "मंत्री",
    "मजिस्ट्रेट",
    "राज्यपाल",
    "विधायक",
    "श्री",
    "श्रीमती",
    "सचिव",
    "सांसद",
];

/// Abbreviations of Hindi, Marathi and Nepali that take a FULL STOP: titles,
/// references, units, money, eras. Written without the stop; a chain such as
/// `ई.पू.` is recognised segment by segment.
pub(crate) static DEVANAGARI_ABBREVIATIONS: &[&str] = &[
    "अ",      // अनुच्छेद, article (with a number)
    "इं",      // इंजीनियर
    "कि",     // किलो- (कि.मी., कि.ग्रा.)
    "किग्रा",  // किलोग्राम
    "किमी",   // किलोमीटर
    "कु",      // कुमारी (Marathi, Hindi)
    "क्र",     // क्रमांक
    "ग्रा",    // ग्राम
    "चि",     // चिरंजीव (Marathi)
    "जि",     // जिला / जिल्हा
    "डा",     // डाक्टर (Nepali)
    "डॉ",     // डॉक्टर
    "ता",     // तारीख / तालुका (Marathi)
    "नं",      // नंबर
    "पं",      // पंडित
    "पू",      // पूर्व (ई.पू.)
    "पृ",      // पृष्ठ
    "प्र",     // प्रथम / प्रधान
    "प्रा",    // प्राध्यापक (Marathi)
    "प्रो",    // प्रोफेसर
    "मा",     // माननीय (Marathi)
    "मि",     // मिनट / मिस्टर / मिली-
    "मिमी",   // मिलीमीटर
    "मी",     // मीटर (कि.मी.)
    "मो",     // मोहम्मद
    "रु",      // रुपये
    "लि",     // लिमिटेड
    "वि",     // विक्रम (वि.सं.)
    "श्री",    // श्री
    "श्रीमती", // श्रीमती
    "सं",      // संवत् / संपादक / संख्या
    "सु",      // सुश्री
    "से",      // सेंटी- (से.मी.)
    "सेमी",    // सेंटीमीटर
    "सौ",     // सौभाग्यवती (Marathi)
    "स्व",     // स्वर्गीय
];

/// English abbreviations that take a FULL STOP (compared case-sensitively,
/// as written).
pub(crate) static LATIN_ABBREVIATIONS: &[&str] = &[
    "Apr", "Aug", "Capt", "Co", "Col", "Corp", "Dec", "Dept", "Dr", "Feb", "Fig", "Gen", "Govt",
    "Hon", "Inc", "Jan", "Jr", "Jul", "Jun", "Lt", "Ltd", "Mar", "Mr", "Mrs", "Ms", "Mt", "No",
    "Nos", "Nov", "Oct", "Prof", "Pvt", "Rev", "Rs", "Sep", "Sept", "Sgt", "Sr", "St", "Vol", "al",
    "approx", "cf", "etc", "ft", "km", "mr", "no", "pp", "sq", "viz", "vs",
];

/// A fixed set of words, looked up through a mask of their lengths (most
/// words before a FULL STOP are rejected by length alone) and an FNV-hashed
/// set. The splitter asks about the word before every FULL STOP, several
/// lists each; binary searches over the sorted lists spent most of the time
/// of period-ended text in `memcmp` calls (`benches/sentences.rs`, `period`).
pub(crate) struct WordSet {
    words: HashSet<&'static str, FnvBuild>,
    /// Bit `n` is set when some word is `n` bytes long (all are shorter than 64).
    lengths: u64,
}

impl WordSet {
    fn new(list: &[&'static str]) -> WordSet {
        let words: HashSet<&'static str, FnvBuild> = list.iter().copied().collect();
        let lengths = list.iter().fold(0u64, |m, w| m | 1u64 << w.len().min(63));
        WordSet { words, lengths }
    }

    #[inline]
    pub(crate) fn contains(&self, w: &str) -> bool {
        w.len() < 64 && self.lengths & (1u64 << w.len()) != 0 && self.words.contains(w)
    }
}

macro_rules! word_set {
    ($name:ident, $list:ident) => {
        static $name: once_cell::sync::Lazy<WordSet> =
            once_cell::sync::Lazy::new(|| WordSet::new($list));
    };
}
word_set!(LETTER_NAME_SET, LETTER_NAMES);
word_set!(DEVANAGARI_ABBREVIATION_SET, DEVANAGARI_ABBREVIATIONS);
word_set!(SENTENCE_STARTER_SET, SENTENCE_STARTERS);
word_set!(SPEECH_VERB_SET, SPEECH_VERBS);
word_set!(TITLE_SET, TITLES);
word_set!(LATIN_ABBREVIATION_SET, LATIN_ABBREVIATIONS);

/// Whether `word` is a Devanagari letter name (an initial).
pub(crate) fn is_letter_name(word: &str) -> bool {
    LETTER_NAME_SET.contains(word)
}

/// Whether `word` is a letter name that is also a common word.
pub(crate) fn is_ambiguous_letter_name(word: &str) -> bool {
    AMBIGUOUS_LETTER_NAMES.contains(&word)
}

/// Whether `word` is a built-in Devanagari abbreviation.
pub(crate) fn is_devanagari_abbreviation(word: &str) -> bool {
    DEVANAGARI_ABBREVIATION_SET.contains(word)
}

/// Whether `word` begins sentences and is never a name.
pub(crate) fn is_sentence_starter(word: &str) -> bool {
    SENTENCE_STARTER_SET.contains(word)
}

/// Whether `word` is a verb of saying.
pub(crate) fn is_speech_verb(word: &str) -> bool {
    SPEECH_VERB_SET.contains(word)
}

/// Whether `word` is a title that stands before a name.
pub(crate) fn is_title(word: &str) -> bool {
    TITLE_SET.contains(word)
}

/// Whether `word` is a built-in English abbreviation.
pub(crate) fn is_latin_abbreviation(word: &str) -> bool {
    LATIN_ABBREVIATION_SET.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn lists_are_sorted_unique_nfc() {
        for list in [
            LETTER_NAMES,
            DEVANAGARI_ABBREVIATIONS,
            LATIN_ABBREVIATIONS,
            TITLES,
            SENTENCE_STARTERS,
            SPEECH_VERBS,
        ] {
            for w in list.windows(2) {
                assert!(w[0] < w[1], "{} !< {}", w[0], w[1]);
            }
            for w in list {
                assert_eq!(w.nfc().collect::<String>(), *w);
            }
        }
        for w in AMBIGUOUS_LETTER_NAMES {
            assert!(is_letter_name(w), "{w}");
        }
    }

    #[test]
    fn word_sets_hold_exactly_their_lists() {
        type Check = (&'static [&'static str], fn(&str) -> bool);
        let checks: [Check; 6] = [
            (LETTER_NAMES, is_letter_name),
            (DEVANAGARI_ABBREVIATIONS, is_devanagari_abbreviation),
            (LATIN_ABBREVIATIONS, is_latin_abbreviation),
            (TITLES, is_title),
            (SENTENCE_STARTERS, is_sentence_starter),
            (SPEECH_VERBS, is_speech_verb),
        ];
        for (list, is) in checks {
            for w in list {
                assert!(is(w), "{w}");
                // A prefix, an extension, another list's word: not members.
                let longer = format!("{w}क");
                assert!(!is(&longer), "{longer}");
                let shorter: String = w.chars().skip(1).collect();
                assert_eq!(is(&shorter), list.contains(&shorter.as_str()), "{shorter}");
            }
            assert!(!is(""));
            assert!(!is(&"क".repeat(40)));
        }
    }
}
