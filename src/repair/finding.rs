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

/// A finding as the scan keeps it: a [`Finding`] whose lexicon entry is
/// borrowed from the lexicon, not cloned. Repair reads only these; a text
/// dense with repairs holds one per repair until it is done, and a cloned
/// entry was three allocations each.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Hit<'l> {
    pub kind: FindingKind,
    pub latin: Range<usize>,
    pub token: Range<usize>,
    pub marks: Range<usize>,
    pub entry: Option<&'l Entry>,
}

impl Hit<'_> {
    /// The public form, its entry cloned.
    pub(crate) fn to_finding(&self) -> Finding {
        Finding {
            kind: self.kind,
            latin: self.latin.clone(),
            token: self.token.clone(),
            marks: self.marks.clone(),
            entry: self.entry.cloned(),
        }
    }
}
