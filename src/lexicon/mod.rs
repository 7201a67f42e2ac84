//! The reverse lexicon (English → Devanagari) that mixed-script repair uses.
//!
//! The built-in lexicon (`builtin.tsv`, about 890 entries) holds what a site
//! that substitutes English for Hindi plausibly replaces in news: countries,
//! demonyms, capitals and cities, Indian states, weekdays and months, offices
//! and titles, institutions and the common nouns of news. Users can add
//! entries or load their own TSV.
//!
//! Beside the entries, a lexicon holds Devanagari spellings of English words
//! (`loanwords.txt`, about 330 words: पेज, पेपर, मैन, गेट, ...): a Latin word
//! fused to one of these (`Homeपेज`, `Newsपेपर`) is an English compound
//! written in two scripts, not substitution damage.

use crate::fnv::FnvBuild;
use std::collections::HashMap;
use std::fmt;

/// One entry: an English word or phrase and the Devanagari word it stands
/// for.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Entry {
    /// The English word or phrase in its canonical case (`India`, `May`,
    /// `Prime Minister`).
    pub english: String,
    /// The Devanagari word (the most frequent in news, where the English word
    /// stands for several).
    pub devanagari: String,
    /// Other Devanagari words the English word also stands for; non-empty
    /// marks the entry as ambiguous.
    pub alternatives: Vec<String>,
}

impl Entry {
    /// Whether the English word stands for several Devanagari words.
    pub fn is_ambiguous(&self) -> bool {
        !self.alternatives.is_empty()
    }
}

/// An error in lexicon data, naming its line (1-based).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexiconError {
    line: usize,
    message: String,
}

impl LexiconError {
    /// The line of the data (1-based) where the error is.
    pub fn line(&self) -> usize {
        self.line
    }
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "lexicon line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for LexiconError {}

/// English → Devanagari entries, looked up case-sensitively (the canonical
/// form) or case-insensitively.
///
/// ```
/// use devanagari::Lexicon;
/// let lex = Lexicon::builtin();
/// assert_eq!(lex.get("India").map(|e| e.devanagari.as_str()), Some("भारत"));
/// assert!(lex.get("india").is_none()); // canonical case only
/// assert_eq!(lex.get_ignore_case("GOVERNMENT").map(|e| e.devanagari.as_str()), Some("सरकार"));
/// ```
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    entries: Vec<Entry>,
    by_lower: HashMap<String, usize, FnvBuild>,
    max_words: usize,
    /// Bit `n` is set when some key is `n` bytes long (bit 127: 127 or
    /// more): most Latin words of a text are no key, and most are rejected
    /// by their length alone.
    key_lengths: u128,
    /// Every run of ASCII letters (lowercase) of every English form, and
    /// their lengths: a run of Latin letters of a text that is not in this
    /// set is in no entry, alone or in a phrase, whatever separates the
    /// words of the phrase (space, NO-BREAK SPACE, hyphen, period).
    words: std::collections::HashSet<String, FnvBuild>,
    word_lengths: u128,
    /// Devanagari spellings of English words, folded by [`fold_nukta`].
    loanwords: std::collections::HashSet<String, FnvBuild>,
}

/// The bit of [`Lexicon::key_lengths`] for a key of `len` bytes.
fn length_bit(len: usize) -> u128 {
    1u128 << len.min(127)
}

static BUILTIN_TSV: &str = include_str!("builtin.tsv");
static BUILTIN_LOANWORDS: &str = include_str!("loanwords.txt");

/// The form a loanword (or another word list's word) is stored and looked
/// up in: without NUKTA (U+093C) and the joiners, and with the precomposed
/// nukta letters QA..YYA (U+0958..U+095F) as their base consonants, so that
/// न्यूज़ and न्यूज are one word whatever the text's normalization.
pub(crate) fn fold_nukta(word: &str) -> String {
    word.chars()
        .filter(|&c| c != '\u{093C}' && !crate::script::is_joiner(c))
        .map(|c| match c {
            '\u{0958}' => '\u{0915}', // QA -> KA
            '\u{0959}' => '\u{0916}', // KHHA -> KHA
            '\u{095A}' => '\u{0917}', // GHHA -> GA
            '\u{095B}' => '\u{091C}', // ZA -> JA
            '\u{095C}' => '\u{0921}', // DDDHA -> DDA
            '\u{095D}' => '\u{0922}', // RHA -> DDHA
            '\u{095E}' => '\u{092B}', // FA -> PHA
            '\u{095F}' => '\u{092F}', // YYA -> YA
            c => c,
        })
        .collect()
}

