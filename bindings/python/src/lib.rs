//! The native part of the `devanagari` Python package (distribution
//! `devanagari-text`): the crate's passes over Python `str`, with offsets
//! in code points, the same object back when nothing changes, and batch
//! calls that release the GIL and run on a bounded number of threads.
//!
//! The Python package (`python/devanagari/`) re-exports these functions,
//! adds the Arrow dispatch and the Indic NLP Library compatibility module;
//! `python/devanagari/_native.pyi` documents every signature.
//!
//! `unsafe` code is denied but in two modules, each saying why and what it
//! relies on: `raw`, which writes the results of the Arrow calls into
//! buffers of `pyarrow`'s memory pool, and `substring`, which slices a
//! `str` with CPython's `PyUnicode_Substring`.
#![deny(unsafe_code)]

mod arrow;
mod objects;
mod options;
mod pool;
mod raw;
mod substring;
mod text;

use devanagari::{akshara_indices, truncate_to_aksharas, truncate_to_bytes, EditKind};
use objects::{edits_to_py, findings_to_py, PyEdit, PyFinding};
use options::{
    clean_repair_arg, normalize_arg, repair_arg, split_arg, words_arg, PyNormalizeOptions,
    PyRepairOptions, PySplitOptions, PyWordOptions,
};
use pool::{guard, InternalError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};
use std::borrow::Cow;
use text::{cast_str, is_ascii, utf8, CodePoints};

/// Texts at least this long are processed with the GIL released, so that
/// other Python threads run meanwhile; shorter ones are not worth the
/// switch.
const DETACH_BYTES: usize = 64 * 1024;

/// Runs `f` (guarded against panics), with the GIL released when the text
/// is long.
fn run<R: Send>(
    py: Python<'_>,
    len: usize,
    what: &str,
    f: impl FnOnce() -> R + Send,
) -> PyResult<R> {
    if len >= DETACH_BYTES {
        py.detach(|| guard(what, f))
    } else {
        guard(what, f)
    }
}

fn arg_text<'a>(text: &'a Bound<'_, PyString>) -> PyResult<&'a str> {
    utf8(text, &|| "text".to_string())
}

/// The input object itself when borrowed, else a new `str`.
fn cow_to_py<'py>(text: &Bound<'py, PyString>, out: Cow<'_, str>) -> Bound<'py, PyString> {
    match out {
        Cow::Borrowed(_) => text.clone(),
        Cow::Owned(s) => PyString::new(text.py(), &s),
    }
}

// ---------------------------------------------------------------------------
// Normalize, repair, clean.

/// Normalizes ``text``: Unicode NFC plus Devanagari canonicalization.
///
/// ``options`` is a :class:`NormalizeOptions`, a profile name (``"safe"``,
/// the default: only what cannot change what a reader sees or means;
/// ``"nlp"``: also the lossy folds; ``"none"``) or ``None``. Returns the same
/// ``str`` object when nothing changes.
///
/// >>> import devanagari as dv
/// >>> dv.normalize("अत: वह घर गया |")
/// 'अतः वह घर गया।'
/// >>> dv.normalize("नोट: यह")  # a colon that introduces stays
/// 'नोट: यह'
/// >>> dv.normalize("हिन्दी", "nlp")
/// 'हिंदी'
/// >>> text = "नमस्ते दुनिया।"
/// >>> dv.normalize(text) is text
/// True
#[pyfunction]
#[pyo3(signature = (text, options = None))]
fn normalize<'py>(
    text: &Bound<'py, PyAny>,
    options: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyString>> {
    let eng = normalize_arg(options)?;
    let text = cast_str(text, &|| "text".to_string())?;
    let s = arg_text(text)?;
    let n = eng.normalizer();
    let out = run(text.py(), s.len(), "normalize", || n.normalize(s))?;
    Ok(cow_to_py(text, out))
}

/// Normalizes ``text`` and reports every change as an :class:`Edit`
/// (``start``/``end`` in code points of ``text``, ``replacement``, ``kind``).
/// :func:`apply_edits` of ``text`` and the edits gives the output.
///
/// >>> import devanagari as dv
/// >>> out, edits = dv.normalize_with_edits("अत: वह आया |")
/// >>> out
/// 'अतः वह आया।'
/// >>> [e.kind for e in edits]
/// ['visarga', 'punctuation_space', 'danda']
/// >>> edits[0]
/// Edit(start=2, end=3, replacement='ः', kind='visarga')
#[pyfunction]
#[pyo3(signature = (text, options = None))]
fn normalize_with_edits<'py>(
    text: &Bound<'py, PyAny>,
    options: Option<&Bound<'py, PyAny>>,
) -> PyResult<(Bound<'py, PyString>, Vec<PyEdit>)> {
    let eng = normalize_arg(options)?;
    let text = cast_str(text, &|| "text".to_string())?;
    let s = arg_text(text)?;
    let n = eng.normalizer();
    let ascii = is_ascii(text, s);
    let (out, edits) = run(text.py(), s.len(), "normalize_with_edits", || {
        let (out, edits) = n.normalize_with_edits(s);
        let edits = edits_to_py(s, ascii, &edits, &mut |a, b| (a, b));
        (out, edits)
    })?;
    Ok((cow_to_py(text, out), edits))
}

/// Whether ``text`` is already normalized (``normalize(text) is text``).
///
/// >>> import devanagari as dv
/// >>> dv.is_normalized("ज़रूर आइए।"), dv.is_normalized("ज़रूर आइए ।")
/// (True, False)
#[pyfunction]
#[pyo3(signature = (text, options = None))]
fn is_normalized(text: &Bound<'_, PyAny>, options: Option<&Bound<'_, PyAny>>) -> PyResult<bool> {
    let eng = normalize_arg(options)?;
    let text = cast_str(text, &|| "text".to_string())?;
    let s = arg_text(text)?;
    let n = eng.normalizer();
    run(text.py(), s.len(), "is_normalized", || n.is_normalized(s))
}

