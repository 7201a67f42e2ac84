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
        self.repair_normalized(self.normalizer.normalize(text))
    }

    /// Cleans `text`, taken by value: [`Cleaner::clean`] for a text you
    /// own and will not need again. Each stage lets its input go as soon
    /// as its output exists, so a long text is held at most twice at a
    /// time (with [`Cleaner::clean`], the caller's text stays alive beside
    /// the two); the text itself comes back when nothing changes.
    ///
    /// ```
    /// use devanagari::Cleaner;
    /// let c = Cleaner::default();
    /// assert_eq!(c.clean_owned("नमस्ते ।".to_string()), "नमस्ते।");
    /// let clean = String::from("सब ठीक है।");
    /// let at = clean.as_ptr();
    /// assert_eq!(c.clean_owned(clean).as_ptr(), at); // not copied
    /// ```
    pub fn clean_owned(&self, text: String) -> String {
        let changed = match self.normalizer.normalize(&text) {
            Cow::Owned(normalized) => Some(normalized),
            Cow::Borrowed(_) => None,
        };
        // `text` is dropped here when normalization changed it.
        let normalized = changed.unwrap_or(text);
        self.repair_normalized(Cow::Owned(normalized)).into_owned()
    }

    /// Repairs `normalized` (the normalizer's output) and normalizes again
    /// what the repair changed: the second half of [`Cleaner::clean`].
    fn repair_normalized<'a>(&self, normalized: Cow<'a, str>) -> Cow<'a, str> {
        if self.repairer.options().mode == RepairMode::Off {
            return normalized;
        }
        let (repaired, repairs) = self.repairer.repair_with_bare_edits(&normalized);
        let Cow::Owned(repaired) = repaired else {
            return normalized;
        };
        let changed = changed_lines(&normalized, &repaired, &repairs);
        // Not needed any more: on one long line, this keeps two copies of
        // the text alive at a time, not three.
        drop(normalized);
        Cow::Owned(self.normalize_repaired(repaired, changed, None))
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
        let changed = changed_lines(&normalized, &repaired, &more);
        drop(normalized);
        let edits = compose(edits, more, &repaired);
        let mut last = Vec::new();
        let t = self.normalize_repaired(repaired, changed, Some(&mut last));
        let edits = if last.is_empty() {
            edits
        } else {
            compose(edits, last, &t)
        };
        (Cow::Owned(t), edits)
    }

    /// [`Cleaner::clean_with_edits`] on a text taken by value, with the
    /// input text each edit replaced: for a report of the changes to a long
    /// text (what was there, what stands there now) that you will not need
    /// again. As with [`Cleaner::clean_owned`], each stage lets its input go
    /// as soon as its output exists, so the text is held at most twice at a
    /// time: the replaced texts are read before the input goes, or rebuilt
    /// from a later stage and the replaced texts of the stage before.
    ///
    /// ```
    /// use devanagari::Cleaner;
    /// let c = Cleaner::default();
    /// let text = "गैरGovernmentी संगठन ।".to_string();
    /// let cleaned = c.clean_owned_with_edits(text.clone());
    /// assert_eq!(cleaned.text, "गैरसरकारी संगठन।");
    /// for (i, edit) in cleaned.edits.iter().enumerate() {
    ///     assert_eq!(cleaned.replaced(i), Some(&text[edit.range.clone()]));
    /// }
    /// assert_eq!(cleaned.replaced(0), Some("Government"));
    /// assert_eq!(cleaned.replaced(1), Some(" "));
    /// ```
    pub fn clean_owned_with_edits(&self, text: String) -> Cleaned {
        let (normalized, edits) = self.normalizer.normalize_with_edits(&text);
        let changed = match normalized {
            Cow::Owned(normalized) => Some(normalized),
            Cow::Borrowed(_) => None,
        };
        let mut replaced = Olds::default();
        for e in &edits {
            replaced.push(text.get(e.range.clone()).unwrap_or(""));
            replaced.close();
        }
        // `text` is dropped here when normalization changed it.
        let normalized = changed.unwrap_or(text);
        let first = Cleaned {
            text: normalized,
            edits,
            replaced,
        };
        if self.repairer.options().mode == RepairMode::Off {
            return first;
        }
        let (repaired, more) = self.repairer.repair_with_edits(&first.text);
        let Cow::Owned(repaired) = repaired else {
            return first;
        };
        let changed = changed_lines(&first.text, &repaired, &more);
        let second = first.then(more, repaired);
        let mut last = Vec::new();
        match self.renormalize(&second.text, changed, Some(&mut last)) {
            Some(t) => second.then(last, t),
            None => second,
        }
    }

    /// Normalizes again what repair changed (the lines `changed` of
    /// `repaired`, from [`changed_lines`]): a repaired word can meet its
    /// neighbours in a way the normalizer would change. Normalization is
    /// line by line (each rule reads at most its line), and the text before
    /// repair was already normal, so only the lines repair changed are
    /// normalized again; the whole text (`changed` is `None`) when repair
    /// moved a line break (it does not: a lexicon word holds none). With
    /// `edits`, the changes are reported there, as offsets in `repaired`.
    fn normalize_repaired(
        &self,
        repaired: String,
        changed: Option<Vec<Range<usize>>>,
        edits: Option<&mut Vec<Edit>>,
    ) -> String {
        self.renormalize(&repaired, changed, edits)
            .unwrap_or(repaired)
    }

    /// [`Cleaner::normalize_repaired`] on a borrowed text: its new form, or
    /// `None` when it stays as it is.
    fn renormalize(
        &self,
        repaired: &str,
        changed: Option<Vec<Range<usize>>>,
        mut edits: Option<&mut Vec<Edit>>,
    ) -> Option<String> {
        let Some(changed) = changed else {
            let again = match edits {
                Some(out) => {
                    let (t, e) = self.normalizer.normalize_with_edits(repaired);
                    *out = e;
                    t
                }
                None => self.normalizer.normalize(repaired),
            };
            return match again {
                Cow::Owned(t) => Some(t),
                Cow::Borrowed(_) => None,
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
                if line.len() == repaired.len() {
                    // One line, the whole text: its new form is the output
                    // (not copied into a third buffer).
                    return Some(new);
                }
                let o = out.get_or_insert_with(|| String::with_capacity(repaired.len()));
                o.push_str(repaired.get(copied..line.start).unwrap_or(""));
                o.push_str(&new);
                copied = line.end;
            }
        }
        out.map(|mut o| {
            o.push_str(repaired.get(copied..).unwrap_or(""));
            o
        })
    }
}