/// Hindi plural and oblique endings a loanword takes (`मैनों`, `पेजें`,
/// `वीडियोओं`), and the ending that replaces a final VOWEL SIGN II
/// (`पार्टी` -> `पार्टियों`).
const PLURAL_ENDINGS: [&str; 5] = ["\u{094B}\u{0902}", "\u{0947}\u{0902}", "ओं", "एं", "एँ"];
const II_PLURAL_ENDINGS: [&str; 3] = [
    "\u{093F}\u{092F}\u{094B}\u{0902}", // -ियों
    "\u{093F}\u{092F}\u{093E}\u{0902}", // -ियां
    "\u{093F}\u{092F}\u{093E}\u{0901}", // -ियाँ
];

/// `f` of `word` in ASCII lowercase, lowercased on the stack when short:
/// lookups happen for every Latin word of a text, most of them no entry.
fn with_lowercase<T>(word: &str, f: impl FnOnce(&str) -> T) -> T {
    let mut buf = [0u8; 64];
    match buf.get_mut(..word.len()) {
        Some(b) => {
            b.copy_from_slice(word.as_bytes());
            b.make_ascii_lowercase();
            f(std::str::from_utf8(b).unwrap_or(""))
        }
        None => f(&word.to_ascii_lowercase()),
    }
}

impl Lexicon {
    /// An empty lexicon.
    pub fn new() -> Self {
        Lexicon::default()
    }

    /// A copy of the built-in lexicon, to add entries to.
    pub fn with_builtin() -> Self {
        Lexicon::builtin().clone()
    }

