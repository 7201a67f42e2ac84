//! Slices of a Python `str` made by CPython's own `PyUnicode_Substring`:
//! the second module of the package with `unsafe` code (after `raw`).
//!
//! Why: the sentences and words of a text that `clean` leaves as it is
//! are slices of the caller's `str`. Made through `text[a:b]` (a slice
//! object, two integers, the subscript protocol), a piece cost more than
//! the splitter's own work for it: on the Hindi records of the HPLT
//! sample, `sentences` took 25 % longer than `sentence_spans` (tuples of
//! two integers) in the same run; through `PyUnicode_Substring` it takes
//! about as long (`benches/speed.py`). The limited API has no safe
//! wrapper of the function in PyO3.
//!
//! What is relied on: `PyUnicode_Substring` is part of the stable ABI
//! since Python 3.7 (the package is built for 3.10 and later); given a
//! live `str` and two indices it returns a new reference to the slice
//! (indices past the end are clamped, as slicing clamps them), or NULL
//! with an exception set, which `from_owned_ptr_or_err` turns into a
//! `PyErr`. `text` is borrowed (alive) for the call, and the GIL is held
//! (`Bound` proves it).
#![allow(unsafe_code)]

use pyo3::prelude::*;
use pyo3::types::PyString;

/// `text[start:end]`, in code points.
pub fn substring<'py>(
    text: &Bound<'py, PyString>,
    start: usize,
    end: usize,
) -> PyResult<Bound<'py, PyAny>> {
    let (start, end) = (to_isize(start), to_isize(end));
    // SAFETY: `text` is a live `str` and the GIL is held (see the module's
    // documentation); the result is a new reference or NULL with an
    // exception set, both handled by `from_owned_ptr_or_err`.
    unsafe {
        let piece = pyo3::ffi::PyUnicode_Substring(text.as_ptr(), start, end);
        Bound::from_owned_ptr_or_err(text.py(), piece)
    }
}

/// A code-point offset as Python's index type (a `str` is never longer
/// than `isize::MAX`).
fn to_isize(i: usize) -> isize {
    isize::try_from(i).unwrap_or(isize::MAX)
}
