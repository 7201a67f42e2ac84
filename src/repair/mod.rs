//! Mixed-script repair: web text where a site replaced Hindi words by English
//! ones with plain substring replacement, so that सरकारी became `Governmentी`
//! and भारतीय `Indiaीय`.
//!
//! Three classes of finding (SPEC section 2):
//! - **orphan marks**: Latin letters directly followed by a Devanagari
//!   dependent sign (`Governmentी`): never valid text;
//! - **fused tokens**: a Latin run touching a Devanagari letter with no
//!   separator (`Indiaवंशी`, `गैरGovernmentी`, `विCountry`), unless the junction
//!   shows a sign of glue rather than substitution: a free function word
//!   after the Latin run (`Hindi Newsसे`), a weekday or month fused only on
//!   its left (`सम्मानJuly 5`), a Latin phrase ending in a fused tail (`Share
//!   this on WhatsAppवरिष्ठ`), or an English compound written in two scripts,
//!   whose Devanagari part is itself an English word (`Homeपेज`,
//!   `Businessमैन`, `स्मार्टCity`: the lexicon's loanword list, or a letter
//!   only English transliteration uses, such as CANDRA O in `Phoneकॉल`);
//! - **substituted words**: a whole lexicon word or phrase, in its canonical
//!   case, standing among Devanagari words (`India और रूस`): both nearest
//!   words on the Devanagari side, and never a name or title (`India
//!   Today`, `Delhi University`), a gloss (`समतल (Plane)`, `(अंग्रेज़ी:
//!   President)`), an English date (`March 3, 2025`), a kicker (`India
//!   Russia Relations:`) or part of a Latin phrase (`Times of India`).
//!
//! Repair is the exact inverse of the substitution: the Latin run is replaced
//! by its lexicon entry and every Devanagari character around it is kept.

mod artifacts;
mod finding;
mod phrase;
mod scan;
mod signs;
mod substituted;
mod tokens;

pub use crate::edit::RepairDetail;

use crate::edit::{compose, Edit, EditKind};
use crate::lexicon::{Entry, Lexicon};
use crate::rewrite::Rewriter;
use std::borrow::Cow;
use std::ops::Range;
use std::sync::Arc;

use finding::Hit;
pub use finding::{Finding, FindingKind};

/// Which damage a [`Repairer`] repairs.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum RepairMode {
    /// Repair nothing.
    Off,
    /// Repair orphan marks and fused tokens that are not glue (the default).
    #[default]
    Artifacts,
    /// Also substituted words, but only in a text where at least one orphan
    /// mark or fused token of a lexicon word was repaired: that proves a
    /// substituting site.
    Document,
    /// Repair every substituted word as well, licensed or not. Aggressive:
    /// legitimate English words among Hindi words (`Bank में`) are
    /// translated too; names, glosses, dates and Latin phrases are not.
    ///
    /// ```
    /// use devanagari::{RepairMode, RepairOptions, Repairer};
    /// let r = Repairer::new(RepairOptions::new(RepairMode::All));
    /// assert_eq!(r.repair("कल India के डॉक्टर आए।"), "कल भारत के डॉक्टर आए।");
    /// assert_eq!(r.repair("पत्रिका India Today के अनुसार"), "पत्रिका India Today के अनुसार");
    /// assert_eq!(r.repair("समतल (Plane) की परिभाषा"), "समतल (Plane) की परिभाषा");
    /// ```
    All,
}

/// Options of a [`Repairer`].
#[non_exhaustive]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct RepairOptions {
    /// Which damage to repair.
    pub mode: RepairMode,
    /// Remove the orphaned Devanagari signs after an unknown Latin word
    /// (`Flurbी` → `Flurb`) instead of only reporting them.
    pub strip_orphan_marks: bool,
}

impl RepairOptions {
    /// Options with this mode and the other fields at their defaults.
    pub fn new(mode: RepairMode) -> Self {
        RepairOptions {
            mode,
            strip_orphan_marks: false,
        }
    }
}

/// A configured repairer: mode, options and lexicon, built once.
///
/// ```
/// use devanagari::{RepairMode, RepairOptions, Repairer};
/// let r = Repairer::new(RepairOptions::new(RepairMode::Artifacts));
/// assert_eq!(r.repair("रूसी Governmentी एजेंसी"), "रूसी सरकारी एजेंसी");
/// assert_eq!(r.repair("ICU में भर्ती"), "ICU में भर्ती");
/// ```
#[derive(Clone, Debug)]
pub struct Repairer {
    options: RepairOptions,
    lexicon: Arc<Lexicon>,
}

