//! Normalization (both profiles): no panic, NFC output, idempotence, edits
//! reproduce the output, borrowed exactly when unchanged, and the quick check
//! agrees with a run over every line.
#![no_main]
use devanagari::{apply_edits, NormalizeOptions, Normalizer};
use libfuzzer_sys::fuzz_target;
use std::borrow::Cow;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    for opts in [NormalizeOptions::safe(), NormalizeOptions::nlp()] {
        let n = Normalizer::new(opts);
        let (out, edits) = n.normalize_with_edits(s);
        assert_eq!(apply_edits(s, &edits), out);
        assert_eq!(matches!(out, Cow::Borrowed(_)), out == s);
        assert!(unicode_normalization::is_nfc(&out));
        assert_eq!(n.normalize(&out), out, "not idempotent");
        assert_eq!(n.normalize_every_line(s), out, "quick check missed something");
    }
});
