//! Word tokenization throughput on Hindi news text, beside
//! `unicode-segmentation`'s `unicode_word_indices` (UAX #29 words) and
//! `str::split_whitespace` (the trivial limit), in the same group; and the
//! akshara count beside `unicode-segmentation`'s grapheme clusters, which it
//! wraps.

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use unicode_segmentation::UnicodeSegmentation;

#[path = "corpora.rs"]
mod corpora;

fn bench(c: &mut Criterion) {
    let inputs = [
        ("danda_1MB", corpora::sized(corpora::NEWS, 1 << 20)),
        ("period_1MB", corpora::sized(corpora::NEWS_PERIOD, 1 << 20)),
    ];
    let tokenizer = devanagari::WordTokenizer::default();
    let mut group = c.benchmark_group("words");
    for (name, text) in &inputs {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("devanagari", name), text, |b, t| {
            b.iter(|| black_box(tokenizer.word_indices(black_box(t)).count()))
        });
        group.bench_with_input(
            BenchmarkId::new("unicode_word_indices", name),
            text,
            |b, t| b.iter(|| black_box(black_box(t).unicode_word_indices().count())),
        );
        group.bench_with_input(BenchmarkId::new("split_whitespace", name), text, |b, t| {
            b.iter(|| black_box(black_box(t).split_whitespace().count()))
        });
    }
    group.finish();
    let mut group = c.benchmark_group("aksharas");
    let (name, text) = &inputs[0];
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_with_input(BenchmarkId::new("akshara_count", name), text, |b, t| {
        b.iter(|| black_box(devanagari::akshara_count(black_box(t))))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(2)).warm_up_time(std::time::Duration::from_millis(500));
    targets = bench
}
criterion_main!(benches);
