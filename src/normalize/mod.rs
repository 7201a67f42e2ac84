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
mod danda;
mod direct;
mod invisible;
mod marks;
mod nfc;
mod nlp;
mod quick;
mod space;
mod visarga;
mod vowels;

use crate::edit::{compose, Edit};
use crate::rewrite::Changed;
use std::borrow::Cow;

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

/// Which rules [`Normalizer`] applies.
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
pub struct NormalizeOptions {
    /// Rule 1: CRLF and CR become LF; NO-BREAK SPACE and other unusual spaces
    /// become SPACE; runs of spaces collapse; spaces at line ends go. Tabs and
    /// newlines are kept.
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
    /// vowel sign, NUKTA or VIRAMA collapse.
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
        NormalizeOptions {
            spaces: false,
            lone_cr: LoneCrPolicy::ToLineFeed,
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
            nukta: NuktaPolicy::Keep,
            nasals: NasalPolicy::Keep,
            candrabindu: CandrabinduPolicy::Keep,
            digits: DigitPolicy::Keep,
            punctuation: PunctuationPolicy::Keep,
            abbreviation_sign: AbbreviationSignPolicy::Keep,
        }
    }
}

/// What the rules read of the whole line a piece is cut from: the line
/// around it for the danda rule, and whether a tokenizer tore the line's
/// signs (the sign-space rule). Both are read from the line as it was
/// before normalization, so every piece of a line, and the line run whole,
/// decide alike.
#[derive(Clone, Copy, Debug)]
struct LineView<'a> {
    danda: danda::LineContext<'a>,
    torn_signs: bool,
}

/// One pass of the pipeline, in the order they run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pass {
    Invisible,
    Joiners,
    Spaces,
    Nfc,
    /// After NFC: the letter or sign it reads before a space is the
    /// composed one.
    SignSpaces,
    Reorder,
    SplitVowelSigns,
    DoNotEmit,
    Dedupe,
    /// NFC again: reordering and replacements can bring NUKTA next to NA, RA, LLA.
    FinalNfc,
    Danda,
    Visarga,
    PunctuationSpacing,
    Folds,
}

impl Pass {
    /// The bit of the quick check's mask that calls for this pass.
    fn need(self) -> u16 {
        use quick::need;
        match self {
            Pass::Invisible => need::INVISIBLE,
            Pass::Joiners => need::JOINERS,
            Pass::Spaces => need::SPACES,
            Pass::SignSpaces => need::SIGN_SPACES,
            Pass::Nfc => need::NFC,
            Pass::Reorder => need::REORDER,
            Pass::SplitVowelSigns => need::SPLIT_VOWEL_SIGNS,
            Pass::DoNotEmit => need::DO_NOT_EMIT,
            Pass::Dedupe => need::DEDUPE,
            Pass::FinalNfc => {
                need::NFC
                    | need::REORDER
                    | need::DO_NOT_EMIT
                    | need::DEDUPE
                    | need::SIGN_SPACES
                    | need::SPLIT_VOWEL_SIGNS
            }
            Pass::Danda => need::DANDA,
            Pass::Visarga => need::VISARGA,
            Pass::PunctuationSpacing => need::PUNCTUATION_SPACING,
            Pass::Folds => need::FOLDS,
        }
    }
}