    /// The built-in lexicon, shared.
    pub fn builtin() -> &'static Lexicon {
        static L: std::sync::LazyLock<Lexicon> = std::sync::LazyLock::new(|| {
            let mut l = Lexicon::new();
            // The built-in data is checked by a unit test; a bad line cannot
            // reach users, and would only leave the entry out.
            let _ = l.load_tsv(BUILTIN_TSV);
            let _ = l.load_loanwords(BUILTIN_LOANWORDS);
            l
        });
        &L
    }

    /// Adds (or replaces) an entry.
    ///
    /// ```
    /// let mut lex = devanagari::Lexicon::new();
    /// lex.insert("Kabaddi", "कबड्डी");
    /// assert_eq!(lex.len(), 1);
    /// ```
    pub fn insert(&mut self, english: &str, devanagari: &str) {
        self.insert_entry(Entry {
            english: english.to_string(),
            devanagari: devanagari.to_string(),
            alternatives: Vec::new(),
        });
    }

    fn insert_entry(&mut self, entry: Entry) {
        let key = entry.english.to_ascii_lowercase();
        self.key_lengths |= length_bit(key.len());
        self.max_words = self.max_words.max(entry.english.split(' ').count());
        for w in key
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
        {
            self.word_lengths |= length_bit(w.len());
            self.words.insert(w.to_string());
        }
        match self.by_lower.get(&key) {
            Some(&i) => {
                if let Some(slot) = self.entries.get_mut(i) {
                    *slot = entry;
                }
            }
            None => {
                self.by_lower.insert(key, self.entries.len());
                self.entries.push(entry);
            }
        }
    }

    /// Loads entries from TSV text: `English<TAB>Devanagari[<TAB>alt1|alt2]`
    /// per line; empty lines and lines starting with `#` are skipped. Returns
    /// the number of entries read, or the first bad line.
    ///
    /// # Errors
    /// A line without a tab, with an empty field, with an English key holding
    /// anything but ASCII letters, spaces, hyphens, apostrophes and periods, or
    /// with a Devanagari field holding no Devanagari letter.
    ///
    /// ```
    /// let mut lex = devanagari::Lexicon::new();
    /// assert_eq!(lex.load_tsv("# news\nCricket\tक्रिकेट\n").unwrap(), 1);
    /// let err = lex.load_tsv("Cricket\tक्रिकेट\nbroken line\n").unwrap_err();
    /// assert_eq!(err.line(), 2);
    /// ```
    pub fn load_tsv(&mut self, text: &str) -> Result<usize, LexiconError> {
        let mut n = 0;
        for (k, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |message: &str| LexiconError {
                line: k + 1,
                message: message.to_string(),
            };
            let mut fields = line.split('\t');
            let english = fields.next().unwrap_or("").trim();
            let devanagari = fields
                .next()
                .ok_or_else(|| err("expected English<TAB>Devanagari"))?
                .trim();
            let alternatives: Vec<String> = fields
                .next()
                .map(|a| {
                    a.split('|')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(String::from)
                        .collect()
                })
                .unwrap_or_default();
            if english.is_empty() || devanagari.is_empty() {
                return Err(err("empty field"));
            }
            if !english
                .chars()
                .all(|c| c.is_ascii_alphabetic() || matches!(c, ' ' | '-' | '\'' | '.'))
                || !english.chars().any(|c| c.is_ascii_alphabetic())
            {
                return Err(err("the English key may hold only ASCII letters, spaces, hyphens, apostrophes, periods"));
            }
            if !devanagari.chars().any(crate::script::is_devanagari_letter) {
                return Err(err("the Devanagari field holds no Devanagari letter"));
            }
            let english = english.split_whitespace().collect::<Vec<_>>().join(" ");
            self.insert_entry(Entry {
                english,
                devanagari: devanagari.to_string(),
                alternatives,
            });
            n += 1;
        }
        Ok(n)
    }

    /// Adds a Devanagari spelling of an English word (`पेज`, `स्टाइल`): a
    /// Latin word fused to it is glue, never repaired.
    ///
    /// ```
    /// let mut lex = devanagari::Lexicon::new();
    /// lex.insert_loanword("ब्रोशर");
    /// assert!(lex.is_loanword("ब्रोशर"));
    /// ```
    pub fn insert_loanword(&mut self, devanagari: &str) {
        let key = fold_nukta(devanagari.trim());
        if !key.is_empty() {
            self.loanwords.insert(key);
        }
    }

    /// Loads Devanagari spellings of English words, one per line; empty
    /// lines and lines starting with `#` are skipped. Returns the number of
    /// words read, or the first bad line.
    ///
    /// # Errors
    /// A line holding anything but Devanagari letters and signs (and the
    /// joiners), or no Devanagari letter.
    ///
    /// ```
    /// let mut lex = devanagari::Lexicon::new();
    /// assert_eq!(lex.load_loanwords("# sport\nस्कोरबोर्ड\n").unwrap(), 1);
    /// assert_eq!(lex.load_loanwords("गेट\nGate\n").unwrap_err().line(), 2);
    /// ```
    pub fn load_loanwords(&mut self, text: &str) -> Result<usize, LexiconError> {
        let mut n = 0;
        for (k, line) in text.lines().enumerate() {
            let word = line.trim();
            if word.is_empty() || word.starts_with('#') {
                continue;
            }
            if !word.chars().all(|c| {
                crate::script::is_devanagari_letter_or_mark(c) || crate::script::is_joiner(c)
            }) || !word.chars().any(crate::script::is_devanagari_letter)
            {
                return Err(LexiconError {
                    line: k + 1,
                    message: "a loanword is one word of Devanagari letters and signs".to_string(),
                });
            }
            self.insert_loanword(word);
            n += 1;
        }
        Ok(n)
    }

    /// Whether `word` is a Devanagari spelling of an English word of the
    /// lexicon's list, ignoring NUKTA, or one with a Hindi plural ending.
    ///
    /// ```
    /// let lex = devanagari::Lexicon::builtin();
    /// assert!(lex.is_loanword("पेपर"));
    /// assert!(lex.is_loanword("पेपरों"));
    /// assert!(lex.is_loanword("न्यूज़"));
    /// assert!(!lex.is_loanword("सरकार"));
    /// ```
    pub fn is_loanword(&self, word: &str) -> bool {
        if self.loanwords.is_empty() || word.is_empty() {
            return false;
        }
        let key = fold_nukta(word);
        if self.loanwords.contains(&key) {
            return true;
        }
        PLURAL_ENDINGS.iter().any(|e| {
            key.strip_suffix(e)
                .is_some_and(|stem| !stem.is_empty() && self.loanwords.contains(stem))
        }) || II_PLURAL_ENDINGS.iter().any(|e| {
            key.strip_suffix(e).is_some_and(|stem| {
                !stem.is_empty() && self.loanwords.contains(&format!("{stem}\u{0940}"))
            })
        })
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the lexicon is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries, in insertion order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry whose English form is exactly `english` (canonical case).
    pub fn get(&self, english: &str) -> Option<&Entry> {
        self.get_ignore_case(english)
            .filter(|e| e.english == english)
    }

    /// The entry whose English form equals `english` ignoring ASCII case.
    pub fn get_ignore_case(&self, english: &str) -> Option<&Entry> {
        if self.key_lengths & length_bit(english.len()) == 0 {
            return None;
        }
        with_lowercase(english, |key| self.by_lower.get(key).copied())
            .and_then(|i| self.entries.get(i))
    }

    /// Whether `word` (a run of ASCII letters, any case) is a run of letters
    /// of some English form: when it is not, no entry, of one word or a
    /// phrase, contains it.
    pub(crate) fn has_word_ignore_case(&self, word: &str) -> bool {
        if self.word_lengths & length_bit(word.len()) == 0 {
            return false;
        }
        with_lowercase(word, |key| self.words.contains(key))
    }

    /// The most words in one English form (for longest-match lookups).
    pub fn max_words(&self) -> usize {
        self.max_words
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn builtin_is_well_formed() {
        let mut l = Lexicon::new();
        let n = l.load_tsv(BUILTIN_TSV).expect("builtin parses");
        assert!(n >= 400, "{n} entries");
        assert_eq!(l.len(), n, "duplicate keys");
        let keys: Vec<String> = BUILTIN_TSV
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .map(|l| l.split('\t').next().unwrap_or("").to_ascii_lowercase())
            .collect();
        for w in keys.windows(2) {
            assert!(w[0] < w[1], "not sorted: {} {}", w[0], w[1]);
        }
        for e in l.entries() {
            assert_eq!(
                e.devanagari.nfc().collect::<String>(),
                e.devanagari,
                "{}",
                e.english
            );
        }
        for (en, hi) in [
            ("Government", "सरकार"),
            ("Prime Minister", "प्रधानमंत्री"),
            ("Monday", "सोमवार"),
        ] {
            assert_eq!(l.get(en).map(|e| e.devanagari.as_str()), Some(hi));
        }
        assert!(l.max_words() >= 2);
    }

    #[test]
    fn builtin_loanwords_are_well_formed() {
        let mut l = Lexicon::new();
        let n = l
            .load_loanwords(BUILTIN_LOANWORDS)
            .expect("loanwords parse");
        assert!(n >= 300, "{n} loanwords");
        assert_eq!(l.loanwords.len(), n, "duplicates (after folding NUKTA)");
        for w in BUILTIN_LOANWORDS
            .lines()
            .filter(|w| !w.starts_with('#') && !w.is_empty())
        {
            assert_eq!(w.nfc().collect::<String>(), w, "{w}");
        }
        // Spellings that are also Hindi words or suffixes stay out of the list.
        for hindi in ["कार", "बस", "मेल", "पास", "बार", "ी", "ीय", "वासी", "वंशी"]
        {
            assert!(!l.is_loanword(hindi), "{hindi}");
        }
        // Precomposed nukta letters and plural endings.
        assert!(l.is_loanword("\u{0928}\u{094D}\u{092F}\u{0942}\u{095B}")); // न्यूज़ with ZA
        assert!(l.is_loanword("पार्टियों"));
        assert!(l.is_loanword("वीडियोओं"));
    }
}
