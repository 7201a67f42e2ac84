//! Batches over Arrow string arrays, read from and written to the raw
//! Arrow buffers (offsets, UTF-8 data, validity bitmap), so the package
//! needs no Arrow crate: `python/devanagari/_arrow.py` hands the buffers of
//! a `pyarrow` `string` / `large_string` array in as `bytes`, and builds
//! the result array from the `pyarrow` buffers returned here, which are
//! written in place (see `raw.rs`).

use crate::options::{clean_repair_arg, normalize_arg, repair_arg, split_arg, words_arg};
use crate::pool;
use crate::raw;
use crate::text::CodePoints;
use pyo3::exceptions::{PyOverflowError, PyValueError};
use pyo3::prelude::*;
use std::borrow::Cow;
use std::ops::Range;

/// The slots of an Arrow string array: `None` for a null.
fn slots<'a>(
    offsets: &'a [u8],
    data: &'a [u8],
    validity: Option<&'a [u8]>,
    offset: usize,
    length: usize,
    large: bool,
) -> PyResult<Vec<Option<&'a [u8]>>> {
    let width = if large { 8 } else { 4 };
    // Checked: `offset` and `length` come from Python and may be anything.
    let need = offset
        .checked_add(length)
        .and_then(|n| n.checked_add(1))
        .and_then(|n| n.checked_mul(width));
    if need.is_none_or(|need| offsets.len() < need) {
        return Err(PyValueError::new_err(format!(
            "Arrow offsets buffer too short: {} bytes for {} slots from {offset}",
            offsets.len(),
            length
        )));
    }
    let read = |i: usize| -> i64 {
        let b = &offsets[i * width..(i + 1) * width];
        if large {
            i64::from_le_bytes(b.try_into().unwrap_or([0; 8]))
        } else {
            i32::from_le_bytes(b.try_into().unwrap_or([0; 4])) as i64
        }
    };
    if let Some(v) = validity {
        // `offset + length` is checked above.
        if v.len().saturating_mul(8) < offset + length {
            return Err(PyValueError::new_err(format!(
                "Arrow validity bitmap too short: {} bytes for {length} slots from {offset}",
                v.len()
            )));
        }
    }
    let valid = |i: usize| -> bool {
        validity.is_none_or(|v| v.get(i / 8).is_some_and(|byte| byte >> (i % 8) & 1 == 1))
    };
    let mut out = Vec::with_capacity(length);
    for i in offset..offset + length {
        if !valid(i) {
            out.push(None);
            continue;
        }
        let (a, b) = (read(i), read(i + 1));
        if a < 0 || b < a || b as usize > data.len() {
            return Err(PyValueError::new_err(format!(
                "Arrow offsets of slot {} are out of bounds ({a}..{b} of {} bytes)",
                i - offset,
                data.len()
            )));
        }
        out.push(Some(&data[a as usize..b as usize]));
    }
    Ok(out)
}

/// Offsets of an output array, as little-endian `i32` or `i64`.
struct Offsets {
    large: bool,
    buf: Vec<u8>,
}

impl Offsets {
    fn new(large: bool, capacity: usize) -> Self {
        let mut o = Offsets {
            large,
            buf: Vec::with_capacity((capacity + 1) * if large { 8 } else { 4 }),
        };
        o.buf
            .extend_from_slice(if large { &[0; 8] } else { &[0; 4] });
        o
    }

    fn push(&mut self, v: usize) -> PyResult<()> {
        if self.large {
            self.buf.extend_from_slice(&(v as i64).to_le_bytes());
        } else {
            let v = i32::try_from(v).map_err(|_| {
                PyOverflowError::new_err(
                    "the result exceeds 2 GiB, the limit of an Arrow string array: cast the input to large_string",
                )
            })?;
            self.buf.extend_from_slice(&v.to_le_bytes());
        }
        Ok(())
    }
}

type Slot<'a> = Option<&'a [u8]>;

fn weight(s: &Slot<'_>) -> usize {
    s.map_or(0, |b| b.len())
}