impl Default for Repairer {
    fn default() -> Self {
        Repairer::new(RepairOptions::default())
    }
}

impl Repairer {
    /// A repairer with the built-in lexicon.
    pub fn new(options: RepairOptions) -> Self {
        static BUILTIN: std::sync::LazyLock<Arc<Lexicon>> =
            std::sync::LazyLock::new(|| Arc::new(Lexicon::builtin().clone()));
        Repairer {
            options,
            lexicon: Arc::clone(&BUILTIN),
        }
    }

    /// A repairer with a lexicon of your own (start from
    /// [`Lexicon::with_builtin`] to extend the built-in one).
    pub fn with_lexicon(options: RepairOptions, lexicon: Lexicon) -> Self {
        Repairer {
            options,
            lexicon: Arc::new(lexicon),
        }
    }

    /// The options.
    pub fn options(&self) -> &RepairOptions {
        &self.options
    }

    /// The lexicon.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Everything mixed-script in `text`, whatever the mode: orphan marks,
    /// fused tokens, glue, and lexicon words standing among Devanagari words.
    ///
    /// ```
    /// use devanagari::{FindingKind, Repairer};
    /// let f = Repairer::default().findings("नई Flurbी योजना");
    /// assert_eq!(f[0].kind, FindingKind::OrphanMark);
    /// assert!(f[0].entry.is_none()); // unknown word: kept, reported
    /// ```
    pub fn findings(&self, text: &str) -> Vec<Finding> {
        scan::findings(
            text,
            &self.lexicon,
            self.options.mode == RepairMode::Artifacts,
        )
        .iter()
        .map(Hit::to_finding)
        .collect()
    }