/// The most rounds of the pipeline one line gets. A second round runs only
/// when the quick check still finds something after the first (a repeat
/// collapsed by rule 6 that completes a rule 5 sequence, say); each round is
/// linear, so the whole stays linear.
const MAX_ROUNDS: usize = 6;

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
    /// [`Normalizer::has_torn_signs`]).
    without_sign_spaces: Option<Box<Normalizer>>,
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
        let passes = [
            (Pass::Invisible, o.invisible),
            (Pass::Joiners, o.joiners != JoinerPolicy::KeepAll),
            (Pass::Spaces, o.spaces),
            (Pass::Nfc, o.nfc),
            (Pass::SignSpaces, o.sign_spaces),
            (Pass::Reorder, o.mark_order),
            (Pass::SplitVowelSigns, o.split_vowel_signs),
            (Pass::DoNotEmit, o.do_not_emit),
            (Pass::Dedupe, o.mark_order),
            (
                Pass::FinalNfc,
                o.nfc && (o.mark_order || o.do_not_emit || o.sign_spaces || o.split_vowel_signs),
            ),
            (Pass::Danda, o.danda),
            (Pass::Visarga, o.visarga),
            (Pass::PunctuationSpacing, o.punctuation_spacing),
            (Pass::Folds, nlp::any(o)),
        ]
        .into_iter()
        .filter_map(|(p, on)| on.then_some(p))
        .collect();
        let quick = quick::QuickCheck::new(&options);
        let without_sign_spaces = options.sign_spaces.then(|| {
            let mut o = options.clone();
            o.sign_spaces = false;
            Box::new(Normalizer::new(o))
        });
        Normalizer {
            options,
            passes,
            quick,
            without_sign_spaces,
        }
    }

    /// Whether a tokenizer tore the signs of `line` from their letters
    /// ([`marks::has_torn_signs`]), read from the line as the other rules
    /// leave it: so a line that does not qualify is left with the same
    /// signs, and asks the same on the output (idempotence), whatever the
    /// other rules collapse or join. Lines with no combining mark after a
    /// space are skipped at once.
    fn has_torn_signs(&self, line: &str) -> bool {
        let candidate = line.char_indices().any(|(i, c)| {
            (c == ' ' || space::is_unusual_space(c) || c == '\r')
                && line[i + c.len_utf8()..]
                    .chars()
                    .find(|&n| !invisible::is_invisible(n) && !crate::script::is_joiner(n))
                    .is_some_and(unicode_normalization::char::is_combining_mark)
        });
        if !candidate {
            return false;
        }
        let plain = match &self.without_sign_spaces {
            Some(n) => n.normalize(line),
            None => Cow::Borrowed(line),
        };
        marks::has_torn_signs(&plain)
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
        matches!(self.normalize(text), Cow::Borrowed(_))
    }

    /// Normalizes every line through the passes, without the quick check.
    /// Gives the same result as [`Normalizer::normalize`], only slower: the
    /// tests and fuzz targets compare the two to check the quick check.
    #[doc(hidden)]
    pub fn normalize_every_line<'a>(&self, text: &'a str) -> Cow<'a, str> {
        self.run_from(text, false, true).0
    }

    fn run<'a>(&self, text: &'a str, want_edits: bool) -> (Cow<'a, str>, Vec<Edit>) {
        self.run_from(text, want_edits, false)
    }

    fn run_from<'a>(
        &self,
        text: &'a str,
        want_edits: bool,
        every_line: bool,
    ) -> (Cow<'a, str>, Vec<Edit>) {
        let mut out: Option<String> = None;
        let mut edits: Vec<Edit> = Vec::new();
        let mut copied = 0;
        let mut scan_from = 0;
        let suspect = |from: usize| {
            if every_line {
                (from < text.len()).then_some(from)
            } else {
                self.quick.first_suspect(text, from)
            }
        };
        // Where lines start: searched lazily, only when a piece goes
        // through the passes. A lone CR that the space rule makes a
        // newline ends a line too: no rule looks across it, and the
        // sign-space rule counts the signs of each line the output has.
        let cr_breaks_line =
            self.options.spaces && self.options.lone_cr == LoneCrPolicy::ToLineFeed;
        let mut lines = LastBreak::new(b'\n', if cr_breaks_line { b'\r' } else { b'\n' });
        // The state of the line before a piece with a pipe, for the danda
        // rule.
        let mut pipe_lines = crate::danda::LineCursor::new(cr_breaks_line);
        // Whether the line (by its start) has signs torn by a tokenizer.
        let mut torn_lines: (Option<usize>, bool) = (None, false);
        let mut known_line_end = 0;
        let mut fixes: Vec<direct::Fix> = Vec::new();
        while let Some(p) = suspect(scan_from) {
            // The line's end, searched once per line (a long line with many
            // suspects must not be searched again for each).
            if p >= known_line_end {
                known_line_end = next_line_end(text, p, cr_breaks_line);
            }
            let line_end = known_line_end;
            fixes.clear();
            // First, fixes in place along the rest of the line, needing no
            // cuts: a fix in place is what the passes would do whatever the
            // piece. When a fault needs the passes, the fixes before the
            // last cut before it stand, and the search goes on from the
            // cut. (Finding the cuts around each fault was most of the
            // time of text with a fold every few bytes and no spaces,
            // `tests/hostile.rs` timing.)
            let mut needs_passes_at = None;
            if !every_line {
                let kept_to = match self.direct_fixes(text, p, scan_from, line_end, &mut fixes) {
                    Ok(()) => line_end,
                    Err(q) => {
                        needs_passes_at = Some(q);
                        keep_fixes_before_cut(text, scan_from, q, &mut fixes)
                    }
                };
                if !fixes.is_empty() {
                    let o = out.get_or_insert_with(|| String::with_capacity(text.len() + 16));
                    copied = write_fixes(
                        text,
                        copied,
                        &mut fixes,
                        o,
                        want_edits.then_some(&mut edits),
                    );
                    scan_from = kept_to;
                    if scan_from >= text.len() {
                        break;
                    }
                    continue;
                }
            }
            // The piece to rewrite: the whole line for every_line, else the
            // stretch between the safe cuts around p.
            let (start, mut end) = if every_line {
                (lines.before(text, p), line_end)
            } else {
                (
                    safe_cut_before(text, scan_from, p),
                    safe_cut_after(text, p, line_end),
                )
            };
            // (The fixes in place of the piece: they cannot all succeed when
            // the run above met a fault for the passes inside it.)
            if !every_line
                && needs_passes_at.is_none_or(|q| q >= end)
                && self.direct_fixes(text, p, start, end, &mut fixes).is_ok()
            {
                let o = out.get_or_insert_with(|| String::with_capacity(text.len() + 16));
                copied = write_fixes(
                    text,
                    copied,
                    &mut fixes,
                    o,
                    want_edits.then_some(&mut edits),
                );
            } else {
                // Faults close after the piece, of kinds not fixed in place,
                // join it: a piece costs far more to set up than its bytes
                // cost in the passes (text with a fault every few bytes and
                // cuts between them ran at a third of the speed).
                while !every_line && end < line_end {
                    let window =
                        crate::rewrite::floor_char_boundary(text, (end + COALESCE).min(line_end));
                    let Some(q) = text
                        .get(..window)
                        .and_then(|w| self.quick.first_suspect(w, end))
                    else {
                        break;
                    };
                    let before = text.get(..q).and_then(|h| h.chars().next_back());
                    if direct::fix_at(text, q, before.unwrap_or('\n'), &self.options).is_some() {
                        break;
                    }
                    end = safe_cut_after(text, q, line_end);
                }
                let piece = text.get(start..end).unwrap_or("");
                // The danda rule reads the line around a piece with a pipe.
                let line = if piece.as_bytes().contains(&b'|') {
                    let line_text_end = text
                        .get(..line_end)
                        .map_or(line_end, |l| l.trim_end_matches(['\n', '\r']).len());
                    danda::LineContext {
                        before: pipe_lines.state_at(text, start),
                        after: text.get(end..line_text_end.max(end)).unwrap_or(""),
                    }
                } else {
                    danda::LineContext::line_start(cr_breaks_line)
                };
                // The sign-space rule reads the whole line's signs, once a
                // line.
                let torn_signs = self.options.sign_spaces && {
                    let line_start = lines.before(text, start);
                    if torn_lines.0 != Some(line_start) {
                        let l = text.get(line_start..line_end).unwrap_or("");
                        torn_lines = (Some(line_start), self.has_torn_signs(l));
                    }
                    torn_lines.1
                };
                let line = LineView {
                    danda: line,
                    torn_signs,
                };
                if let Some((new, piece_edits)) =
                    self.normalize_line(piece, want_edits, every_line, line)
                {
                    let o = out.get_or_insert_with(|| String::with_capacity(text.len() + 16));
                    o.push_str(text.get(copied..start).unwrap_or(""));
                    o.push_str(&new);
                    copied = end;
                    edits.extend(piece_edits.into_iter().map(|e| e.shifted(start)));
                }
            }
            scan_from = end;
            if scan_from >= text.len() {
                break;
            }
        }
        let mut out = out.map(|mut o| {
            o.push_str(text.get(copied..).unwrap_or(""));
            o
        });
        // The one rule that needs the sentence splitter's view of the whole
        // line, run last over the result.
        if self.options.abbreviation_sign == AbbreviationSignPolicy::FromFullStop {
            if let Some(ch) = abbreviation::full_stops_to_signs(out.as_deref().unwrap_or(text)) {
                if want_edits {
                    edits = compose(edits, ch.edits, &ch.text);
                }
                out = Some(ch.text);
            }
        }
        match out {
            None => (Cow::Borrowed(text), edits),
            Some(o) => (Cow::Owned(o), edits),
        }
    }

    /// The direct fixes (see [`direct`]) for the damage at `p` and for all
    /// the rest of the piece `start..end`, into `fixes`; `Err(q)` when the
    /// fault at `q` needs the passes (`fixes` then holds those before it).
    fn direct_fixes(
        &self,
        text: &str,
        mut p: usize,
        start: usize,
        end: usize,
        fixes: &mut Vec<direct::Fix>,
    ) -> Result<(), usize> {
        let Some(piece) = text.get(..end) else {
            return Err(p);
        };
        // The character the output has before `at`: the last fix's, right
        // after it, else the input's.
        let output_before = |fixes: &[direct::Fix], at: usize| match fixes.last() {
            Some(f) if f.range.end == at => f.prev_after,
            _ => text
                .get(..at)
                .and_then(|h| h.chars().next_back())
                .unwrap_or('\n'),
        };
        loop {
            let Some(fix) = direct::fix_at(text, p, output_before(fixes, p), &self.options) else {
                return Err(p);
            };
            // A fix that reaches back before `p` judges the input there: the
            // last fix must not have touched it.
            let untouched_from = fixes.last().map_or(start, |f| f.range.end);
            if fix.range.start < untouched_from || fix.range.end > end {
                return Err(p);
            }
            // The replacement itself must need nothing (a fold's result
            // meeting another rule); a SPACE left by the space fixes is
            // checked there.
            // (A single ASCII character no rule looks at, as the quote
            // folds leave, needs no scan.)
            let clean_ascii =
                matches!(fix.replacement.as_bytes(), [b] if self.quick.is_clean_ascii(*b));
            if !fix.replacement.is_empty() && fix.replacement != " " && !clean_ascii {
                let before = output_before(fixes, fix.range.start);
                if self
                    .quick
                    .first_suspect_after(fix.replacement, 0, before)
                    .is_some()
                {
                    return Err(p);
                }
            }
            let fix = match direct::then(text, &fix, &self.options) {
                Some(second) => {
                    if second.range.end > end {
                        return Err(p);
                    }
                    fixes.push(fix);
                    second
                }
                None => fix,
            };
            let next = self
                .quick
                .first_suspect_after(piece, fix.range.end, fix.prev_after);
            fixes.push(fix);
            match next {
                None => return Ok(()),
                Some(q) => p = q,
            }
        }
    }

    /// Runs the passes over one line (with its newline, if any). With
    /// `every_pass`, all the passes of the options run; otherwise only those
    /// the quick check says the line may need, round after round until it
    /// finds nothing more. `line`: what the danda rule reads of the line a
    /// piece is cut from (see [`LineView`]).
    fn normalize_line(
        &self,
        line: &str,
        want_edits: bool,
        every_pass: bool,
        context: LineView<'_>,
    ) -> Option<(String, Vec<Edit>)> {
        let mut cur: Option<String> = None;
        let mut edits: Vec<Edit> = Vec::new();
        let mut mask = if every_pass {
            quick::need::ALL
        } else {
            self.quick.passes_needed(line)
        };
        for _ in 0..MAX_ROUNDS {
            if mask == 0 {
                break;
            }
            let mut changed = false;
            for &pass in &self.passes {
                if pass.need() & mask == 0 {
                    continue;
                }
                let input = cur.as_deref().unwrap_or(line);
                if let Some(ch) = self.apply(pass, input, context) {
                    if want_edits {
                        edits = compose(std::mem::take(&mut edits), ch.edits, &ch.text);
                    }
                    cur = Some(ch.text);
                    changed = true;
                }
            }
            if !changed {
                break;
            }
            let now = cur.as_deref().unwrap_or(line);
            mask = if every_pass {
                if self.quick.first_suspect(now, 0).is_some() {
                    quick::need::ALL
                } else {
                    0
                }
            } else {
                self.quick.passes_needed(now)
            };
        }
        cur.map(|c| (c, edits))
    }

    fn apply(&self, pass: Pass, line: &str, context: LineView<'_>) -> Option<Changed> {
        let o = &self.options;
        match pass {
            Pass::Invisible => invisible::invisible(line),
            Pass::Joiners => invisible::joiners(line, o.joiners),
            Pass::Spaces => space::line_endings_and_spaces(line, o.lone_cr),
            Pass::Nfc | Pass::FinalNfc => nfc::nfc(line),
            Pass::Reorder => marks::reorder(line),
            Pass::SignSpaces if context.torn_signs => marks::sign_spaces(line),
            Pass::SignSpaces => None,
            Pass::SplitVowelSigns => marks::split_vowel_signs(line),
            Pass::DoNotEmit => vowels::do_not_emit(line),
            Pass::Dedupe => marks::dedupe(line),
            Pass::Danda => danda::danda(line, context.danda),
            Pass::Visarga => visarga::visarga(line),
            Pass::PunctuationSpacing => space::punctuation_spacing(line),
            Pass::Folds => nlp::folds(line, o),
        }
    }
}

