//! A copy-on-write builder shared by the passes: it copies the unchanged
//! stretches of the input, records each replacement as an [`Edit`], and
//! allocates only at the first change.

use crate::edit::{Edit, EditKind};
use std::ops::Range;

/// The result of a pass that changed something: the new text and its edits
/// (ranges in the pass's input).
pub(crate) struct Changed {
    pub text: String,
    pub edits: Vec<Edit>,
}

pub(crate) struct Rewriter<'a> {
    input: &'a str,
    out: String,
    copied: usize,
    edits: Vec<Edit>,
}

impl<'a> Rewriter<'a> {
    pub fn new(input: &'a str) -> Self {
        Rewriter {
            input,
            out: String::new(),
            copied: 0,
            edits: Vec::new(),
        }
    }

    /// Replaces `range` of the input by `with`. Ranges must come in order and
    /// not overlap; a range that does (a bug) is ignored.
    pub fn replace(&mut self, range: Range<usize>, with: &str, kind: EditKind) {
        let (s, t) = (range.start, range.end);
        if s < self.copied || t < s || self.input.get(s..t).is_none() {
            debug_assert!(false, "bad rewrite range {s}..{t} after {}", self.copied);
            return;
        }
        if self.input.get(s..t) == Some(with) {
            return;
        }
        if self.out.capacity() == 0 {
            self.out.reserve(self.input.len() + 16);
        }
        self.out
            .push_str(self.input.get(self.copied..s).unwrap_or(""));
        self.out.push_str(with);
        self.copied = t;
        // Merge with an edit ending exactly here of the same kind, so that a
        // run of removed characters is one edit.
        if let Some(last) = self.edits.last_mut() {
            if last.range.end == s && last.kind == kind && last.repair.is_none() {
                last.range.end = t;
                last.replacement.push_str(with);
                return;
            }
        }
        self.edits.push(Edit::new(s..t, with, kind));
    }

    /// Like [`Rewriter::replace`], but first trims the common prefix and
    /// suffix of the old and new text, so the edit covers only what changed.
    pub fn replace_diff(&mut self, range: Range<usize>, with: &str, kind: EditKind) {
        let Some(old) = self.input.get(range.clone()) else {
            return;
        };
        let (p, q) = common_affixes(old, with);
        let new_mid = with.get(p..with.len() - q).unwrap_or("");
        self.replace(range.start + p..range.end - q, new_mid, kind);
    }

    pub fn finish(mut self) -> Option<Changed> {
        if self.edits.is_empty() {
            return None;
        }
        self.out
            .push_str(self.input.get(self.copied..).unwrap_or(""));
        Some(Changed {
            text: self.out,
            edits: self.edits,
        })
    }
}

/// Lengths in bytes of the longest common prefix and suffix of `a` and `b`
/// that end on character boundaries and do not overlap.
pub(crate) fn common_affixes(a: &str, b: &str) -> (usize, usize) {
    let (ab, bb) = (a.as_bytes(), b.as_bytes());
    let mut p = ab.iter().zip(bb).take_while(|(x, y)| x == y).count();
    while p > 0 && !(a.is_char_boundary(p) && b.is_char_boundary(p)) {
        p -= 1;
    }
    let max_q = (a.len() - p).min(b.len() - p);
    let mut q = ab
        .iter()
        .rev()
        .zip(bb.iter().rev())
        .take(max_q)
        .take_while(|(x, y)| x == y)
        .count();
    while q > 0 && !(a.is_char_boundary(a.len() - q) && b.is_char_boundary(b.len() - q)) {
        q -= 1;
    }
    (p, q)
}

/// The largest character boundary of `s` at or below `max` (`str`'s own
/// `floor_char_boundary` is not stable yet).
pub(crate) fn floor_char_boundary(s: &str, max: usize) -> usize {
    if max >= s.len() {
        return s.len();
    }
    let mut k = max;
    while k > 0 && !s.is_char_boundary(k) {
        k -= 1;
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn affixes_respect_char_boundaries() {
        assert_eq!(common_affixes("é", "è"), (0, 0));
        assert_eq!(common_affixes("abc", "abXc"), (2, 1));
        assert_eq!(common_affixes("aa", "a"), (1, 0));
    }

    #[test]
    fn rewriter_borrows_until_a_change() {
        let r = Rewriter::new("abc");
        assert!(r.finish().is_none());
        let mut r = Rewriter::new("abc");
        r.replace(1..2, "", EditKind::Invisible);
        r.replace(2..3, "", EditKind::Invisible);
        let c = r.finish().unwrap();
        assert_eq!(c.text, "a");
        assert_eq!(c.edits.len(), 1);
    }
}
