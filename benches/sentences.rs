//! Sentence splitting throughput on Hindi text, beside `unicode-segmentation`'s
//! `unicode_sentences` (UAX #29) in the same group.
//!
//! Corpora: `benches/data/hindi_news.txt` (danda endings) and
//! `benches/data/hindi_news_period.txt` (Latin period endings, initials,
//! abbreviations), each repeated to about 1 MB. Both composed for this crate.

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use unicode_segmentation::UnicodeSegmentation;

fn corpus(text: &str, target: usize) -> String {
    let mut s = String::with_capacity(target + text.len());
    while s.len() < target {
        s.push_str(text);
    }
    s
}

fn bench(c: &mut Criterion) {
    let danda = corpus(include_str!("data/hindi_news.txt"), 1 << 20);
    let period = corpus(include_str!("data/hindi_news_period.txt"), 1 << 20);
    let splitter = devanagari::Splitter::default();
    let mut group = c.benchmark_group("sentences");
    for (name, text) in [("hindi_danda_1MB", &danda), ("hindi_period_1MB", &period)] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("devanagari", name), text, |b, t| {
            b.iter(|| black_box(splitter.sentences(black_box(t)).count()))
        });
        group.bench_with_input(
            BenchmarkId::new("unicode_segmentation", name),
            text,
            |b, t| b.iter(|| black_box(black_box(t).unicode_sentences().count())),
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
