//! Region mentions: gazetteer hits resolved by their context.
//!
//! A name may mean several regions ("Gorontalo": province, regency, city;
//! "Bente": villages in three regencies). The words before it decide the
//! level ("Kabupaten", "Kec.", "Bupati", "Pemkab", …); regions mentioned in
//! the same sentence and document decide between regions of one level; and
//! otherwise the highest level wins. Districts and villages are only read
//! after a trigger word, in a dateline, or next to one of their ancestors.

use crate::fold::{ascii_lower, FastMap};
use crate::gazetteer::{Gazetteer, Level, Scope};
use crate::span::Span;

use super::{Doc, REGION};

/// Words that make the name after them something else: a lake, a bay, a
/// river, a people or a newspaper ("Danau Poso", "Teluk Palu", "orang
/// Banggai", "Metro Sulteng"). Compared case-insensitively.
const NOT_A_REGION_AFTER: &[&str] = &[
    "danau", "teluk", "sungai", "gunung", "pulau", "selat", "tanjung", "bukit", "pantai",
    "tanjung", "orang", "suku", "bahasa", "etnis", "adat", "marga", "tari", "tarian",
];

/// The same, but only when capitalised: street names and media
/// ("Jalan Gowa", "Radar Sulteng"), while "jalan Mamasa–Toraja" is a road
/// from the town.
const NOT_A_REGION_AFTER_CAPITALIZED: &[&str] = &[
    "jalan", "jl.", "jln.", "jl", "bandara", "stadion", "radar", "metro", "tribun", "harian",
    "koran", "hotel", "gedung", "masjid", "gereja", "pura",
];

/// How a hit's level is decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// No trigger: provinces, regencies and cities only, highest level first.
    Free,
    /// After a level word, title or body: the levels its scope admits.
    Triggered,
    /// A dateline: the town filed from, city first.
    Dateline,
    /// A district or village name without trigger: kept only next to an
    /// ancestor.
    Nearby,
}

/// A region mention found in the text.
#[derive(Clone, Debug)]
pub(crate) struct RegionMention {
    pub first: usize,
    pub last: usize,
    pub span: Span,
    /// The resolved region, if one.
    pub region: Option<u32>,
    /// All remaining candidates when ambiguous (empty when resolved).
    pub candidates: Vec<u32>,
}

struct Pending {
    first: usize,
    last: usize,
    span: Span,
    mode: Mode,
    candidates: Vec<u32>,
}

/// Finds and resolves the region mentions of a document. `scope_before(i)`
/// gives the scope that a title or body ending at token `i - 1` sets;
/// `inside_title(i)` whether token `i` is part of a title that starts
/// before it.
pub(crate) fn find(
    doc: &Doc<'_>,
    gazetteer: &Gazetteer,
    mask: &[u8],
    scope_before: &dyn Fn(usize) -> Option<Scope>,
    inside_title: &dyn Fn(usize) -> bool,
) -> Vec<RegionMention> {
    let tokens = &doc.tokens;
    let mut pending: Vec<Pending> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let token = &tokens[i];
        if mask[i] & REGION == 0 || !token.is_capitalized() {
            i += 1;
            continue;
        }
        let Some((hit, entries)) = gazetteer.match_at(doc.text, tokens, i) else {
            i += 1;
            continue;
        };
        // "Kota" in "Wali Kota Palu" belongs to the title: read the region
        // from the next token.
        if inside_title(i) {
            i += 1;
            continue;
        }
        i = hit.last + 1;
        if blocked(doc, hit.first) {
            continue;
        }
        let scope = level_word_before(doc, hit.first)
            .or_else(|| scope_before(skip_unit_number(doc, hit.first)));
        let dateline = is_dateline(doc, hit.first, hit.last);
        let mut candidates: Vec<(u32, bool)> = entries
            .iter()
            .map(|&e| {
                let c = gazetteer.candidate(e);
                (c.region, c.needs_trigger)
            })
            .collect();
        candidates.sort_unstable();
        candidates.dedup_by_key(|c| c.0);
        let level = |r: u32| gazetteer.region(r).level();
        let (mode, chosen): (Mode, Vec<u32>) = match scope {
            Some(scope) if candidates.iter().any(|&(r, _)| scope.admits(level(r))) => (
                Mode::Triggered,
                candidates
                    .iter()
                    .filter(|&&(r, _)| scope.admits(level(r)))
                    .map(|c| c.0)
                    .collect(),
            ),
            // A trigger whose levels do not fit ("Kota Poso"): still a trigger.
            Some(scope) if scope != Scope::National && scope != Scope::Unbound => {
                (Mode::Triggered, candidates.iter().map(|c| c.0).collect())
            }
            _ if dateline => (Mode::Dateline, candidates.iter().map(|c| c.0).collect()),
            _ => {
                let free: Vec<u32> = candidates
                    .iter()
                    .filter(|&&(r, needs_trigger)| !needs_trigger && level(r) <= Level::City)
                    .map(|c| c.0)
                    .collect();
                if free.is_empty() {
                    let low: Vec<u32> = candidates
                        .iter()
                        .filter(|&&(r, needs_trigger)| !needs_trigger && level(r) > Level::City)
                        .map(|c| c.0)
                        .collect();
                    (Mode::Nearby, low)
                } else {
                    (Mode::Free, free)
                }
            }
        };
        if chosen.is_empty() {
            continue;
        }
        pending.push(Pending {
            first: hit.first,
            last: hit.last,
            span: hit.span,
            mode,
            candidates: chosen,
        });
    }
    resolve(doc, gazetteer, pending)
}