/// Writes the text from `copied` through the last of `fixes` (in order,
/// none before `copied`) to `out`, each fix replacing its range, and
/// reports them to `edits` if wanted. Returns the new `copied`.
fn write_fixes(
    text: &str,
    mut copied: usize,
    fixes: &mut Vec<direct::Fix>,
    out: &mut String,
    mut edits: Option<&mut Vec<Edit>>,
) -> usize {
    for fix in fixes.drain(..) {
        out.push_str(text.get(copied..fix.range.start).unwrap_or(""));
        out.push_str(fix.replacement);
        copied = fix.range.end;
        if let Some(edits) = edits.as_deref_mut() {
            edits.push(Edit::new(fix.range, fix.replacement, fix.kind));
        }
    }
    copied
}

/// After the fixes in place from `floor` on met the fault at `q` that needs
/// the passes: keeps the fixes before the last safe cut before `q` that no
/// fix straddles, and returns that cut (the passes take the text from
/// there). Each step back searches a stretch before the last one's, so the
/// whole search is linear.
fn keep_fixes_before_cut(
    text: &str,
    floor: usize,
    q: usize,
    fixes: &mut Vec<direct::Fix>,
) -> usize {
    let mut cut = safe_cut_before(text, floor, q);
    loop {
        let k = fixes.partition_point(|f| f.range.end <= cut);
        match fixes.get(k) {
            Some(f) if f.range.start < cut => cut = safe_cut_before(text, floor, f.range.start),
            _ => {
                fixes.truncate(k);
                return cut;
            }
        }
    }
}

