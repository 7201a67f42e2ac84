//! The options of the sentence splitter, and the configured splitter that
//! holds them with its abbreviation tables.

use super::abbrev;
use crate::language::Language;
use std::collections::HashSet;

/// What a single newline means.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum NewlinePolicy {
    /// Every newline ends a sentence (line-per-paragraph corpora), but one
    /// after a list marker alone on its line (`1.`, `(२)`) whose item
    /// starts the next line: the marker goes with its item. The default.
    ///
    /// ```
    /// let s: Vec<&str> = devanagari::sentences("सूची:\n1.\nपहला काम।").collect();
    /// assert_eq!(s, ["सूची:", "1.\nपहला काम।"]);
    /// ```
    #[default]
    Boundary,
    /// A single newline is a space (hard-wrapped text): every rule reads
    /// it as one (an initial or a couplet's half wrapped at its mark goes
    /// on as on one line), and only a blank line ends a sentence. The
    /// splitter reads a copy of a text with such line breaks (offsets and
    /// slices are still the text's own).
    ///
    /// ```
    /// use devanagari::{NewlinePolicy, SplitOptions, Splitter};
    /// let mut opts = SplitOptions::default();
    /// opts.newline = NewlinePolicy::Space;
    /// let splitter = Splitter::new(opts);
    /// let s: Vec<&str> = splitter.sentences("डॉ.\nशर्मा आए।\n\nफिर।").collect();
    /// assert_eq!(s, ["डॉ.\nशर्मा आए।", "फिर।"]);
    /// ```
    Space,
}

/// Options of a [`Splitter`].
///
/// ```
/// use devanagari::{NewlinePolicy, SplitOptions, Splitter};
/// let mut opts = SplitOptions::default();
/// opts.newline = NewlinePolicy::Space;
/// opts.abbreviations.push("मेज".to_string()); // मेजर, major
/// let s = Splitter::new(opts);
/// let v: Vec<&str> = s.sentences("मेज. सिंह ने\nकहा. ठीक है.").collect();
/// assert_eq!(v, ["मेज. सिंह ने\nकहा.", "ठीक है."]);
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct SplitOptions {
    /// What a single newline means.
    pub newline: NewlinePolicy,
    /// More abbreviations (written without the FULL STOP) after which a
    /// FULL STOP does not end a sentence.
    pub abbreviations: Vec<String>,
    /// The language of the text, if known: the abbreviation tables of
    /// Marathi (`रा.`, `ऍड.`, `न्या.`, the titles `आ.` `खा.` `ना.` before a
    /// name) and Nepali apply only with its hint, or with none (then every
    /// table applies where it is unambiguous). With Bhojpuri, Maithili or
    /// Magahi, `के.` is read as a word that may end a sentence, not the
    /// initial K. See [`Language`].
    ///
    /// ```
    /// use devanagari::{Language, SplitOptions, Splitter};
    /// let text = "आरोपी (रा. कोथरूड) याला अटक झाली. तपास सुरू आहे.";
    /// let mut opts = SplitOptions::default();
    /// opts.language = Some(Language::Marathi);
    /// assert_eq!(Splitter::new(opts).sentences(text).count(), 2);
    /// ```
    pub language: Option<Language>,
}

/// A configured sentence splitter, built once and reused.
#[derive(Clone, Debug, Default)]
pub struct Splitter {
    options: SplitOptions,
    extra: HashSet<String>,
}

impl Splitter {
    /// A splitter with these options.
    pub fn new(options: SplitOptions) -> Self {
        let extra = options.abbreviations.iter().cloned().collect();
        Splitter { options, extra }
    }

    /// The options of this splitter.
    pub fn options(&self) -> &SplitOptions {
        &self.options
    }

    #[inline]
    pub(crate) fn is_extra_abbreviation(&self, word: &str) -> bool {
        !self.extra.is_empty() && self.extra.contains(word)
    }

    /// Whether the tables of `language` apply: its hint, or none.
    #[inline]
    pub(crate) fn applies(&self, language: Language) -> bool {
        self.options.language.is_none_or(|l| l == language)
    }

    /// Whether the hint names `language` (not: there is no hint).
    #[inline]
    pub(crate) fn hints(&self, language: Language) -> bool {
        self.options.language == Some(language)
    }

    /// Whether the hint names a Bihari language (Bhojpuri, Maithili,
    /// Magahi), whose sentences end in words that are letter names in
    /// Hindi (see `abbrev::BIHARI_AMBIGUOUS_LETTER_NAMES`).
    #[inline]
    pub(crate) fn hints_bihari_language(&self) -> bool {
        matches!(
            self.options.language,
            Some(Language::Bhojpuri | Language::Maithili | Language::Magahi)
        )
    }

    /// Whether a Devanagari word of class `class` is an abbreviation for
    /// this splitter: a built-in one, one of the tables of the hinted
    /// language (all of them without a hint), or one the user added.
    #[inline]
    pub(crate) fn is_abbreviation(&self, word: &str, class: abbrev::WordClass) -> bool {
        class.is_devanagari_abbreviation()
            || (class.is_marathi_abbreviation() && self.applies(Language::Marathi))
            || (class.is_nepali_abbreviation() && self.applies(Language::Nepali))
            || self.is_extra_abbreviation(word)
    }
}
