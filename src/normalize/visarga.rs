//! Rule 8: COLON typed for VISARGA.
//!
//! A colon between two Devanagari letters of one word is a visarga
//! (`दु:ख` → `दुःख`). A colon at the end of a word is a visarga only where the
//! word is a known visarga word (`अत:` → `अतः`); elsewhere it introduces
//! something (`नोट: यह`, `समय: 10:30`) and stays a colon.

use crate::edit::EditKind;
use crate::rewrite::{Changed, Rewriter};
use crate::script::*;

/// Words that end in VISARGA, written without it: Sanskrit adverbs in -तः and
/// -शः and a few others common in Hindi, Marathi and Nepali prose. Sorted.
/// Not `छः` (six, Hindi), here or as a stem: `छ` is also the Nepali and
/// Maithili verb "is", and Nepali headlines set a colon after it before the
/// speaker (`… जिम्मेवारी छ: ओली`), glued or not (`छ:कृपया`), where a
/// visarga would make it "six". A colon kept after the Hindi numeral
/// changes nothing; a visarga put after the verb does.
static VISARGA_WORDS: &[&str] = &[
    "\u{0905}\u{0902}\u{0924}\u{0924}",                         // अंततः
    "\u{0905}\u{0902}\u{0936}\u{0924}",                         // अंशतः
    "\u{0905}\u{0915}\u{094D}\u{0937}\u{0930}\u{0936}",         // अक्षरशः
    "\u{0905}\u{0924}",                                         // अतः
    "\u{0905}\u{0928}\u{094D}\u{0924}\u{0924}",                 // अन्ततः
    "\u{0907}\u{0924}",                                         // इतः
    "\u{0915}\u{094D}\u{0930}\u{092E}\u{0936}",                 // क्रमशः
    "\u{0924}\u{0924}",                                         // ततः
    "\u{0924}\u{0924}\u{094D}\u{0924}\u{094D}\u{0935}\u{0924}", // तत्त्वतः
    "\u{0924}\u{0924}\u{094D}\u{0935}\u{0924}",                 // तत्वतः
    "\u{0928}\u{092E}",                                         // नमः
    "\u{0928}\u{093F}\u{092F}\u{092E}\u{0924}",                 // नियमतः
    "\u{092A}\u{0930}\u{0938}\u{094D}\u{092A}\u{0930}\u{0924}", // परस्परतः
    "\u{092A}\u{0941}\u{0928}",                                 // पुनः
    "\u{092A}\u{0942}\u{0930}\u{094D}\u{0923}\u{0924}",         // पूर्णतः
    "\u{092A}\u{094D}\u{0930}\u{0924}\u{094D}\u{092F}\u{0915}\u{094D}\u{0937}\u{0924}", // प्रत्यक्षतः
    "\u{092A}\u{094D}\u{0930}\u{0925}\u{092E}\u{0924}",         // प्रथमतः
    "\u{092A}\u{094D}\u{0930}\u{0927}\u{093E}\u{0928}\u{0924}", // प्रधानतः
    "\u{092A}\u{094D}\u{0930}\u{093E}\u{0924}",                 // प्रातः
    "\u{092A}\u{094D}\u{0930}\u{093E}\u{092F}",                 // प्रायः
    "\u{092B}\u{0932}\u{0924}",                                 // फलतः
    "\u{092E}\u{0941}\u{0916}\u{094D}\u{092F}\u{0924}",         // मुख्यतः
    "\u{092E}\u{0942}\u{0932}\u{0924}",                         // मूलतः
    "\u{092F}\u{0924}",                                         // यतः
    "\u{0935}\u{0938}\u{094D}\u{0924}\u{0941}\u{0924}",         // वस्तुतः
    "\u{0935}\u{093F}\u{0936}\u{0947}\u{0937}\u{0924}",         // विशेषतः
    "\u{0936}\u{0928}\u{0948}",                                 // शनैः
    "\u{0936}\u{092C}\u{094D}\u{0926}\u{0936}",                 // शब्दशः
    "\u{0938}\u{0902}\u{092D}\u{0935}\u{0924}",                 // संभवतः
    "\u{0938}\u{092E}\u{094D}\u{092D}\u{0935}\u{0924}",         // सम्भवतः
    "\u{0938}\u{0930}\u{094D}\u{0935}\u{0924}",                 // सर्वतः
    "\u{0938}\u{093E}\u{092E}\u{093E}\u{0928}\u{094D}\u{092F}\u{0924}", // सामान्यतः
    "\u{0938}\u{094D}\u{0935}\u{0924}",                         // स्वतः
    "\u{0938}\u{094D}\u{0935}\u{092D}\u{093E}\u{0935}\u{0924}", // स्वभावतः
];

