//! This crate beside its comparison anchors, as tests: the anchors
//! (ICU4X) are dependencies of the bench member only, so that the crate's
//! own tests and its tools never build them. Run them with `cargo test -p
//! devanagari-benches` (`.ci/run` does, after `cargo test`).

use devanagari::akshara_indices;

/// Aksharas agree with ICU4X's grapheme clusters on every text of the HPLT
/// sample (skipped when `../shared/` is absent).
#[test]
fn aksharas_agree_with_icu4x_on_web_text() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/web/hplt_deva.jsonl"
    );
    let Ok(data) = std::fs::read_to_string(path) else {
        eprintln!("skipped: {path} is absent");
        return;
    };
    let icu = icu_segmenter::GraphemeClusterSegmenter::new();
    let (mut texts, mut agree) = (0, 0);
    let mut first_bad = None;
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("JSON line");
        let text = v["text"].as_str().expect("text field");
        texts += 1;
        let ours: Vec<usize> = akshara_indices(text)
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        let mut theirs: Vec<usize> = icu.segment_str(text).collect();
        if theirs.first() != Some(&0) {
            theirs.insert(0, 0);
        }
        if ours == theirs || (text.is_empty() && theirs.len() <= 2) {
            agree += 1;
        } else if first_bad.is_none() {
            first_bad = Some(v["id"].to_string());
        }
    }
    eprintln!("aksharas agree with ICU4X on {agree}/{texts} texts");
    assert!(texts > 0);
    assert_eq!(agree, texts, "first disagreement: {first_bad:?}");
}

#[path = "../corpora.rs"]
mod corpora;

/// The composed corpora the normalize bench calls clean need no change, so
/// that it measures the quick check (the seldom-plain one its back-off).
#[test]
fn clean_corpora_need_no_change() {
    for text in [corpora::NEWS, corpora::SELDOM_PLAIN] {
        let big = corpora::sized(text, 1 << 16);
        assert!(
            matches!(devanagari::normalize(&big), std::borrow::Cow::Borrowed(_)),
            "{text:?}"
        );
    }
}
