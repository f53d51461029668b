//! People: titled mentions whose names share parts are one person; bare
//! mentions of known names ("kata Iriane"); coreference of what later
//! mentions do not state; jurisdictions inferred from the text.

use crate::entity::Status;
use crate::fold::{ascii_lower, FastMap, FastSet};
use crate::gazetteer::{Level, Scope};
use crate::span::Span;
use crate::titles::AffixKind;

use super::super::regions::RegionMention;
use super::super::{Doc, Engine};
use super::{Finder, OfficialMention};

/// First words of names that do not identify a person on their own.
pub(super) const WEAK_NAME_PARTS: &[&str] = &[
    "muhammad", "mohammad", "mohamad", "muhamad", "moh", "moh.", "muh", "muh.", "mhd", "abdul",
    "abd", "andi", "la", "wa", "ni", "i", "haji", "daeng", "dg", "ode", "siti", "nur",
];

/// Nouns for a person that a relative clause describes: "pria yang akrab
/// disapa Appi".
const PERSON_NOUNS: &[&str] = &[
    "pria",
    "wanita",
    "perempuan",
    "sosok",
    "pejabat",
    "politisi",
    "mantan",
];

/// Nicknames tied to a title: (token of the nickname, canonical title);
/// no title for "pria yang akrab disapa X", which names the holder written
/// last before it.
pub(super) fn nicknames(f: &Finder<'_, '_>) -> Vec<(usize, Option<String>)> {
    let tokens = &f.doc.tokens;
    let title_ending_at = |end: usize| -> Option<String> {
        (end.saturating_sub(3)..=end).find_map(|s| {
            let occ = f.title_at(s)?;
            (occ.last == end).then_some(occ.canonical)
        })
    };
    let is_nick = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.is_wordlike() && t.is_capitalized())
    };
    let mut out = Vec::new();
    for k in 1..tokens.len() {
        if f.is(k, "disapa") && is_nick(k + 1) {
            // "<title> yang akrab disapa X", "<title> yang biasa disapa X".
            let mut j = k;
            if f.is(j - 1, "akrab") || f.is(j - 1, "biasa") {
                j -= 1;
            }
            if j >= 2 && f.is(j - 1, "yang") {
                if let Some(title) = title_ending_at(j - 2) {
                    out.push((k + 1, Some(title)));
                } else if f.is_one_of(j - 2, PERSON_NOUNS) {
                    out.push((k + 1, None));
                }
            }
        } else if f.is(k, "sapaan")
            && f.is(k + 1, "akrab")
            && f.text(k - 1) == ","
            && k >= 2
            && is_nick(k - 2)
        {
            // "X, sapaan akrab <title>".
            if let Some(occ) = f.title_at(k + 2) {
                out.push((k - 2, Some(occ.canonical)));
            }
        }
    }
    out
}

/// Calls `f` with the lowercase form of `word`, folded on the stack when it
/// is short ASCII.
pub(super) fn with_folded<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    match ascii_lower(word, &mut buf) {
        Some(folded) => f(folded),
        None => f(&word.to_lowercase()),
    }
}

/// A person's name as a set of folded name parts.
pub(super) struct Person {
    parts: Vec<String>,
}

/// The folded words of a name's span: whole words, not initials or
/// acronyms. A span that is part of a token ("Rusli" of "Rusli-Amir") gives
/// only its own words.
pub(super) fn name_parts(doc: &Doc<'_>, span: Span) -> Vec<String> {
    doc.text[span]
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| {
            w.len() >= 2
                && !w.contains('.')
                && w.chars().any(char::is_lowercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '\'' || c == '\u{2019}')
        })
        .map(str::to_lowercase)
        .collect()
}

pub(super) fn significant(parts: &[String]) -> Vec<&String> {
    let strong: Vec<&String> = parts
        .iter()
        .filter(|p| !WEAK_NAME_PARTS.contains(&p.as_str()))
        .collect();
    if strong.is_empty() {
        parts.iter().collect()
    } else {
        strong
    }
}

