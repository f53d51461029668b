//! Accuracy on the development set (`../shared/dev`), scored the way
//! `../shared/dev/tools/score.py` scores it: exact spans, one-to-one, per
//! kind, with attributes on the matched spans. The floors are the levels
//! reached (see BENCHMARKS.md and the issues' closing notes); a change that
//! falls below one fails CI.

mod common;

use std::collections::HashSet;
use std::fs;

use serde_json::Value;
use warta::{Analyzer, EntityInfo};

/// One mention, gold or predicted, in the scorer's terms.
#[derive(Clone, Debug)]
struct Mention {
    doc: String,
    kind: String,
    spans: Vec<(u64, u64)>,
    title: Option<String>,
    juris_name: Option<String>,
    juris_code: Option<String>,
    code: Option<String>,
}

fn norm_code(c: &Option<String>) -> Option<String> {
    c.as_ref()
        .filter(|c| !c.is_empty())
        .map(|c| c.replace('.', ""))
}

fn norm_region_name(s: &str) -> String {
    let s = s.trim().to_lowercase();
    let s = ["provinsi ", "kabupaten ", "kota ", "kab. "]
        .iter()
        .find_map(|p| s.strip_prefix(p))
        .unwrap_or(&s)
        .to_string();
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '\'')
        .collect()
}

fn juris_eq(g: &Mention, p: &Mention) -> bool {
    match &g.juris_name {
        None => p.juris_name.is_none() && p.juris_code.is_none(),
        Some(gj) => match (norm_code(&g.juris_code), norm_code(&p.juris_code)) {
            (Some(gc), Some(pc)) => gc == pc,
            _ => p.juris_name.as_deref().map(norm_region_name) == Some(norm_region_name(gj)),
        },
    }
}

fn title_eq(g: &Mention, p: &Mention) -> bool {
    let n = |t: &Option<String>| t.as_deref().unwrap_or("").trim().to_lowercase();
    n(&g.title) == n(&p.title)
}

/// Greedy one-to-one matching on exact spans with an attribute predicate.
fn matched(gold: &[&Mention], pred: &[&Mention], ok: &dyn Fn(&Mention, &Mention) -> bool) -> usize {
    let mut used = HashSet::new();
    let mut tp = 0;
    for g in gold {
        'spans: for span in &g.spans {
            for (j, p) in pred.iter().enumerate() {
                if !used.contains(&j) && p.spans[0] == *span && ok(g, p) {
                    used.insert(j);
                    tp += 1;
                    break 'spans;
                }
            }
        }
    }
    tp
}

fn string(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_string)
}

fn gold_mentions(path: &std::path::Path) -> Vec<Mention> {
    fs::read_to_string(path)
        .expect("gold.jsonl is readable")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("gold.jsonl is JSON");
            let mut spans = vec![(
                v["start"].as_u64().unwrap_or(0),
                v["end"].as_u64().unwrap_or(0),
            )];
            if let Some(alt) = v.get("alt_spans").and_then(Value::as_array) {
                for a in alt {
                    spans.push((a[0].as_u64().unwrap_or(0), a[1].as_u64().unwrap_or(0)));
                }
            }
            Mention {
                doc: string(&v, "doc").unwrap_or_default(),
                kind: string(&v, "kind").unwrap_or_default(),
                spans,
                title: string(&v, "title"),
                juris_name: string(&v, "jurisdiction"),
                juris_code: string(&v, "jurisdiction_code"),
                code: string(&v, "code"),
            }
        })
        .collect()
}

fn predicted(analyzer: &Analyzer, doc: &str, text: &str) -> Vec<Mention> {
    analyzer
        .entities(text)
        .into_iter()
        .map(|e| {
            let mut m = Mention {
                doc: doc.to_string(),
                kind: e.kind.as_str().to_string(),
                spans: vec![(e.span.start as u64, e.span.end as u64)],
                title: None,
                juris_name: None,
                juris_code: None,
                code: None,
            };
            match &e.info {
                EntityInfo::Official(o) => {
                    m.title = Some(o.title.clone());
                    // An inferred jurisdiction is scored as none.
                    if let Some(j) = o.jurisdiction.as_ref().filter(|j| !j.inferred) {
                        m.juris_name = Some(j.name.to_string());
                        m.juris_code = j.code.as_deref().map(str::to_string);
                    }
                }
                EntityInfo::Region(r) => m.code = r.code.as_deref().map(str::to_string),
                _ => {}
            }
            m
        })
        .collect()
}

struct Score {
    tp: usize,
    gold: usize,
    pred: usize,
}

