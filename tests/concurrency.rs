//! One analyzer shared by many threads gives every thread the results one
//! thread gets, for the default analyzer and for one built with user data.

use std::sync::Arc;
use std::thread;

use warta::{Analysis, Analyzer, DataFile, Entity, Error, Token};

#[path = "../benches/common/mod.rs"]
mod common;

// Compile-time checks: what a user shares or sends between threads.
const _: () = {
    const fn send_sync<T: Send + Sync>() {}
    send_sync::<Analyzer>();
    send_sync::<Entity<'static>>();
    send_sync::<Analysis<'static>>();
    send_sync::<Token<'static>>();
    send_sync::<Error>();
    send_sync::<DataFile>();
    send_sync::<warta::AnalyzerBuilder>();
};

const THREADS: usize = 8;

/// The entities of every document, serialised, so that runs compare as strings.
fn results(analyzer: &Analyzer, documents: &[String]) -> Vec<String> {
    documents
        .iter()
        .map(|d| serde_json::to_string(&analyzer.analyze(d)).expect("serialises"))
        .collect()
}

fn documents() -> Vec<String> {
    let corpus = common::corpus(300_000);
    let mut docs: Vec<String> = common::articles(&corpus)
        .iter()
        .map(|a| a.to_string())
        .collect();
    docs.push("Kaling Budi Santoso dan Anggota KTM panen raya di Kota Daeng.".to_string());
    docs
}

fn same_on_every_thread(analyzer: Analyzer) {
    let documents = Arc::new(documents());
    let expected = results(&analyzer, &documents);
    assert!(
        expected
            .iter()
            .filter(|r| r.contains("\"official\""))
            .count()
            > 10,
        "the corpus must hold officials for the test to mean anything"
    );
    let analyzer = Arc::new(analyzer);
    let handles: Vec<_> = (0..THREADS)
        .map(|t| {
            let analyzer = Arc::clone(&analyzer);
            let documents = Arc::clone(&documents);
            thread::spawn(move || {
                // Each thread starts at a different document, so that the
                // threads work on different texts at the same moment.
                let n = documents.len();
                let mut out = vec![String::new(); n];
                for k in 0..n {
                    let i = (k + t * n / THREADS) % n;
                    out[i] = serde_json::to_string(&analyzer.analyze(&documents[i]))
                        .expect("serialises");
                }
                out
            })
        })
        .collect();
    for (t, handle) in handles.into_iter().enumerate() {
        let got = handle.join().expect("no thread panics");
        for (i, (g, e)) in got.iter().zip(&expected).enumerate() {
            assert_eq!(
                g, e,
                "thread {t}, document {i} differs from one thread's result"
            );
        }
    }
}

#[test]
fn default_analyzer_gives_one_result_on_every_thread() {
    same_on_every_thread(Analyzer::new());
}

#[test]
fn custom_analyzer_gives_one_result_on_every_thread() -> Result<(), Error> {
    let mut builder = Analyzer::builder();
    builder
        .region_aliases_tsv("aliases.tsv", "Kota Daeng\t73.71\n")?
        .titles_tsv(
            "titles.tsv",
            "Kepala Lingkungan\tvillage\tvillage\tKepala Lingkungan; Kaling\n",
        )?
        .organizations_tsv(
            "orgs.tsv",
            "Koperasi Tani Makmur\tKTM\tcommunity\tnone\tunique\n",
        )?;
    let analyzer = builder.build()?;
    let last = documents().pop().unwrap_or_default();
    let texts: Vec<&str> = analyzer.entities(&last).iter().map(|e| e.text).collect();
    assert!(
        texts.contains(&"Budi Santoso") && texts.contains(&"KTM") && texts.contains(&"Kota Daeng"),
        "{texts:?}"
    );
    same_on_every_thread(analyzer);
    Ok(())
}
