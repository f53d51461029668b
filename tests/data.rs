//! The embedded data: generated files match what their script recorded,
//! and every embedded file parses.

use warta::{Analyzer, Gazetteer, Level};

const REGIONS: &str = include_str!("../data/regions.tsv");

fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

fn recorded(key: &str) -> String {
    REGIONS
        .lines()
        .take_while(|l| l.starts_with('#'))
        .find_map(|l| l.strip_prefix(&format!("# {key}: ")))
        .unwrap_or_else(|| panic!("data/regions.tsv records no {key:?}"))
        .trim()
        .to_string()
}

#[test]
fn regions_tsv_matches_the_generator_record() {
    let body: String = REGIONS
        .lines()
        .skip_while(|l| l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    let rows = body.lines().count() - 1; // minus the header
    assert_eq!(
        rows.to_string(),
        recorded("rows"),
        "row count differs from scripts/gen_regions.py's record"
    );
    assert_eq!(
        format!("{:016x}", fnv1a64(body.as_bytes())),
        recorded("fnv1a64"),
        "data/regions.tsv was edited by hand; regenerate it with scripts/gen_regions.py"
    );
}

#[test]
fn embedded_data_builds_and_counts_match_the_decree() {
    let g = Gazetteer::embedded();
    let sulawesi = |level| g.iter_level(level).filter(|r| r.is_sulawesi()).count();
    assert_eq!(sulawesi(Level::Province), 6);
    assert_eq!(sulawesi(Level::Regency), 70);
    assert_eq!(sulawesi(Level::City), 11);
    assert_eq!(sulawesi(Level::District), 1_028);
    assert_eq!(sulawesi(Level::Village), 10_577);
    assert_eq!(g.iter_level(Level::Province).count(), 38);
    assert_eq!(g.iter_level(Level::Regency).count(), 416);
    assert_eq!(g.iter_level(Level::City).count(), 98);
    // Forces every embedded lexicon.
    assert!(!Analyzer::new().titles().is_empty());
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Analyzer>();
    check::<warta::Analysis<'static>>();
    check::<warta::Entity<'static>>();
    check::<Gazetteer>();
    check::<warta::Titles>();
    check::<warta::Stopwords>();
    check::<warta::Token<'static>>();
    check::<warta::Error>();
}
