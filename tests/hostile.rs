//! Hostile inputs, each at least 1 MB: every pass must finish, keep its
//! invariants, and run in time linear in the input.
//!
//! `hostile_inputs_keep_the_invariants` runs in `cargo test`. The timing table
//! (`hostile_inputs_timing`, `#[ignore]`d) compares the time per MB of each
//! input with ordinary Hindi text: clean Hindi news (the fastest path, one
//! quick scan), and, when `../shared` is present, the Hindi documents of the
//! HPLT web sample (text as scraped). Run it in release mode:
//!
//! ```sh
//! cargo test --release --test hostile -- --ignored --nocapture
//! ```

use devanagari::{
    apply_edits, Cleaner, NormalizeOptions, Normalizer, RepairMode, RepairOptions, Repairer,
    Splitter,
};
use std::time::Instant;

/// A deterministic pseudo-random byte stream (xorshift), decoded lossily.
fn random_text(len: usize) -> String {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let bytes: Vec<u8> = (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// The hostile inputs of the hardening issue.
fn inputs() -> Vec<(&'static str, String)> {
    vec![
        (
            "nuktas after one consonant",
            format!("क{}", "\u{093C}".repeat(1_000_000)),
        ),
        (
            "vowel signs and nuktas",
            format!("क{}", "\u{093F}\u{093C}".repeat(200_000)),
        ),
        ("ZWJ and ZWNJ", "\u{200D}\u{200C}".repeat(500_000)),
        ("one 10 MB line", "कखग घ".repeat(10_000_000 / 13)),
        // One line with a fix every ~200 bytes: each fix must not search the
        // rest of the line again (the line's end was once looked up per fix).
        ("one damaged 1 MB line", "कखग घ कखग घ कखग घ कखग घ कखग घ कखग घ कखग घ कखग घ कखग घ कखग घ कखग घ कखग घ कखग घ कखग घ है ।".repeat(1_000_000 / 199 + 1)),
        // One line dense with repairs (a fused token and a substituted
        // word every 80 bytes): finding the lines a repair changed must
        // not search back to the line's start from each repair (it once
        // did: on a 10 MB such line `clean` took 6 s, not 0.08).
        (
            "one line dense with repairs",
            "सरकार की Governmentी योजना और India की नीति है। ".repeat(1_000_000 / 80 + 1),
        ),
        // Indentation: a line's leading tabs, then many runs of spaces (the
        // indentation test once read the tabs again at each run).
        (
            "tabs, then runs of spaces",
            format!("{}{}", "\t".repeat(500_000), "क  ".repeat(110_000)),
        ),
        ("dots", ".".repeat(1_000_000)),
        ("chain of initials", "ए. ".repeat(200_000)),
        ("nested quotes and brackets", "“(\"[‘".repeat(120_000)),
        ("pipes", "|".repeat(1_000_000)),
        ("Latin letters with vowel signs", "aी".repeat(250_000)),
        // Not in the issue's list: the same as separate words, each a
        // candidate artifact the repair must look at.
        ("the same, spaced", "aी ".repeat(200_000)),
        ("random bytes, lossy", random_text(1_000_000)),
        (
            "every code point",
            (0u32..0x11_0000).filter_map(char::from_u32).collect(),
        ),
    ]
}

fn ordinary() -> String {
    let news = include_str!("../benches/data/hindi_news.txt");
    news.repeat(1_000_000 / news.len() + 1)
}

fn check_invariants(name: &str, s: &str) {
    for opts in [NormalizeOptions::safe(), NormalizeOptions::nlp()] {
        let n = Normalizer::new(opts);
        let (out, edits) = n.normalize_with_edits(s);
        assert!(
            apply_edits(s, &edits) == out,
            "{name}: edits do not reproduce the output"
        );
        assert!(
            unicode_normalization::is_nfc(&out),
            "{name}: output not NFC"
        );
        assert!(n.normalize(&out) == out, "{name}: normalize not idempotent");
    }
    for mode in [RepairMode::Artifacts, RepairMode::Document, RepairMode::All] {
        let r = Repairer::new(RepairOptions::new(mode));
        let (out, edits) = r.repair_with_edits(s);
        assert!(apply_edits(s, &edits) == out, "{name}: repair edits");
        assert!(r.repair(&out) == out, "{name}: repair not idempotent");
    }
    let c = Cleaner::default();
    let (out, edits) = c.clean_with_edits(s);
    assert!(apply_edits(s, &edits) == out, "{name}: clean edits");
    let mut end = 0;
    let mut covered = 0usize;
    for (start, sent) in Splitter::default().sentence_indices(s) {
        assert!(
            start >= end && s.get(start..start + sent.len()) == Some(sent),
            "{name}: sentence offsets"
        );
        end = start + sent.len();
        covered += sent.chars().filter(|c| !c.is_whitespace()).count();
    }
    assert_eq!(
        covered,
        s.chars().filter(|c| !c.is_whitespace()).count(),
        "{name}: coverage"
    );
}

#[test]
fn hostile_inputs_keep_the_invariants() {
    for (name, s) in inputs() {
        assert!(s.len() >= 1_000_000, "{name} is {} bytes", s.len());
        check_invariants(name, &s);
    }
}

/// Milliseconds per MB of `f` on `s` (best of five).
fn ms_per_mb(s: &str, f: &dyn Fn(&str)) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..5 {
        let t = Instant::now();
        f(s);
        best = best.min(t.elapsed().as_secs_f64());
    }
    best * 1e3 / (s.len() as f64 / 1e6)
}

#[test]
#[ignore = "timing: run in release mode with --ignored --nocapture"]
fn hostile_inputs_timing() {
    let safe = Normalizer::new(NormalizeOptions::safe());
    let nlp = Normalizer::new(NormalizeOptions::nlp());
    let all = Repairer::new(RepairOptions::new(RepairMode::All));
    let clean = Cleaner::default();
    let split = Splitter::default();
    type Pass<'a> = (&'static str, Box<dyn Fn(&str) + 'a>);
    let passes: Vec<Pass> = vec![
        ("normalize", Box::new(|s| drop(safe.normalize(s)))),
        ("nlp", Box::new(|s| drop(nlp.normalize(s)))),
        ("repair all", Box::new(|s| drop(all.repair(s)))),
        ("clean", Box::new(|s| drop(clean.clean(s)))),
        (
            "sentences",
            Box::new(|s| {
                let _ = split.sentences(s).count();
            }),
        ),
    ];
    // Baselines: clean Hindi news (the fastest path: one quick scan), and,
    // when `../shared` is present, the Hindi of the HPLT web sample (text as
    // scraped, with its faults and Latin words).
    let mut baselines = vec![("clean Hindi news", ordinary())];
    if let Some(web) = web_hindi() {
        baselines.push(("HPLT web Hindi", web));
    }
    // Twice, keeping the better: the first run also warms the machine up.
    let base_ms: Vec<Vec<f64>> = baselines
        .iter()
        .map(|(_, b)| {
            passes
                .iter()
                .map(|(_, f)| ms_per_mb(b, f).min(ms_per_mb(b, f)))
                .collect()
        })
        .collect();
    let rows: Vec<(&str, f64, Vec<f64>)> = inputs()
        .into_iter()
        .map(|(name, s)| {
            let ms = passes.iter().map(|(_, f)| ms_per_mb(&s, f)).collect();
            (name, s.len() as f64 / 1e6, ms)
        })
        .collect();
    for ((base_name, base), base_ms) in baselines.iter().zip(&base_ms) {
        println!();
        print!("{:32} {:>7}", format!("x {base_name}"), "MB");
        for (p, _) in &passes {
            print!(" {p:>12}");
        }
        println!();
        print!("{:32} {:7.1}", "baseline (ms/MB)", base.len() as f64 / 1e6);
        for b in base_ms {
            print!(" {b:12.2}");
        }
        println!();
        for (name, mb, ms) in &rows {
            print!("{name:32} {mb:7.1}");
            for (m, b) in ms.iter().zip(base_ms) {
                print!(" {:11.1}x", m / b);
            }
            println!();
        }
    }
}

/// The Hindi documents of the HPLT sample in `../shared` (absent on a
/// user's clone: then `None`).
fn web_hindi() -> Option<String> {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/web/hplt_deva.jsonl");
    let data = std::fs::read_to_string(path).ok()?;
    let mut out = String::new();
    for line in data.lines() {
        let v: serde_json::Value = serde_json::from_str(line).ok()?;
        if v["lang"] == "hin" {
            out.push_str(v["text"].as_str()?);
            out.push('\n');
        }
    }
    Some(out)
}
