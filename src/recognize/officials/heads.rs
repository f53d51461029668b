//! Holders named by the body or place they lead, with no title written:
//! "Polres Konawe Utara kini dipimpin AKBP Dedi Ardian", "Desa Mapilli
//! Barat dipimpin Ir. Hasbullah Sappe". The office is the head's title of
//! that body or place.

use crate::gazetteer::{Level, Scope};
use crate::titles::AffixKind;
use crate::VillageType;

use super::binding::{mention_of, merge_found, untitled_mention_of};
use super::name::NameParse;
use super::title::TitleOcc;
use super::{Finder, OfficialMention};

/// Roles that head a body, tried in order against the title lexicon
/// ("Kepala Kepolisian Resor", "Ketua Komisi Pemilihan Umum").
const HEAD_ROLES: &[&str] = &["Kepala", "Ketua", "Komandan", "Direktur", "Panglima"];

impl Finder<'_, '_> {
    /// The head's title of the place whose mention ends at token `last`,
    /// written with its level word ("Desa Mapilli Barat", "Kecamatan
    /// Bungku Tengah").
    fn head_of_place(&self, last: usize) -> Option<TitleOcc> {
        let m = self.regions.iter().find(|m| m.last == last)?;
        let level_word = m
            .first
            .checked_sub(1)
            .filter(|&p| self.doc.level_word(p).is_some())?;
        let (level, village_type) = match m.region {
            Some(r) => {
                let region = self.gazetteer().region(r);
                (region.level(), region.village_type())
            }
            None => (m.unlisted?, None),
        };
        let kelurahan =
            village_type == Some(VillageType::Kelurahan) || self.is(level_word, "kelurahan");
        let canonical = match level {
            Level::Village if kelurahan => "Lurah",
            Level::Village => "Kepala Desa",
            Level::District => "Camat",
            Level::Regency => "Bupati",
            Level::City => "Wali Kota",
            Level::Province => "Gubernur",
        };
        let titles = &self.engine.titles;
        let title = titles.title(titles.by_canonical(canonical)?);
        Some(TitleOcc::of(level_word, last, title, m.region))
    }

    /// Whether the body or place ending at `last` only qualifies a unit
    /// named before it, which is what a verb after it binds: "Unit Resmob
    /// Polres Konawe yang dipimpin AIPTU X" (the unit's leader, not the
    /// Kapolres), "Posko Kecamatan Bulupoddo Kab. Sinjai yang dipimpin …".
    fn inside_unit_phrase(&self, last: usize) -> bool {
        const UNITS: &[&str] = &["Unit", "Tim", "Satgas", "Posko", "Regu", "Subnit", "Pos"];
        let first = self
            .orgs
            .iter()
            .find(|o| o.last == last)
            .map(|o| o.first)
            .or_else(|| {
                self.regions
                    .iter()
                    .find(|m| m.last == last)
                    .map(|m| m.first)
            })
            .unwrap_or(last);
        (first.saturating_sub(6)..first)
            .rev()
            .take_while(|&j| self.text(j) != "," && !self.doc.line_break_before(j + 1))
            .any(|j| UNITS.contains(&self.text(j)))
    }

    /// The head's title of the body whose mention ends at token `last`.
    fn head_of_body(&self, last: usize) -> Option<TitleOcc> {
        let org = self.orgs.iter().find(|o| o.last == last)?;
        let titles = &self.engine.titles;
        // "Fraksi Partai Golkar, diketuai oleh X": a unit of a body whose
        // full name makes no title is headed by the unit's head ("Ketua
        // Fraksi" → Ketua Fraksi DPRD).
        let unit_noun = org.base.split(' ').next().unwrap_or("");
        match HEAD_ROLES
            .iter()
            .find_map(|role| titles.title_form(&format!("{role} {}", org.base)))
            .or_else(|| {
                (org.category == "legislature")
                    .then(|| {
                        HEAD_ROLES
                            .iter()
                            .find_map(|role| titles.title_form(&format!("{role} {unit_noun}")))
                    })
                    .flatten()
            }) {
            Some(t) => Some(TitleOcc::of(org.first, last, titles.title(t), org.region)),
            // "Dinas P3A": a regional office the lexicon has no title for
            // is headed by its Kepala.
            None => (org.category == "government"
                && ["Dinas ", "Badan ", "Kantor "]
                    .iter()
                    .any(|h| org.base.starts_with(h)))
            .then(|| TitleOcc {
                first: org.first,
                last,
                canonical: format!("Kepala {}", self.spelled_body_name(&org.base)),
                category: "civil_service",
                scope: Scope::Regional,
                status: None,
                region: org.region,
                place: false,
            }),
        }
    }
}

