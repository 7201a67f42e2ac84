//! Python `str` ↔ Rust `&str`, and byte offsets → code-point offsets.

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyString;

/// The UTF-8 of a Python `str` (cached by CPython in the object, so a
/// second call costs nothing). A lone surrogate, which UTF-8 cannot hold,
/// is a `ValueError` naming `what` and the index of the surrogate.
pub fn utf8<'a>(s: &'a Bound<'_, PyString>, what: &dyn Fn() -> String) -> PyResult<&'a str> {
    s.to_str().map_err(|err| {
        let py = s.py();
        let value = err.value(py);
        let start = value
            .getattr("start")
            .and_then(|v| v.extract::<usize>())
            .ok();
        // The surrogate cannot be extracted as a Rust `String`: read its
        // code point through `ord`.
        let cp = start.and_then(|i| {
            let ch = value.getattr("object").ok()?.get_item(i).ok()?;
            let ord = py.import("builtins").ok()?.getattr("ord").ok()?;
            ord.call1((ch,)).ok()?.extract::<u32>().ok()
        });
        let msg = match (start, cp) {
            (Some(i), Some(cp)) => format!(
                "{} holds a lone surrogate U+{cp:04X} at index {i}: it is no Unicode character \
                 and has no UTF-8 form (decode the source with errors='replace', or replace \
                 surrogates before calling)",
                what()
            ),
            _ => format!(
                "{} cannot be encoded as UTF-8 (a lone surrogate?): {err}",
                what()
            ),
        };
        PyValueError::new_err(msg)
    })
}

/// `obj` as a `str`, or a `TypeError` naming `what`.
pub fn cast_str<'a, 'py>(
    obj: &'a Bound<'py, PyAny>,
    what: &dyn Fn() -> String,
) -> PyResult<&'a Bound<'py, PyString>> {
    obj.cast::<PyString>().map_err(|_| {
        let ty = obj
            .get_type()
            .name()
            .map(|n| n.to_string())
            .unwrap_or_else(|_| "?".into());
        PyTypeError::new_err(format!("{} must be str, not {ty}", what()))
    })
}

/// Converts increasing byte offsets of one UTF-8 text into code-point
/// offsets (Python string indices), counting only the bytes between two
/// questions: linear in the text for offsets asked in order. An offset
/// asked out of order restarts the count from the start.
pub struct CodePoints<'a> {
    bytes: &'a [u8],
    ascii: bool,
    byte: usize,
    chars: usize,
}

impl<'a> CodePoints<'a> {
    pub fn new(text: &'a str) -> Self {
        CodePoints {
            bytes: text.as_bytes(),
            ascii: false,
            byte: 0,
            chars: 0,
        }
    }

    /// When the caller knows the text is ASCII (its length in code points
    /// equals its length in bytes), offsets are the same in both units.
    pub fn with_ascii(text: &'a str, ascii: bool) -> Self {
        let mut c = CodePoints::new(text);
        c.ascii = ascii;
        c
    }

    pub fn at(&mut self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        let byte = byte.min(self.bytes.len());
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        let chunk = self.bytes.get(self.byte..byte).unwrap_or(&[]);
        // Every byte but a continuation byte (0b10xx_xxxx) starts a character.
        self.chars += chunk.iter().filter(|&&b| (b as i8) >= -0x40).count();
        self.byte = byte;
        self.chars
    }
}

/// Whether a Python `str` is ASCII: its length in code points equals the
/// length of its UTF-8.
pub fn is_ascii(s: &Bound<'_, PyString>, utf8: &str) -> bool {
    s.code_point_len().map(|n| n == utf8.len()).unwrap_or(false)
}

/// Python's `repr` of a string (quotes and escapes as Python writes them).
pub fn py_repr(py: Python<'_>, s: &str) -> String {
    PyString::new(py, s)
        .repr()
        .map(|r| r.to_string())
        .unwrap_or_else(|_| format!("{s:?}"))
}
