//! Arrow buffers read and written where `pyarrow` keeps them: the one
//! module of the package with `unsafe` code.
//!
//! Why: a batch over an Arrow array had copied every input buffer into a
//! new `bytes` and written every result into another. A `bytes` of a
//! megabyte comes from the C library's `malloc`, which hands such blocks
//! back to the system when they are freed, so every call paid a page
//! fault a page, twice: on the Hindi records of the HPLT sample that cost
//! a third of the call (`benches/speed.py`, with and without
//! `MALLOC_TRIM_THRESHOLD_` and `MALLOC_MMAP_THRESHOLD_` set, which keep
//! the blocks: 251 against 337 MB/s on one thread, 377 against 604 on
//! two). `pyarrow`'s memory pool keeps its memory, and its buffers say
//! where they are (`Buffer.address`, `Buffer.size`); the limited API of
//! Python 3.10, which the package is built for, has no buffer protocol to
//! ask it safely.
//!
//! The contract relied on is `pyarrow`'s own (the one of the Arrow C data
//! interface): a CPU `Buffer` holds `size` readable bytes at `address`
//! for as long as the object lives, and a buffer from `allocate_buffer`
//! is writable and shared with no one until it is handed out. The
//! functions here keep the object borrowed for as long as the bytes are
//! used, check every attribute they read, and never make a Rust
//! reference to memory not yet written.
#![allow(unsafe_code)]

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyBytes;

/// The bytes of an input buffer: a `bytes` object, or a CPU `pyarrow`
/// `Buffer`, read where it lies.
///
/// Arrow arrays are immutable. A caller that writes into the buffer of an
/// array from another thread during the call races with the read, as it
/// would with any reader of that array.
pub fn input<'a>(obj: &'a Bound<'_, PyAny>, what: &str) -> PyResult<&'a [u8]> {
    if let Ok(b) = obj.cast::<PyBytes>() {
        return Ok(b.as_bytes());
    }
    if !type_is_pyarrow_buffer(obj)? {
        return Err(PyTypeError::new_err(format!(
            "{what}: expected bytes or a pyarrow Buffer, not {}",
            obj.get_type().name()?
        )));
    }
    if !obj.getattr("is_cpu")?.is_truthy()? {
        return Err(PyValueError::new_err(format!(
            "{what}: the pyarrow Buffer is not in CPU memory"
        )));
    }
    let (address, size) = address_and_size(obj)?;
    if size == 0 {
        return Ok(&[]);
    }
    // SAFETY: `obj` is a CPU pyarrow Buffer, which holds `size` readable
    // bytes at `address` while it lives; the slice borrows `obj`, so it
    // lives at least as long. `address` is not null (checked), `size` fits
    // in `isize` (checked), and `u8` has no alignment.
    Ok(unsafe { std::slice::from_raw_parts(address as *const u8, size) })
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
        .import("pyarrow")?
        .getattr("allocate_buffer")?
        .call1((len,))?;
    let (address, size) = address_and_size(&buf)?;
    if size != len || !buf.getattr("is_mutable")?.is_truthy()? {
        return Err(PyValueError::new_err(format!(
            "pyarrow.allocate_buffer({len}) gave a buffer of {size} bytes, or one not writable"
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
        // SAFETY: `at + n <= len`, the size of the writable buffer at
        // `address`, which `_buffer` keeps alive and which nothing else
        // refers to while it is filled; `bytes` is a Rust slice, so the two
        // do not overlap.
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

/// Whether `obj` is a `pyarrow.Buffer` (or a subclass).
fn type_is_pyarrow_buffer(obj: &Bound<'_, PyAny>) -> PyResult<bool> {
    let Ok(pa) = obj.py().import("pyarrow") else {
        return Ok(false);
    };
    obj.is_instance(&pa.getattr("Buffer")?)
}

/// `Buffer.address` and `Buffer.size`, checked: a size an allocation can
/// have, and an address that is not null unless the size is 0.
fn address_and_size(buf: &Bound<'_, PyAny>) -> PyResult<(usize, usize)> {
    let address: usize = buf.getattr("address")?.extract()?;
    let size: usize = buf.getattr("size")?.extract()?;
    if (address == 0 && size > 0) || size > isize::MAX as usize {
        return Err(PyValueError::new_err(format!(
            "a pyarrow Buffer at address {address:#x} of {size} bytes"
        )));
    }
    Ok((address, size))
}