    /// Repairs `text`. Borrowed when nothing changes.
    pub fn repair<'a>(&self, text: &'a str) -> Cow<'a, str> {
        self.run(text, Build::BareEdits).0
    }

    /// Repairs `text` and reports each repair as an [`Edit`] whose
    /// [`Edit::repair`] names the lexicon entry.
    ///
    /// ```
    /// use devanagari::{apply_edits, EditKind, RepairMode, RepairOptions, Repairer};
    /// let r = Repairer::new(RepairOptions::new(RepairMode::Document));
    /// let text = "Pakistanियों से बात के बाद India लौटे।";
    /// let (out, edits) = r.repair_with_edits(text);
    /// assert_eq!(out, "पाकिस्तानियों से बात के बाद भारत लौटे।");
    /// assert_eq!(edits[1].kind, EditKind::SubstitutedWord);
    /// assert_eq!(edits[1].repair.as_ref().unwrap().licensed_by, Some(0..8));
    /// assert_eq!(apply_edits(text, &edits), out);
    /// ```
    pub fn repair_with_edits<'a>(&self, text: &'a str) -> (Cow<'a, str>, Vec<Edit>) {
        self.run(text, Build::Edits)
    }

    /// [`Repairer::repair_with_edits`] without the edits' repair details
    /// ([`Edit::repair`] is `None`): what [`crate::Cleaner::clean`] needs to
    /// find the lines the repair changed, without two cloned strings a
    /// repair.
    pub(crate) fn repair_with_bare_edits<'a>(&self, text: &'a str) -> (Cow<'a, str>, Vec<Edit>) {
        self.run(text, Build::BareEdits)
    }

    /// [`Repairer::repair_with_edits`] building every finding, also those
    /// that cannot change the text. Gives the same result, only slower: the
    /// property tests compare the two.
    #[doc(hidden)]
    pub fn repair_with_every_finding<'a>(&self, text: &'a str) -> (Cow<'a, str>, Vec<Edit>) {
        self.run(text, Build::EveryFinding)
    }

    fn run<'a>(&self, text: &'a str, build: Build) -> (Cow<'a, str>, Vec<Edit>) {
        let only_useful = build != Build::EveryFinding;
        let details = build != Build::BareEdits;
        let mode = self.options.mode;
        // What a repair needs, looked for once: Devanagari (a search that
        // ends at once in Hindi and spares Latin-only text the rest); then,
        // below `all`, an artifact (`document` repairs words only where one
        // licenses them), which needs a token with Latin and Devanagari; in
        // `all`, a Latin letter.
        let may_repair = mode != RepairMode::Off
            && may_hold_devanagari(text)
            && match mode {
                RepairMode::All => tokens::next_ascii_letter(text.as_bytes(), 0).is_some(),
                _ => tokens::may_hold_mixed_token(text),
            };
        if !may_repair {
            return (Cow::Borrowed(text), Vec::new());
        }
        // First the artifacts (orphan marks, fused tokens), then, on the
        // repaired text, the substituted words: a word beside a repaired
        // artifact (`विCountry Trade`) then stands among Devanagari words.
        let keep = self.wanted(only_useful);
        // Substituted words, looked for in the first scan only where it also
        // serves the second (`all`, when the artifacts change nothing);
        // `document` looks for them after repairing an artifact, and
        // `artifacts` never.
        let words_in_first_scan = !only_useful || mode == RepairMode::All;
        // (Only `artifacts` never changes a token of Latin letters alone.)
        let latin_stays = mode == RepairMode::Artifacts;
        let findings =
            scan::findings_kept(text, &self.lexicon, words_in_first_scan, latin_stays, keep);
        let license = license(&findings);
        let repaired = self.apply(text, &findings, is_artifact, None, details);
        let words_allowed =
            mode == RepairMode::All || (mode == RepairMode::Document && license.is_some());
        let unchanged = repaired.is_none();
        let (after_artifacts, artifact_edits): (Cow<'a, str>, Vec<Edit>) = match repaired {
            None => (Cow::Borrowed(text), Vec::new()),
            Some((t, e)) => (Cow::Owned(t), e),
        };
        if !words_allowed {
            return (after_artifacts, artifact_edits);
        }
        // The same text needs no second scan.
        let word_findings = if unchanged && words_in_first_scan {
            findings
        } else {
            // (Let go first: a text dense with repairs holds one each.)
            drop(findings);
            scan::findings_kept(&after_artifacts, &self.lexicon, true, false, keep)
        };
        let licensed_by = if mode == RepairMode::Document {
            license.clone()
        } else {
            None
        };
        self.repair_words(
            after_artifacts,
            artifact_edits,
            &word_findings,
            licensed_by,
            details,
        )
    }

    /// Which findings a repair wants built: with `only_useful`, only those
    /// that can change the text (findings with a lexicon entry, and orphan
    /// signs when they are stripped); otherwise all.
    fn wanted(&self, only_useful: bool) -> impl Fn(FindingKind, bool) -> bool + Copy {
        let strip = self.options.strip_orphan_marks;
        move |kind: FindingKind, has_entry: bool| {
            !only_useful || has_entry || (strip && kind == FindingKind::OrphanMark)
        }
    }

    /// Repairs the substituted words among `findings` of `text` (the text
    /// after the artifacts' repair, which `edits` made from the input), and
    /// reports the edits of both repairs against the input.
    fn repair_words<'a>(
        &self,
        text: Cow<'a, str>,
        edits: Vec<Edit>,
        findings: &[Hit<'_>],
        licensed_by: Option<Range<usize>>,
        details: bool,
    ) -> (Cow<'a, str>, Vec<Edit>) {
        let is_word = |f: &Hit<'_>| f.kind == FindingKind::SubstitutedWord;
        match self.apply(&text, findings, is_word, licensed_by, details) {
            None => (text, edits),
            Some((out, word_edits)) => {
                // The text between the repairs is not needed any more.
                drop(text);
                let edits = compose(edits, word_edits, &out);
                (Cow::Owned(out), edits)
            }
        }
    }

    /// Applies the findings `select` picks, with the repair details of
    /// the edits when `details`; `None` when nothing changes.
    fn apply(
        &self,
        text: &str,
        findings: &[Hit<'_>],
        select: impl Fn(&Hit<'_>) -> bool,
        licensed_by: Option<Range<usize>>,
        details_wanted: bool,
    ) -> Option<(String, Vec<Edit>)> {
        let mut rw = Rewriter::new(text);
        let mut details: Vec<(Range<usize>, RepairDetail)> = Vec::new();
        for f in findings.iter().filter(|f| select(f)) {
            let kind = edit_kind(f.kind);
            match f.entry {
                Some(entry) => {
                    rw.replace(f.latin.clone(), &entry.devanagari, kind);
                    let lic = if kind == EditKind::SubstitutedWord {
                        licensed_by.clone()
                    } else {
                        None
                    };
                    if details_wanted {
                        details.push((f.latin.clone(), detail(entry, lic)));
                    }
                }
                None if self.strips(text, f) => {
                    rw.replace(f.marks.clone(), "", EditKind::OrphanMarkStripped);
                }
                None => {}
            }
        }
        let ch = rw.finish()?;
        let mut edits = ch.edits;
        attach_details(&mut edits, details);
        Some((ch.text, edits))
    }

    /// Whether the orphaned signs of `f`, a finding without a lexicon entry,
    /// are stripped: when the options say so, and only signs that end their
    /// word. Stripping inside a word could glue two runs into a new one
    /// (`lऻand` would become `land`, which a second run repairs).
    fn strips(&self, text: &str, f: &Hit<'_>) -> bool {
        f.kind == FindingKind::OrphanMark
            && self.options.strip_orphan_marks
            && text.get(f.marks.end..).is_some_and(|after| {
                after.chars().next().is_none_or(|c| {
                    c.is_whitespace()
                        || crate::script::is_danda(c)
                        || (c.is_ascii_punctuation() && c != '-')
                })
            })
    }
}

/// Whether a finding is an artifact: an orphan mark or a fused token.
/// What a repair builds beside its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Build {
    /// The edits, without their repair details.
    BareEdits,
    /// The edits with their repair details.
    Edits,
    /// The edits with their details, and every finding on the way, also
    /// those that cannot change the text (the tests' reference).
    EveryFinding,
}