/// `f` over the valid slots (as `&str`) on the pool; a slot that is not
/// UTF-8 is a `ValueError` naming it.
fn run<'a, R: Send>(
    py: Python<'_>,
    what: &str,
    slots: &[Slot<'a>],
    threads: usize,
    f: impl Fn(&'a str) -> R + Sync + Send,
) -> PyResult<Vec<Option<R>>> {
    let results = py
        .detach(|| {
            pool::map(slots, weight, threads, |s| match s {
                None => Ok(None),
                Some(b) => utf8(b).map(|s| Some(f(s))),
            })
        })
        .map_err(|p| p.into_py_err(what))?;
    results
        .into_iter()
        .enumerate()
        .map(|(i, r)| {
            r.map_err(|at| {
                PyValueError::new_err(format!(
                    "{what}: Arrow slot {i} is not valid UTF-8 (at byte {at})"
                ))
            })
        })
        .collect()
}

/// `bytes` as UTF-8, or the offset where they stop being it. A SIMD check
/// first (the standard library's, on Devanagari, was more than a quarter
/// of a batch over an Arrow array); the offset only on an error.
fn utf8(bytes: &[u8]) -> Result<&str, usize> {
    simdutf8::basic::from_utf8(bytes).map_err(|_| {
        simdutf8::compat::from_utf8(bytes)
            .err()
            .map_or(0, |e| e.valid_up_to())
    })
}

/// A buffer of a result array (a `pyarrow.Buffer`).
type Buffer<'py> = Bound<'py, PyAny>;

/// Two buffers of a result array.
type Buffers<'py> = (Buffer<'py>, Buffer<'py>);

/// The `pieces` one after another, written straight into a new buffer
/// (the data buffer of a result array): no second buffer to build first
/// and copy.
fn concat_into_buffer<'py, 'a>(
    py: Python<'py>,
    pieces: impl Iterator<Item = &'a [u8]> + Clone,
) -> PyResult<Buffer<'py>> {
    let total = pieces.clone().map(<[u8]>::len).sum();
    raw::output(py, total, |w| pieces.for_each(|p| w.put(p)))
}

/// `bytes` copied into a new buffer.
fn buffer_of<'py>(py: Python<'py>, bytes: &[u8]) -> PyResult<Buffer<'py>> {
    raw::output(py, bytes.len(), |w| w.put(bytes))
}

/// normalize / repair / clean of every slot: the result's offsets and
/// data, and whether any slot changed (when none did, the input array is
/// the result, and the buffers returned are empty).
#[pyfunction]
#[pyo3(signature = (op, offsets, data, validity, offset, length, large, a = None, b = None, num_threads = None))]
#[allow(clippy::too_many_arguments)]
fn _arrow_strings<'py>(
    py: Python<'py>,
    op: &str,
    offsets: &[u8],
    data: &[u8],
    validity: Option<&[u8]>,
    offset: usize,
    length: usize,
    large: bool,
    a: Option<&Bound<'py, PyAny>>,
    b: Option<&Bound<'py, PyAny>>,
    num_threads: Option<i64>,
) -> PyResult<(Buffer<'py>, Buffer<'py>, bool)> {
    let threads = pool::threads_arg(num_threads)?;
    let slots = slots(offsets, data, validity, offset, length, large)?;
    let outs: Vec<Option<Cow<'_, str>>> = match op {
        "normalize" => {
            let n = normalize_arg(a)?.normalizer();
            run(py, "normalize_batch", &slots, threads, |s| n.normalize(s))?
        }
        "repair" => {
            let r = repair_arg(a)?;
            run(py, "repair_batch", &slots, threads, |s| r.repair(s))?
        }
        "clean" => {
            let c = normalize_arg(a)?.cleaner(clean_repair_arg(b)?);
            run(py, "clean_batch", &slots, threads, |s| c.clean(s))?
        }
        _ => return Err(PyValueError::new_err(format!("unknown operation {op:?}"))),
    };
    let changed = outs.iter().any(|o| matches!(o, Some(Cow::Owned(_))));
    if !changed {
        // The input array is the result: no buffers to build.
        let empty = buffer_of(py, &[])?;
        return Ok((empty.clone(), empty, false));
    }
    let mut offs = Offsets::new(large, length);
    let mut at = 0;
    for o in &outs {
        at += o.as_ref().map_or(0, |s| s.len());
        offs.push(at)?;
    }
    let data = concat_into_buffer(py, outs.iter().flatten().map(|s| s.as_bytes()))?;
    Ok((buffer_of(py, &offs.buf)?, data, changed))
}

