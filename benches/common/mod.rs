//! The benchmark corpus: Indonesian news-style text built deterministically
//! from the sentences in `benches/texts/news-sentences.txt`.
//!
//! Each bench uses part of this module.
#![allow(dead_code)]

const SENTENCES: &str = include_str!("../texts/news-sentences.txt");
const ARTICLES: &str = include_str!("../texts/news-articles.txt");

/// SplitMix64: a tiny deterministic generator, so every run and machine
/// measures the same corpus.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// The sentences of the source file, without comments or blank lines.
pub fn sentences() -> Vec<&'static str> {
    SENTENCES
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// A corpus of at least `min_bytes`: articles of 4–8 paragraphs of 2–6
/// sentences each, sentences drawn from a reshuffled deck so that every
/// sentence is used before any repeats and neighbours vary.
pub fn corpus(min_bytes: usize) -> String {
    let source = sentences();
    assert!(
        source.len() >= 100,
        "benches/texts/news-sentences.txt is too small"
    );
    let mut rng = SplitMix(0x5741_5254_4100_0001);
    let mut deck: Vec<usize> = Vec::new();
    let mut draw = |rng: &mut SplitMix| {
        if deck.is_empty() {
            deck.extend(0..source.len());
            for i in (1..deck.len()).rev() {
                let j = rng.below(i + 1);
                deck.swap(i, j);
            }
        }
        source[deck.pop().unwrap_or(0)]
    };
    let mut text = String::with_capacity(min_bytes + 4096);
    while text.len() < min_bytes {
        let paragraphs = 4 + rng.below(5);
        for _ in 0..paragraphs {
            let n = 2 + rng.below(5);
            for i in 0..n {
                if i > 0 {
                    text.push(' ');
                }
                text.push_str(draw(&mut rng));
            }
            text.push_str("\n\n");
        }
        text.push('\n');
    }
    text
}

/// The corpus split into its articles: the analyzer's benches analyse one
/// article per call, as a user analysing news does.
pub fn articles(corpus: &str) -> Vec<&str> {
    corpus
        .split("\n\n\n")
        .filter(|a| !a.trim().is_empty())
        .collect()
}

/// Size of the corpus the throughput benches run on: 20 MB, as in the
/// figures quoted in the issues; `WARTA_BENCH_MB` overrides it.
pub fn corpus_bytes() -> usize {
    std::env::var("WARTA_BENCH_MB")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(20)
        * 1_000_000
}

/// The articles of `benches/texts/news-articles.txt` (blocks separated by a
/// line "%%"), without comments.
pub fn news_articles() -> Vec<String> {
    let body: String = ARTICLES
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    body.split("%%\n")
        .map(|a| a.trim().to_string())
        .filter(|a| !a.is_empty())
        .collect()
}

/// A corpus at the entity density of real regional news: at least
/// `min_bytes` of whole articles from `news-articles.txt`, each round of
/// the articles in a new order, articles separated by a blank line; one
/// string per article.
pub fn dense_articles(min_bytes: usize) -> Vec<String> {
    let source = news_articles();
    let mut rng = SplitMix(0x5741_5254_4100_0002);
    let mut out = Vec::new();
    let mut total = 0;
    while total < min_bytes {
        let mut order: Vec<usize> = (0..source.len()).collect();
        for i in (1..order.len()).rev() {
            order.swap(i, rng.below(i + 1));
        }
        for &k in &order {
            total += source[k].len() + 2;
            out.push(source[k].clone());
        }
    }
    out
}