/// The end of the line `from` is in (after its line break, or the text's
/// end): a LF, or with `cr_breaks_line` a lone CR (one not before LF).
fn next_line_end(text: &str, from: usize, cr_breaks_line: bool) -> usize {
    let bytes = text.as_bytes();
    let cr = if cr_breaks_line { b'\r' } else { b'\n' };
    let mut at = from;
    while let Some(k) = bytes.get(at..).and_then(|r| memchr::memchr2(b'\n', cr, r)) {
        let x = at + k;
        if bytes.get(x) == Some(&b'\r') && bytes.get(x + 1) == Some(&b'\n') {
            return x + 2;
        }
        if bytes.get(x).is_some() {
            return x + 1;
        }
        at = x + 1;
    }
    text.len()
}

/// How close (in bytes) the next suspect must follow a piece to join it.
const COALESCE: usize = 32;

/// The start of the stretch after the last break (either of two bytes)
/// before a position, for positions asked in increasing order: each byte is
/// searched once, so asking at every suspect stays linear.
struct LastBreak {
    needles: (u8, u8),
    searched_to: usize,
    found: usize,
}

impl LastBreak {
    fn new(a: u8, b: u8) -> Self {
        LastBreak {
            needles: (a, b),
            searched_to: 0,
            found: 0,
        }
    }

