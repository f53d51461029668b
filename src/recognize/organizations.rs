//! Organisation mentions: known bodies, names built on a head noun, their
//! region qualifiers, acronyms and back-references.

use crate::fold::{ascii_lower, FastMap};
use crate::gazetteer::{Gazetteer, Scope};
use crate::span::Span;
use crate::titles::AffixKind;

use super::regions::RegionMention;
use super::{
    starting_at, Doc, Engine, Lookups, StartBits, StartSet, BODY, HEAD, LEVEL, REGION, TITLE,
};

/// An organisation mention.
#[derive(Clone, Debug)]
pub(crate) struct OrgMention {
    pub first: usize,
    pub last: usize,
    pub span: Span,
    /// Normalised long form, with the region when one is written.
    pub name: String,
    /// The long form without its region ("Dinas Kesehatan").
    pub base: String,
    /// The acronym written for it (in parentheses, or the mention itself).
    pub acronym: Option<String>,
    pub category: &'static str,
    /// The jurisdiction's region.
    pub region: Option<u32>,
    /// Whether the mention is the one name of a single institution ("TNI",
    /// "Polri"), which is no unit of another body.
    pub standalone: bool,
}

thread_local! {
    /// The vector of [`find`]'s mentions, given back by the analyzer when
    /// it has made their entities ([`keep_mentions`]): grown from nothing
    /// in each document, it was copied at each step.
    static KEPT_MENTIONS: std::cell::RefCell<Vec<OrgMention>> = std::cell::RefCell::default();
}

/// Keeps the memory of the mentions [`find`] returned for the thread's next
/// document (emptied; a long text's are freed).
pub(crate) fn keep_mentions(mentions: Vec<OrgMention>) {
    super::keep_emptied(&KEPT_MENTIONS, mentions);
}

impl OrgMention {
    /// A later mention of the same body by a short form at token `i`
    /// ("KPU" after "KPU Morowali").
    fn referred_by(&self, i: usize, token: &crate::Token<'_>) -> OrgMention {
        OrgMention {
            first: i,
            last: i,
            span: token.span,
            acronym: Some(token.text.to_string()),
            ..self.clone()
        }
    }
}

/// Whether `word` is in `sorted` (out of line: most documents' lists are
/// empty, and the search would crowd the loop that asks).
#[inline(never)]
fn is_listed(sorted: &[&str], word: &str) -> bool {
    sorted.binary_search(&word).is_ok()
}

/// The initials written after "inisial" or "berinisial" ("tersangka
/// berinisial BI", "inisial HT dan AS"): a person's, never a body's.
/// Sorted and without repeats.
fn initials_of_persons<'t>(doc: &Doc<'t>) -> Vec<&'t str> {
    let mut initials = Vec::new();
    // Most texts name no one by initials: one substring search, not a
    // walk over the tokens.
    if !doc.text.contains("nisial") {
        return initials;
    }
    // Where it occurs, the token holding it is found by its offset, not by
    // a walk over a long text's tokens ("nisial" overlaps no other
    // occurrence of itself: the search finds every one). The searcher's
    // vectorised prefilter reads a long text several times faster than
    // `match_indices`.
    static NISIAL: once_cell::sync::Lazy<aho_corasick::AhoCorasick> =
        once_cell::sync::Lazy::new(|| {
            aho_corasick::AhoCorasick::new(["nisial"]).expect("one short literal")
        });
    let tokens = &doc.tokens;
    for found in NISIAL.find_iter(doc.text) {
        let at = found.start();
        let k = tokens.partition_point(|t| t.span.end <= at);
        let Some(t) = tokens.get(k) else {
            continue;
        };
        if !matches!(t.text, "inisial" | "berinisial" | "Inisial" | "Berinisial") {
            continue;
        }
        let mut j = k + 1;
        while let Some(next) = doc.tokens.get(j).filter(|_| j <= k + 8) {
            if next.is_all_caps() && next.text.len() <= 4 {
                initials.push(next.text);
            } else if !matches!(next.text, "," | "dan" | ":") {
                break;
            }
            j += 1;
        }
    }
    // Sorted, for a binary search per token: a long text names many.
    initials.sort_unstable();
    initials.dedup();
    initials
}

/// Lowercase words that may join the words of a name ("Dinas Perindustrian
/// dan Perdagangan", "Badan Pengawas Obat dan Makanan").
const CONNECTORS: &[&str] = &["dan", "untuk", "pada", "serta", "&", "atas", "bagi"];

/// Words before a unit noun that make it a class, not one body ("setiap
/// KPU", "dua Polsek").
pub(super) const QUANTIFIERS: &[&str] = &[
    "masing-masing",
    "setiap",
    "tiap",
    "semua",
    "seluruh",
    "para",
    "beberapa",
    "sejumlah",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "puluhan",
    "ratusan",
    // "satu-satunya Puskesmas di Soppeng yang …", "salah satu SMA":
    // the only one, or one, of a kind.
    "satu-satunya",
    "satu",
    "sebuah",
    "banyak",
    "berbagai",
    "antar",
    "se",
    // "kedua Kodam": both commands.
    "kedua",
    "ketiga",
    // "rekan-rekan Panitia Pemilihan Kecamatan (PPK)": colleagues of a
    // kind of body.
    "rekan-rekan",
];

/// Words after a unit noun that make it a class ("KPU kabupaten", "Polres
/// mana pun").
const CLASS_FOLLOWERS: &[&str] = &[
    "kabupaten",
    "kota",
    "provinsi",
    "mana",
    "se",
    "lain",
    "lainnya",
    "jajaran",
];

struct Finder<'a, 't> {
    doc: &'a Doc<'t>,
    engine: &'a Engine,
    lk: &'a Lookups<'a, 't>,
    /// Region mention starting at each token, if any.
    regions: &'a [RegionMention],
    /// Where the region mentions start.
    region_starts: StartSet<'a>,
    /// The tokens [`Finder::inside_region_name`] says are inside a region's
    /// name: for each region (sorted by first token), those after its first
    /// up to its last, and not past the next region's first (the last region
    /// starting before a token is the one that decides), one bit each.
    region_insides: StartSet<'a>,
}

/// A qualifier after a name: region, "RI", or a unit number.
struct Qualifier {
    last: usize,
    region: Option<u32>,
    /// The region is the town the body sits in, named without a level word.
    seat: bool,
}

impl<'a, 't> Finder<'a, 't> {
    /// The region mention starting at token `i` (mentions are sorted).
    fn region_index(&self, i: usize) -> Option<usize> {
        if !self.region_starts.may_start(i) {
            return None;
        }
        starting_at(self.regions, i, |m| m.first)
    }

    /// Whether a person's name of two or three words starts at `k`, right
    /// after a field written in dictionary words: "Bidang Pencemaran
    /// Lingkungan Hidup Deasy Makalalag". The name's words are no common
    /// words, places, bodies or titles, and a lower-case word or
    /// punctuation follows them.
    /// After a title ("Direktur Utama Bank Sulteng Rudi Lolo") the body's
    /// region may come before the name too (`after_title`), and a known
    /// body's whole name may. Outside a company's name (`company`), so may
    /// a field's short form ("Dinas PKPP Yusran Lamada").
    fn person_after_field(&self, k: usize, after_title: bool, company: bool) -> bool {
        let field_word = |i: usize| {
            self.doc.tokens.get(i).is_some_and(|t| {
                t.kind == crate::TokenKind::Word
                    && t.is_capitalized()
                    && (super::is_common_word(t.text) || super::looks_derived_noun(t.text))
            })
        };
        let name_word = |i: usize| self.is_person_name_word(i);
        let region_before = after_title && self.region_index(k - 1).is_some();
        // "Kementerian Desa … dan Transmigrasi Rudi Lolo": a known body's
        // whole name, then a person's.
        let known_body_ends = (k.saturating_sub(8)..k)
            .any(|s| self.lk.body(s).is_some_and(|(hit, _)| hit.last + 1 == k));
        // "Kepala Dinas PKPP Yusran Lamada": a field's short form the
        // lexicon lacks, then the head's name.
        let acronym_field = !company
            && self.doc.tokens[k - 1].is_all_caps()
            && (2..=10).contains(&self.text(k - 1).len());
        // "Kepala Dinas TPHPKP Ibrahim, Kepala Dinas PSDA …": one name word
        // closed by a comma before the next title of a list.
        let one_word_then_title = acronym_field
            && name_word(k)
            && self.text(k + 1) == ","
            && (self.lk.title(k + 2).is_some() || self.lk.role(k + 2).is_some());
        if one_word_then_title {
            return true;
        }
        if !(field_word(k - 1) || region_before || known_body_ends || acronym_field)
            || !name_word(k)
            || !name_word(k + 1)
        {
            return false;
        }
        let end = if name_word(k + 2) { k + 3 } else { k + 2 };
        // Not when the field goes on: "Bina Marga dan Pematusan", "Pamong
        // Praja (Satpol PP)".
        let text = self.text(end);
        !self.doc.tokens.get(end).is_some_and(|t| t.is_capitalized())
            && !CONNECTORS.contains(&text)
            && text != "("
    }

