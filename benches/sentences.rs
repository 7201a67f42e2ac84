//! Sentence splitting throughput on Hindi, beside `unicode-segmentation`'s
//! `unicode_sentences` (UAX #29), ICU4X's sentence segmenter and sentencex,
//! in the same group. Danda-ended and period-ended news text (`corpora.rs`).

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use unicode_segmentation::UnicodeSegmentation;

#[path = "corpora.rs"]
mod corpora;

fn bench(c: &mut Criterion) {
    let inputs = [
        ("danda_1KB", corpora::sized(corpora::NEWS, 1 << 10)),
        ("danda_1MB", corpora::sized(corpora::NEWS, 1 << 20)),
        ("period_1MB", corpora::sized(corpora::NEWS_PERIOD, 1 << 20)),
    ];
    let splitter = devanagari::Splitter::default();
    let icu = icu_segmenter::SentenceSegmenter::new(Default::default());
    let mut group = c.benchmark_group("sentences");
    for (name, text) in &inputs {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("devanagari", name), text, |b, t| {
            b.iter(|| black_box(splitter.sentences(black_box(t)).count()))
        });
        group.bench_with_input(
            BenchmarkId::new("unicode_segmentation", name),
            text,
            |b, t| b.iter(|| black_box(black_box(t).unicode_sentences().count())),
        );
        group.bench_with_input(BenchmarkId::new("icu_segmenter", name), text, |b, t| {
            b.iter(|| black_box(icu.segment_str(black_box(t)).count()))
        });
        group.bench_with_input(BenchmarkId::new("sentencex", name), text, |b, t| {
            b.iter(|| black_box(sentencex::segment("hi", black_box(t)).len()))
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(2)).warm_up_time(std::time::Duration::from_millis(500));
    targets = bench
}
criterion_main!(benches);