    fn before(&mut self, text: &str, pos: usize) -> usize {
        let (a, b) = self.needles;
        if pos < self.searched_to {
            // Not asked in order: search afresh (the callers never do).
            return text
                .get(..pos)
                .and_then(|h| memchr::memrchr2(a, b, h.as_bytes()))
                .map_or(0, |x| x + 1);
        }
        if let Some(x) = text
            .get(self.searched_to..pos)
            .and_then(|h| memchr::memrchr2(a, b, h.as_bytes()))
        {
            self.found = self.searched_to + x + 1;
        }
        self.searched_to = pos;
        self.found
    }
}

/// Whether the single SPACE at `i` is a safe cut: no rule looks across it, so
/// the text before and the text after can be normalized apart. That holds
/// when the space stands alone between two words, the word after it not
/// starting with a pipe, a danda or sentence punctuation, an invisible
/// character or another space (the rules for spacing, dandas and invisible
/// characters look across spaces at exactly those). The word before may
/// end with sentence punctuation (`गया। फिर`, `ए. बी.`): the rules that look
/// after a danda or a FULL STOP see the same whether a plain word or the end
/// of the piece follows. A pipe or COLON before the space is not a cut (the
/// danda rule looks at what follows a pipe, the visarga rule at the word
/// after a colon), nor a danda that ends a run of dandas and pipes.
fn is_safe_cut(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    if bytes.get(i) != Some(&b' ') {
        return false;
    }
    let before = text.get(..i).and_then(|h| h.chars().next_back());
    let after = text.get(i + 1..).and_then(|r| r.chars().next());
    let plain = |c: char| {
        !c.is_whitespace()
            // and what a fold turns into punctuation: ABBREVIATION SIGN and
            // HORIZONTAL ELLIPSIS become FULL STOPs in the nlp profile
            && !matches!(c, '|' | ',' | '?' | '!' | '.' | ':' | '\u{0964}' | '\u{0965}' | '\u{0970}' | '\u{2026}')
            && !invisible::is_invisible(c)
            && !crate::script::is_joiner(c)
    };
    let ends_sentence = |c: char| match c {
        ',' | '?' | '!' | '.' => true,
        // A lone danda: one ending a run with a pipe is still the danda
        // rule's to decide, by what follows; so is one that a joiner or an
        // invisible character, which the rules remove, separates from a
        // pipe (found by the property tests).
        '\u{0964}' | '\u{0965}' => !text
            .get(..i - c.len_utf8())
            .map(|h| {
                h.trim_end_matches(|p: char| {
                    invisible::is_invisible(p) || crate::script::is_joiner(p)
                })
            })
            .and_then(|h| h.chars().next_back())
            .is_some_and(|p| matches!(p, '|' | '\u{0964}' | '\u{0965}')),
        _ => false,
    };
    // (Not between the danda and the label of a verse number, `॥ १ ॥`,
    // `॥ धृ ॥`: rule 9 reads the two together.)
    let verse_number = before.is_some_and(|b| {
        crate::script::is_danda(b) && crate::danda::in_verse_number(text, i - b.len_utf8())
    });
    // (Nor where a tokenizer may have torn a sign from its letter: before
    // a sign, or after a VIRAMA; the sign-space rule reads across.)
    // (Any combining mark: NFC may bring a sign to the front.)
    let torn_sign = after.is_some_and(unicode_normalization::char::is_combining_mark)
        || before == Some(crate::script::DEVANAGARI_SIGN_VIRAMA);
    before.is_some_and(|c| plain(c) || ends_sentence(c))
        && after.is_some_and(plain)
        && !verse_number
        && !torn_sign
}

