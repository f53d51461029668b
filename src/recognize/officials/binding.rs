//! Binding a title to its holder's name: adjacent ("Bupati Morut Delis"),
//! after a comma, and in apposition before the title ("Musda Guntur,
//! Sekretaris Daerah …", "X selaku Kepala Bappeda").

use crate::gazetteer::Scope;
use crate::span::Span;
use crate::titles::AffixKind;

use super::super::CAPITALIZED;
use super::name::NameParse;
use super::title::TitleOcc;
use super::{Finder, OfficialMention, WordSet};

/// Words between a name and a title that follows it in apposition.
pub(super) const APPOSITION_LINKS: &[&[&str]] = &[
    &["selaku"],
    &["sebagai"],
    &["yang", "juga"],
    // "Rusdi Mastura merupakan Gubernur Sulteng": after the name only (a
    // title with a name of its own after it binds forward first).
    &["merupakan"],
    &["sekaligus"],
    // "Rudi Masengi dilantik menjadi Wali Kota Bitung", "Yusuf Lawi
    // ditunjuk sebagai Pj Sekda": the office the person now holds.
    &["menjadi"],
    &["dilantik", "menjadi"],
    &["dilantik", "jadi"],
    &["dilantik", "sebagai"],
    // "Julius Marau dilantik dalam jabatan Sekretaris Daerah".
    &["dilantik", "dalam", "jabatan"],
    &["ditunjuk", "menjadi"],
    &["ditunjuk", "jadi"],
    &["ditunjuk", "sebagai"],
    // "Rahmat menjabat Camat Abeli", "Ridha Nappu jadi Kadispora": lists
    // of rotations.
    &["menjabat"],
    // "Amran Tahir saat ini menjabat sebagai Kepala Dinas Sosial": the
    // office held now, in the predicate.
    &["menjabat", "sebagai"],
    &["saat", "ini", "menjabat"],
    &["saat", "ini", "menjabat", "sebagai"],
    &["saat", "ini", "sebagai"],
    &["jadi"],
    // "Prof. Armid resmi ditetapkan sebagai Rektor", "terpilih menjadi".
    &["ditetapkan", "sebagai"],
    &["ditetapkan", "menjadi"],
    &["terpilih", "sebagai"],
    &["terpilih", "menjadi"],
    &["diangkat", "sebagai"],
    &["diangkat", "menjadi"],
    // "Andi Lamba adalah Kepala Biro Umum", "X, ia adalah Ketua Panwaslu".
    &["adalah"],
    &["ia", "adalah"],
    &["dia", "adalah"],
];

/// Occupations written right after a person's name ("H. Salim Pemilik
/// Toko"): the person is described by them, and holds no office named
/// before.
pub(super) const OCCUPATIONS_AFTER_NAME: &[&str] = &[
    "pemilik",
    "pedagang",
    "pengusaha",
    "sopir",
    "buruh",
    "petani",
    "nelayan",
    "warga",
];

/// Apposition links that place the office in the past.
///
/// Adverbs written before a link of either table extend it
/// (`LINK_ADVERBS`): "yang sebelumnya menjabat sebagai" is "menjabat
/// sebagai" after two of them, one of which places the office in the past.
pub(super) const FORMER_LINKS: &[&[&str]] = &[
    // "Marten Lolo sebelumnya Kepala Dinas …".
    &["sebelumnya"],
    &["semula"],
    // "menonaktifkan X dari jabatannya sebagai Direktur …": removed.
    &["dari", "jabatannya", "sebagai"],
    &["mantan"],
    // "AKBP X yang dicopot dari Kapolres Kolaka": removed from the office.
    &["dicopot", "dari"],
    &["dicopot", "sebagai"],
    &["diberhentikan", "dari"],
    &["diberhentikan", "sebagai"],
    &["dinonaktifkan", "dari"],
    &["dinonaktifkan", "sebagai"],
    // "Brigjen TNI X telah berakhir masa tugasnya sebagai Danrem".
    &["berakhir", "masa", "tugasnya", "sebagai"],
    &["mengakhiri", "masa", "tugasnya", "sebagai"],
];

/// The words apposition links end in (checked against both tables by a
/// test).
const LINK_LAST_WORDS: &[&str] = &[
    "dari",
    "jabatan",
    "jadi",
    "selaku",
    "sebagai",
    "juga",
    "merupakan",
    "menjabat",
    "sekaligus",
    "menjadi",
    "mantan",
    "sebelumnya",
    "semula",
    "adalah",
];

/// Verbs that bind an office to the holder named after them: "kini dijabat
/// oleh X", "dipimpin AKBP X".
const HOLDER_VERBS: WordSet = WordSet::new(&[
    "dijabat",
    "diemban",
    "dipimpin",
    "dinakhodai",
    "dikomandani",
    "dipegang",
    "diisi",
    "diduduki",
    "ditempati",
    "diketuai",
]);

/// Words that may stand between an office and its binding verb ("kini",
/// "untuk sementara", "saat ini").
const BINDING_ADVERBS: WordSet = WordSet::new(&[
    "kini",
    "saat",
    "ini",
    "sekarang",
    "tetap",
    "masih",
    "resmi",
    "untuk",
    "sementara",
    "akan",
    "segera",
    "telah",
    "sudah",
    "pun",
    "yang",
    "sebelumnya",
    "semula",
]);

/// Adverbs that may stand before an apposition link: "X kembali menjabat
/// sebagai …", "X yang kemudian ditunjuk menjadi …"; with them, those of
/// `FORMER_ADVERBS`.
const LINK_ADVERBS: WordSet = WordSet::new(&[
    "yang", "kini", "kembali", "juga", "masih", "resmi", "sekarang", "pun", "telah", "sudah",
    "lalu", "kemudian", "akhirnya",
]);

/// Adverbs before an apposition link that place the office in the past
/// ("X mulanya menjabat sebagai Sekda", "pernah menjabat").
const FORMER_ADVERBS: WordSet = WordSet::new(&[
    "mulanya",
    "awalnya",
    "sebelumnya",
    "semula",
    "pernah",
    "dulu",
    "dahulu",
    "sempat",
]);

/// Words before the holders in a handover: "dari pejabat lama X kepada
/// penggantinya Y".
const HANDOVER_WORDS: &[&str] = &[
    "pejabat",
    "lama",
    "baru",
    "yang",
    "penggantinya",
    "pengganti",
];

impl<'a, 't> Finder<'a, 't> {
    /// Two holders written as one hyphenated pair after two titles joined by
    /// "dan" ("Bupati dan Wakil Bupati Buol Rizal-Mansyur") or glued by a
    /// hyphen ("Bupati-Wakil Bupati Jantje-Kevin"): the first name's title,
    /// the second's, and the two names, split at the hyphen.
    pub(super) fn hyphenated_pair(
        &self,
        nameless: &[TitleOcc],
        occ: &TitleOcc,
        name: &NameParse,
    ) -> Option<(TitleOcc, TitleOcc, (NameParse, NameParse))> {
        let t1 = nameless.last().filter(|t1| t1.last + 2 == occ.first);
        // "Bupati-Wakil Bupati": the head's title glued to "Wakil" before
        // the deputy's (the tokenizer keeps "Bupati-Wakil" whole).
        // "Wali Kota-Wakil Wali Kota": the head's title of several words,
        // its last glued.
        let head_words = occ.canonical.split(' ').count();
        let glued = occ.first >= head_words
            && self
                .text(occ.first - 1)
                .strip_suffix("-Wakil")
                .is_some_and(|last| {
                    let written = occ.first - head_words..occ.first - 1;
                    let mut words = occ.canonical.split(' ');
                    written.zip(words.by_ref()).all(|(j, w)| self.is(j, w))
                        && words.next().is_some_and(|w| last.eq_ignore_ascii_case(w))
                });
        if glued && nameless.last().is_none_or(|t| t.last + 2 < occ.first) {
            let pair = self.split_at_hyphen(name)?;
            let titles = &self.engine.titles;
            let deputy = titles.by_canonical(&format!("Wakil {}", occ.canonical))?;
            let mut second = TitleOcc::of(occ.first, occ.last, titles.title(deputy), occ.region);
            second.first = occ.first - head_words;
            second.status = occ.status;
            return Some((occ.clone(), second, pair));
        }
        let t1 = t1.filter(|t1| self.is(t1.last + 1, "dan"))?;
        let pair = self.split_at_hyphen(name)?;
        let mut first_title = t1.clone();
        if first_title.region.is_none() {
            first_title.region = occ.region.filter(|&r| {
                first_title
                    .scope
                    .admits(self.engine.gazetteer.region(r).level())
            });
        }
        Some((first_title, occ.clone(), pair))
    }

    /// Two names written as one hyphenated pair ("Rizal-Mansyur", "Rahmat
    /// Lamba-Yusuf Tandi"), split at the hyphen before a capital: the first
    /// keeps the honorifics and rank, the second the degrees.
    pub(super) fn split_at_hyphen(&self, name: &NameParse) -> Option<(NameParse, NameParse)> {
        let tokens = &self.doc.tokens;
        let (j, at) = (name.first..=name.last).find_map(|j| {
            let t = &tokens[j];
            let at = t.text.find('-')?;
            let next = t.text[at + 1..].chars().next()?;
            (at > 0 && next.is_uppercase()).then_some((j, t.span.start + at))
        })?;
        let one = NameParse {
            last: j,
            degrees: Vec::new(),
            span: Some(Span::new(tokens[name.first].span.start, at)),
            ..name.clone()
        };
        let two = NameParse {
            first: j,
            honorifics: Vec::new(),
            rank: None,
            span: Some(Span::new(at + 1, tokens[name.last].span.end)),
            ..name.clone()
        };
        Some((one, two))
    }

