//! Normalization (both profiles): no panic, NFC output, idempotence, edits
//! reproduce the output, borrowed exactly when unchanged, and the quick check
//! agrees with a run over every line; with ABBREVIATION SIGNs for the
//! FULL STOPs of abbreviations, too, and the same sentences.
#![no_main]
use devanagari::{apply_edits, sentences, AbbreviationSignPolicy, NormalizeOptions, Normalizer};
use libfuzzer_sys::fuzz_target;
use std::borrow::Cow;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let mut signs = NormalizeOptions::safe();
    signs.abbreviation_sign = AbbreviationSignPolicy::FromFullStop;
    for opts in [NormalizeOptions::safe(), NormalizeOptions::nlp(), signs.clone()] {
        let n = Normalizer::new(opts);
        let (out, edits) = n.normalize_with_edits(s);
        assert_eq!(apply_edits(s, &edits), out);
        assert_eq!(matches!(out, Cow::Borrowed(_)), out == s);
        assert!(unicode_normalization::is_nfc(&out));
        assert_eq!(n.normalize(&out), out, "not idempotent");
        assert_eq!(n.normalize_every_line(s), out, "quick check missed something");
    }
    // FULL STOP -> ABBREVIATION SIGN changes no sentence boundary.
    let base = Normalizer::new(NormalizeOptions::safe()).normalize(s);
    let with_signs = Normalizer::new(signs).normalize(s);
    assert_eq!(sentences(&base).count(), sentences(&with_signs).count());
});
