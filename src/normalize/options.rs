//! The options of the normalizer: which rules run, and each policy.
//!
//! Each rule lives in one file of `normalize/`:
//!
//! | rule (SPEC section 1) | option | file |
//! |---|---|---|
//! | 1 line endings and spaces | [`NormalizeOptions::spaces`], [`NormalizeOptions::lone_cr`] | `space.rs` (and the fixes in place, `direct.rs`) |
//! | 2 invisible characters | [`NormalizeOptions::invisible`] | `invisible.rs` |
//! | 3 ZWJ and ZWNJ | [`NormalizeOptions::joiners`] | `invisible.rs` |
//! | 4 NFC | [`NormalizeOptions::nfc`] | `nfc.rs` |
//! | 5 "do not emit" sequences | [`NormalizeOptions::do_not_emit`] | `vowels.rs` |
//! | 6 mark order, repeats | [`NormalizeOptions::mark_order`] | `marks.rs` |
//! | 6 split vowel signs | [`NormalizeOptions::split_vowel_signs`] | `marks.rs` |
//! | 6 signs torn by a tokenizer | [`NormalizeOptions::sign_spaces`] | `marks.rs` |
//! | 7 danda | [`NormalizeOptions::danda`] | `danda.rs` (which pipes: `crate::danda`) |
//! | 8 visarga | [`NormalizeOptions::visarga`] | `visarga.rs` |
//! | 9 spacing before punctuation | [`NormalizeOptions::punctuation_spacing`] | `space.rs` |
//! | opt-in folds | [`NormalizeOptions::nukta`], `nasals`, `candrabindu`, `digits`, `punctuation` | `nlp.rs` |
//! | opt-in ABBREVIATION SIGN | [`NormalizeOptions::abbreviation_sign`] | `abbreviation.rs` |
//!
//! What each rule may act on is found by the quick check (`quick.rs`); the
//! common faults are fixed in place (`direct.rs`), the rest by the passes.

/// What a lone CARRIAGE RETURN (one not followed by LINE FEED) becomes under
/// rule 1. CRLF always becomes LF.
///
/// ```
/// use devanagari::{LoneCrPolicy, NormalizeOptions, Normalizer};
/// assert_eq!(Normalizer::default().normalize("पहला\rदूसरा"), "पहला\nदूसरा");
/// let mut opts = NormalizeOptions::safe();
/// opts.lone_cr = LoneCrPolicy::ToSpace;
/// assert_eq!(Normalizer::new(opts).normalize("पहला\rदूसरा"), "पहला दूसरा");
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum LoneCrPolicy {
    /// A lone CR is a line break (old Mac line endings) and becomes LF.
    #[default]
    ToLineFeed,
    /// A lone CR becomes a space (joining the spaces around it, removed at
    /// a line end): for text whose line structure is fixed elsewhere, as
    /// one line of a file read line by line, where a new line break would
    /// add a record.
    ToSpace,
}

/// What to do with ZERO WIDTH JOINER and ZERO WIDTH NON-JOINER in or next to
/// Devanagari. Joiners elsewhere (emoji sequences, Persian, Malayalam) are
/// never touched.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum JoinerPolicy {
    /// Keep every joiner.
    KeepAll,
    /// Keep a joiner directly after VIRAMA, where it means something (ZWJ: an
    /// explicit half form, and RA + VIRAMA + ZWJ the eyelash RA of Marathi and
    /// Nepali; ZWNJ: an explicit visible virama); remove the others. This is
    /// the rule of the Unicode standard and of IDNA (RFC 5892).
    #[default]
    Contextual,
    /// Remove every joiner in or next to Devanagari (lossy; for search indexes).
    StripAll,
}

/// What to do with NUKTA.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum NuktaPolicy {
    /// Keep it.
    #[default]
    Keep,
    /// Remove it from the letters for borrowed sounds (क़ ख़ ग़ ज़ झ़ फ़ become
    /// क ख ग ज झ फ), keeping the native Hindi ड़ ढ़ (lossy).
    StripBorrowed,
}

/// What to do with a nasal consonant + VIRAMA before a stop of its class.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum NasalPolicy {
    /// Keep both spellings.
    #[default]
    Keep,
    /// Nasal consonant + VIRAMA before a stop of the same class becomes ANUSVARA
    /// (सम्बन्ध → संबंध, हिन्दी → हिंदी); `अन्य`, `सम्मान` stay.
    ToAnusvara,
    /// The reverse: ANUSVARA before a stop becomes the class nasal + VIRAMA.
    ToConsonant,
}

