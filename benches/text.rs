//! Throughput of the text basics: tokenizer, sentence splitter and stopword
//! filtering, against unicode-segmentation's word iteration on the same
//! corpus in the same run (compare ratios, not absolute MB/s).

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use unicode_segmentation::UnicodeSegmentation;

mod common;

fn text_basics(c: &mut Criterion) {
    let corpus = common::corpus(common::corpus_bytes());
    let stop = warta::Stopwords::default_list();
    let mut group = c.benchmark_group("text");
    group.throughput(Throughput::Bytes(corpus.len() as u64));
    group.sample_size(10);
    group.bench_function("unicode_words", |b| {
        b.iter(|| black_box(&corpus).unicode_words().count())
    });
    group.bench_function("split_word_bounds", |b| {
        b.iter(|| black_box(&corpus).split_word_bounds().count())
    });
    group.bench_function("tokenize", |b| {
        b.iter(|| warta::tokenize(black_box(&corpus)).count())
    });
    group.bench_function("sentences", |b| {
        b.iter(|| warta::sentences(black_box(&corpus)).count())
    });
    group.bench_function("tokenize+stopword_filter", |b| {
        b.iter(|| stop.filter(warta::tokenize(black_box(&corpus))).count())
    });
    group.finish();
}

criterion_group!(benches, text_basics);
criterion_main!(benches);