/// Whether `c` is inert: no rule changes it, and no rule looks past it.
///
/// Every rule's window (the characters it reads to decide one change) is a
/// run of the characters it acts on with at most one character on each side
/// (spaces, invisible characters, joiners, pipes, colons, CR), a Devanagari
/// cluster or word, or an NFC segment with the starter that opens it. None
/// holds two adjacent inert characters, so a line can be cut between two and
/// each piece normalized on its own (`table_row` carries the one property of
/// the whole line a rule reads: whether it is a table row). An inert
/// character has an NFC boundary before it; it is not Devanagari, a space, a
/// mark, a digit, nor punctuation that some rule reads.
fn is_inert(c: char) -> bool {
    if c.is_ascii() {
        // Letters, controls other than whitespace, and the symbols no rule
        // reads (not `. , ? ! ; : | " ' ( ) [ ] { }`).
        return c.is_ascii_alphabetic()
            || (c.is_ascii_control() && !c.is_ascii_whitespace() && c != '\u{0B}')
            || matches!(
                c,
                '#' | '$'
                    | '%'
                    | '&'
                    | '*'
                    | '+'
                    | '-'
                    | '/'
                    | '<'
                    | '='
                    | '>'
                    | '@'
                    | '\\'
                    | '^'
                    | '_'
                    | '`'
                    | '~'
            );
    }
    !matches!(c,
        '\u{0080}'..='\u{00BF}' // C1 controls, NO-BREAK SPACE, SOFT HYPHEN, guillemets
        | '\u{1680}' // OGHAM SPACE MARK
        | '\u{2000}'..='\u{206F}' // General Punctuation: spaces, invisible characters, quotes, dashes
        | '\u{2212}' // MINUS SIGN
        | '\u{3000}' // IDEOGRAPHIC SPACE
        | '\u{FE00}'..='\u{FE0F}' // variation selectors
        | '\u{FEFF}' // ZERO WIDTH NO-BREAK SPACE
    ) && !crate::script::is_devanagari(c)
        && crate::script::has_nfc_boundary_before(c)
        && !c.is_whitespace()
        && !unicode_normalization::char::is_combining_mark(c)
}