/// What to do with CANDRABINDU.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum CandrabinduPolicy {
    /// Keep it.
    #[default]
    Keep,
    /// CANDRABINDU becomes ANUSVARA (हँसी → हंसी; lossy).
    ToAnusvara,
}

/// What to do with digits.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum DigitPolicy {
    /// Keep them.
    #[default]
    Keep,
    /// Devanagari digits become ASCII digits.
    ToAscii,
    /// ASCII digits become Devanagari digits.
    ToDevanagari,
}

/// What to do with typographic punctuation.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum PunctuationPolicy {
    /// Keep it.
    #[default]
    Keep,
    /// Curly quotes and guillemets become `"` and `'`, dashes `-`, the
    /// ellipsis `...`.
    Ascii,
}

/// What to do with DEVANAGARI ABBREVIATION SIGN (U+0970).
#[non_exhaustive]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum AbbreviationSignPolicy {
    /// Keep it.
    #[default]
    Keep,
    /// It becomes FULL STOP (`डॉ॰` → `डॉ.`).
    ToFullStop,
    /// The reverse: a FULL STOP that closes a Devanagari abbreviation or
    /// initial inside a sentence becomes ABBREVIATION SIGN (`डॉ. शर्मा` →
    /// `डॉ॰ शर्मा`, `ई.पू. की` → `ई॰पू॰ की`). Which FULL STOPs those are is
    /// the sentence splitter's decision ([`crate::sentences`]): one that
    /// ends a sentence stays, so splitting the output gives the same
    /// sentences.
    ///
    /// ```
    /// use devanagari::{AbbreviationSignPolicy, NormalizeOptions, Normalizer};
    /// let mut opts = NormalizeOptions::safe();
    /// opts.abbreviation_sign = AbbreviationSignPolicy::FromFullStop;
    /// let n = Normalizer::new(opts);
    /// assert_eq!(n.normalize("कल डॉ. शर्मा आए."), "कल डॉ॰ शर्मा आए.");
    /// assert_eq!(n.normalize("यह 500 ई.पू. की बात है."), "यह 500 ई॰पू॰ की बात है.");
    /// ```
    FromFullStop,
}

/// Which rules [`Normalizer`](crate::Normalizer) applies.
///
/// `Default` is the `safe` profile ([`NormalizeOptions::safe`]). Start from a
/// profile and set fields:
///
/// ```
/// use devanagari::{DigitPolicy, NormalizeOptions, Normalizer};
/// let mut opts = NormalizeOptions::safe();
/// opts.digits = DigitPolicy::ToAscii;
/// let n = Normalizer::new(opts);
/// assert_eq!(n.normalize("१० बजे"), "10 बजे");
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct NormalizeOptions {
    /// Rule 1: CRLF and CR become LF; NO-BREAK SPACE and other unusual spaces
    /// become SPACE; runs of spaces inside a line collapse; spaces at line
    /// ends go. Tabs, newlines and the indentation a line starts with (as
    /// many SPACEs) are kept.
    pub spaces: bool,
    /// Rule 1, with `spaces`: what a lone CR becomes.
    pub lone_cr: LoneCrPolicy,
    /// Rule 2: remove BYTE ORDER MARK, ZERO WIDTH SPACE, SOFT HYPHEN, WORD
    /// JOINER, LEFT-TO-RIGHT and RIGHT-TO-LEFT MARK (kept only between two
    /// letters of a script other than Latin and Devanagari).
    pub invisible: bool,
    /// Rule 3: ZERO WIDTH JOINER and NON-JOINER.
    pub joiners: JoinerPolicy,
    /// Rule 4: Unicode NFC.
    pub nfc: bool,
    /// Rule 5: replace the Devanagari "do not emit" sequences of the Unicode
    /// Character Database (`अा` → `आ`, `ख्ा` → `ख`, `र्इ` → `ई`, ...).
    pub do_not_emit: bool,
    /// Rule 6: NUKTA after a vowel sign moves next to its consonant; ANUSVARA
    /// or CANDRABINDU before a vowel sign moves after it; exact repeats of a
    /// vowel sign, NUKTA or VIRAMA collapse (not VOCALIC R or L typed twice,
    /// which may stand for the long vowel: `पितृृन्`).
    pub mark_order: bool,
    /// Rule 6: two vowel signs that legacy-font converters write for one
    /// become that one (AA + E → O, AA + AI → AU, AA + CANDRA E → CANDRA O,
    /// and E + AA, CANDRA E + AA): `उन्हाेंने` → `उन्होंने`.
    pub split_vowel_signs: bool,
    /// Rule 6: a space a word tokenizer typed between a letter and its
    /// dependent sign or VIRAMA goes (`क ् या` → `क्या`); not before a
    /// VISARGA, which Marathi news write after a space for a colon.
    pub sign_spaces: bool,
    /// Rule 7: `|` used as a danda becomes DANDA, `||` and `।।` DOUBLE DANDA.
    pub danda: bool,
    /// Rule 8: COLON used as a visarga becomes VISARGA.
    pub visarga: bool,
    /// Rule 9: spaces between a Devanagari word and `।` `॥` `,` `?` `!` or a
    /// sentence-final `.` are removed.
    pub punctuation_spacing: bool,
    /// Opt-in: NUKTA on borrowed sounds.
    pub nukta: NuktaPolicy,
    /// Opt-in: nasal consonants and ANUSVARA.
    pub nasals: NasalPolicy,
    /// Opt-in: CANDRABINDU.
    pub candrabindu: CandrabinduPolicy,
    /// Opt-in: digits.
    pub digits: DigitPolicy,
    /// Opt-in: typographic quotes, dashes and ellipsis.
    pub punctuation: PunctuationPolicy,
    /// Opt-in: ABBREVIATION SIGN.
    pub abbreviation_sign: AbbreviationSignPolicy,
    /// The sentence splitter's options that
    /// [`AbbreviationSignPolicy::FromFullStop`] decides with (its extra
    /// abbreviations, its language hint): a FULL STOP the splitter says ends
    /// no sentence becomes ABBREVIATION SIGN.
    pub split: crate::sentence::SplitOptions,
}

