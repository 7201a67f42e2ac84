//! Normalization throughput on Hindi, beside `unicode-normalization`'s
//! `nfc()` and ICU4X's NFC (`icu_normalizer`) in the same group.
//!
//! What the comparison asks: how much faster is recognising clean Hindi as
//! normal (and fixing damaged Hindi, one fix about every 200 bytes) than
//! running a general NFC normalizer over it? Corpora in `corpora.rs`.

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use devanagari::{NormalizeOptions, Normalizer};
use unicode_normalization::UnicodeNormalization;

#[path = "corpora.rs"]
mod corpora;

fn bench(c: &mut Criterion) {
    let clean_1m = corpora::sized(corpora::NEWS, 1 << 20);
    let mut inputs = vec![
        ("clean_1KB", corpora::sized(corpora::NEWS, 1 << 10)),
        ("clean_1MB", clean_1m.clone()),
        (
            "damaged_1KB",
            corpora::damaged(&corpora::sized(corpora::NEWS, 1 << 10), 200),
        ),
        ("damaged_1MB", corpora::damaged(&clean_1m, 200)),
        (
            "codemixed_1MB",
            corpora::sized(corpora::CODE_MIXED, 1 << 20),
        ),
        (
            "seldom_plain_1MB",
            corpora::sized(corpora::SELDOM_PLAIN, 1 << 20),
        ),
    ];
    // Real news beside the composed corpora, when `../shared` is there
    // (the text `../shared/perf/realtext` measures).
    if let Some(news) = corpora::real_news() {
        let damaged = corpora::real_news_damaged(&news);
        inputs.push(("realnews", news));
        inputs.push(("realnews_damaged", damaged));
    }
    let safe = Normalizer::new(NormalizeOptions::safe());
    let nlp = Normalizer::new(NormalizeOptions::nlp());
    let icu = icu_normalizer::ComposingNormalizerBorrowed::new_nfc();
    let mut group = c.benchmark_group("normalize");
    for (name, text) in &inputs {
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
        group.bench_with_input(
            BenchmarkId::new("icu_normalizer_nfc", name),
            text,
            |b, t| b.iter(|| black_box(icu.normalize(black_box(t)))),
        );
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(2)).warm_up_time(std::time::Duration::from_millis(500));
    targets = bench
}
criterion_main!(benches);