    /// Whether token `i` reads as a word of a person's name: capitalised,
    /// and no common word, abstract noun, date, place, body, title or affix.
    fn is_person_name_word(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| {
            t.kind == crate::TokenKind::Word
                && t.is_capitalized()
                && !t.is_all_caps()
                && !super::is_common_word(t.text)
                && !super::looks_derived_noun(t.text)
                && !self.engine.not_name(t.text)
                && !super::is_date_word(t.text)
        }) && !self.doc.line_break_before(i)
            && self.region_index(i).is_none()
            && self.lk.title(i).is_none()
            // "Andi", "La Ode": a particle opens a name.
            && matches!(self.lk.affix(i), None | Some((_, AffixKind::Particle)))
            && !self.lk.starts_body_or_head(i)
    }

    /// How many person's name words, up to three, stand from `from`.
    fn person_name_words(&self, from: usize) -> usize {
        (from..from + 3)
            .take_while(|&j| self.is_person_name_word(j))
            .count()
    }

    /// Whether a person, not more of a body's name, follows the connector
    /// or comma at `k`: an honorific or rank, or two or three name words
    /// closed by a comma, a degree, a title or a verb that binds a holder
    /// ("Dinas Pemadam Kebakaran dan Rudi Hamka Kepala Dinas …", "Dinas
    /// Pendidikan Wilayah II, Fitri Ari Utami, …", "Dinas P3A dan Rina Lolo
    /// pimpin …"); not "dan Bina Marga Sultra", whose words the common-word
    /// list lacks.
    fn person_joined(&self, k: usize) -> bool {
        if matches!(
            self.lk.affix(k + 1),
            Some((_, AffixKind::Honorific | AffixKind::Rank))
        ) {
            return true;
        }
        let words = self.person_name_words(k + 1);
        let end = k + 1 + words;
        // "… dan Bina Konstruksi, Provinsi Sulsel": the body's place after
        // the comma.
        let comma_before_person = self.text(end) == ","
            && self.doc.level_word(end + 1).is_none()
            && self.region_index(end + 1).is_none();
        // "Dinas P3A dan Rahmat Lolo pimpin …": a verb that binds a holder.
        let holder_verb = matches!(
            self.text(end),
            "pimpin" | "memimpin" | "menjabat" | "jadi" | "menjadi"
        );
        words >= 2
            && (comma_before_person
                || holder_verb
                || self.lk.title(end).is_some()
                || self.lk.role(end).is_some()
                || matches!(self.lk.affix(end), Some((_, AffixKind::Degree))))
    }

    /// Whether token `i` lies inside a region's name, after its first
    /// word: "Bagian" in "Seram Bagian Timur" heads no body.
    fn inside_region_name(&self, i: usize) -> bool {
        let inside = self.region_insides.may_start(i);
        debug_assert_eq!(inside, {
            let before = self.regions.partition_point(|m| m.first < i);
            before > 0 && self.regions[before - 1].last >= i
        });
        inside
    }

    fn gazetteer(&self) -> &Gazetteer {
        &self.engine.gazetteer
    }

    fn text(&self, i: usize) -> &'t str {
        self.doc.word(i)
    }

    fn is_numeral(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| {
            t.kind == crate::TokenKind::Number
                || (t.text.len() <= 5
                    && t.text
                        .bytes()
                        .all(|b| matches!(b, b'I' | b'V' | b'X' | b'L')))
                // "Komisi lll": small Ls for the numeral's capital Is.
                || matches!(t.text, "ll" | "lll")
                    && i > 0
                    && self.text(i - 1).eq_ignore_ascii_case("komisi")
                // "komisi ii" in a line without capitals.
                || (t.text.len() >= 2
                    && t.text.len() <= 4
                    && t.text.bytes().all(|b| matches!(b, b'i' | b'v' | b'x'))
                    && self.doc.in_lower_case_line(i))
        })
    }

    /// Whether a region mention at `i` may qualify a body of `scope`.
    fn region_fits(&self, i: usize, scope: Scope) -> Option<&RegionMention> {
        let m = &self.regions[self.region_index(i)?];
        let fits = match m.region {
            Some(r) => {
                let level = self.gazetteer().region(r).level();
                scope.admits(level)
            }
            None => true,
        };
        fits.then_some(m)
    }

    /// The region qualifier (or "RI", or unit number) starting at `j`.
    fn qualifier(&self, j: usize, scope: Scope, category: &str) -> Option<Qualifier> {
        // A body's name ends with its line: "BPBD Kabupaten⏎Mamuju-…".
        if self.doc.line_break_before(j) {
            return None;
        }
        // "Lapas Kelas IIA Kendari", "Pengadilan Negeri Kelas IA Palu".
        if let Some(end) = self.doc.class_designation_end(j) {
            let after = self.qualifier(end + 1, scope, category);
            // "Rutan Kelas IIb Raha": after the class comes the town the
            // office sits in, even one the gazetteer lacks (one capitalised
            // word that ends the name).
            let town = self
                .doc
                .tokens
                .get(end + 1)
                .is_some_and(|t| t.kind == crate::TokenKind::Word && t.is_capitalized())
                && !self.doc.line_break_before(end + 1)
                && !self.doc.is_capitalized_word(end + 2)
                && self.lk.affix(end + 1).is_none()
                && self.lk.title(end + 1).is_none();
            let last = if town { end + 1 } else { end };
            return Some(after.unwrap_or(Qualifier {
                last,
                region: None,
                seat: false,
            }));
        }
        let t = self.text(j);
        // A branch: "Perum Bulog Cabang Polewali", "Bulog Kanwil Sultra".
        if is_branch_word(t) && self.doc.is_capitalized_word(j + 1) {
            let at = if t.eq_ignore_ascii_case("kantor") {
                j + 2
            } else {
                j + 1
            };
            if let Some(m) = self.region_index(at) {
                return Some(Qualifier {
                    last: self.regions[m].last,
                    region: self.regions[m].region,
                    seat: false,
                });
            }
        }
        // "Kodim 1311", "Batalyon 711", "Lantamal VIII Manado": a military
        // unit's number.
        let roman = self.text(j).len() >= 2
            && self
                .text(j)
                .bytes()
                .all(|b| matches!(b, b'I' | b'V' | b'X'));
        if category == "military"
            && (self
                .doc
                .tokens
                .get(j)
                .is_some_and(|t| t.kind == crate::TokenKind::Number)
                || roman)
            && self.text(j + 1) != "/"
        {
            // "Kodim 1203 Ketapang": the number, then the unit's town; or
            // its own name ("Korem 143 Halu Oleo", "Kodim 1403 Sw").
            let town = self
                .region_index(j + 1)
                .map(|m| &self.regions[m])
                .filter(|_| !self.doc.line_break_before(j + 1));
            let named_last = match town {
                Some(m) => m.last,
                None => self.unit_name_end(j),
            };
            return Some(Qualifier {
                last: named_last,
                region: town.and_then(|m| m.region),
                seat: false,
            });
        }
        if t == "RI" || (t == "Republik" && self.text(j + 1) == "Indonesia") {
            let last = if t == "RI" { j } else { j + 1 };
            // "Perwakilan Ombudsman RI Provinsi Sulawesi Selatan": the
            // national body's office in a region; not a national
            // legislator's constituency ("Anggota DPR RI Sulteng").
            let level_word = usize::from(self.doc.level_word(last + 1).is_some());
            let office = self
                .region_index(last + 1 + level_word)
                .map(|m| &self.regions[m])
                .filter(|_| !self.doc.line_break_before(last + 1) && category != "legislature");
            return Some(Qualifier {
                last: office.map_or(last, |m| m.last),
                region: office.and_then(|m| m.region),
                seat: false,
            });
        }
        // Numbered units: "1311/Morowali", "XIII/Merdeka", "132/Tadulako".
        if self.is_numeral(j) && self.text(j + 1) == "/" && self.doc.is_capitalized_word(j + 2) {
            let mut last = j + 2;
            let region = match self.region_index(j + 2) {
                Some(m) => {
                    last = self.regions[m].last;
                    self.regions[m].region
                }
                None => {
                    // Not into a commander's rank and name: "Korem
                    // 173/Praja Vira Braja Kolonel Inf X".
                    while self.doc.is_capitalized_word(last + 1)
                        && self.region_index(last + 1).is_none()
                        && !self.headline_verb(last + 1)
                        && self.lk.affix(last + 1).is_none()
                        && self.lk.title(last + 1).is_none()
                    {
                        last += 1;
                    }
                    None
                }
            };
            return Some(Qualifier {
                last,
                region,
                seat: false,
            });
        }
        let (start, level_word) = match self.doc.level_word(j) {
            // "Kota Palu" is itself a region mention starting at "Kota".
            Some(_) if self.region_index(j).is_none() => (j + 1, true),
            _ => (j, false),
        };
        if level_word && self.doc.line_break_before(start) {
            return None;
        }
        let mention = self.region_fits(start, scope).or_else(|| {
            // A level word states the level even where the body's scope is
            // loose ("Dinas Pariwisata Provinsi Sulawesi Tengah"); a national
            // body's region names its office there ("Kemenag Sulsel",
            // "KPPU Balikpapan").
            // Not the police or the army, whose regional commands have
            // names of their own ("Polda", "Kodim"), nor a national
            // legislature, whose members' regions are constituencies.
            let national = scope == Scope::National
                && !matches!(category, "police" | "military" | "legislature")
                && !self.doc.line_break_before(start)
                && self.region_index(start).is_some_and(|m| {
                    self.regions[m].region.is_some_and(|r| {
                        self.gazetteer().region(r).level() <= crate::gazetteer::Level::City
                    })
                });
            (level_word || national).then(|| self.region_index(start).map(|m| &self.regions[m]))?
        });
        // A town named right after a local body is its seat: "Pengadilan
        // Negeri Luwuk", "Kejari Poso".
        let mut seat = false;
        let mention = mention.or_else(|| {
            let m = &self.regions[self.region_index(j)?];
            // Only bodies that sit in towns are named by one; after
            // "Kesbangpol" a district's name with a capitalised word right
            // after it is the head's given name ("Dondo Lamaluta").
            let seated = matches!(
                category,
                "judiciary" | "police" | "prosecution" | "military"
            );
            // A court's or a police post's town may be a village of the
            // gazetteer ("PN Watampone").
            let town = m.region.is_some_and(|r| {
                let level = self.gazetteer().region(r).level();
                level == crate::gazetteer::Level::District
                    || seated && level == crate::gazetteer::Level::Village
            });
            let name_after = self.doc.is_capitalized_word(m.last + 1)
                && self.region_index(m.last + 1).is_none()
                && !self.starts_lexicon_word(m.last + 1)
                && !super::is_common_word(self.text(m.last + 1));
            seat =
                town && scope.admits(crate::gazetteer::Level::Regency) && (seated || !name_after);
            seat.then_some(m)
        });
        // "PN Tondano, Yosef Manus": a town no table lists, known by the
        // holder's name after it.
        let Some(mention) = mention else {
            let seated = matches!(category, "judiciary" | "prosecution");
            return (seated && self.lk.seat_before_holder(j)).then_some(Qualifier {
                last: j,
                region: None,
                seat: true,
            });
        };
        Some(Qualifier {
            last: mention.last,
            region: mention.region,
            seat,
        })
    }

    /// A numbered or lettered unit of a known body right after a head noun
    /// ending at `head_last`: "Komisi III DPRD", "Komisi B DPRD", "Komisi
    /// XIII DPR RI". Gives the label's token, the body's last token and the
    /// body.
    fn labelled_unit(&self, head_last: usize) -> Option<(usize, usize, u32)> {
        let label = head_last + 1;
        let t = self.doc.tokens.get(label)?;
        let letter = t.text.len() == 1 && t.text.as_bytes()[0].is_ascii_uppercase();
        if !(letter || self.is_numeral(label)) || self.doc.line_break_before(label + 1) {
            return None;
        }
        let (hit, body) = self.lk.body(label + 1)?;
        Some((label, hit.last, body))
    }

    /// A lettered or numbered unit whose parent body is not written after
    /// it but was mentioned earlier: "Ketua Komisi A Robert Tandi" after "DPRD
    /// Poso". The head and the parent's form must make a known body ("Komisi
    /// DPRD"); the latest such parent wins. Gives the label's token twice
    /// (the mention ends there) and the parent.
    fn unit_of_earlier_body(
        &self,
        first: usize,
        head_last: usize,
        seen_bodies: &FastMap<u32, usize>,
        earlier: &[OrgMention],
    ) -> Option<(usize, usize, u32)> {
        let label = head_last + 1;
        let t = self.doc.tokens.get(label)?;
        let letter = t.text.len() == 1 && t.text.as_bytes()[0].is_ascii_uppercase();
        if !(letter || self.is_numeral(label) && t.kind != crate::TokenKind::Number)
            || self.lk.body(label + 1).is_some()
        {
            return None;
        }
        let head_words =
            &self.doc.text[self.doc.tokens[first].span.start..self.doc.tokens[head_last].span.end];
        let orgs = &self.engine.organizations;
        seen_bodies
            .iter()
            .filter(|(&b, &index)| {
                let body = orgs.body(b);
                let organ = |form: &str| orgs.body_form(&format!("{head_words} {form}")).is_some();
                body.category == "legislature"
                    && (organ(&body.name) || earlier[index].acronym.as_deref().is_some_and(organ))
            })
            .max_by_key(|(_, &index)| index)
            .map(|(&b, _)| (label, label, b))
    }

    /// The last token of a name that continues after a head noun ending at
    /// `head_last`, or `None` if no name word follows.
    fn extend_name(&self, head_last: usize, scope: Scope, category: &str) -> Option<usize> {
        let tokens = &self.doc.tokens;
        let mut k = head_last + 1;
        let mut last = None;
        // Whether a comma has joined items of the name already.
        let mut listed = false;
        // "Komisi B Yusran Pali": a civil unit's letter or numeral ends its
        // name; capitalised words after it are its head's name. A military
        // unit's name goes on ("Kodam XIII Merdeka").
        let label = tokens.get(k).is_some_and(|t| {
            t.text.len() == 1 && t.text.as_bytes()[0].is_ascii_uppercase()
                || t.kind != crate::TokenKind::Number && self.is_numeral(k)
        });
        let namesake = self.hospital_namesake_after(head_last);
        // "RSUD dr. Ir. Iwan Bokings": the namesake's honorifics, in small
        // letters too, end where the name starts; the first word after the
        // head is the namesake's in any case ("RSUD MM Dunda").
        let mut namesake_honorifics_end = head_last + 1 + usize::from(namesake);
        while namesake
            && matches!(
                self.lk.affix(namesake_honorifics_end),
                Some((_, AffixKind::Honorific))
            )
        {
            namesake_honorifics_end += 1;
        }
        // "SMP Satap 2 Kulisusu", "SD Inpres 3 Bente": a school's number
        // comes after the words of its kind.
        let school = category == "government" && is_school_head_end(self.text(head_last));
        let mut numbered = false;
        if label && !namesake && category != "military" && self.lk.body(k + 1).is_none() {
            return Some(k);
        }
        // "Pemerintah Sulawesi Utara", "Kejaksaan Mamuju": a government or
        // prosecution service named by its region alone, without the level
        // word; the region is read as the qualifier. Bare, these nouns name
        // no body.
        if (self.is(head_last, "pemerintah") || self.is(head_last, "kejaksaan"))
            && self.region_fits(k, scope).is_some()
        {
            return Some(head_last);
        }
        while k < tokens.len() {
            let t = &tokens[k];
            if self.doc.line_break_before(k) {
                break;
            }
            if self.region_fits(k, scope).is_some() {
                break;
            }
            // "Kejaksaan Negeri Watansoppeng Muh. Musdar": a court's town,
            // then its head.
            if matches!(category, "judiciary" | "prosecution")
                && (self.lk.seat_before_holder(k) || self.region_index(k).is_some())
            {
                break;
            }
            if self.doc.level_word(k).is_some() && self.region_index(k + 1).is_some() {
                break;
            }
            // A class designation comes between a name and its town.
            if self.doc.class_designation_end(k).is_some() {
                break;
            }
            // An honorific, rank or degree starts a person's name:
            // "Universitas Tadulako Prof. Dr. Amar"; but right after a
            // hospital's head it is its namesake's ("RSUD H Andi Depu").
            // Inside a company's name a written-out honorific is a word of
            // it: "PT Dua Saudara Nikelindo".
            let company_word = category == "company"
                && last.is_some()
                && t.is_capitalized()
                && !t.text.contains('.')
                && t.text.len() > 3
                && self.doc.is_capitalized_word(k + 1);
            let namesake_honorific = namesake && k < namesake_honorifics_end;
            let part_of_name = company_word || namesake_honorific;
            if !part_of_name
                && matches!(
                    self.lk.affix(k),
                    Some((
                        _,
                        AffixKind::Honorific | AffixKind::Rank | AffixKind::Degree
                    ))
                )
            {
                break;
            }
            let after_numeral = k > head_last + 1 && self.is_numeral(k - 1);
            // "Dinas P3AP2KB Hamkawaty M. Mbuinga": a word, an initial and
            // a word start a person's name, not more of the body's.
            // "Bina Konstruksi M.Jenal": an initial glued to its word is a
            // name of its own, after the body's last word.
            let glued_initial = |j: usize| {
                self.doc.initial_then_word(j)
                    && tokens
                        .get(j + 1)
                        .is_some_and(|w| tokens[j].span.end == w.span.start)
            };
            if last.is_some()
                && (self.doc.initial_then_word(k + 1) && !glued_initial(k + 1) || glued_initial(k))
            {
                break;
            }
            if t.is_wordlike() && (t.is_capitalized() || t.is_all_caps() || namesake_honorific) {
                // "Kepsek SMA Se-Bolmong Raya": every school of a region,
                // not one.
                if self.lk.title(k).is_some() || t.text.eq_ignore_ascii_case("se") {
                    break;
                }
                // "Program Prioritas Kementerian Agama Tahun 2022": a year
                // or a term, not more of the name.
                let dated = ["tahun", "periode", "masa", "tahap"]
                    .iter()
                    .any(|w| self.is(k, w))
                    && (self.is(k + 1, "anggaran")
                        || tokens
                            .get(k + 1)
                            .is_some_and(|n| n.kind == crate::TokenKind::Number));
                // "Korem 143/HO Jalin Kerja Sama": a headline's verb after a
                // unit's number.
                let verb_after_number = self.doc.in_title_case_line(k)
                    && last.is_some_and(|l: usize| {
                        tokens[l].kind == crate::TokenKind::Number || tokens[l].is_all_caps()
                    })
                    && self.headline_verb(k);
                if dated || verb_after_number {
                    break;
                }
                let after_title = head_last > 0 && self.ends_title_or_role(head_last - 1);
                if last.is_some() && self.person_after_field(k, after_title, category == "company")
                {
                    break;
                }
                // A headline capitalises its function words too: "Inspektorat
                // Harus Jadi Pijakan …" ends at "Harus".
                // So does a capitalised function word in running text: "…
                // Permusyawaratan Desa Pada Desa Usapi", a decree's title.
                if self.engine.is_function_word(t.text)
                    && (self.doc.in_title_case_line(k) || !CONNECTORS.contains(&t.text))
                {
                    break;
                }
                // A known body starts here: an acronym, or a long form of
                // two words or more with its region ("… Pembangunan
                // Sekretariat Daerah Sulteng"; not "Bidang Penyelenggaraan
                // Pemerintah Desa").
                // "Dinas Satpol PP dan Damkar", "Dinas Kominfo Santik": a
                // body written after "Dinas"/"Badan" is its field.
                let field_of_head = last.is_none()
                    && k == head_last + 1
                    && ["dinas", "badan"].iter().any(|w| self.is(head_last, w));
                let joined_field =
                    self.is(k - 1, "dan") && self.engine.titles.field(t.text).is_some();
                let body_starts = !field_of_head
                    && !joined_field
                    && self.lk.body(k).is_some_and(|(hit, _)| {
                        last.is_none()
                            || self.text(k).len() <= 6
                            // "Biro Pemerintahan Pemprov Sulawesi Tengah":
                            // the parent body, with its region.
                            || self.region_index(hit.last + 1).is_some()
                    });
                if !after_numeral && body_starts {
                    break;
                }
                last = Some(k);
                k += 1;
            } else if self.is_numeral(k)
                // "Inspektorat 17 Mei 2019": a date, not the body's number.
                && !super::is_date_word(self.text(k + 1))
                && (last.is_none()
                    || after_numeral
                    || school && !numbered
                    || category == "company" && self.is_company_number(k))
            {
                numbered = true;
                last = Some(k);
                k += 1;
            } else if last.is_some()
                && ((CONNECTORS.contains(&t.text)
                    // "PT Khatulistiwa Mineral and Mining": an English name.
                    || category == "company" && t.text == "and")
                    && self.doc.is_capitalized_word(k + 1)
                    // "PT KKM dan GPM": two acronyms joined are two bodies.
                    && !self.joins_two_acronyms(k)
                    && !self.person_joined(k)
                    // "PT Maluku Membangun pada Kamis": the date.
                    && !super::is_date_word(self.text(k + 1))
                    // "Biro Pemerintahan dan Humas": a field's short form
                    // joins the name; another body does not, nor a role
                    // that starts another title ("Dinas Kesehatan dan
                    // Kepala Inspektorat").
                    && (self.engine.titles.field(self.text(k + 1)).is_some()
                        || !self.lk.starts_body_or_head(k + 1)
                            && self.lk.role(k + 1).is_none()
                            && !self.engine.is_headquarters(self.text(k + 1)))
                    || t.text == "," && self.enumeration_continues(k, listed))
            {
                listed |= t.text == ",";
                k += 1;
            } else {
                break;
            }
        }
        last
    }

    /// Whether the number at `k` ends a company's name: one to three
    /// digits and no more capitalised words ("PT Tambang Sejati 88").
    /// Whether the capitalised word at `k` after a unit's number is a
    /// headline's verb ("Korem 143/HO Jalin Kerja Sama"): a bare root or a
    /// prefixed verb, which no unit's name is.
    fn headline_verb(&self, k: usize) -> bool {
        super::is_verb_root(self.text(k)) || super::looks_verbal(self.text(k))
    }

    /// The last token of a military unit's own name after its number at
    /// `number`: up to two capitalised words that are no common word,
    /// headline verb, affix, title, body or place ("Korem 143 Halu Oleo",
    /// "Kodim 1403 Sw"); the number itself when none follows.
    fn unit_name_end(&self, number: usize) -> usize {
        let mut last = number;
        while last < number + 2 {
            let k = last + 1;
            let t = &self.doc.tokens.get(k);
            let name_word = t.is_some_and(|t| {
                t.kind == crate::TokenKind::Word
                    && t.is_capitalized()
                    && !super::is_common_word(t.text)
            }) && !self.doc.line_break_before(k)
                && !self.headline_verb(k)
                && self.lk.affix(k).is_none()
                && self.lk.title(k).is_none()
                && !self.lk.starts_body_or_head(k)
                && self.region_index(k).is_none()
                && !self.engine.not_name(self.text(k));
            if !name_word {
                break;
            }
            last = k;
        }
        last
    }

    fn is_company_number(&self, k: usize) -> bool {
        self.doc.tokens[k].kind == crate::TokenKind::Number
            && self.text(k).len() <= 3
            && !self.doc.is_capitalized_word(k + 1)
    }

    /// Whether the connector at `k` stands between two acronyms, which
    /// name two bodies ("PT KKM dan GPM"); not between numerals ("Komisi
    /// III dan IV").
    fn joins_two_acronyms(&self, k: usize) -> bool {
        let acronym = |j: usize| {
            self.doc.tokens.get(j).is_some_and(|t| t.is_all_caps()) && !self.is_numeral(j)
        };
        k > 0 && acronym(k - 1) && acronym(k + 1)
    }

    /// Whether a comma at `k` separates items of one name ("Hasil
    /// Perkebunan, Mineral Logam, dan Maritim"): capitalised words follow and
    /// end with "dan" + capitalised word before other punctuation.
    fn enumeration_continues(&self, k: usize, items_before: bool) -> bool {
        if self.person_joined(k) {
            return false;
        }
        // ", dan Keluarga Berencana": the last item of a list that has
        // other items before it.
        if self.is_one_of_and(k + 1) {
            if !items_before {
                return false;
            }
            return self.doc.is_capitalized_word(k + 2) && !self.starts_lexicon_word(k + 2);
        }
        if !self.doc.is_capitalized_word(k + 1) || self.starts_lexicon_word(k + 1) {
            return false;
        }
        // An item is capitalised words that start no title or body
        // ("…, Kapolsek, dan Danramil" lists people, not fields).
        let item = |j: usize| self.doc.is_capitalized_word(j) && !self.starts_lexicon_word(j);
        let tokens = &self.doc.tokens;
        for (j, token) in tokens.iter().enumerate().take(k + 12).skip(k + 1) {
            let t = token.text;
            if t == "dan" || t == "serta" {
                return item(j + 1);
            }
            // "…, Pengendalian Penduduk, dan Keluarga Berencana".
            if t == "," && (item(j + 1) || self.is_one_of_and(j + 1)) {
                continue;
            }
            if !self.doc.is_capitalized_word(j) {
                return false;
            }
        }
        false
    }

    /// Whether a hospital's head ending at `head_last` is followed by its
    /// namesake, honorific or initials first: "RSUD H Andi Depu", "RSUD MM
    /// Dunda" (the initials may read as a degree).
    fn hospital_namesake_after(&self, head_last: usize) -> bool {
        let k = head_last + 1;
        let hospital = super::is_hospital_word(self.text(head_last));
        let initials = self
            .doc
            .tokens
            .get(k)
            .is_some_and(|t| t.is_all_caps() && t.text.len() <= 3 && t.is_wordlike());
        hospital
            && (matches!(self.lk.affix(k), Some((_, AffixKind::Honorific))) || initials)
            && self.doc.is_capitalized_word(k + 1)
    }

    /// Whether a known body ending at `known_last` ends a person's title
    /// ("Kepala Dinas Pendidikan") and the capitalised words after it, up to
    /// `ext`, read as the holder's name ("Ahmad Yani"), not as more of the
    /// body's name ("Pemuda dan Olahraga"). The caller asks only for bodies
    /// bound to a region, which a region names: a farmers' group has a name
    /// of its own ("Ketua Kelompok Tani Sipakainge").
    fn holder_follows_title(&self, first: usize, known_last: usize, ext: usize) -> bool {
        if self.hospital_namesake_after(known_last) {
            return false;
        }
        // A lexicon title ends with the body, or a role ends before it
        // ("Humas Pengadilan Negeri Luwuk Sinta Marlina").
        // "Kepala Dinas P3AP2KB Rina": a role that holds the body's head
        // noun ("Kepala Dinas") ends on the body's first word.
        (self.title_ends_at(known_last)
            || self.roles_ending_before(first).next().is_some()
            || self.roles_ending_before(first + 1).next().is_some())
            && ext - known_last <= 4
            && (known_last + 1..=ext).all(|k| {
                self.doc.is_capitalized_word(k)
                    && !self.lk.starts_body_or_head(k)
                    && !self.engine.not_name(self.text(k))
            })
    }

    /// The last tokens of the titles of the lexicon that start in the four
    /// tokens before `i`.
    fn title_ends_from_before(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        (i.saturating_sub(4)..i).filter_map(|start| self.lk.title(start).map(|(hit, _)| hit.last))
    }

    /// Whether a title of the lexicon that starts before token `last` ends
    /// at it ("Ketua DPRD", "Kapolres Sigi" do not: "Kapolres" ends alone).
    fn title_ends_at(&self, last: usize) -> bool {
        self.title_ends_from_before(last).any(|end| end == last)
    }

    /// Whether a title that starts before token `i` runs over it ("Kadiv
    /// Humas Polri" over "Humas").
    fn inside_title(&self, i: usize) -> bool {
        self.title_ends_from_before(i).any(|end| end >= i)
    }

    /// Whether a village head's title of the lexicon that starts before
    /// token `i` runs over it ("Kepala Pemerintah Negeri"); not a village
    /// body's chair ("Ketua BPD X" names the body).
    fn inside_village_title(&self, i: usize) -> bool {
        (i.saturating_sub(4)..i).any(|s| {
            self.lk.mask(s) & TITLE != 0
                && self.lk.title(s).is_some_and(|(hit, t)| {
                    hit.last >= i && self.engine.titles.title(t).canonical() == "Kepala Desa"
                })
        })
    }

    /// Whether a title or role ends at token `last`.
    fn ends_title_or_role(&self, last: usize) -> bool {
        (last.saturating_sub(4)..=last).any(|s| {
            self.lk.title(s).is_some_and(|(hit, _)| hit.last == last)
                || self.lk.role(s).is_some_and(|(hit, _)| hit.last == last)
        })
    }

    /// The roles whose forms end right before token `i` (starting at most
    /// two tokens before it).
    fn roles_ending_before(&self, i: usize) -> impl Iterator<Item = &crate::titles::Role> + '_ {
        (i.saturating_sub(2)..i)
            .filter_map(|s| self.lk.role(s))
            .filter(move |(hit, _)| hit.last + 1 == i)
            .map(|(_, role)| role)
    }

    /// Whether a plain (not fused) head's or secretary's role ends right
    /// before token `i`: "Kepala" in "Kepala Bapenda", "Sekretaris
    /// Bappeda" (not "Anggota", whose body may be any of its kind).
    fn headed_by_role(&self, i: usize) -> bool {
        self.roles_ending_before(i).any(|role| {
            role.head.is_none()
                && matches!(
                    &*role.role,
                    "Kepala" | "Ketua" | "Direktur" | "Kepala Kantor" | "Sekretaris"
                )
        })
    }

    /// Whether a head's whole title with its field ends right before token
    /// `i`: "Kabag Humas" in "Kabag Humas Setda" (not "Anggota", whose body
    /// may be any of its kind).
    fn heads_title_ends_before(&self, i: usize) -> bool {
        (i.saturating_sub(4)..i).any(|s| {
            self.lk.title(s).is_some_and(|(hit, _)| {
                hit.last + 1 == i && hit.last > s && !self.is(hit.first, "anggota")
            })
        })
    }

    /// Whether a fused role ("Kadis", "Kaban") ends right before the
    /// acronym at `i` and the acronym spells the body's head too:
    /// "Kadis DPMPTSP" names the Dinas, while "Kadis PUPR" writes only its
    /// field, a part of the title.
    fn named_after_fused_role(&self, i: usize, body_name: &str) -> bool {
        let written = self.text(i).as_bytes();
        let head_initial = body_name.as_bytes().first().copied();
        let spells_head = written.len() >= 3
            && written.iter().all(u8::is_ascii_uppercase)
            && written.first().copied() == head_initial;
        spells_head && self.roles_ending_before(i).any(|role| role.head.is_some())
    }

    /// Whether the head noun at `i` names a building or hall, not a body:
    /// after "Gedung"/"Aula"/"Wisma", or "Balai" + a hall word.
    fn is_venue(&self, i: usize) -> bool {
        let before = i.checked_sub(1).map_or("", |p| self.text(p));
        let building_before = ["gedung", "aula", "wisma", "ruang", "ruangan", "kompleks"]
            .iter()
            .any(|w| before.eq_ignore_ascii_case(w));
        building_before || is_hall(self.text(i), self.text(i + 1))
    }

    /// Whether the head noun at `i` ("Bidang", "Bagian", "Seksi") names the
    /// field of a title written before it: "Asisten I Bidang Pemerintahan".
    fn field_of_title(&self, i: usize) -> bool {
        let field_head = ["bidang", "bagian", "seksi"]
            .iter()
            .any(|w| self.text(i).eq_ignore_ascii_case(w));
        if !field_head {
            return false;
        }
        // The title ends right before the head or before its numeral
        // ("Asisten II" may be a title form of its own, or "Asisten" + "II").
        let ends_at = |p: usize| {
            (p.saturating_sub(4)..p).any(|s| {
                self.lk.title(s).is_some_and(|(hit, _)| hit.last + 1 == p)
                    || self.lk.role(s).is_some_and(|(hit, _)| hit.last + 1 == p)
            })
        };
        // A title form may hold the field itself ("Asisten II Bidang
        // Perekonomian").
        let covered = (i.saturating_sub(4)..i)
            .any(|s| self.lk.title(s).is_some_and(|(hit, _)| hit.last >= i));
        covered || ends_at(i) || i > 0 && self.is_numeral(i - 1) && ends_at(i - 1)
    }

    /// Whether a head noun, a known body or a title starts at token `k`
    /// (looked up, not read from the lossy bits).
    fn starts_lexicon_word(&self, k: usize) -> bool {
        self.lk.starts_body_or_head(k) || self.lk.mask(k) & TITLE != 0 && self.lk.title(k).is_some()
    }

    /// Whether tokens `first..=last` are a unit noun of no level of its
    /// own ("Fraksi", "Komisi", "Humas"), which names a part of the body
    /// written after it.
    fn is_sub_unit(&self, first: usize, last: usize) -> bool {
        self.lk.body(first).is_some_and(|(hit, b)| {
            hit.last == last && self.engine.organizations.body(b).scope == Scope::Unbound
        })
    }

    /// Whether token `i` is "dan" or "serta".
    fn is_one_of_and(&self, i: usize) -> bool {
        matches!(self.text(i), "dan" | "serta")
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.text(i).eq_ignore_ascii_case(word)
    }

    /// Whether token `i` is part of a rank written before it ("Brigjen
    /// TNI").
    fn inside_rank(&self, i: usize) -> bool {
        let rank_at = |start: usize| {
            self.lk
                .affix(start)
                .filter(|&(_, kind)| kind == AffixKind::Rank)
        };
        // "Brigadir Jenderal (Brigjen) TNI": after the rank's short form in
        // parentheses.
        let after_short_form = i >= 3 && self.text(i - 1) == ")" && rank_at(i - 2).is_some();
        // "Kolonel (Marinir)", "Kolonel Marinir (Purn)": a corps or the
        // retired marker after a rank, in parentheses or not.
        let corps_after_rank = matches!(self.lk.affix(i), Some((_, AffixKind::Corps))) && {
            let mut p = i.wrapping_sub(1);
            if self.text(p) == "(" {
                p = p.wrapping_sub(1);
            }
            (p.saturating_sub(2)..=p).any(|s| {
                self.lk.affix(s).is_some_and(|(hit, kind)| {
                    hit.last == p && matches!(kind, AffixKind::Rank | AffixKind::Corps)
                })
            })
        };
        after_short_form
            || corps_after_rank
            || (i.saturating_sub(2)..i)
                .any(|start| rank_at(start).is_some_and(|(hit, _)| hit.last >= i))
    }

    /// Whether token `i` is a degree written after a person's name that
    /// a body's acronym spells too: "MA" (Master of Arts, not the Mahkamah
    /// Agung) in "Rudi Lolo MA" or "Rudi Lolo, S.STP, MA".
    fn degree_after_name(&self, i: usize) -> bool {
        let degree = |k: usize| {
            self.lk
                .affix(k)
                .is_some_and(|(hit, kind)| kind == AffixKind::Degree && hit.last == k)
        };
        if i < 2 || !degree(i) {
            return false;
        }
        let after_degrees = self.text(i - 1) == "," && degree(i - 2);
        let name_word = |k: usize| {
            let p = &self.doc.tokens[k];
            p.kind == crate::TokenKind::Word
                && p.is_capitalized()
                && !p.is_all_caps()
                && !super::is_common_word(p.text)
                && !self.ends_title_or_role(k)
                && !self.lk.starts_body_or_head(k)
        };
        // "Prof. Dr. Sri Lamba, MA beserta …": after the name's comma.
        let after_name_and_comma =
            self.text(i - 1) == "," && name_word(i - 2) && self.region_index(i - 2).is_none();
        after_degrees || name_word(i - 1) || after_name_and_comma
    }

    fn is_class_use(&self, first: usize, last: usize) -> bool {
        let mut buf = [0u8; 16];
        let before = first
            .checked_sub(1)
            .and_then(|p| ascii_lower(self.text(p), &mut buf).map(str::to_string));
        // "dua Polsek", "3 Polres"; not a unit's number after its head's
        // title ("Kanit 2 Sat Intelkam").
        let counted = first >= 1
            && self.doc.tokens[first - 1].kind == crate::TokenKind::Number
            && !(first >= 2 && self.ends_title_or_role(first - 2));
        let before_is_quantifier =
            before.as_deref().is_some_and(|w| QUANTIFIERS.contains(&w)) || counted;
        let after = self.text(last + 1);
        // "Anggota Komisi II lainnya": the other members of one body.
        let other_members =
            matches!(after, "lainnya" | "lain") && self.roles_ending_before(first).next().is_some();
        before_is_quantifier || CLASS_FOLLOWERS.contains(&after) && !other_members
    }

    /// Whether a known body's long form with no place after it is a class,
    /// not one body: every district or village has its own ("Badan
    /// Permusyawaratan Desa (BPD)", "Panitia Pemungutan Suara"), so the
    /// name alone picks none of them, unless it refers back to one the
    /// story named before.
    fn names_one_of_many(&self, body: Option<u32>, seen: &FastMap<u32, usize>) -> bool {
        body.is_some_and(|b| {
            let body = self.engine.organizations.body(b);
            matches!(body.scope, Scope::District | Scope::Village)
                && !body.unique
                && !seen.contains_key(&b)
        })
    }

    /// The region written after the last of the unit nouns listed from
    /// `k` (after a comma, "dan" or "serta"): "…, FKDM dan FPK Kota
    /// Manado" gives Kota Manado.
    fn region_ending_listed_units(&self, mut k: usize) -> Option<u32> {
        const MAX_ITEMS: usize = 8;
        for _ in 0..MAX_ITEMS {
            let separated = k;
            if self.text(k) == "," {
                k += 1;
            }
            if matches!(self.text(k), "dan" | "serta") {
                k += 1;
            }
            if k == separated || self.doc.line_break_before(k) {
                return None;
            }
            let (hit, b) = self.lk.body(k)?;
            if self.engine.organizations.body(b).unique {
                return None;
            }
            if let Some(m) = region_at_some(self, hit.last + 1) {
                return m.region;
            }
            k = hit.last + 1;
        }
        None
    }

    /// Whether the acronym at `i` is a segment of a reference number
    /// ("Nomor 800.1.3.1/BKD/SK/503", "141/220/BPMPD"): joined by slashes,
    /// with no space, to a segment that holds a digit.
    fn in_reference_number(&self, i: usize) -> bool {
        const SEGMENTS: usize = 6;
        let tokens = &self.doc.tokens;
        if !tokens[i].is_all_caps() {
            return false;
        }
        let joined = |a: usize, b: usize| tokens[a].span.end == tokens[b].span.start;
        let mut found = false;
        // Left, then right, along the slashes.
        let mut k = i;
        for _ in 0..SEGMENTS {
            let slash = k
                .checked_sub(1)
                .filter(|&s| tokens[s].text == "/" && joined(s, k));
            let Some(prev) = slash
                .and_then(|s| s.checked_sub(1))
                .filter(|&p| joined(p, p + 1))
            else {
                break;
            };
            found |= tokens[prev].has_digit();
            k = prev;
        }
        let mut k = i;
        for _ in 0..SEGMENTS {
            let slash = Some(k + 1)
                .filter(|&s| tokens.get(s).is_some_and(|t| t.text == "/") && joined(k, s));
            let Some(next) = slash
                .map(|s| s + 1)
                .filter(|&n| n < tokens.len() && joined(n - 1, n))
            else {
                break;
            };
            found |= tokens[next].has_digit();
            k = next;
        }
        found
    }

    /// Whether a bare short form at `i` names the story's own body: a
    /// regency's or province's government or police unit ("meminta BPBD",
    /// "personel Satreskrim", "bersama Forkopimda"), of which the story's
    /// place has one. Not a district's or village's (one of many), not a
    /// field after a title ("Kadis PUPR"), an acronym in parentheses or a
    /// head noun's name ("dinas PUPR").
    fn names_local_body(&self, i: usize, body: &crate::organizations::Body) -> bool {
        let one_per_region = matches!(
            body.scope,
            Scope::Province | Scope::Regency | Scope::City | Scope::Local | Scope::Regional
        );
        let named_after = i > 0
            && (self.ends_title_or_role(i - 1)
                || self.text(i - 1) == "("
                || self.lk.head(i - 1).is_some());
        matches!(body.category, "government" | "police") && one_per_region && !named_after
    }
}