/// Repairs mixed-script damage: text where a site replaced Hindi words by
/// English ones by substring replacement (``Governmentी`` for ``सरकारी``).
///
/// ``options`` is a :class:`RepairOptions`, a mode name (``"off"``,
/// ``"artifacts"``, the default: orphan marks and fused tokens;
/// ``"document"``: also whole substituted words in a text that shows
/// artifacts; ``"all"``: every substituted word) or ``None``.
///
/// >>> import devanagari as dv
/// >>> dv.repair("रूसी Governmentी एजेंसी")
/// 'रूसी सरकारी एजेंसी'
/// >>> dv.repair("ICU में भर्ती")  # legitimate code-mixing stays
/// 'ICU में भर्ती'
/// >>> dv.repair("Pakistanियों से बात के बाद India लौटे।", "document")
/// 'पाकिस्तानियों से बात के बाद भारत लौटे।'
#[pyfunction]
#[pyo3(signature = (text, options = None))]
fn repair<'py>(
    text: &Bound<'py, PyAny>,
    options: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyString>> {
    let r = repair_arg(options)?;
    let text = cast_str(text, &|| "text".to_string())?;
    let s = arg_text(text)?;
    let out = run(text.py(), s.len(), "repair", || r.repair(s))?;
    Ok(cow_to_py(text, out))
}

/// Repairs ``text`` and reports each repair as an :class:`Edit` whose
/// ``repair`` (a :class:`RepairDetail`) names the lexicon entry and, in
/// ``"document"`` mode, the span of the artifact that licensed it.
///
/// >>> import devanagari as dv
/// >>> out, edits = dv.repair_with_edits("Pakistanियों से बात के बाद India लौटे।", "document")
/// >>> [(e.start, e.end, e.kind) for e in edits]
/// [(0, 8, 'orphan_mark'), (27, 32, 'substituted_word')]
/// >>> edits[1].repair.english, edits[1].repair.licensed_by
/// ('India', (0, 8))
#[pyfunction]
#[pyo3(signature = (text, options = None))]
fn repair_with_edits<'py>(
    text: &Bound<'py, PyAny>,
    options: Option<&Bound<'py, PyAny>>,
) -> PyResult<(Bound<'py, PyString>, Vec<PyEdit>)> {
    let r = repair_arg(options)?;
    let text = cast_str(text, &|| "text".to_string())?;
    let s = arg_text(text)?;
    let ascii = is_ascii(text, s);
    let (out, edits) = run(text.py(), s.len(), "repair_with_edits", || {
        let (out, edits) = r.repair_with_edits(s);
        let mut cp = CodePoints::with_ascii(s, ascii);
        let edits = edits_to_py(s, ascii, &edits, &mut |a, b| (cp.at(a), cp.at(b)));
        (out, edits)
    })?;
    Ok((cow_to_py(text, out), edits))
}

/// Everything mixed-script in ``text``, whatever the mode: orphan marks,
/// fused tokens, glue and lexicon words among Devanagari words, as
/// :class:`Finding` objects with spans in code points. Only the lexicon of
/// ``options`` matters here (the built-in one).
///
/// >>> import devanagari as dv
/// >>> f = dv.findings("नई Flurbी योजना")
/// >>> f[0].kind, f[0].latin, f[0].entry is None  # unknown word: kept, reported
/// ('orphan_mark', (3, 8), True)
#[pyfunction]
#[pyo3(signature = (text, options = None))]
fn findings(
    text: &Bound<'_, PyAny>,
    options: Option<&Bound<'_, PyAny>>,
) -> PyResult<Vec<PyFinding>> {
    let r = repair_arg(options)?;
    let text = cast_str(text, &|| "text".to_string())?;
    let s = arg_text(text)?;
    let ascii = is_ascii(text, s);
    run(text.py(), s.len(), "findings", || {
        findings_to_py(s, ascii, &r.findings(s))
    })
}

/// Normalizes, then repairs ``text`` (then normalizes what the repair
/// joined): the whole pipeline in one call. ``normalize`` as for
/// :func:`normalize`, ``repair`` a mode name or a :class:`RepairOptions`.
///
/// >>> import devanagari as dv
/// >>> dv.clean("गैरGovernmentी संगठन ।")
/// 'गैरसरकारी संगठन।'
/// >>> dv.clean("हिन्दी ।", normalize="nlp", repair="off")
/// 'हिंदी।'
#[pyfunction]
#[pyo3(signature = (text, normalize = None, repair = None))]
fn clean<'py>(
    text: &Bound<'py, PyAny>,
    normalize: Option<&Bound<'py, PyAny>>,
    repair: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyString>> {
    let eng = normalize_arg(normalize)?;
    let repair_options = clean_repair_arg(repair)?;
    let text = cast_str(text, &|| "text".to_string())?;
    let s = arg_text(text)?;
    let c = eng.cleaner(repair_options);
    let out = run(text.py(), s.len(), "clean", || c.clean(s))?;
    Ok(cow_to_py(text, out))
}

/// :func:`clean` with every change reported as an :class:`Edit` (spans in
/// code points of ``text``).
///
/// >>> import devanagari as dv
/// >>> out, edits = dv.clean_with_edits("Indiaीय रेल ।")
/// >>> out, [(e.start, e.end, e.replacement, e.kind) for e in edits]
/// ('भारतीय रेल।', [(0, 5, 'भारत', 'orphan_mark'), (11, 12, '', 'punctuation_space')])
#[pyfunction]
#[pyo3(signature = (text, normalize = None, repair = None))]
fn clean_with_edits<'py>(
    text: &Bound<'py, PyAny>,
    normalize: Option<&Bound<'py, PyAny>>,
    repair: Option<&Bound<'py, PyAny>>,
) -> PyResult<(Bound<'py, PyString>, Vec<PyEdit>)> {
    let eng = normalize_arg(normalize)?;
    let repair_options = clean_repair_arg(repair)?;
    let text = cast_str(text, &|| "text".to_string())?;
    let s = arg_text(text)?;
    let ascii = is_ascii(text, s);
    let c = eng.cleaner(repair_options);
    let n = eng.normalizer();
    let (out, edits) = run(text.py(), s.len(), "clean_with_edits", || {
        let (out, edits) = c.clean_with_edits(s);
        // A licence (document mode) is a span of the text the repair read:
        // the normalized text. Map it back to the input through the
        // normalization edits.
        let needs_map = edits
            .iter()
            .any(|e| e.repair.as_ref().is_some_and(|d| d.licensed_by.is_some()));
        let norm_edits = if needs_map {
            n.normalize_with_edits(s).1
        } else {
            Vec::new()
        };
        let mut cp = CodePoints::with_ascii(s, ascii);
        let mut map = |a: usize, b: usize| {
            let a = output_to_input(&norm_edits, a, false);
            let b = output_to_input(&norm_edits, b, true);
            (cp.at(a), cp.at(b))
        };
        let edits = edits_to_py(s, ascii, &edits, &mut map);
        (out, edits)
    })?;
    Ok((cow_to_py(text, out), edits))
}

