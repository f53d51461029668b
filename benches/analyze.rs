//! The analyzer: cold build of the embedded data, and recognition throughput
//! stage by stage against unicode-segmentation's word iteration on the same
//! corpus in the same run (compare ratios, not absolute MB/s).

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use unicode_segmentation::UnicodeSegmentation;
use warta::{Analyzer, AnalyzerBuilder, EntityKind, GazetteerBuilder};

mod common;

const REGIONS_TSV: &str = include_str!("../data/regions.tsv");

/// The provinces, regencies and cities of the embedded data only.
fn regencies_only() -> Analyzer {
    let rows: String = REGIONS_TSV
        .lines()
        .filter(|l| matches!(l.split('\t').nth(1), Some("province" | "regency" | "city")))
        .map(|l| format!("{l}\n"))
        .collect();
    let mut b = AnalyzerBuilder::without_regions();
    b.regions_tsv("regencies.tsv", &rows)
        .expect("embedded rows parse");
    b.kinds(&[EntityKind::Region]).build().expect("builds")
}

fn with_kinds(kinds: &[EntityKind]) -> Analyzer {
    Analyzer::builder().kinds(kinds).build().expect("builds")
}

fn build(c: &mut Criterion) {
    let mut group = c.benchmark_group("build");
    group.sample_size(20);
    group.bench_function("gazetteer (all regions and aliases)", |b| {
        b.iter(|| GazetteerBuilder::new().build().map(|g| g.len()))
    });
    group.bench_function("analyzer (all embedded data)", |b| {
        b.iter(|| AnalyzerBuilder::new().build().map(|a| a.gazetteer().len()))
    });
    group.finish();
}

fn pipeline(c: &mut Criterion) {
    let corpus = common::corpus(common::corpus_bytes());
    let articles = common::articles(&corpus);
    let regencies = regencies_only();
    let regions = with_kinds(&[EntityKind::Region]);
    // Officials need the organisation stage (a body in a title gives its
    // jurisdiction), so the stages add up as regions, + organisations,
    // + officials (the full analyzer).
    let regions_orgs = with_kinds(&[EntityKind::Region, EntityKind::Organization]);
    let full = Analyzer::new();
    let mut group = c.benchmark_group("pipeline");
    group.throughput(Throughput::Bytes(corpus.len() as u64));
    group.sample_size(10);
    // Every function handles the corpus one article at a time.
    let each = |f: &dyn Fn(&str) -> usize| articles.iter().map(|a| f(black_box(a))).sum::<usize>();
    group.bench_function("unicode_words", |b| {
        b.iter(|| each(&|a| a.unicode_words().count()))
    });
    group.bench_function("tokenize", |b| {
        b.iter(|| each(&|a| warta::tokenize(a).count()))
    });
    group.bench_function("regions (regencies and cities only)", |b| {
        b.iter(|| each(&|a| regencies.entities(a).len()))
    });
    group.bench_function("regions (all regions)", |b| {
        b.iter(|| each(&|a| regions.entities(a).len()))
    });
    group.bench_function("regions + organisations", |b| {
        b.iter(|| each(&|a| regions_orgs.entities(a).len()))
    });
    group.bench_function("full analyzer", |b| {
        b.iter(|| each(&|a| full.entities(a).len()))
    });
    group.bench_function("full analyze (tokens, sentences, entities)", |b| {
        b.iter(|| each(&|a| full.analyze(a).entities.len()))
    });
    group.finish();
}

/// The same functions on text at the entity density of real regional news
/// (`benches/texts/news-articles.txt`: about 22 entities per KB found, where
/// the bench corpus above has about 11 and the real-news evaluation sets
/// about 20).
fn news_density(c: &mut Criterion) {
    let articles = common::dense_articles(common::corpus_bytes());
    let bytes: usize = articles.iter().map(String::len).sum();
    let regions = with_kinds(&[EntityKind::Region]);
    let full = Analyzer::new();
    let mut group = c.benchmark_group("news density");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    let each = |f: &dyn Fn(&str) -> usize| articles.iter().map(|a| f(black_box(a))).sum::<usize>();
    group.bench_function("unicode_words", |b| {
        b.iter(|| each(&|a| a.unicode_words().count()))
    });
    group.bench_function("regions (all regions)", |b| {
        b.iter(|| each(&|a| regions.entities(a).len()))
    });
    group.bench_function("full analyzer", |b| {
        b.iter(|| each(&|a| full.entities(a).len()))
    });
    group.finish();
}

criterion_group!(benches, build, pipeline, news_density);
criterion_main!(benches);
