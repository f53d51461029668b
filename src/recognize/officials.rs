//! Officials: a title, its jurisdiction and the holder's name, and the later
//! mentions of the same person.
//!
//! The patterns read are the ones Indonesian news uses:
//! - title [region or body] [honorifics, rank] name [, degrees]:
//!   "Bupati Morut Dr. dr. Delis Julkarson Hehi, MARS";
//! - title, comma, name: "Wakil Bupati Morowali, Iriane Iliyas, membuka …";
//! - name, title (apposition, "selaku", "yang juga"): "Musda Guntur,
//!   Sekretaris Daerah Morowali Utara";
//! - later mentions by name or title + part of the name ("Iriane", "Bupati
//!   Delis"), linked to the first.

use crate::entity::Status;
use crate::fold::{ascii_lower, FastMap, FastSet};
use crate::gazetteer::{Gazetteer, Level, Scope};
use crate::span::Span;
use crate::titles::{is_public_office, AffixKind};

use super::organizations::OrgMention;
use super::regions::RegionMention;
use super::{Doc, Engine, Lookups, COUNTRY, ROLE, TITLE};

/// An official mention.
#[derive(Clone, Debug)]
pub(crate) struct OfficialMention {
    pub first: usize,
    pub last: usize,
    pub span: Span,
    pub title: String,
    pub category: &'static str,
    pub title_span: Option<Span>,
    pub status: Option<Status>,
    pub region: Option<u32>,
    pub inferred: bool,
    pub honorifics: Vec<String>,
    pub rank: Option<String>,
    pub degrees: Vec<String>,
    pub person: u32,
    pub coref: bool,
    scope: Scope,
}

/// A title written in the text, with its status words and complement.
#[derive(Clone, Debug)]
struct TitleOcc {
    /// First token, status words included.
    first: usize,
    /// Last token of the title and its complement.
    last: usize,
    canonical: String,
    category: &'static str,
    scope: Scope,
    status: Option<Status>,
    region: Option<u32>,
    /// The complement names a place (resolved or not).
    place: bool,
}

impl TitleOcc {
    /// A title from the lexicon written over tokens `first..=last`.
    fn of(
        first: usize,
        last: usize,
        title: &crate::titles::Title,
        region: Option<u32>,
    ) -> TitleOcc {
        TitleOcc {
            first,
            last,
            canonical: title.canonical().to_string(),
            category: title.category(),
            scope: title.scope,
            status: None,
            region,
            place: false,
        }
    }
}

/// A name with the affixes around it.
#[derive(Clone, Debug)]
struct NameParse {
    first: usize,
    last: usize,
    honorifics: Vec<String>,
    rank: Option<String>,
    degrees: Vec<String>,
}

