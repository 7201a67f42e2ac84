//! The whole pipeline: normalize, then repair.

use crate::edit::{compose, Edit};
use crate::normalize::{NormalizeOptions, Normalizer};
use crate::repair::{RepairMode, RepairOptions, Repairer};
use std::borrow::Cow;

/// Normalization followed by mixed-script repair, configured once.
///
/// ```
/// use devanagari::{Cleaner, NormalizeOptions, RepairMode};
/// let c = Cleaner::new(NormalizeOptions::safe(), RepairMode::Artifacts);
/// assert_eq!(c.clean("दु:ख है ।"), "दुःख है।");
/// ```
#[derive(Clone, Debug, Default)]
pub struct Cleaner {
    normalizer: Normalizer,
    repairer: Repairer,
}

impl Cleaner {
    /// A cleaner with these normalization options and repair mode.
    pub fn new(options: NormalizeOptions, mode: RepairMode) -> Self {
        Cleaner {
            normalizer: Normalizer::new(options),
            repairer: Repairer::new(RepairOptions::new(mode)),
        }
    }

    /// Cleans `text`. Borrowed when nothing changes.
    ///
    /// The same output as [`Cleaner::clean_with_edits`], without building
    /// the edits.
    pub fn clean<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let normalized = self.normalizer.normalize(text);
        if self.repairer.options().mode == RepairMode::Off {
            return normalized;
        }
        let repaired = match self.repairer.repair(&normalized) {
            Cow::Owned(r) => Some(r),
            Cow::Borrowed(_) => None,
        };
        let Some(repaired) = repaired else {
            return normalized;
        };
        match self.normalizer.normalize(&repaired) {
            Cow::Borrowed(_) => Cow::Owned(repaired),
            Cow::Owned(t) => Cow::Owned(t),
        }
    }

    /// Cleans `text` and reports every change; applying the edits to `text`
    /// gives the output.
    pub fn clean_with_edits<'a>(&self, text: &'a str) -> (Cow<'a, str>, Vec<Edit>) {
        let (normalized, edits) = self.normalizer.normalize_with_edits(text);
        if self.repairer.options().mode == RepairMode::Off {
            return (normalized, edits);
        }
        let (repaired, more) = self.repairer.repair_with_edits(&normalized);
        let Cow::Owned(repaired) = repaired else {
            return (normalized, edits);
        };
        let edits = compose(edits, more, &repaired);
        // A repaired word can meet its neighbours in a way the normalizer
        // would change; normalize once more (usually a quick check only).
        let (again, last) = self.normalizer.normalize_with_edits(&repaired);
        match again {
            Cow::Borrowed(_) => (Cow::Owned(repaired), edits),
            Cow::Owned(t) => {
                let edits = compose(edits, last, &t);
                (Cow::Owned(t), edits)
            }
        }
    }
}

/// Normalizes (safe profile) and repairs (artifacts mode) `text`.
///
/// ```
/// assert_eq!(devanagari::clean("नमस्ते ।"), "नमस्ते।");
/// ```
pub fn clean(text: &str) -> Cow<'_, str> {
    static C: once_cell::sync::Lazy<Cleaner> = once_cell::sync::Lazy::new(Cleaner::default);
    C.clean(text)
}