/// Whether `i` is a cut between two inert characters.
#[inline]
fn is_inert_cut(text: &str, i: usize) -> bool {
    // What the first byte tells: not a character's first byte, or a
    // Devanagari character (the common case), or an ASCII character.
    match text.as_bytes().get(i..) {
        Some([b, ..]) if (*b as i8) < -0x40 => return false,
        Some([0xE0, 0xA4 | 0xA5, ..]) => return false,
        // U+2000..U+203F (spaces, invisible characters, dashes, quotes).
        Some([0xE2, 0x80, ..]) => return false,
        Some([b, ..]) if b.is_ascii() && !is_inert(char::from(*b)) => return false,
        Some([_, ..]) => {}
        _ => return false,
    }
    let (Some(head), Some(rest)) = (text.get(..i), text.get(i..)) else {
        return false;
    };
    match (rest.chars().next(), head.chars().next_back()) {
        (Some(b), Some(a)) => is_inert(b) && is_inert(a),
        _ => false,
    }
}

/// The last safe cut at or before `p`, not before `floor` nor before the
/// start of `p`'s line (`floor` or the line start if none). A cut at a
/// space (see [`is_safe_cut`]) gives the space to the piece after it.
fn safe_cut_before(text: &str, floor: usize, p: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = p;
    while i > floor {
        i -= 1;
        match bytes.get(i) {
            Some(b'\n') => return i + 1,
            Some(b' ') if is_safe_cut(text, i) => return i,
            _ if is_inert_cut(text, i) => return i,
            _ => {}
        }
    }
    floor
}

/// The first safe cut after `p`, before `limit` (`limit` if none).
fn safe_cut_after(text: &str, p: usize, limit: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = p + 1;
    while i < limit {
        match bytes.get(i..) {
            // A Devanagari character, the common case, is never a cut: a
            // long word or a run of marks is crossed three bytes a step.
            Some([0xE0, 0xA4 | 0xA5, ..]) => {
                i += 3;
                continue;
            }
            Some([b' ', ..]) if is_safe_cut(text, i) => return i,
            _ if is_inert_cut(text, i) => return i,
            _ => {}
        }
        i += 1;
    }
    limit
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
    static N: once_cell::sync::Lazy<Normalizer> = once_cell::sync::Lazy::new(Normalizer::default);
    &N
}
