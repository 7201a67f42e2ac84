use std::time::Instant;
fn main() {
    let ordinary = include_str!("../benches/data/hindi_news.txt").repeat(100);
    let cases: Vec<(&str, String)> = vec![
        ("ordinary", ordinary.clone()),
        ("nuktas", format!("क{}", "\u{093C}".repeat(1_000_000))),
        (
            "vowel+nukta",
            format!("क{}", "\u{093F}\u{093C}".repeat(300_000)),
        ),
        ("zwj", "\u{200D}\u{200C}".repeat(500_000)),
        ("line10MB", "क".repeat(3_500_000)),
        ("dots", ".".repeat(1_000_000)),
        ("initials", "ए. ".repeat(100_000)),
        ("quotes", "“(\"".repeat(100_000)),
        ("pipes", "|".repeat(1_000_000)),
        ("latin+sign", "aी".repeat(250_000)),
        (
            "all_cp",
            (0u32..0x110000).filter_map(char::from_u32).collect(),
        ),
    ];
    let n = devanagari::Normalizer::default();
    let nlp = devanagari::Normalizer::new(devanagari::NormalizeOptions::nlp());
    let r = devanagari::Repairer::new(devanagari::RepairOptions::new(devanagari::RepairMode::All));
    for (name, text) in &cases {
        let t = Instant::now();
        let a = n.normalize(text);
        let tn = t.elapsed();
        let t = Instant::now();
        let _ = nlp.normalize(text);
        let tnlp = t.elapsed();
        let t = Instant::now();
        let _ = r.repair(text);
        let tr = t.elapsed();
        let t = Instant::now();
        let c = devanagari::sentences(text).count();
        let ts = t.elapsed();
        let mb = text.len() as f64 / 1e6;
        println!("{name:12} {:6.1} MB  norm {:8.2} ms/MB  nlp {:8.2}  repair {:8.2}  sent {:8.2} ({c} sentences, changed {})",
            mb, tn.as_secs_f64()*1e3/mb, tnlp.as_secs_f64()*1e3/mb, tr.as_secs_f64()*1e3/mb, ts.as_secs_f64()*1e3/mb, a.len() != text.len());
    }
}