/// sentences / words of every slot, as a list array of strings: the list
/// offsets, the string offsets and the data.
#[pyfunction]
#[pyo3(signature = (op, offsets, data, validity, offset, length, large, options = None, num_threads = None))]
#[allow(clippy::too_many_arguments)]
fn _arrow_lists<'py>(
    py: Python<'py>,
    op: &str,
    offsets: &[u8],
    data: &[u8],
    validity: Option<&[u8]>,
    offset: usize,
    length: usize,
    large: bool,
    options: Option<&Bound<'py, PyAny>>,
    num_threads: Option<i64>,
) -> PyResult<(Buffer<'py>, Buffers<'py>)> {
    let threads = pool::threads_arg(num_threads)?;
    let slots = slots(offsets, data, validity, offset, length, large)?;
    let outs: Vec<Option<Vec<&str>>> = match op {
        "sentences" => {
            let sp = split_arg(options)?;
            run(py, "sentences_batch", &slots, threads, |s| {
                sp.sentences(s).collect()
            })?
        }
        "words" => {
            let t = words_arg(options)?;
            run(py, "words_batch", &slots, threads, |s| t.words(s).collect())?
        }
        _ => return Err(PyValueError::new_err(format!("unknown operation {op:?}"))),
    };
    list_buffers(py, large, length, &outs)
}

/// clean then sentences of every slot in one pass, with no array of the
/// cleaned texts in between: the buffers of a list array of strings, as
/// `_arrow_lists` gives them.
#[pyfunction]
#[pyo3(signature = (offsets, data, validity, offset, length, large, normalize = None, repair = None, split = None, num_threads = None))]
#[allow(clippy::too_many_arguments)]
fn _arrow_clean_sentences<'py>(
    py: Python<'py>,
    offsets: &[u8],
    data: &[u8],
    validity: Option<&[u8]>,
    offset: usize,
    length: usize,
    large: bool,
    normalize: Option<&Bound<'py, PyAny>>,
    repair: Option<&Bound<'py, PyAny>>,
    split: Option<&Bound<'py, PyAny>>,
    num_threads: Option<i64>,
) -> PyResult<(Buffer<'py>, Buffers<'py>)> {
    let threads = pool::threads_arg(num_threads)?;
    let slots = slots(offsets, data, validity, offset, length, large)?;
    let c = normalize_arg(normalize)?.cleaner(clean_repair_arg(repair)?);
    let sp = split_arg(split)?;
    let cleaned = run(py, "clean_sentences_batch", &slots, threads, |s| {
        let t = c.clean(s);
        let ranges: Vec<Range<usize>> = sp
            .sentence_indices(&t)
            .map(|(i, p)| i..i + p.len())
            .collect();
        (t, ranges)
    })?;
    let outs: Vec<Option<Vec<&str>>> = cleaned
        .iter()
        .map(|o| {
            o.as_ref().map(|(t, ranges)| {
                ranges
                    .iter()
                    .map(|r| t.get(r.clone()).unwrap_or(""))
                    .collect()
            })
        })
        .collect();
    list_buffers(py, large, length, &outs)
}

/// The buffers of a list array of strings holding `outs` (one list a
/// slot, `None` for a null): the list offsets, the string offsets and the
/// data.
fn list_buffers<'py>(
    py: Python<'py>,
    large: bool,
    length: usize,
    outs: &[Option<Vec<&str>>],
) -> PyResult<(Buffer<'py>, Buffers<'py>)> {
    let parts: usize = outs.iter().flatten().map(|v| v.len()).sum();
    let mut lists = Offsets::new(large, length);
    let mut strs = Offsets::new(large, parts);
    let (mut n, mut at) = (0, 0);
    for v in outs.iter() {
        for s in v.iter().flatten() {
            at += s.len();
            strs.push(at)?;
            n += 1;
        }
        lists.push(n)?;
    }
    let data = concat_into_buffer(py, outs.iter().flatten().flatten().map(|s| s.as_bytes()))?;
    Ok((
        buffer_of(py, &lists.buf)?,
        (buffer_of(py, &strs.buf)?, data),
    ))
}