/// Words between a name and a title that follows it in apposition.
const APPOSITION_LINKS: &[&[&str]] = &[
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
const FORMER_LINKS: &[&[&str]] = &[
    &["yang", "sebelumnya", "menjabat"],
    &["yang", "pernah", "menjabat"],
    &["sebelumnya", "menjabat"],
    &["mantan"],
];

/// Words before a title that make it a building ("Kantor Bupati Morut",
/// "Rujab Wali Kota"), not an office holder.
const BUILDING_BEFORE: &[&str] = &[
    "kantor", "rujab", "rumah", "gedung", "aula", "pendopo", "pendapa", "istana", "ruang",
    "ruangan", "wisma", "mess", "halaman", "lapangan", "jalan", "jl.", "jln.", "jl", "jln",
    "lorong",
];

/// Words before a title that make it generic ("para bupati").
const GENERIC_BEFORE: &[&str] = &[
    "para", "seluruh", "semua", "setiap", "tiap", "se", "sejumlah", "beberapa",
];

/// Lowercase particles inside names ("Baharuddin bin Ahmad").
const NAME_PARTICLES: &[&str] = &["bin", "binti", "van", "de", "da", "der", "dg", "dg."];

/// First words of names that do not identify a person on their own.
const WEAK_NAME_PARTS: &[&str] = &[
    "muhammad", "mohammad", "mohamad", "muhamad", "moh", "moh.", "muh", "muh.", "mhd", "abdul",
    "abd", "andi", "la", "wa", "ni", "i", "haji", "daeng", "dg", "ode", "siti", "nur",
];

struct Finder<'a, 't> {
    doc: &'a Doc<'t>,
    engine: &'a Engine,
    lk: &'a Lookups<'a, 't>,
    regions: &'a [RegionMention],
    orgs: &'a [OrgMention],
}

impl<'a, 't> Finder<'a, 't> {
    fn region_index(&self, i: usize) -> Option<usize> {
        super::starting_at(self.regions, i, |m| m.first)
    }

    fn org_index(&self, i: usize) -> Option<usize> {
        super::starting_at(self.orgs, i, |m| m.first)
    }

    fn text(&self, i: usize) -> &'t str {
        self.doc.tokens.get(i).map_or("", |t| t.text)
    }

    /// Whether token `i` is `word`, ignoring ASCII case.
    fn is(&self, i: usize, word: &str) -> bool {
        self.text(i).eq_ignore_ascii_case(word)
    }

    fn gazetteer(&self) -> &Gazetteer {
        &self.engine.gazetteer
    }

    fn region_mention(&self, i: usize) -> Option<&'a RegionMention> {
        self.region_index(i).map(|k| &self.regions[k])
    }

    fn org_mention(&self, i: usize) -> Option<&'a OrgMention> {
        self.org_index(i).map(|k| &self.orgs[k])
    }

    fn affix(&self, i: usize) -> Option<(crate::lexicon::Hit, AffixKind)> {
        self.lk.affix(i)
    }

    fn starts_title(&self, i: usize) -> bool {
        self.lk.title(i).is_some() || self.lk.role(i).is_some()
    }

    /// The last token of a country name starting at `i`.
    fn country_at(&self, i: usize) -> Option<usize> {
        if self.lk.mask(i) & COUNTRY == 0 {
            return None;
        }
        self.engine
            .countries
            .match_at(&self.doc.hay(), i)
            .map(|hit| hit.last)
    }

    fn is_ordinal(&self, i: usize) -> bool {
        let t = self.text(i);
        !t.is_empty()
            && t.len() <= 4
            && (t.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
                || (t.len() == 1 && t.as_bytes()[0].is_ascii_uppercase()))
    }

    fn is_unit_number(&self, i: usize) -> bool {
        self.doc
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == crate::TokenKind::Number || self.is_ordinal(i))
            && self.text(i + 1) == "/"
    }

    /// A status word (or two: "Mantan Pj") ending right before `i`.
    fn status_before(&self, i: usize) -> (usize, Option<Status>, bool) {
        let mut first = i;
        let mut status = None;
        let mut candidate = false;
        'outer: for _ in 0..2 {
            for back in 1..=3 {
                let Some(start) = first.checked_sub(back) else {
                    break;
                };
                if let Some((hit, kind)) = self.affix(start) {
                    if hit.last + 1 != first {
                        continue;
                    }
                    match kind {
                        AffixKind::Acting => status = status.or(Some(Status::Acting)),
                        AffixKind::Former => status = Some(Status::Former),
                        AffixKind::Candidate => candidate = true,
                        _ => continue,
                    }
                    first = start;
                    continue 'outer;
                }
            }
            break;
        }
        (first, status, candidate)
    }

    /// The title starting at token `i`, with its complement.
    fn title_at(&self, i: usize) -> Option<TitleOcc> {
        let titles = &self.engine.titles;
        let mut buf = [0u8; 16];
        if let Some(prev) = i.checked_sub(1) {
            if let Some(word) = ascii_lower(self.text(prev), &mut buf) {
                if GENERIC_BEFORE.contains(&word)
                    || BUILDING_BEFORE.contains(&word)
                    || matches!(word, "jabatan" | "dinas") && self.is(prev.wrapping_sub(1), "rumah")
                    || (word == "-" && self.text(prev.wrapping_sub(1)) == "se")
                {
                    return None;
                }
            }
        }
        let title = self.lk.title(i);
        let role = self.lk.role(i);
        let mut occ = None;
        if let Some((hit, t)) = title {
            let title = titles.title(t);
            occ = Some(TitleOcc::of(i, hit.last, title, None));
            // "Wakil Ketua II DPRD", "Ketua Komisi B DPRD": numerals and
            // letters of deputies and commissions are not part of the title.
            if self.is_ordinal(hit.last + 1) && !title.canonical().starts_with("Asisten") {
                if let Some(longer) = self.title_skipping_ordinals(i) {
                    occ = Some(longer);
                }
            }
        }
        if let Some((hit, role)) = role {
            if let Some(composed) = self.compose(i, hit.last, role, occ.is_none()) {
                if occ.as_ref().map_or(true, |o| composed.last > o.last) {
                    occ = Some(composed);
                }
            }
        }
        if occ.is_none() && role.is_some() && self.is_ordinal(role.map_or(0, |r| r.0.last) + 1) {
            occ = self.title_skipping_ordinals(i);
        }
        let mut occ = occ?;
        // A lowercase title ("kata bupati Delis") is fine: the name after it
        // must be capitalised.
        let (first, status, candidate) = self.status_before(i);
        if candidate {
            return None;
        }
        occ.first = first;
        occ.status = status;
        self.complement(&mut occ);
        Some(occ)
    }

    /// Looks up the title written from `i` with ordinal tokens dropped.
    fn title_skipping_ordinals(&self, i: usize) -> Option<TitleOcc> {
        let titles = &self.engine.titles;
        let mut words: Vec<&str> = Vec::new();
        let mut best = None;
        let mut k = i;
        while k < self.doc.tokens.len() && k < i + 10 {
            if !self.is_ordinal(k) || k == i {
                words.push(self.text(k));
                if let Some(t) = titles.title_form(&words.join(" ")) {
                    best = Some((k, t));
                }
            }
            k += 1;
        }
        let (last, t) = best?;
        let title = titles.title(t);
        Some(TitleOcc::of(i, last, title, None))
    }

    /// A role plus the body written after it: "Kepala" + "Dinas Kesehatan
    /// Provinsi Sulteng", "Kadis" + "Kesehatan".
    fn compose(
        &self,
        i: usize,
        role_last: usize,
        role: &crate::titles::Role,
        fused_words: bool,
    ) -> Option<TitleOcc> {
        let titles = &self.engine.titles;
        let mut k = role_last + 1;
        while self.is_ordinal(k) && self.org_mention(k).is_none() {
            k += 1;
        }
        // The body may start inside the role: "Kepala Dinas" + "Dinas
        // Komunikasi, Informatika, Persandian dan Statistik".
        let org = self.org_mention(k).or_else(|| {
            (i + 1..=role_last)
                .find_map(|j| self.org_mention(j))
                .filter(|o| o.last > role_last)
        });
        let (canonical, last, region, org_category, scope) = if let Some(org) = org {
            let base = match &role.head {
                Some(head) if !org.base.starts_with(&**head) => format!("{head} {}", org.base),
                _ => org.base.clone(),
            };
            // A body starting inside the role shares its words: keep the
            // role's words before the body ("Kepala" of "Kepala Dinas").
            let role_words = if org.first <= role_last {
                &self.doc.text
                    [self.doc.tokens[i].span.start..self.doc.tokens[org.first - 1].span.end]
            } else {
                &*role.role
            };
            (
                format!("{role_words} {base}"),
                org.last,
                org.region,
                Some(org.category),
                Scope::Regional,
            )
        } else if let Some(head) = role.head.as_ref().filter(|_| fused_words) {
            // "Kadis Perikanan dan Kelautan": the field words after a fused
            // role, up to a region, a rank or honorific, or a fourth word.
            let mut last = None;
            let mut j = k;
            while j < self.doc.tokens.len() && j < k + 4 {
                let t = &self.doc.tokens[j];
                if self.region_mention(j).is_some()
                    || self.affix(j).is_some()
                    || self.starts_title(j) && last.is_some()
                {
                    break;
                }
                if t.is_wordlike() && t.is_capitalized() && !self.engine.not_name(t.text) {
                    last = Some(j);
                    j += 1;
                } else if last.is_some()
                    && t.text == "dan"
                    && self
                        .doc
                        .tokens
                        .get(j + 1)
                        .is_some_and(|n| n.is_capitalized())
                {
                    j += 1;
                } else {
                    break;
                }
            }
            let last = last?;
            let words =
                &self.doc.text[self.doc.tokens[k].span.start..self.doc.tokens[last].span.end];
            (
                format!("{} {head} {words}", role.role),
                last,
                None,
                None,
                Scope::Regional,
            )
        } else {
            return None;
        };
        // A composed title the lexicon knows takes the lexicon's canonical
        // form ("Kepala Kepolisian Resor" for "Kepala Polres"); numerals of
        // commissions are dropped ("anggota Komisi XIII DPR RI" → "Anggota
        // Komisi DPR RI" → "Anggota DPR RI").
        let without_numerals = || {
            let words: Vec<&str> = (i..=last)
                .filter(|&j| j <= role_last || !self.is_ordinal(j))
                .map(|j| self.text(j))
                .collect();
            titles.title_form(&words.join(" "))
        };
        // "Ketua Komisi B Dewan Perwakilan Rakyat Daerah" → "Ketua Komisi
        // Dewan Perwakilan Rakyat Daerah", a form of "Ketua Komisi DPRD".
        let without_labels = || {
            let words: Vec<&str> = canonical.split(' ').filter(|w| !is_unit_label(w)).collect();
            titles.title_form(&words.join(" "))
        };
        if let Some(t) = titles
            .by_canonical(&canonical)
            .or_else(|| titles.title_form(&canonical))
            .or_else(without_numerals)
            .or_else(without_labels)
        {
            let title = titles.title(t);
            return Some(TitleOcc::of(i, last, title, region));
        }
        let category = match org_category {
            Some("government" | "legislature") => "civil_service",
            Some("ministry" | "agency") => "central_government",
            Some("university") => "education",
            Some(
                c @ ("police" | "military" | "prosecution" | "judiciary" | "election" | "company"
                | "community"),
            ) => c,
            _ => role.category,
        };
        Some(TitleOcc {
            first: i,
            last,
            canonical,
            category,
            scope,
            status: None,
            region,
            place: false,
        })
    }

    /// Reads the region or body after a title: "Bupati Morut", "Dandim
    /// 1311/Morowali", "Kasat Reskrim Polres Sigi", "Kepala Desa Beka,
    /// Kecamatan Marawola".
    fn complement(&self, occ: &mut TitleOcc) {
        let mut k = occ.last + 1;
        // "Kalapas Kelas IIA Kendari": the class belongs to the title.
        if let Some(end) = self.doc.class_designation_end(k) {
            occ.last = end;
            k = end + 1;
        }
        // "Kepala Badan Perencanaan Pembangunan Daerah (Bappeda) Kabupaten Sigi".
        if self.text(k) == "(" && self.text(k + 2) == ")" {
            let region_follows = self.region_mention(k + 3).is_some()
                || Scope::of_level_word(self.text(k + 3)).is_some()
                    && self.region_mention(k + 4).is_some();
            if region_follows {
                k += 3;
                // The body's region, written after its acronym: "Kepala Dinas
                // Kominfo (Diskominfo) Morowali".
                if let (Some(r), Some(m)) = (occ.region, self.region_mention(k)) {
                    if m.region == Some(r) {
                        occ.last = m.last;
                        k = m.last + 1;
                    }
                }
            }
        }
        if occ.region.is_none() {
            if self.is_unit_number(k) {
                k += 2;
                match self.region_mention(k) {
                    Some(m) => {
                        occ.region = m.region;
                        occ.last = m.last;
                    }
                    None if self.doc.tokens.get(k).is_some_and(|t| t.is_capitalized()) => {
                        // The unit's name: "132/Tadulako", "133/Nani Wartabone".
                        let mut last = k;
                        while self
                            .doc
                            .tokens
                            .get(last + 1)
                            .is_some_and(|t| t.is_wordlike() && t.is_capitalized())
                            && self.affix(last + 1).is_none()
                            && !self.starts_title(last + 1)
                            && !self.doc.line_break_before(last + 1)
                        {
                            last += 1;
                        }
                        occ.last = last;
                    }
                    None => occ.last = k - 1,
                }
                return;
            }
            // A body that starts inside the title and runs past it:
            // "Kepala Balai Wilayah Sungai Sulawesi III".
            let covering = (occ.first..=occ.last)
                .rev()
                .filter_map(|j| self.org_mention(j))
                .find(|o| o.last > occ.last);
            if let Some(org) = self.org_mention(k).or(covering) {
                occ.region = org.region;
                occ.last = org.last;
                k = org.last + 1;
            } else {
                let start = if Scope::of_level_word(self.text(k)).is_some()
                    && self.region_mention(k).is_none()
                {
                    k + 1
                } else {
                    k
                };
                if let Some(m) = self.region_mention(start) {
                    let fits = m.region.map_or(true, |r| {
                        occ.scope.admits(self.gazetteer().region(r).level())
                    });
                    // A town below the title's level still names where the
                    // office sits ("Ketua Pengadilan Negeri Luwuk"), and is
                    // no person's name.
                    let seat = start == k
                        && m.region.is_some_and(|r| {
                            let level = self.gazetteer().region(r).level();
                            level == Level::District && occ.scope.admits(Level::Regency)
                        });
                    // "Kepala Desa Towuti, Bapak Arsyad": a region that does
                    // not fit the title but is followed by the holder's name
                    // is still the place, not the name.
                    let name_follows = || {
                        let after = m.last + 1;
                        let next = if self.text(after) == "," {
                            after + 1
                        } else {
                            after
                        };
                        self.name_at(next).is_some()
                    };
                    if fits || seat || start == k && name_follows() {
                        occ.region = m.region;
                        occ.place = true;
                        occ.last = m.last;
                        k = m.last + 1;
                    }
                }
            }
        }
        // "Anggota DPD RI asal Sulteng", "anggota DPR RI dapil Sulteng": the
        // constituency of a national legislator, not a jurisdiction.
        if occ.region.is_none() && matches!(occ.scope, Scope::National) {
            let words = match self.text(k).to_ascii_lowercase().as_str() {
                "asal" | "dapil" => 1,
                "daerah" if self.is(k + 1, "pemilihan") => 2,
                _ => 0,
            };
            if words > 0 {
                if let Some(m) = self.region_mention(k + words) {
                    occ.last = m.last;
                    k = m.last + 1;
                }
            }
        }
        // "Presiden Filipina", "Perdana Menteri Malaysia": a country, no region.
        if occ.region.is_none() {
            if let Some(last) = self.country_at(k) {
                occ.last = last;
                k = last + 1;
            }
        }
        // "Bupati Konawe Selatan (Konsel)": a short form in parentheses.
        if occ.region.is_some() && self.text(k) == "(" && self.text(k + 2) == ")" {
            occ.last = k + 2;
            k += 3;
        }
        // ", Kecamatan Mamosalato" after a village: a parent region.
        if let Some(r) = occ.region {
            if self.text(k) == "," && Scope::of_level_word(self.text(k + 1)).is_some() {
                if let Some(m) = self.region_mention(k + 2) {
                    let parent = m.region.is_some_and(|p| {
                        self.gazetteer()
                            .is_within(self.gazetteer().region(r), self.gazetteer().region(p))
                    });
                    if parent {
                        occ.last = m.last;
                        k = m.last + 1;
                    }
                }
            }
        }
        // "Bupati Banggai periode 2006–2011": a completed term.
        if self.is(k, "periode") && self.doc.tokens.get(k + 1).is_some_and(|t| t.has_digit()) {
            occ.status = Some(Status::Former);
        }
    }

    /// Whether token `i` may be part of a name.
    fn is_name_word(&self, i: usize, first: bool) -> bool {
        let Some(t) = self.doc.tokens.get(i) else {
            return false;
        };
        match t.kind {
            crate::TokenKind::Word => {
                let acronym = t.is_all_caps() && t.text.len() >= 4 && !first;
                let verb = t.text.len() >= 6 && t.text.ends_with("kan")
                    || self.doc.in_title_case_line(i) && looks_verbal(t.text);
                t.is_capitalized()
                    && !acronym
                    && !verb
                    && !self.engine.not_name(t.text)
                    && Scope::of_level_word(t.text).is_none()
            }
            // Initials and abbreviated given names: "A.", "W.R.", "Moh.".
            crate::TokenKind::Abbreviation => {
                t.is_capitalized()
                    && t.text.len() <= 5
                    && !matches!(self.affix(i), Some((_, k)) if k != AffixKind::Particle)
            }
            _ => false,
        }
    }

    /// A name starting at `k`, with honorifics and rank before it and
    /// degrees after it.
    fn name_at(&self, mut k: usize) -> Option<NameParse> {
        let mut honorifics = Vec::new();
        let mut rank: Option<String> = None;
        // Honorifics, ranks and corps before the name.
        while let Some((hit, kind)) = self.affix(k) {
            let written = &self.doc.text[hit.span];
            match kind {
                AffixKind::Honorific => honorifics.push(written.to_string()),
                AffixKind::Rank => match &mut rank {
                    Some(r) => {
                        r.push(' ');
                        r.push_str(written);
                    }
                    None => rank = Some(written.to_string()),
                },
                AffixKind::Corps if rank.is_some() => {
                    if let Some(r) = &mut rank {
                        r.push(' ');
                        r.push_str(written);
                    }
                }
                _ => break,
            }
            k = hit.last + 1;
        }
        let first = k;
        let tokens = &self.doc.tokens;
        if self.country_at(first).is_some() || self.org_mention(first).is_some() {
            return None;
        }
        while k < tokens.len() && k < first + 7 {
            if k > first {
                if self.doc.line_break_before(k) {
                    break;
                }
                match self.affix(k) {
                    Some((_, AffixKind::Degree)) => break,
                    // "Pangdam Jaya Mayjen TNI Rafael Granada": a word or two
                    // before a rank complete the title; the name follows.
                    Some((_, AffixKind::Rank)) if k - first <= 2 => return self.name_at(k),
                    Some((_, AffixKind::Rank)) => break,
                    _ => {}
                }
                if self.org_mention(k).is_some()
                    || self.starts_title(k)
                    || self.country_at(k).is_some()
                {
                    break;
                }
            }
            let particle = k > first
                && NAME_PARTICLES.iter().any(|p| self.is(k, p))
                && self.is_name_word(k + 1, false);
            if self.is_name_word(k, k == first) || particle {
                k += 1;
            } else if k > first
                && self.text(k) == "("
                && self.text(k + 2) == ")"
                && tokens
                    .get(k + 1)
                    .is_some_and(|t| t.is_all_caps() && t.text.len() <= 4)
                && self.is_name_word(k + 3, false)
            {
                // "Andi Muhammad (AM) Fadli".
                k += 3;
            } else {
                break;
            }
        }
        if k == first {
            return None;
        }
        let last = k - 1;
        // "Sulawesi III": a numbered unit, not a person.
        if self.text(k).len() > 1 && self.is_ordinal(k) {
            return None;
        }
        // A name needs a real word, not only initials.
        if !tokens[first..=last]
            .iter()
            .any(|t| t.kind == crate::TokenKind::Word && t.text.len() >= 2 && !t.is_all_caps())
        {
            return None;
        }
        // Degrees after the name, with or without a comma.
        let mut degrees = Vec::new();
        let mut d = k;
        loop {
            let p = if self.text(d) == "," { d + 1 } else { d };
            match self.affix(p) {
                Some((hit, AffixKind::Degree)) => {
                    degrees.push(self.doc.text[hit.span].to_string());
                    d = hit.last + 1;
                }
                _ => break,
            }
        }
        Some(NameParse {
            first,
            last,
            honorifics,
            rank,
            degrees,
        })
    }

    /// A name ending right before token `end` (exclusive), read backwards:
    /// "… serta Musda Guntur," → "Musda Guntur"; "Ir. Hendra Pakamundi".
    fn name_before(&self, end: usize) -> Option<NameParse> {
        let tokens = &self.doc.tokens;
        let mut last = end.checked_sub(1)?;
        // Degrees written after the name.
        let mut degrees = Vec::new();
        loop {
            let t = &tokens[last];
            let is_degree = t.is_wordlike()
                && self
                    .affix(last)
                    .is_some_and(|(hit, kind)| kind == AffixKind::Degree && hit.last == last);
            if is_degree {
                degrees.push(t.text.to_string());
                last = last.checked_sub(1)?;
                if self.text(last) == "," {
                    last = last.checked_sub(1)?;
                }
            } else {
                break;
            }
        }
        degrees.reverse();
        let mut first = last;
        if !self.is_name_word(last, false) && !self.is_name_word(last, true) {
            return None;
        }
        while first > 0 && first + 6 > last {
            let p = first - 1;
            if self.doc.line_break_before(first) {
                break;
            }
            let is_affix = self.affix(p).is_some_and(|(hit, kind)| {
                matches!(
                    kind,
                    AffixKind::Honorific | AffixKind::Rank | AffixKind::Corps
                ) && hit.last == p
            });
            if is_affix || !self.is_name_word(p, true) {
                break;
            }
            first = p;
        }
        // Honorifics and ranks before the name.
        let mut honorifics = Vec::new();
        let mut rank = None;
        let mut p = first;
        while let Some(q) = p.checked_sub(1) {
            match self.affix(q) {
                Some((hit, AffixKind::Honorific)) if hit.last == q => {
                    honorifics.insert(0, tokens[q].text.to_string())
                }
                Some((hit, AffixKind::Rank)) if hit.last == q => {
                    rank = Some(tokens[q].text.to_string())
                }
                _ => break,
            }
            p = q;
        }
        // The name must not be the tail of something else: a title or body.
        if self.org_mention(first).is_some() || self.starts_title(first) {
            return None;
        }
        let name = NameParse {
            first,
            last,
            honorifics,
            rank,
            degrees,
        };
        tokens[first..=last]
            .iter()
            .any(|t| t.kind == crate::TokenKind::Word && t.text.len() >= 2)
            .then_some(name)
    }

    /// The apposition link ending right before `i` ("selaku", "yang juga"),
    /// as the index of its first token.
    /// Also whether the link places the office in the past ("yang
    /// sebelumnya menjabat").
    fn apposition_link_before(&self, i: usize) -> Option<(usize, bool)> {
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
fn mention_of(tokens: &[crate::Token<'_>], occ: &TitleOcc, name: NameParse) -> OfficialMention {
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

/// Whether a word labels a numbered unit: a Roman numeral or a capital
/// letter ("Komisi III", "Komisi B").
fn is_unit_label(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.len() == 1 && bytes[0].is_ascii_uppercase()
        || !bytes.is_empty()
            && bytes.len() <= 5
            && bytes.iter().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L'))
}

/// Whether a capitalised word has the shape of an Indonesian verb: a verbal
/// prefix (me-, di-, ber-, ter-, per-) on a stem, or the suffix -kan. Used
/// only in title-case lines (headlines), where verbs are capitalised too.
fn looks_verbal(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    if lower.len() < 6 {
        return false;
    }
    // The longest prefix must leave a stem of four letters or more:
    // "Percepat", "Disambut", but not the name "Mengga".
    let prefix = [
        "meng", "meny", "mem", "men", "ber", "ter", "per", "me", "di",
    ]
    .iter()
    .find(|p| lower.starts_with(*p));
    prefix.is_some_and(|p| lower.len() - p.len() >= 4) || lower.ends_with("kan")
}

/// Nicknames tied to a title: (token of the nickname, canonical title).
fn nicknames(f: &Finder<'_, '_>) -> Vec<(usize, String)> {
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
                    out.push((k + 1, title));
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
                out.push((k - 2, occ.canonical));
            }
        }
    }
    out
}