impl Default for NormalizeOptions {
    fn default() -> Self {
        NormalizeOptions::safe()
    }
}

impl NormalizeOptions {
    /// The `safe` profile (the default): the nine meaning-preserving rules.
    pub fn safe() -> Self {
        NormalizeOptions {
            spaces: true,
            lone_cr: LoneCrPolicy::ToLineFeed,
            invisible: true,
            joiners: JoinerPolicy::Contextual,
            nfc: true,
            do_not_emit: true,
            mark_order: true,
            split_vowel_signs: true,
            sign_spaces: true,
            danda: true,
            visarga: true,
            punctuation_spacing: true,
            nukta: NuktaPolicy::Keep,
            nasals: NasalPolicy::Keep,
            candrabindu: CandrabinduPolicy::Keep,
            digits: DigitPolicy::Keep,
            punctuation: PunctuationPolicy::Keep,
            abbreviation_sign: AbbreviationSignPolicy::Keep,
            split: crate::sentence::SplitOptions::default(),
        }
    }

    /// The `nlp` profile: `safe` plus every lossy fold in the direction an NLP
    /// pipeline wants (borrowed-sound NUKTA stripped, nasals and CANDRABINDU to
    /// ANUSVARA, digits and punctuation to ASCII, ABBREVIATION SIGN to FULL
    /// STOP).
    ///
    /// ```
    /// use devanagari::{NormalizeOptions, Normalizer};
    /// let nlp = Normalizer::new(NormalizeOptions::nlp());
    /// assert_eq!(nlp.normalize("हिन्दी"), "हिंदी");
    /// assert_eq!(nlp.normalize("ज़्यादा"), "ज्यादा");
    /// assert_eq!(nlp.normalize("पढ़ना"), "पढ़ना"); // the native flap keeps its nukta
    /// ```
    pub fn nlp() -> Self {
        NormalizeOptions {
            nukta: NuktaPolicy::StripBorrowed,
            nasals: NasalPolicy::ToAnusvara,
            candrabindu: CandrabinduPolicy::ToAnusvara,
            digits: DigitPolicy::ToAscii,
            punctuation: PunctuationPolicy::Ascii,
            abbreviation_sign: AbbreviationSignPolicy::ToFullStop,
            ..NormalizeOptions::safe()
        }
    }

    /// No rule at all: the text is returned as it is. A starting point for
    /// switching single rules on.
    pub fn none() -> Self {
        // The folds are off in `safe` already: switch its rules off.
        NormalizeOptions {
            spaces: false,
            invisible: false,
            joiners: JoinerPolicy::KeepAll,
            nfc: false,
            do_not_emit: false,
            mark_order: false,
            split_vowel_signs: false,
            sign_spaces: false,
            danda: false,
            visarga: false,
            punctuation_spacing: false,
            ..NormalizeOptions::safe()
        }
    }
}