/// For mentions whose title names no region: the region the same office
/// is stated for elsewhere in the text, else the dateline's region at the
/// office's level. Marked inferred.
pub(super) fn infer_jurisdictions(
    doc: &Doc<'_>,
    engine: &Engine,
    regions: &[RegionMention],
    mentions: &mut [OfficialMention],
) {
    let gazetteer = &engine.gazetteer;
    let stated: FastMap<String, u32> = mentions
        .iter()
        .filter(|m| m.title_span.is_some() && !m.inferred)
        .filter_map(|m| Some((m.title.clone(), m.region?)))
        .collect();
    let dateline = regions
        .iter()
        .find(|m| doc.starts_line(m.first) && m.region.is_some() && m.first < 12)
        .and_then(|m| m.region);
    for m in mentions.iter_mut() {
        // "Ketua KPU RI": the title itself names the nation.
        let names_nation = m.title_span.is_some_and(|s| {
            let written = &doc.text[s];
            written.ends_with(" RI") || written.ends_with("Republik Indonesia")
        });
        if m.region.is_some() || names_nation || matches!(m.scope, Scope::National | Scope::Unbound)
        {
            continue;
        }
        let from_dateline = || {
            let r = gazetteer.region(dateline?);
            std::iter::once(r)
                .chain(gazetteer.ancestors(r))
                .find(|a| m.scope.admits(a.level()))
                .map(|a| a.index())
        };
        if let Some(r) = stated.get(&m.title).copied().or_else(from_dateline) {
            m.region = Some(r);
            m.inferred = true;
        }
    }
}

/// Links the titled mentions `found` into people, adds the bare mentions of
/// their names outside `covered` tokens, and fills in what later mentions
/// inherit.
pub(super) fn link_people(
    f: &Finder<'_, '_>,
    mut found: Vec<OfficialMention>,
    covered: Vec<bool>,
) -> Vec<OfficialMention> {
    let mut persons = assign_persons(f.doc, &mut found);
    add_nicknames(f, &found, &mut persons);
    let bare = bare_mentions(f, &found, &persons, covered);
    let mut all = found;
    all.extend(bare);
    all.sort_by_key(|m| m.first);
    coreference(&mut all);
    infer_jurisdictions(f.doc, f.engine, f.regions, &mut all);
    // Renumber people by first appearance.
    let mut ids: FastMap<u32, u32> = FastMap::default();
    for m in &mut all {
        let next = ids.len() as u32;
        m.person = *ids.entry(m.person).or_insert(next);
    }
    all
}

/// Gives each titled mention its person: mentions whose significant name
/// parts include one another's are one person.
fn assign_persons(doc: &Doc<'_>, found: &mut [OfficialMention]) -> Vec<Person> {
    // The people each name part belongs to, so that a mention is compared
    // only with the people it shares a part with.
    let mut persons: Vec<Person> = Vec::new();
    let mut by_part: FastMap<String, Vec<u32>> = FastMap::default();
    for m in found.iter_mut() {
        let parts = name_parts(doc, m.span);
        let sig = significant(&parts);
        let mut sharing: Vec<u32> = sig
            .iter()
            .filter_map(|s| by_part.get(*s))
            .flatten()
            .copied()
            .collect();
        sharing.sort_unstable();
        sharing.dedup();
        let same = sharing.into_iter().rev().find(|&p| {
            let psig = significant(&persons[p as usize].parts);
            !sig.is_empty()
                && (sig.iter().all(|s| psig.contains(s)) || psig.iter().all(|s| sig.contains(s)))
        });
        let p = match same {
            Some(p) => p,
            None => {
                persons.push(Person { parts: Vec::new() });
                (persons.len() - 1) as u32
            }
        };
        for part in parts {
            if !persons[p as usize].parts.contains(&part) {
                by_part.entry(part.clone()).or_default().push(p);
                persons[p as usize].parts.push(part);
            }
        }
        m.person = p;
        if let Some(alias) = m.alias {
            let part = doc.tokens[alias].text.to_lowercase();
            if !persons[p as usize].parts.contains(&part) {
                persons[p as usize].parts.push(part);
            }
        }
    }
    persons
}

/// Nicknames the text ties to an office holder ("gubernur yang akrab disapa
/// ASR", "SDK, sapaan akrab gubernur") become parts of the holder's name.
fn add_nicknames(f: &Finder<'_, '_>, found: &[OfficialMention], persons: &mut [Person]) {
    let tokens = &f.doc.tokens;
    for (nick, title) in nicknames(f) {
        let holder = match title {
            Some(title) => found
                .iter()
                .filter(|m| m.title == title)
                .min_by_key(|m| (m.first > nick, m.first.abs_diff(nick)))
                .map(|m| m.person),
            // "pria yang akrab disapa Appi": the holder named last before.
            None => found
                .iter()
                .rev()
                .find(|m| {
                    m.first < nick && f.doc.sentence_of(m.first) + 1 >= f.doc.sentence_of(nick)
                })
                .map(|m| m.person),
        };
        if let Some(p) = holder {
            let part = tokens[nick].text.to_lowercase();
            if !persons[p as usize].parts.contains(&part) {
                persons[p as usize].parts.push(part);
            }
        }
    }
}