    /// A title written in parentheses after its holder's name, as in lists:
    /// "H. Arman Sahid, SE (Bupati)", "Nurdin (Kades Kelapa Dua)", "(Pj
    /// Bupati, 2007–2008)".
    pub(super) fn parenthesised_title(&self, occ: &TitleOcc) -> bool {
        let closes = |k: usize| {
            self.text(k) == ")"
                || self.text(k) == "," && self.doc.tokens.get(k + 1).is_some_and(|t| t.has_digit())
                || self.doc.tokens.get(k).is_some_and(|t| t.has_digit()) && !self.is_unit_number(k)
        };
        occ.first > 0 && self.text(occ.first - 1) == "(" && closes(occ.last + 1)
    }

    /// Whether an apposition link and a title follow at `k`: "… sebagai
    /// Kepala Dinas", ", selaku Ketua".
    pub(super) fn title_follows_link(&self, k: usize) -> bool {
        let k = if self.text(k) == "," { k + 1 } else { k };
        (1..=5).any(|n| {
            self.apposition_link_before(k + n)
                .is_some_and(|(start, _)| start == k)
                && (self.starts_title(k + n)
                    || self.affix(k + n).is_some() && self.starts_title(k + n + 1))
        })
    }

    /// Further names listed after a holder's name ending before `k`: ",
    /// Risky Pogaga, Ireine Buyung, dan Hedriyanto Jacob". Each item must be
    /// a name followed by a separator or the end of the clause, so that a
    /// name with a title of its own ("…, Ketua DPRD Y") stops the list.
    pub(super) fn list_members(&self, mut k: usize) -> Vec<NameParse> {
        const MAX_MEMBERS: usize = 20;
        let mut members = Vec::new();
        while members.len() < MAX_MEMBERS {
            let mut j = k;
            if self.text(j) == "," {
                j += 1;
            }
            if self.is(j, "dan") || self.is(j, "serta") {
                j += 1;
            }
            if j == k || self.doc.line_break_before(j) {
                break;
            }
            // "…, fraksi Golkar Sukim Efendi": each member's faction.
            if let Some(last) = self.faction_at(j) {
                j = last + 1;
            }
            let Some(mut name) = self.name_at(j) else {
                break;
            };
            // "A dari Golkar, B (PDIP) dan C": each member's party.
            name.after = self.affiliation_after(name.after);
            let next = self.doc.tokens.get(name.after);
            let ends_item = next.is_none_or(|t| {
                matches!(t.text, "," | "." | ";" | ")")
                    || t.kind == crate::TokenKind::Word && !t.is_capitalized()
            });
            let apposition = self.text(name.after) == "," && self.starts_title(name.after + 1);
            if !ends_item || apposition {
                break;
            }
            k = name.after;
            members.push(name);
        }
        members
    }

    /// Whether a clause at `k`, after a holder's name and its comma, says
    /// his term is over: "yang masa jabatannya (telah) berakhir", "yang
    /// telah purna tugas".
    pub(super) fn term_over_after(&self, mut k: usize) -> bool {
        if self.text(k) == "," {
            k += 1;
        }
        if !self.is(k, "yang") {
            return false;
        }
        // The phrase within the five words after "yang".
        let said = |phrase: &[&str]| {
            (k + 1..k + 6).any(|s| phrase.iter().enumerate().all(|(n, w)| self.is(s + n, w)))
        };
        let term = self.is(k + 1, "masa")
            && self.is_one_of(k + 2, &["jabatannya", "baktinya", "tugasnya"]);
        term && (said(&["berakhir"]) || said(&["habis"])) || said(&["purna", "tugas"])
    }

    /// The token after a listed member's party or faction written after his
    /// name at `k`, or `k` when there is none: "dari Golkar", "dari Partai
    /// Gerindra", "(PDIP)", "dari fraksi PKB".
    pub(super) fn affiliation_after(&self, k: usize) -> usize {
        if self.is(k, "dari") {
            let at = if self.is_one_of(k + 1, &["fraksi", "partai"])
                && self.org_mention(k + 1).is_none()
            {
                k + 2
            } else {
                k + 1
            };
            if let Some(m) = self.org_mention(at) {
                return m.last + 1;
            }
        } else if self.text(k) == "(" && self.org_mention(k + 1).is_some() {
            // "(PDIP)", "(PAN/PPP)": a party or two in parentheses.
            if let Some(close) = (k + 2..k + 6).find(|&j| self.text(j) == ")") {
                return close + 1;
            }
        }
        k
    }

    /// Whether a relative's word ("istri", "ajudan") comes right before the
    /// title starting at `first`.
    pub(super) fn relative_before(&self, first: usize) -> bool {
        first
            .checked_sub(1)
            .is_some_and(|p| self.is_in(p, &super::title::RELATIVE_BEFORE))
    }

    /// The token after the words at `k` that qualify an office before its
    /// holder's name: "Presiden terpilih Joko Widodo", "Bupati Morut saat
    /// ini, Delis", "Ketua MK saat itu Jimly". Only lower-case words count:
    /// a capitalised "Kini" may start a headline's next clause.
    pub(super) fn past_office_qualifiers(&self, k: usize) -> usize {
        const ONE: WordSet = WordSet::new(&[
            "terpilih",
            "definitif",
            "defenitif",
            "definitive",
            "kini",
            "sekarang",
            "aktif",
            // "Wakil Bupati Majene nonaktif, NAME": suspended, still the
            // office's holder.
            "nonaktif",
            "yakni",
            "yaitu",
            "adalah",
            "baru",
            "lama",
            "sebelumnya",
            "masing-masing",
            "diantaranya",
            "bernama",
            // "anggota pansus lainnya yakni A, B dan C".
            "lainnya",
            // "Ketua DPRD sementara, Rudi Lamba": the interim holder.
            "sementara",
            // "Gubernur era Rudi Lamba": the office in that holder's time.
            "era",
            // "Wakil Gubernur Sulbar, almarhum Mayjen TNI (Purn) X": the
            // late holder.
            "almarhum",
            "almarhumah",
            "alm",
        ]);
        const TWO: &[[&str; 2]] = &[
            ["atas", "nama"],
            ["di", "antaranya"],
            ["antara", "lain"],
            ["saat", "ini"],
            ["saat", "itu"],
            ["ketika", "itu"],
            ["waktu", "itu"],
            ["terdiri", "dari"],
            ["terdiri", "atas"],
            // "Kajari Soppeng yang baru, Salahuddin".
            ["non", "aktif"],
            ["yang", "baru"],
            ["yang", "lama"],
        ];
        let lower = |j: usize| {
            self.doc
                .tokens
                .get(j)
                .is_some_and(|t| t.kind == crate::TokenKind::Word && !t.is_capitalized())
        };
        let mut k = k;
        loop {
            if let Some(n) = self.newly_installed(k) {
                k += n;
            } else if self.is(k, "dalam") && self.is(k + 1, "hal") && self.is(k + 2, "ini") {
                // "Ketua Majelis dalam hal ini Ibu Nursinah".
                k += 3;
            } else if lower(k) && self.is_in(k, &ONE) {
                k += 1;
            } else if self.is(k, "sementara")
                && !self.doc.starts_sentence(k)
                && !self.is(k + 1, "itu")
            {
                // "Ketua DPRD Sementara, X": the interim holder, the word
                // capitalised as part of the title.
                k += 1;
            } else if lower(k) && self.is(k, "yang") && self.is(k + 1, "terdiri") {
                // "Tim JPU Kejari Bitung, yang terdiri dari A dan B".
                k += 1;
            } else if lower(k) && TWO.iter().any(|[a, b]| self.is(k, a) && self.is(k + 1, b)) {
                k += 2;
            } else if let Some(n) = self.term_of_office(k) {
                k += n;
            } else if let Some(party) = self
                .is(k, "dari")
                .then(|| {
                    // "dari fraksi Demokrat": the faction word in lower case
                    // before the party.
                    self.org_mention(k + 1).or_else(|| {
                        matches!(self.text(k + 1), "fraksi" | "partai")
                            .then(|| self.org_mention(k + 2))
                            .flatten()
                    })
                })
                .flatten()
            {
                // "anggota DPRD Mamuju dari Partai Hanura, Mervi Parasan",
                // "dari Partai Demokrasi Indonesia Perjuangan (PDIP), …".
                k = party.last + 1;
                if self.text(k) == "(" && self.text(k + 2) == ")" {
                    k += 3;
                }
            } else if let Some(n) = self.clause_before_list(k) {
                // "Jaksa Penuntut Umum yang menangani perkara ini, yakni A,
                // B dan C".
                k += n;
            } else if let Some(place) = self
                .is_one_of(k, &["perwakilan", "dapil"])
                .then(|| self.region_mention(k + 1))
                .flatten()
            {
                // "Anggota DPRD Provinsi Kaltim perwakilan Berau, A dan B".
                k = place.last + 1;
            } else if let Some(last) = self.faction_at(k) {
                // "Anggota DPRD Sulteng Fraksi PKS Yanto Baoli", "fraksi
                // partai Golkar Sukim Efendi": the member's faction.
                k = last + 1;
            } else {
                return k;
            }
        }
    }

