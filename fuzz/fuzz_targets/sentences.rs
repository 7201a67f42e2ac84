//! Sentence splitting: slices in order, non-overlapping, trimmed, never empty,
//! equal to the input at their offsets, covering every non-whitespace
//! character once; both newline policies.
#![no_main]
use devanagari::{NewlinePolicy, SplitOptions, Splitter};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    for newline in [NewlinePolicy::Boundary, NewlinePolicy::Space] {
        let mut o = SplitOptions::default();
        o.newline = newline;
        let sp = Splitter::new(o);
        let mut end = 0;
        let mut covered = String::new();
        for (start, sent) in sp.sentence_indices(s) {
            assert!(!sent.is_empty() && start >= end);
            assert_eq!(&s[start..start + sent.len()], sent);
            assert_eq!(sent.trim(), sent);
            assert!(s[end..start].trim().is_empty());
            end = start + sent.len();
            covered.push_str(sent);
        }
        assert!(s[end..].trim().is_empty());
        let strip = |t: &str| t.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        assert_eq!(strip(&covered), strip(s));
    }
});