/// The board a party's or association's branch acronym names: "DPD" →
/// "Dewan Pimpinan Daerah".
fn board_name(acronym: &str) -> Option<&'static str> {
    Some(match acronym {
        "DPP" => "Dewan Pimpinan Pusat",
        "DPW" => "Dewan Pimpinan Wilayah",
        "DPD" => "Dewan Pimpinan Daerah",
        "DPC" => "Dewan Pimpinan Cabang",
        "PAC" => "Pimpinan Anak Cabang",
        _ => return None,
    })
}

/// Whether the name over tokens `first..=last` is the class of a region's
/// agencies ("Satuan Kerja Perangkat Daerah", "Organisasi Perangkat
/// Daerah"), which names no single body.
pub(super) fn names_regional_agencies(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    last > first
        && doc.word(last).eq_ignore_ascii_case("daerah")
        && doc.word(last - 1).eq_ignore_ascii_case("perangkat")
}

/// Whether a head noun ending in `word` names a school ("SMP", "SMA
/// Negeri", "Sekolah Dasar").
fn is_school_head_end(word: &str) -> bool {
    matches!(
        word,
        "SD" | "SDN"
            | "SMP"
            | "SMPN"
            | "SMA"
            | "SMAN"
            | "SMK"
            | "SMKN"
            | "SLB"
            | "SLBN"
            | "MTs"
            | "MTsN"
            | "Negeri"
            | "Pertama"
            | "Atas"
            | "Dasar"
    )
}

