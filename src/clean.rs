//! The whole pipeline: normalize, then repair.

use crate::edit::{compose, Edit};
use crate::normalize::{NormalizeOptions, Normalizer};
use crate::repair::{RepairMode, Repairer};
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
            repairer: Repairer::new(mode),
        }
    }

    /// Cleans `text`. Borrowed when nothing changes.
    pub fn clean<'a>(&self, text: &'a str) -> Cow<'a, str> {
        self.clean_with_edits(text).0
    }

    /// Cleans `text` and reports every change; applying the edits to `text`
    /// gives the output.
    pub fn clean_with_edits<'a>(&self, text: &'a str) -> (Cow<'a, str>, Vec<Edit>) {
        let (normalized, mut edits) = self.normalizer.normalize_with_edits(text);
        if self.repairer.mode() == RepairMode::Off {
            return (normalized, edits);
        }
        match normalized {
            Cow::Borrowed(t) => self.repairer.repair_with_edits(t),
            Cow::Owned(t) => {
                let (repaired, more) = self.repairer.repair_with_edits(&t);
                match repaired {
                    Cow::Borrowed(_) => (Cow::Owned(t), edits),
                    Cow::Owned(r) => {
                        edits = compose(edits, more, &r);
                        (Cow::Owned(r), edits)
                    }
                }
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
