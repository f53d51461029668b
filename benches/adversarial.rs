//! Adversarial shapes (issue 13): the full analyzer on 1 MB inputs of one
//! pathological shape each, against its per-article throughput on the news
//! corpus in the same run. Compare each shape's MB/s with
//! `articles (per-article)`; none should fall below a third of it.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use warta::Analyzer;

mod common;

const SIZE: usize = 1_000_000;

/// `unit` repeated until the text holds at least `SIZE` bytes.
fn repeated(unit: &str) -> String {
    unit.repeat(SIZE / unit.len() + 1)
}

/// `n` words from `words`, cycling, joined by `sep`, up to `SIZE` bytes.
fn cycled(words: &[&str], sep: &str) -> String {
    let mut text = String::with_capacity(SIZE + 64);
    for w in words.iter().cycle() {
        if text.len() >= SIZE {
            break;
        }
        text.push_str(w);
        text.push_str(sep);
    }
    text
}

const NAMES: &[&str] = &[
    "Budi Santoso",
    "Andi Rahman",
    "Siti Aminah",
    "Hj. Nurhayati",
    "Ir. Made Wirawan",
    "La Ode Ahmad",
    "Muh. Yusuf",
    "Verna Inkiriwang",
    "Delis Hehi",
    "Farid Makruf",
];

/// The shapes: name and text.
fn shapes() -> Vec<(&'static str, String)> {
    let nested = {
        let depth = 100_000;
        let one = format!(
            "{}Bupati Poso Budi Santoso{}",
            "(".repeat(depth),
            ")".repeat(depth)
        );
        one.repeat(SIZE / one.len() + 1)
    };
    vec![
        (
            "repeated titles",
            repeated(
                "Bupati Wakil Gubernur Kepala Dinas Kesehatan Kapolres Ketua DPRD Camat Kades ",
            ),
        ),
        ("comma-separated names", cycled(NAMES, ", ")),
        (
            "title and comma-separated names",
            format!("Bupati Poso {}", cycled(NAMES, ", ")),
        ),
        ("one huge token", format!("A{}", "a".repeat(SIZE))),
        ("one huge capitalised token", "A".repeat(SIZE)),
        ("100k nested parentheses", nested),
        ("only newlines", "\n".repeat(SIZE)),
        (
            "alternating scripts",
            repeated("Palu Палу 帕卢 بالو Poso ポソ Gowa 고와 "),
        ),
        (
            "long capitalised run",
            cycled(
                &[
                    "Andi", "Budi", "Citra", "Dewi", "Eka", "Fajar", "Gita", "Hasan", "Indah",
                    "Joko",
                ],
                " ",
            ),
        ),
        (
            "repeated honorifics and degrees",
            repeated("Dr. dr. H. Ir. S.Pd., M.Si., MARS, "),
        ),
    ]
}

fn adversarial(c: &mut Criterion) {
    let analyzer = Analyzer::new();
    let corpus = common::corpus(2_000_000);
    let articles = common::articles(&corpus);
    let mut group = c.benchmark_group("adversarial");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(corpus.len() as u64));
    group.bench_function("articles (per-article)", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| analyzer.entities(black_box(a)).len())
                .sum::<usize>()
        })
    });
    for (name, text) in shapes() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| analyzer.entities(black_box(&text)).len())
        });
    }
    group.finish();
}

criterion_group!(benches, adversarial);
criterion_main!(benches);