/// The input byte offset of the output byte offset `pos` of sorted,
/// non-overlapping edits. A position inside a replacement maps to the start
/// of the replaced range (`end` false) or its end (`end` true); a start
/// right after a deletion maps past the deleted text.
fn output_to_input(edits: &[devanagari::Edit], pos: usize, end: bool) -> usize {
    let mut delta: isize = 0; // input - output before the current edit
    for e in edits {
        let out_start = (e.range.start as isize - delta) as usize;
        let out_end = out_start + e.replacement.len();
        if pos < out_start || (pos == out_start && (end || !e.replacement.is_empty())) {
            break;
        }
        if pos >= out_end {
            delta += e.range.len() as isize - e.replacement.len() as isize;
            continue;
        }
        return if end { e.range.end } else { e.range.start };
    }
    (pos as isize + delta).max(0) as usize
}

// ---------------------------------------------------------------------------
// Sentences, words, aksharas.

/// The sentences of ``text``: slices of it, trimmed of surrounding
/// whitespace, in order; together they hold every non-whitespace character
/// once. A FULL STOP after an initial, an abbreviation, inside a number, URL
/// or e-mail address ends no sentence; a verse number stays with its verse.
/// ``options`` is a :class:`SplitOptions` or ``None``.
///
/// >>> import devanagari as dv
/// >>> dv.sentences("विदेश मंत्री एस. जयशंकर ने कहा. वे कल लौटेंगे।")
/// ['विदेश मंत्री एस. जयशंकर ने कहा.', 'वे कल लौटेंगे।']
/// >>> dv.sentences("पहली पंक्ति\nदूसरी पंक्ति", dv.SplitOptions(newline="space"))
/// ['पहली पंक्ति\nदूसरी पंक्ति']
#[pyfunction]
#[pyo3(signature = (text, options = None))]
fn sentences<'py>(
    text: &Bound<'py, PyAny>,
    options: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    let sp = split_arg(options)?;
    let text = cast_str(text, &|| "text".to_string())?;
    let s = arg_text(text)?;
    let ascii = is_ascii(text, s);
    let parts = run(text.py(), s.len(), "sentences", || {
        spans(s, ascii, sp.sentence_indices(s))
    })?;
    slices_to_list(text, &parts)
}

/// The pieces `spans` (code points) of `text` as a list of `str`, sliced
/// from the Python string itself: a copy of its code units, with no UTF-8
/// to decode.
fn slices_to_list<'py>(
    text: &Bound<'py, PyString>,
    spans: &[(usize, usize)],
) -> PyResult<Bound<'py, PyList>> {
    // (`PyUnicode_Substring`, not `text[a:b]` through a slice object and
    // the subscript protocol, which cost more than the splitter's own work
    // for a piece: see `substring`.)
    let items: Vec<Bound<'py, PyAny>> = spans
        .iter()
        .map(|&(a, b)| substring::substring(text, a, b))
        .collect::<PyResult<_>>()?;
    PyList::new(text.py(), items)
}

/// The sentences of the cleaned ``text``: :func:`clean` then
/// :func:`sentences` in one call, without a ``str`` for the cleaned text in
/// between (its UTF-8 is not made twice). ``normalize`` and ``repair`` as
/// for :func:`clean`, ``split`` as ``options`` of :func:`sentences`. When
/// clean changes nothing, the sentences are slices of ``text``.
///
/// >>> import devanagari as dv
/// >>> dv.clean_sentences("गैरGovernmentी संगठन ने कहा . वे कल लौटेंगे |")
/// ['गैरसरकारी संगठन ने कहा.', 'वे कल लौटेंगे।']
/// >>> text = "पहला वाक्य। दूसरा वाक्य?"
/// >>> dv.clean_sentences(text) == dv.sentences(dv.clean(text))
/// True
#[pyfunction]
#[pyo3(signature = (text, normalize = None, repair = None, split = None))]
fn clean_sentences<'py>(
    text: &Bound<'py, PyAny>,
    normalize: Option<&Bound<'py, PyAny>>,
    repair: Option<&Bound<'py, PyAny>>,
    split: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    let c = normalize_arg(normalize)?.cleaner(clean_repair_arg(repair)?);
    let sp = split_arg(split)?;
    let text = cast_str(text, &|| "text".to_string())?;
    let s = arg_text(text)?;
    let ascii = is_ascii(text, s);
    let parts = run(text.py(), s.len(), "clean_sentences", || {
        CleanSentences::of(c, sp, s, ascii)
    })?;
    parts.into_py(text)
}

/// The sentences of a cleaned text, before they become `str` objects.
enum CleanSentences {
    /// Clean changed nothing: code-point spans of the caller's `str`.
    Same(Vec<(usize, usize)>),
    /// The cleaned text and the byte ranges of its sentences.
    Cleaned(String, Vec<std::ops::Range<usize>>),
}

impl CleanSentences {
    /// Cleans `s` (`ascii`: it is ASCII, so code points are bytes) and
    /// splits the result.
    fn of(c: &devanagari::Cleaner, sp: &devanagari::Splitter, s: &str, ascii: bool) -> Self {
        match c.clean(s) {
            Cow::Borrowed(_) => CleanSentences::Same(spans(s, ascii, sp.sentence_indices(s))),
            Cow::Owned(t) => {
                let ranges = sp
                    .sentence_indices(&t)
                    .map(|(i, p)| i..i + p.len())
                    .collect();
                CleanSentences::Cleaned(t, ranges)
            }
        }
    }