/// sentence / word / akshara spans of every slot in code points: the list
/// offsets, and the starts and ends as little-endian `i64`.
#[pyfunction]
#[pyo3(signature = (op, offsets, data, validity, offset, length, large, options = None, num_threads = None))]
#[allow(clippy::too_many_arguments)]
fn _arrow_spans<'py>(
    py: Python<'py>,
    op: &str,
    offsets: &[u8],
    data: &[u8],
    validity: Option<&[u8]>,
    offset: usize,
    length: usize,
    large: bool,
    options: Option<&Bound<'py, PyAny>>,
    num_threads: Option<i64>,
) -> PyResult<(Buffer<'py>, Buffers<'py>)> {
    let threads = pool::threads_arg(num_threads)?;
    let slots = slots(offsets, data, validity, offset, length, large)?;
    let spans = |s: &str, it: &mut dyn Iterator<Item = (usize, &str)>| -> Vec<(usize, usize)> {
        let mut cp = CodePoints::new(s);
        it.map(|(i, p)| (cp.at(i), cp.at(i + p.len()))).collect()
    };
    let outs: Vec<Option<Vec<(usize, usize)>>> = match op {
        "sentences" => {
            let sp = split_arg(options)?;
            run(py, "sentence_spans_batch", &slots, threads, |s| {
                spans(s, &mut sp.sentence_indices(s))
            })?
        }
        "words" => {
            let t = words_arg(options)?;
            run(py, "word_spans_batch", &slots, threads, |s| {
                spans(s, &mut t.word_indices(s))
            })?
        }
        _ => return Err(PyValueError::new_err(format!("unknown operation {op:?}"))),
    };
    let parts: usize = outs.iter().flatten().map(|v| v.len()).sum();
    let mut lists = Offsets::new(large, length);
    let mut starts = Vec::with_capacity(parts * 8);
    let mut ends = Vec::with_capacity(parts * 8);
    let mut n = 0;
    for v in outs.iter() {
        for &(a, b) in v.iter().flatten() {
            starts.extend_from_slice(&(a as i64).to_le_bytes());
            ends.extend_from_slice(&(b as i64).to_le_bytes());
            n += 1;
        }
        lists.push(n)?;
    }
    Ok((
        buffer_of(py, &lists.buf)?,
        (buffer_of(py, &starts)?, buffer_of(py, &ends)?),
    ))
}

/// The akshara count of every slot, as little-endian `i64`.
#[pyfunction]
#[pyo3(signature = (offsets, data, validity, offset, length, large, num_threads = None))]
#[allow(clippy::too_many_arguments)]
fn _arrow_akshara_counts<'py>(
    py: Python<'py>,
    offsets: &[u8],
    data: &[u8],
    validity: Option<&[u8]>,
    offset: usize,
    length: usize,
    large: bool,
    num_threads: Option<i64>,
) -> PyResult<Buffer<'py>> {
    let threads = pool::threads_arg(num_threads)?;
    let slots = slots(offsets, data, validity, offset, length, large)?;
    let outs = run(
        py,
        "akshara_count_batch",
        &slots,
        threads,
        devanagari::akshara_count,
    )?;
    let mut buf = Vec::with_capacity(length * 8);
    for c in outs {
        buf.extend_from_slice(&(c.unwrap_or(0) as i64).to_le_bytes());
    }
    buffer_of(py, &buf)
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(_arrow_strings, m)?)?;
    m.add_function(wrap_pyfunction!(_arrow_lists, m)?)?;
    m.add_function(wrap_pyfunction!(_arrow_clean_sentences, m)?)?;
    m.add_function(wrap_pyfunction!(_arrow_spans, m)?)?;
    m.add_function(wrap_pyfunction!(_arrow_akshara_counts, m)?)?;
    Ok(())
}