    /// The length of a relative clause at `k` that ends in a comma before
    /// "yakni" or "yaitu": "yang menangani perkara ini, yakni …". Up to six
    /// lower-case words.
    fn clause_before_list(&self, k: usize) -> Option<usize> {
        if !self.is(k, "yang") {
            return None;
        }
        let tokens = &self.doc.tokens;
        let mut j = k + 1;
        while j < k + 8
            && tokens
                .get(j)
                .is_some_and(|t| t.kind == crate::TokenKind::Word && !t.is_capitalized())
        {
            j += 1;
        }
        (j > k + 1 && self.text(j) == "," && self.is_one_of(j + 1, &["yakni", "yaitu"]))
            .then_some(j + 1 - k)
    }

    /// The token after a short clause at `k` that sets off the office from
    /// its holder: "Kasat Reskrim Polres Gowa yang dikonfirmasi, AKP X,",
    /// "Camat Tanete saat ditemui di kantornya, X,". The clause opens with
    /// a relative or temporal word, holds up to six lower-case words and no
    /// title, and ends in a comma; the name after it must end there too
    /// (a comma, a full stop, a parenthesis) or carry a rank or honorific,
    /// so that a clause's own object ("saat membuka rapat, Senin") is no
    /// holder.
    pub(super) fn clause_before_holder(&self, k: usize) -> Option<usize> {
        const OPENERS: &[&str] = &["yang", "saat", "ketika", "sewaktu", "usai", "seusai"];
        if !self.is_one_of(k, OPENERS) || self.doc.tokens[k].is_capitalized() {
            return None;
        }
        let tokens = &self.doc.tokens;
        let mut j = k + 1;
        while j < k + 7
            && tokens.get(j).is_some_and(|t| {
                t.kind == crate::TokenKind::Word && !t.is_capitalized() && !t.text.contains('-')
            })
            && !self.starts_title(j)
            && !self.is_one_of(j, &["dan", "serta", "bersama"])
        {
            j += 1;
        }
        if j == k + 1 || self.text(j) != "," || self.doc.line_break_before(j + 1) {
            return None;
        }
        let name = self.name_at(j + 1)?;
        let closed = matches!(self.text(name.after), "," | "." | ")" | ";");
        (closed || name.rank.is_some() || !name.honorifics.is_empty()).then_some(j + 1)
    }

    /// The last token of a faction written at `k`: "Fraksi PKS", "fraksi
    /// partai Golkar", "Fraksi Partai Amanat Nasional (PAN)".
    fn faction_at(&self, k: usize) -> Option<usize> {
        // "Anggota DPRD Tolitoli Komisi B Yanto": the member's commission.
        if self.is(k, "komisi") && super::title::is_unit_label(self.text(k + 1)) {
            return Some(k + 1);
        }
        if !self.is(k, "fraksi") {
            return None;
        }
        let mut last = match self.org_mention(k) {
            Some(m) if m.last > k => m.last,
            _ => {
                let party = if self.is(k + 1, "partai") {
                    k + 2
                } else {
                    k + 1
                };
                match self.org_mention(party) {
                    Some(m) => m.last,
                    // A party the lexicon lacks: one capitalised word.
                    None => {
                        let t = self.doc.tokens.get(party)?;
                        (t.kind == crate::TokenKind::Word && t.is_capitalized()).then_some(party)?
                    }
                }
            }
        };
        if self.text(last + 1) == "(" && self.text(last + 3) == ")" {
            last += 3;
        }
        Some(last)
    }

    /// Extends the title `occ` over the place written after it that its
    /// complement did not read, and gives the token where the holder's
    /// name may start: a village longer than the gazetteer's name ("Lurah
    /// Tanjung Ria, Warda"), a place the gazetteer lacks ("Kepala Desa
    /// Larobeno di Kecamatan …", "Kapolsek Maritangae, AKP …"), a place in
    /// parentheses after a name ("X (Camat Mangarabomban)"), the body's
    /// town after its acronym ("Pengadilan Negeri (PN) Andoolo").
    pub(super) fn place_after_title(&self, occ: &mut TitleOcc) -> usize {
        let mut k = occ.last + 1;
        // "KBO Satreskrim Ipda Rudi": the office's unit, which the
        // organisations stage leaves to the title, before the holder's rank.
        if self.org_mention(k).is_none() {
            if let Some((hit, b)) = self.lk.body(k) {
                let rank_follows = matches!(self.affix(hit.last + 1), Some((_, AffixKind::Rank)));
                if rank_follows && self.add_unit(occ, self.engine.organizations.body(b)) {
                    occ.last = hit.last;
                    k = hit.last + 1;
                }
            }
        }
        // "Kepala Kantor UPP (UPP) Kelas I Pasangkayu": the office's class,
        // then its town, belong to the office.
        if let Some(end) = self.doc.class_designation_end(k) {
            occ.last = end;
            k = end + 1;
            if let Some(m) = self.region_mention(k) {
                occ.region = occ.region.or(m.region);
                occ.last = m.last;
                k = m.last + 1;
            }
        }
        // "Komandan Korem (Danrem) 142 Taro Ada Taro Gau (Tatag), Brigjen
        // TNI X": the unit's number and name belong to the office.
        if let Some(last) = self.unit_designation(k) {
            occ.last = last;
            k = last + 1;
        }
        // "Lurah Tanjung Ria, Warda Dg Mamala": a village or district name
        // longer than the gazetteer's ("Tanjung") runs on to the comma; the
        // holder's name comes after it.
        if matches!(occ.scope, Scope::Village | Scope::District) && occ.place {
            let mut j = k;
            // "Sangadi Lolan 2, Meidin Batalipu": a village's number too.
            let number = |j: usize| {
                self.doc
                    .tokens
                    .get(j)
                    .is_some_and(|t| t.kind == crate::TokenKind::Number && t.text.len() <= 2)
            };
            while j < k + 3 && (self.is_name_word(j, false) || number(j)) {
                j += 1;
            }
            if j > k && self.text(j) == "," && self.name_at(j + 1).is_some() {
                occ.last = j - 1;
                k = j;
            }
        }
        // "Camat Oba Utara Rudi Lolo": a place the gazetteer lacks, known by
        // the compass word its name ends with, before the holder's name.
        if matches!(occ.scope, Scope::Village | Scope::District) && !occ.place {
            const PLACE_ENDS: &[&str] = &[
                "Utara", "Selatan", "Timur", "Barat", "Tengah", "Raya", "Jaya", "Indah", "Baru",
            ];
            let word = |j: usize| {
                self.doc
                    .tokens
                    .get(j)
                    .is_some_and(|t| t.kind == crate::TokenKind::Word && t.is_capitalized())
            };
            if word(k)
                && PLACE_ENDS.contains(&self.text(k + 1))
                // "Kepala Desa Dompu Indah": a regency elsewhere may open it.
                && self.region_mention(k).is_none_or(|m| m.last == k)
                && self.name_at(k + 2).is_some()
                && !self.doc.line_break_before(k + 1)
            {
                occ.last = k + 1;
                k += 2;
            }
        }
        // "Kepala Desa Larobeno di Kecamatan Bungku Barat": a place the
        // gazetteer lacks, placed by its district; the holder is not named.
        // Not a holder's rank and name: "Babinsa Serda Yusran, PLD …".
        let holder_at_k = matches!(
            self.affix(k),
            Some((_, AffixKind::Rank | AffixKind::Honorific))
        );
        if matches!(occ.scope, Scope::Village | Scope::District) && !occ.place && !holder_at_k {
            if let Some(words) = self
                .capitalised_run(k)
                .map(|w| self.past_acronym_and_town(w))
            {
                let mut j = words + 1;
                if self.text(j) == "," || self.is(j, "di") {
                    j += 1;
                }
                // "Kapolsek Maritangae, AKP Andi …": a rank or honorific
                // after the comma starts the holder's name.
                // So does a name of two words or more: "Camat Kesui
                // Watubela, Mohammad Jefri Warat".
                let titled_name_after_comma = self.text(words + 1) == ","
                    && (matches!(
                        self.affix(words + 2),
                        Some((_, AffixKind::Rank | AffixKind::Honorific))
                    ) || self.name_at(words + 2).is_some_and(|n| {
                        n.first == words + 2
                            && (n.last > n.first || self.closes_apposition(n.after))
                    }));
                if j > words + 1 && self.doc.level_word(j).is_some()
                    || titled_name_after_comma
                    || self.named_again_as_place(k, words)
                {
                    occ.last = words;
                    k = words + 1;
                }
            }
        }
        // "Kepala Dishub Hatim, Dwi Cahyono", "Kemenag Mateng, H. Mulyadi":
        // one capitalised word the gazetteer lacks, then a comma and a
        // name with honorifics, a rank or two words, is the office's place
        // (a short form), not its holder.
        if occ.region.is_none()
            && !occ.place
            && !matches!(occ.scope, Scope::National | Scope::Unbound)
            && self.is_plain_name_word(k)
            && self.text(k + 1) == ","
            && self.full_name_at(k + 2).is_some()
        {
            occ.last = k;
            k += 1;
        }
        // "Kepala P3E Bali-Nusra Ni Nyoman Santi": an area named after its
        // regions is the office's place, before its holder.
        if occ.region.is_none()
            && self.names_a_region_in_compound(self.text(k))
            && self.full_name_at(k + 1).is_some()
        {
            occ.last = k;
            k += 1;
        }
        // "Kepala Balai Wilayah Sungai (BWS) Saddang Walanae, Hendra
        // Lamato": after the title's short form in parentheses, the
        // capitalised words before a comma and a full name are the body's
        // own name.
        if self.text(k.wrapping_sub(1)) == ")" && occ.last + 1 == k && occ.region.is_none() {
            let full_name_after = |last: usize| {
                self.text(last + 1) == ","
                    && self
                        .full_name_at(last + 2)
                        .is_some_and(|n| self.closes_apposition(n.after))
            };
            if let Some(last) = self
                .capitalised_run(k)
                .filter(|&last| full_name_after(last))
            {
                occ.last = last;
                k = last + 1;
            }
        }
        // "Kadis Sosial Prov. Sulbra Drs. Yusran": a level word and a place
        // the gazetteer lacks (another province's, or misspelt) before a
        // name with honorifics, a rank or two words.
        if occ.region.is_none()
            && !occ.place
            && self.doc.level_word(k).is_some()
            && self.region_mention(k).is_none()
        {
            let place = (k + 1..k + 3)
                .take_while(|&j| self.is_plain_name_word(j) && self.region_mention(j).is_none())
                .last();
            if let Some(place) = place {
                let at = if self.text(place + 1) == "," {
                    place + 2
                } else {
                    place + 1
                };
                let titled = self
                    .name_at(at)
                    .is_some_and(|n| n.first == at && n.rank.is_some() || !n.honorifics.is_empty());
                if titled {
                    occ.last = place;
                    k = place + 1;
                }
            }
        }
        // "Anggota DPRD Provinsi, H. Sukardi": a level word with no place
        // after it, then a comma or the holder's honorific or rank.
        if occ.region.is_none()
            && self.doc.level_word(k).is_some()
            && self.region_mention(k).is_none()
            && (self.text(k + 1) == ","
                || matches!(
                    self.affix(k + 1),
                    Some((_, AffixKind::Rank | AffixKind::Honorific))
                ))
        {
            let at = if self.text(k + 1) == "," {
                k + 2
            } else {
                k + 1
            };
            if self.name_at(at).is_some() {
                occ.last = k;
                k += 1;
            }
        }
        // "Muh Noor Uthary (Camat Mangarabomban)": inside parentheses
        // after a name, the words after the title are its place.
        if self.text(occ.first.wrapping_sub(1)) == "(" && !occ.place {
            if let Some(place) = self.capitalised_run(k) {
                if self.text(place + 1) == ")" && self.name_before(occ.first - 1).is_some() {
                    occ.last = place;
                    k = place + 1;
                }
            }
        }
        // "Direktur Rumah Sakit Umum Daerah (RSUD) MM Dunda, NAME": the
        // hospital's namesake, initials first, before the holder.
        let hospital_word = if self.text(k.wrapping_sub(1)) == ")" {
            k.wrapping_sub(2)
        } else {
            k.wrapping_sub(1)
        };
        let initials = self
            .doc
            .tokens
            .get(k)
            .is_some_and(|t| t.is_all_caps() && t.is_wordlike() && t.text.len() <= 3);
        if initials && self.names_hospital(hospital_word) {
            if let Some(last) = self.capitalised_run(k + 1) {
                occ.last = last;
                k = last + 1;
            }
        } else if self.names_hospital(hospital_word) {
            // "Direktur RSUD Tenriawaru Bone dr. H. A": the hospital's name
            // up to the honorific that starts the holder's.
            if let Some(last) = self.capitalised_run(k) {
                let honorific = matches!(
                    self.affix(last + 1),
                    Some((_, AffixKind::Honorific | AffixKind::Rank))
                );
                if honorific {
                    occ.last = last;
                    k = last + 1;
                }
            }
        }
        // "Kepala Badan Kesbangpol Linmas Andi Amril": a field's short form
        // after the body belongs to the office, not to the holder's name.
        if self.engine.titles.field(self.text(k)).is_some()
            && self.doc.tokens[k].is_capitalized()
            && self.name_at(k + 1).is_some()
        {
            occ.last = k;
            k += 1;
        }
        // "kepala dinas Kominfo dan Persandian, A": one more field joined by
        // "dan" before the comma that precedes the holder.
        if occ.region.is_none() {
            if let Some(field_last) = self.joined_field(k) {
                let words = &self.doc.text
                    [self.doc.tokens[k + 1].span.start..self.doc.tokens[field_last].span.end];
                occ.canonical = format!("{} dan {words}", occ.canonical);
                occ.last = field_last;
                k = field_last + 1;
            }
        }
        // "Sekda Poso sekaligus Ketua TAPD, A", "… yang juga Ketua TAPD,
        // A": a second office joined to the first before the holder, who
        // is named by the first.
        let joiner = if self.is_one_of(k, &["sekaligus", "merangkap"]) {
            1
        } else if self.is(k, "yang") && self.is(k + 1, "juga") {
            2
        } else {
            0
        };
        // An association's chair "yang juga Kepala Desa X, A" is named by
        // the public office, which the later title reads.
        let public = crate::titles::is_public_office(occ.category);
        if joiner > 0 && public && self.starts_title(k + joiner) {
            let mut j = k + joiner;
            while j < k + joiner + 12
                && (matches!(self.text(j), "(" | ")") || self.doc.is_capitalized_word(j))
            {
                j += 1;
            }
            if self.text(j) == "," && self.name_at(j + 1).is_some() {
                return j;
            }
        }
        // "Pengadilan Negeri (PN) Andoolo": the body's town, written after
        // its acronym, which the region stage did not read on its own.
        if let Some(last) = occ.region.and_then(|r| self.spells_region(k, r)) {
            occ.last = last;
            k = last + 1;
        }
        k
    }

