//! A title as written: the lexicon's title or a role composed with the body
//! after it, its status words, and its complement (region, unit, body).

use crate::entity::Status;
use crate::fold::ascii_lower;
use crate::gazetteer::{Level, Scope};
use crate::titles::AffixKind;

use super::{Finder, WordSet};

/// A title written in the text, with its status words and complement.
#[derive(Clone, Debug)]
pub(super) struct TitleOcc {
    /// First token, status words included.
    pub(super) first: usize,
    /// Last token of the title and its complement.
    pub(super) last: usize,
    pub(super) canonical: String,
    pub(super) category: &'static str,
    pub(super) scope: Scope,
    pub(super) status: Option<Status>,
    pub(super) region: Option<u32>,
    /// The complement names a place (resolved or not).
    pub(super) place: bool,
}

impl TitleOcc {
    /// A title from the lexicon written over tokens `first..=last`.
    pub(super) fn of(
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

/// Words before a title that make it a building ("Kantor Bupati Morut",
/// "Rujab Wali Kota"), not an office holder.
pub(super) const BUILDING_BEFORE: &[&str] = &[
    "kantor", "rujab", "rumah", "gedung", "aula", "pendopo", "pendapa", "istana", "ruang",
    "ruangan", "wisma", "mess", "halaman", "lapangan", "jalan", "jl.", "jln.", "jl", "jln",
    "lorong",
];

/// Words before a title that make it generic ("para bupati").
pub(super) const GENERIC_BEFORE: WordSet = WordSet::new(&[
    "para", "seluruh", "semua", "setiap", "tiap", "se", "sejumlah", "beberapa",
]);

/// Words before a title that make the person named in apposition a relative
/// or aide of the holder: "Istri Wali Kota, Nurul Aini" is the wife, while
/// "putri Presiden Jokowi" still names the president.
pub(super) const RELATIVE_BEFORE: WordSet = WordSet::new(&[
    "istri", "suami", "anak", "putra", "putri", "ayah", "ibunda", "ayahanda", "adik", "kakak",
    "ajudan", "keluarga", "menantu", "cucu",
]);

/// A title composed from a role and what follows it, before the lexicon
/// normalises it: canonical form as composed, last token, region, the
/// body's category, scope.
type ComposedParts = (String, usize, Option<u32>, Option<&'static str>, Scope);

/// The religions that qualify the units of the Ministry of Religious
/// Affairs ("Bimas Islam", "Pembimbing Masyarakat Kristen").
const RELIGIONS: &[&str] = &[
    "Islam", "Kristen", "Katolik", "Hindu", "Buddha", "Budha", "Konghucu",
];

impl<'a, 't> Finder<'a, 't> {
    /// A status word (or two: "Mantan Pj") ending right before `i`.
    pub(super) fn status_before(&self, i: usize) -> (usize, Option<Status>, bool) {
        let mut first = i;
        let mut status = None;
        let mut candidate = false;
        'outer: for _ in 0..2 {
            // "Penjabat (Pj) Bupati": the status's short form in
            // parentheses between it and the title.
            let short_form_before = first >= 4
                && self.text(first - 1) == ")"
                && self.text(first - 3) == "("
                && self.affix(first - 2).is_some();
            for back in 1..=5 {
                let Some(start) = first.checked_sub(back) else {
                    break;
                };
                if let Some((hit, kind)) = self.affix(start) {
                    let adjacent =
                        hit.last + 1 == first || short_form_before && hit.last + 4 == first;
                    if !adjacent {
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

    /// Whether the title at `i` is the second of a candidate pair: "Calon
    /// Bupati dan Wakil Bupati Majene A-B" names candidates for both.
    pub(super) fn pair_of_candidates(&self, i: usize) -> bool {
        if i < 2 || !self.is(i - 1, "dan") {
            return false;
        }
        (i.saturating_sub(6)..i - 1).any(|s| {
            self.lk.title(s).is_some_and(|(hit, _)| hit.last + 2 == i) && self.status_before(s).2
        })
    }

    /// The title starting at token `i`, with its complement.
    pub(super) fn title_at(&self, i: usize) -> Option<TitleOcc> {
        let titles = &self.engine.titles;
        let mut buf = [0u8; 16];
        let mut building = false;
        if let Some(prev) = i.checked_sub(1) {
            if let Some(word) = ascii_lower(self.text(prev), &mut buf) {
                building = BUILDING_BEFORE.contains(&word)
                    || matches!(word, "jabatan" | "dinas")
                        && self.is(prev.wrapping_sub(1), "rumah");
                // "se" as written ("se Sulteng"), not the degree "SE".
                let degree = self.text(prev) == "SE";
                if GENERIC_BEFORE.contains(word) && !degree
                    || (word == "-" && self.text(prev.wrapping_sub(1)) == "se")
                {
                    return None;
                }
            }
        }
        if self.in_credit(i) {
            return None;
        }
        // "dihadiri bupati Bupati Frans Manery": a title written twice;
        // the second one binds.
        let wordlike = self.doc.tokens.get(i).is_some_and(|t| t.is_wordlike());
        if wordlike && self.text(i + 1).eq_ignore_ascii_case(self.text(i)) {
            return None;
        }
        let title = self.lk.title(i);
        let role = self.lk.role(i);
        // "Inspektur Jenderal Polisi Hamidin": a spelled-out rank, longer
        // than the title its first word also is.
        if let Some((rank, AffixKind::Rank)) = self.affix(i) {
            let longest_title = title
                .map_or(i, |(h, _)| h.last)
                .max(role.map_or(i, |(h, _)| h.last));
            if rank.last > longest_title {
                return None;
            }
        }
        let mut occ = None;
        if let Some((hit, t)) = title {
            let title = titles.title(t);
            occ = Some(TitleOcc::of(i, hit.last, title, None));
            // "Wakil Menteri Perumahan dan Kawasan Permukiman": a deputy of
            // an office the lexicon lists only for its head.
            let deputy = i > 0
                && self.is(i - 1, "wakil")
                && !title.canonical().starts_with("Wakil")
                && self.lk.title(i - 1).is_none()
                && self.lk.role(i - 1).is_none_or(|(h, _)| h.last < i);
            if let Some(o) = occ.as_mut().filter(|_| deputy) {
                o.first = i - 1;
                o.canonical = format!("Wakil {}", o.canonical);
            }
            // "Wakil Ketua II DPRD", "Ketua Komisi B DPRD": numerals and
            // letters of deputies and commissions are not part of the title.
            if self.is_ordinal(hit.last + 1) && !title.canonical().starts_with("Asisten") {
                if let Some(longer) = self.title_past_inserts(i) {
                    occ = Some(longer);
                }
            }
        }
        // "Kepala Sub Bagian Humas Polres": a role right after another is
        // that one's field, not a title of its own; so is a field's short
        // form joined to another field ("Kepala Biro Pemerintahan dan Humas").
        let role_right_before = (i.saturating_sub(3)..i)
            .any(|s| self.lk.role(s).is_some_and(|(hit, _)| hit.last + 1 == i));
        let after_role = role_right_before
            || self.is(i.wrapping_sub(1), "dan")
                && titles.field(self.text(i)).is_some()
                && (i.saturating_sub(6)..i.saturating_sub(2))
                    .any(|s| self.lk.role(s).is_some_and(|(hit, _)| hit.last + 2 < i));
        if let Some((hit, role)) = role.filter(|_| !after_role) {
            if let Some(composed) = self.compose(i, hit.last, role, occ.is_none()) {
                // "Kepala Kemenag Kabupaten Banggai": the lexicon's title
                // names the body, and the composed one only adds its region
                // (or a hospital's own name: "Direktur RSUD MM Dunda"), so
                // the lexicon's canonical form stays.
                let only_extends = |o: &TitleOcc| {
                    let mut k = o.last + 1;
                    if self.doc.level_word(k).is_some() && self.region_mention(k).is_none() {
                        k += 1;
                    }
                    let region_only = self
                        .region_mention(k)
                        .is_some_and(|m| m.last == composed.last);
                    self.names_hospital(o.last)
                        || region_only && titles.by_canonical(&composed.canonical).is_none()
                };
                match occ.as_mut() {
                    Some(o) if composed.last > o.last && only_extends(o) => {
                        o.last = composed.last;
                        o.region = composed.region.or(o.region);
                    }
                    Some(o) if composed.last <= o.last => {}
                    _ => occ = Some(composed),
                }
            }
        }
        // "Wakil Wali (Wawali) Kota Palu": a title whose first words make
        // no title or role alone, interrupted by its short form.
        if occ.is_none() && title.is_none() && role.is_none() {
            let open = (i + 1..=i + 2).find(|&p| self.text(p) == "(" && self.text(p + 2) == ")");
            if let Some(open) = open {
                occ = self.title_past_inserts(i).filter(|t| t.last > open + 2);
                // "… Kota Palu": the region read from the title's last word.
                if let Some(o) = occ.as_mut() {
                    if let Some(m) = self.region_mention(o.last).filter(|m| m.last > o.last) {
                        o.region = m.region;
                        o.last = m.last;
                    }
                }
            }
        }
        // "Kepala seksi (Kasi) Pidana Khusus (Pidsus) Kejari …": a short
        // form in parentheses inside the title.
        let written_end = occ
            .as_ref()
            .map(|o| o.last)
            .or(role.map(|r| r.0.last))
            .or(title.map(|t| t.0.last));
        if let Some(end) = written_end {
            let inside = self.text(end + 1) == "(" && self.text(end + 3) == ")"
                || self.text(end + 1) == "sementara"
                || self
                    .doc
                    .tokens
                    .get(end + 1)
                    .is_some_and(|t| t.kind == crate::TokenKind::Number && t.text.len() <= 2);
            if inside {
                if let Some(mut longer) = self.title_past_inserts(i) {
                    if longer.last > end + 1 && occ.as_ref().is_none_or(|o| longer.last > o.last) {
                        if (i..=longer.last).any(|j| self.text(j) == "sementara") {
                            longer.status = Some(Status::Acting);
                        }
                        occ = Some(longer);
                    }
                }
            }
        }
        if occ.is_none() && role.is_some() && self.is_ordinal(role.map_or(0, |r| r.0.last) + 1) {
            let role_last = role.map_or(i, |r| r.0.last);
            occ = self
                .title_past_inserts(i)
                .or_else(|| self.title_of_earlier_body(i, role_last, role_last + 1));
        }
        // "Bawaslu Minsel, masing-masing Ketua Eva Lontoh dan Anggota
        // Frans Sumual": bare roles in a list of a body's members.
        if let Some((hit, r)) = role.filter(|_| occ.is_none()) {
            if r.head.is_none() && self.in_members_list(i, hit.last) {
                occ = self.member_of_earlier_body(i, hit.last, r);
            }
        }
        // "Rapat Paripurna DPRD X dipimpin oleh Wakil Ketua H. A": a bare
        // role before an honorific-led name, titled by the body named
        // just before it in the sentence.
        if let Some((hit, _)) = role.filter(|_| occ.is_none()) {
            let honorific_next =
                matches!(self.affix(hit.last + 1), Some((_, AffixKind::Honorific)));
            if honorific_next && self.body_earlier_in_sentence(i) {
                occ = self.title_of_earlier_body(i, hit.last, hit.last);
            }
        }
        let mut occ = occ?;
        // A lowercase title ("kata bupati Delis") is fine: the name after it
        // must be capitalised.
        let (first, status, candidate) = self.status_before(i);
        if candidate || self.pair_of_candidates(i) {
            return None;
        }
        occ.first = first;
        occ.status = status.or(occ.status);
        let written_last = occ.last;
        // "Rektor Unhas": a state university's rector holds a public office
        // (a private one's does not).
        if occ.category == "education" {
            let state_university = self
                .org_mention(occ.last + 1)
                .filter(|o| o.category == "university")
                .and_then(|o| self.lk.body(o.first))
                .is_some_and(|(_, b)| self.engine.organizations.body(b).scope == Scope::National);
            if state_university {
                occ.category = "civil_service";
            }
        }
        self.complement(&mut occ);
        // A bare "Asisten" is the secretariat's only with its field or
        // secretariat written after it ("Asisten Kesejahteraan Rakyat",
        // "Assisten Administrasi Umum Setda"); "Asisten Rina" is anyone's,
        // and "Kepala Asisten Pencegahan" a role's field.
        if written_last == i
            && self.is_bare_assistant(i)
            && (role_right_before || !self.secretariat_field(i + 1, occ.last))
        {
            return None;
        }
        // "Kantor Bupati Morut" is a building; "Rumah Wakapolda Sulut Brigjen
        // Pol X" still names the office's holder, known as a person by a
        // rank or honorific (not "Kantor Bupati Lutra Jl Simpurusiang").
        if building {
            let named = self
                .name_at(occ.last + 1)
                .is_some_and(|n| n.rank.is_some() || !n.honorifics.is_empty());
            if !named {
                return None;
            }
        }
        let first = occ.first;
        default_parent(&mut occ, || self.office_named_before(first));
        Some(occ)
    }

    /// The last word of a field joined to a title by "dan" at `k`
    /// and closed by a comma: "dan Persandian," "dan Perlindungan Anak,".
    /// Its words are dictionary words, not a name.
    pub(super) fn joined_field(&self, k: usize) -> Option<usize> {
        if !self.is(k, "dan") {
            return None;
        }
        let field_word = |j: usize| {
            self.doc.tokens.get(j).is_some_and(|t| {
                t.kind == crate::TokenKind::Word && t.is_capitalized() && self.is_field_word(t.text)
            })
        };
        let mut last = None;
        let mut j = k + 1;
        while j < k + 4 && field_word(j) {
            last = Some(j);
            j += 1;
        }
        last.filter(|&l| self.text(l + 1) == ",")
    }

    /// Whether a word reads as a word of an office's field, not of a name:
    /// a common word, a derived noun ("Pertanian") or a field's short form.
    fn is_field_word(&self, word: &str) -> bool {
        super::super::is_common_word(word)
            || super::super::looks_derived_noun(word)
            || self.engine.titles.field(word).is_some()
            || self.engine.titles.is_field_word(word)
    }

    /// The long name of a ministry's regional office ("Kantor Wilayah
    /// Kementerian Agama") named before token `i` with no regional
    /// government named since.
    fn office_named_before(&self, i: usize) -> Option<String> {
        let before = self.orgs.partition_point(|o| o.last < i);
        for org in self.orgs[..before].iter().rev() {
            // A regional government named since: the Bagian is its own.
            if org.base.starts_with("Pemerintah") || org.base.starts_with("Sekretariat") {
                return None;
            }
            if org.category != "ministry" {
                continue;
            }
            if org.base.starts_with("Kantor ") {
                return Some(org.base.clone());
            }
            // "Kakanwil Kemenag Sulbar": the office is in the title.
            let head = org.first.checked_sub(1).map_or("", |p| self.text(p));
            if ["kakanwil", "kanwil"]
                .iter()
                .any(|w| head.eq_ignore_ascii_case(w))
            {
                return Some(format!("Kantor Wilayah {}", org.base));
            }
        }
        None
    }

    /// Whether the word at `k` is "Asisten" alone, spelt either way.
    fn is_bare_assistant(&self, k: usize) -> bool {
        self.is(k, "asisten") || self.is(k, "assisten")
    }

    /// Whether tokens `from..=to` hold a regional secretariat's field or
    /// the secretariat itself ("Kesejahteraan Rakyat", "Setda").
    fn secretariat_field(&self, from: usize, to: usize) -> bool {
        const FIELDS: &[&str] = &[
            "pemerintahan",
            "pemerintah",
            "kesejahteraan",
            "kesra",
            "perekonomian",
            "ekonomi",
            "pembangunan",
            "administrasi",
            "umum",
            "pembinaan",
            "setda",
            "sekretariat",
            "sekertariat",
            "setdakab",
            "setdakot",
            "setdaprov",
            "setprov",
            "sekda",
        ];
        (from..=to).any(|j| FIELDS.iter().any(|w| self.is(j, w)))
    }

    /// Whether the word at `k` names a hospital ("RSUD", "Rumah Sakit").
    pub(super) fn names_hospital(&self, k: usize) -> bool {
        super::super::is_hospital_word(self.text(k))
            || self.text(k) == "Daerah" && self.is(k.wrapping_sub(2), "sakit")
    }

    /// Looks up the title written from `i` with what may be inserted in it
    /// dropped: ordinals ("Wakil Ketua II DPRD"), short forms in
    /// parentheses ("Kepala Seksi (Kasi) Pidana Khusus"), a unit's number
    /// ("Komisi 1") and "sementara".
    pub(super) fn title_past_inserts(&self, i: usize) -> Option<TitleOcc> {
        let titles = &self.engine.titles;
        let mut words: Vec<&str> = Vec::new();
        let mut best = None;
        let mut k = i;
        while k < self.doc.tokens.len() && k < i + 14 {
            // "Kepala Seksi (Kasi) Pidana Khusus (Pidsus) Kejari": short
            // forms in parentheses inside the title.
            if k > i && self.text(k) == "(" && self.text(k + 2) == ")" {
                k += 3;
                continue;
            }
            // "Kepala Seksi bidang Pidana Khusus": a lower-case "bidang"
            // before the field adds no word to the title.
            if k > i && self.past_bidang(k) > k {
                k += 1;
                continue;
            }
            // "Ketua sementara DPRD", "Ketua Komisi 1 DPRD": an acting
            // word or a unit's number inside the title.
            let number =
                self.doc.tokens[k].kind == crate::TokenKind::Number && self.text(k).len() <= 2;
            if k > i && (number || self.text(k) == "sementara") {
                k += 1;
                continue;
            }
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

    /// A numbered deputy whose body is not written but was mentioned
    /// earlier: "Wakil Ketua II Yosef Lembah" after "DPRD Poso" is "Wakil
    /// Ketua DPRD". The role's words and the body's name must make a known
    /// title; the nearest earlier body that does wins. The title ends at the
    /// numeral.
    fn title_of_earlier_body(&self, i: usize, role_last: usize, last: usize) -> Option<TitleOcc> {
        const LOOK_BACK: usize = 8;
        let titles = &self.engine.titles;
        let role_words =
            &self.doc.text[self.doc.tokens[i].span.start..self.doc.tokens[role_last].span.end];
        let before = self.orgs.partition_point(|o| o.last < i);
        self.orgs[..before]
            .iter()
            .rev()
            .take(LOOK_BACK)
            .find_map(|org| titles.title_form(&format!("{role_words} {}", org.base)))
            .map(|t| TitleOcc::of(i, last, titles.title(t), None))
    }

    /// Whether a capitalised role at `i` follows a body and its region
    /// directly: "Panwaslu Kabupaten Minahasa Ketua Donny Lumi".
    fn role_after_body(&self, i: usize) -> bool {
        let capitalised = self.doc.tokens[i].is_capitalized();
        let before = self.orgs.partition_point(|o| o.last < i);
        let Some(org) = before.checked_sub(1).map(|b| &self.orgs[b]) else {
            return false;
        };
        let mut k = org.last + 1;
        let mut region_written = org.region.is_some();
        while k < i {
            match self.region_mention(k) {
                Some(m) => {
                    region_written = true;
                    k = m.last + 1
                }
                None if self.doc.level_word(k).is_some() || self.text(k) == ")" => k += 1,
                None => return false,
            }
        }
        // The body is named with its region ("KPU Poso Ketua …"), not a
        // bare task force ("Satgas Ketua Puslatda …").
        capitalised && region_written && k == i && !self.doc.line_break_before(i)
    }

    /// Whether the role written over `i..=role_last` names one of a body's
    /// members in a list: after or before "masing-masing", or after "dan"
    /// or a comma in a list that "masing-masing" opened.
    fn in_members_list(&self, i: usize, role_last: usize) -> bool {
        let Some(prev) = i.checked_sub(1) else {
            return false;
        };
        let sentence = self.doc.sentence_of(i);
        // "ditetapkan A (Ketua) dan B (Wakil Ketua)": a member's role in
        // parentheses after his name.
        let listed = self.is_one_of(prev, &["dan", "dengan"])
            || self.text(prev) == ","
            || self.text(prev) == "(" && self.text(role_last + 1) == ")";
        // "Ketua Komisi I dijabat A (PDIP), Wakil Ketua B (Golkar), dan
        // Sekretaris C": a capitalised member role listed after a body
        // named earlier in the sentence.
        // An acronym after it names another body ("dan Ketua APDESI").
        let acronym_after = self
            .doc
            .tokens
            .get(role_last + 1)
            .is_some_and(|t| t.text.len() > 1 && t.is_all_caps());
        // A lower-case role in a list names a member when a name follows
        // it: "Fraksi PDIP, dengan ketua A, wakil ketua B, dan sekretaris C".
        let name_after = self
            .doc
            .tokens
            .get(role_last + 1)
            .is_some_and(|t| t.is_capitalized() && t.is_wordlike());
        // "didampingi tiga wakil ketua A, B dan C": a number of members.
        let counted = self.is_in(prev, &super::lists::NUMBER_WORDS);
        let lead = if counted { prev.wrapping_sub(1) } else { prev };
        // "Ketua DPRD Minut X didampingi Wakil Ketua Y": a deputy or
        // secretary accompanying the head of a body named before.
        let accompanied = self.is_one_of(lead, &["didampingi", "bersama"])
            || self.is(lead, "oleh") && self.is(lead.wrapping_sub(1), "didampingi");
        let member_role = (self.doc.tokens[i].is_capitalized()
            || (listed || counted || accompanied) && name_after)
            && !acronym_after
            && (i..=role_last).all(|j| self.is_one_of(j, MEMBER_ROLE_WORDS));
        let body_before = || self.body_earlier_in_sentence(i);
        let companion = accompanied && self.is_one_of(i, &["wakil", "sekretaris"]);
        self.next_to_each(i, role_last)
            || self.role_after_body(i)
            || companion && member_role && body_before()
            || listed
                && (i.saturating_sub(10)..prev)
                    .any(|j| self.is(j, EACH) && self.doc.sentence_of(j) == sentence)
            || listed && member_role && body_before()
    }

    /// Whether the nearest body named before token `i` is in `i`'s sentence.
    fn body_earlier_in_sentence(&self, i: usize) -> bool {
        let sentence = self.doc.sentence_of(i);
        self.orgs
            .partition_point(|o| o.last < i)
            .checked_sub(1)
            .is_some_and(|b| self.doc.sentence_of(self.orgs[b].first) == sentence)
    }

    /// The token after a lower-case "bidang" at `k` that only introduces
    /// a capitalised field ("Kepala Seksi bidang Pidana Khusus"); `k`
    /// otherwise.
    fn past_bidang(&self, k: usize) -> usize {
        if self.text(k) == "bidang" && self.doc.is_capitalized_word(k + 1) {
            k + 1
        } else {
            k
        }
    }

    /// Adds a police or military unit's name to a section head's title
    /// ("Kepala Urusan Pembinaan Operasional" + "Satuan Reserse Narkoba"):
    /// a unit of many (no single body) of the office's own service.
    pub(super) fn add_unit(&self, occ: &mut TitleOcc, unit: &crate::organizations::Body) -> bool {
        let fits = !unit.unique && unit.category == occ.category;
        if fits && !occ.canonical.contains(&*unit.name) {
            occ.canonical = format!("{} {}", occ.canonical, unit.name);
        }
        fits
    }

    /// Whether "masing-masing" comes right before or after the role over
    /// `i..=role_last`.
    fn next_to_each(&self, i: usize, role_last: usize) -> bool {
        self.is(i.wrapping_sub(1), EACH) || self.is(role_last + 1, EACH)
    }

    /// The title a role makes with a body's form written bare at `k` (no
    /// region, so no organisation mention): the lexicon's title when the
    /// two spell one ("Waka" + "Polres"), else the role with the body's long
    /// form when a fused role's head starts it ("Kadis" + "Dikmudora" →
    /// "Kepala Dinas Pendidikan, Pemuda dan Olahraga").
    fn role_and_bare_body(
        &self,
        i: usize,
        role: &crate::titles::Role,
        k: usize,
    ) -> Option<TitleOcc> {
        let (hit, b) = self.lk.body(k)?;
        let body = self.engine.organizations.body(b);
        let titles = &self.engine.titles;
        let spelled = format!("{} {}", role.role, body.name);
        if let Some(t) = titles.title_form(&spelled) {
            return Some(TitleOcc::of(i, hit.last, titles.title(t), None));
        }
        let head = role.head.as_deref()?;
        body.name.starts_with(head).then(|| TitleOcc {
            first: i,
            last: hit.last,
            canonical: spelled,
            category: category_of(Some(body.category), role),
            scope: Scope::Regional,
            status: None,
            region: None,
            place: false,
        })
    }

    /// A role plus the body written after it: "Kepala" + "Dinas Kesehatan
    /// Provinsi Sulteng", "Kadis" + "Kesehatan". "Wakil Ketua Sementara
    /// DPRD X": an interim holder's word between role and body makes the
    /// office acting.
    pub(super) fn compose(
        &self,
        i: usize,
        role_last: usize,
        role: &crate::titles::Role,
        fused_words: bool,
    ) -> Option<TitleOcc> {
        if self.is(role_last + 1, "sementara") && self.lk.starts_body_or_head(role_last + 2) {
            let mut occ = self.compose_role(i, role_last + 1, role, fused_words)?;
            occ.status = occ.status.or(Some(Status::Acting));
            return Some(occ);
        }
        self.compose_role(i, role_last, role, fused_words)
    }

    fn compose_role(
        &self,
        i: usize,
        role_last: usize,
        role: &crate::titles::Role,
        fused_words: bool,
    ) -> Option<TitleOcc> {
        let titles = &self.engine.titles;
        let mut k = role_last + 1;
        // "Wakil Ketua-III DPRD": the number after a hyphen.
        if self.text(k) == "-"
            && self.is_ordinal(k + 1)
            && self.doc.tokens[k].span.start == self.doc.tokens[k - 1].span.end
        {
            k += 1;
        }
        while self.is_ordinal(k) && self.org_mention(k).is_none() {
            k += 1;
        }
        // "Kanit 2 Sat Reskrim": a fused role's unit number.
        let unit_number = role.head.is_some()
            && k == role_last + 1
            && self
                .doc
                .tokens
                .get(k)
                .is_some_and(|t| t.kind == crate::TokenKind::Number && t.text.len() <= 2);
        if unit_number {
            k += 1;
        }
        k = self.past_bidang(k);
        // "Kepala Subbidang (Kasubbid) Penmas": the role's short form in
        // parentheses before the field. "Kepala Satuan (Kasat) Reskrim":
        // a short form that implies a head noun lends it to a role that
        // has none.
        let mut role = role;
        if self.text(k) == "(" && self.text(k + 2) == ")" {
            if let Some((_, short)) = self.lk.role(k + 1) {
                if role.head.is_none() && short.head.is_some() {
                    role = short;
                }
                k += 3;
            }
        }
        // "Ka. Desa Kuo": a role before a level word makes the title the
        // lexicon spells with it ("Kepala Desa"); the place is read after.
        let abbreviated = self.text(role_last) == "." || self.text(i).ends_with('.');
        if abbreviated && self.doc.level_word(k).is_some() {
            let spelled = format!("{} {}", role.role, self.text(k));
            if let Some(t) = titles.title_form(&spelled) {
                return Some(TitleOcc::of(i, k, titles.title(t), None));
            }
        }
        // The body may start inside the role: "Kepala Dinas" + "Dinas
        // Komunikasi, Informatika, Persandian dan Statistik".
        // Not a unit's head noun after "Sub" ("Kepala Sub Bagian Umum" is
        // the head of a Subbagian, not of the Bagian Umum).
        let org = self.org_mention(k).or_else(|| {
            (i + 1..=role_last)
                .find_map(|j| self.org_mention(j).filter(|_| !self.is(j - 1, "sub")))
                .filter(|o| o.last > role_last)
        });
        // "Kepala SMA Negeri 6 Kendari": a school's head is its Kepala
        // Sekolah (Kepala Madrasah for an Islamic school).
        if let Some(org) = org.filter(|_| &*role.role == "Kepala") {
            let first_word = super::words(&org.base).next().unwrap_or("");
            let school = match first_word {
                "SD" | "SDN" | "SMP" | "SMPN" | "SMA" | "SMAN" | "SMK" | "SMKN" | "Sekolah" => {
                    Some("Kepala Sekolah")
                }
                "MI" | "MIN" | "MTs" | "MTsN" | "MA" | "MAN" | "Madrasah" => {
                    Some("Kepala Madrasah")
                }
                _ => None,
            };
            if let Some(t) = school.and_then(|c| titles.by_canonical(c)) {
                return Some(TitleOcc::of(i, org.last, titles.title(t), org.region));
            }
        }
        let (canonical, last, region, org_category, scope) = if let Some(org) = org {
            let mut parts = self.composed_with_body(i, role_last, role, org);
            // "Ketua Badan Pemenangan Pemilu (Bappilu) Partai Gerindra
            // Sulteng": a party's organ, named before its party.
            let party_organ = org.category == "community" && org.name.contains("Partai ");
            if party_organ || self.party_after(org.last) {
                parts.3 = Some("community");
            }
            parts
        } else if let Some(occ) = self.role_and_bare_body(i, role, k) {
            // "Waka Polres Kompol Ramli", "Kadis Dikmudora": a unit named
            // without its region.
            return Some(occ);
        } else if let Some((last, t)) = role
            .head
            .as_ref()
            .filter(|_| fused_words)
            .and_then(|head| self.known_field_title(&role.role, head, k))
        {
            // "Kadis Pemberdayaan Masyarakat dan Desa": the longest field
            // that makes a known title with the role spelled out.
            return Some(TitleOcc::of(i, last, titles.title(t), None));
        } else if let Some(head) = role.head.as_ref().filter(|_| fused_words) {
            self.fused_field_title(role, head, k)?
        } else if let Some(t) = (role.head.is_none() && fused_words)
            .then(|| self.head_implied_title(&role.role, k))
            .flatten()
        {
            // "Kepala ESDM Kaltim": the head noun left out ("Kepala Dinas
            // ESDM").
            return Some(TitleOcc::of(i, k, titles.title(t), None));
        } else if role.head.is_none()
            && fused_words
            && crate::titles::is_public_office(role.category)
            && self.is_unknown_acronym(k)
        {
            // "Kepala BKPP Poso": a body the lexicon lacks, written as an
            // acronym; the title keeps it as written, or spelled out when
            // it is a field's short form ("Kepala Dinas P3A").
            (
                format!("{} {}", role.role, self.spelled_field(k, k)),
                k,
                None,
                None,
                Scope::Regional,
            )
        } else if let Some(occ) = self.directorate_title(i, k, role) {
            return Some(occ);
        } else if let Some(occ) = fused_words
            .then(|| self.field_then_body(i, k, role))
            .flatten()
        {
            return Some(occ);
        } else {
            return None;
        };
        Some(self.normalised(
            i,
            role_last,
            role,
            (canonical, last, region, org_category, scope),
        ))
    }

    /// An office's field written after its title ("Staf Ahli Bidang
    /// Pembangunan", "Asisten Gubernur Bidang Perekonomian", "Asisten I
    /// Pemerintah dan Kesra"), read into it; the token after it.
    fn field_after_title(&self, occ: &mut TitleOcc, mut k: usize) -> usize {
        // "Staf Ahli Bidang Pembangunan, Ekonomi dan Keuangan, A", "Asisten
        // Bidang Intelijen Kejati Sultra B": the field after "Bidang" is
        // part of the title.
        if self.is(occ.last, "bidang") {
            if let Some(last) = self.field_words(k) {
                // "Asisten Bidang Intelijen" is "Asisten Intelijen", a title
                // of its own.
                let words = |from: usize, to: usize| -> Vec<&str> {
                    (from..=to).map(|j| self.text(j)).collect()
                };
                let mut without_bidang = words(occ.first, occ.last - 1);
                without_bidang.extend(words(k, last));
                let titles = &self.engine.titles;
                let known = titles
                    .title_form(&words(occ.first, last).join(" "))
                    .or_else(|| titles.title_form(&without_bidang.join(" ")));
                if let Some(t) = known {
                    let title = titles.title(t);
                    occ.canonical = title.canonical().to_string();
                    occ.category = title.category();
                    occ.scope = title.scope;
                }
                occ.last = last;
                k = last + 1;
            }
        }
        // "Staf Ahli Bupati Bidang Pemerintahan, Kemasyarakatan, dan SDM",
        // "Asisten Gubernur Bidang Perekonomian": an adviser's or
        // assistant's field written after the title.
        let assistant = occ.canonical.starts_with("Asisten");
        let adviser = assistant || occ.canonical.starts_with("Staf Ahli");
        if adviser && self.is(k, "bidang") {
            if let Some(last) = self.field_words(k + 1) {
                occ.last = last;
                k = last + 1;
            }
        } else if assistant && occ.region.is_none() && self.text(k) != "," {
            // "Asisten I Pemerintah dan Kesra": the field without "Bidang".
            if let Some(last) = self.field_words(k) {
                occ.last = last;
                k = last + 1;
            }
        } else if let Some((from, last)) = self.more_fields_of_body(occ, k) {
            // Spelled as written after the body's own field: "Kepala Dinas
            // Komunikasi dan Informatika, Statistik dan Persandian".
            let written =
                &self.doc.text[self.doc.tokens[from].span.start..self.doc.tokens[last].span.end];
            let comma = if from > k { "," } else { "" };
            occ.canonical = format!("{}{comma} {written}", occ.canonical);
            occ.last = last;
            k = last + 1;
        }
        k
    }

    /// The first and last token of the further fields a regional body's
    /// title lists after its short form, from `k`: "Kadis Kominfo,
    /// Statistik dan Persandian Kota Palu", "Kepala Dinas Kominfo Statistik
    /// dan Persandian". Only a list closed by "dan" counts, so a name after
    /// the comma is left alone.
    fn more_fields_of_body(&self, occ: &TitleOcc, k: usize) -> Option<(usize, usize)> {
        let of_body = ["Kepala Dinas ", "Kepala Badan "]
            .iter()
            .any(|head| occ.canonical.starts_with(head));
        // "Kadis Kominfo dan Persandian": one more field after "dan" is
        // composed with the title already.
        if !of_body || occ.region.is_some() || self.is(k, "dan") {
            return None;
        }
        let from = if self.text(k) == "," { k + 1 } else { k };
        let last = self.field_words(from)?;
        (last > from && self.is(last - 1, "dan")).then_some((from, last))
    }

    /// Reads what follows a title with no region yet, from `k`: a unit's
    /// number and name ("Danrem 132/Tadulako"; the title ends there, `None`),
    /// a numbered military unit's town, a body the title names, or a place
    /// that fits it; the token after what was read.
    fn unit_body_or_place_after(&self, occ: &mut TitleOcc, mut k: usize) -> Option<usize> {
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
                    // "Pangdam XIII/Merdeka Joko Prasetyo": a run of three
                    // words or more ends in its holder's two-word name, unless
                    // a short form in parentheses closes it ("142/Taro Ada
                    // Taro Gau (Tatag)").
                    if last >= k + 2
                        && self.text(last + 1) != "("
                        && self.name_at(last - 1).is_some_and(|n| n.last == last)
                    {
                        last -= 2;
                    }
                    occ.last = last;
                }
                None => occ.last = k - 1,
            }
            return None;
        }
        // "Dandim 1401 Majene": a unit's number, then its town.
        let numbered = self
            .doc
            .tokens
            .get(k)
            .is_some_and(|t| t.kind == crate::TokenKind::Number && t.text.len() >= 3);
        if numbered && occ.category == "military" {
            if let Some(m) = self.region_mention(k + 1) {
                occ.region = m.region;
                occ.place = true;
                occ.last = m.last;
                return None;
            }
            // "Dandim 1307 (Letkol Inf X)", "Dandim 1307, Letkol Inf X": the
            // unit's number alone, then its commander.
            let rank_at = |j: usize| matches!(self.affix(j), Some((_, AffixKind::Rank)));
            if rank_at(k + 1) || matches!(self.text(k + 1), "(" | ",") && rank_at(k + 2) {
                occ.last = k;
                return None;
            }
        }
        // A body that starts inside the title and runs past it:
        // "Kepala Balai Wilayah Sungai Sulawesi III".
        let covering = (occ.first..=occ.last)
            .rev()
            .filter_map(|j| self.org_mention(j))
            .find(|o| o.last > occ.last);
        if let Some(org) = self.org_mention(k).or(covering) {
            self.attach_body(occ, org);
            occ.region = org.region;
            occ.last = org.last;
            k = org.last + 1;
        } else {
            let start = if self.doc.level_word(k).is_some() && self.region_mention(k).is_none() {
                k + 1
            } else {
                k
            };
            if let Some(m) = self.region_mention(start) {
                let fits = m
                    .region
                    .is_none_or(|r| occ.scope.admits(self.gazetteer().region(r).level()));
                // A town below the title's level still names where the
                // office sits ("Ketua Pengadilan Negeri Luwuk"), and is
                // no person's name.
                // Only bodies that sit in towns (courts, police,
                // prosecutors, the military) are named by one; after
                // "Kaban Kesbang" a district's name that a name follows
                // is the holder's given name ("Dondo Mokoginta").
                let level = m.region.map(|r| self.gazetteer().region(r).level());
                let below_scope = level.is_some_and(|l| {
                    l >= Level::District && !occ.scope.admits(l) && occ.scope.admits(Level::Regency)
                });
                let name_right_after = || self.name_at(m.last + 1).is_some();
                let seated_body = matches!(
                    occ.category,
                    "judiciary" | "police" | "prosecution" | "military"
                );
                // A court's or a police post's town may be a village
                // of the gazetteer ("PN Watampone").
                let town =
                    level == Some(Level::District) || seated_body && level == Some(Level::Village);
                let seat = start == k
                    && town
                    && occ.scope.admits(Level::Regency)
                    && (seated_body || !name_right_after());
                // "Kepala Desa Towuti, Bapak Arsyad": a region that does
                // not fit the title but is followed by the holder's name
                // is still the place, not the name — unless it lies below
                // the title's level and the name follows without a comma.
                let name_follows = || {
                    let after = m.last + 1;
                    if self.text(after) == "," {
                        self.name_at(after + 1).is_some()
                    } else {
                        !below_scope && name_right_after()
                    }
                };
                if fits || seat || start == k && name_follows() {
                    occ.region = m.region;
                    occ.place = true;
                    occ.last = m.last;
                    k = m.last + 1;
                }
            }
        }
        Some(k)
    }

    /// The title `parts` composed from `i` to its last token: the lexicon's
    /// canonical form when it knows the title, else the composed words in
    /// title case.
    fn normalised(
        &self,
        i: usize,
        role_last: usize,
        role: &crate::titles::Role,
        parts: ComposedParts,
    ) -> TitleOcc {
        let titles = &self.engine.titles;
        let (canonical, last, region, org_category, scope) = parts;
        // A composed title the lexicon knows takes the lexicon's canonical
        // form ("Kepala Kepolisian Resor" for "Kepala Polres"); numerals of
        // commissions are dropped ("anggota Komisi XIII DPR RI" → "Anggota
        // Komisi DPR RI" → "Anggota DPR RI").
        let without_numerals = || {
            let mut form = String::with_capacity(canonical.len());
            for j in (i..=last).filter(|&j| j <= role_last || !self.is_ordinal(j)) {
                if !form.is_empty() {
                    form.push(' ');
                }
                form.push_str(self.text(j));
            }
            titles.title_form(&form)
        };
        // "Ketua Komisi B Dewan Perwakilan Rakyat Daerah" → "Ketua Komisi
        // Dewan Perwakilan Rakyat Daerah", a form of "Ketua Komisi DPRD".
        // Without a label the form is the canonical one, already asked.
        let without_labels = || {
            if !super::words(&canonical).any(is_unit_label) {
                return None;
            }
            let words: Vec<&str> = super::words(&canonical)
                .filter(|w| !is_unit_label(w))
                .collect();
            titles.title_form(&words.join(" "))
        };
        // "Komandan Komando Resor Militer 132/Tadulako" → "Komandan Komando
        // Resor Militer": a unit's designation is no part of its head's
        // title.
        // The words before the first with a digit are the text before it,
        // less the space: no vector, no joined copy.
        let without_designation = || {
            let mut at: usize = 0;
            for w in super::words(&canonical) {
                // "132/Tadulako", "XIV/Hasanuddin": a number, Arabic or Roman.
                let roman = w
                    .split('/')
                    .next()
                    .is_some_and(super::name::is_roman_numeral);
                if w.bytes().any(|b| b.is_ascii_digit()) || roman {
                    return titles.title_form(&canonical[..at.saturating_sub(1)]);
                }
                at += w.len() + 1;
            }
            None
        };
        if let Some(t) = titles
            .by_canonical(&canonical)
            .or_else(|| titles.title_form(&canonical))
            .or_else(without_numerals)
            .or_else(without_labels)
            .or_else(without_designation)
        {
            let title = titles.title(t);
            return TitleOcc::of(i, last, title, region);
        }
        TitleOcc {
            first: i,
            last,
            canonical: title_cased(&canonical),
            category: category_of(org_category, role),
            scope,
            status: None,
            region,
            place: false,
        }
    }

    /// The title a role makes with the body written after it (or starting
    /// inside it): the role's words, the head noun a fused role implies,
    /// then the body's name with its field short forms spelled out.
    fn composed_with_body(
        &self,
        i: usize,
        role_last: usize,
        role: &crate::titles::Role,
        org: &super::OrgMention,
    ) -> ComposedParts {
        let spelled = self.spelled_body_name(&org.base);
        let base = match &role.head {
            Some(head) if !spelled.starts_with(&**head) => format!("{head} {spelled}"),
            _ => spelled,
        };
        // A body starting inside the role shares its words: keep the
        // role's words before the body ("Kepala" of "Kepala Dinas").
        let role_words = if org.first <= role_last {
            &self.doc.text[self.doc.tokens[i].span.start..self.doc.tokens[org.first - 1].span.end]
        } else {
            &*role.role
        };
        // "Kepala kantor Perwakilan BI": the role's last word is the body's
        // head noun, written once.
        let role_words = match (role_words.rsplit_once(' '), super::words(&base).next()) {
            (Some((before, last)), Some(head)) if last.eq_ignore_ascii_case(head) => before,
            _ => role_words,
        };
        // "Kepala Dinas Kominfo": a ministry's short form after a
        // regional head noun names the office's field ("Dinas Komunikasi
        // dan Informatika").
        let regional_head = role
            .head
            .as_deref()
            .or_else(|| super::words(&role.role).nth(1));
        let base = match regional_head {
            Some(head @ ("Dinas" | "Badan")) if org.category == "ministry" => {
                let field = org.base.strip_prefix("Kementerian ").unwrap_or(&org.base);
                super::spaced(&[head, field])
            }
            _ => base,
        };
        (
            super::spaced(&[role_words, &base]),
            org.last,
            org.region,
            Some(org.category),
            Scope::Regional,
        )
    }

    /// A body's name as a title writes it, its field short forms spelled
    /// out: "Biro Pemerintahan dan Humas" → "… dan Hubungan Masyarakat",
    /// "Dinas SDA" → "Dinas Sumber Daya Air" (the head's own reading),
    /// "Dinas DPMD" → the body that acronym names under the same head.
    pub(super) fn spelled_body_name(&self, base: &str) -> String {
        let titles = &self.engine.titles;
        // Joined by hand: no vector of words.
        let mut spelled = String::with_capacity(base.len() + 16);
        let base_head = super::words(base).next().unwrap_or("");
        for (n, w) in super::words(base).enumerate() {
            if n > 0 {
                spelled.push(' ');
            }
            spelled.push_str(titles.field_under(base_head, w).unwrap_or(w));
        }
        let orgs = &self.engine.organizations;
        let first_space = spelled.bytes().position(|b| b == b' ');
        let named = match first_space.map(|at| (&spelled[..at], &spelled[at + 1..])) {
            Some((head, acronym)) if acronym.bytes().all(|b| b.is_ascii_uppercase()) => orgs
                .body_form(acronym)
                .map(|b| &*orgs.body(b).name)
                .filter(|name| name.starts_with(head) && name.len() > head.len()),
            _ => None,
        };
        named.map_or(spelled, str::to_string)
    }

    /// The title a fused role ("Kadis", "Kabid") makes with the field words
    /// after it: "Kadis Perikanan dan Kelautan", up to a region, a rank or
    /// honorific, a body once a word was read, or seven tokens.
    fn fused_field_title(
        &self,
        role: &crate::titles::Role,
        head: &str,
        k: usize,
    ) -> Option<ComposedParts> {
        let titles = &self.engine.titles;
        // "Kadis Perikanan dan Kelautan": the field words after a fused
        // role, up to a region, a rank or honorific, or seven tokens.
        let mut last = None;
        let mut j = k;
        while j < self.doc.tokens.len() && j < k + 7 {
            let t = &self.doc.tokens[j];
            // "Kanit Laka Polres Butur": the field ends where a body
            // starts.
            if self.region_mention(j).is_some()
                || self.level_word_of_region(j)
                || self.affix(j).is_some()
                || (self.starts_title(j) || self.lk.body(j).is_some()) && last.is_some()
            {
                break;
            }
            // A word that is never a name ends the field unless it is a
            // field's word too ("Pemberdayaan Nelayan Kecil",
            // "Penerangan Masyarakat"); a verb ends it ("Kadis
            // Pendidikan Resmikan …").
            // "Kasubag Umum, A", "Kasubag Umum dan Kepegawaian", "Kasubag
            // Umum Disdik Sulsel": a common word set off by a comma, "dan"
            // or the body after it opens the field too.
            let set_off = || {
                matches!(self.text(j + 1), "," | "dan")
                    || self.lk.body(j + 1).is_some()
                    || self.org_mention(j + 1).is_some()
            };
            let field_word = !self.engine.not_name(t.text)
                || last.is_none() && looks_abstract_noun(t.text)
                || super::super::is_common_word(t.text)
                    && !t.text.ends_with("kan")
                    && !super::super::looks_verbal(t.text)
                    && (last.is_some() || set_off());
            if t.is_wordlike() && t.is_capitalized() && field_word {
                last = Some(j);
                j += 1;
                // "Kabid Promkes Lilis Hasan": a field's short form is
                // the whole field unless "dan" joins another, or a
                // religion qualifies it, as Kemenag's units are named
                // ("Kabid Bimas Islam H. Ali").
                if titles.field(t.text).is_some() && self.text(j) != "dan" {
                    if self.is_one_of(j, RELIGIONS) {
                        last = Some(j);
                    }
                    break;
                }
            } else if last.is_some() && self.joins_capitalised(j) {
                j += 1;
            } else {
                break;
            }
        }
        let last = self.field_before_its_holder(k, last?);
        let words = self.spelled_field(k, last);
        Some((
            format!("{} {head} {words}", role.role),
            last,
            None,
            None,
            Scope::Regional,
        ))
    }

    /// Whether token `j` is "dan" or "&" joining a capitalised word to a
    /// field ("Perikanan dan Kelautan", "Toponimi dan Batas Daerah").
    fn joins_capitalised(&self, j: usize) -> bool {
        matches!(self.text(j), "dan" | "&")
            && self
                .doc
                .tokens
                .get(j + 1)
                .is_some_and(|n| n.is_capitalized())
    }

    /// A central government director named by the directorate written from
    /// `k`: "Direktur Jenderal Perikanan Tangkap", "Direktur Toponimi dan
    /// Batas Daerah Kemendagri". A director-general's directorate may stand
    /// alone before a comma; a director's must be followed by its ministry
    /// or agency (a company's director is no official).
    fn directorate_title(
        &self,
        i: usize,
        k: usize,
        role: &crate::titles::Role,
    ) -> Option<TitleOcc> {
        let general = &*role.role == "Direktur Jenderal";
        if !general && &*role.role != "Direktur" {
            return None;
        }
        let central = |o: &super::OrgMention| matches!(o.category, "ministry" | "agency");
        let mut last = None;
        let mut body = None;
        let mut j = k;
        while j < k + 10 && !self.doc.line_break_before(j) {
            if let Some(org) = self.org_mention(j) {
                // A regional body's name inside the directorate's
                // ("Fasilitasi Kepala Daerah dan DPRD", "Bina Pemerintahan
                // Desa") is part of it; the ministry or agency ends it.
                // "Pengawasan Asuransi dan BPJS Kesehatan Otoritas Jasa
                // Keuangan": an agency named in the field, then the director's.
                let next_is_central = self.org_mention(org.last + 1).is_some_and(central);
                if central(org) && !next_is_central {
                    body = Some(org);
                    break;
                }
                last = Some(org.last);
                j = org.last + 1;
                continue;
            }
            let t = self.doc.tokens.get(j)?;
            if self.region_mention(j).is_some() || self.affix(j).is_some() || self.starts_title(j) {
                break;
            }
            if t.kind == crate::TokenKind::Word && t.is_capitalized() {
                last = Some(j);
                j += 1;
            } else if last.is_some() && self.joins_capitalised(j) {
                j += 1;
            } else {
                break;
            }
        }
        let last = last?;
        let (last, field_last, body_name) = match body {
            Some(org) => (org.last, org.first - 1, Some(&*org.base)),
            // Without its ministry only a comma tells the directorate from
            // the name after it ("Dirjen Perikanan Tangkap, Rudi Lolo").
            None if general && self.text(last + 1) == "," => (last, last, None),
            None => return None,
        };
        let mut canonical = format!("{} {}", role.role, self.spelled_field(k, field_last));
        // A directorate general is named by its field alone ("Direktur
        // Jenderal Otonomi Daerah"); a directorate with its ministry, as
        // several ministries have one of the same name.
        if let Some(name) = body_name.filter(|_| !general) {
            canonical = format!("{canonical} {name}");
        }
        Some(TitleOcc {
            first: i,
            last,
            canonical: title_cased(&canonical),
            category: "central_government",
            scope: Scope::National,
            status: None,
            region: None,
            place: false,
        })
    }

    /// A spelled-out role with no head noun, its field, then the public
    /// body the field belongs to: "Wakil Direktur Administrasi dan Keuangan
    /// RSUD Undata", "Koordinator Divisi HP2H Bawaslu Kota Palu". The
    /// body's words end the field, so no name can hide in it.
    fn field_then_body(&self, i: usize, k: usize, role: &crate::titles::Role) -> Option<TitleOcc> {
        if role.head.is_some() || self.org_mention(k).is_some() || self.starts_title(k) {
            return None;
        }
        let field_last = self
            .field_words(k)
            .or_else(|| self.is_unknown_acronym_before_anything(k).then_some(k))?;
        // "Kepala Seksi Penerangan Hukum (Penkum) Kejati": the field's short
        // form in parentheses.
        let mut next = field_last + 1;
        if self.text(next) == "(" && self.text(next + 2) == ")" {
            next += 3;
        }
        let org = self.org_mention(next)?;
        let public = matches!(
            org.category,
            "government"
                | "legislature"
                | "police"
                | "military"
                | "prosecution"
                | "judiciary"
                | "election"
                | "agency"
                | "ministry"
        );
        if !public || self.doc.line_break_before(next) {
            return None;
        }
        // The body's kind, not its own name: "RSUD MM Dunda" → "Rumah
        // Sakit Umum Daerah".
        let orgs = &self.engine.organizations;
        let body = self
            .lk
            .body(org.first)
            .map_or(&*org.base, |(_, b)| &*orgs.body(b).name);
        let canonical = format!(
            "{} {} {}",
            role.role,
            self.spelled_field(k, field_last),
            body
        );
        Some(TitleOcc {
            first: i,
            last: org.last,
            canonical: title_cased(&canonical),
            category: category_of(Some(org.category), role),
            scope: Scope::Regional,
            status: None,
            region: org.region,
            place: false,
        })
    }

    /// The end of a field read from `k` to `last` once a holder's name it
    /// swallowed is given back: in "Sekdis Pertanian Rudi Lamba, Kepala
    /// Desa …" no name follows the field, and its last words are a name's,
    /// not a field's. A field followed by its holder is kept whole.
    fn field_before_its_holder(&self, k: usize, last: usize) -> usize {
        let after = if self.text(last + 1) == "," {
            last + 2
        } else {
            last + 1
        };
        let holder_follows = self.affix(after).is_some()
            || self.doc.tokens.get(after).is_some_and(|t| {
                t.is_wordlike() && t.is_capitalized() && !self.starts_title(after)
            });
        // "Kadis Perikanan dan Kelautan Rudi Lamba": the field's four words
        // ran into the name, whose last word follows.
        let name_goes_on = self.doc.tokens.get(last + 1).is_some_and(|t| {
            t.kind == crate::TokenKind::Word
                && t.is_capitalized()
                && !t.is_all_caps()
                && !super::super::is_common_word(t.text)
                && !self.starts_title(last + 1)
                && self.lk.body(last + 1).is_none()
                && self.region_mention(last + 1).is_none()
        });
        // "Kabid Aset Ramli SE, MM": a degree right after the field's last
        // word ends a name, which that word is part of.
        let degree_after = matches!(self.affix(last + 1), Some((_, AffixKind::Degree)));
        if holder_follows && !name_goes_on && !degree_after {
            return last;
        }
        let field_word = |j: usize| {
            let t = &self.doc.tokens[j];
            self.is_field_word(t.text) || t.is_all_caps() || self.is_one_of(j, RELIGIONS)
        };
        let mut end = last;
        while end > k && last - end < 3 && !field_word(end) {
            end -= 1;
        }
        // One word alone is too little to tell a name from an unlisted
        // field word ("menjadi Kabid Pendidikan Madrasah.").
        let name_words = last - end;
        // "Kabid Sarana dan Prasarana Hamdan menyebut": one word that is
        // no field's, before a verb, is the holder's name.
        let verb_after = self
            .doc
            .tokens
            .get(last + 1)
            .is_some_and(|t| t.kind == crate::TokenKind::Word && !t.is_capitalized());
        let one_word_name = name_words == 1 && (name_goes_on || degree_after || verb_after);
        if field_word(end) && (name_words >= 2 || one_word_name) {
            end
        } else {
            last
        }
    }

    /// The field written from `k` to `last`, its short forms spelled out:
    /// "Binmas" → "Pembinaan Masyarakat", "Humas dan Protokol" →
    /// "Hubungan Masyarakat dan Protokol".
    fn spelled_field(&self, k: usize, last: usize) -> String {
        let mut words = String::new();
        for j in k..=last {
            let t = &self.doc.tokens[j];
            if j > k && t.span.start > self.doc.tokens[j - 1].span.end {
                words.push(' ');
            }
            words.push_str(self.engine.titles.field(t.text).unwrap_or(t.text));
        }
        words
    }

    /// Whether a party is named right after the body ending at `last`,
    /// past the body's acronym in parentheses: the body is the party's
    /// organ ("Badan Pemenangan Pemilu (Bappilu) Partai Gerindra").
    fn party_after(&self, last: usize) -> bool {
        let mut k = last + 1;
        if self.text(k) == "(" && self.text(k + 2) == ")" {
            k += 3;
        }
        self.org_mention(k)
            .is_some_and(|o| o.category == "community" && o.name.starts_with("Partai"))
    }

    /// Whether token `j` is a level word before a region ("Kabupaten" of
    /// "Kabupaten Wajo"): the title's place, not a word of its field.
    fn level_word_of_region(&self, j: usize) -> bool {
        self.doc.level_word(j).is_some() && self.region_mention(j + 1).is_some()
    }

    /// The last word of an office's field from `k`: capitalised words that
    /// are no name (common words: "Pembangunan, Ekonomi dan Keuangan"),
    /// joined by "dan", "&" or commas.
    fn field_words(&self, k: usize) -> Option<usize> {
        let field_word = |j: usize| {
            self.doc.tokens.get(j).is_some_and(|t| {
                t.kind == crate::TokenKind::Word
                    && t.is_capitalized()
                    && (super::super::is_common_word(t.text)
                        || super::super::looks_derived_noun(t.text)
                        || self.engine.not_name(t.text)
                        || self.engine.titles.is_field_word(t.text))
            }) && !self.doc.line_break_before(j)
                // "… dan Kesra Kota Palu": the region after the field is
                // the title's, not a field word.
                && self.region_mention(j).is_none()
                && !self.level_word_of_region(j)
        };
        let mut last = None;
        let mut j = k;
        while j < k + 12 {
            if field_word(j) {
                last = Some(j);
                j += 1;
            } else if matches!(self.text(j), "dan" | "&" | ",") && field_word(j + 1) {
                j += 1;
            } else if self.text(j) == "," && self.is(j + 1, "dan") && field_word(j + 2) {
                // "Pemerintahan, Kemasyarakatan, dan Sumber Daya Manusia".
                j += 2;
            } else {
                break;
            }
        }
        last
    }

    /// The last of up to five capitalised words from `k` that a comma
    /// closes ("Divisi Sosialisasi, Rina"): words set off from the name
    /// after them, whatever their vocabulary.
    fn words_set_off_by_comma(&self, k: usize) -> Option<usize> {
        let word = |j: usize| {
            self.doc.tokens.get(j).is_some_and(|t| {
                t.kind == crate::TokenKind::Word && t.is_capitalized() && self.affix(j).is_none()
            }) && !self.doc.line_break_before(j)
                && self.region_mention(j).is_none()
        };
        let end = (k..k + 6).find(|&j| !word(j))?;
        (end > k && self.text(end) == ",").then(|| end - 1)
    }

    /// The last token of the longest field written from `k` (capitalised
    /// words joined by "dan" or commas, up to seven tokens) that makes a
    /// known title with the role and head spelled out ("Kepala" + "Dinas" +
    /// "Pemberdayaan Masyarakat dan Desa"), and that title.
    fn known_field_title(&self, role: &str, head: &str, k: usize) -> Option<(usize, u32)> {
        let titles = &self.engine.titles;
        let mut ends = Vec::new();
        let mut j = k;
        while j < k + 7 && !self.doc.line_break_before(j) {
            let Some(t) = self.doc.tokens.get(j) else {
                break;
            };
            if t.kind == crate::TokenKind::Word && t.is_capitalized() {
                ends.push(j);
            } else if ends.is_empty() || !matches!(t.text, "dan" | ",") {
                break;
            }
            j += 1;
        }
        ends.iter().rev().find_map(|&last| {
            let words =
                &self.doc.text[self.doc.tokens[k].span.start..self.doc.tokens[last].span.end];
            let canonical = format!("{role} {head} {words}");
            let t = titles
                .by_canonical(&canonical)
                .or_else(|| titles.title_form(&canonical))?;
            Some((last, t))
        })
    }

    /// A title the role makes with the acronym at `k` once a head noun the
    /// press leaves out is put back: "Kepala ESDM" → "Kepala Dinas ESDM".
    fn head_implied_title(&self, role: &str, k: usize) -> Option<u32> {
        let t = self.doc.tokens.get(k)?;
        if !(t.kind == crate::TokenKind::Word && t.text.len() >= 3 && t.is_all_caps()) {
            return None;
        }
        let titles = &self.engine.titles;
        ["Dinas", "Badan", "Kantor"]
            .iter()
            .find_map(|head| titles.title_form(&format!("{role} {head} {}", t.text)))
    }

    /// Whether token `k` is an acronym of a body the lexicons lack: three to
    /// ten capitals (digits allowed: "P3AP2KB") that are no region, body,
    /// title, affix or country.
    fn is_unknown_acronym(&self, k: usize) -> bool {
        // "Sekretaris DPC PDIP": a unit of the body named after it.
        self.is_unknown_acronym_before_anything(k) && self.org_mention(k + 1).is_none()
    }

    /// [`Self::is_unknown_acronym`] whatever follows: a field's acronym
    /// before its body ("Koordinator Divisi HP2H Bawaslu").
    fn is_unknown_acronym_before_anything(&self, k: usize) -> bool {
        let Some(t) = self.doc.tokens.get(k) else {
            return false;
        };
        let capitals = (3..=10).contains(&t.text.len())
            && t.text
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            && t.text.as_bytes()[0].is_ascii_uppercase()
            && !is_unit_label(t.text);
        let shape = t.kind == crate::TokenKind::Word
            && (capitals || super::super::looks_service_acronym(t.text));
        shape
            && self.region_mention(k).is_none()
            && self.org_mention(k).is_none()
            && self.lk.body(k).is_none()
            && !self.starts_title(k)
            && self.affix(k).is_none()
            && self.country_at(k).is_none()
    }

    /// A bare role in a list of a body's members, titled by the nearest
    /// body named before it in the sentence: the lexicon's title when the
    /// role and body make one, else the role with the body's name
    /// ("Anggota Panitia Pengawas Pemilihan Umum").
    fn member_of_earlier_body(
        &self,
        i: usize,
        role_last: usize,
        role: &crate::titles::Role,
    ) -> Option<TitleOcc> {
        let sentence = self.doc.sentence_of(i);
        let before = self.orgs.partition_point(|o| o.last < i);
        // The bodies named before in the sentence, nearest first; a party in
        // parentheses or after "dari" is a member's affiliation, not the
        // body ("Wakil Ketua B (Golkar), dan Sekretaris C", "Ketua DPRD A
        // dari Fraksi NasDem, Wakil Ketua B").
        let bodies = || {
            self.orgs[..before]
                .iter()
                .rev()
                .take_while(|o| self.doc.sentence_of(o.first) == sentence)
                .filter(|o| {
                    o.category != "party"
                        && self.text(o.first.wrapping_sub(1)) != "("
                        && !self.is(o.first.wrapping_sub(1), "dari")
                })
        };
        let Some(org) = bodies().next() else {
            return self.title_of_earlier_body(i, role_last, role_last);
        };
        let titles = &self.engine.titles;
        let role_words =
            &self.doc.text[self.doc.tokens[i].span.start..self.doc.tokens[role_last].span.end];
        // The nearest body the role makes a known title with: "Wakil Ketua"
        // + "Komisi I Dewan Perwakilan Rakyat Daerah" is a form of "Wakil
        // Ketua Komisi DPRD" once the unit's label goes; past "Fraksi NasDem"
        // to the DPRD the list is about. A role right after a body, or one
        // that "masing-masing" lists, is the nearest body's ("Panwaslu
        // Kabupaten Minahasa Ketua …", "anggota masing-masing A dan B").
        let reach = if self.next_to_each(i, role_last) || self.role_after_body(i) {
            1
        } else {
            usize::MAX
        };
        let known = bodies().take(reach).find_map(|o| {
            let composed = format!("{role_words} {}", o.base);
            let without_labels: Vec<&str> =
                composed.split(' ').filter(|w| !is_unit_label(w)).collect();
            let t = titles
                .title_form(&composed)
                .or_else(|| titles.title_form(&without_labels.join(" ")))?;
            Some(TitleOcc::of(i, role_last, titles.title(t), o.region))
        });
        if known.is_some() {
            return known;
        }
        Some(TitleOcc {
            first: i,
            last: role_last,
            canonical: format!("{} {}", role.role, org.base),
            category: category_of(Some(org.category), role),
            scope: Scope::Regional,
            status: None,
            region: org.region,
            place: false,
        })
    }

    /// The closing parenthesis of a short form written in parentheses at
    /// `k`: one or two capitalised words without digits ("(Mendagri)",
    /// "(Kadis Dikda)", "(Kasi Intel)").
    fn short_form_in_parentheses(&self, k: usize) -> Option<usize> {
        if self.text(k) != "(" {
            return None;
        }
        // "(Pj. Sekda)": a status word before the short form.
        let first = match self.affix(k + 1) {
            Some((hit, AffixKind::Acting)) if self.text(hit.last + 1) == "." => hit.last + 2,
            Some((hit, AffixKind::Acting)) => hit.last + 1,
            _ => k + 1,
        };
        let close = (first + 1..=first + 2).find(|&c| self.text(c) == ")")?;
        let k = first - 1;
        // Its first word is an acronym or a title, role or body form; two
        // plain capitalised words are a name ("(Imam Hud)").
        let abbreviated = (k + 1..close).any(|j| self.doc.tokens[j].is_all_caps())
            || self.starts_title(k + 1)
            || self.lk.body(k + 1).is_some()
            || close == k + 2 && !self.one_word_holder_in_list(k);
        (abbreviated
            && (k + 1..close).all(|j| {
                self.doc.tokens[j].kind == crate::TokenKind::Word
                    && self.doc.tokens[j].is_capitalized()
            }))
        .then_some(close)
    }

    /// Whether the parenthesis at `k` holds one plain name word in a list
    /// whose next item is another title: "Komisioner Bawaslu Sulbar
    /// (Imran), Ketua PN …" names the holder, not a short form.
    fn one_word_holder_in_list(&self, k: usize) -> bool {
        self.text(k) == "("
            && self.text(k + 2) == ")"
            && self.is_plain_name_word(k + 1)
            && self.engine.titles.field(self.text(k + 1)).is_none()
            && self.region_mention(k + 1).is_none()
            && matches!(self.text(k + 3), "," | "dan" | "serta")
            && self.starts_title(k + 4)
    }

    /// Normalises a title composed without its body when the body follows:
    /// "Kabid P2P (…) Dinkes" → "Kepala Bidang Pencegahan dan Pengendalian
    /// Penyakit Dinas Kesehatan". The lexicon's form of title plus body wins;
    /// a unit head the lexicon does not know takes the body's long name.
    fn attach_body(&self, occ: &mut TitleOcc, org: &super::OrgMention) {
        const UNIT_HEADS: &[&str] = &[
            "Kepala Bidang ",
            "Kepala Seksi ",
            "Kepala Bagian ",
            "Kepala Subbidang ",
            "Kepala Subbagian ",
            "Kepala Sub Bagian ",
            "Kepala Subseksi ",
            "Kepala Sub Seksi ",
            "Kepala Unit ",
            "Kepala Sub Unit ",
            "Kepala Urusan ",
            "Kepala Biro ",
            "Kepala Subdirektorat ",
            // "Kordiv HP2H Bawaslu Pinrang": an election body member's
            // division.
            "Koordinator Divisi ",
        ];
        let titles = &self.engine.titles;
        if occ.canonical.ends_with(&*org.base) {
            return;
        }
        let with_body = format!("{} {}", occ.canonical, org.base);
        if let Some(t) = titles.title_form(&with_body) {
            let title = titles.title(t);
            occ.canonical = title.canonical().to_string();
            occ.category = title.category();
        } else if titles.by_canonical(&occ.canonical).is_none()
            && UNIT_HEADS.iter().any(|h| occ.canonical.starts_with(h))
        {
            occ.canonical = with_body;
        } else if UNIT_HEADS.iter().any(|h| occ.canonical.starts_with(h)) {
            // "KBO Sat Narkoba": a known head of a unit's section, then the
            // unit of the same service, spelled out ("Kepala Urusan
            // Pembinaan Operasional Satuan Reserse Narkoba").
            let unit = self
                .lk
                .body(org.first)
                .filter(|(hit, _)| hit.last == org.last);
            if let Some((_, b)) = unit {
                self.add_unit(occ, self.engine.organizations.body(b));
            }
        }
    }

    /// The last token of the name of region `r` written from token `k`
    /// ("Andoolo", "Bungku Tengah"), compared without case.
    pub(super) fn spells_region(&self, k: usize, r: u32) -> Option<usize> {
        let name = self.gazetteer().region(r).name();
        let mut last = None;
        for (j, word) in super::words(name).enumerate() {
            if !self.text(k + j).eq_ignore_ascii_case(word) {
                return None;
            }
            last = Some(k + j);
        }
        last
    }

    /// Whether the term written from token `k` ("2006-2011", "2019 –
    /// 2024") ended before the latest year the document writes elsewhere
    /// (its date, "pada 2025"); with no other year, a written term is taken
    /// as past.
    fn term_has_ended(&self, k: usize) -> bool {
        let tokens = &self.doc.tokens;
        let term_end = (k..(k + 3).min(tokens.len()))
            .filter(|&j| tokens[j].kind == crate::TokenKind::Number)
            .flat_map(|j| years_in(tokens[j].text))
            .max();
        // The latest year of a token outside the term's: at most four of
        // the list are read.
        let latest = self
            .years
            .get_or_init(|| {
                let mut years: Vec<(u32, u32)> = tokens
                    .iter()
                    .enumerate()
                    // A year has four digits: shorter numbers hold none.
                    .filter(|(_, t)| {
                        t.text.len() >= 4
                            && matches!(t.kind, crate::TokenKind::Number | crate::TokenKind::Date)
                    })
                    .filter_map(|(j, t)| Some((years_in(t.text).max()?, j as u32)))
                    .collect();
                years.sort_unstable_by(|a, b| b.cmp(a));
                years
            })
            .iter()
            .find(|&&(_, j)| !(k..k + 3).contains(&(j as usize)))
            .map(|&(year, _)| year);
        match (term_end, latest) {
            (Some(end), Some(latest)) => end < latest,
            _ => true,
        }
    }

    /// Reads the region or body after a title: "Bupati Morut", "Dandim
    /// 1311/Morowali", "Kasat Reskrim Polres Sigi", "Kepala Desa Beka,
    /// Kecamatan Marawola".
    pub(super) fn complement(&self, occ: &mut TitleOcc) {
        let mut k = occ.last + 1;
        // "Sekda Definitif Halbar", "Kades terpilih Bente": the holder's
        // standing between the title and its place.
        if self.is_one_of(k, &["definitif", "defenitif", "definitive", "terpilih"])
            && self.region_mention(k + 1).is_some()
        {
            occ.last = k;
            k += 1;
        }
        // "Kades PAW Desa Caramming": an interim (pergantian antar waktu)
        // holder's office, then its place.
        if self.text(k) == "PAW" {
            occ.last = k;
            k += 1;
        }
        k = self.field_after_title(occ, k);
        // "Kalapas Kelas IIA Kendari": the class belongs to the title.
        if let Some(end) = self.doc.class_designation_end(k) {
            occ.last = end;
            k = end + 1;
        }
        // "Kepala Badan Perencanaan Pembangunan Daerah (Bappeda) Kabupaten
        // Sigi", "Menteri Dalam Negeri (Mendagri), Tito", "Kepala Dinas
        // Pendidikan Daerah (Kadis Dikda) Sulut": the title's short form.
        if let Some(close) = self.short_form_in_parentheses(k) {
            let region_follows = self.region_mention(close + 1).is_some()
                || self.doc.level_word(close + 1).is_some()
                    && self.region_mention(close + 2).is_some();
            if !region_follows {
                occ.last = close;
                k = close + 1;
            } else {
                occ.last = close;
                k = close + 1;
                // The body's region, written after its acronym: "Kepala Dinas
                // Kominfo (Diskominfo) Morowali".
                // A title of no region yet takes a regency's, city's or
                // province's: "Asisten Perekonomian Sekretariat Daerah
                // (Setda) Sulteng" (a village there is a name: "Mario").
                let fits = |r: u32| {
                    let level = self.gazetteer().region(r).level();
                    level < Level::District && occ.scope.admits(level)
                };
                if let Some(m) = self.region_mention(k) {
                    if occ.region.is_none() && m.region.is_some_and(fits)
                        || m.region.is_some() && m.region == occ.region
                    {
                        occ.region = occ.region.or(m.region);
                        occ.place = true;
                        occ.last = m.last;
                        k = m.last + 1;
                    }
                }
            }
        }
        // A unit's number and name, a body or a place written after the
        // title.
        if occ.region.is_none() {
            match self.unit_body_or_place_after(occ, k) {
                Some(next) => k = next,
                None => return,
            }
        }
        // "Ketua PN Tondano, Yosef Manus": a court's town that no table
        // lists, known by the holder's name after it.
        if !occ.place
            && occ.region.is_none()
            && matches!(occ.category, "judiciary" | "prosecution")
            && self.lk.seat_before_holder(k)
        {
            occ.place = true;
            occ.last = k;
            k += 1;
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
        // "Bupati Konawe Selatan (Konsel)": a short form in parentheses;
        // "Sekretaris Provinsi Sulawesi Selatan (Sekprov Sulsel)": the
        // title's short form, with its region.
        if occ.region.is_some() && self.text(k) == "(" && !self.one_word_holder_in_list(k) {
            let close = if self.text(k + 2) == ")" {
                Some(k + 2)
            } else if self.lk.title(k + 1).is_some() {
                (k + 2..k + 5)
                    .take_while(|&j| !self.doc.line_break_before(j))
                    .find(|&j| self.text(j) == ")")
            } else {
                None
            };
            if let Some(close) = close {
                occ.last = close;
                k = close + 1;
                // The body's region again after its short form: "Sekretariat
                // Daerah (Setda) Sulteng".
                if let Some(m) = self.region_mention(k).filter(|m| m.region == occ.region) {
                    occ.last = m.last;
                    k = m.last + 1;
                }
            }
        }
        // A parent region after a comma, after its level word or right
        // after the place: ", Kecamatan Mamosalato" or "Kecamatan
        // Mamosalato" after a village, ", Maluku Utara" after a regency.
        if let Some(r) = occ.region {
            let comma = usize::from(self.text(k) == ",");
            let level_word = usize::from(self.doc.level_word(k + comma).is_some());
            // "Pengadilan Negeri Sungguminasa Gowa".
            let adjacent = self.region_mention(k).is_some();
            if comma + level_word > 0 || adjacent {
                let parent_at = self
                    .region_mention(k + comma)
                    .or_else(|| self.region_mention(k + comma + level_word));
                if let Some(m) = parent_at {
                    let parent = m.region.is_some_and(|p| {
                        self.gazetteer()
                            .is_within(self.gazetteer().region(r), self.gazetteer().region(p))
                    });
                    if parent {
                        occ.last = m.last;
                        k = m.last + 1;
                        // "…, Sulawesi Tenggara (Sultra) Andi …": the
                        // parent's short form.
                        let short_form = self.text(k) == "("
                            && self.text(k + 2) == ")"
                            && self
                                .region_mention(k + 1)
                                .is_some_and(|s| s.region.is_some() && s.region == m.region);
                        if short_form {
                            occ.last = k + 2;
                            k += 3;
                        }
                    }
                }
            }
        } else if occ.place && occ.scope == Scope::Village {
            // "Kepala Desa Watu Lanoa, Kecamatan Ladongi, Rahmat": a village
            // the gazetteer lacks, then the district it lies in.
            let comma = usize::from(self.text(k) == ",");
            if self.doc.level_word(k + comma) == Some(Scope::District) {
                if let Some(m) = self.region_mention(k + comma + 1) {
                    occ.last = m.last;
                    k = m.last + 1;
                }
            }
        }
        // "Anggota KPU Provinsi Sulawesi Barat Divisi Teknis Penyelenggaraan
        // Pemilu Said Umar": the member's portfolio after the body.
        if self.text(k) == "Divisi" && occ.last + 1 == k {
            let portfolio = self
                .field_words(k + 1)
                .or_else(|| self.words_set_off_by_comma(k + 1));
            if let Some(last) = portfolio {
                occ.last = last;
                k = last + 1;
            }
        }
        // "Bupati Banggai periode 2006–2011": a completed term; not "dilantik
        // menjadi Wali Kota Palopo periode 2025-2030" in a story of 2025.
        if self.is(k, "periode")
            && self.doc.tokens.get(k + 1).is_some_and(|t| t.has_digit())
            && self.term_has_ended(k + 1)
        {
            occ.status = Some(Status::Former);
        }
    }
}

/// The years (1945 to 2100) written in a number or date token: "2006-2011",
/// "19/6/2025", "2024".
// Split by bytes: a character that is no ASCII digit is bytes that are
// none, so the runs of digits are the same as by characters.
fn years_in(text: &str) -> impl Iterator<Item = u32> + '_ {
    text.as_bytes()
        .split(|b| !b.is_ascii_digit())
        .filter(|part| part.len() == 4)
        .map(|part| part.iter().fold(0, |n, &d| n * 10 + u32::from(d - b'0')))
        .filter(|year| (1945..=2100).contains(year))
}

/// Puts the parent body a title leaves unwritten: a regional government's
/// "Bagian" sits in its Sekretariat Daerah ("Kabag Hukum" is the "Kepala
/// Bagian Hukum Sekretariat Daerah"), as the annotated real news reads it in
/// 9 of 11 such titles; a Bagian of another body names that body, and
/// one in a story about a ministry's office (`office`, asked only for such
/// a title: "Kepala Bagian Tata Usaha" after "Kanwil Kemenag Sulbar") is
/// that office's.
fn default_parent(occ: &mut TitleOcc, office: impl FnOnce() -> Option<String>) {
    const PARENTS: &[&str] = &[
        "Sekretariat",
        "Dinas",
        "Badan",
        "Rumah Sakit",
        "Kantor",
        "Kepolisian",
        "Kementerian",
        "Inspektorat",
        "Universitas",
        "Kejaksaan",
        "Pengadilan",
        "Komando",
        "Lembaga",
        "Balai",
    ];
    let bagian = occ.category == "civil_service" && occ.canonical.starts_with("Kepala Bagian ");
    if bagian && !PARENTS.iter().any(|p| occ.canonical.contains(p)) {
        let parent = office();
        occ.canonical.push(' ');
        occ.canonical
            .push_str(parent.as_deref().unwrap_or("Sekretariat Daerah"));
    }
}

/// A composed title written the way canonical titles are: each word
/// capitalised but the joining words, "&" as "dan" ("Kepala dinas Pekerjaan
/// umum Bina Marga & Penataan Ruang" → "Kepala Dinas Pekerjaan Umum Bina
/// Marga dan Penataan Ruang"). Words in capitals stay as written.
/// Whether a word has the shape of an abstract noun, as an office's field
/// starts ("Mutasi", "Administrasi", "Pelayanan"), not of a headline's verb
/// ("Tinjau", "Resmikan"): a loanword in -si or a noun in -an (not -kan).
fn looks_abstract_noun(word: &str) -> bool {
    let lower = word.as_bytes();
    let ends = |suffix: &[u8]| {
        lower.len() > suffix.len()
            && lower[lower.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
    };
    word.is_ascii()
        && (lower.len() >= 6 && ends(b"si") || lower.len() >= 7 && ends(b"an") && !ends(b"kan"))
}

fn title_cased(canonical: &str) -> String {
    const JOINING: &[&str] = &[
        "dan", "serta", "atau", "di", "ke", "dari", "untuk", "pada", "bagi",
    ];
    let mut out = String::with_capacity(canonical.len() + 4);
    for (n, word) in canonical.split(' ').enumerate() {
        if n > 0 {
            out.push(' ');
        }
        if word == "&" {
            out.push_str("dan");
        } else if n > 0 && JOINING.iter().any(|j| word.eq_ignore_ascii_case(j)) {
            out.push_str(&word.to_lowercase());
        } else {
            let mut chars = word.chars();
            if let Some(c) = chars.next() {
                out.extend(c.to_uppercase());
                out.push_str(chars.as_str());
            }
        }
    }
    out
}

/// Whether a word labels a numbered unit: a Roman numeral or a capital
/// letter ("Komisi III", "Komisi B").
pub(super) fn is_unit_label(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.len() == 1 && bytes[0].is_ascii_uppercase()
        || !bytes.is_empty()
            && bytes.len() <= 5
            && bytes.iter().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L'))
        // "komisi ii", written without capitals.
        || (2..=4).contains(&bytes.len()) && bytes.iter().all(|b| matches!(b, b'i' | b'v' | b'x'))
        // "Komisi 1", written in digits.
        || (1..=2).contains(&bytes.len()) && bytes.iter().all(u8::is_ascii_digit)
}

/// "Each": the word that lists a body's members by their roles.
const EACH: &str = "masing-masing";

/// The words of the roles a body's members hold ("Wakil Ketua",
/// "Anggota"); a treasurer holds no public office.
const MEMBER_ROLE_WORDS: &[&str] = &[
    "ketua",
    "wakil",
    "sekretaris",
    "anggota",
    "komisioner",
    "koordinator",
    "divisi",
];

/// The category of a title composed from a role and a body.
fn category_of(org_category: Option<&str>, role: &crate::titles::Role) -> &'static str {
    match org_category {
        Some("government" | "legislature") => "civil_service",
        Some("ministry" | "agency") => "central_government",
        Some("university") => "education",
        Some("police") => "police",
        Some("military") => "military",
        Some("prosecution") => "prosecution",
        Some("judiciary") => "judiciary",
        Some("election") => "election",
        Some("company") => "company",
        Some("community") => "community",
        _ => role.category,
    }
}
