//! API variants against each other: plain vs with-edits, whole text vs line
//! by line, the default functions vs configured objects.
#![no_main]
use devanagari::{
    clean, normalize, normalize_with_edits, repair, sentences, Cleaner, Normalizer, Repairer,
    Splitter,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let n = Normalizer::default();
    assert_eq!(normalize(s), n.normalize(s));
    assert_eq!(normalize(s), normalize_with_edits(s).0);
    let by_lines: String = s.split_inclusive('\n').map(|l| normalize(l).into_owned()).collect();
    assert_eq!(by_lines, normalize(s));
    assert_eq!(repair(s), Repairer::default().repair(s));
    assert_eq!(clean(s), Cleaner::default().clean(s));
    assert_eq!(clean(s), Cleaner::default().clean_with_edits(s).0);
    let splitter = Splitter::default();
    let a: Vec<&str> = sentences(s).collect();
    let b: Vec<&str> = splitter.sentences(s).collect();
    let c: Vec<&str> = splitter.sentence_indices(s).map(|x| x.1).collect();
    assert_eq!(a, b);
    assert_eq!(a, c);
    // With newlines as boundaries, splitting line by line gives the same.
    let per_line: Vec<&str> = s.split('\n').flat_map(|l| sentences(l)).collect();
    assert_eq!(a, per_line);
});