    /// The last token of the place of a village or district title at
    /// `occ`, when it ends a list item: in "Yusuf Tandi Kepala Desa Ululere,
    /// Hamka Sule Kepala Desa Lalomba" the words after each title are its
    /// place (known to the gazetteer or not), and the holder is the name
    /// written right before the title. `title_last` is the title's last
    /// token before its place was read, `k` the token after the place.
    fn place_ending_item(&self, occ: &TitleOcc, title_last: usize, k: usize) -> Option<usize> {
        if !matches!(occ.scope, Scope::Village | Scope::District) {
            return None;
        }
        let last = if occ.place || occ.last > title_last {
            occ.last
        } else {
            self.capitalised_run(k)?
        };
        let ends = matches!(self.text(last + 1), "," | "." | ";" | ")" | "")
            || self.is_one_of(last + 1, &["dan", "serta"])
            || self.doc.line_break_before(last + 1);
        ends.then_some(last)
    }

    /// The last token of a unit's number and name written from `k`, when
    /// the holder follows them after a comma or with a rank: "142 Taro Ada
    /// Taro Gau (Tatag), Brigjen TNI …", "1311 Morowali Letkol …".
    fn unit_designation(&self, k: usize) -> Option<usize> {
        let number = self.doc.tokens.get(k)?;
        if number.kind != crate::TokenKind::Number
            || number.text.len() > 4
            || self.text(k + 1) == "/"
        {
            return None;
        }
        let mut last = self.capitalised_run(k + 1)?;
        // Up to five words: "Taro Ada Taro Gau".
        while last < k + 5 && self.capitalised_run(last + 1).is_some() {
            last += 1;
        }
        if self.text(last + 1) == "(" && self.text(last + 3) == ")" {
            last += 3;
        }
        let holder_next = |j: usize| matches!(self.affix(j), Some((_, AffixKind::Rank)));
        (holder_next(last + 1) || self.text(last + 1) == "," && holder_next(last + 2))
            .then_some(last)
    }

    /// Whether the words `first..=last` after a title are written again
    /// elsewhere right after another title or a level word: a place the
    /// gazetteer lacks ("Camat Lembarosa, Kapolsek Lembarosa, Kapus
    /// Lembarosa"), since offices do not share their holders' names.
    ///
    /// So, in the same sentence, are words after a common noun ("nelayan
    /// Lamboroe, Lurah Lamboroe"): a person is not named twice in one
    /// sentence.
    fn named_again_as_place(&self, first: usize, last: usize) -> bool {
        let len = last - first;
        let tokens = &self.doc.tokens;
        let sentence = self.doc.sentence_of(first);
        // The same text has the same shape: when the name's first word is
        // capitalised, only capitalised tokens are compared (eight shapes
        // read at once between them), not every token of the text.
        let shapes = self.doc.shapes();
        let capitalised = shapes.get(first).is_some_and(|&s| s & CAPITALIZED != 0);
        let mut at = 1;
        let candidates = std::iter::from_fn(|| {
            let j = if capitalised {
                super::super::next_marked(shapes, at, CAPITALIZED)
            } else {
                at
            };
            at = j + 1;
            Some(j)
        });
        let end = tokens.len().saturating_sub(len);
        candidates.take_while(|&j| j < end).any(|j| {
            let after_common_noun = || {
                self.doc.sentence_of(j) == sentence
                    && tokens[j - 1].kind == crate::TokenKind::Word
                    && !tokens[j - 1].is_capitalized()
                    && super::super::is_common_word(tokens[j - 1].text)
                    && !self.is_one_of(j - 1, SPEECH_VERBS)
            };
            j != first
                && (0..=len).all(|n| tokens[j + n].text == tokens[first + n].text)
                && (self.doc.level_word(j - 1).is_some()
                    || self.lk.title(j - 1).is_some_and(|(h, _)| h.last == j - 1)
                    || (j.saturating_sub(3)..j)
                        .any(|s| self.lk.title(s).is_some_and(|(h, _)| h.last + 1 == j))
                    || after_common_noun())
        })
    }

