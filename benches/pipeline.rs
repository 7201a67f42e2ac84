//! Repair alone, and the whole pipeline (`clean` + `sentences`), on clean,
//! damaged and code-mixed Hindi; ICU4X NFC + sentences in the same group as
//! the anchor for the pipeline.

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use devanagari::{Cleaner, RepairMode, RepairOptions, Repairer, Splitter};

#[path = "corpora.rs"]
mod corpora;

fn bench(c: &mut Criterion) {
    let clean_1m = corpora::sized(corpora::NEWS, 1 << 20);
    let mut inputs = vec![
        ("clean_1KB", corpora::sized(corpora::NEWS, 1 << 10)),
        ("clean_1MB", clean_1m.clone()),
        ("damaged_1MB", corpora::damaged(&clean_1m, 200)),
        ("substituted_1MB", corpora::substituted(&clean_1m)),
        (
            "codemixed_1MB",
            corpora::sized(corpora::CODE_MIXED, 1 << 20),
        ),
    ];
    // Real news beside the composed corpora, when `../shared` is there
    // (the text `../shared/perf/realtext` measures).
    if let Some(news) = corpora::real_news() {
        let damaged = corpora::real_news_damaged(&news);
        inputs.push(("realnews", news));
        inputs.push(("realnews_damaged", damaged));
    }
    let repairer = Repairer::new(RepairOptions::new(RepairMode::Document));
    let cleaner = Cleaner::default();
    let splitter = Splitter::default();
    let icu_nfc = icu_normalizer::ComposingNormalizerBorrowed::new_nfc();
    let icu_sent = icu_segmenter::SentenceSegmenter::new(Default::default());
    let mut group = c.benchmark_group("pipeline");
    for (name, text) in &inputs {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("repair_document", name), text, |b, t| {
            b.iter(|| black_box(repairer.repair(black_box(t))))
        });
        group.bench_with_input(BenchmarkId::new("clean+sentences", name), text, |b, t| {
            b.iter(|| {
                let cleaned = cleaner.clean(black_box(t));
                black_box(splitter.sentences(&cleaned).count())
            })
        });
        group.bench_with_input(BenchmarkId::new("icu_nfc+sentences", name), text, |b, t| {
            b.iter(|| {
                let n = icu_nfc.normalize(black_box(t));
                black_box(icu_sent.segment_str(&n).count())
            })
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