fn is_artifact(f: &Hit<'_>) -> bool {
    matches!(f.kind, FindingKind::OrphanMark | FindingKind::FusedToken)
}

/// The Latin of the first artifact with a lexicon entry: in `document`
/// mode it proves a substituting site, and licenses the repair of
/// substituted words.
fn license(findings: &[Hit<'_>]) -> Option<Range<usize>> {
    findings
        .iter()
        .find(|f| f.entry.is_some() && is_artifact(f))
        .map(|f| f.latin.clone())
}

/// The edit kind of a repaired finding.
fn edit_kind(kind: FindingKind) -> EditKind {
    match kind {
        FindingKind::OrphanMark => EditKind::OrphanMark,
        FindingKind::FusedToken | FindingKind::Glue => EditKind::FusedToken,
        FindingKind::SubstitutedWord => EditKind::SubstitutedWord,
    }
}

/// Gives each edit the detail of the finding at its range. Edits and
/// details are both in text order: they are matched in one walk.
fn attach_details(edits: &mut [Edit], details: Vec<(Range<usize>, RepairDetail)>) {
    let mut details = details.into_iter().peekable();
    for e in edits {
        while details.peek().is_some_and(|(r, _)| r.start < e.range.start) {
            details.next();
        }
        if details.peek().is_some_and(|(r, _)| *r == e.range) {
            e.repair = details.next().map(|(_, d)| Box::new(d));
        }
    }
}

fn detail(entry: &Entry, licensed_by: Option<Range<usize>>) -> RepairDetail {
    RepairDetail {
        entry: entry.devanagari.clone(),
        english: entry.english.clone(),
        ambiguous: entry.is_ambiguous(),
        licensed_by,
    }
}

/// Repairs orphan marks and fused tokens in `text` (the `artifacts` mode)
/// with the built-in lexicon.
///
/// ```
/// assert_eq!(devanagari::repair("Indiaीय रेल"), "भारतीय रेल");
/// ```
pub fn repair(text: &str) -> Cow<'_, str> {
    static R: std::sync::LazyLock<Repairer> = std::sync::LazyLock::new(Repairer::default);
    R.repair(text)
}

/// Whether `text` may hold a Devanagari character (a superset test on the
/// UTF-8 lead bytes of the four Devanagari blocks). Without one there is
/// no artifact and no substituted word among Devanagari words: text in
/// other scripts, or binary junk with Latin letters, is left at once.
fn may_hold_devanagari(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr3_iter(0xE0, 0xE1, 0xEA, b).any(|i| {
        matches!(
            b.get(i..i + 2),
            // U+0900..U+097F, U+1CC0..U+1CFF, U+A8C0..U+A8FF
            Some([0xE0, 0xA4 | 0xA5] | [0xE1, 0xB3] | [0xEA, 0xA3])
        )
    }) || memchr::memmem::find(b, &[0xF0, 0x91, 0xAC]).is_some() // U+11B00..U+11B3F
        || memchr::memmem::find(b, &[0xF0, 0x91, 0xAD]).is_some() // U+11B40..U+11B7F
}