    /// The words after a village or district title that name a place the
    /// gazetteer lacks: read as the title's place (they end before its
    /// holder), capitalised, and no region already.
    pub(super) fn unlisted_place_of(
        &self,
        occ: &TitleOcc,
        title_last: usize,
    ) -> Option<(Span, crate::gazetteer::Level)> {
        let level = occ.scope.local_level()?;
        // "Kepala Desa Watu Lanoa Kecamatan Ladongi": a place the regions
        // stage read without a code, inside the title's words; "Lurah
        // Talise": one of several villages of that name, named as written.
        let gazetteer = &self.engine.gazetteer;
        let ambiguous_at_level = |m: &crate::recognize::regions::RegionMention| {
            m.unlisted.is_none()
                && !m.candidates.is_empty()
                && m.candidates
                    .iter()
                    .all(|&c| gazetteer.region(c).level() == level)
        };
        if let Some(m) = (occ.first..=occ.last)
            .filter_map(|j| self.region_mention(j))
            .find(|m| m.region.is_none() && (m.unlisted == Some(level) || ambiguous_at_level(m)))
        {
            return Some((m.span, level));
        }
        let (first, last) = (title_last + 1, occ.last);
        let words = first <= last
            && (first..=last).all(|j| {
                self.doc.tokens[j].kind == crate::TokenKind::Word
                    && self.doc.tokens[j].is_capitalized()
                    && self.region_mention(j).is_none()
            });
        (words && !occ.place && occ.region.is_none()).then(|| {
            let tokens = &self.doc.tokens;
            (
                Span::new(tokens[first].span.start, tokens[last].span.end),
                level,
            )
        })
    }

    /// Whether token `i` opens a sentence or a line.
    pub(super) fn opens_sentence(&self, i: usize) -> bool {
        i == 0 || matches!(self.text(i - 1), "." | "!" | "?") || self.doc.line_break_before(i)
    }

    /// The last token of a unit's parent command written at `k`, after the
    /// unit's place and before the holder's rank: "Kapolsek Bunta Polres
    /// Banggai Iptu X", "Danramil Bunta Kodim 1308 Luwuk Kapten X" (the
    /// command's town may follow its number).
    pub(super) fn parent_command_before_rank(&self, occ: &TitleOcc, k: usize) -> Option<usize> {
        let parent = self
            .org_mention(k)
            .filter(|o| occ.place && o.category == occ.category)?;
        let rank_at = |j: usize| matches!(self.affix(j), Some((_, AffixKind::Rank)));
        let town = self.doc.tokens.get(parent.last + 1).is_some_and(|t| {
            t.kind == crate::TokenKind::Word && t.is_capitalized() && rank_at(parent.last + 2)
        });
        let last = match self.region_mention(parent.last + 1) {
            Some(m) => m.last,
            None if town => parent.last + 1,
            None => parent.last,
        };
        rank_at(last + 1).then_some(last)
    }

    /// Whether a one-word "name" read before an apposition link is a verb
    /// opening its sentence: "Bertindak sebagai Ketua Majelis …".
    pub(super) fn verb_opening_sentence(&self, name: &NameParse) -> bool {
        let opens = self.opens_sentence(name.first)
            || matches!(self.text(name.first.wrapping_sub(1)), "\"" | "“");
        let word = self.text(name.first).to_ascii_lowercase();
        let verbal_prefix = ["ber", "ter", "meng", "meny", "mem", "men", "di"]
            .iter()
            .any(|p| word.starts_with(p) && word.len() >= p.len() + 4);
        name.first == name.last && name.honorifics.is_empty() && opens && verbal_prefix
    }

    /// The holder written right before a village or district title whose
    /// place ends a list item (see [`Self::place_ending_item`]), and the
    /// place's last token.
    pub(super) fn holder_before_local_title(
        &self,
        occ: &TitleOcc,
        title_last: usize,
        k: usize,
    ) -> Option<(NameParse, usize)> {
        let first = occ.first;
        let degree_before = self.degree_right_before(first);
        if first == 0 || !self.is_name_word(first - 1, false) && !degree_before {
            return None;
        }
        // "Drs. A, MM. Wakil Bupati X, AKBP B, SH Kapolres X": a title
        // right after a name's degrees, with no comma between, is that
        // name's (a holder named first and his degrees end the item).
        // Not when the holder's name follows the title directly: "Hj A SH.
        // Gubernur Sultra B memberi sambutan" (the sentence ended at "SH.").
        let named_after = || self.text(k) != "," && self.name_at(k).is_some();
        if degree_before
            && occ.scope != Scope::Village
            && occ.scope != Scope::District
            && !named_after()
        {
            // Past the degree's own full stop ("MM. Wakil Bupati").
            let end = if self.text(first - 1) == "." {
                first - 1
            } else {
                first
            };
            let name = self.name_before(end)?;
            return (name.last + 1 < first).then_some((name, occ.last));
        }
        let place_last = self.place_ending_item(occ, title_last, k)?;
        let name = self.name_before(first)?;
        // One capitalised word opening a sentence may be a common noun
        // ("Terdakwa Kades Sumarrang, …").
        if name.first == name.last && name.honorifics.is_empty() && self.opens_sentence(name.first)
        {
            return None;
        }
        Some((name, place_last))
    }

    /// Whether the name `n` read after the title `occ` (from `k`, past a
    /// comma) belongs to the next title of a list written name first:
    /// the name before `occ` is set off by a comma and opens the list (after
    /// "Hadir", "yakni", a colon or the sentence's start) or follows the
    /// title of an item read so (`backward_end`), and `n` is followed by a
    /// comma and a title.
    pub(super) fn named_first_list(
        &self,
        occ: &TitleOcc,
        k: usize,
        n: &NameParse,
        backward_end: Option<usize>,
    ) -> bool {
        const OPENERS: &[&str] = &[
            "hadir",
            "yakni",
            "yaitu",
            "lain",
            "antaranya",
            "diantaranya",
            "dihadiri",
            ":",
        ];
        if self.text(k.wrapping_sub(1)) != ","
            || self.text(n.after) != ","
            || self.title_at(n.after + 1).is_none()
            || occ.first < 2
            || self.text(occ.first - 1) != ","
        {
            return false;
        }
        let Some(before) = self.name_before(occ.first - 1) else {
            return false;
        };
        // The list item starts at the name's honorifics or rank.
        let mut start = before.first;
        while let Some((hit, _)) = start.checked_sub(1).and_then(|p| self.affix(p)) {
            if hit.last + 1 != start {
                break;
            }
            start = hit.first;
        }
        let Some(p) = start.checked_sub(1) else {
            return true;
        };
        // Or a word of the clause, no title's ("Polisi menahan A, Kades X,
        // B, Kades Y", "terhadap A, …").
        let clause_word = self.doc.tokens[p].kind == crate::TokenKind::Word
            && !self.doc.tokens[p].is_capitalized()
            && !self.in_lower_case_title(p)
            && self.is_plain_name(&before);
        let opener = self.is_one_of(p, OPENERS) || clause_word || self.opens_sentence(start);
        let after_item = backward_end.is_some_and(|end| {
            end + 1 == p && self.text(p) == ","
                || end + 2 == p && self.is_one_of(p, &["dan", "serta"])
        });
        opener || after_item
    }

    /// A name at `j` that cannot be a place's: two words or more, or a rank
    /// or honorifics before it ("…, Dwi Cahyono", "…, H. Mulyadi"); no
    /// title starts at `j`.
    fn full_name_at(&self, j: usize) -> Option<NameParse> {
        if self.starts_title(j) {
            return None;
        }
        self.name_at(j).filter(|n| {
            n.first == j && (n.last > n.first || n.rank.is_some()) || !n.honorifics.is_empty()
        })
    }

    /// Whether the words from `k` close a name set off in apposition and
    /// go on with the clause: ", mengatakan", "mengatakan" (not ", dan"
    /// or ", Amir": a list of names). "Kepala Desa Lembah Sari, Hasan,
    /// mengatakan": a one-word name so closed is the holder, the words
    /// before the comma the place.
    fn closes_apposition(&self, k: usize) -> bool {
        let k = if self.text(k) == "," { k + 1 } else { k };
        self.doc.tokens.get(k).is_some_and(|t| {
            t.kind == crate::TokenKind::Word
                && !t.is_capitalized()
                && !self.is_one_of(k, &["dan", "serta", "atau"])
        })
    }

    /// Whether a name of two words or more ends right before an apposition
    /// link to the title at `first`: "Anton Kopo, S.AP sebagai …".
    pub(super) fn name_linked_before(&self, first: usize) -> bool {
        self.apposition_link_before(first)
            .and_then(|(link, _)| self.name_before(link))
            .is_some_and(|n| n.last > n.first)
    }

    /// The last token of a facility's or unit's name written right after
    /// a title, from `k`: capitalised words that end in a province,
    /// regency or city ("Kepala Bandara Haluoleo Kendari, X", "Kepala KSOP
    /// Teluk Kendari", "Kepala Cabang Dinas … Rayon Kabupaten Kolaka, X",
    /// "Pemilihan Kepala Desa Serentak Kabupaten Sigi"). A person's name
    /// does not run on into such a place, so the words are the office's.
    pub(super) fn unit_name_after_title(&self, k: usize) -> Option<usize> {
        const MAX_WORDS: usize = 4;
        // "Teluk Kendari": a bay, lake or mountain is named, no person.
        if self.is_one_of(k, super::super::regions::GEOGRAPHIC_FEATURES)
            && self.doc.is_capitalized_word(k + 1)
            && self.affix(k + 1).is_none()
        {
            let mut last = k + 1;
            while last < k + 3
                && self.doc.is_capitalized_word(last + 1)
                && !self.doc.line_break_before(last + 1)
                && self.affix(last + 1).is_none()
                && !self.starts_title(last + 1)
            {
                last += 1;
            }
            return Some(last);
        }
        // "Kepala UPP Lasusua Rudi Hartono": a district or village the
        // title's scope does not take, then its holder's name.
        if let Some(m) = self.region_mention(k).filter(|m| {
            m.region.is_some()
                && self.is_name_word(m.last + 1, false)
                && self.is_name_word(m.last + 2, false)
                && !self.doc.line_break_before(m.last + 1)
        }) {
            return Some(m.last);
        }
        for j in k..k + MAX_WORDS {
            let t = self.doc.tokens.get(j)?;
            if t.kind != crate::TokenKind::Word
                || !t.is_capitalized()
                || self.doc.line_break_before(j)
                || self.affix(j).is_some()
                || self.org_mention(j).is_some()
                || self.starts_title(j)
            {
                return None;
            }
            if let Some(m) = self.high_region_at(j) {
                return (j > k).then_some(m.last);
            }
        }
        None
    }