/// Finds the organisation mentions of a document.
pub(crate) fn find(
    doc: &Doc<'_>,
    engine: &Engine,
    lk: &Lookups<'_, '_>,
    regions: &[RegionMention],
) -> Vec<OrgMention> {
    let tokens = &doc.tokens;
    let (mut region_bits, mut inside_bits) = (StartBits::new(), StartBits::new());
    let f = Finder {
        doc,
        engine,
        lk,
        regions,
        region_starts: region_bits.of(regions, |m| m.first),
        region_insides: inside_bits.of_tokens(regions.iter().enumerate().flat_map(|(n, m)| {
            let next = regions.get(n + 1).map_or(usize::MAX, |r| r.first);
            m.first + 1..=m.last.min(next)
        })),
    };
    let orgs = &engine.organizations;
    let mut walk = BodyWalk {
        f: &f,
        out: super::take_kept(&KEPT_MENTIONS),
        seen_bodies: FastMap::default(),
        acronyms: FastMap::default(),
        person_initials: initials_of_persons(doc),
        headline_units: Vec::new(),
    };
    walk.out.clear();
    let mut i = 0;
    while let Some((start, case)) = walk.next_start(i) {
        i = walk.read_at(start, case);
    }
    let BodyWalk {
        mut out,
        seen_bodies,
        headline_units,
        ..
    } = walk;
    for (i, b) in headline_units {
        if let Some(&k) = seen_bodies.get(&b) {
            let mention = out[k].referred_by(i, &tokens[i]);
            out.push(mention);
        }
    }
    out.sort_by_key(|m| m.first);
    let mut coined = suffixed_companies(doc, &out);
    coined.extend(coined_services(&f, &out));
    if !coined.is_empty() {
        out.extend(coined);
        out.sort_by_key(|m| m.first);
    }
    super::defined_acronyms::add_bodies_defined_by_acronyms(doc, lk, &mut out);
    super::defined_acronyms::drop_bodies_defined_otherwise(doc, lk, orgs, &mut out);
    merge_units_with_parents(doc, lk, orgs, out)
}

