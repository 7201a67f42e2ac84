//! The whole pipeline: normalize, then repair.

use crate::edit::{compose, Edit};
use crate::normalize::{NormalizeOptions, Normalizer};
use crate::repair::{RepairMode, RepairOptions, Repairer};
use std::borrow::Cow;
use std::ops::Range;

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
    /// A cleaner with these normalization and repair options (a
    /// [`RepairMode`] alone will do for the repair: the other repair options
    /// at their defaults).
    ///
    /// ```
    /// use devanagari::{Cleaner, NormalizeOptions, RepairMode, RepairOptions};
    /// let strip = RepairOptions::new(RepairMode::Artifacts).strip_orphan_marks(true);
    /// let c = Cleaner::new(NormalizeOptions::safe(), strip);
    /// assert_eq!(c.clean("यह Flurbी है"), "यह Flurb है");
    /// ```
    pub fn new(options: NormalizeOptions, repair: impl Into<RepairOptions>) -> Self {
        Cleaner {
            normalizer: Normalizer::new(options),
            repairer: Repairer::new(repair.into()),
        }
    }

    /// A cleaner from a configured normalizer and repairer: a repairer with
    /// a lexicon of your own ([`Repairer::with_lexicon`]), say.
    ///
    /// ```
    /// use devanagari::{Cleaner, Lexicon, Normalizer, RepairMode, RepairOptions, Repairer};
    /// let mut lexicon = Lexicon::new();
    /// lexicon.load_tsv("Weather\tमौसम\n").unwrap();
    /// let repairer = Repairer::with_lexicon(RepairOptions::new(RepairMode::Artifacts), lexicon);
    /// let c = Cleaner::from_parts(Normalizer::default(), repairer);
    /// assert_eq!(c.clean("Weatherी"), "मौसमी");
    /// ```
    pub fn from_parts(normalizer: Normalizer, repairer: Repairer) -> Self {
        Cleaner {
            normalizer,
            repairer,
        }
    }

    /// The normalizer of this cleaner.
    pub fn normalizer(&self) -> &Normalizer {
        &self.normalizer
    }

    /// The repairer of this cleaner.
    pub fn repairer(&self) -> &Repairer {
        &self.repairer
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
        Cow::Owned(self.normalize_repaired(&normalized, repaired, None))
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
        let mut last = Vec::new();
        let t = self.normalize_repaired(&normalized, repaired, Some(&mut last));
        let edits = if last.is_empty() {
            edits
        } else {
            compose(edits, last, &t)
        };
        (Cow::Owned(t), edits)
    }

    /// Normalizes again what repair changed in `normalized` (giving
    /// `repaired`): a repaired word can meet its neighbours in a way the
    /// normalizer would change. Normalization is line by line (each rule
    /// reads at most its line), and `normalized` is already normal, so only
    /// the lines repair changed are normalized again; the whole text when
    /// repair moved a line break (it does not: a lexicon word holds none).
    /// With `edits`, the changes are reported there, as offsets in
    /// `repaired`.
    fn normalize_repaired(
        &self,
        normalized: &str,
        repaired: String,
        mut edits: Option<&mut Vec<Edit>>,
    ) -> String {
        let Some(changed) = changed_lines(normalized, &repaired) else {
            return match edits {
                Some(out) => {
                    let (t, e) = self.normalizer.normalize_with_edits(&repaired);
                    *out = e;
                    t.into_owned()
                }
                None => self.normalizer.normalize(&repaired).into_owned(),
            };
        };
        let mut out: Option<String> = None;
        let mut copied = 0;
        for line in changed {
            let text = repaired.get(line.clone()).unwrap_or("");
            let again = match edits.as_deref_mut() {
                Some(all) => {
                    let (again, e) = self.normalizer.normalize_with_edits(text);
                    all.extend(e.into_iter().map(|e| e.shifted(line.start)));
                    again
                }
                None => self.normalizer.normalize(text),
            };
            if let Cow::Owned(new) = again {
                let o = out.get_or_insert_with(|| String::with_capacity(repaired.len()));
                o.push_str(repaired.get(copied..line.start).unwrap_or(""));
                o.push_str(&new);
                copied = line.end;
            }
        }
        match out {
            None => repaired,
            Some(mut o) => {
                o.push_str(repaired.get(copied..).unwrap_or(""));
                o
            }
        }
    }
}

/// The byte ranges of the lines of `after` (without their line break) that
/// differ from the same lines of `before`; `None` when the two texts do not
/// have the same lines (a line break added or removed).
fn changed_lines(before: &str, after: &str) -> Option<Vec<Range<usize>>> {
    let mut changed = Vec::new();
    let (mut a, mut b) = (before.split_inclusive('\n'), after.split_inclusive('\n'));
    let mut at = 0;
    loop {
        match (a.next(), b.next()) {
            (None, None) => return Some(changed),
            (Some(x), Some(y)) => {
                if x != y {
                    if x.ends_with('\n') != y.ends_with('\n') {
                        return None;
                    }
                    let body = y.strip_suffix('\n').unwrap_or(y);
                    changed.push(at..at + body.len());
                }
                at += y.len();
            }
            _ => return None,
        }
    }
}

impl From<RepairMode> for RepairOptions {
    fn from(mode: RepairMode) -> Self {
        RepairOptions::new(mode)
    }
}

impl RepairOptions {
    /// Sets [`RepairOptions::mode`].
    #[must_use]
    pub fn mode(mut self, mode: RepairMode) -> Self {
        self.mode = mode;
        self
    }

    /// Sets [`RepairOptions::strip_orphan_marks`].
    #[must_use]
    pub fn strip_orphan_marks(mut self, on: bool) -> Self {
        self.strip_orphan_marks = on;
        self
    }
}

/// Normalizes (safe profile) and repairs (artifacts mode) `text`.
///
/// ```
/// assert_eq!(devanagari::clean("नमस्ते ।"), "नमस्ते।");
/// ```
pub fn clean(text: &str) -> Cow<'_, str> {
    static C: std::sync::LazyLock<Cleaner> = std::sync::LazyLock::new(Cleaner::default);
    C.clean(text)
}