    /// The closing parenthesis after the title's place written again in
    /// parentheses at `k`, its long or short form: "Bupati Bolmong
    /// (Bolaang Mongondow)".
    /// So is a country's short form after its name: "Wakil Menteri Dalam
    /// Negeri Republik Indonesia (RI), X".
    pub(super) fn same_place_in_parentheses(&self, occ: &TitleOcc, k: usize) -> Option<usize> {
        use super::super::COUNTRY;
        if self.text(k) != "(" {
            return None;
        }
        let country = k > 0
            && self.lk.mask(k - 1) & COUNTRY != 0
            && self.lk.mask(k + 1) & COUNTRY != 0
            && self.text(k + 2) == ")";
        if country {
            return Some(k + 2);
        }
        let region = occ.region?;
        let m = self.region_mention(k + 1)?;
        (m.region == Some(region) && self.text(m.last + 1) == ")").then_some(m.last + 1)
    }

    /// Whether the name read before a title names a place or a facility,
    /// no person: after the locative "di" ("tiba di Tampa Padang, Gubernur
    /// disambut …"), after a facility's head noun ("Bandara …"), or right
    /// after a body's mention whose own name it completes ("Kodim 1403 Sw,
    /// Bupati …").
    pub(super) fn place_named_before(&self, name: &NameParse) -> bool {
        const FACILITIES: &[&str] = &[
            "bandara",
            "pelabuhan",
            "terminal",
            "stasiun",
            "jalan",
            "jl",
            "lapangan",
            "stadion",
            "gedung",
            "masjid",
            "bendungan",
            "taman",
            "hotel",
            "wisma",
            "pasar",
            "dermaga",
        ];
        let start = name.first.saturating_sub(name.honorifics.len());
        let Some(p) = start.checked_sub(1) else {
            return false;
        };
        let org_ends = {
            let at = self.orgs.partition_point(|m| m.last < p);
            self.orgs.get(at).is_some_and(|m| m.last == p)
        };
        self.is_one_of(p, &["di", "ke"]) || self.is_one_of(p, FACILITIES) || org_ends
    }

    /// Whether the one bare word at `k`, right after a village or district
    /// head's title, is the title's place (one the gazetteer lacks, or holds
    /// several times) rather than its holder: when a name is linked before
    /// the title ("Anton Kopo sebagai Plt Lurah Besusu."), or when the same
    /// title is written before a place elsewhere in the sentence ("Kepala
    /// Desa Tamalantik dan Kepala Desa Sipakuan sedang diperiksa", "kades
    /// Talopak, kades Salurinduk, dan kades Botteng").
    pub(super) fn place_word_after_title(&self, occ: &TitleOcc, k: usize) -> bool {
        if occ.region.is_some()
            || occ.scope.local_level().is_none()
            || !self
                .name_at(k)
                .is_some_and(|n| n.is_bare_word() && n.after == k + 1)
        {
            return false;
        }
        let linked =
            matches!(self.text(k + 1), "," | "." | ";" | "") && self.name_linked_before(occ.first);
        linked || self.same_title_names_a_place(occ, k)
    }

    /// Whether the title `occ`, its words ending right before `k`, is
    /// written before a place elsewhere in its sentence. Not after a place
    /// of its own: "Kepala Desa Alesalewoe Bultan" holds "Bultan".
    fn same_title_names_a_place(&self, occ: &TitleOcc, k: usize) -> bool {
        let right_after_title =
            (occ.first..k).any(|s| self.lk.title(s).is_some_and(|(hit, _)| hit.last + 1 == k));
        if occ.place || !right_after_title {
            return false;
        }
        let sentence = self.doc.sentence_of(k);
        let window = occ.first.saturating_sub(30)..(k + 30).min(self.doc.tokens.len());
        window.into_iter().any(|j| {
            j != occ.first
                && self.lk.title(j).is_some_and(|(hit, t)| {
                    hit.first == j
                        && self.engine.titles.title(t).canonical() == occ.canonical
                        && self.region_mention(hit.last + 1).is_some()
                        && self.doc.sentence_of(j) == sentence
                })
        })
    }

    /// Whether a dash before the title at `first` ends a list line's name:
    /// "- Roni Sasuhe – Penjabat Kapitalaung Lapango", "1. Rina Lolo -
    /// Kepala Desa X".
    pub(super) fn dashed_list_item(&self, first: usize) -> bool {
        let Some(dash) = first.checked_sub(1) else {
            return false;
        };
        if !matches!(self.text(dash), "–" | "—" | "-") {
            return false;
        }
        let Some(name) = self.name_before(dash) else {
            return false;
        };
        // Only a list marker or number, and the name's affixes, before it
        // on its line ("Tandaseru — Mantan Kepala Desa …" is a dateline).
        let mut s = name.first;
        let mut marked = false;
        while !self.doc.starts_line(s) {
            let p = s - 1;
            let marker = matches!(self.text(p), "-" | "–" | "•" | "*" | "." | ")")
                || self.doc.tokens[p].kind == crate::TokenKind::Number;
            let affix = matches!(
                self.affix(p),
                Some((_, AffixKind::Honorific | AffixKind::Rank))
            );
            if !marker && !affix {
                return false;
            }
            marked |= marker;
            s = p;
        }
        marked
    }

    /// Whether the clause item ending before the comma at `comma` names a
    /// holder by an apposition link ("… Ucok Suarso sebagai Camat Lamasi,"):
    /// a link word within the item, no sentence end between.
    pub(super) fn linked_item_before(&self, comma: usize) -> bool {
        const LONGEST_ITEM: usize = 12;
        (comma.saturating_sub(LONGEST_ITEM)..comma)
            .rev()
            .take_while(|&j| !matches!(self.text(j), "." | "!" | "?" | ";"))
            .any(|j| self.is_one_of(j, &["sebagai", "selaku"]))
    }

    /// Whether a number is written right before the title at `first`
    /// ("tiga kepala desa", "5 anggota").
    pub(super) fn counted(&self, first: usize) -> bool {
        first.checked_sub(1).is_some_and(|p| {
            self.is_in(p, &super::lists::NUMBER_WORDS)
                || self.doc.tokens[p].kind == crate::TokenKind::Number && self.text(p).len() <= 3
        })
    }

    /// Whether a title of the person's own follows the name `n` after a
    /// comma ("A, Kades X").
    pub(super) fn own_title_after(&self, n: &NameParse) -> bool {
        self.text(n.after) == "," && self.starts_title(n.after + 1)
    }

    /// Whether a name read in a list holds no word of a place, body,
    /// title, common word or verb ("Pulau Selayar", "Diketahui").
    fn is_plain_name(&self, name: &NameParse) -> bool {
        // "Pulau Selayar", "Gedung Juang": a feature or building named.
        let first = self.text(name.first);
        let feature = super::super::regions::NOT_A_REGION_AFTER
            .iter()
            .chain(super::super::regions::GEOGRAPHIC_FEATURES)
            .any(|w| first.eq_ignore_ascii_case(w));
        !feature
            && (name.first..=name.last).all(|j| {
                self.region_mention(j).is_none()
                && !self.inside_region(j)
                && self.org_mention(j).is_none()
                && !self.starts_title(j)
                && !super::super::is_common_word(self.text(j))
                && !super::super::looks_verbal(self.text(j))
                // "Wakilnya, Andi Tahir": a noun with a possessive.
                && !self.text(j).ends_with("nya")
            })
    }

    /// Whether token `p` is a word of a title or role written before it or
    /// starting at it ("kepala desa", "ketua").
    fn in_lower_case_title(&self, p: usize) -> bool {
        const LONGEST_TITLE: usize = 6;
        (p.saturating_sub(LONGEST_TITLE)..=p).any(|j| {
            let title_end = self.lk.title(j).map(|(hit, _)| hit.last);
            let role_end = self.lk.role(j).map(|(hit, _)| hit.last);
            title_end.max(role_end).is_some_and(|last| last >= p)
        })
    }

    /// Whether a name's degree ends right before token `first`, past a
    /// full stop of its own ("SH Kapolres", "MM. Wakil Bupati").
    fn degree_right_before(&self, first: usize) -> bool {
        let end = if first > 1 && self.text(first - 1) == "." {
            first - 2
        } else {
            first.wrapping_sub(1)
        };
        first > 0
            && !self.doc.line_break_before(first)
            && matches!(self.affix(end), Some((hit, AffixKind::Degree)) if hit.last == end)
    }