/// Adds the holders named after a body or place by a binding verb
/// ("dipimpin", "dijabat oleh"), or before a body by an active one
/// ("memimpin"), where no titled mention took the name.
pub(super) fn heads_of_bodies_and_places(
    f: &Finder<'_, '_>,
    found: &mut Vec<OfficialMention>,
    covered: &mut [bool],
) {
    let tokens = &f.doc.tokens;
    let ends = f
        .orgs
        .iter()
        .map(|o| o.last)
        .chain(f.regions.iter().map(|m| m.last));
    let mut added = Vec::new();
    for last in ends {
        // "Polres Konawe Utara (Konut) kini dipimpin …": past a short form;
        // "Fraksi Partai Golkar, diketuai oleh …": past a comma.
        let mut after = if f.text(last + 1) == "(" && f.text(last + 3) == ")" {
            last + 4
        } else {
            last + 1
        };
        if f.text(after) == "," && f.is(after + 1, "diketuai") {
            after += 1;
        }
        // Most bodies and places are followed by no binding verb.
        if !tokens
            .get(after)
            .is_some_and(|t| t.text.len() >= 4 && !t.is_capitalized())
        {
            continue;
        }
        let Some(name) = f.verb_bound_name(after) else {
            continue;
        };
        if covered[name.first..=name.last].iter().any(|&c| c) {
            continue;
        }
        if f.inside_unit_phrase(last) {
            continue;
        }
        let Some(occ) = f.head_of_body(last).or_else(|| f.head_of_place(last)) else {
            continue;
        };
        for c in &mut covered[name.first..=name.last] {
            *c = true;
        }
        added.push(untitled_mention_of(tokens, &occ, name));
    }
    // "Fitriani Sinapoy pimpin Dinas P3A", "X memimpin Polres Y": the
    // active form, the holder before the verb.
    for org in f.orgs {
        let Some(verb) = org.first.checked_sub(1) else {
            continue;
        };
        if !f.is_one_of(verb, &["pimpin", "memimpin"]) {
            continue;
        }
        // "X kini memimpin …".
        let before = if verb > 0 && f.is_one_of(verb - 1, &["kini", "akan", "resmi"]) {
            verb - 1
        } else {
            verb
        };
        let Some(name) = f.name_before(before) else {
            continue;
        };
        if covered[name.first..=name.last].iter().any(|&c| c) {
            continue;
        }
        let Some(occ) = f.head_of_body(org.last) else {
            continue;
        };
        for c in &mut covered[name.first..=name.last] {
            *c = true;
        }
        added.push(untitled_mention_of(tokens, &occ, name));
    }
    merge_found(found, added);
}