/// The walk over a document that reads its bodies in text order.
struct BodyWalk<'w, 'a, 't> {
    f: &'w Finder<'a, 't>,
    out: Vec<OrgMention>,
    /// Bodies mentioned so far (for bare back-references), by body.
    seen_bodies: FastMap<u32, usize>,
    /// Acronyms defined in parentheses so far.
    acronyms: FastMap<&'t str, usize>,
    /// Initials a person is named by ("tersangka berinisial BI"): no
    /// body's acronym anywhere in the document.
    person_initials: Vec<&'t str>,
    /// Bare unit nouns of headlines, which name the body the story names
    /// after them ("KPU Tetapkan …" before "KPU Touna").
    headline_units: Vec<(usize, u32)>,
}

/// What a body's name read at a token is: its last token, the known body
/// (or none for a name built on a head noun), its category and scope, and
/// the labelled unit of a parent body ("Komisi III" of the DPRD).
struct Reading {
    name_last: usize,
    body: Option<u32>,
    category: &'static str,
    scope: Scope,
    unit: Option<(usize, usize, u32)>,
}

/// A body's name read at token `first`, with what follows it: an acronym
/// in parentheses and the token after them, and the region or other
/// qualifier after the name.
struct Candidate {
    first: usize,
    reading: Reading,
    /// Read in lower case (with its region after it, or after a title).
    lowercase: bool,
    lowercase_after_title: bool,
    paren_acronym: Option<usize>,
    /// The token after the name and its acronym in parentheses.
    after_acronym: usize,
    /// "Kepolisian Sektor (Kapolsek) Poso Pesisir": the parentheses hold
    /// the holder's title, not the body's acronym.
    title_in_parentheses: bool,
    qualifier: Option<Qualifier>,
}

/// How a body's first word is written: `lowercase`, a body in lower case
/// with its region after it or after a title; `lowercase_after_title`, the
/// latter.
#[derive(Clone, Copy)]
struct Case {
    lowercase: bool,
    lowercase_after_title: bool,
}

impl<'t> BodyWalk<'_, '_, 't> {
    /// The first token from `i` on that may start a body (a known form, a
    /// head noun or a defined acronym, or a body in lower case), and how it
    /// is written.
    fn next_start(&self, mut i: usize) -> Option<(usize, Case)> {
        let (lk, doc) = (self.f.lk, self.f.doc);
        while i < doc.tokens.len() {
            let t = &doc.tokens[i];
            // Asked up to three times below: read once.
            let capitalized = t.is_capitalized();
            let lowercase_after_title = !capitalized && self.lowercase_after_title(i);
            let lowercase = !capitalized && self.lowercase_with_region(i) || lowercase_after_title;
            if !t.is_wordlike()
                || !lowercase && !capitalized && !doc.in_lower_case_line(i)
                || !lowercase && lk.mask(i) & (BODY | HEAD) == 0 && self.acronyms.is_empty()
            {
                i = if self.acronyms.is_empty() {
                    next_start(lk.mask, i)
                } else if doc.has_lower_case_lines() {
                    i + 1
                } else {
                    // A defined acronym, written again, starts a body too: a
                    // capitalised word (outside lines without capitals).
                    next_start(lk.mask, i).min(super::next_marked(
                        doc.shapes(),
                        i + 1,
                        super::CAPITALIZED,
                    ))
                };
                continue;
            }
            let case = Case {
                lowercase,
                lowercase_after_title,
            };
            return Some((i, case));
        }
        None
    }

    /// Reads the body starting at token `i`, if any; the token to go on
    /// from.
    fn read_at(&mut self, i: usize, case: Case) -> usize {
        let (f, lk, doc) = (self.f, self.f.lk, self.f.doc);
        let t = &doc.tokens[i];
        let Case {
            lowercase,
            lowercase_after_title,
        } = case;
        if !lowercase && lk.mask(i) & (BODY | HEAD) == 0 {
            return self.refer_to_acronym(i);
        }
        // "TNI" in "Mayjen TNI", "Pol" in "Kombes Pol": part of a rank;
        // "Pemerintah Negeri" in "Kepala Pemerintah Negeri": part of a
        // village head's title.
        if f.inside_rank(i)
            || f.inside_region_name(i)
            || f.inside_village_title(i)
            || f.degree_after_name(i)
            || f.in_reference_number(i)
            || !self.person_initials.is_empty() && is_listed(&self.person_initials, t.text)
        {
            return i + 1;
        }
        let reading = match self.reading_at(i, lowercase) {
            Ok(reading) => reading,
            Err(next) => return next,
        };
        if let Some(next) = self.programme_after_body(i, &reading) {
            return next;
        }
        let c = self.candidate(i, reading, lowercase, lowercase_after_title);
        if let Some(next) = self.names_no_single_body(&c) {
            return next;
        }
        let listed_region = match self.bare_unit(&c) {
            Ok(region) => region,
            Err(next) => return next,
        };
        let bare = c.qualifier.is_none()
            && c.paren_acronym.is_none()
            && c.reading.name_last == i
            && c.reading.body.is_some();
        if !bare && c.qualifier.is_none() && f.names_one_of_many(c.reading.body, &self.seen_bodies)
        {
            return c.reading.name_last + 1;
        }
        let region = c
            .qualifier
            .as_ref()
            .and_then(|q| q.region)
            .or(listed_region);
        if c.lowercase
            && !c.lowercase_after_title
            && (region.is_none() || c.paren_acronym.is_some())
        {
            return i + 1;
        }
        self.record(&c, region)
    }

    /// A body written in lower case in running text ("pemerintah Kabupaten
    /// Konawe", "pemkab Morowali Utara") is one only with its region after
    /// it. The start index has no lower-case keys for bodies: look only
    /// where a region follows within two words. Asked of a word not
    /// capitalised.
    fn lowercase_with_region(&self, i: usize) -> bool {
        let (f, lk, doc) = (self.f, self.f.lk, self.f.doc);
        doc.tokens[i].is_wordlike()
            && (i + 1..=i + 2).any(|k| lk.mask(k) & (REGION | LEVEL) != 0)
            && !doc.in_lower_case_line(i)
            && ((i + 1..=i + 2).any(|k| region_at_some(f, k).is_some())
                // "dinas pertanian kabupaten Konawe" (not "puskesmas di
                // Kecamatan Bilato").
                || doc.level_word(i + 2).is_some()
                    && !crate::Stopwords::default_list().is_stopword(f.text(i + 1))
                    && region_at_some(f, i + 3).is_some())
    }

    /// "ketua pengadilan Negeri (PN) Kolaka", "kepala dinas Kominfo dan
    /// Persandian": after a title, the body it names may start in lower
    /// case when its name goes on capitalised (not "ketua kelompok tani",
    /// "anggota pansus"). Asked of a word not capitalised.
    fn lowercase_after_title(&self, i: usize) -> bool {
        let (f, lk, doc) = (self.f, self.f.lk, self.f.doc);
        doc.tokens[i].is_wordlike()
            && i > 0
            && doc.is_capitalized_word(i + 1)
            && (i.saturating_sub(5)..i).any(|k| lk.mask(k) & (TITLE | super::ROLE) != 0)
            && !doc.in_lower_case_line(i)
            && f.ends_title_or_role(i - 1)
    }

    /// A bare acronym at `i` defined earlier in the document, with the same
    /// body's region after it again ("Kepala Dikbud Buton" after "…
    /// (Dikbud) Buton"). The token to go on from.
    fn refer_to_acronym(&mut self, i: usize) -> usize {
        let f = self.f;
        let t = &f.doc.tokens[i];
        let mut next = i + 1;
        if let Some(&k) = self.acronyms.get(t.text) {
            let mut mention = self.out[k].referred_by(i, t);
            if let Some(m) = f
                .region_index(i + 1)
                .map(|m| &f.regions[m])
                .filter(|m| m.region.is_some() && m.region == self.out[k].region)
            {
                mention.last = m.last;
                mention.span = Span::new(mention.span.start, m.span.end);
                next = m.last + 1;
            }
            self.out.push(mention);
        }
        next
    }