    /// Whether a village or district title at `k` takes the name before it
    /// as its holder, or any title written right after the name's degrees:
    /// then that name is no holder of a title before it.
    pub(super) fn claims_name_before(&self, k: usize) -> bool {
        let Some(mut occ) = self.title_at(k) else {
            return false;
        };
        let title_last = occ.last;
        let after = self.place_after_title(&mut occ);
        if self.degree_right_before(k) {
            // "…, Hj Warda Dg Mamala, SE. Ketua DPRD didampingi …": after
            // the degree's full stop, a title the clause goes on from (a
            // verb after it) opens the next sentence.
            let clause_after = self.text(k - 1) == "."
                && self
                    .doc
                    .tokens
                    .get(after)
                    .is_some_and(|t| t.kind == crate::TokenKind::Word && !t.is_capitalized());
            return !clause_after;
        }
        self.place_ending_item(&occ, title_last, after).is_some()
    }

    /// The deputy's title written after `occ` and "dan", which pairs with
    /// it: "Bupati dan Wakil Bupati Mamasa", "Ketua dan Wakil Ketua DPRD".
    pub(super) fn deputy_title_after(&self, occ: &TitleOcc) -> Option<TitleOcc> {
        if self.text(occ.last + 1) != "dan" {
            return None;
        }
        let second = self.title_at(occ.last + 2)?;
        let deputy = second.first == occ.last + 2
            && second
                .canonical
                .strip_prefix("Wakil ")
                .is_some_and(|rest| rest.starts_with(&occ.canonical));
        deputy.then_some(second)
    }

    /// The names listed before the name starting at `first`, nearest
    /// first: "A, B dan C selaku …" gives B, then A. A region, title or
    /// body ends the list.
    pub(super) fn names_listed_before(&self, first: usize) -> Vec<NameParse> {
        let mut out = Vec::new();
        let mut k = first;
        while out.len() < 8 {
            let Some(mut end) = k.checked_sub(1) else {
                break;
            };
            let conjunction = self.is_one_of(end, &["dan", "serta"]);
            if !(conjunction || self.text(end) == ",") {
                break;
            }
            // ", dan" / ", serta".
            if conjunction && end > 0 && self.text(end - 1) == "," {
                end -= 1;
            }
            let Some(name) = self.name_before(end) else {
                break;
            };
            // Not a clause's opening word ("Diketahui, A resmi menjabat
            // sebagai …").
            if !self.is_plain_name(&name) {
                break;
            }
            k = name.first;
            out.push(name);
        }
        out
    }

    /// The number of tokens of a term written after an office at `k`:
    /// "periode 2017-2022", "masa jabatan 2019 – 2024", "periode lalu".
    fn term_of_office(&self, k: usize) -> Option<usize> {
        let start = if self.is(k, "periode") {
            k + 1
        } else if self.is(k, "masa") && self.is(k + 1, "jabatan") {
            k + 2
        } else {
            return None;
        };
        if self.is_one_of(start, &["lalu", "sebelumnya"]) {
            return Some(start + 1 - k);
        }
        let mut j = start;
        while j < start + 5
            && self.doc.tokens.get(j).is_some_and(|t| {
                t.kind == crate::TokenKind::Number || matches!(t.text, "-" | "–" | "—" | "/")
            })
        {
            j += 1;
        }
        (j > start && self.doc.tokens[start].kind == crate::TokenKind::Number).then_some(j - k)
    }

    /// Whether the words between an office and its holder, `from..to`, say
    /// the holder held it before: "Danrem lama Brigjen X", "Kapolres
    /// sebelumnya AKBP Y", "Bupati Sigi periode lalu", "Kapolda saat itu, Z".
    pub(super) fn former_between(&self, from: usize, to: usize) -> bool {
        (from..to).any(|j| {
            let lower = self.doc.tokens[j]
                .text
                .starts_with(|c: char| c.is_lowercase());
            lower
                && (self.is_one_of(
                    j,
                    &["lama", "sebelumnya", "semula", "lalu", "almarhum", "almarhumah", "alm"],
                )
                    // "Kapolda Sulbar saat itu, X": the holder at that time.
                    || j + 1 < to
                        && self.is_one_of(j, &["saat", "ketika", "waktu"])
                        && self.is(j + 1, "itu"))
        })
    }

    /// A name written as initials only at `k`: two to four capitals, not a
    /// known body, region or country, and nothing capitalised after it.
    pub(super) fn initialism_name(&self, k: usize) -> Option<NameParse> {
        let t = self.doc.tokens.get(k)?;
        let initials = t.kind == crate::TokenKind::Word
            && (2..=4).contains(&t.text.len())
            && t.text.bytes().all(|b| b.is_ascii_uppercase());
        let alone = !self
            .doc
            .tokens
            .get(k + 1)
            .is_some_and(|n| n.is_capitalized() && n.is_wordlike());
        if !initials
            || !alone
            || self.lk.body(k).is_some()
            || self.org_mention(k).is_some()
            || self.region_mention(k).is_some()
            || self.country_at(k).is_some()
            || self.affix(k).is_some()
            || self.starts_title(k)
        {
            return None;
        }
        Some(NameParse {
            first: k,
            last: k,
            honorifics: Vec::new(),
            rank: None,
            degrees: Vec::new(),
            after: k + 1,
            span: None,
        })
    }

    /// The office written after a change word at `k`: ", kini Kepala
    /// Bapenda", "sekarang Sekretaris DPRD", "menjadi Kadis DPMPTSP".
    pub(super) fn office_after_change(&self, k: usize) -> Option<TitleOcc> {
        // Words that say the office changed ("dilantik sebagai", "kini
        // dipercaya menempati jabatan baru sebagai") and words that may
        // stand among them.
        const CHANGE: &[&str] = &[
            "kini",
            "sekarang",
            "menjadi",
            "lalu",
            "dilantik",
            "ditunjuk",
            "diangkat",
            "dipercaya",
            "dimutasi",
        ];
        const ALONG: &[&str] = &["menjabat", "sebagai", "menempati", "jabatan", "baru", "dan"];
        let mut j = if self.text(k) == "," { k + 1 } else { k };
        if !self.is_one_of(j, CHANGE) {
            return None;
        }
        let limit = j + 6;
        while j < limit && (self.is_one_of(j, CHANGE) || self.is_one_of(j, ALONG)) {
            j += 1;
        }
        // "menjadi Plt Kepala Bapelitbangda": the title after its status
        // word, which the title takes along.
        let at = match self.affix(j) {
            Some((hit, crate::titles::AffixKind::Acting)) => hit.last + 1,
            _ => j,
        };
        self.title_at(at)
            .filter(|t| t.first == j || t.first + 1 == j)
    }

    /// Two holders written before two titles joined by "dan" after
    /// "sebagai": ("pasangan) A dan B sebagai Bupati dan Wakil Bupati", "A-B
    /// sebagai …". Gives the second title and the two names.
    pub(super) fn pair_before(&self, occ: &TitleOcc) -> Option<(TitleOcc, NameParse, NameParse)> {
        if !self.is(occ.last + 1, "dan") {
            return None;
        }
        let second = self
            .title_at(occ.last + 2)
            .filter(|t| t.first == occ.last + 2)?;
        let link = occ.first.checked_sub(1)?;
        if !self.is(link, "sebagai") {
            return None;
        }
        let two = self.name_before(link)?;
        if two.first >= 2 && self.is(two.first - 1, "dan") {
            let one = self.name_before(two.first - 1)?;
            return Some((second, one, two));
        }
        // One token written "Rahmat Lamba-Yusuf Tandi" or "Yani-Jefri".
        let (one, two) = self.split_at_hyphen(&two)?;
        Some((second, one, two))
    }

    /// The length of "yang baru (saja) dilantik" at `k`: "Anggota DPRD
    /// Mamuju yang baru saja dilantik Alfais Muhammad".
    fn newly_installed(&self, k: usize) -> Option<usize> {
        if !(self.is(k, "yang") && self.is(k + 1, "baru")) {
            return None;
        }
        let verb = if self.is(k + 2, "saja") { k + 3 } else { k + 2 };
        self.is_one_of(verb, &["dilantik", "terpilih", "ditunjuk"])
            .then_some(verb + 1 - k)
    }

    /// The last token of a unit's name ending at `last`, past its acronym
    /// in parentheses and the town after it: "Kapolsek Kawasan Pelabuhan
    /// Samudera (KPS) Bitung, Iptu …". `last` when none follows.
    fn past_acronym_and_town(&self, last: usize) -> usize {
        let acronym = self.text(last + 1) == "("
            && self.text(last + 3) == ")"
            && self
                .doc
                .tokens
                .get(last + 2)
                .is_some_and(|t| t.is_all_caps());
        if !acronym {
            return last;
        }
        let town = self.doc.tokens.get(last + 4).is_some_and(|t| {
            t.kind == crate::TokenKind::Word && t.is_capitalized() && self.text(last + 5) == ","
        });
        if town {
            last + 4
        } else {
            last + 3
        }
    }

    /// The last of up to three capitalised words from `k` on one line: a
    /// place or unit name, read by shape only ("Ladongi Jaya").
    pub(super) fn capitalised_run(&self, k: usize) -> Option<usize> {
        let mut last = None;
        let mut j = k;
        while j < k + 3
            && self
                .doc
                .tokens
                .get(j)
                .is_some_and(|t| t.kind == crate::TokenKind::Word && t.is_capitalized())
            && (j == k || !self.doc.line_break_before(j))
        {
            last = Some(j);
            j += 1;
        }
        last
    }