    /// The sentences as a list of `str`: slices of `text` (the input), or
    /// new strings decoded from the cleaned text.
    fn into_py<'py>(self, text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyList>> {
        match self {
            CleanSentences::Same(spans) => slices_to_list(text, &spans),
            CleanSentences::Cleaned(t, ranges) => PyList::new(
                text.py(),
                ranges
                    .into_iter()
                    .map(|r| PyString::new(text.py(), t.get(r).unwrap_or(""))),
            ),
        }
    }
}

/// The ``(start, end)`` of each sentence of ``text``, in code points:
/// ``text[start:end]`` is the sentence.
///
/// >>> import devanagari as dv
/// >>> dv.sentence_spans("पहला वाक्य। दूसरा वाक्य?")
/// [(0, 11), (12, 24)]
#[pyfunction]
#[pyo3(signature = (text, options = None))]
fn sentence_spans(
    text: &Bound<'_, PyAny>,
    options: Option<&Bound<'_, PyAny>>,
) -> PyResult<Vec<(usize, usize)>> {
    let sp = split_arg(options)?;
    let text = cast_str(text, &|| "text".to_string())?;
    let s = arg_text(text)?;
    let ascii = is_ascii(text, s);
    run(text.py(), s.len(), "sentence_spans", || {
        spans(s, ascii, sp.sentence_indices(s))
    })
}

fn spans<'a>(
    text: &str,
    ascii: bool,
    it: impl Iterator<Item = (usize, &'a str)>,
) -> Vec<(usize, usize)> {
    let mut cp = CodePoints::with_ascii(text, ascii);
    it.map(|(i, p)| (cp.at(i), cp.at(i + p.len()))).collect()
}

/// The word tokens of ``text``: words with their signs intact,
/// abbreviations and initials with their FULL STOP, whole numbers, URLs,
/// e-mail addresses, hashtags and handles, and each punctuation mark.
/// ``options`` is a :class:`WordOptions` or ``None``.
///
/// >>> import devanagari as dv
/// >>> dv.words("डॉ. शर्मा ने कहा, “दर 3.5% है।”")
/// ['डॉ.', 'शर्मा', 'ने', 'कहा', ',', '“', 'दर', '3.5', '%', 'है', '।', '”']
/// >>> dv.words("आदान-प्रदान।", dv.WordOptions(hyphens="keep", punctuation="drop"))
/// ['आदान-प्रदान']
#[pyfunction]
#[pyo3(signature = (text, options = None))]
fn words<'py>(
    text: &Bound<'py, PyAny>,
    options: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    let t = words_arg(options)?;
    let text = cast_str(text, &|| "text".to_string())?;
    let s = arg_text(text)?;
    let ascii = is_ascii(text, s);
    let parts = run(text.py(), s.len(), "words", || {
        spans(s, ascii, t.word_indices(s))
    })?;
    slices_to_list(text, &parts)
}

/// The ``(start, end)`` of each word token of ``text``, in code points.
///
/// >>> import devanagari as dv
/// >>> dv.word_spans("दर 3.5% रही।")
/// [(0, 2), (3, 6), (6, 7), (8, 11), (11, 12)]
#[pyfunction]
#[pyo3(signature = (text, options = None))]
fn word_spans(
    text: &Bound<'_, PyAny>,
    options: Option<&Bound<'_, PyAny>>,
) -> PyResult<Vec<(usize, usize)>> {
    let t = words_arg(options)?;
    let text = cast_str(text, &|| "text".to_string())?;
    let s = arg_text(text)?;
    let ascii = is_ascii(text, s);
    run(text.py(), s.len(), "word_spans", || {
        spans(s, ascii, t.word_indices(s))
    })
}

/// The aksharas (extended grapheme clusters, Unicode 15.1 and later: a
/// conjunct is one) of ``text``.
///
/// >>> import devanagari as dv
/// >>> dv.aksharas("क्षत्रिय")
/// ['क्ष', 'त्रि', 'य']
#[pyfunction]
fn aksharas<'py>(text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
    let text = cast_str(text, &|| "text".to_string())?;
    let s = arg_text(text)?;
    let ascii = is_ascii(text, s);
    let parts = run(text.py(), s.len(), "aksharas", || {
        spans(s, ascii, akshara_indices(s))
    })?;
    slices_to_list(text, &parts)
}

/// The ``(start, end)`` of each akshara of ``text``, in code points.
///
/// >>> import devanagari as dv
/// >>> dv.akshara_spans("स्त्री है")
/// [(0, 6), (6, 7), (7, 9)]
#[pyfunction]
fn akshara_spans(text: &Bound<'_, PyAny>) -> PyResult<Vec<(usize, usize)>> {
    let text = cast_str(text, &|| "text".to_string())?;
    let s = arg_text(text)?;
    let ascii = is_ascii(text, s);
    run(text.py(), s.len(), "akshara_spans", || {
        spans(s, ascii, akshara_indices(s))
    })
}

/// The number of aksharas of ``text``.
///
/// >>> import devanagari as dv
/// >>> dv.akshara_count("स्त्री शिक्षा")
/// 4
#[pyfunction]
fn akshara_count(text: &Bound<'_, PyAny>) -> PyResult<usize> {
    let text = cast_str(text, &|| "text".to_string())?;
    let s = arg_text(text)?;
    run(text.py(), s.len(), "akshara_count", || {
        devanagari::akshara_count(s)
    })
}

fn prefix_to_py<'py>(text: &Bound<'py, PyString>, s: &str, prefix: &str) -> Bound<'py, PyString> {
    if prefix.len() == s.len() {
        text.clone()
    } else {
        PyString::new(text.py(), prefix)
    }
}

/// The prefix of ``text`` made of its first ``max_aksharas`` aksharas (the
/// same object when ``text`` has no more).
///
/// >>> import devanagari as dv
/// >>> dv.truncate_to_aksharas("क्षत्रिय", 2)
/// 'क्षत्रि'
#[pyfunction(name = "truncate_to_aksharas")]
fn py_truncate_to_aksharas<'py>(
    text: &Bound<'py, PyAny>,
    max_aksharas: usize,
) -> PyResult<Bound<'py, PyString>> {
    let text = cast_str(text, &|| "text".to_string())?;
    let s = arg_text(text)?;
    let p = run(text.py(), s.len(), "truncate_to_aksharas", || {
        truncate_to_aksharas(s, max_aksharas)
    })?;
    Ok(prefix_to_py(text, s, p))
}

