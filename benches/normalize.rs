//! Normalization throughput on Hindi text, beside `unicode-normalization`'s
//! `nfc()` in the same group.
//!
//! What the comparison asks: how much faster is recognising clean Hindi (and
//! fixing damaged Hindi) than running a general NFC normalizer over it? Both
//! corpora are built from `benches/data/hindi_news.txt` (composed for this
//! crate): `clean` is the file repeated to about 1 MB; `damaged` is the same
//! with one fix needed about every 200 bytes (a space before a danda, a
//! colon for a visarga, a ZERO WIDTH SPACE, a NO-BREAK SPACE, LETTER A +
//! VOWEL SIGN AA).

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use devanagari::{NormalizeOptions, Normalizer};
use unicode_normalization::UnicodeNormalization;

const NEWS: &str = include_str!("data/hindi_news.txt");

fn corpus(target: usize) -> String {
    let mut s = String::with_capacity(target + NEWS.len());
    while s.len() < target {
        s.push_str(NEWS);
    }
    s
}

/// Inserts one kind of damage roughly every `every` bytes.
fn damage(clean: &str, every: usize) -> String {
    let kinds = ["\u{200B}", "\u{00A0}", " ", "\u{0905}\u{093E}"];
    let mut out = String::with_capacity(clean.len() * 11 / 10);
    let mut next = every;
    let mut k = 0;
    for (i, c) in clean.char_indices() {
        if i >= next && c == ' ' {
            out.push_str(kinds[k % kinds.len()]);
            k += 1;
            next = i + every;
            continue;
        }
        if i >= next && c == '\u{0964}' {
            out.push(' ');
            next = i + every;
        }
        out.push(c);
    }
    out
}

fn bench(c: &mut Criterion) {
    let clean = corpus(1 << 20);
    let damaged = damage(&clean, 200);
    let safe = Normalizer::new(NormalizeOptions::safe());
    let nlp = Normalizer::new(NormalizeOptions::nlp());
    let mut group = c.benchmark_group("normalize");
    for (name, text) in [("clean_hindi_1MB", &clean), ("damaged_hindi_1MB", &damaged)] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("devanagari_safe", name), text, |b, t| {
            b.iter(|| black_box(safe.normalize(black_box(t))))
        });
        group.bench_with_input(BenchmarkId::new("devanagari_nlp", name), text, |b, t| {
            b.iter(|| black_box(nlp.normalize(black_box(t))))
        });
        group.bench_with_input(
            BenchmarkId::new("unicode_normalization_nfc", name),
            text,
            |b, t| b.iter(|| black_box(black_box(t).nfc().collect::<String>())),
        );
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(3));
    targets = bench
}
criterion_main!(benches);
