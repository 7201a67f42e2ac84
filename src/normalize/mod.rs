//! Normalization: Unicode NFC plus Devanagari canonicalization.
//!
//! The rules and their order are those of SPEC section 1. The default `safe`
//! profile does only what cannot change what a reader sees or means; the
//! `nlp` profile adds lossy folds, each also switchable on its own.
//!
//! How it works: a quick check scans the text once and finds the
//! places where some rule might apply; every other byte is left alone (and a
//! text with none is returned borrowed). The common faults are fixed in
//! place (`direct.rs`); otherwise the stretch around the suspect, between
//! the nearest safe cuts (a space between two plain words, or two inert
//! characters side by side, see `is_safe_cut` and `is_inert`), goes through
//! the passes in order; each pass copies what it does not change and
//! reports each change as an [`Edit`]. Lines are independent: no rule looks
//! across a newline, so normalizing a text equals normalizing each of its
//! lines; the property tests compare with running every pass over every
//! line.

mod abbreviation;
mod cuts;
mod danda;
mod direct;
mod driver;
mod invisible;
mod marks;
mod nfc;
pub(crate) mod nlp;
mod options;
mod passes;
mod plain;
mod quick;
pub(crate) mod space;
pub(crate) mod visarga;
mod vowels;

pub use options::*;
use passes::Pass;

use crate::edit::Edit;
use std::borrow::Cow;

/// A configured normalizer, built once and reused.
///
/// ```
/// use devanagari::{NormalizeOptions, Normalizer};
/// let n = Normalizer::new(NormalizeOptions::safe());
/// assert_eq!(n.normalize("दु:ख है ।"), "दुःख है।");
/// ```
#[derive(Clone, Debug)]
pub struct Normalizer {
    options: NormalizeOptions,
    passes: Vec<Pass>,
    quick: quick::QuickCheck,
    /// With the sign-space rule on: the same rules without it, to read a
    /// line's signs as normalization leaves them (see
    /// [`Normalizer::torn_signs`]).
    without_sign_spaces: Option<Box<Normalizer>>,
    /// The splitter that decides FULL STOP → ABBREVIATION SIGN.
    splitter: crate::sentence::Splitter,
}

impl Default for Normalizer {
    fn default() -> Self {
        Normalizer::new(NormalizeOptions::safe())
    }
}

impl Normalizer {
    /// A normalizer applying the rules of `options`.
    pub fn new(options: NormalizeOptions) -> Self {
        let o = &options;
        let passes = Pass::enabled(o);
        let quick = quick::QuickCheck::new(&options);
        let without_sign_spaces = options.sign_spaces.then(|| {
            let mut o = options.clone();
            o.sign_spaces = false;
            Box::new(Normalizer::new(o))
        });
        let splitter = crate::sentence::Splitter::new(options.split.clone());
        Normalizer {
            options,
            passes,
            quick,
            without_sign_spaces,
            splitter,
        }
    }

    /// Whether (and how) a tokenizer tore the signs of `line` from their
    /// letters ([`marks::torn_signs`]), read from the line as the other rules
    /// leave it: so a line that does not qualify is left with the same
    /// signs, and asks the same on the output (idempotence), whatever the
    /// other rules collapse or join. Lines with no combining mark after a
    /// space are skipped at once.
    fn torn_signs(&self, line: &str) -> Option<marks::TornSigns> {
        let candidate = marks::sign_after_space(line);
        if !candidate {
            return None;
        }
        let plain = match &self.without_sign_spaces {
            Some(n) => n.normalize(line),
            None => Cow::Borrowed(line),
        };
        marks::torn_signs(&plain)
    }

    /// The options this normalizer applies.
    pub fn options(&self) -> &NormalizeOptions {
        &self.options
    }