/// The longest prefix of ``text`` whose UTF-8 is at most ``max_bytes``
/// bytes and that ends between two aksharas (never inside a conjunct, nor
/// between a consonant and its sign). For byte-limited fields and models.
///
/// >>> import devanagari as dv
/// >>> dv.truncate_to_bytes("स्त्री शिक्षा", 17)  # स्त्री is 18 bytes
/// ''
/// >>> dv.truncate_to_bytes("स्त्री शिक्षा", 20)
/// 'स्त्री '
#[pyfunction(name = "truncate_to_bytes")]
fn py_truncate_to_bytes<'py>(
    text: &Bound<'py, PyAny>,
    max_bytes: usize,
) -> PyResult<Bound<'py, PyString>> {
    let text = cast_str(text, &|| "text".to_string())?;
    let s = arg_text(text)?;
    let p = run(text.py(), s.len(), "truncate_to_bytes", || {
        truncate_to_bytes(s, max_bytes)
    })?;
    Ok(prefix_to_py(text, s, p))
}

// ---------------------------------------------------------------------------
// Batches over lists of str.

/// The texts of a batch: each item a `str`, kept alive here (another
/// thread may change the caller's list while the GIL is released).
struct Texts<'py> {
    objs: Vec<Bound<'py, PyString>>,
}

impl<'py> Texts<'py> {
    fn extract(texts: &Bound<'py, PyAny>) -> PyResult<Self> {
        if texts.cast::<PyString>().is_ok() {
            return Err(pyo3::exceptions::PyTypeError::new_err(
                "texts must be a list (or another iterable) of str, not a single str",
            ));
        }
        let mut objs = Vec::new();
        let mut push = |i: usize, item: Bound<'py, PyAny>| -> PyResult<()> {
            let s = cast_str(&item, &|| format!("texts[{i}]"))?;
            objs.push(s.clone());
            Ok(())
        };
        if let Ok(l) = texts.cast::<PyList>() {
            for (i, item) in l.iter().enumerate() {
                push(i, item)?;
            }
        } else if let Ok(t) = texts.cast::<PyTuple>() {
            for (i, item) in t.iter().enumerate() {
                push(i, item)?;
            }
        } else {
            for (i, item) in texts.try_iter()?.enumerate() {
                push(i, item?)?;
            }
        }
        Ok(Texts { objs })
    }

    fn strs(&self) -> PyResult<Vec<&str>> {
        self.objs
            .iter()
            .enumerate()
            .map(|(i, s)| utf8(s, &|| format!("texts[{i}]")))
            .collect()
    }

    /// Whether a batch on `threads` threads runs as a pipeline (see
    /// [`Texts::map`]): on more than one thread, over enough text, counted
    /// in code points (the UTF-8 is not made yet), so Devanagari of up to
    /// three times [`pool::MIN_PARALLEL_BYTES`] bytes runs through
    /// [`pool::map`] (in parallel too, without the overlap).
    fn pipelined(&self, threads: usize) -> bool {
        threads > 1
            && self
                .objs
                .iter()
                .map(|s| s.code_point_len().unwrap_or(0))
                .sum::<usize>()
                >= pool::MIN_PARALLEL_BYTES
    }

    /// `work` over each text (with whether it is ASCII) on `threads`
    /// threads, with the GIL released, each result made a Python object by
    /// `finish` (with its text): a list of them. On more than one thread
    /// and over enough text, the texts' UTF-8 and the objects are made
    /// while the workers run ([`pool::pipeline`]); else each step is done
    /// for all texts in turn ([`pool::map`]).
    fn map<'a, R: Send, O: IntoPyObject<'py>>(
        &'a self,
        py: Python<'py>,
        what: &str,
        threads: usize,
        work: impl Fn(&(&'a str, bool)) -> R + Sync + Send,
        mut finish: impl FnMut(&Bound<'py, PyString>, R) -> PyResult<O>,
    ) -> PyResult<Bound<'py, PyList>> {
        let list = PyList::empty(py);
        let mut texts = self.objs.iter();
        let mut finish_next = |r: R| match texts.next() {
            Some(text) => list.append(finish(text, r)?),
            None => Err(InternalError::new_err(format!(
                "{what}: more results than texts (a bug in the package; please report it)"
            ))),
        };
        if self.pipelined(threads) {
            pool::pipeline(
                py,
                what,
                self.objs.len(),
                threads,
                |i| {
                    let s = &self.objs[i];
                    let u = utf8(s, &|| format!("texts[{i}]"))?;
                    Ok(((u, is_ascii(s, u)), u.len()))
                },
                work,
                finish_next,
            )?;
        } else {
            let items = self.strs_ascii()?;
            let outs = batch(py, what, &items, |(s, _)| s.len(), threads, work)?;
            for r in outs {
                finish_next(r)?;
            }
        }
        Ok(list)
    }

    /// Each text with whether it is ASCII (then code points are bytes).
    fn strs_ascii(&self) -> PyResult<Vec<(&str, bool)>> {
        self.objs
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let u = utf8(s, &|| format!("texts[{i}]"))?;
                Ok((u, is_ascii(s, u)))
            })
            .collect()
    }
}

/// `f` over every text with the GIL released, on `threads` threads.
fn batch<T: Sync, R: Send>(
    py: Python<'_>,
    what: &str,
    items: &[T],
    weight: impl Fn(&T) -> usize + Send + Sync,
    threads: usize,
    f: impl Fn(&T) -> R + Sync + Send,
) -> PyResult<Vec<R>> {
    py.detach(|| pool::map(items, weight, threads, f))
        .map_err(|p| p.into_py_err(what))
}

/// :func:`normalize` over a list (or any iterable) of ``str``, with the GIL
/// released, on ``num_threads`` threads. Use :func:`devanagari.normalize_batch`,
/// which also takes pyarrow arrays.
#[pyfunction]
#[pyo3(signature = (texts, options = None, *, num_threads = None))]
fn normalize_batch<'py>(
    texts: &Bound<'py, PyAny>,
    options: Option<&Bound<'py, PyAny>>,
    num_threads: Option<i64>,
) -> PyResult<Bound<'py, PyList>> {
    let py = texts.py();
    let n = normalize_arg(options)?.normalizer();
    let threads = pool::threads_arg(num_threads)?;
    let t = Texts::extract(texts)?;
    t.map(
        py,
        "normalize_batch",
        threads,
        |(s, _)| n.normalize(s),
        |text, out| Ok(cow_to_py(text, out)),
    )
}

