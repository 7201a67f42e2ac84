//! The results of the Arrow calls, written straight into buffers of
//! `pyarrow`'s memory pool: the one module of the package with `unsafe`
//! code.
//!
//! Why: the results had been written into new `bytes`. A `bytes` of a
//! megabyte comes from the C library's `malloc`, which hands such blocks
//! back to the system when they are freed, so every call paid a page
//! fault a page: on the Hindi records of the HPLT sample, building the
//! result took 0.7 to 1.5 ms of a 3 to 6 ms call (`benches/speed.py`).
//! `pyarrow`'s memory pool keeps its memory, and the buffers it gives say
//! where they are (`Buffer.address`, `Buffer.size`); the limited API of
//! Python 3.10, which the package is built for, has no buffer protocol to
//! reach them safely.
//!
//! What is relied on: a buffer that `pyarrow.allocate_buffer` has just
//! made, of the exact type `pyarrow.lib.Buffer` (a type compiled into
//! `pyarrow`, checked to be no class defined in Python, whose attributes
//! can be neither set nor overridden), holds `size` writable bytes at
//! `address` while it lives, and is shared with no one until it is
//! returned. The writer keeps the buffer borrowed while it writes, writes
//! only inside it, and never makes a Rust reference to its memory.
//!
//! The inputs are not read in place: another thread may write into the
//! buffers of an array while the text is read without the GIL, which would
//! break the UTF-8 the text was checked to be. They are copied into
//! `bytes` first (`_arrow.py`).
#![allow(unsafe_code)]

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyType;

/// `Py_TPFLAGS_HEAPTYPE`: set on every class defined in Python.
const HEAP_TYPE: u64 = 1 << 9;

/// `pyarrow.lib.Buffer`, looked up once.
static BUFFER_TYPE: PyOnceLock<Py<PyType>> = PyOnceLock::new();

/// `pyarrow.lib.Buffer`, checked to be the type compiled into `pyarrow`
/// (not a class put in its place).
fn buffer_type(py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
    BUFFER_TYPE
        .get_or_try_init(py, || {
            let t = py
                .import("pyarrow.lib")?
                .getattr("Buffer")?
                .cast_into::<PyType>()?;
            let flags: u64 = t.getattr("__flags__")?.extract()?;
            if flags & HEAP_TYPE != 0 {
                return Err(PyTypeError::new_err(
                    "pyarrow.lib.Buffer is not the type compiled into pyarrow",
                ));
            }
            Ok(t.unbind())
        })
        .map(|t| t.bind(py))
}

/// A new `pyarrow` buffer of `len` bytes from its default memory pool,
/// filled by `fill` through a [`Writer`]; bytes `fill` leaves unwritten
/// are zero.
pub fn output<'py>(
    py: Python<'py>,
    len: usize,
    fill: impl FnOnce(&mut Writer<'_>),
) -> PyResult<Bound<'py, PyAny>> {
    let buf = py
        .import("pyarrow.lib")?
        .getattr("allocate_buffer")?
        .call1((len,))?;
    if !buf.get_type().is(buffer_type(py)?) {
        return Err(PyTypeError::new_err(format!(
            "pyarrow.allocate_buffer gave a {}, not a pyarrow.lib.Buffer",
            buf.get_type().name()?
        )));
    }
    let address: usize = buf.getattr("address")?.extract()?;
    let size: usize = buf.getattr("size")?.extract()?;
    let writable = buf.getattr("is_mutable")?.is_truthy()? && buf.getattr("is_cpu")?.is_truthy()?;
    if size != len || !writable || (address == 0 && len > 0) {
        return Err(PyValueError::new_err(format!(
            "pyarrow.allocate_buffer({len}) gave {size} bytes at {address:#x}, writable: {writable}"
        )));
    }
    let mut w = Writer {
        address: address as *mut u8,
        len,
        at: 0,
        _buffer: &buf,
    };
    fill(&mut w);
    w.zero_rest();
    Ok(buf)
}

/// Writes bytes one piece after another into a buffer of [`output`]; what
/// would not fit is left out.
pub struct Writer<'b> {
    address: *mut u8,
    len: usize,
    at: usize,
    /// The buffer written: borrowed, so the writer cannot outlive it.
    _buffer: &'b Bound<'b, PyAny>,
}

impl Writer<'_> {
    /// Appends `bytes` (as much as fits).
    pub fn put(&mut self, bytes: &[u8]) {
        let n = bytes.len().min(self.len - self.at);
        if n == 0 {
            return;
        }
        // SAFETY: `at + n <= len`, the size of the writable CPU buffer at
        // `address` (checked in `output`), which `_buffer` keeps alive and
        // which nothing else refers to while it is filled; `bytes` is a
        // Rust slice, so the two do not overlap.
        unsafe {
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), self.address.add(self.at), n);
        }
        self.at += n;
    }

    /// Zeroes what is not written, so no byte of the pool's old memory
    /// reaches Python.
    fn zero_rest(&mut self) {
        let n = self.len - self.at;
        if n == 0 {
            return;
        }
        // SAFETY: as in `put`: `at + n == len`.
        unsafe {
            std::ptr::write_bytes(self.address.add(self.at), 0, n);
        }
        self.at = self.len;
    }
}