    /// The holder named after a binding verb at `k`: "(kini) dijabat (oleh)
    /// X", "dipimpin AKBP X".
    pub(super) fn verb_bound_name(&self, mut k: usize) -> Option<NameParse> {
        // "Kepala Dinas Sosial – dijabat Plt oleh X": a dash as a comma.
        if matches!(self.text(k), "," | "-" | "–" | "—") {
            k += 1;
        }
        let start = k;
        while k < start + 4 && self.is_in(k, &BINDING_ADVERBS) {
            k += 1;
        }
        // "Kades Lembah Sari berinisial HT", "mantan Kades X Inisial HT":
        // the holder's initials.
        if self.is_one_of(k, &["inisial", "berinisial"]) {
            return self.initialism_name(k + 1);
        }
        // "(kini) berada di tangan Irjen Pol X": the office is in X's hands.
        if self.is(k, "berada") && self.is(k + 1, "di") && self.is(k + 2, "tangan") {
            return self.name_at(k + 3);
        }
        if !self.is_in(k, &HOLDER_VERBS) {
            return None;
        }
        k += 1;
        // "dijabat Plt oleh X": the holder acts in the office.
        if let Some((hit, AffixKind::Acting)) = self.affix(k) {
            k = hit.last + 1;
        }
        if self.is(k, "oleh") {
            k += 1;
        }
        // "yang diketuai Hakim Samuel Pattinama": the holder's own title
        // before his name is no part of it.
        if let Some((hit, _)) = self.lk.title(k) {
            if let Some(name) = self.name_at(hit.last + 1) {
                return Some(name);
            }
        }
        self.name_at(k)
    }

    /// A handover in the words after a nameless office: "diserahterimakan
    /// dari pejabat lama X kepada penggantinya Y" gives (X, Y).
    pub(super) fn rotation(&self, k: usize) -> Option<(NameParse, NameParse)> {
        let from = (k..k + 6).find(|&j| self.is(j, "dari"))?;
        let mut j = from + 1;
        while self.is_one_of(j, HANDOVER_WORDS) {
            j += 1;
        }
        let old = self.name_at(j)?;
        let mut j = old.after;
        if self.text(j) == "," {
            j += 1;
        }
        if !self.is(j, "kepada") {
            return None;
        }
        j += 1;
        while self.is_one_of(j, HANDOVER_WORDS) {
            j += 1;
        }
        Some((old, self.name_at(j)?))
    }

    /// The predecessor named after a holder: ", menggantikan Kompol X", "yang
    /// baru dua pekan menggantikan AKBP X".
    pub(super) fn replaced_name(&self, mut k: usize) -> Option<NameParse> {
        if self.text(k) == "," {
            k += 1;
        }
        let start = k;
        while k < start + 5
            && !self.is(k, "menggantikan")
            && self
                .doc
                .tokens
                .get(k)
                .is_some_and(|t| t.kind == crate::TokenKind::Word && !t.is_capitalized())
        {
            k += 1;
        }
        if !self.is(k, "menggantikan") {
            return None;
        }
        self.name_at(k + 1)
    }

    /// The apposition link ending right before token `i` ("selaku", "yang
    /// sebelumnya menjabat"): its first token, and whether it places the
    /// office in the past.
    pub(super) fn apposition_link_before(&self, i: usize) -> Option<(usize, bool)> {
        // Every link ends in one of these words: most tokens are rejected
        // with one comparison.
        let last = self.text(i.checked_sub(1)?);
        if last.len() < 4
            || last.len() > 10
            || !LINK_LAST_WORDS.iter().any(|w| last.eq_ignore_ascii_case(w))
        {
            return None;
        }
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
            .map(|(link, former)| self.link_adverbs_before(i - link.len(), former))
    }

    /// A link's start moved back over the adverbs written before it ("kini
    /// kembali menjabat sebagai", "yang mulanya menjabat"), and whether one
    /// of them places the office in the past.
    fn link_adverbs_before(&self, mut start: usize, mut former: bool) -> (usize, bool) {
        const MAX_ADVERBS: usize = 3;
        for _ in 0..MAX_ADVERBS {
            let Some(before) = start.checked_sub(1) else {
                break;
            };
            let word = self.text(before);
            let past = FORMER_ADVERBS.contains(word);
            if !(past || LINK_ADVERBS.contains(word)) || self.doc.tokens[before].is_capitalized() {
                break;
            }
            former |= past;
            start = before;
        }
        (start, former)
    }
}

/// Words after which a name, then its office, may open a noun phrase:
/// "dan Rudi Hamka Kepala Dinas Pariwisata", "dihadiri Rina Lolo Camat …".
pub(super) const PHRASE_OPENERS: &[&str] = &[
    "dan",
    "serta",
    "oleh",
    "dihadiri",
    "didampingi",
    "bersama",
    "yakni",
    "yaitu",
];

/// Verbs that introduce what someone said, before the speaker's name.
pub(super) const SPEECH_VERBS: &[&str] = &[
    "kata",
    "ujar",
    "ungkap",
    "jelas",
    "tutur",
    "tegas",
    "terang",
    "papar",
    "sebut",
    "imbuh",
    "tambah",
    "katanya",
    "ujarnya",
    "ungkapnya",
    "jelasnya",
    "tuturnya",
    "tegasnya",
    // "Hal ini diungkapkan A Bupati Bone": the passive forms.
    "diungkapkan",
    "disampaikan",
    "dikatakan",
    "ditegaskan",
    "dijelaskan",
    "dituturkan",
];

/// "Kadis PU A melalui Kabid Bina Marga B": the head of a unit speaking for
/// the head of an office ("melalui") heads a unit of that office, so the
/// office's name completes a title that names none ("Kepala Bidang Bina
/// Marga Dinas Pekerjaan Umum").
pub(super) fn units_of_superiors(f: &Finder<'_, '_>, found: &mut [OfficialMention]) {
    const UNIT_HEADS: &[&str] = &[
        "Kepala Bidang ",
        "Kepala Seksi ",
        "Kepala Subbidang ",
        "Kepala Subbagian ",
    ];
    const OFFICE_HEADS: &[&str] = &["Kepala Dinas ", "Kepala Badan "];
    let tokens = &f.doc.tokens;
    for n in 1..found.len() {
        let (before, rest) = found.split_at_mut(n);
        let (m, superior) = (&mut rest[0], &before[n - 1]);
        let unit_head = UNIT_HEADS.iter().any(|h| m.title.starts_with(h));
        let names_office = || {
            [" Dinas ", " Badan ", " Kepolisian ", " Sekretariat "]
                .iter()
                .any(|w| m.title.contains(w))
        };
        let Some(title_span) = m.title_span.filter(|_| unit_head && !names_office()) else {
            continue;
        };
        let title_first = tokens.partition_point(|t| t.span.start < title_span.start);
        let office = OFFICE_HEADS
            .iter()
            .any(|h| superior.title.starts_with(h))
            .then(|| &superior.title["Kepala ".len()..]);
        let same_sentence = f.doc.sentence_of(superior.first) == f.doc.sentence_of(title_first);
        if let Some(office) = office.filter(|_| {
            same_sentence
                && f.is(title_first.wrapping_sub(1), "melalui")
                && superior.first < title_first
        }) {
            m.title = format!("{} {office}", m.title);
            if m.region.is_none() && superior.region.is_some() {
                m.region = superior.region;
                m.inferred = true;
            }
        }
    }
}

/// The official named `name` by the title `occ`.
pub(super) fn mention_of(
    tokens: &[crate::Token<'_>],
    occ: &TitleOcc,
    name: NameParse,
) -> OfficialMention {
    // "Moh. Rizal Hadju, SE (MRH)", "Budi Lamba (BL), Kadis …": an alias
    // the text uses for the person later.
    let text = |i: usize| tokens.get(i).map_or("", |t| t.text);
    let alias = (text(name.after) == "(" && text(name.after + 2) == ")")
        .then_some(name.after + 1)
        .filter(|&a| tokens[a].is_all_caps() && (2..=5).contains(&tokens[a].text.len()));
    let mut mention = OfficialMention {
        first: name.first,
        span: name.span.unwrap_or_else(|| {
            Span::new(tokens[name.first].span.start, tokens[name.last].span.end)
        }),
        title: String::new(),
        category: occ.category,
        title_span: None,
        status: None,
        region: None,
        inferred: false,
        honorifics: name.honorifics,
        rank: name.rank,
        degrees: name.degrees,
        person: 0,
        coref: false,
        scope: occ.scope,
        alias,
        unlisted_place: None,
    };
    set_title(tokens, &mut mention, occ);
    mention
}

/// Gives `mention` the office `occ`: its title, category, written span,
/// status, region and scope.
pub(super) fn set_title(
    tokens: &[crate::Token<'_>],
    mention: &mut OfficialMention,
    occ: &TitleOcc,
) {
    mention.title = occ.canonical.clone();
    mention.category = occ.category;
    mention.title_span = Some(Span::new(
        tokens[occ.first].span.start,
        tokens[occ.last].span.end,
    ));
    mention.status = occ.status;
    mention.region = occ.region;
    mention.scope = occ.scope;
}

/// The official named `name` with the office of `occ`, which no words at
/// the name write ("Ia menggantikan X", "Polres Y dipimpin Z").
pub(super) fn untitled_mention_of(
    tokens: &[crate::Token<'_>],
    occ: &TitleOcc,
    name: NameParse,
) -> OfficialMention {
    let mut mention = mention_of(tokens, occ, name);
    mention.title_span = None;
    mention
}

/// Adds mentions found by a later pass, keeping `found` in text order.
pub(super) fn merge_found(found: &mut Vec<OfficialMention>, added: Vec<OfficialMention>) {
    if !added.is_empty() {
        found.extend(added);
        found.sort_by_key(|m| m.first);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_link_ends_in_a_listed_last_word() {
        for link in FORMER_LINKS.iter().chain(APPOSITION_LINKS) {
            let last = link.last().copied().unwrap_or_default();
            assert!(LINK_LAST_WORDS.contains(&last), "{link:?}");
        }
    }
}