/// :func:`repair` over a list of ``str``; see :func:`devanagari.repair_batch`.
#[pyfunction]
#[pyo3(signature = (texts, options = None, *, num_threads = None))]
fn repair_batch<'py>(
    texts: &Bound<'py, PyAny>,
    options: Option<&Bound<'py, PyAny>>,
    num_threads: Option<i64>,
) -> PyResult<Bound<'py, PyList>> {
    let py = texts.py();
    let r = repair_arg(options)?;
    let threads = pool::threads_arg(num_threads)?;
    let t = Texts::extract(texts)?;
    t.map(
        py,
        "repair_batch",
        threads,
        |(s, _)| r.repair(s),
        |text, out| Ok(cow_to_py(text, out)),
    )
}

/// :func:`clean` over a list of ``str``; see :func:`devanagari.clean_batch`.
#[pyfunction]
#[pyo3(signature = (texts, normalize = None, repair = None, *, num_threads = None))]
fn clean_batch<'py>(
    texts: &Bound<'py, PyAny>,
    normalize: Option<&Bound<'py, PyAny>>,
    repair: Option<&Bound<'py, PyAny>>,
    num_threads: Option<i64>,
) -> PyResult<Bound<'py, PyList>> {
    let py = texts.py();
    let c = normalize_arg(normalize)?.cleaner(clean_repair_arg(repair)?);
    let threads = pool::threads_arg(num_threads)?;
    let t = Texts::extract(texts)?;
    t.map(
        py,
        "clean_batch",
        threads,
        |(s, _)| c.clean(s),
        |text, out| Ok(cow_to_py(text, out)),
    )
}

/// What `_clean_counts_batch` gives for one text, before it becomes
/// Python objects: the cleaned text, the number of edits of each kind and
/// of findings of each kind (in the order they first occur), and the code
/// points of invisible characters removed.
struct CleanCounts<'a> {
    out: Cow<'a, str>,
    edits: Vec<(&'static str, usize)>,
    invisible: usize,
    findings: Option<Vec<(&'static str, usize)>>,
}

/// Adds one of `kind` to `counts`, a tally in first-seen order (a few
/// kinds at most, so a list beats a map).
fn tally(counts: &mut Vec<(&'static str, usize)>, kind: &'static str) {
    match counts.iter_mut().find(|(k, _)| *k == kind) {
        Some((_, n)) => *n += 1,
        None => counts.push((kind, 1)),
    }
}

fn counts_to_dict<'py>(py: Python<'py>, counts: &[(&str, usize)]) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    for (k, n) in counts {
        d.set_item(k, n)?;
    }
    Ok(d)
}

/// :func:`clean` of each text with what it changed counted, for the
/// datatrove step that keeps counts: for each text a tuple ``(cleaned,
/// edits, invisible_chars, findings)``, where ``cleaned`` is the text
/// itself when nothing changed, ``edits`` maps each edit kind to how many
/// edits of it :func:`clean_with_edits` reports, ``invisible_chars`` is the
/// number of code points the ``invisible`` edits removed, and ``findings``
/// (``None`` unless ``with_findings``) maps each finding kind to how many
/// :func:`findings` reports with ``repair``. No edit or finding objects are
/// made; the GIL is released.
#[pyfunction]
#[pyo3(signature = (texts, normalize = None, repair = None, with_findings = true, *, num_threads = None))]
fn _clean_counts_batch<'py>(
    texts: &Bound<'py, PyAny>,
    normalize: Option<&Bound<'py, PyAny>>,
    repair: Option<&Bound<'py, PyAny>>,
    with_findings: bool,
    num_threads: Option<i64>,
) -> PyResult<Bound<'py, PyList>> {
    let py = texts.py();
    let c = normalize_arg(normalize)?.cleaner(clean_repair_arg(repair)?);
    let r = repair_arg(repair)?;
    let threads = pool::threads_arg(num_threads)?;
    let t = Texts::extract(texts)?;
    t.map(
        py,
        "clean_counts_batch",
        threads,
        |&(s, _)| {
            let (out, edits) = c.clean_with_edits(s);
            let mut kinds = Vec::new();
            let mut invisible = 0;
            for e in &edits {
                tally(&mut kinds, e.kind.name());
                if e.kind == EditKind::Invisible {
                    invisible += s.get(e.range.clone()).map_or(0, |x| x.chars().count());
                }
            }
            let findings = with_findings.then(|| {
                let mut found = Vec::new();
                for f in r.findings(s) {
                    tally(&mut found, objects::finding_kind(f.kind));
                }
                found
            });
            CleanCounts {
                out,
                edits: kinds,
                invisible,
                findings,
            }
        },
        |text, o| {
            let findings = match &o.findings {
                Some(f) => counts_to_dict(py, f)?.into_any(),
                None => py.None().into_bound(py),
            };
            PyTuple::new(
                py,
                [
                    cow_to_py(text, o.out).into_any(),
                    counts_to_dict(py, &o.edits)?.into_any(),
                    o.invisible.into_pyobject(py)?.into_any(),
                    findings,
                ],
            )
        },
    )
}

/// :func:`sentences` of a list of ``str``; see :func:`devanagari.sentences_batch`.
#[pyfunction]
#[pyo3(signature = (texts, options = None, *, num_threads = None))]
fn sentences_batch<'py>(
    texts: &Bound<'py, PyAny>,
    options: Option<&Bound<'py, PyAny>>,
    num_threads: Option<i64>,
) -> PyResult<Bound<'py, PyList>> {
    let py = texts.py();
    let sp = split_arg(options)?;
    let threads = pool::threads_arg(num_threads)?;
    let t = Texts::extract(texts)?;
    t.map(
        py,
        "sentences_batch",
        threads,
        |(s, a)| spans(s, *a, sp.sentence_indices(s)),
        |text, v| slices_to_list(text, &v),
    )
}