/// A text cleaned by value, with its edits and what each replaced: what
/// [`Cleaner::clean_owned_with_edits`] returns.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cleaned {
    /// The cleaned text.
    pub text: String,
    /// The edits, as [`Cleaner::clean_with_edits`] reports them: offsets in
    /// the input, in order.
    pub edits: Vec<Edit>,
    /// What each edit replaced, end to end (see [`Cleaned::replaced`]).
    replaced: Olds,
}

impl Cleaned {
    /// The input text the `i`th edit replaced: what stood at
    /// `edits[i].range` (`None` past the last edit).
    ///
    /// ```
    /// use devanagari::Cleaner;
    /// let cleaned = Cleaner::default().clean_owned_with_edits("दु:ख".to_string());
    /// assert_eq!(cleaned.text, "दुःख");
    /// assert_eq!(cleaned.replaced(0), Some(":"));
    /// assert_eq!(cleaned.replaced(1), None);
    /// ```
    pub fn replaced(&self, i: usize) -> Option<&str> {
        self.replaced.get(i)
    }

    /// This stage followed by the edits `next` of its text, which gave
    /// `text`: the edits composed, and what each replaced in the input,
    /// read from this stage's text and replaced texts (the input is gone).
    /// This stage's text is let go once that is read.
    fn then(self, next: Vec<Edit>, text: String) -> Cleaned {
        // What the walk needs of this stage's edits (not the edits
        // themselves, which the composition takes: a long text may have
        // millions).
        let inner: Vec<Shift> = self
            .edits
            .iter()
            .map(|e| Shift {
                range: e.range.clone(),
                new_len: e.replacement.len(),
            })
            .collect();
        let edits = compose(self.edits, next, &text);
        let replaced = replaced_texts(&inner, &self.replaced, &self.text, &edits);
        Cleaned {
            text,
            edits,
            replaced,
        }
    }
}