/// Bare mentions of the known names ("kata Iriane", "Menurut Djira"), outside
/// titled mentions, bodies and high-level regions.
fn bare_mentions(
    f: &Finder<'_, '_>,
    found: &[OfficialMention],
    persons: &[Person],
    covered: Vec<bool>,
) -> Vec<OfficialMention> {
    let (tokens, engine, regions, orgs) = (&f.doc.tokens, f.engine, f.regions, f.orgs);
    // Each person's first titled mention, whose attributes bare mentions take.
    let mut first_mention: FastMap<u32, usize> = FastMap::default();
    for (n, m) in found.iter().enumerate() {
        first_mention.entry(m.person).or_insert(n);
    }
    let mut part_index: FastMap<String, Vec<u32>> = FastMap::default();
    // The shapes (first two letters, length) of the parts: most capitalised
    // words are no part of a known name and are rejected without hashing.
    let mut part_shapes = vec![0u32; crate::fold::SHAPES];
    for (p, person) in persons.iter().enumerate() {
        for part in significant(&person.parts) {
            // Two letters only for an alias written in capitals ("RA").
            if part.len() >= 2 {
                part_index.entry(part.clone()).or_default().push(p as u32);
                part_shapes[crate::fold::shape_index(part.as_bytes())] |= 1 << part.len().min(31);
            }
        }
    }
    let mut blocked = covered;
    // "Budi Lamba (BL), Kadis …": the alias inside a titled mention's
    // cover is a mention of its own.
    for m in found {
        if let Some(alias) = m.alias {
            blocked[alias] = false;
        }
    }
    for m in orgs {
        for b in &mut blocked[m.first..=m.last] {
            *b = true;
        }
    }
    for m in regions {
        let high = m
            .region
            .is_some_and(|r| engine.gazetteer.region(r).level() <= Level::City);
        // "warga Kecamatan Towuti": a name after a level word is a place.
        let after_level_word = m
            .first
            .checked_sub(1)
            .is_some_and(|p| Scope::of_level_word(tokens[p].text).is_some());
        if high || after_level_word {
            for b in &mut blocked[m.first..=m.last] {
                *b = true;
            }
        }
    }
    let mut bare: Vec<OfficialMention> = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        let t = &tokens[k];
        let cased = t.is_capitalized() || f.doc.in_lower_case_line(k);
        if blocked[k] || t.kind != crate::TokenKind::Word || !cased {
            k += 1;
            continue;
        }
        if part_index.is_empty() {
            break;
        }
        // "Andi Nursami", "La Fala": a weak first part before a strong one.
        let lookup = |i: usize| {
            let t = tokens.get(i)?;
            if t.text.len() == 2 && !t.is_all_caps() {
                return None;
            }
            let bytes = t.text.as_bytes();
            let shape = part_shapes[crate::fold::shape_index(bytes)] & 1 << bytes.len().min(31);
            if shape == 0 && t.text.is_ascii() {
                return None;
            }
            with_folded(t.text, |f| part_index.get(f))
        };
        let (start, candidates) = match lookup(k).filter(|_| !(t.text.len() > 3 && t.is_all_caps()))
        {
            Some(c) => (k, c),
            None => {
                let weak_first = !blocked.get(k + 1).copied().unwrap_or(true)
                    && t.text.len() <= 8
                    && with_folded(t.text, |f| WEAK_NAME_PARTS.contains(&f));
                match weak_first.then(|| lookup(k + 1)).flatten() {
                    Some(c) => (k + 1, c),
                    None => {
                        k += 1;
                        continue;
                    }
                }
            }
        };
        // Extend over further parts of the same person's name.
        let mut best: Option<(u32, usize)> = None;
        let mut ambiguous = false;
        for &p in candidates {
            let has_part = |i: usize| {
                let parts = &persons[p as usize].parts;
                with_folded(tokens[i].text, |f| parts.iter().any(|part| part == f))
            };
            if start != k && !has_part(k) {
                continue;
            }
            let mut end = start;
            // "Saipul A. Mbuinga": an initial between two parts.
            let initial = |i: usize| {
                tokens.get(i).is_some_and(|t| {
                    t.kind == crate::TokenKind::Abbreviation
                        && t.is_capitalized()
                        && t.text.trim_end_matches('.').len() == 1
                })
            };
            loop {
                if end + 1 < tokens.len() && !blocked[end + 1] && has_part(end + 1) {
                    end += 1;
                } else if end + 2 < tokens.len()
                    && initial(end + 1)
                    && !blocked[end + 1]
                    && !blocked[end + 2]
                    && has_part(end + 2)
                {
                    end += 2;
                } else {
                    break;
                }
            }
            match best {
                Some((_, e)) if e == end => ambiguous = true,
                Some((_, e)) if e > end => {}
                _ => {
                    best = Some((p, end));
                    ambiguous = false;
                }
            }
        }
        // "Nurul Aini Hidayat" is not a later mention of "Hidayat
        // Lamakarate": a name part inside a longer name of someone else.
        let inside_other_name = |p: u32, end: usize| {
            let parts = &persons[p as usize].parts;
            let foreign = |i: usize| {
                tokens.get(i).is_some_and(|t| {
                    t.kind == crate::TokenKind::Word
                        && t.is_capitalized()
                        && !t.is_all_caps()
                        && !blocked[i]
                        && f.is_name_word(i, true)
                        && f.lk.mask(i) & (super::super::TITLE | super::super::ROLE) == 0
                        && !with_folded(t.text, |w| parts.iter().any(|part| part == w))
                })
            };
            // "La Ode Syamsudin" after "Syamsudin": a name particle is no
            // other person's name.
            let in_particle = |b: usize| {
                (b.saturating_sub(1)..=b).any(|s| {
                    f.affix(s)
                        .is_some_and(|(hit, kind)| kind == AffixKind::Particle && hit.last >= b)
                })
            };
            let before = start.checked_sub(1).is_some_and(|b| {
                foreign(b)
                    && !f.doc.starts_line(start)
                    && !f.starts_title(b)
                    && f.affix(b).is_none()
                    && !in_particle(b)
            });
            before || foreign(end + 1) && !f.doc.line_break_before(end + 1)
        };
        match best {
            Some((p, end)) if !ambiguous && !inside_other_name(p, end) && !f.in_credit(k) => {
                let template = first_mention.get(&p).map(|&n| found[n].clone());
                // "Menurut La Ode Rudi": a name particle before the mention
                // is part of the name.
                let first = (k.saturating_sub(2)..k)
                    .find(|&s| {
                        !blocked[s]
                            && f.affix(s).is_some_and(|(hit, kind)| {
                                kind == AffixKind::Particle && hit.last + 1 >= k && hit.last <= end
                            })
                    })
                    .unwrap_or(k);
                if let Some(template) = template {
                    bare.push(OfficialMention {
                        first,
                        span: Span::new(tokens[first].span.start, tokens[end].span.end),
                        title_span: None,
                        honorifics: Vec::new(),
                        rank: None,
                        degrees: Vec::new(),
                        alias: None,
                        unlisted_place: None,
                        ..template
                    });
                }
                k = end + 1;
            }
            _ => k += 1,
        }
    }
    bare
}

/// Later mentions inherit the region and status they do not state from the
/// person's first titled mention.
fn coreference(all: &mut [OfficialMention]) {
    let mut seen: FastSet<u32> = FastSet::default();
    let mut first_titled: FastMap<u32, usize> = FastMap::default();
    for (n, m) in all.iter().enumerate() {
        if m.title_span.is_some() {
            first_titled.entry(m.person).or_insert(n);
        }
    }
    let stated: Vec<(Option<u32>, Option<Status>)> =
        all.iter().map(|m| (m.region, m.status)).collect();
    for m in all.iter_mut() {
        m.coref = !seen.insert(m.person);
        if let Some(&n) = first_titled.get(&m.person) {
            let (region, status) = &stated[n];
            if m.region.is_none() && (m.title_span.is_none() || m.coref) {
                m.region = *region;
            }
            if m.status.is_none() && m.title_span.is_none() {
                m.status = *status;
            }
        }
    }
}