    /// The body's name read at `i`: a known form, a name built on a head
    /// noun, or a parent body's labelled unit; the longer reading wins, a
    /// known body on a tie. `Err` with the token to go on from when none is
    /// read there.
    fn reading_at(&self, i: usize, lowercase: bool) -> Result<Reading, usize> {
        let (f, lk, doc) = (self.f, self.f.lk, self.f.doc);
        let tokens = &doc.tokens;
        let orgs = &f.engine.organizations;
        let known = if lowercase {
            orgs.body_at_caseless(&doc.hay(), i)
        } else {
            lk.body(i)
        };
        let head = if lowercase { None } else { lk.head(i) };
        // "Kantor Bank NTT", "Kantor BPBD": the office building of the body
        // named after it; the body's span starts after "Kantor".
        let building = known.is_none()
            && head.is_some_and(|(hit, _)| hit.last == i && tokens[i].text == "Kantor")
            && lk.starts_body_or_head(i + 1);
        if building {
            return Err(i + 1);
        }
        let head_ext =
            head.and_then(|(hit, h)| Some((f.extend_name(hit.last, h.scope, h.category)?, h)));
        let unit = head.and_then(|(hit, _)| {
            f.labelled_unit(hit.last)
                .or_else(|| f.unit_of_earlier_body(i, hit.last, &self.seen_bodies, &self.out))
        });
        let known_body = |hit: crate::lexicon::Hit, b: u32| {
            let body = orgs.body(b);
            (hit.last, Some(b), body.category, body.scope)
        };
        let (name_last, body, category, scope) = match (known, head_ext) {
            _ if unit.is_some() => {
                let (_, parent_last, parent) = unit.unwrap_or_default();
                let parent = orgs.body(parent);
                (parent_last, None, parent.category, parent.scope)
            }
            // "Komisi Pemilihan Umum Polewali Mandar (Polman)": a region
            // that fits the known body after its form is its qualifier,
            // not more words of a longer name.
            (Some((hit, b)), Some((ext, _)))
                if hit.last >= ext
                    || orgs.body(b).scope != Scope::Unbound
                        && (f.holder_follows_title(i, hit.last, ext)
                            || f.region_fits(hit.last + 1, orgs.body(b).scope).is_some()) =>
            {
                known_body(hit, b)
            }
            // "Ketua Majelis Rina Sule, S.H.": a title that ends with the
            // head noun ("Ketua Majelis", a judge) has its holder after it.
            (None, Some((ext, _)))
                if head.is_some_and(|(hit, _)| {
                    f.title_ends_at(hit.last)
                        && f.holder_follows_title(i, hit.last, ext)
                        && (hit.last + 1..=ext).all(|k| !tokens[k].is_all_caps())
                }) =>
            {
                return Err(head.map_or(i, |(hit, _)| hit.last) + 1);
            }
            (_, Some((ext, h))) => (ext, None, h.category, h.scope),
            (Some((hit, b)), None) => known_body(hit, b),
            (None, None) => return Err(i + 1),
        };
        Ok(Reading {
            name_last,
            body,
            category,
            scope,
            unit,
        })
    }

    /// A known single-word body at `i` followed by more capitalised words is
    /// part of a programme or event name ("TNI Manunggal Membangun Desa"),
    /// unless a title ends at it or right before it: "Ketua DPRD Teddy
    /// Lamusu" names the holder after the body. The token after the
    /// programme's name, when it is one.
    fn programme_after_body(&self, i: usize, reading: &Reading) -> Option<usize> {
        let (f, lk, doc) = (self.f, self.f.lk, self.f.doc);
        let tokens = &doc.tokens;
        if reading.body.is_none() || reading.name_last != i || f.title_ends_at(i) {
            return None;
        }
        // In a headline the capitalised words after it are the headline's
        // ("Dinkes Minta Warga …").
        let headline_verb = doc.in_title_case_line(i)
            && tokens
                .get(i + 1)
                .is_some_and(|n| super::is_common_word(n.text) || super::looks_verbal(n.text));
        // "Fraksi PKS Yanto Baoli": after a unit noun the body is named,
        // and a holder's name may follow it.
        let after_unit_noun = i.checked_sub(1).is_some_and(|p| f.is_sub_unit(p, p));
        // "dari partai PKS Yanto Baoli di …": a person's name of two or
        // three words, then no more capitals, follows the body. Asked last,
        // of the few bodies the other tests leave.
        let person_after = || {
            let words = f.person_name_words(i + 1);
            words >= 2 && !doc.is_capitalized_word(i + 1 + words)
        };
        // A unit noun's own name follows it ("Fraksi Gabungan PPP-PKS"),
        // except in a headline ("Tujuh Fraksi Beri Catatan").
        // "Rektor Unima Yusuf Tandi": the body after a title, then its
        // head.
        let may_open_programme = !(i.saturating_sub(5)..i)
            .any(|s| lk.title(s).is_some_and(|(hit, _)| hit.last + 1 == i))
            && !f.headed_by_role(i)
            && !headline_verb
            && !after_unit_noun
            && (!f.is_sub_unit(i, i) || doc.in_title_case_line(i))
            && !person_after();
        if !may_open_programme {
            return None;
        }
        let mut k = i + 1;
        while doc.is_capitalized_word(k)
            && doc.class_designation_end(k).is_none()
            && region_at_none(f, k)
            && lk.body(k).is_none()
            && lk.title(k).is_none()
            // "personel Satreskrim Ipda Rudi Lolo": a rank or honorific
            // starts a person's name, no programme's (after a role the bare
            // unit stays the title's: "Waka Polres Kompol Ramli").
            && (f.ends_title_or_role(i.wrapping_sub(1))
                || !matches!(
                    lk.affix(k),
                    Some((_, AffixKind::Rank | AffixKind::Honorific))
                ))
        {
            k += 1;
        }
        (k >= i + 3).then_some(k)
    }

    /// The name read at `i` with its acronym in parentheses and its
    /// qualifier.
    fn candidate(
        &self,
        i: usize,
        reading: Reading,
        lowercase: bool,
        lowercase_after_title: bool,
    ) -> Candidate {
        let (f, lk) = (self.f, self.f.lk);
        let name_last = reading.name_last;
        let paren_acronym = self.acronym_in_parentheses(i, name_last);
        let after_acronym = if paren_acronym.is_some() {
            name_last + 4
        } else {
            name_last + 1
        };
        let title_in_parentheses =
            paren_acronym.is_some_and(|a| lk.title(a).is_some() && lk.body(a).is_none());
        // "Pemerintah Kota Kendari": the name's last word starts the region.
        let inner_region = region_at_some(f, name_last)
            .filter(|m| m.last > name_last && paren_acronym.is_none())
            .map(|m| Qualifier {
                last: m.last,
                region: m.region,
                seat: false,
            });
        let qualifier =
            inner_region.or_else(|| f.qualifier(after_acronym, reading.scope, reading.category));
        Candidate {
            first: i,
            reading,
            lowercase,
            lowercase_after_title,
            paren_acronym,
            after_acronym,
            title_in_parentheses,
            qualifier,
        }
    }

    /// An acronym in parentheses after the long form `i..=name_last`:
    /// "(Disperindag)", "(IMIP)", "(Untad)"; not "(Persero)".
    fn acronym_in_parentheses(&self, i: usize, name_last: usize) -> Option<usize> {
        let (f, lk, doc) = (self.f, self.f.lk, self.f.doc);
        let j = name_last + 1;
        if f.text(j) != "(" || f.text(j + 2) != ")" {
            return None;
        }
        let a = &doc.tokens[j + 1];
        let legal_form = matches!(a.text, "Persero" | "Tbk" | "Perseroda" | "Perumda");
        // A capitalised word that is no acronym ("Dinas Sosial (Imran)",
        // its head's name) spells no letters of the long form in order.
        let long_form = &doc.text[doc.tokens[i].span.start..doc.tokens[name_last].span.end];
        let spells =
            a.is_all_caps() || lk.title(j + 1).is_some() || spells_in_order(a.text, long_form);
        // "Ombudsman Republik Indonesia (RI)": the country's short form.
        let country = lk.mask(j + 1) & super::COUNTRY != 0;
        (a.is_wordlike()
            && a.is_capitalized()
            && a.text.len() >= 2
            && !legal_form
            && !country
            && spells)
            .then_some(j + 1)
    }

    /// The token to go on from when the candidate names no single body: a
    /// venue, a field inside a title, a generic or class use, a government
    /// named by a person, parties as a class, an office's field.
    fn names_no_single_body(&self, c: &Candidate) -> Option<usize> {
        let f = self.f;
        let (i, r) = (c.first, &c.reading);
        let name_last = r.name_last;
        let unbuilt = r.body.is_none() && r.unit.is_none();
        // "Gedung Gabungan Dinas", "Balai Pertemuan Umum": a venue; "Asisten
        // I Bidang Pemerintahan": a field inside a title.
        if unbuilt && (f.is_venue(i) || f.field_of_title(i)) {
            return Some(name_last + 1);
        }
        // "Pemerintah Pusat", "Pemerintah Desa setempat", "Satuan Tugas": a
        // head noun with only a generic word after it names no single body.
        let generic = unbuilt
            && c.qualifier.is_none()
            // "Satuan Tugas (Satgas)": a generic name's own short form.
            && c.paren_acronym.is_none_or(|a| f.lk.body(a).is_none())
            && name_last > i
            && (i + 1..=name_last).all(|k| is_generic_word(f.text(k)));
        // "Asisten I Pemerintah Yusuf Tandi": a government is named by its
        // level or region, not by a person's name.
        let government_of_person = unbuilt
            && f.is(i, "pemerintah")
            && name_last > i
            && f.region_index(i + 1).is_none()
            && f.doc.level_word(i + 1).is_none()
            && !f.is(i + 1, "republik")
            && !super::is_common_word(f.text(i + 1));
        // "Partai Politik pada Pemilu", "koalisi Partai Politik pemilik …":
        // parties as a class, not one party; so are a region's agencies
        // ("pimpinan Satuan Kerja Perangkat Daerah (SKPD)").
        let parties = r.body.is_none() && f.is(i, "partai") && f.is(i + 1, "politik");
        let agencies = r.body.is_none() && names_regional_agencies(f.doc, i, name_last);
        if generic || government_of_person || parties || agencies {
            return Some(name_last + 1);
        }
        self.kind_or_field(c)
    }

    /// The token to go on from when the candidate is a kind of body, one
    /// in every place, or an office's field written after its title.
    fn kind_or_field(&self, c: &Candidate) -> Option<usize> {
        let f = self.f;
        let orgs = &f.engine.organizations;
        let (i, r) = (c.first, &c.reading);
        let name_last = r.name_last;
        // "masing-masing Panitia Pemilihan Kecamatan (PPK)", "Dinas
        // Kesehatan kabupaten/kota", "Panwaslu Kecamatan yang hadir": a
        // kind of body, one in every place, names no single body.
        // A level word right after the head: "Panwaslu Kecamatan", not the
        // field of "Dinas Pemberdayaan Masyarakat Desa".
        let level_word_last = ["kecamatan", "desa", "kelurahan"]
            .iter()
            .any(|w| f.is(name_last, w))
            && name_last == i + 1;
        // "Dinas PMD setempat": the local one, not a kind.
        let local = f.is(name_last + 1, "setempat");
        let class = c.qualifier.is_none()
            && r.unit.is_none()
            && !local
            && name_last > i
            && (f.is_class_use(i, name_last)
                || level_word_last && r.body.is_some_and(|b| !orgs.body(b).unique));
        if class {
            return Some(c.after_acronym);
        }
        // "Kadis PUPR Kabupaten Sinjai", "Kadis Kominfo": after a fused
        // role the body's short form is the office's field, with or without
        // its region ("Kadis DPMPTSP" spells its head: a body).
        let field_of_fused_role = r.body.is_some_and(|b| {
            name_last == i
                && c.paren_acronym.is_none()
                && f.roles_ending_before(i).any(|role| {
                    // "Kakanwil Kemenag Sulsel", "Kacab …": an office's
                    // parent body follows these, not its field.
                    role.head
                        .as_deref()
                        .is_some_and(|h| !h.starts_with("Kantor") && h != "Cabang")
                })
                && !f.named_after_fused_role(i, &orgs.body(b).name)
        });
        if field_of_fused_role {
            return Some(name_last + 1);
        }
        // "Kabid Humas Polda Sulsel", "Kepala Seksi Hubungan Masyarakat
        // (Kasi Humas) Polres Donggala": a unit named without its head noun
        // right after a title is the office's field; the body is the one
        // after it.
        let field = r.body.is_some_and(|b| {
            orgs.body(b).category == "government"
                && !is_headed_name(&orgs.body(b).name)
                && i > 0
                && (f.ends_title_or_role(i - 1) || f.inside_title(i))
        });
        (field && c.qualifier.is_none()).then_some(c.after_acronym)
    }