/// Picks one region per pending hit where the context decides, in rounds:
/// unique names first, then names whose ancestors those mention.
fn resolve(doc: &Doc<'_>, gazetteer: &Gazetteer, pending: Vec<Pending>) -> Vec<RegionMention> {
    let mut resolved: Vec<Option<u32>> = vec![None; pending.len()];
    let mut candidates: Vec<Vec<u32>> = pending
        .iter()
        .map(|p| preferred_level_group(gazetteer, p.mode, &p.candidates))
        .collect();
    for round in 0..3 {
        // Regions known so far, with the sentences they are in.
        let mut known: FastMap<u32, Vec<usize>> = FastMap::default();
        for (r, p) in resolved.iter().zip(&pending) {
            if let Some(r) = r {
                known.entry(*r).or_default().push(doc.sentence_of(p.first));
            }
        }
        let mut changed = false;
        for (k, p) in pending.iter().enumerate() {
            if resolved[k].is_some() {
                continue;
            }
            let sentence = doc.sentence_of(p.first);
            // Ancestors mentioned in the same sentence count most, the
            // parent more than the grandparent.
            let score = |c: u32| -> (u32, bool) {
                let mut score = 0;
                let mut near = false;
                for (depth, ancestor) in gazetteer.ancestors(gazetteer.region(c)).enumerate() {
                    if let Some(sentences) = known.get(&ancestor.index()) {
                        let here = sentences.binary_search(&sentence).is_ok();
                        near |= here;
                        score += (if here { 8 } else { 4 }) >> depth.min(2);
                    }
                }
                (score, near)
            };
            let cands = &candidates[k];
            if p.mode == Mode::Nearby {
                // Only candidates with an ancestor in the same sentence.
                let near: Vec<u32> = cands.iter().copied().filter(|&c| score(c).1).collect();
                if near.is_empty() {
                    continue;
                }
                candidates[k] = near;
            }
            let cands = &candidates[k];
            if cands.len() == 1 {
                resolved[k] = Some(cands[0]);
                changed = true;
                continue;
            }
            if round == 0 {
                continue;
            }
            let scores: Vec<u32> = cands.iter().map(|&c| score(c).0).collect();
            let best = scores.iter().copied().max().unwrap_or(0);
            if best > 0 && scores.iter().filter(|&&s| s == best).count() == 1 {
                let winner = cands[scores.iter().position(|&s| s == best).unwrap_or(0)];
                resolved[k] = Some(winner);
                changed = true;
            } else if best > 0 {
                candidates[k] = cands
                    .iter()
                    .zip(&scores)
                    .filter(|&(_, &s)| s == best)
                    .map(|(&c, _)| c)
                    .collect();
            }
        }
        if !changed && round > 0 {
            break;
        }
    }
    pending
        .into_iter()
        .zip(resolved)
        .zip(candidates)
        .filter_map(|((p, region), cands)| {
            if p.mode == Mode::Nearby && region.is_none() {
                // Never confirmed by an ancestor: not read as a region.
                return None;
            }
            Some(RegionMention {
                first: p.first,
                last: p.last,
                span: p.span,
                region,
                candidates: if region.is_some() { Vec::new() } else { cands },
            })
        })
        .collect()
}

/// The candidates of the level a mode prefers: the highest level for free
/// and triggered hits, the town (city, regency, district, village, then
/// province) for a dateline.
fn preferred_level_group(gazetteer: &Gazetteer, mode: Mode, candidates: &[u32]) -> Vec<u32> {
    let rank = |level: Level| -> u8 {
        match mode {
            Mode::Dateline => match level {
                Level::City => 0,
                Level::Regency => 1,
                Level::District => 2,
                Level::Village => 3,
                Level::Province => 4,
            },
            _ => level as u8,
        }
    };
    let best = candidates
        .iter()
        .map(|&c| rank(gazetteer.region(c).level()))
        .min();
    candidates
        .iter()
        .copied()
        .filter(|&c| Some(rank(gazetteer.region(c).level())) == best)
        .collect()
}

/// The scope a level word right before token `first` sets.
fn level_word_before(doc: &Doc<'_>, first: usize) -> Option<Scope> {
    let prev = doc.tokens.get(first.checked_sub(1)?)?;
    Scope::of_level_word(prev.text)
}

/// For "Kodim 1311/Morowali", the token index after which a title or body
/// may end: before the unit number and slash.
fn skip_unit_number(doc: &Doc<'_>, first: usize) -> usize {
    let t = &doc.tokens;
    if first >= 2 && t[first - 1].text == "/" && t[first - 2].has_digit() {
        first - 2
    } else if first >= 2
        && t[first - 1].text == "/"
        && t[first - 2].is_all_caps()
        && t[first - 2].text.len() <= 5
    {
        // Roman numerals: "Kodam XIII/Merdeka".
        first - 2
    } else {
        first
    }
}

fn blocked(doc: &Doc<'_>, first: usize) -> bool {
    let Some(prev) = first.checked_sub(1).and_then(|p| doc.tokens.get(p)) else {
        return false;
    };
    let mut buf = [0u8; 16];
    let Some(word) = ascii_lower(prev.text, &mut buf) else {
        return false;
    };
    NOT_A_REGION_AFTER.contains(&word)
        || (prev.is_capitalized() && NOT_A_REGION_AFTER_CAPITALIZED.contains(&word))
}

/// A dateline: capitals at the start of a line, followed by a comma or a
/// dash ("MOROWALI –", "PALU, GLOBALSULTENG.COM –").
fn is_dateline(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    let tokens = &doc.tokens;
    if !doc.starts_line(first) {
        return false;
    }
    if !tokens[first..=last]
        .iter()
        .all(|t| !t.is_wordlike() || t.is_all_caps())
    {
        return false;
    }
    matches!(
        tokens.get(last + 1).map(|t| t.text),
        Some("," | "–" | "—" | "-")
    )
}
