//! What the scan finds: a mixed-script finding and its class.

use crate::lexicon::Entry;
use std::ops::Range;

/// The class of a mixed-script finding.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum FindingKind {
    /// Latin letters directly followed by a Devanagari dependent sign.
    OrphanMark,
    /// Latin letters touching a Devanagari letter, with no sign of glue.
    FusedToken,
    /// Latin letters touching a Devanagari letter where the junction looks
    /// like HTML-extraction glue (`कियाRead more`) or an English compound in
    /// two scripts (`Homeपेज`); never repaired.
    Glue,
    /// A lexicon word or phrase, in canonical case, standing among
    /// Devanagari words.
    SubstitutedWord,
}

/// One mixed-script finding.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Finding {
    /// The class.
    pub kind: FindingKind,
    /// The Latin word or phrase (byte range in the text).
    pub latin: Range<usize>,
    /// The whole token: Devanagari prefix, Latin, Devanagari suffix.
    pub token: Range<usize>,
    /// For an orphan mark: the orphaned signs right after the Latin run.
    pub marks: Range<usize>,
    /// The lexicon entry, when the Latin word or phrase is one.
    pub entry: Option<Entry>,
}