/// :func:`clean_sentences` of a list of ``str``; see
/// :func:`devanagari.clean_sentences_batch`.
#[pyfunction]
#[pyo3(signature = (texts, normalize = None, repair = None, split = None, *, num_threads = None))]
fn clean_sentences_batch<'py>(
    texts: &Bound<'py, PyAny>,
    normalize: Option<&Bound<'py, PyAny>>,
    repair: Option<&Bound<'py, PyAny>>,
    split: Option<&Bound<'py, PyAny>>,
    num_threads: Option<i64>,
) -> PyResult<Bound<'py, PyList>> {
    let py = texts.py();
    let c = normalize_arg(normalize)?.cleaner(clean_repair_arg(repair)?);
    let sp = split_arg(split)?;
    let threads = pool::threads_arg(num_threads)?;
    let t = Texts::extract(texts)?;
    t.map(
        py,
        "clean_sentences_batch",
        threads,
        |(s, a)| CleanSentences::of(c, sp, s, *a),
        |text, parts| parts.into_py(text),
    )
}

/// :func:`sentence_spans` of a list of ``str``; see :func:`devanagari.sentence_spans_batch`.
#[pyfunction]
#[pyo3(signature = (texts, options = None, *, num_threads = None))]
fn sentence_spans_batch<'py>(
    texts: &Bound<'py, PyAny>,
    options: Option<&Bound<'py, PyAny>>,
    num_threads: Option<i64>,
) -> PyResult<Bound<'py, PyList>> {
    let py = texts.py();
    let sp = split_arg(options)?;
    let threads = pool::threads_arg(num_threads)?;
    let t = Texts::extract(texts)?;
    t.map(
        py,
        "sentence_spans_batch",
        threads,
        |(s, a)| spans(s, *a, sp.sentence_indices(s)),
        |_, v| PyList::new(py, v),
    )
}

/// :func:`words` of a list of ``str``; see :func:`devanagari.words_batch`.
#[pyfunction]
#[pyo3(signature = (texts, options = None, *, num_threads = None))]
fn words_batch<'py>(
    texts: &Bound<'py, PyAny>,
    options: Option<&Bound<'py, PyAny>>,
    num_threads: Option<i64>,
) -> PyResult<Bound<'py, PyList>> {
    let py = texts.py();
    let tk = words_arg(options)?;
    let threads = pool::threads_arg(num_threads)?;
    let t = Texts::extract(texts)?;
    t.map(
        py,
        "words_batch",
        threads,
        |(s, a)| spans(s, *a, tk.word_indices(s)),
        |text, v| slices_to_list(text, &v),
    )
}

/// :func:`word_spans` of a list of ``str``; see :func:`devanagari.word_spans_batch`.
#[pyfunction]
#[pyo3(signature = (texts, options = None, *, num_threads = None))]
fn word_spans_batch<'py>(
    texts: &Bound<'py, PyAny>,
    options: Option<&Bound<'py, PyAny>>,
    num_threads: Option<i64>,
) -> PyResult<Bound<'py, PyList>> {
    let py = texts.py();
    let tk = words_arg(options)?;
    let threads = pool::threads_arg(num_threads)?;
    let t = Texts::extract(texts)?;
    t.map(
        py,
        "word_spans_batch",
        threads,
        |(s, a)| spans(s, *a, tk.word_indices(s)),
        |_, v| PyList::new(py, v),
    )
}

/// :func:`akshara_count` of a list of ``str``; see :func:`devanagari.akshara_count_batch`.
#[pyfunction]
#[pyo3(signature = (texts, *, num_threads = None))]
fn akshara_count_batch<'py>(
    texts: &Bound<'py, PyAny>,
    num_threads: Option<i64>,
) -> PyResult<Bound<'py, PyList>> {
    let py = texts.py();
    let threads = pool::threads_arg(num_threads)?;
    let t = Texts::extract(texts)?;
    t.map(
        py,
        "akshara_count_batch",
        threads,
        |(s, _)| devanagari::akshara_count(s),
        |_, n| Ok(n),
    )
}

/// The number of threads a batch call uses by default: the value of
/// :func:`set_num_threads`, else the environment variable
/// ``DEVANAGARI_NUM_THREADS``, else the number of CPUs.
///
/// >>> import devanagari as dv
/// >>> dv.get_num_threads() >= 1
/// True
#[pyfunction]
fn get_num_threads() -> usize {
    pool::num_threads()
}

/// Sets the number of threads batch calls use (``None``: back to
/// ``DEVANAGARI_NUM_THREADS`` or the number of CPUs). No thread outlives a
/// call, so the setting is safe to change at any time and after ``os.fork``.
///
/// >>> import devanagari as dv
/// >>> dv.set_num_threads(2); dv.get_num_threads()
/// 2
/// >>> dv.set_num_threads(None)
#[pyfunction]
#[pyo3(signature = (n))]
fn set_num_threads(n: Option<i64>) -> PyResult<()> {
    pool::set_num_threads(n)
}

// ---------------------------------------------------------------------------
// Measurement and test hooks (not part of the API).

/// Seconds per pass of the Rust library alone over `texts` (copied into
/// Rust strings first): `clean` then `sentences` of each text, on
/// `num_threads` threads through the same scheduling as the batch calls.
/// For `benches/speed.py`, which compares the batch API with it.
#[pyfunction]
#[pyo3(signature = (texts, repeat, num_threads, normalize = None, repair = None, split = None))]
fn _rust_clean_sentences_seconds(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    repeat: usize,
    num_threads: i64,
    normalize: Option<&Bound<'_, PyAny>>,
    repair: Option<&Bound<'_, PyAny>>,
    split: Option<&Bound<'_, PyAny>>,
) -> PyResult<Vec<f64>> {
    let c = normalize_arg(normalize)?.cleaner(clean_repair_arg(repair)?);
    let sp = split_arg(split)?;
    let threads = pool::threads_arg(Some(num_threads))?;
    let t = Texts::extract(texts)?;
    let owned: Vec<String> = t.strs()?.into_iter().map(str::to_owned).collect();
    py.detach(|| {
        let mut times = Vec::with_capacity(repeat);
        for _ in 0..repeat {
            let start = std::time::Instant::now();
            let counts = pool::map(
                &owned,
                |s| s.len(),
                threads,
                |s| {
                    let cleaned = c.clean(s);
                    sp.sentences(&cleaned).count()
                },
            );
            std::hint::black_box(counts.map(|v| v.iter().sum::<usize>()).unwrap_or(0));
            times.push(start.elapsed().as_secs_f64());
        }
        Ok(times)
    })
}