impl Score {
    fn f1(&self) -> f64 {
        let p = if self.pred == 0 {
            0.0
        } else {
            self.tp as f64 / self.pred as f64
        };
        let r = if self.gold == 0 {
            0.0
        } else {
            self.tp as f64 / self.gold as f64
        };
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// The predictions and gold mentions of one annotated set under `../shared`
/// (`dev` or `dev-hard`), or `None` when the set is not there.
fn predictions_and_gold(set: &str) -> Option<(Vec<Mention>, Vec<Mention>)> {
    let (Some(docs), Some(gold_path)) = (
        common::shared(&format!("{set}/docs")),
        common::shared(&format!("{set}/gold.jsonl")),
    ) else {
        return None;
    };
    let gold = gold_mentions(&gold_path);
    let analyzer = Analyzer::new();
    let mut pred = Vec::new();
    let mut names: Vec<_> = fs::read_dir(&docs)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    names.sort();
    for path in names
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
    {
        let doc = path.file_stem().unwrap().to_string_lossy().to_string();
        let text = fs::read_to_string(path).unwrap();
        pred.extend(predicted(&analyzer, &doc, &text));
    }
    Some((pred, gold))
}

/// Exact-span scores of `kind` over a set's documents; `ok` adds an
/// attribute check to a span match.
fn score_kind(
    pred: &[Mention],
    gold: &[Mention],
    kind: &str,
    ok: &dyn Fn(&Mention, &Mention) -> bool,
) -> Score {
    let score = |kind: &str, ok: &dyn Fn(&Mention, &Mention) -> bool| {
        let mut s = Score {
            tp: 0,
            gold: 0,
            pred: 0,
        };
        let mut doc_ids: Vec<&str> = gold.iter().map(|m| m.doc.as_str()).collect();
        doc_ids.sort_unstable();
        doc_ids.dedup();
        for d in doc_ids {
            let g: Vec<&Mention> = gold
                .iter()
                .filter(|m| m.doc == d && m.kind == kind)
                .collect();
            let p: Vec<&Mention> = pred
                .iter()
                .filter(|m| m.doc == d && m.kind == kind)
                .collect();
            s.tp += matched(&g, &p, ok);
            s.gold += g.len();
            s.pred += p.len();
        }
        s
    };
    score(kind, ok)
}

fn any(_: &Mention, _: &Mention) -> bool {
    true
}

fn code_eq(g: &Mention, p: &Mention) -> bool {
    g.code.is_none() || norm_code(&g.code) == norm_code(&p.code)
}

#[test]
fn dev_set_accuracy_stays_at_the_level_reached() {
    let Some((pred, gold)) = predictions_and_gold("dev") else {
        return;
    };
    let score =
        |kind: &str, ok: &dyn Fn(&Mention, &Mention) -> bool| score_kind(&pred, &gold, kind, ok);
    // Reached at the commit that set them (BENCHMARKS.md): officials 1.000,
    // 1.000, 1.000; regions 0.994, 0.994; organisations 0.997. The floors
    // allow one or two mentions of noise per kind, no more.
    const FLOOR: f64 = 0.99;
    let title_juris = |g: &Mention, p: &Mention| title_eq(g, p) && juris_eq(g, p);
    let results = [
        ("official exact", score("official", &any).f1(), FLOOR),
        (
            "official exact+title",
            score("official", &title_eq).f1(),
            FLOOR,
        ),
        (
            "official exact+title+juris",
            score("official", &title_juris).f1(),
            FLOOR,
        ),
        ("region exact", score("region", &any).f1(), FLOOR),
        ("region exact+code", score("region", &code_eq).f1(), FLOOR),
        (
            "organization exact",
            score("organization", &any).f1(),
            FLOOR,
        ),
    ];
    let mut failed = Vec::new();
    for (name, f1, floor) in results {
        eprintln!("{name:<28} F1 {f1:.3} (floor {floor:.3})");
        if f1 < floor {
            failed.push(format!("{name}: F1 {f1:.3} < {floor:.3}"));
        }
    }
    assert!(
        failed.is_empty(),
        "accuracy fell below the level reached: {failed:?}"
    );
}

/// The hard development set (`../shared/dev-hard`): officials, regions and
/// organisations in the forms real news takes. Reached at the commit that
/// set them (2026-12-07, fourth session): official exact 0.958, region
/// exact+code 0.982, organisation exact 0.970; the floors sit a little
/// below. Officials raised in the sixth session, which reached 0.969, in
/// the eighth, which reached 0.973, and in the tenth, which reached 0.976.
#[test]
fn dev_hard_regions_and_organisations_stay_at_the_level_reached() {
    let Some((pred, gold)) = predictions_and_gold("dev-hard") else {
        return;
    };
    let results = [
        (
            "official exact",
            score_kind(&pred, &gold, "official", &any).f1(),
            0.971,
        ),
        (
            "region exact+code",
            score_kind(&pred, &gold, "region", &code_eq).f1(),
            0.978,
        ),
        (
            "organization exact",
            score_kind(&pred, &gold, "organization", &any).f1(),
            0.965,
        ),
    ];
    let mut failed = Vec::new();
    for (name, f1, floor) in results {
        eprintln!("dev-hard {name:<24} F1 {f1:.3} (floor {floor:.3})");
        if f1 < floor {
            failed.push(format!("{name}: F1 {f1:.3} < {floor:.3}"));
        }
    }
    assert!(
        failed.is_empty(),
        "dev-hard accuracy fell below the level reached: {failed:?}"
    );
}

#[test]
fn no_hard_negative_is_reported() {
    let (Some(docs), Some(neg_path)) = (
        common::shared("dev/docs"),
        common::shared("dev/negatives.jsonl"),
    ) else {
        return;
    };
    let analyzer = Analyzer::new();
    let mut reported = Vec::new();
    for line in fs::read_to_string(neg_path)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
    {
        let v: Value = serde_json::from_str(line).unwrap();
        let doc = v["doc"].as_str().unwrap();
        let text = fs::read_to_string(docs.join(format!("{doc}.txt"))).unwrap();
        let (start, end) = (
            v["start"].as_u64().unwrap() as usize,
            v["end"].as_u64().unwrap() as usize,
        );
        let kind = v["looks_like"].as_str().unwrap();
        let hit = analyzer
            .entities(&text)
            .into_iter()
            .any(|e| e.kind.as_str() == kind && e.span.start == start && e.span.end == end);
        if hit {
            reported.push(format!("{doc} {kind} {:?}", &text[start..end]));
        }
    }
    assert!(
        reported.is_empty(),
        "hard negatives reported: {reported:#?}"
    );
}
