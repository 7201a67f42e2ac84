//! Edits and findings as small frozen objects with code-point offsets.

use crate::text::{py_repr, CodePoints};
use devanagari::{Edit, Finding, FindingKind};
use pyo3::prelude::*;
use pyo3::types::PyTuple;

/// What a repair found and which lexicon entry restored it.
#[pyclass(frozen, eq, hash, module = "devanagari", name = "RepairDetail")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyRepairDetail {
    /// The Devanagari word of the lexicon entry.
    #[pyo3(get)]
    entry: String,
    /// The English form of the lexicon entry.
    #[pyo3(get)]
    english: String,
    /// Whether the English word stands for several Devanagari words.
    #[pyo3(get)]
    ambiguous: bool,
    /// For a substituted word repaired in `document` mode: the span (code
    /// points, in the text given to the call) of the artifact that licensed it.
    #[pyo3(get)]
    licensed_by: Option<(usize, usize)>,
}

#[pymethods]
impl PyRepairDetail {
    pub fn __repr__(&self, py: Python<'_>) -> String {
        let lic = match self.licensed_by {
            Some((s, e)) => format!("({s}, {e})"),
            None => "None".into(),
        };
        format!(
            "RepairDetail(entry={}, english={}, ambiguous={}, licensed_by={lic})",
            py_repr(py, &self.entry),
            py_repr(py, &self.english),
            if self.ambiguous { "True" } else { "False" }
        )
    }
}

/// One change: the code points ``start:end`` of the input were replaced by
/// ``replacement``, by the rule ``kind`` (a key of :data:`EDIT_KINDS`);
/// ``also`` names other rules whose changes overlapped it; ``repair`` is
/// the :class:`RepairDetail` of a repair, else ``None``.
#[pyclass(frozen, eq, hash, module = "devanagari", name = "Edit")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyEdit {
    #[pyo3(get)]
    start: usize,
    #[pyo3(get)]
    end: usize,
    #[pyo3(get)]
    replacement: String,
    #[pyo3(get)]
    kind: &'static str,
    also: Vec<&'static str>,
    #[pyo3(get)]
    repair: Option<PyRepairDetail>,
}

#[pymethods]
impl PyEdit {
    /// Other rules whose changes overlapped this one; usually empty.
    #[getter]
    fn also<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, &self.also)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let mut s = format!(
            "Edit(start={}, end={}, replacement={}, kind='{}'",
            self.start,
            self.end,
            py_repr(py, &self.replacement),
            self.kind
        );
        if !self.also.is_empty() {
            let a: Vec<String> = self.also.iter().map(|k| format!("'{k}'")).collect();
            let comma = if a.len() == 1 { "," } else { "" };
            s.push_str(&format!(", also=({}{comma})", a.join(", ")));
        }
        if let Some(r) = &self.repair {
            s.push_str(&format!(", repair={}", r.__repr__(py)));
        }
        s.push(')');
        s
    }
}

/// A lexicon entry: an English word or phrase and the Devanagari word it
/// stands for.
#[pyclass(frozen, eq, hash, module = "devanagari", name = "LexiconEntry")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyLexiconEntry {
    #[pyo3(get)]
    english: String,
    #[pyo3(get)]
    devanagari: String,
    alternatives: Vec<String>,
}

#[pymethods]
impl PyLexiconEntry {
    /// Other Devanagari words the English word also stands for.
    #[getter]
    fn alternatives<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, &self.alternatives)
    }

    /// Whether the English word stands for several Devanagari words.
    #[getter]
    fn ambiguous(&self) -> bool {
        !self.alternatives.is_empty()
    }

    pub fn __repr__(&self, py: Python<'_>) -> String {
        let alts: Vec<String> = self.alternatives.iter().map(|a| py_repr(py, a)).collect();
        let comma = if alts.len() == 1 { "," } else { "" };
        format!(
            "LexiconEntry(english={}, devanagari={}, alternatives=({}{comma}))",
            py_repr(py, &self.english),
            py_repr(py, &self.devanagari),
            alts.join(", ")
        )
    }
}