/// Calls `f` with the lowercase form of `word`, folded on the stack when it
/// is short ASCII.
fn with_folded<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    match ascii_lower(word, &mut buf) {
        Some(folded) => f(folded),
        None => f(&word.to_lowercase()),
    }
}

/// A person's name as a set of folded name parts.
struct Person {
    parts: Vec<String>,
}

fn name_parts(doc: &Doc<'_>, first: usize, last: usize) -> Vec<String> {
    doc.tokens[first..=last]
        .iter()
        .filter(|t| t.kind == crate::TokenKind::Word && t.text.len() >= 2 && !t.is_all_caps())
        .map(|t| t.text.to_lowercase())
        .collect()
}

fn significant(parts: &[String]) -> Vec<&String> {
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

/// Finds the officials of a document.
pub(crate) fn find(
    doc: &Doc<'_>,
    engine: &Engine,
    lk: &Lookups<'_, '_>,
    regions: &[RegionMention],
    orgs: &[OrgMention],
) -> Vec<OfficialMention> {
    let tokens = &doc.tokens;
    let f = Finder {
        doc,
        engine,
        lk,
        regions,
        orgs,
    };

    // 1. Titles and the names that go with them.
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

    // 2. People: titled mentions whose names share parts are one person.
    // The people each name part belongs to, so that a mention is compared
    // only with the people it shares a part with.
    let mut persons: Vec<Person> = Vec::new();
    let mut by_part: FastMap<String, Vec<u32>> = FastMap::default();
    for m in &mut found {
        let parts = name_parts(doc, m.first, m.last);
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
    }
    // Each person's first titled mention, whose attributes bare mentions take.
    let mut first_mention: FastMap<u32, usize> = FastMap::default();
    for (n, m) in found.iter().enumerate() {
        first_mention.entry(m.person).or_insert(n);
    }

    // 2b. Nicknames the text ties to an office holder: "gubernur yang akrab
    // disapa ASR", "SDK, sapaan akrab gubernur". They become name parts.
    for (nick, title) in nicknames(&f) {
        let holder = found
            .iter()
            .filter(|m| m.title == title)
            .min_by_key(|m| (m.first > nick, m.first.abs_diff(nick)))
            .map(|m| m.person);
        if let Some(p) = holder {
            let part = tokens[nick].text.to_lowercase();
            if !persons[p as usize].parts.contains(&part) {
                persons[p as usize].parts.push(part);
            }
        }
    }

    // 3. Bare mentions of known names: "kata Iriane", "Menurut Djira".
    let mut part_index: FastMap<String, Vec<u32>> = FastMap::default();
    // The shapes (first two letters, length) of the parts: most capitalised
    // words are no part of a known name and are rejected without hashing.
    let mut part_shapes = vec![0u32; crate::fold::SHAPES];
    for (p, person) in persons.iter().enumerate() {
        for part in significant(&person.parts) {
            if part.len() >= 3 {
                part_index.entry(part.clone()).or_default().push(p as u32);
                part_shapes[crate::fold::shape_index(part.as_bytes())] |= 1 << part.len().min(31);
            }
        }
    }
    let mut blocked = covered;
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
        if blocked[k] || t.kind != crate::TokenKind::Word || !t.is_capitalized() {
            k += 1;
            continue;
        }
        if part_index.is_empty() {
            break;
        }
        // "Andi Nursami", "La Fala": a weak first part before a strong one.
        let lookup = |i: usize| {
            let t = tokens.get(i)?;
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
            while end + 1 < tokens.len() && !blocked[end + 1] && has_part(end + 1) {
                end += 1;
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
        match best {
            Some((p, end)) if !ambiguous => {
                let template = first_mention.get(&p).map(|&n| found[n].clone());
                if let Some(template) = template {
                    bare.push(OfficialMention {
                        first: k,
                        last: end,
                        span: Span::new(t.span.start, tokens[end].span.end),
                        title_span: None,
                        honorifics: Vec::new(),
                        rank: None,
                        degrees: Vec::new(),
                        ..template
                    });
                }
                k = end + 1;
            }
            _ => k += 1,
        }
    }
    let mut all = found;
    all.extend(bare);
    all.sort_by_key(|m| m.first);

    // 4. Coreference: later mentions inherit what they do not state.
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
    infer_jurisdictions(doc, engine, regions, &mut all);
    // Renumber people by first appearance.
    let mut ids: FastMap<u32, u32> = FastMap::default();
    for m in &mut all {
        let next = ids.len() as u32;
        m.person = *ids.entry(m.person).or_insert(next);
    }
    all
}

/// For mentions whose title names no region: the region the same office
/// is stated for elsewhere in the text, else the dateline's region at the
/// office's level. Marked inferred.
fn infer_jurisdictions(
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
