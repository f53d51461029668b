//! The Rust side of the Python benchmark (`python/bench/throughput.py`):
//! times `warta::Analyzer::entities` over the texts of the files given,
//! repeated, on 1 and on N threads (texts shared out as `entities_batch`
//! does: each thread takes the next text).
//!
//! ```text
//! cargo run --release -p warta-python --example rust_throughput -- --repeat 16 --threads 2 --runs 5 FILE...
//! ```
//!
//! Prints one JSON line: bytes, texts, entities, and the best-of-runs
//! seconds and MB/s for each thread count.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

fn main() {
    let mut repeat = 1usize;
    let mut threads = 2usize;
    let mut runs = 5usize;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut number = |name: &str| -> usize {
            args.next()
                .and_then(|n| n.parse().ok())
                .unwrap_or_else(|| panic!("{name} needs a number"))
        };
        match arg.as_str() {
            "--repeat" => repeat = number("--repeat"),
            "--threads" => threads = number("--threads"),
            "--runs" => runs = number("--runs"),
            _ => files.push(arg),
        }
    }
    let one: Vec<String> = files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap_or_else(|e| panic!("{f}: {e}")))
        .collect();
    let texts: Vec<&str> = (0..repeat)
        .flat_map(|_| one.iter().map(String::as_str))
        .collect();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let analyzer = warta::Analyzer::new();
    // Builds the embedded data before timing, as Python's first Analyzer() does.
    let entities: usize = texts.iter().map(|t| analyzer.entities(t).len()).sum();
    let mut report = Vec::new();
    for n in [1, threads] {
        let mut best = f64::INFINITY;
        for _ in 0..runs {
            let start = Instant::now();
            let found = run(&analyzer, &texts, n);
            best = best.min(start.elapsed().as_secs_f64());
            assert_eq!(found, entities);
        }
        report.push(format!(
            "\"threads_{n}\": {{\"seconds\": {best:.4}, \"mb_per_s\": {:.2}}}",
            bytes as f64 / 1e6 / best
        ));
    }
    println!(
        "{{\"bytes\": {bytes}, \"texts\": {}, \"entities\": {entities}, {}}}",
        texts.len(),
        report.join(", ")
    );
}

/// Analyses every text on `n` threads; returns the number of entities.
fn run(analyzer: &warta::Analyzer, texts: &[&str], n: usize) -> usize {
    let next = AtomicUsize::new(0);
    let total = AtomicUsize::new(0);
    std::thread::scope(|s| {
        for _ in 0..n {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(text) = texts.get(i) else { break };
                let found = analyzer.entities(text);
                total.fetch_add(std::hint::black_box(found).len(), Ordering::Relaxed);
            });
        }
    });
    total.into_inner()
}