    /// A known body's unit noun written alone ("BPBD", "Ketua DPRD"): it
    /// names a body when it refers back to one, when units listed before a
    /// region share it ("FKUB, FKDM dan FPK Kota Manado": `Ok` with that
    /// region), or when it is the story's own local government or police
    /// unit. `Err` with the token to go on from when it names none here.
    fn bare_unit(&mut self, c: &Candidate) -> Result<Option<u32>, usize> {
        let (f, lk, doc) = (self.f, self.f.lk, self.f.doc);
        let orgs = &f.engine.organizations;
        let (i, name_last) = (c.first, c.reading.name_last);
        let Some(b) = c
            .reading
            .body
            .filter(|_| c.qualifier.is_none() && c.paren_acronym.is_none() && name_last == i)
        else {
            return Ok(None);
        };
        let unique = orgs.body(b).unique;
        if f.is_class_use(i, name_last) {
            return Err(name_last + 1);
        }
        // "Fraksi Partai Golkar", "Brimob Polda Sulteng": a unit noun right
        // before the body it belongs to is named by it. Not a unit noun of
        // the next body: "DPRD Fraksi PKS".
        let parent_follows = !doc.line_break_before(name_last + 1)
            && lk.starts_body_or_head(name_last + 1)
            && !f.is_sub_unit(name_last + 1, name_last + 1);
        // "Kepala Bapenda", "Plt Kepala Disdukcapil": the body its head
        // heads is one body.
        let headed = f.headed_by_role(i)
            || f.named_after_fused_role(i, &orgs.body(b).name)
            || f.heads_title_ends_before(i);
        // A unit noun alone names a body when it refers back to one, or
        // when it is the story's own local government or police unit
        // ("meminta BPBD dan Dinsos", "personel Satreskrim").
        let listed_region = (!unique && !parent_follows && !headed)
            .then(|| f.region_ending_listed_units(name_last + 1))
            .flatten();
        // "Ketua DPRD" after "DPRD Morut": a headed unit noun refers back
        // too.
        let earlier = (!unique && !parent_follows)
            .then(|| self.seen_bodies.get(&b).copied())
            .flatten();
        let t = &doc.tokens[i];
        if let Some(k) = earlier.filter(|_| headed) {
            let mention = self.out[k].referred_by(i, t);
            self.out.push(mention);
            return Err(name_last + 1);
        }
        if !unique && !parent_follows && !headed && listed_region.is_none() {
            let local_body = if let Some(k) = earlier {
                let mention = self.out[k].referred_by(i, t);
                self.out.push(mention);
                false
            } else if doc.in_title_case_line(i) {
                self.headline_units.push((i, b));
                false
            } else {
                f.names_local_body(i, orgs.body(b))
            };
            if !local_body {
                return Err(name_last + 1);
            }
        }
        Ok(listed_region)
    }

    /// Records the body `c` of region `region` (and its acronym in
    /// parentheses as a mention of its own). The token to go on from.
    fn record(&mut self, c: &Candidate, region: Option<u32>) -> usize {
        let (f, doc) = (self.f, self.f.doc);
        let tokens = &doc.tokens;
        let orgs = &f.engine.organizations;
        let (i, r) = (c.first, &c.reading);
        let t = &tokens[i];
        let (base, name) = self.full_name(c, region);
        let (first, name) = self.written_first(c, &base, name);
        let (last, span) = self.written_end(c, first);
        let short_form =
            r.body.is_some() && r.name_last == i && !t.text.contains(' ') && t.text.len() <= 12;
        let paren_acronym = c.paren_acronym.filter(|_| !c.title_in_parentheses);
        let acronym = paren_acronym
            .map(|a| tokens[a].text.to_string())
            .or_else(|| short_form.then(|| t.text.to_string()));
        let index = self.out.len();
        self.out.push(OrgMention {
            first,
            last,
            span,
            name,
            base,
            acronym,
            category: r.category,
            region,
            standalone: r.body.is_some_and(|b| orgs.body(b).unique),
        });
        if let Some(b) = r.body {
            self.seen_bodies.insert(b, index);
        }
        if let Some(a) = paren_acronym {
            let mention = OrgMention {
                first: a,
                last: a,
                span: tokens[a].span,
                ..self.out[index].clone()
            };
            self.out.push(mention);
            self.acronyms.insert(tokens[a].text, index);
            if let Some(b) = orgs.body_form(tokens[a].text) {
                self.seen_bodies.insert(b, index);
            }
        }
        match (&c.qualifier, c.paren_acronym) {
            (Some(q), _) => q.last + 1,
            (None, Some(a)) => a + 2,
            (None, None) => r.name_last + 1,
        }
    }

    /// The body's base name (the known body's, a unit with its parent's,
    /// or as written) and its full name with its region or qualifier.
    fn full_name(&self, c: &Candidate, region: Option<u32>) -> (String, String) {
        let (f, doc) = (self.f, self.f.doc);
        let tokens = &doc.tokens;
        let (orgs, gazetteer) = (&f.engine.organizations, &f.engine.gazetteer);
        let (i, r) = (c.first, &c.reading);
        let base_name: String = match (r.body, r.unit) {
            (Some(b), _) => orgs.body(b).name.to_string(),
            // "Komisi III" + "Dewan Perwakilan Rakyat Daerah".
            (None, Some((label, _, parent))) => format!(
                "{} {}",
                &doc.text[tokens[i].span.start..tokens[label].span.end],
                orgs.body(parent).name
            ),
            (None, None) => {
                doc.text[tokens[i].span.start..tokens[r.name_last].span.end].to_string()
            }
        };
        // "Kejaksaan Mamuju": the district prosecution office of a regency
        // or city, the high one of a province, named by its town.
        let prosecution = region.filter(|_| base_name == "Kejaksaan").map(|r| {
            let level = gazetteer.region(r).level();
            if level == crate::Level::Province {
                "Kejaksaan Tinggi"
            } else {
                "Kejaksaan Negeri"
            }
        });
        let base_name = prosecution.map_or(base_name, str::to_string);
        let name = match region {
            Some(r) if prosecution.is_some() => {
                let town = gazetteer.region(r).name().trim_start_matches("Kota ");
                format!("{base_name} {town}")
            }
            Some(r) if c.qualifier.as_ref().is_some_and(|q| q.seat) => {
                format!("{base_name} {}", gazetteer.region(r).name())
            }
            Some(r) => qualified_name(&base_name, gazetteer, r),
            None => match &c.qualifier {
                Some(q) if c.paren_acronym.is_none() => {
                    doc.text[tokens[i].span.start..tokens[q.last].span.end].to_string()
                }
                _ => base_name.clone(),
            },
        };
        (base_name, name)
    }

    /// Where the body's written span starts, and its full name: at the
    /// legal form before a company known by its short form ("PT BPD
    /// Sulteng", "PT. Vale Indonesia"), or at a party's or association's
    /// branch board ("DPD KNPI Sultra", "DPD I Golkar Sulsel": the tier in
    /// Roman numerals between), which the name then opens with.
    fn written_first(&self, c: &Candidate, base_name: &str, name: String) -> (usize, String) {
        let tokens = &self.f.doc.tokens;
        let (i, r) = (c.first, &c.reading);
        let legal_form_at = if i >= 2
            && tokens[i - 1].text == "."
            && tokens[i - 2].text == "PT"
            && tokens[i - 2].span.end == tokens[i - 1].span.start
        {
            i - 2
        } else {
            i.saturating_sub(1)
        };
        let legal_form_before = r.body.is_some()
            && base_name.starts_with("PT ")
            && i > 0
            && matches!(tokens[legal_form_at].text, "PT" | "PT.")
            && self.out.last().is_none_or(|m| m.last < legal_form_at);
        if legal_form_before {
            return (legal_form_at, name);
        }
        let board_at = if i >= 2 && matches!(tokens[i - 1].text, "I" | "II") {
            i - 2
        } else {
            i.saturating_sub(1)
        };
        let board = (r.body.is_some() && r.category == "community" && i > 0)
            .then(|| board_name(tokens[board_at].text))
            .flatten()
            .filter(|_| self.out.last().is_none_or(|m| m.last < board_at));
        match board {
            Some(board) => (board_at, format!("{board} {name}")),
            None => (i, name),
        }
    }

    /// The body's last token and written span from token `first`: the long
    /// form ends before an interrupting acronym, otherwise at the end of
    /// its qualifier; a region read inside a word ends it ("Polres
    /// Baubau-red"); a listed company's suffix after its short form
    /// ("Vale Indonesia Tbk.", the sentence's full stop left out).
    fn written_end(&self, c: &Candidate, first: usize) -> (usize, Span) {
        let (f, doc) = (self.f, self.f.doc);
        let tokens = &doc.tokens;
        let last = match (&c.qualifier, c.paren_acronym) {
            (Some(q), None) => q.last,
            _ => c.reading.name_last,
        };
        let end = region_at_some(f, last)
            .filter(|m| m.last == last && c.qualifier.is_some())
            .map_or(tokens[last].span.end, |m| m.span.end);
        let span = Span::new(tokens[first].span.start, end);
        let listed = c.reading.category == "company"
            && !doc.text[span].ends_with("Tbk")
            && tokens.get(last + 1).is_some_and(|t| {
                t.text.trim_end_matches('.') == "Tbk" && !doc.line_break_before(last + 1)
            });
        if listed {
            return (
                last + 1,
                Span::new(span.start, tokens[last + 1].span.start + 3),
            );
        }
        // "PT Pelni (Persero)": a state company's legal form in
        // parentheses is part of its name, as in "PT PLN (Persero)".
        let legal_form = c.reading.category == "company"
            && doc.word(last + 1) == "("
            && doc.word(last + 3) == ")"
            && matches!(doc.word(last + 2), "Persero" | "Perseroda" | "Tbk")
            && !doc.line_break_before(last + 1);
        if legal_form {
            (last + 3, Span::new(span.start, tokens[last + 3].span.end))
        } else {
            (last, span)
        }
    }
}

/// Companies named by a legal suffix at the end rather than a head noun at
/// the start: "Zhejiang Huayou Cobalt Co Ltd", "Ford Motor Company",
/// "Tsingshan Holding Group Co Ltd", "Kalla Group". The name is the run of
/// capitalised words before the suffix (at most six), on one line, outside
/// the bodies already found.
fn suffixed_companies(doc: &Doc<'_>, found: &[OrgMention]) -> Vec<OrgMention> {
    const SUFFIXES: &[&str] = &[
        "Ltd",
        "Ltd.",
        "Limited",
        "Inc",
        "Inc.",
        "Company",
        "Corporation",
        "Corp",
        "Corp.",
        "Group",
        "Grup",
        "LLC",
        "GmbH",
    ];
    const MAX_WORDS: usize = 6;
    let tokens = &doc.tokens;
    let inside_found = |k: usize| {
        let at = found.partition_point(|m| m.last < k);
        found.get(at).is_some_and(|m| m.first <= k)
    };
    let mut out = Vec::new();
    let mut k = 1;
    while k < tokens.len() {
        // A suffix starts with a capital L, I, C or G: the walk jumps
        // between such tokens.
        if doc.shapes()[k] & super::SUFFIX_INITIAL == 0 {
            k = super::next_marked(doc.shapes(), k + 1, super::SUFFIX_INITIAL);
            continue;
        }
        let t = &tokens[k];
        // Most tokens fail on their first letter and length.
        let b = t.text.as_bytes();
        let maybe = (3..=11).contains(&b.len()) && matches!(b[0], b'L' | b'I' | b'C' | b'G');
        if !maybe || !SUFFIXES.contains(&t.text) || inside_found(k) {
            k += 1;
            continue;
        }
        // "Group Co Ltd": the suffix run ends at the last suffix word.
        let mut last = k;
        while tokens
            .get(last + 1)
            .is_some_and(|n| SUFFIXES.contains(&n.text) || matches!(n.text, "Co" | "Co."))
            && !doc.line_break_before(last + 1)
        {
            last += 1;
        }
        let mut first = k;
        while first > 0
            && k - first < MAX_WORDS
            && !doc.line_break_before(first)
            && tokens[first - 1].is_wordlike()
            && tokens[first - 1].is_capitalized()
            && !inside_found(first - 1)
            && doc.sentence_of(first - 1) == doc.sentence_of(k)
        {
            first -= 1;
        }
        // The words before "Co": "Zhejiang Huayou Cobalt Co Ltd".
        while first < k && matches!(tokens[first].text, "Co" | "Co.") {
            first += 1;
        }
        // "Focus Group Discusion (FGD)": a suffix inside a term that an
        // acronym after it spells is no company's end.
        let mut run_end = last;
        while run_end < last + 3
            && doc.is_capitalized_word(run_end + 1)
            && !doc.line_break_before(run_end + 1)
        {
            run_end += 1;
        }
        let defined_term = run_end > last
            && tokens.get(run_end + 1).is_some_and(|t| t.text == "(")
            && tokens.get(run_end + 3).is_some_and(|t| t.text == ")")
            && spells_in_order(
                tokens[run_end + 2].text,
                &doc.text[tokens[first].span.start..tokens[run_end].span.end],
            );
        if first == k || defined_term {
            k = last + 1;
            continue;
        }
        let span = Span::new(tokens[first].span.start, tokens[last].span.end);
        let name = doc.text[span].to_string();
        out.push(OrgMention {
            first,
            last,
            span,
            base: name.clone(),
            name,
            acronym: None,
            category: "company",
            region: None,
            standalone: true,
        });
        k = last + 1;
    }
    out
}