fn is_visarga_word(word: &str) -> bool {
    VISARGA_WORDS.contains(&word)
}

/// The stems that take a VISARGA inside a word, before the rest of the
/// compound (दुः-ख, निः-शुल्क, अंतः-करण, मनः-स्थिति, पुनः-स्थापना, प्रातः-काल,
/// स्वतः-स्फूर्त, ...). A colon after any other stem inside a word is a
/// label's colon (`कीवर्ड:खाता`, `डिजाइन:तेजी`), seen often in web text, and
/// stays. Sorted.
static VISARGA_STEMS: &[&str] = &[
    "\u{0905}\u{0902}\u{0924}",                         // अंत
    "\u{0905}\u{0924}",                                 // अत
    "\u{0905}\u{0927}",                                 // अध
    "\u{0905}\u{0928}\u{094D}\u{0924}",                 // अन्त
    "\u{0906}\u{0935}\u{093F}",                         // आवि
    "\u{0909}\u{0930}",                                 // उर
    "\u{091A}\u{0924}\u{0941}",                         // चतु
    "\u{0924}\u{092A}",                                 // तप
    "\u{0924}\u{0947}\u{091C}",                         // तेज
    "\u{0926}\u{0941}",                                 // दु
    "\u{0928}\u{092E}",                                 // नम
    "\u{0928}\u{093F}",                                 // नि
    "\u{092A}\u{0941}\u{0928}",                         // पुन
    "\u{092A}\u{094D}\u{0930}\u{093E}\u{0924}",         // प्रात
    "\u{092A}\u{094D}\u{0930}\u{093E}\u{0926}\u{0941}", // प्रादु
    "\u{092C}\u{0939}\u{093F}",                         // बहि
    "\u{092E}\u{0928}",                                 // मन
    "\u{092F}\u{0936}",                                 // यश
    "\u{0936}\u{093F}\u{0930}",                         // शिर
    "\u{0938}\u{094D}\u{0935}\u{0924}",                 // स्वत
];

fn is_visarga_stem(stem: &str) -> bool {
    VISARGA_STEMS.binary_search(&stem).is_ok()
}

/// A character that can end a word before a colon that becomes a visarga.
pub(super) fn is_word_char(c: char) -> bool {
    is_devanagari_letter_or_mark(c) && c != DEVANAGARI_SIGN_VIRAMA
}

/// Rule 8's decision, the one home of it: whether a COLON after `word`
/// (the Devanagari letters and signs before it, ending in a word
/// character) and before `next` is a visarga. The pass below and the fixes
/// in place (`direct.rs`) both ask here.
pub(super) fn colon_is_visarga(word: &str, next: Option<char>) -> bool {
    let inside =
        next.is_some_and(|n| is_consonant(n) || is_independent_vowel(n)) && is_visarga_stem(word);
    let at_end = match next {
        None => true,
        // (Or a closing bracket or a quote: `(वस्तुत:)`, `“अत:”`; any
        // quote, as the `nlp` profile's fold to ASCII makes every one a
        // straight quote, and the decision must read the same before and
        // after it.)
        Some(n) => {
            let n = super::nlp::ascii_punctuation(n)
                .and_then(|a| a.chars().next())
                .unwrap_or(n);
            n.is_whitespace()
                || matches!(n, ',' | '.' | '?' | '!' | ';')
                || is_danda(n)
                || is_closing_punctuation(n)
        }
    };
    inside || (at_end && is_visarga_word(word))
}