/// An edit as [`replaced_texts`] reads it: the input bytes it replaced,
/// and the length of what stands there now.
struct Shift {
    range: Range<usize>,
    new_len: usize,
}

/// Texts end to end in one buffer, for the millions of short texts a
/// report of a long text may hold (a `String` each would cost more than
/// the text itself).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Olds {
    text: String,
    /// Where each text ends in `text`.
    ends: Vec<usize>,
}

impl Olds {
    /// Appends to the text being written.
    fn push(&mut self, piece: &str) {
        self.text.push_str(piece);
    }

    /// Ends the text being written.
    fn close(&mut self) {
        self.ends.push(self.text.len());
    }

    /// The `i`th text.
    fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)?;
        let start = match i.checked_sub(1) {
            Some(j) => *self.ends.get(j)?,
            None => 0,
        };
        self.text.get(start..end)
    }
}

/// What the edits `outer` (offsets in an input that is gone) replaced,
/// read from `middle`, the input after the edits `inner` (sorted, not
/// overlapping), and `inner_replaced`, what each of those replaced: a
/// stretch of the input inside an inner edit is read from what it
/// replaced, any other from `middle`, shifted by the inner edits before
/// it. One walk over both lists: linear.
fn replaced_texts(inner: &[Shift], inner_replaced: &Olds, middle: &str, outer: &[Edit]) -> Olds {
    let mut out = Olds::default();
    // The inner edits before `k` end at or before the position read; a
    // position after them stands in `middle` at `shift` bytes from it.
    let mut k = 0;
    let mut shift: isize = 0;
    for e in outer {
        let mut p = e.range.start;
        loop {
            while let Some(a) = inner.get(k).filter(|a| a.range.end <= p) {
                shift += a.new_len as isize - a.range.len() as isize;
                k += 1;
            }
            if p >= e.range.end {
                break;
            }
            match inner.get(k) {
                // Inside an inner edit: what it replaced.
                Some(a) if a.range.start <= p => {
                    let end = a.range.end.min(e.range.end);
                    let from = inner_replaced.get(k).unwrap_or("");
                    out.push(
                        from.get(p - a.range.start..end - a.range.start)
                            .unwrap_or(""),
                    );
                    p = end;
                }
                // Before the next inner edit: as it stands in `middle`.
                next => {
                    let end = next.map_or(e.range.end, |a| a.range.start.min(e.range.end));
                    let at = p.checked_add_signed(shift).unwrap_or(0);
                    out.push(middle.get(at..at + (end - p)).unwrap_or(""));
                    p = end;
                }
            }
        }
        out.close();
    }
    out
}