/// Regional services named by an acronym the lexicon lacks, followed by
/// their region: "Disperkimtan Kabupaten Wajo", "Diskominfo-SP Palu"
/// ([`super::looks_service_acronym`]). Regional governments coin such
/// acronyms freely; the region after it is what makes one a body. The walk
/// visits only the tokens that start a region or a level word.
fn coined_services(f: &Finder<'_, '_>, found: &[OrgMention]) -> Vec<OrgMention> {
    let tokens = &f.doc.tokens;
    let mask = f.lk.mask;
    let mut out = Vec::new();
    let mut k = super::next_marked(mask, 1, REGION | LEVEL);
    while k < tokens.len() {
        let p = k - 1;
        let inside_found = || {
            let at = found.partition_point(|m| m.last < p);
            found.get(at).is_some_and(|m| m.first <= p)
        };
        let service = tokens[p].kind == crate::TokenKind::Word
            && super::looks_service_acronym(tokens[p].text)
            && !f.doc.line_break_before(k)
            && !inside_found();
        if let Some(q) = service
            .then(|| f.qualifier(k, Scope::Regional, "government"))
            .flatten()
            .filter(|q| q.region.is_some())
        {
            let base = tokens[p].text.to_string();
            let name = match q.region {
                Some(r) => qualified_name(&base, &f.engine.gazetteer, r),
                None => base.clone(),
            };
            out.push(OrgMention {
                first: p,
                last: q.last,
                span: Span::new(tokens[p].span.start, tokens[q.last].span.end),
                name,
                acronym: Some(base.clone()),
                base,
                category: "government",
                region: q.region,
                standalone: false,
            });
            k = q.last + 1;
        } else {
            k += 1;
        }
        k = super::next_marked(mask, k, REGION | LEVEL);
    }
    out
}

/// Joins a unit written right before the body it belongs to into one
/// mention: "Fraksi" + "Partai Golkar" + "DPRD Wajo", "Sat Samapta" +
/// "Polres Sigi", "Humas" + "Polda Sulteng". The unit must have no region of
/// its own; after the first parent, only bodies of the unit's own category
/// join (the legislature after a fraction's party). The joined mention keeps
/// the unit's base name (a title composes with "Fraksi") and takes the last
/// parent's region and category.
fn merge_units_with_parents(
    doc: &Doc<'_>,
    lk: &Lookups<'_, '_>,
    orgs: &crate::organizations::Organizations,
    mentions: Vec<OrgMention>,
) -> Vec<OrgMention> {
    // A unit noun of no level of its own ("Fraksi", "Komisi", "Humas")
    // written alone: a part of the body after it, never the parent of the
    // one before it ("DPRD Fraksi PKS" is the DPRD, then a faction).
    let sub_unit = |m: &OrgMention| {
        lk.body(m.first)
            .is_some_and(|(hit, b)| hit.last == m.last && orgs.body(b).scope == Scope::Unbound)
    };
    const MAX_PARENTS: usize = 2;
    // Most documents have no two bodies side by side.
    if !mentions.windows(2).any(|w| w[1].first == w[0].last + 1) {
        return mentions;
    }
    let mut out: Vec<OrgMention> = Vec::with_capacity(mentions.len());
    let mut iter = mentions.into_iter().peekable();
    while let Some(mut unit) = iter.next() {
        let unit_category = unit.category;
        let mut parents = 0;
        // A unit with a region of its own, or the one name of a single
        // institution ("TNI" in "TNI Polri"), belongs to no parent; nor does
        // a unit named by a fused title ("Kabid Humas Polda Sulsel": the
        // title holds the unit, the body is "Polda Sulsel").
        let fused_title_before = unit
            .first
            .checked_sub(1)
            .and_then(|p| lk.role(p))
            .is_some_and(|(hit, role)| hit.last + 1 == unit.first && role.head.is_some());
        // A division ("Bidang Penerangan Masyarakat") is its head's field,
        // not reported: the body after it stays a mention of its own.
        let division = super::is_division(&doc.text[unit.span]);
        let may_join =
            !unit.standalone && unit.region.is_none() && !fused_title_before && !division;
        // "Humas Pengadilan Negeri Poso Rina Tamara": a unit word that is
        // also a role ("Humas") is the holder's title before a name, and
        // the body alone is the organisation.
        // Not after a role of its own: "Kepala Sub Bagian Humas Polres".
        let role_before = (unit.first.saturating_sub(3)..unit.first).any(|s| {
            lk.role(s)
                .is_some_and(|(hit, _)| hit.last + 1 == unit.first)
                || lk
                    .title(s)
                    .is_some_and(|(hit, _)| hit.last + 1 == unit.first)
        });
        let unit_is_role = !role_before
            && lk
                .role(unit.first)
                .is_some_and(|(hit, _)| hit.last == unit.last);
        let mut holder_named = false;
        while may_join && parents < MAX_PARENTS {
            let Some(next) = iter.peek() else { break };
            let adjacent = next.first == unit.last + 1 && !doc.line_break_before(next.first);
            let fits = parents == 0 || next.category == unit_category;
            if !adjacent || !fits || sub_unit(next) && !sub_unit(&unit) {
                break;
            }
            if unit_is_role && holder_after(doc, lk, next.last + 1) {
                holder_named = true;
                break;
            }
            let Some(parent) = iter.next() else { break };
            unit.last = parent.last;
            unit.span = Span::new(unit.span.start, parent.span.end);
            unit.name = format!("{} {}", unit.name, parent.name);
            // "Kantor Wilayah" + "Kemenag": the body the two name together
            // when the lexicon knows it ("Kantor Wilayah Kementerian
            // Agama"), so that a head's title composes with it.
            if let Some(b) = orgs.body_form(&format!("{} {}", unit.base, parent.base)) {
                unit.base = orgs.body(b).name.to_string();
            }
            unit.region = parent.region;
            // A fraction keeps its category through its party.
            if parent.category != "community" {
                unit.category = parent.category;
            }
            unit.acronym = None;
            parents += 1;
        }
        if !holder_named {
            out.push(unit);
        }
    }
    out
}

/// Whether a person's name may start at token `k`, after a body: past a
/// short form in parentheses ("(PN) Parigi, …") and a comma, a capitalised
/// word that is no body or head noun.
fn holder_after(doc: &Doc<'_>, lk: &Lookups<'_, '_>, mut k: usize) -> bool {
    let text = |i: usize| doc.word(i);
    if text(k) == "(" && text(k + 2) == ")" {
        k += 3;
    }
    if text(k) == "," {
        k += 1;
    }
    doc.tokens
        .get(k)
        .is_some_and(|t| t.is_wordlike() && t.is_capitalized())
        && !lk.starts_body_or_head(k)
        && !doc.line_break_before(k)
}

/// Whether a body's name starts with a head noun ("Bagian Humas", "Dinas
/// Kesehatan"), unlike a field named alone ("Hubungan Masyarakat").
fn is_headed_name(name: &str) -> bool {
    const HEAD_NOUNS: &[&str] = &[
        "Dinas",
        "Badan",
        "Bagian",
        "Bidang",
        "Biro",
        "Divisi",
        "Kantor",
        "Satuan",
        "Seksi",
        "Unit",
        "Sekretariat",
        "Inspektorat",
        "Direktorat",
        "Balai",
        "Dewan",
        "Komisi",
        "Pemerintah",
        "Kepolisian",
        "Kejaksaan",
        "Pengadilan",
        "Komando",
        "Kementerian",
        "Lembaga",
        "Rumah",
        "Pusat",
        "Kesatuan",
    ];
    let first = name.split(' ').next().unwrap_or("");
    HEAD_NOUNS.contains(&first)
}

/// The next token after `i` (which starts no body) that `find` must read
/// when the document has defined no acronym (a defined one adds its
/// capitalised words): only a token with a body or head key, a
/// lower-case word up to two before a region or level word, or one up to
/// five after a title or role may start a body. Most tokens are none of
/// these: the walk jumps to two before the next token with such a bit,
/// when no title or role before it reaches past `i`.
fn next_start(mask: &[u8], i: usize) -> usize {
    const CUES: u8 = BODY | HEAD | REGION | LEVEL | TITLE | super::ROLE;
    // The five masks up to `i`, read at once where eight are there.
    let recent_title = match i.checked_sub(7).and_then(|at| mask.get(at..=i)) {
        Some(eight) => {
            let eight = u64::from_le_bytes(eight.try_into().unwrap_or_default());
            (eight >> 24) & u64::from_ne_bytes([TITLE | super::ROLE; 8]) != 0
        }
        None => mask[i.saturating_sub(4)..=i]
            .iter()
            .any(|&b| b & (TITLE | super::ROLE) != 0),
    };
    if recent_title {
        return i + 1;
    }
    super::next_marked(mask, i + 1, CUES)
        .saturating_sub(2)
        .max(i + 1)
}

fn region_at_some<'a>(f: &Finder<'a, '_>, k: usize) -> Option<&'a RegionMention> {
    f.region_index(k).map(|m| &f.regions[m])
}

/// Whether two words start the name of a hall, not a body: "Balai" and a
/// hall word ("Balai Pertemuan Umum", "Balai Kota", "Balai Desa").
pub(crate) fn is_hall(head: &str, next: &str) -> bool {
    const HALL_WORDS: &[&str] = &[
        "pertemuan",
        "kota",
        "desa",
        "kelurahan",
        "adat",
        "sidang",
        "warga",
        "rakyat",
    ];
    head.eq_ignore_ascii_case("balai") && HALL_WORDS.iter().any(|w| next.eq_ignore_ascii_case(w))
}

/// Words that introduce a branch of a body: "Cabang", "Kanwil", "Kantor
/// Wilayah", "Kantor Cabang".
fn is_branch_word(word: &str) -> bool {
    let mut buf = [0u8; 16];
    ascii_lower(word, &mut buf).is_some_and(|w| {
        matches!(
            w,
            "cabang" | "kanwil" | "kantor" | "divre" | "perwakilan" | "wilayah" | "daerah"
        )
    })
}

/// Words that make a head noun generic when nothing else follows it:
/// "Pemerintah Pusat", "Pemerintah Daerah", "Kantor Kecamatan".
fn is_generic_word(word: &str) -> bool {
    let mut buf = [0u8; 16];
    ascii_lower(word, &mut buf).is_some_and(|w| {
        matches!(
            w,
            "pusat"
                | "daerah"
                | "setempat"
                | "provinsi"
                | "kabupaten"
                | "kota"
                | "kecamatan"
                | "desa"
                | "kelurahan"
                | "terkait"
                | "tersebut"
                // "Satuan Tugas": a task force, one of many.
                | "tugas"
        )
    })
}

fn region_at_none(f: &Finder<'_, '_>, k: usize) -> bool {
    f.region_index(k).is_none()
}

/// "Pemerintah Kabupaten" + Morowali Utara → "Pemerintah Kabupaten Morowali
/// Utara"; "Dinas Kesehatan" + Sulawesi Tengah → "Dinas Kesehatan Provinsi
/// Sulawesi Tengah".
fn qualified_name(base: &str, gazetteer: &Gazetteer, region: u32) -> String {
    let r = gazetteer.region(region);
    let already = |word: &str| base.ends_with(word);
    let prefix = match r.level() {
        crate::Level::Province if !already("Provinsi") => "Provinsi ",
        crate::Level::Regency if !already("Kabupaten") => "Kabupaten ",
        crate::Level::District if !already("Kecamatan") => "Kecamatan ",
        crate::Level::Village if !already("Desa") && !already("Kelurahan") => "Desa ",
        _ => "",
    };
    let name = if r.level() == crate::Level::City && already("Kota") {
        r.name().trim_start_matches("Kota ")
    } else {
        r.name()
    };
    // Joined by hand: `format!` costs several times as much here.
    let mut qualified = String::with_capacity(base.len() + 1 + prefix.len() + name.len());
    qualified.push_str(base);
    qualified.push(' ');
    qualified.push_str(prefix);
    qualified.push_str(name);
    qualified
}

/// Whether the letters of `short` appear in `long` in order, case aside,
/// all but one at most (writers shorten freely: "Forkopimda" for "Forum
/// Komunikasi Pemerintah Daerah", "Lantamal" for "Pangkalan Utama Angkatan
/// Laut"); not "Imran" in "Dinas Sosial", a holder's name.
fn spells_in_order(short: &str, long: &str) -> bool {
    let mut rest = long.chars().flat_map(char::to_lowercase);
    let mut missed = 0;
    for c in short
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
    {
        // Look ahead on a copy: a letter not found does not use up the rest.
        let mut ahead = rest.clone();
        if ahead.any(|l| l == c) {
            rest = ahead;
        } else {
            missed += 1;
            if missed > 1 {
                return false;
            }
        }
    }
    true
}