impl NormalizeOptions {
    /// Whether rule 1 makes a lone CR (one not before LF) a SPACE, or
    /// removes it beside one: the reads that judge a line before rule 1
    /// (the fixes in place, the cuts between pieces) then read it as a
    /// space, not as a line break.
    pub(crate) fn lone_cr_is_space(&self) -> bool {
        self.spaces && self.lone_cr == LoneCrPolicy::ToSpace
    }
}

/// Builder methods, one per field: start from a profile and change what
/// differs (the struct is `#[non_exhaustive]`, so struct update syntax does
/// not compile outside the crate).
///
/// ```
/// use devanagari::{DigitPolicy, NormalizeOptions, Normalizer};
/// let opts = NormalizeOptions::safe().digits(DigitPolicy::ToAscii).visarga(false);
/// let n = Normalizer::new(opts);
/// assert_eq!(n.normalize("दु:ख १० बजे"), "दु:ख 10 बजे");
/// ```
impl NormalizeOptions {
    /// Sets [`NormalizeOptions::spaces`].
    #[must_use]
    pub fn spaces(mut self, on: bool) -> Self {
        self.spaces = on;
        self
    }

    /// Sets [`NormalizeOptions::lone_cr`].
    #[must_use]
    pub fn lone_cr(mut self, policy: LoneCrPolicy) -> Self {
        self.lone_cr = policy;
        self
    }

    /// Sets [`NormalizeOptions::invisible`].
    #[must_use]
    pub fn invisible(mut self, on: bool) -> Self {
        self.invisible = on;
        self
    }

    /// Sets [`NormalizeOptions::joiners`].
    #[must_use]
    pub fn joiners(mut self, policy: JoinerPolicy) -> Self {
        self.joiners = policy;
        self
    }

    /// Sets [`NormalizeOptions::nfc`].
    #[must_use]
    pub fn nfc(mut self, on: bool) -> Self {
        self.nfc = on;
        self
    }

    /// Sets [`NormalizeOptions::do_not_emit`].
    #[must_use]
    pub fn do_not_emit(mut self, on: bool) -> Self {
        self.do_not_emit = on;
        self
    }

    /// Sets [`NormalizeOptions::mark_order`].
    #[must_use]
    pub fn mark_order(mut self, on: bool) -> Self {
        self.mark_order = on;
        self
    }

    /// Sets [`NormalizeOptions::split_vowel_signs`].
    #[must_use]
    pub fn split_vowel_signs(mut self, on: bool) -> Self {
        self.split_vowel_signs = on;
        self
    }

    /// Sets [`NormalizeOptions::sign_spaces`].
    #[must_use]
    pub fn sign_spaces(mut self, on: bool) -> Self {
        self.sign_spaces = on;
        self
    }

    /// Sets [`NormalizeOptions::danda`].
    #[must_use]
    pub fn danda(mut self, on: bool) -> Self {
        self.danda = on;
        self
    }

    /// Sets [`NormalizeOptions::visarga`].
    #[must_use]
    pub fn visarga(mut self, on: bool) -> Self {
        self.visarga = on;
        self
    }

    /// Sets [`NormalizeOptions::punctuation_spacing`].
    #[must_use]
    pub fn punctuation_spacing(mut self, on: bool) -> Self {
        self.punctuation_spacing = on;
        self
    }

    /// Sets [`NormalizeOptions::nukta`].
    #[must_use]
    pub fn nukta(mut self, policy: NuktaPolicy) -> Self {
        self.nukta = policy;
        self
    }

    /// Sets [`NormalizeOptions::nasals`].
    #[must_use]
    pub fn nasals(mut self, policy: NasalPolicy) -> Self {
        self.nasals = policy;
        self
    }

    /// Sets [`NormalizeOptions::candrabindu`].
    #[must_use]
    pub fn candrabindu(mut self, policy: CandrabinduPolicy) -> Self {
        self.candrabindu = policy;
        self
    }

    /// Sets [`NormalizeOptions::digits`].
    #[must_use]
    pub fn digits(mut self, policy: DigitPolicy) -> Self {
        self.digits = policy;
        self
    }

    /// Sets [`NormalizeOptions::punctuation`].
    #[must_use]
    pub fn punctuation(mut self, policy: PunctuationPolicy) -> Self {
        self.punctuation = policy;
        self
    }

    /// Sets [`NormalizeOptions::split`].
    #[must_use]
    pub fn split(mut self, options: crate::sentence::SplitOptions) -> Self {
        self.split = options;
        self
    }

    /// Sets [`NormalizeOptions::abbreviation_sign`].
    #[must_use]
    pub fn abbreviation_sign(mut self, policy: AbbreviationSignPolicy) -> Self {
        self.abbreviation_sign = policy;
        self
    }
}