/// Panics inside the library's guard (`in_batch` false), inside a batch
/// worker thread (`in_batch` true), or, given `texts`, on the text
/// `"panic"` in a batch over them (the pipeline of batches over a list on
/// two threads, when they are long enough): the test that a panic
/// surfaces as `InternalError` and the interpreter lives on.
#[pyfunction]
#[pyo3(signature = (in_batch = false, texts = None))]
fn _panic_for_tests(
    py: Python<'_>,
    in_batch: bool,
    texts: Option<&Bound<'_, PyAny>>,
) -> PyResult<()> {
    if let Some(texts) = texts {
        Texts::extract(texts)?.map(
            py,
            "_panic_for_tests",
            2,
            |&(s, _)| {
                if s == "panic" {
                    panic!("deliberate panic on a text");
                }
                s.len()
            },
            |_, n| Ok(n),
        )?;
        Ok(())
    } else if in_batch {
        let items: Vec<usize> = (0..64).collect();
        batch(
            py,
            "_panic_for_tests",
            &items,
            |_| 4096,
            2,
            |&i| {
                if i == 41 {
                    panic!("deliberate panic on item {i}");
                }
                i
            },
        )?;
        Ok(())
    } else {
        guard("_panic_for_tests", || panic!("deliberate panic"))
    }
}

/// The number of distinct threads that did the work of a batch of 64
/// items on `num_threads` threads (each item waits 2 ms, so that every
/// thread gets items even on a busy machine): the test that the pool runs
/// in parallel, also in a child process after `os.fork`.
#[pyfunction]
fn _pool_threads_for_tests(py: Python<'_>, num_threads: i64) -> PyResult<usize> {
    let threads = pool::threads_arg(Some(num_threads))?;
    let seen = std::sync::Mutex::new(std::collections::HashSet::new());
    let items: Vec<usize> = (0..64).collect();
    batch(
        py,
        "_pool_threads_for_tests",
        &items,
        |_| 4096,
        threads,
        |_| {
            std::thread::sleep(std::time::Duration::from_millis(2));
            if let Ok(mut s) = seen.lock() {
                s.insert(std::thread::current().id());
            }
        },
    )?;
    let n = seen.lock().map(|s| s.len()).unwrap_or(0);
    Ok(n)
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add_class::<PyNormalizeOptions>()?;
    m.add_class::<PyRepairOptions>()?;
    m.add_class::<PySplitOptions>()?;
    m.add_class::<PyWordOptions>()?;
    m.add_class::<objects::PyEdit>()?;
    m.add_class::<objects::PyRepairDetail>()?;
    m.add_class::<objects::PyFinding>()?;
    m.add_class::<objects::PyLexiconEntry>()?;
    m.add("InternalError", py.get_type::<InternalError>())?;
    m.add_function(wrap_pyfunction!(normalize, m)?)?;
    m.add_function(wrap_pyfunction!(normalize_with_edits, m)?)?;
    m.add_function(wrap_pyfunction!(is_normalized, m)?)?;
    m.add_function(wrap_pyfunction!(repair, m)?)?;
    m.add_function(wrap_pyfunction!(repair_with_edits, m)?)?;
    m.add_function(wrap_pyfunction!(findings, m)?)?;
    m.add_function(wrap_pyfunction!(clean, m)?)?;
    m.add_function(wrap_pyfunction!(clean_with_edits, m)?)?;
    m.add_function(wrap_pyfunction!(sentences, m)?)?;
    m.add_function(wrap_pyfunction!(sentence_spans, m)?)?;
    m.add_function(wrap_pyfunction!(clean_sentences, m)?)?;
    m.add_function(wrap_pyfunction!(words, m)?)?;
    m.add_function(wrap_pyfunction!(word_spans, m)?)?;
    m.add_function(wrap_pyfunction!(aksharas, m)?)?;
    m.add_function(wrap_pyfunction!(akshara_spans, m)?)?;
    m.add_function(wrap_pyfunction!(akshara_count, m)?)?;
    m.add_function(wrap_pyfunction!(py_truncate_to_aksharas, m)?)?;
    m.add_function(wrap_pyfunction!(py_truncate_to_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(normalize_batch, m)?)?;
    m.add_function(wrap_pyfunction!(repair_batch, m)?)?;
    m.add_function(wrap_pyfunction!(clean_batch, m)?)?;
    m.add_function(wrap_pyfunction!(_clean_counts_batch, m)?)?;
    m.add_function(wrap_pyfunction!(sentences_batch, m)?)?;
    m.add_function(wrap_pyfunction!(sentence_spans_batch, m)?)?;
    m.add_function(wrap_pyfunction!(clean_sentences_batch, m)?)?;
    m.add_function(wrap_pyfunction!(words_batch, m)?)?;
    m.add_function(wrap_pyfunction!(word_spans_batch, m)?)?;
    m.add_function(wrap_pyfunction!(akshara_count_batch, m)?)?;
    m.add_function(wrap_pyfunction!(get_num_threads, m)?)?;
    m.add_function(wrap_pyfunction!(set_num_threads, m)?)?;
    m.add_function(wrap_pyfunction!(_rust_clean_sentences_seconds, m)?)?;
    m.add_function(wrap_pyfunction!(_panic_for_tests, m)?)?;
    m.add_function(wrap_pyfunction!(_pool_threads_for_tests, m)?)?;
    arrow::register(m)?;

    let kinds = PyDict::new(py);
    for k in EditKind::ALL {
        kinds.set_item(k.name(), k.description())?;
    }
    m.add("EDIT_KINDS", kinds)?;
    m.add("FINDING_KINDS", PyTuple::new(py, objects::FINDING_KINDS)?)?;
    m.add("LANGUAGES", PyTuple::new(py, options::languages())?)?;
    m.add("NUM_THREADS_ENV", pool::ENV_VAR)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