/// "Gubernur Sultra Ali Mazi dan Wakilnya Lukman Abunawas": "wakilnya" (his
/// deputy) after a holder joined by "dan", "serta", "bersama" or
/// "didampingi" (past the holder's degrees: "Bupati Mamasa X SE MM bersama
/// wakilnya H Y") names the deputy of that office.
pub(super) fn deputies_named_wakilnya(
    f: &Finder<'_, '_>,
    found: &mut Vec<OfficialMention>,
    covered: &mut [bool],
) {
    if found.is_empty() || !f.has_any(&["wakilnya"]) {
        return;
    }
    let tokens = &f.doc.tokens;
    let titles = &f.engine.titles;
    let mut added = Vec::new();
    // "wakilnya" is a keyword: only the keywords' tokens are visited.
    for k in f.keyword_positions() {
        let t = &tokens[k];
        if t.text.len() != 8
            || !t.text.eq_ignore_ascii_case("wakilnya")
            || !f.is_one_of(
                k.wrapping_sub(1),
                &["dan", "serta", "bersama", "didampingi"],
            )
        {
            continue;
        }
        // The holder whose name ends right before the joining word, or
        // before the degrees there.
        let mut end = k.wrapping_sub(2);
        while end > 0
            && (matches!(f.affix(end), Some((_, AffixKind::Degree))) || f.text(end) == ",")
        {
            end -= 1;
        }
        let Some(holder) = found
            .iter()
            .find(|m| tokens.get(end).is_some_and(|p| p.span.end == m.span.end))
        else {
            continue;
        };
        let Some(deputy) = titles.by_canonical(&format!("Wakil {}", holder.title)) else {
            continue;
        };
        let Some(name) = f.name_at(k + 1) else {
            continue;
        };
        if covered[name.first..=name.last].iter().any(|&c| c) {
            continue;
        }
        let occ = TitleOcc::of(k, k, titles.title(deputy), holder.region);
        for c in &mut covered[k..=name.last] {
            *c = true;
        }
        added.push(mention_of(tokens, &occ, name));
    }
    merge_found(found, added);
}

/// Acting heads of a village or kelurahan named by the status word and the
/// level word alone, the head's own noun left out: "Penjabat Desa Biluhu
/// Barat Amir Umar", "Plt Kelurahan Besusu, Rina Lolo", "X menggantikan Y
/// sebagai Penjabat Desa Z" (the name linked before).
pub(super) fn acting_heads_named_by_level_word(
    f: &Finder<'_, '_>,
    found: &mut Vec<OfficialMention>,
    covered: &mut [bool],
) {
    let titles = &f.engine.titles;
    let mut added = Vec::new();
    for m in f.regions {
        let Some(level) = m.first.checked_sub(1) else {
            continue;
        };
        let canonical = if f.is_one_of(level, &["desa", "kampung"]) {
            "Kepala Desa"
        } else if f.is(level, "kelurahan") {
            "Lurah"
        } else {
            continue;
        };
        // The status word, one token right before the level word.
        let Some(status_first) = level.checked_sub(1).filter(|&s| {
            f.affix(s)
                .is_some_and(|(hit, kind)| kind == AffixKind::Acting && hit.last + 1 == level)
        }) else {
            continue;
        };
        let Some(title) = titles.by_canonical(canonical) else {
            continue;
        };
        let after = if f.text(m.last + 1) == "," {
            m.last + 2
        } else {
            m.last + 1
        };
        let free = |n: &NameParse| !covered[n.first..=n.last].iter().any(|&c| c);
        let mut occ = TitleOcc::of(status_first, m.last, titles.title(title), m.region);
        occ.status = Some(crate::entity::Status::Acting);
        if let Some(name) = f
            .name_at(after)
            .filter(|n| !f.doc.line_break_before(n.first) && free(n))
        {
            for c in &mut covered[name.first..=name.last] {
                *c = true;
            }
            added.push(mention_of(&f.doc.tokens, &occ, name));
            continue;
        }
        let Some(linked) = f
            .apposition_link_before(status_first)
            .and_then(|(link, _)| f.name_before(link))
            .filter(free)
        else {
            continue;
        };
        // "A menggantikan B sebagai Penjabat Desa X": B held the office
        // before A, who holds it now.
        let replacing = linked
            .first
            .checked_sub(1)
            .filter(|&v| f.is_one_of(v, &["menggantikan", "mengantikan", "mengganti"]));
        let holder = replacing.and_then(|v| f.name_before(v)).filter(free);
        let mut holders = vec![(linked, holder.is_some())];
        if let Some(holder) = holder {
            holders.push((holder, false));
        }
        for (name, former) in holders {
            for c in &mut covered[name.first..=name.last] {
                *c = true;
            }
            let mut mention = untitled_mention_of(&f.doc.tokens, &occ, name);
            if former {
                mention.status = Some(crate::entity::Status::Former);
            }
            added.push(mention);
        }
    }
    merge_found(found, added);
}
