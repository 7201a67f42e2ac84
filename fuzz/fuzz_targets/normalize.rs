//! Normalization (both profiles): no panic, NFC output, idempotence, edits
//! reproduce the output, borrowed exactly when unchanged, and the quick check
//! agrees with a run over every line; with ABBREVIATION SIGNs for the
//! FULL STOPs of abbreviations, too, and the same sentences. The same
//! checks with every rule and policy switched on or off by the input's
//! first three bytes (the rest is the text).
#![no_main]
use devanagari::{
    apply_edits, sentences, AbbreviationSignPolicy, CandrabinduPolicy, DigitPolicy, JoinerPolicy,
    LoneCrPolicy, NasalPolicy, NormalizeOptions, Normalizer, NuktaPolicy, PunctuationPolicy,
};
use libfuzzer_sys::fuzz_target;
use std::borrow::Cow;

/// Options from three bytes: a bit for each rule, two bits for each policy.
fn options(a: u8, b: u8, c: u8) -> NormalizeOptions {
    let bit = |x: u8, k: u32| x >> k & 1 == 1;
    let pick = |x: u8, k: u32, n: u8| ((x >> k) & 3) % n;
    let mut o = NormalizeOptions::none();
    o.spaces = bit(a, 0);
    o.invisible = bit(a, 1);
    o.nfc = bit(a, 2);
    o.do_not_emit = bit(a, 3);
    o.mark_order = bit(a, 4);
    o.danda = bit(a, 5);
    o.visarga = bit(a, 6);
    o.punctuation_spacing = bit(a, 7);
    o.joiners = [
        JoinerPolicy::KeepAll,
        JoinerPolicy::Contextual,
        JoinerPolicy::StripAll,
    ][usize::from(pick(b, 0, 3))];
    o.nukta = [NuktaPolicy::Keep, NuktaPolicy::StripBorrowed][usize::from(pick(b, 2, 2))];
    o.nasals = [
        NasalPolicy::Keep,
        NasalPolicy::ToAnusvara,
        NasalPolicy::ToConsonant,
    ][usize::from(pick(b, 4, 3))];
    o.candrabindu =
        [CandrabinduPolicy::Keep, CandrabinduPolicy::ToAnusvara][usize::from(pick(b, 6, 2))];
    o.digits = [
        DigitPolicy::Keep,
        DigitPolicy::ToAscii,
        DigitPolicy::ToDevanagari,
    ][usize::from(pick(c, 0, 3))];
    o.punctuation = [PunctuationPolicy::Keep, PunctuationPolicy::Ascii][usize::from(pick(c, 2, 2))];
    o.abbreviation_sign = [
        AbbreviationSignPolicy::Keep,
        AbbreviationSignPolicy::ToFullStop,
        AbbreviationSignPolicy::FromFullStop,
    ][usize::from(pick(c, 4, 3))];
    o.lone_cr = [LoneCrPolicy::ToLineFeed, LoneCrPolicy::ToSpace][usize::from(pick(c, 6, 2))];
    o
}

fuzz_target!(|data: &[u8]| {
    if let [a, b, c, rest @ ..] = data {
        if let Ok(s) = std::str::from_utf8(rest) {
            let n = Normalizer::new(options(*a, *b, *c));
            let nfc = n.options().nfc;
            let (out, edits) = n.normalize_with_edits(s);
            assert_eq!(apply_edits(s, &edits), out);
            assert_eq!(matches!(out, Cow::Borrowed(_)), out == s);
            assert!(!nfc || unicode_normalization::is_nfc(&out), "not NFC");
            assert_eq!(n.normalize(&out), out, "not idempotent");
            assert_eq!(
                n.normalize_every_line(s),
                out,
                "quick check missed something"
            );
        }
    }
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let mut signs = NormalizeOptions::safe();
    signs.abbreviation_sign = AbbreviationSignPolicy::FromFullStop;
    for opts in [
        NormalizeOptions::safe(),
        NormalizeOptions::nlp(),
        signs.clone(),
    ] {
        let n = Normalizer::new(opts);
        let (out, edits) = n.normalize_with_edits(s);
        assert_eq!(apply_edits(s, &edits), out);
        assert_eq!(matches!(out, Cow::Borrowed(_)), out == s);
        assert!(unicode_normalization::is_nfc(&out));
        assert_eq!(n.normalize(&out), out, "not idempotent");
        assert_eq!(
            n.normalize_every_line(s),
            out,
            "quick check missed something"
        );
    }
    // FULL STOP -> ABBREVIATION SIGN changes no sentence boundary.
    let base = Normalizer::new(NormalizeOptions::safe()).normalize(s);
    let with_signs = Normalizer::new(signs).normalize(s);
    assert_eq!(sentences(&base).count(), sentences(&with_signs).count());
});