/// The byte ranges of the lines of `after` (without their line break) that
/// the edits `repairs` of `before` changed, in order and each once; `None`
/// when an edit adds or removes a line break. Found from the edits, not by
/// comparing the texts: a text with one repair costs two short searches
/// for line breaks, not a walk over both texts. Each byte is searched at
/// most once: an edit on the line of the edit before it needs no search
/// (on a 200 MB line with thousands of repairs, searching from each edit
/// to the line's ends would read the line thousands of times).
fn changed_lines(before: &str, after: &str, repairs: &[Edit]) -> Option<Vec<Range<usize>>> {
    let mut changed: Vec<Range<usize>> = Vec::new();
    // How much longer `after` is than `before` up to the current edit.
    let mut shift: isize = 0;
    for e in repairs {
        let old = before.get(e.range.clone())?;
        if old.contains('\n') || e.replacement.contains('\n') {
            return None;
        }
        let start = e.range.start.checked_add_signed(shift)?;
        let end = start + e.replacement.len();
        shift += e.replacement.len() as isize - e.range.len() as isize;
        // The edits are in order and hold no line break: one that starts
        // before the end of the last line found is on that line, and ends
        // before its end.
        let searched = changed.last().map_or(0, |last| last.end);
        if !changed.is_empty() && start <= searched {
            continue;
        }
        let head = after.get(searched..start)?.as_bytes();
        let line_start = memchr::memrchr(b'\n', head).map_or(searched, |k| searched + k + 1);
        let tail = after.get(end..)?.as_bytes();
        let line_end = memchr::memchr(b'\n', tail).map_or(after.len(), |k| end + k);
        changed.push(line_start..line_end);
    }
    Some(changed)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The lines repair changed are found from its edits, shifted by every
    /// edit before them: a repair on a later line that the normalizer must
    /// finish is found after many repairs that lengthened the lines before
    /// it. (An ANUSVARA typed before its vowel sign is out of order only
    /// once the word it follows is Devanagari: `Indiaंी` is repaired to
    /// `भारतंी`, which normalizes to `भारतीं`.)
    #[test]
    fn lines_changed_by_repair_are_normalized_again() {
        let cleaner = Cleaner::default();
        let text = format!(
            "{}\nकुछ नहीं\nफिर India\u{902}ी आया\nफिर India\u{902}ी",
            "Governmentी ".repeat(12)
        );
        let out = cleaner.clean(&text);
        let (n, r) = (cleaner.normalizer(), cleaner.repairer());
        let whole = n.normalize(&r.repair(&n.normalize(&text))).into_owned();
        assert_eq!(out, whole);
        assert!(out.contains("फिर भारती\u{902} आया\n"), "{out}");
        assert!(out.ends_with("फिर भारती\u{902}"), "{out}");
        let (with_edits, _) = cleaner.clean_with_edits(&text);
        assert_eq!(with_edits, out);
        assert_eq!(cleaner.clean_owned(text.clone()), out);
        // One line, the whole text, normalized again: its new form is the
        // output.
        for one in ["फिर India\u{902}ी आया", "फिर India\u{902}ी आया\n"]
        {
            let out = cleaner.clean(one);
            assert_eq!(out.trim_end(), "फिर भारती\u{902} आया");
            assert_eq!(cleaner.clean_owned(one.to_string()), out);
        }
    }

    /// The lines of `after` that differ from those of `before`, found by
    /// comparing them (the texts have the same number of lines).
    fn differing_lines(before: &str, after: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut at = 0;
        for (x, y) in before.split('\n').zip(after.split('\n')) {
            if x != y {
                out.push(at..at + y.len());
            }
            at += y.len() + 1;
        }
        out
    }

    /// The lines found from the repair's edits are the lines that differ.
    #[test]
    fn changed_lines_are_the_lines_that_differ() {
        let cleaner = Cleaner::default();
        let (n, r) = (cleaner.normalizer(), cleaner.repairer());
        let lines = [
            "Governmentी Governmentी योजना",
            "कुछ नहीं",
            "फिर Indiaी\u{93C}क आया",
            "",
            "ीPrime Minister ने कहा",
            "Governmentी",
        ];
        for k in 0..64usize {
            let text: Vec<&str> = lines
                .iter()
                .enumerate()
                .filter(|(i, _)| k & (1 << i) != 0)
                .map(|(_, l)| *l)
                .collect();
            let text = text.join("\n").repeat(1 + k % 3);
            let normalized = n.normalize(&text);
            let (repaired, edits) = r.repair_with_edits(&normalized);
            let want = differing_lines(&normalized, &repaired);
            assert_eq!(
                changed_lines(&normalized, &repaired, &edits),
                Some(want),
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_repair_that_moves_a_line_break_normalizes_all() {
        let before = "a\nb";
        let e = Edit::new(1..2, " ", crate::EditKind::SubstitutedWord);
        assert_eq!(changed_lines(before, "a b", &[e]), None);
    }
}