/// Whether the COLON at byte `at` of `text` is a visarga as rule 8 reads
/// it ([`colon_is_visarga`], on the Devanagari word before it): for the
/// word tokenizer, which keeps it in its word (`अंत:करण`, `अत:`).
pub(crate) fn colon_is_visarga_at(text: &str, at: usize) -> bool {
    let head = text.get(..at).unwrap_or("");
    if !head.chars().next_back().is_some_and(is_word_char) {
        return false;
    }
    let (_, word_start) = word_before_colon(head);
    let next = text.get(at + 1..).and_then(|r| r.chars().next());
    colon_is_visarga(head.get(word_start..).unwrap_or(""), next)
}

/// Where the Devanagari word that `head` ends with starts, and where the
/// character before it (which ends it on the left) starts: `(0, 0)` when
/// the word starts `head`. The one read of the word before a COLON, for
/// the fixes in place and for the word tokenizer.
pub(super) fn word_before_colon(head: &str) -> (usize, usize) {
    head.char_indices()
        .rev()
        .find(|&(_, c)| !is_devanagari_letter_or_mark(c))
        .map_or((0, 0), |(i, c)| (i, i + c.len_utf8()))
}

pub(crate) fn visarga(line: &str) -> Option<Changed> {
    let mut rw = Rewriter::new(line);
    let mut prev: Option<char> = None;
    let mut word_start = 0;
    for (i, c) in line.char_indices() {
        if c == COLON && prev.is_some_and(is_word_char) {
            let next = line.get(i + 1..).and_then(|r| r.chars().next());
            let word = line.get(word_start..i).unwrap_or("");
            if colon_is_visarga(word, next) {
                rw.replace(i..i + 1, "\u{0903}", EditKind::Visarga);
            }
        }
        if !is_devanagari_letter_or_mark(c) {
            word_start = i + c.len_utf8();
        }
        prev = Some(c);
    }
    rw.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(s: &str) -> String {
        visarga(s).map(|c| c.text).unwrap_or_else(|| s.to_string())
    }

    #[test]
    fn list_is_sorted_and_nfc() {
        use unicode_normalization::UnicodeNormalization;
        for list in [VISARGA_WORDS, VISARGA_STEMS] {
            for w in list.windows(2) {
                assert!(w[0] < w[1], "{} >= {}", w[0], w[1]);
            }
            for w in list {
                assert_eq!(w.nfc().collect::<String>(), *w);
            }
        }
    }

    #[test]
    fn colons() {
        for (input, want) in [
            ("दु:ख", "दुःख"),
            ("अंत:करण", "अंतःकरण"),
            ("नि:शुल्क", "निःशुल्क"),
            ("अत: वह", "अतः वह"),
            ("वह पुन: आया", "वह पुनः आया"),
            ("क्रमश:", "क्रमशः"),
            ("(वस्तुत:) यह", "(वस्तुतः) यह"),
            ("“अत:” कहा", "“अतः” कहा"),
            ("नोट: यह", "नोट: यह"),
            ("समय: 10:30", "समय: 10:30"),
            ("१०:३०", "१०:३०"),
            ("भारत: एक खोज", "भारत: एक खोज"),
            // the Nepali verb "is" before a headline's speaker
            ("सुधार जारी छ: मन्त्री", "सुधार जारी छ: मन्त्री"),
            ("त्रुटि भएको छ:कृपया", "त्रुटि भएको छ:कृपया"),
            ("a:b", "a:b"),
            ("मन:स्थिति", "मनःस्थिति"),
            ("प्रात:काल", "प्रातःकाल"),
            ("स्वत:स्फूर्त", "स्वतःस्फूर्त"),
            ("दु:साहस", "दुःसाहस"),
            // a label's colon inside a token stays
            ("कीवर्ड:खाता", "कीवर्ड:खाता"),
            ("डिजाइन:तेजी", "डिजाइन:तेजी"),
        ] {
            assert_eq!(run(input), want, "{input:?}");
        }
    }
}