    /// Normalizes `text`. Borrowed when nothing changes (then it equals the
    /// input).
    ///
    /// # Complexity
    /// Linear in the length of `text`.
    ///
    /// ```
    /// use devanagari::Normalizer;
    /// use std::borrow::Cow;
    /// let n = Normalizer::default();
    /// assert!(matches!(n.normalize("नमस्ते दुनिया।"), Cow::Borrowed(_)));
    /// assert_eq!(n.normalize("नमस्ते  दुनिया ।"), "नमस्ते दुनिया।");
    /// ```
    pub fn normalize<'a>(&self, text: &'a str) -> Cow<'a, str> {
        self.run(text, false).0
    }

    /// Normalizes `text` and reports every change as an [`Edit`] (byte range
    /// in `text`, replacement, rule). Applying the edits to `text` gives the
    /// output exactly.
    ///
    /// ```
    /// use devanagari::{apply_edits, EditKind, Normalizer};
    /// let input = "अत: वह आया |";
    /// let (out, edits) = Normalizer::default().normalize_with_edits(input);
    /// assert_eq!(out, "अतः वह आया।");
    /// assert_eq!(apply_edits(input, &edits), out);
    /// let kinds: Vec<EditKind> = edits.iter().map(|e| e.kind).collect();
    /// assert_eq!(kinds, [EditKind::Visarga, EditKind::PunctuationSpace, EditKind::Danda]);
    /// ```
    pub fn normalize_with_edits<'a>(&self, text: &'a str) -> (Cow<'a, str>, Vec<Edit>) {
        self.run(text, true)
    }

    /// Whether `text` is already normalized (`normalize` would borrow it).
    ///
    /// ```
    /// assert!(devanagari::Normalizer::default().is_normalized("ज़रूर आइए।"));
    /// ```
    pub fn is_normalized(&self, text: &str) -> bool {
        // The quick check answers for most texts; where it finds a place a
        // rule might act on, the rules decide. (The FULL STOP → ABBREVIATION
        // SIGN rule reads every line, past the quick check.)
        let from_full_stop = self.options.abbreviation_sign == AbbreviationSignPolicy::FromFullStop;
        (!from_full_stop && self.quick.first_suspect(text, 0).is_none())
            || matches!(self.normalize(text), Cow::Borrowed(_))
    }

    /// Normalizes every line through the passes, without the quick check.
    /// Gives the same result as [`Normalizer::normalize`], only slower: the
    /// tests and fuzz targets compare the two to check the quick check.
    #[doc(hidden)]
    pub fn normalize_every_line<'a>(&self, text: &'a str) -> Cow<'a, str> {
        self.run_every_line(text, false).0
    }
}

/// Normalizes `text` with the `safe` profile: Unicode NFC plus the Devanagari
/// rules that cannot change what a reader sees or means. Borrowed when
/// nothing changes.
///
/// ```
/// use devanagari::normalize;
/// assert_eq!(normalize("दु:ख"), "दुःख");
/// assert_eq!(normalize("नोट: यह"), "नोट: यह"); // a colon that introduces stays
/// assert_eq!(normalize("\u{0905}\u{093E}ज"), "आज"); // LETTER A + VOWEL SIGN AA
/// assert_eq!(normalize("गया||"), "गया॥");
/// ```
pub fn normalize(text: &str) -> Cow<'_, str> {
    default_normalizer().normalize(text)
}

/// [`normalize`], also returning every change as an [`Edit`].
///
/// ```
/// use devanagari::{apply_edits, normalize_with_edits, EditKind};
/// let (out, edits) = normalize_with_edits("नम\u{200B}स्ते"); // ZERO WIDTH SPACE
/// assert_eq!(out, "नमस्ते");
/// assert_eq!(edits[0].kind, EditKind::Invisible);
/// assert_eq!(edits[0].range, 6..9);
/// ```
pub fn normalize_with_edits(text: &str) -> (Cow<'_, str>, Vec<Edit>) {
    default_normalizer().normalize_with_edits(text)
}

fn default_normalizer() -> &'static Normalizer {
    static N: std::sync::LazyLock<Normalizer> = std::sync::LazyLock::new(Normalizer::default);
    &N
}
