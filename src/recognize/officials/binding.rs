//! Binding a title to its holder's name: adjacent ("Bupati Morut Delis"),
//! after a comma, and in apposition before the title ("Musda Guntur,
//! Sekretaris Daerah …", "X selaku Kepala Bappeda").

use crate::entity::Status;
use crate::gazetteer::Scope;
use crate::span::Span;
use crate::titles::is_public_office;

use super::super::{ROLE, TITLE};
use super::name::NameParse;
use super::title::TitleOcc;
use super::{Finder, OfficialMention};

/// Words between a name and a title that follows it in apposition.
pub(super) const APPOSITION_LINKS: &[&[&str]] = &[
    &["selaku"],
    &["sebagai"],
    &["yang", "juga"],
    &["yang", "merupakan"],
    &["yang", "menjabat"],
    &["yang", "menjabat", "sebagai"],
    &["yang", "juga", "menjabat"],
    &["yang", "kini", "menjabat"],
    &["yang", "saat", "ini", "menjabat"],
    &["sekaligus"],
];

/// Apposition links that place the office in the past.
pub(super) const FORMER_LINKS: &[&[&str]] = &[
    &["yang", "sebelumnya", "menjabat"],
    &["yang", "pernah", "menjabat"],
    &["sebelumnya", "menjabat"],
    &["mantan"],
];

impl<'a, 't> Finder<'a, 't> {
    /// sebelumnya menjabat").
    pub(super) fn apposition_link_before(&self, i: usize) -> Option<(usize, bool)> {
        let links = FORMER_LINKS
            .iter()
            .map(|l| (l, true))
            .chain(APPOSITION_LINKS.iter().map(|l| (l, false)));
        links
            .filter(|(link, _)| {
                let n = link.len();
                i.checked_sub(n).is_some_and(|start| {
                    (0..n).all(|j| self.text(start + j).eq_ignore_ascii_case(link[j]))
                })
            })
            .max_by_key(|(link, _)| link.len())
            .map(|(link, former)| (i - link.len(), former))
    }
}

/// The official named `name` by the title `occ`.
pub(super) fn mention_of(
    tokens: &[crate::Token<'_>],
    occ: &TitleOcc,
    name: NameParse,
) -> OfficialMention {
    OfficialMention {
        first: name.first,
        last: name.last,
        span: Span::new(tokens[name.first].span.start, tokens[name.last].span.end),
        title: occ.canonical.clone(),
        category: occ.category,
        title_span: Some(Span::new(
            tokens[occ.first].span.start,
            tokens[occ.last].span.end,
        )),
        status: occ.status,
        region: occ.region,
        inferred: false,
        honorifics: name.honorifics,
        rank: name.rank,
        degrees: name.degrees,
        person: 0,
        coref: false,
        scope: occ.scope,
    }
}

/// The titled mentions of the document, in text order, with the tokens they
/// cover (title and name).
pub(super) fn titled_mentions(f: &Finder<'_, '_>) -> (Vec<OfficialMention>, Vec<bool>) {
    let (tokens, lk, engine) = (&f.doc.tokens, f.lk, f.engine);
    let mut found: Vec<OfficialMention> = Vec::new();
    let mut nameless: Vec<TitleOcc> = Vec::new();
    let mut covered = vec![false; tokens.len()];
    let mut i = 0;
    while i < tokens.len() {
        if lk.mask(i) & (TITLE | ROLE) == 0 || covered[i] {
            i += 1;
            continue;
        }
        let Some(occ) = f.title_at(i) else {
            i += 1;
            continue;
        };
        let mut k = occ.last + 1;
        let mut occ = occ;
        // "Lurah Tanjung Ria, Warda Dg Mamala": a village or district name
        // longer than the gazetteer's ("Tanjung") runs on to the comma; the
        // holder's name comes after it.
        if matches!(occ.scope, Scope::Village | Scope::District) && occ.place {
            let mut j = k;
            while j < k + 3 && f.is_name_word(j, false) {
                j += 1;
            }
            if j > k && f.text(j) == "," && f.name_at(j + 1).is_some() {
                occ.last = j - 1;
                k = j;
            }
        }
        if f.text(k) == "," {
            k += 1;
        }
        let name = f.name_at(k).or_else(|| {
            // Name before the title: "Musda Guntur, Sekretaris Daerah …",
            // "Ir. Hendra Pakamundi selaku Kepala Bappeda".
            let (link, former) = if f.text(occ.first.wrapping_sub(1)) == "," {
                (occ.first - 1, false)
            } else {
                // The link may have been read as status words ("yang
                // sebelumnya menjabat"): look before the title itself too.
                f.apposition_link_before(occ.first)
                    .or_else(|| f.apposition_link_before(i))?
            };
            // "Thariq Modanggu, yang sebelumnya menjabat Bupati Gorut".
            let before = if f.text(link) != "," && f.text(link.wrapping_sub(1)) == "," {
                link - 1
            } else {
                link
            };
            let name = f.name_before(before)?;
            if covered[name.first..=name.last].iter().any(|&c| c) {
                return None;
            }
            if former {
                occ.status = Some(Status::Former);
            }
            Some(name)
        });
        match name {
            Some(name) if is_public_office(occ.category) => {
                // "Ketua DPRD Sulteng selaku Ketua Banggar, Arus": the first
                // title is the one the person is named by.
                if let Some((link, _)) = f.apposition_link_before(occ.first) {
                    if let Some(prev) = nameless.last() {
                        if prev.last + 1 == link {
                            occ = prev.clone();
                        }
                    }
                }
                for c in &mut covered[occ.first.min(name.first)..=occ.last.max(name.last)] {
                    *c = true;
                }
                let mut last = name.last.max(occ.last);
                // "Bupati dan Wakil Bupati Bangkep, Rusli Moidady dan Serfi
                // Kambey": two titles sharing a place, then two names.
                let pair = nameless
                    .last()
                    .filter(|t1| t1.last + 2 == occ.first && f.is(t1.last + 1, "dan"))
                    .filter(|_| name.last > occ.last && f.is(name.last + 1, "dan"))
                    .and_then(|t1| Some((t1.clone(), f.name_at(name.last + 2)?)));
                match pair {
                    Some((mut first_title, second)) => {
                        if first_title.region.is_none() {
                            first_title.region = occ.region.filter(|&r| {
                                first_title.scope.admits(engine.gazetteer.region(r).level())
                            });
                        }
                        nameless.pop();
                        for c in &mut covered[first_title.first..=second.last] {
                            *c = true;
                        }
                        last = second.last;
                        found.push(mention_of(tokens, &first_title, name));
                        found.push(mention_of(tokens, &occ, second));
                    }
                    None => found.push(mention_of(tokens, &occ, name)),
                }
                i = last + 1;
            }
            Some(name) => {
                // A company, party or community title: its holder is no
                // official, and the name is not read again as one.
                for c in &mut covered[occ.first.min(name.first)..=occ.last.max(name.last)] {
                    *c = true;
                }
                i = name.last.max(occ.last) + 1;
            }
            None => {
                i = occ.last + 1;
                nameless.push(occ);
            }
        }
    }
    found.sort_by_key(|m| m.first);
    (found, covered)
}