/// One mixed-script finding (see :func:`findings`): ``kind``
/// (``"orphan_mark"``, ``"fused_token"``, ``"glue"``,
/// ``"substituted_word"``), the spans ``latin``, ``token`` and ``marks``
/// as ``(start, end)`` in code points, and the lexicon ``entry`` or
/// ``None``.
#[pyclass(frozen, eq, hash, module = "devanagari", name = "Finding")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyFinding {
    /// `"orphan_mark"`, `"fused_token"`, `"glue"` or `"substituted_word"`.
    #[pyo3(get)]
    kind: &'static str,
    /// The Latin word or phrase.
    #[pyo3(get)]
    latin: (usize, usize),
    /// The whole token: Devanagari prefix, Latin, Devanagari suffix.
    #[pyo3(get)]
    token: (usize, usize),
    /// For an orphan mark: the orphaned signs right after the Latin run.
    #[pyo3(get)]
    marks: (usize, usize),
    /// The lexicon entry, when the Latin word or phrase is one.
    #[pyo3(get)]
    entry: Option<PyLexiconEntry>,
}

#[pymethods]
impl PyFinding {
    fn __repr__(&self, py: Python<'_>) -> String {
        let entry = match &self.entry {
            Some(e) => e.__repr__(py),
            None => "None".into(),
        };
        format!(
            "Finding(kind='{}', latin={:?}, token={:?}, marks={:?}, entry={entry})",
            self.kind, self.latin, self.token, self.marks
        )
    }
}

pub const FINDING_KINDS: &[&str] = &["orphan_mark", "fused_token", "glue", "substituted_word"];

pub fn finding_kind(k: FindingKind) -> &'static str {
    match k {
        FindingKind::OrphanMark => "orphan_mark",
        FindingKind::FusedToken => "fused_token",
        FindingKind::Glue => "glue",
        FindingKind::SubstitutedWord => "substituted_word",
        _ => "unknown",
    }
}

/// Edits of `text` (byte ranges) as Python objects (code points of
/// `text`). `licensed` maps a `licensed_by` byte range, given in the
/// coordinates of the text the repair read, to code points of `text`.
pub fn edits_to_py(
    text: &str,
    ascii: bool,
    edits: &[Edit],
    licensed: &mut dyn FnMut(usize, usize) -> (usize, usize),
) -> Vec<PyEdit> {
    let mut cp = CodePoints::with_ascii(text, ascii);
    edits
        .iter()
        .map(|e| {
            let start = cp.at(e.range.start);
            let end = cp.at(e.range.end);
            PyEdit {
                start,
                end,
                replacement: e.replacement.clone(),
                kind: e.kind.name(),
                also: e.also.iter().map(|k| k.name()).collect(),
                repair: e.repair.as_ref().map(|d| PyRepairDetail {
                    entry: d.entry.clone(),
                    english: d.english.clone(),
                    ambiguous: d.ambiguous,
                    licensed_by: d.licensed_by.as_ref().map(|l| licensed(l.start, l.end)),
                }),
            }
        })
        .collect()
}

pub fn findings_to_py(text: &str, ascii: bool, findings: &[Finding]) -> Vec<PyFinding> {
    let mut cp = CodePoints::with_ascii(text, ascii);
    let mut span = |r: &std::ops::Range<usize>| (cp.at(r.start), cp.at(r.end));
    findings
        .iter()
        .map(|f| {
            let token = span(&f.token);
            let latin = span(&f.latin);
            let marks = span(&f.marks);
            PyFinding {
                kind: finding_kind(f.kind),
                latin,
                token,
                marks,
                entry: f.entry.as_ref().map(|e| PyLexiconEntry {
                    english: e.english.clone(),
                    devanagari: e.devanagari.clone(),
                    alternatives: e.alternatives.clone(),
                }),
            }
        })
        .collect()
}
