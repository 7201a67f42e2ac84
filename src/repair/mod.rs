//! Mixed-script repair: web text where a site replaced Hindi words with
//! English ones by plain substring replacement (`सरकारी` → `Governmentी`).

use crate::edit::Edit;
use std::borrow::Cow;

/// Which damage [`Repairer`] repairs.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum RepairMode {
    /// Repair nothing.
    Off,
    /// Repair orphan marks and fused tokens (Latin touching Devanagari).
    #[default]
    Artifacts,
    /// Also whole substituted words, in a text that shows at least one
    /// repaired artifact.
    Document,
    /// Repair every substituted word.
    All,
}

/// What a repair found and which lexicon entry restored it.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RepairDetail {
    /// The Devanagari word of the lexicon entry.
    pub entry: String,
    /// The English word or phrase that stood for it.
    pub english: String,
    /// Whether the English word stands for several Hindi words.
    pub ambiguous: bool,
    /// For a substituted word: the byte range of the artifact that licensed it.
    pub licensed_by: Option<(usize, usize)>,
}

/// A configured repairer.
#[derive(Clone, Debug, Default)]
pub struct Repairer {
    mode: RepairMode,
}

impl Repairer {
    /// A repairer for `mode`.
    pub fn new(mode: RepairMode) -> Self {
        Repairer { mode }
    }

    /// The mode.
    pub fn mode(&self) -> RepairMode {
        self.mode
    }

    /// Repairs `text`, reporting every change.
    pub fn repair_with_edits<'a>(&self, text: &'a str) -> (Cow<'a, str>, Vec<Edit>) {
        (Cow::Borrowed(text), Vec::new())
    }
}
