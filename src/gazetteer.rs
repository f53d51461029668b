//! The region gazetteer: Indonesian administrative regions with Kemendagri
//! codes, hierarchy and the forms news writes them in.

use std::cmp::Ordering;
use std::fmt;
use std::sync::Arc;

use once_cell::sync::Lazy;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::fold::{FastMap, FastSet};
use crate::lexicon::{Case, Haystack, Hit, Lexicon, LexiconBuilder};
use crate::tsv::rows;

const REGIONS_TSV: &str = include_str!("../data/regions.tsv");
const ALIASES_TSV: &str = include_str!("../data/aliases.tsv");
const AMBIGUOUS_TXT: &str = include_str!("../data/ambiguous-regions.txt");

static EMBEDDED: Lazy<Gazetteer> = Lazy::new(|| {
    GazetteerBuilder::new()
        .build()
        .expect("embedded region data is valid (checked by a unit test)")
});

/// The administrative level of a region.
///
/// ```
/// use warta::Level;
/// assert_eq!(Level::Regency.as_str(), "regency");
/// assert!(Level::Province < Level::District);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Level {
    /// Provinsi.
    Province,
    /// Kabupaten (regency).
    Regency,
    /// Kota (city), the regency-level unit of a town.
    City,
    /// Kecamatan (district).
    District,
    /// Desa or kelurahan (village).
    Village,
}

impl Level {
    /// The level's name in JSON output.
    ///
    /// ```
    /// assert_eq!(warta::Level::Village.as_str(), "village");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Level::Province => "province",
            Level::Regency => "regency",
            Level::City => "city",
            Level::District => "district",
            Level::Village => "village",
        }
    }

    /// Parses the JSON name of a level.
    ///
    /// ```
    /// assert_eq!(warta::Level::parse("city"), Some(warta::Level::City));
    /// ```
    pub fn parse(name: &str) -> Option<Level> {
        Some(match name {
            "province" => Level::Province,
            "regency" => Level::Regency,
            "city" => Level::City,
            "district" => Level::District,
            "village" => Level::Village,
            _ => return None,
        })
    }

    /// The level a code with this many segments has ("72" → 1, "72.06" → 2).
    fn segments(self) -> usize {
        match self {
            Level::Province => 1,
            Level::Regency | Level::City => 2,
            Level::District => 3,
            Level::Village => 4,
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The levels an office or body binds to, and so the levels a region named
/// right after it may have ("Bupati X": a regency; "DPRD X": a province,
/// regency or city).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Scope {
    National,
    Province,
    Regency,
    City,
    /// A regency or a city.
    Local,
    /// A province, regency or city.
    Regional,
    District,
    Village,
    /// Binds to no region (a company director, a rector).
    Unbound,
}

impl Scope {
    /// The level of a district's or village's scope, the levels places the
    /// gazetteer lacks are read at; `None` for the others.
    pub(crate) fn local_level(self) -> Option<Level> {
        match self {
            Scope::District => Some(Level::District),
            Scope::Village => Some(Level::Village),
            _ => None,
        }
    }

    pub fn parse(name: &str) -> Option<Scope> {
        Some(match name {
            "national" => Scope::National,
            "province" => Scope::Province,
            "regency" => Scope::Regency,
            "city" => Scope::City,
            "local" => Scope::Local,
            "regional" => Scope::Regional,
            "district" => Scope::District,
            "village" => Scope::Village,
            "none" | "-" => Scope::Unbound,
            _ => return None,
        })
    }

    /// Whether a region of `level` fits this scope.
    pub fn admits(self, level: Level) -> bool {
        match self {
            Scope::National | Scope::Unbound => false,
            Scope::Province => level == Level::Province,
            Scope::Regency => level == Level::Regency,
            Scope::City => level == Level::City,
            Scope::Local => matches!(level, Level::Regency | Level::City),
            Scope::Regional => matches!(level, Level::Province | Level::Regency | Level::City),
            Scope::District => level == Level::District,
            Scope::Village => level == Level::Village,
        }
    }

    /// The scope a level word before a name sets ("Kabupaten", "Kec.").
    pub fn of_level_word(word: &str) -> Option<Scope> {
        // Called for many tokens: reject by length and first letter, then
        // compare the first eight bytes, lowercased at once, as one number
        // (and a ninth byte) with each candidate of that length.
        let bytes = word.as_bytes();
        if !(3..=9).contains(&bytes.len())
            || !matches!(bytes[0] | 0x20, b'p' | b'k' | b'd' | b'l' | b'n' | b'g')
        {
            return None;
        }
        // A shorter word zero-padded, read by two overlapping loads.
        let head = match bytes.first_chunk::<8>() {
            Some(&eight) => u64::from_le_bytes(eight),
            None => crate::fold::tail_word(bytes),
        };
        if head & 0x8080_8080_8080_8080 != 0 {
            return None;
        }
        // ASCII capitals (0x41..=0x5A) get bit 5: adding 0x3F sets a
        // byte's high bit from 0x41 on, adding 0x25 from 0x5B on, with no
        // carry between bytes under 0x80.
        const ONES: u64 = 0x0101_0101_0101_0101;
        let capitals =
            head.wrapping_add(0x3F * ONES) & !head.wrapping_add(0x25 * ONES) & (0x80 * ONES);
        let head = head | capitals >> 2;
        let ninth = bytes.get(8).map_or(0, u8::to_ascii_lowercase);
        Some(match (bytes.len(), head, ninth) {
            (8, PROVINSI, 0) | (5, PROV_, 0) | (4, PROV, 0) | (8, PROPINSI, 0) => Scope::Province,
            (9, KABUPATE, b'n') | (4, KAB_, 0) | (3, KAB, 0) => Scope::Regency,
            (4, KOTA, 0) | (9, KOTAMADY, b'a') => Scope::City,
            (9, KECAMATA | KACAMATA, b'n') | (4, KEC_, 0) | (3, KEC, 0) | (7, DISTRIK, 0) => {
                Scope::District
            }
            (4, DESA, 0)
            | (9, KELURAHA, b'n')
            | (4, KEL_, 0)
            | (3, KEL, 0)
            | (7, LEMBANG, 0)
            | (6, NAGARI, 0)
            | (7, GAMPONG, 0) => Scope::Village,
            _ => return None,
        })
    }
}

/// The first eight bytes of a level word as [`Scope::of_level_word`]
/// compares them: a little-endian number, zero past the word's end.
const fn head_of(word: &[u8]) -> u64 {
    let mut head = [0u8; 8];
    let mut k = 0;
    while k < word.len() && k < 8 {
        head[k] = word[k];
        k += 1;
    }
    u64::from_le_bytes(head)
}

const PROVINSI: u64 = head_of(b"provinsi");
const PROV_: u64 = head_of(b"prov.");
const PROV: u64 = head_of(b"prov");
const PROPINSI: u64 = head_of(b"propinsi");
const KABUPATE: u64 = head_of(b"kabupaten");
const KAB_: u64 = head_of(b"kab.");
const KAB: u64 = head_of(b"kab");
const KOTA: u64 = head_of(b"kota");
const KOTAMADY: u64 = head_of(b"kotamadya");
const KECAMATA: u64 = head_of(b"kecamatan");
const KACAMATA: u64 = head_of(b"kacamatan");
const KEC_: u64 = head_of(b"kec.");
const KEC: u64 = head_of(b"kec");
const DISTRIK: u64 = head_of(b"distrik");
const DESA: u64 = head_of(b"desa");
const KELURAHA: u64 = head_of(b"kelurahan");
const KEL_: u64 = head_of(b"kel.");
const KEL: u64 = head_of(b"kel");
const LEMBANG: u64 = head_of(b"lembang");
const NAGARI: u64 = head_of(b"nagari");
const GAMPONG: u64 = head_of(b"gampong");

/// The level words [`Scope::of_level_word`] knows, lower case: the
/// recognizer marks them in its start index so that a scan for triggers
/// costs one byte per token.
pub(crate) const LEVEL_WORDS: &[&str] = &[
    "provinsi",
    "prov.",
    "prov",
    "propinsi",
    "kabupaten",
    "kab.",
    "kab",
    "kota",
    "kotamadya",
    "kecamatan",
    // A common misspelling ("Kacamatan Tinanggea").
    "kacamatan",
    "kec.",
    "kec",
    "distrik",
    "desa",
    "kelurahan",
    "kel.",
    "kel",
    "lembang",
    "nagari",
    "gampong",
];

/// Whether a village is a desa (rural, elected head) or a kelurahan (urban,
/// appointed head).
///
/// ```
/// let g = warta::Gazetteer::embedded();
/// let bente = g.lookup("Bente").into_iter().next().unwrap();
/// assert_eq!(bente.village_type(), Some(warta::VillageType::Desa));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum VillageType {
    /// Desa.
    Desa,
    /// Kelurahan.
    Kelurahan,
}

impl VillageType {
    /// The type's name in JSON output.
    ///
    /// ```
    /// assert_eq!(warta::VillageType::Kelurahan.as_str(), "kelurahan");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            VillageType::Desa => "desa",
            VillageType::Kelurahan => "kelurahan",
        }
    }
}

/// One administrative region.
///
/// ```
/// let g = warta::Gazetteer::embedded();
/// let morut = g.get("72.12").unwrap();
/// assert_eq!(morut.name(), "Morowali Utara");
/// assert_eq!(morut.level(), warta::Level::Regency);
/// assert_eq!(g.parent(morut).unwrap().name(), "Sulawesi Tengah");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Region {
    code: Arc<str>,
    name: Arc<str>,
    /// The province's name, shared by every region in it.
    province: Option<Arc<str>>,
    level: Level,
    village_type: Option<VillageType>,
    parent: Option<u32>,
    index: u32,
}

impl Region {
    /// The dotted Kemendagri code: "72", "72.06", "72.06.05", "72.06.05.2001".
    ///
    /// ```
    /// assert_eq!(warta::Gazetteer::embedded().get("72.71").unwrap().code(), "72.71");
    /// ```
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The official name: a regency without "Kabupaten" ("Morowali"), a city
    /// with "Kota" ("Kota Palu"), other levels as they are.
    ///
    /// ```
    /// assert_eq!(warta::Gazetteer::embedded().get("72.71").unwrap().name(), "Kota Palu");
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The region's level.
    ///
    /// ```
    /// assert_eq!(warta::Gazetteer::embedded().get("72").unwrap().level(), warta::Level::Province);
    /// ```
    pub fn level(&self) -> Level {
        self.level
    }

    /// For a village, whether it is a desa or a kelurahan.
    ///
    /// ```
    /// assert_eq!(warta::Gazetteer::embedded().get("72").unwrap().village_type(), None);
    /// ```
    pub fn village_type(&self) -> Option<VillageType> {
        self.village_type
    }

    /// The two-digit province code.
    ///
    /// ```
    /// assert_eq!(warta::Gazetteer::embedded().get("72.06").unwrap().province_code(), "72");
    /// ```
    pub fn province_code(&self) -> &str {
        // Codes are short: a byte loop, not a substring search.
        let end = self.code.bytes().position(|b| b == b'.');
        &self.code[..end.unwrap_or(self.code.len())]
    }

    pub(crate) fn shared_code(&self) -> &Arc<str> {
        &self.code
    }

    pub(crate) fn shared_name(&self) -> &Arc<str> {
        &self.name
    }

    /// The name of the province the region lies in (its own for a
    /// province).
    ///
    /// ```
    /// assert_eq!(warta::Gazetteer::embedded().get("72.06").unwrap().province_name(), Some("Sulawesi Tengah"));
    /// ```
    pub fn province_name(&self) -> Option<&str> {
        self.province.as_deref()
    }

    pub(crate) fn shared_province(&self) -> Option<&Arc<str>> {
        self.province.as_ref()
    }

    /// Position of the region in its gazetteer.
    pub(crate) fn index(&self) -> u32 {
        self.index
    }

    /// Whether the region lies in one of the six Sulawesi provinces (71–76).
    ///
    /// ```
    /// let g = warta::Gazetteer::embedded();
    /// assert!(g.get("73.71").unwrap().is_sulawesi());
    /// assert!(!g.get("31").unwrap().is_sulawesi());
    /// ```
    pub fn is_sulawesi(&self) -> bool {
        // The province code is "71" to "76": two bytes, then the end or a dot.
        let b = self.code.as_bytes();
        b.len() >= 2
            && b[0] == b'7'
            && (b'1'..=b'6').contains(&b[1])
            && (b.len() == 2 || b[2] == b'.')
    }
}

/// A surface form's reading: which region it may mean and on what terms.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Candidate {
    pub region: u32,
    /// The form is an ordinary word or name for this region: it counts only
    /// with a trigger.
    pub needs_trigger: bool,
}

/// The region gazetteer: regions, their hierarchy and their surface forms.
///
/// [`Gazetteer::embedded`] holds every Sulawesi province, regency, city,
/// district and village and the provinces, regencies and cities of the rest
/// of Indonesia (Kepmendagri No. 300.2.2-2430 Tahun 2025), with the news
/// aliases of `data/aliases.tsv`.
///
/// ```
/// let g = warta::Gazetteer::embedded();
/// let sulteng = g.get("72").unwrap();
/// assert_eq!(g.children(sulteng).count(), 13);
/// let morut: Vec<_> = g.lookup("Morut").iter().map(|r| r.code()).collect();
/// assert_eq!(morut, ["72.12"]);
/// ```
pub struct Gazetteer {
    regions: Vec<Region>,
    by_code: FastMap<Box<str>, u32>,
    child_offsets: Vec<u32>,
    children: Vec<u32>,
    candidates: Vec<Candidate>,
    lexicon: Lexicon,
    /// Lower-case names of provinces, regencies and cities ("Kota" left
    /// off), sorted, with their regions: for names misspelt by one letter.
    higher_names: Vec<(Box<str>, u32)>,
    /// Districts and villages by their names' [`loose_key`], sorted: for
    /// names written with another spacing, apostrophe or doubled letter.
    /// Made on first use: few texts need it, and building it would add
    /// about a tenth to the analyzer's start-up.
    lower_loose: std::sync::OnceLock<Vec<(Box<str>, u32)>>,
}

impl fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Gazetteer")
            .field("regions", &self.regions.len())
            .field("forms", &self.lexicon.len())
            .finish()
    }
}

impl Gazetteer {
    /// The gazetteer on the embedded data, built on first use.
    ///
    /// ```
    /// assert!(warta::Gazetteer::embedded().len() > 12_000);
    /// ```
    pub fn embedded() -> &'static Gazetteer {
        &EMBEDDED
    }

    /// A builder starting from the embedded data.
    ///
    /// ```
    /// let mut b = warta::Gazetteer::builder();
    /// b.aliases_tsv("mine.tsv", "Kota Daeng\t73.71\n")?;
    /// let g = b.build()?;
    /// assert_eq!(g.lookup("Kota Daeng")[0].name(), "Kota Makassar");
    /// # Ok::<(), warta::Error>(())
    /// ```
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder::new()
    }

    /// Number of regions.
    ///
    /// ```
    /// assert_eq!(warta::Gazetteer::embedded().len(), 12_157);
    /// ```
    pub fn len(&self) -> usize {
        self.regions.len()
    }

    /// Whether the gazetteer holds no region.
    ///
    /// ```
    /// assert!(!warta::Gazetteer::embedded().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.regions.is_empty()
    }

    /// The region with this dotted code.
    ///
    /// ```
    /// assert_eq!(warta::Gazetteer::embedded().get("72.06").unwrap().name(), "Morowali");
    /// ```
    pub fn get(&self, code: &str) -> Option<&Region> {
        self.by_code.get(code).map(|&i| &self.regions[i as usize])
    }

    /// All regions, sorted by code.
    ///
    /// ```
    /// assert_eq!(warta::Gazetteer::embedded().iter().next().unwrap().code(), "11");
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = &Region> + '_ {
        self.regions.iter()
    }

    /// The regions of one level, sorted by code.
    ///
    /// ```
    /// use warta::Level;
    /// assert_eq!(warta::Gazetteer::embedded().iter_level(Level::Province).count(), 38);
    /// ```
    pub fn iter_level(&self, level: Level) -> impl Iterator<Item = &Region> + '_ {
        self.regions.iter().filter(move |r| r.level == level)
    }

    /// The region's parent (a village's district, a district's regency, …).
    ///
    /// ```
    /// let g = warta::Gazetteer::embedded();
    /// assert!(g.parent(g.get("72").unwrap()).is_none());
    /// ```
    pub fn parent(&self, region: &Region) -> Option<&Region> {
        region.parent.map(|p| &self.regions[p as usize])
    }

    /// The region's ancestors, nearest first.
    ///
    /// ```
    /// let g = warta::Gazetteer::embedded();
    /// let bente = g.lookup("Bente")[0];
    /// let names: Vec<_> = g.ancestors(bente).map(|r| r.name()).collect();
    /// assert_eq!(names, ["Bungku Tengah", "Morowali", "Sulawesi Tengah"]);
    /// ```
    pub fn ancestors<'g>(&'g self, region: &'g Region) -> impl Iterator<Item = &'g Region> + 'g {
        std::iter::successors(self.parent(region), move |r| self.parent(r))
    }

    /// Whether `ancestor` is `region` itself or one of its ancestors.
    ///
    /// ```
    /// let g = warta::Gazetteer::embedded();
    /// assert!(g.is_within(g.get("72.06.05").unwrap(), g.get("72").unwrap()));
    /// ```
    pub fn is_within(&self, region: &Region, ancestor: &Region) -> bool {
        region.code.len() >= ancestor.code.len()
            && region.code.starts_with(&*ancestor.code)
            && (region.code.len() == ancestor.code.len()
                || region.code.as_bytes()[ancestor.code.len()] == b'.')
    }

    /// The region's direct children, sorted by code.
    ///
    /// ```
    /// let g = warta::Gazetteer::embedded();
    /// let morowali = g.get("72.06").unwrap();
    /// assert!(g.children(morowali).any(|d| d.name() == "Bungku Tengah"));
    /// ```
    pub fn children<'g>(&'g self, region: &Region) -> impl Iterator<Item = &'g Region> + 'g {
        let i = region.index as usize;
        let (start, end) = (
            self.child_offsets[i] as usize,
            self.child_offsets[i + 1] as usize,
        );
        self.children[start..end]
            .iter()
            .map(move |&c| &self.regions[c as usize])
    }

    /// The regions a name or alias may mean (case-insensitive), highest level
    /// first.
    ///
    /// ```
    /// let g = warta::Gazetteer::embedded();
    /// let gorontalo: Vec<_> = g.lookup("gorontalo").iter().map(|r| r.code()).collect();
    /// assert_eq!(&gorontalo[..3], ["75", "75.01", "75.71"]);
    /// assert_eq!(g.lookup("Sulteng")[0].code(), "72");
    /// ```
    pub fn lookup(&self, name: &str) -> Vec<&Region> {
        let mut found: Vec<&Region> = match self.lexicon.lookup(name) {
            Some(p) => self
                .lexicon
                .entries(p)
                .iter()
                .map(|&c| &self.regions[self.candidates[c as usize].region as usize])
                .collect(),
            None => Vec::new(),
        };
        found.sort_by(|a, b| {
            a.level
                .cmp(&b.level)
                .then_with(|| compare_codes(&a.code, &b.code))
        });
        found.dedup_by(|a, b| a.index == b.index);
        found
    }

    /// The matcher's pattern and candidate entries for a whole name
    /// ("Tolitoli"), for names the token-anchored matcher cannot reach
    /// (a part of "Buol-Tolitoli").
    pub(crate) fn lookup_entries(&self, name: &str) -> Option<(usize, &[u32])> {
        let p = self.lexicon.lookup(name)?;
        Some((p, self.lexicon.entries(p)))
    }

    /// The one province, regency or city of the given levels whose name
    /// (lower case, "Kota" left off) is one edit from `written` (lower
    /// case), if exactly one is. Misspellings keep the first letter, so
    /// only names starting with it are compared.
    pub(crate) fn one_edit_from(&self, written: &str, levels: &[Level]) -> Option<u32> {
        let first = *written.as_bytes().first()?;
        let key = |n: &str| (n.as_bytes().first().copied(), n.len());
        let shortest = (Some(first), written.len().saturating_sub(1));
        let longest = (Some(first), written.len() + 1);
        let start = self
            .higher_names
            .partition_point(|(n, _)| key(n) < shortest);
        let mut near = self.higher_names[start..]
            .iter()
            .take_while(|(n, _)| key(n) <= longest)
            .filter(|&&(ref n, r)| {
                levels.contains(&self.regions[r as usize].level) && within_one_edit(n, written)
            });
        let (_, region) = near.next()?;
        near.next().is_none().then_some(*region)
    }

    /// The districts or villages (of `level`) whose names have the same
    /// [`loose_key`] as `written`: "Sabbangparu" finds Sabangparu, "Soyo
    /// Jaya" finds Soyojaya, "Ma’rang" the district Marang.
    pub(crate) fn loosely_named(
        &self,
        written: &str,
        level: Level,
    ) -> impl Iterator<Item = u32> + '_ {
        let key = loose_key(written);
        let index = self.lower_loose.get_or_init(|| {
            let mut index: Vec<(Box<str>, u32)> = self
                .regions
                .iter()
                .enumerate()
                .filter(|(_, r)| r.level >= Level::District)
                .map(|(i, r)| (loose_key(&r.name).into_boxed_str(), i as u32))
                .collect();
            index.sort_unstable();
            index
        });
        let start = index.partition_point(|(k, _)| **k < *key);
        index[start..]
            .iter()
            .take_while(move |(k, _)| **k == *key)
            .map(|&(_, r)| r)
            .filter(move |&r| self.regions[r as usize].level == level)
    }

    pub(crate) fn region(&self, index: u32) -> &Region {
        &self.regions[index as usize]
    }

    pub(crate) fn candidate(&self, entry: u32) -> Candidate {
        self.candidates[entry as usize]
    }

    /// The longest region form starting at token `first`.
    pub(crate) fn match_at(&self, hay: &Haystack<'_, '_>, first: usize) -> Option<(Hit, &[u32])> {
        let hit = self.lexicon.match_at(hay, first)?;
        Some((hit, self.lexicon.entries(hit.pattern)))
    }

    /// [`Gazetteer::match_at`] for a name a level word vouches for, in any
    /// case ("kabupaten morowali utara").
    pub(crate) fn match_at_caseless(
        &self,
        hay: &Haystack<'_, '_>,
        first: usize,
    ) -> Option<(Hit, &[u32])> {
        let hit = self.lexicon.match_at_with_case(hay, first, true)?;
        Some((hit, self.lexicon.entries(hit.pattern)))
    }

    pub(crate) fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Heap bytes held by the matcher's automaton (for the benchmarks).
    #[doc(hidden)]
    pub fn automaton_heap_bytes(&self) -> usize {
        self.lexicon.automaton_heap_bytes()
    }
}

/// Compares dotted codes segment by segment as numbers ("72.9" before
/// "72.10"); a segment that is not a number sorts after every number, and
/// equal numbers fall back to the text ("07" before "7"). Works on bytes:
/// the build compares every code with its neighbour.
fn compare_codes(a: &str, b: &str) -> Ordering {
    /// A segment's numeric value as (significant digits, the digits), or
    /// `None` when it is not a number of at most nine digits.
    fn number(segment: &[u8]) -> Option<(usize, &[u8])> {
        if segment.is_empty() || segment.len() > 9 || !segment.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let zeros = segment.iter().take_while(|&&d| d == b'0').count();
        let digits = &segment[zeros..];
        Some((digits.len(), digits))
    }
    let mut a = a.as_bytes().split(|&c| c == b'.');
    let mut b = b.as_bytes().split(|&c| c == b'.');
    loop {
        match (a.next(), b.next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) => {
                let by_number = match (number(x), number(y)) {
                    (Some(p), Some(q)) => p.cmp(&q),
                    (Some(_), None) => Ordering::Less,
                    (None, Some(_)) => Ordering::Greater,
                    (None, None) => Ordering::Equal,
                };
                let o = by_number.then_with(|| x.cmp(y));
                if o != Ordering::Equal {
                    return o;
                }
            }
        }
    }
}

/// A dotted code of up to four numeric segments packed into one integer
/// that sorts as [`compare_codes`] does up to leading zeros (a missing
/// segment sorts first); `u64::MAX` for codes that do not pack.
fn code_key(code: &str) -> u64 {
    let mut key = 0u64;
    let mut segment = 0usize;
    let mut value = 0u32;
    let mut digits = 0usize;
    // One pass over the bytes: this runs for every region at build time.
    for &b in code.as_bytes().iter().chain(std::iter::once(&b'.')) {
        match b {
            b'0'..=b'9' if digits < 5 => {
                value = value * 10 + u32::from(b - b'0');
                digits += 1;
            }
            b'.' if digits > 0 && segment < 4 && value < 0xFFFF => {
                key |= u64::from(value + 1) << (48 - 16 * segment);
                segment += 1;
                value = 0;
                digits = 0;
            }
            _ => return u64::MAX,
        }
    }
    key
}

/// A code ordered by [`compare_codes`].
#[derive(PartialEq, Eq)]
struct CodeOrder<'a>(&'a str);

impl Ord for CodeOrder<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        compare_codes(self.0, other.0)
    }
}

impl PartialOrd for CodeOrder<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// The columns of a regions file, in order.
const REGION_COLUMNS: &[&str] = &["code", "level", "name", "parent", "village_type"];

/// The columns of an aliases file, in order.
const ALIAS_COLUMNS: &[&str] = &["alias", "code", "type", "trigger", "note"];

/// The kinds of alias the `type` column may name.
const ALIAS_TYPES: &[&str] = &[
    "abbreviation",
    "short_name",
    "former_name",
    "full_form",
    "variant_spelling",
    "english_exonym",
];

/// Where a row came from, for errors found at build time.
#[derive(Clone, Debug)]
struct Origin {
    source: std::sync::Arc<str>,
    line: usize,
}

impl Origin {
    fn error(&self, problem: impl Into<String>) -> Error {
        Error::data(&self.source, self.line, problem)
    }
}

#[derive(Clone, Debug)]
struct RegionRow {
    code: String,
    level: Level,
    source_name: String,
    village_type: Option<VillageType>,
    origin: Origin,
}

#[derive(Clone, Debug)]
struct AliasRow {
    alias: String,
    code: String,
    needs_trigger: bool,
    origin: Origin,
}

/// Builds a [`Gazetteer`] from the embedded data plus a user's own files,
/// or from nothing.
///
/// Loaders take the file's text and a name for it (used in errors); they
/// check each line as they read it and [`build`](GazetteerBuilder::build)
/// checks what needs the whole set (parents, alias targets).
///
/// ```
/// let mut b = warta::GazetteerBuilder::empty();
/// b.regions_tsv("mini.tsv", "72\tprovince\tSulawesi Tengah\n72.06\tregency\tKabupaten Morowali\n")?;
/// b.aliases_tsv("mini-aliases.tsv", "Sulteng\t72\n")?;
/// let g = b.build()?;
/// assert_eq!(g.len(), 2);
/// assert_eq!(g.lookup("Sulteng")[0].name(), "Sulawesi Tengah");
///
/// let err = warta::GazetteerBuilder::empty()
///     .regions_tsv("bad.tsv", "72\tprovince\tSulawesi Tengah\n72.6\tregency\tX\n")
///     .unwrap_err();
/// assert_eq!(err.to_string(), "bad.tsv:2: bad code \"72.6\": expected NN, NN.NN, NN.NN.NN or NN.NN.NN.NNNN");
/// # Ok::<(), warta::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct GazetteerBuilder {
    regions: Vec<RegionRow>,
    aliases: Vec<AliasRow>,
    ambiguous: FastSet<String>,
}

impl GazetteerBuilder {
    /// A builder holding the embedded data.
    ///
    /// ```
    /// assert_eq!(warta::GazetteerBuilder::new().build()?.len(), 12_157);
    /// # Ok::<(), warta::Error>(())
    /// ```
    pub fn new() -> GazetteerBuilder {
        let mut builder = GazetteerBuilder::default();
        let loaded = builder
            .regions_tsv("data/regions.tsv", REGIONS_TSV)
            .and_then(|b| b.aliases_tsv("data/aliases.tsv", ALIASES_TSV))
            .and_then(|b| b.ambiguous_names("data/ambiguous-regions.txt", AMBIGUOUS_TXT))
            .map(|_| ());
        loaded.expect("embedded region data is valid (checked by a unit test)");
        builder
    }

    /// A builder with no data.
    ///
    /// ```
    /// assert!(warta::GazetteerBuilder::empty().build()?.is_empty());
    /// # Ok::<(), warta::Error>(())
    /// ```
    pub fn empty() -> GazetteerBuilder {
        GazetteerBuilder::default()
    }

    /// Adds regions from tab-separated text with columns
    /// `code  level  name  [parent]  [village_type]`, as in `data/regions.tsv`.
    ///
    /// `level` may be empty (it follows from the code); `parent`, when
    /// given, must be the code minus its last segment. A regency's name may
    /// carry "Kabupaten ", a city's must start with "Kota ". Lines starting
    /// with `#` and a header line starting with `code` are skipped.
    ///
    /// ```
    /// let mut b = warta::Gazetteer::builder();
    /// b.regions_tsv("dusun.tsv", "72.06.05.2099\tvillage\tBente Baru\t72.06.05\tdesa\n")?;
    /// assert_eq!(b.build()?.get("72.06.05.2099").unwrap().name(), "Bente Baru");
    /// # Ok::<(), warta::Error>(())
    /// ```
    pub fn regions_tsv(&mut self, source: &str, tsv: &str) -> Result<&mut GazetteerBuilder> {
        let source: std::sync::Arc<str> = source.into();
        for row in rows(&source, tsv, REGION_COLUMNS) {
            let (line, fields) = row?;
            let origin = Origin {
                source: source.clone(),
                line,
            };
            if fields.len() < 3 {
                return Err(origin.error(format!(
                    "expected at least 3 tab-separated fields (code, level, name), found {}",
                    fields.len()
                )));
            }
            let code = fields[0];
            let segments = parse_code(code).ok_or_else(|| {
                origin.error(format!(
                    "bad code {code:?}: expected NN, NN.NN, NN.NN.NN or NN.NN.NN.NNNN"
                ))
            })?;
            let level = match fields[1] {
                "" => level_from_code(code, segments),
                name => Level::parse(name).ok_or_else(|| {
                    origin.error(format!(
                        "unknown level {name:?}: expected province, regency, city, district or village"
                    ))
                })?,
            };
            if level.segments() != segments {
                return Err(origin.error(format!(
                    "level {level} does not fit code {code:?} ({segments} segment(s))"
                )));
            }
            let name = fields[2];
            if name.is_empty() || name.chars().any(char::is_control) {
                return Err(origin.error("empty name or control character in name"));
            }
            if level == Level::City && !name.starts_with("Kota ") {
                return Err(
                    origin.error(format!("a city's name must start with \"Kota \": {name:?}"))
                );
            }
            if let Some(parent) = fields.get(3).filter(|p| !p.is_empty()) {
                if Some(*parent) != parent_code(code) {
                    return Err(
                        origin.error(format!("parent {parent:?} does not match code {code:?}"))
                    );
                }
            }
            let village_type = match fields.get(4).copied().unwrap_or("") {
                "" => None,
                "desa" => Some(VillageType::Desa),
                "kelurahan" => Some(VillageType::Kelurahan),
                other => {
                    return Err(origin.error(format!(
                        "unknown village_type {other:?}: expected desa or kelurahan"
                    )))
                }
            };
            if village_type.is_some() && level != Level::Village {
                return Err(origin.error("village_type given for a region that is not a village"));
            }
            self.regions.push(RegionRow {
                code: code.to_string(),
                level,
                source_name: name.to_string(),
                village_type,
                origin,
            });
        }
        Ok(self)
    }

    /// Adds aliases from tab-separated text with columns
    /// `alias  code  [type]  [trigger]  [note]`, as in `data/aliases.tsv`.
    /// `trigger` is `free` (the default) or `needs_trigger` for aliases that
    /// are also ordinary words. The code must exist when the gazetteer is
    /// built.
    ///
    /// ```
    /// let err = warta::Gazetteer::builder()
    ///     .aliases_tsv("a.tsv", "Morut\t72.12\tabbreviation\tsometimes\n")
    ///     .unwrap_err();
    /// assert!(err.to_string().starts_with("a.tsv:1: unknown trigger"));
    /// ```
    pub fn aliases_tsv(&mut self, source: &str, tsv: &str) -> Result<&mut GazetteerBuilder> {
        let source: std::sync::Arc<str> = source.into();
        let first_of_this_file = self.aliases.len();
        for row in rows(&source, tsv, ALIAS_COLUMNS) {
            let (line, fields) = row?;
            let origin = Origin {
                source: source.clone(),
                line,
            };
            if fields.len() < 2 || fields[0].is_empty() {
                return Err(origin.error("expected an alias and a code separated by a tab"));
            }
            if parse_code(fields[1]).is_none() {
                return Err(origin.error(format!("bad code {:?}", fields[1])));
            }
            if let Some(kind) = fields.get(2).filter(|k| !k.is_empty()) {
                crate::tsv::one_of(&source, line, "alias type", kind, ALIAS_TYPES)?;
            }
            let needs_trigger = match fields.get(3).copied().unwrap_or("") {
                "" | "free" => false,
                "needs_trigger" => true,
                other => {
                    return Err(origin.error(format!(
                        "unknown trigger {other:?}: expected free or needs_trigger"
                    )))
                }
            };
            let this_file = &self.aliases[first_of_this_file..];
            if let Some(first) = this_file
                .iter()
                .find(|a| a.alias == fields[0] && a.code == fields[1])
            {
                return Err(origin.error(format!(
                    "alias {:?} of {:?} is defined twice (also line {})",
                    fields[0], fields[1], first.origin.line
                )));
            }
            self.aliases.push(AliasRow {
                alias: fields[0].to_string(),
                code: fields[1].to_string(),
                needs_trigger,
                origin,
            });
        }
        Ok(self)
    }

    /// Adds names (without "Kabupaten"/"Kota") that are ordinary words or
    /// person names, one per line (anything after a tab is a comment): the
    /// provinces, regencies and cities so named count only after a trigger.
    ///
    /// ```
    /// let mut b = warta::Gazetteer::builder();
    /// b.ambiguous_names("mine.txt", "Bone\tbone = tulang in English\n")?;
    /// b.build()?;
    /// # Ok::<(), warta::Error>(())
    /// ```
    pub fn ambiguous_names(&mut self, source: &str, list: &str) -> Result<&mut GazetteerBuilder> {
        for (line, text) in crate::tsv::list_lines(list) {
            let name = text.split('\t').next().unwrap_or("").trim();
            if name.is_empty() {
                return Err(Error::data(source, line, "empty name"));
            }
            self.ambiguous.insert(name.to_ascii_lowercase());
        }
        Ok(self)
    }

    /// Builds the gazetteer, checking that every region's parent and every
    /// alias's region exists.
    ///
    /// ```
    /// let err = warta::GazetteerBuilder::empty()
    ///     .regions_tsv("orphan.tsv", "72.06\tregency\tKabupaten Morowali\n")?
    ///     .build()
    ///     .unwrap_err();
    /// assert_eq!(err.to_string(), "orphan.tsv:1: parent region \"72\" of \"72.06\" is not defined");
    /// # Ok::<(), warta::Error>(())
    /// ```
    pub fn build(&self) -> Result<Gazetteer> {
        let mut rows: Vec<&RegionRow> = self.regions.iter().collect();
        // Sort by a packed numeric key, falling back to the full comparison
        // for codes that do not pack (and for equal keys).
        rows.sort_by_cached_key(|r| (code_key(&r.code), CodeOrder(&r.code)));
        for pair in rows.windows(2) {
            if pair[0].code == pair[1].code {
                return Err(pair[1].origin.error(format!(
                    "region {:?} is defined twice (also {}:{})",
                    pair[1].code, pair[0].origin.source, pair[0].origin.line
                )));
            }
        }
        let mut by_code: FastMap<Box<str>, u32> = FastMap::default();
        by_code.reserve(rows.len());
        for (i, row) in rows.iter().enumerate() {
            by_code.insert(row.code.as_str().into(), i as u32);
        }
        let mut regions = Vec::with_capacity(rows.len());
        for (i, row) in rows.iter().enumerate() {
            let parent = match parent_code(&row.code) {
                None => None,
                Some(p) => Some(*by_code.get(p).ok_or_else(|| {
                    row.origin.error(format!(
                        "parent region {p:?} of {:?} is not defined",
                        row.code
                    ))
                })?),
            };
            let province = match parent {
                None => None,
                Some(_) => by_code
                    .get(row.code.split('.').next().unwrap_or(""))
                    .and_then(|&p| regions.get(p as usize))
                    .map(|p: &Region| p.name.clone()),
            };
            let name: Arc<str> = display_name(row.level, &row.source_name).into();
            regions.push(Region {
                code: row.code.as_str().into(),
                province: province.or_else(|| (row.level == Level::Province).then(|| name.clone())),
                name,
                level: row.level,
                village_type: row.village_type,
                parent,
                index: i as u32,
            });
        }
        // Children in CSR form: regions are sorted by code, so each parent's
        // children come out in code order.
        let mut counts = vec![0u32; regions.len() + 1];
        for r in &regions {
            if let Some(p) = r.parent {
                counts[p as usize + 1] += 1;
            }
        }
        for i in 1..counts.len() {
            counts[i] += counts[i - 1];
        }
        let child_offsets = counts.clone();
        let mut fill = counts;
        let mut children = vec![0u32; regions.len()];
        for r in &regions {
            if let Some(p) = r.parent {
                children[fill[p as usize] as usize] = r.index;
                fill[p as usize] += 1;
            }
        }
        children.truncate(*child_offsets.last().unwrap_or(&0) as usize);

        let mut lexicon = LexiconBuilder::default();
        let mut candidates = Vec::new();
        let mut add = |form: &str, region: u32, needs_trigger: bool| {
            let entry = candidates.len() as u32;
            candidates.push(Candidate {
                region,
                needs_trigger,
            });
            let case = if form.len() > 1 && form.bytes().all(|b| !b.is_ascii_lowercase()) {
                Case::Capitals
            } else if form.contains(' ') {
                // "Bone bolango", "Morowali utara": the first word's capital
                // marks the name.
                Case::Initial
            } else {
                Case::Capitalized
            };
            lexicon.add(form, case, entry);
        };
        for (row, region) in rows.iter().zip(&regions) {
            let base = base_name(row.level, &row.source_name);
            let needs_trigger = self.ambiguous.contains(&base.to_ascii_lowercase());
            for form in name_variants(base) {
                add(&form, region.index, needs_trigger);
                if region.level == Level::City {
                    add(&format!("Kota {form}"), region.index, false);
                }
            }
        }
        for alias in &self.aliases {
            let region = *by_code.get(alias.code.as_str()).ok_or_else(|| {
                alias.origin.error(format!(
                    "alias {:?} names unknown region {:?}",
                    alias.alias, alias.code
                ))
            })?;
            let city = regions[region as usize].level == Level::City;
            for form in name_variants(&alias.alias) {
                add(&form, region, alias.needs_trigger);
                if city && !form.starts_with("Kota ") {
                    add(&format!("Kota {form}"), region, false);
                }
            }
        }
        let mut higher_names: Vec<(Box<str>, u32)> = regions
            .iter()
            .enumerate()
            .filter(|(_, r)| r.level <= Level::City)
            .map(|(i, r)| {
                let name = r.name.strip_prefix("Kota ").unwrap_or(&r.name);
                (name.to_ascii_lowercase().into_boxed_str(), i as u32)
            })
            .collect();
        // By first letter, then length: a lookup reads only names of its
        // first letter and a length one off.
        higher_names.sort_by(|(a, _), (b, _)| {
            (a.as_bytes().first(), a.len(), a).cmp(&(b.as_bytes().first(), b.len(), b))
        });
        Ok(Gazetteer {
            regions,
            by_code,
            child_offsets,
            children,
            candidates,
            lexicon: lexicon.build(),
            higher_names,
            lower_loose: std::sync::OnceLock::new(),
        })
    }
}

/// A place name's letters in lower case, without spaces, apostrophes or
/// hyphens, each run of one letter written once: the forms of a name that
/// writers space, join or double differently ("Soyo Jaya" / "Soyojaya",
/// "Sabbangparu" / "Sabangparu", "Ma'rang" / "Marang") share it.
pub(crate) fn loose_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    if name.is_ascii() {
        // Most names: byte by byte, without Unicode case mapping.
        let mut last = 0u8;
        for b in name.bytes().filter(u8::is_ascii_alphanumeric) {
            let lower = b.to_ascii_lowercase();
            if lower != last {
                key.push(char::from(lower));
                last = lower;
            }
        }
        return key;
    }
    for c in name.chars().filter(|c| c.is_alphanumeric()) {
        for lower in c.to_lowercase() {
            if !key.ends_with(lower) {
                key.push(lower);
            }
        }
    }
    key
}

/// Whether `a` and `b` differ by exactly one substitution, insertion or
/// deletion.
pub(crate) fn within_one_edit(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a == b || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match ra.len().cmp(&rb.len()) {
        Ordering::Equal => ra[1..] == rb[1..],
        Ordering::Greater => ra[1..] == *rb,
        Ordering::Less => *ra == rb[1..],
    }
}

/// Number of segments of a well-formed dotted code (NN, NN.NN, NN.NN.NN,
/// NN.NN.NN.NNNN), or `None`.
fn parse_code(code: &str) -> Option<usize> {
    // NN, NN.NN, NN.NN.NN or NN.NN.NN.NNNN, checked byte by byte (this runs
    // for every row of the embedded table).
    let bytes = code.as_bytes();
    let segments = match bytes.len() {
        2 => 1,
        5 => 2,
        8 => 3,
        13 => 4,
        _ => return None,
    };
    let well_formed = bytes.iter().enumerate().all(|(i, &b)| {
        if matches!(i, 2 | 5 | 8) {
            b == b'.'
        } else {
            b.is_ascii_digit()
        }
    });
    well_formed.then_some(segments)
}

fn level_from_code(code: &str, segments: usize) -> Level {
    match segments {
        1 => Level::Province,
        2 if code[3..].parse::<u32>().unwrap_or(0) >= 71 => Level::City,
        2 => Level::Regency,
        3 => Level::District,
        _ => Level::Village,
    }
}

fn parent_code(code: &str) -> Option<&str> {
    code.bytes().rposition(|b| b == b'.').map(|i| &code[..i])
}

/// The name as matched in text: without "Kabupaten", "Kota" and their
/// "Administrasi" forms.
fn base_name(level: Level, source_name: &str) -> &str {
    if !matches!(level, Level::Regency | Level::City) {
        return source_name;
    }
    for prefix in [
        "Kabupaten Administrasi ",
        "Kota Administrasi ",
        "Kabupaten ",
        "Kota ",
    ] {
        if let Some(rest) = source_name.strip_prefix(prefix) {
            return rest;
        }
    }
    source_name
}

/// The official name warta reports: regencies without "Kabupaten", cities
/// with "Kota" (Jakarta's administrative cities as "Kota Jakarta Pusat").
fn display_name(level: Level, source_name: &str) -> String {
    match level {
        Level::Regency => base_name(level, source_name).to_string(),
        Level::City => format!("Kota {}", base_name(level, source_name)),
        _ => source_name.to_string(),
    }
}

/// The spellings news uses for a name: "Kep." and "Kepulauan" for each other,
/// reduplications hyphenated, spaced or joined ("Toli-Toli", "Toli Toli",
/// "Tolitoli"), typographic apostrophes, and hyphens without the stray spaces
/// some source names have.
fn name_variants(name: &str) -> Vec<String> {
    // Most village names are one plain word: nothing to vary.
    if !name.contains([' ', '-', '\'']) {
        return vec![name.to_string()];
    }
    if name.contains("- ") || name.contains(" -") {
        let tidy = name.replace("- ", "-").replace(" -", "-");
        // A stray space by a hyphen in the source ("Bahoea Reko- Reko"):
        // news writes the name without it.
        let mut out = vec![name.to_string()];
        out.extend(name_variants(&tidy));
        return out;
    }
    let mut out = vec![name.to_string()];
    if let Some(rest) = name.strip_prefix("Kep. ") {
        out.push(format!("Kepulauan {rest}"));
    } else if let Some(rest) = name.strip_prefix("Kepulauan ") {
        out.push(format!("Kep. {rest}"));
    } else if name.contains(" Kep. ") {
        out.push(name.replace(" Kep. ", " Kepulauan "));
    }
    let words: Vec<&str> = name.split(' ').collect();
    for i in 0..words.len() {
        // "Una Una" → "Una-Una", "Unauna".
        if i + 1 < words.len()
            && words[i].eq_ignore_ascii_case(words[i + 1])
            && !words[i].is_empty()
        {
            let mut hyphen = words.clone();
            let joined_word = format!("{}-{}", words[i], words[i + 1]);
            hyphen.splice(i..=i + 1, [joined_word.as_str()]);
            out.push(hyphen.join(" "));
            let mut joined = words.clone();
            let glued = format!("{}{}", words[i], words[i + 1].to_lowercase());
            joined.splice(i..=i + 1, [glued.as_str()]);
            out.push(joined.join(" "));
        }
        // "Toli-Toli" → "Toli Toli", "Tolitoli".
        let hyphen = words[i].bytes().position(|b| b == b'-');
        if let Some((a, b)) = hyphen.map(|h| (&words[i][..h], &words[i][h + 1..])) {
            if a.eq_ignore_ascii_case(b) && !a.is_empty() {
                let mut spaced = words.clone();
                let pair = format!("{a} {b}");
                spaced[i] = &pair;
                out.push(spaced.join(" "));
                let mut joined = words.clone();
                let glued = format!("{a}{}", b.to_lowercase());
                joined[i] = &glued;
                out.push(joined.join(" "));
            } else if a.len() >= 2 && b.len() >= 2 {
                // "Manembo-nembo Tengah" → "Manembo Nembo Tengah": news
                // writes a hyphenated name's parts as two words too.
                let mut spaced = words.clone();
                let mut second = b.to_string();
                if let Some(c) = second.get_mut(..1) {
                    c.make_ascii_uppercase();
                }
                let pair = format!("{a} {second}");
                spaced[i] = &pair;
                out.push(spaced.join(" "));
            }
        }
    }
    if name.bytes().any(|b| b == b'\'') {
        out.push(name.replace('\'', "\u{2019}"));
    }
    // Villages numbered three ways: "Dembe I" / "Dembe Satu" / "Dembe 1".
    const NUMBERS: [[&str; 3]; 5] = [
        ["I", "Satu", "1"],
        ["II", "Dua", "2"],
        ["III", "Tiga", "3"],
        ["IV", "Empat", "4"],
        ["V", "Lima", "5"],
    ];
    let last_space = name.bytes().rposition(|b| b == b' ');
    if let Some((stem, last)) = last_space.map(|p| (&name[..p], &name[p + 1..])) {
        for forms in NUMBERS {
            if forms[..2].contains(&last) {
                out.extend(
                    forms
                        .iter()
                        .filter(|&&f| f != last)
                        .map(|f| format!("{stem} {f}")),
                );
            }
        }
    }
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The comparison `Scope::of_level_word` made before it read eight
    /// bytes at once.
    fn level_word_by_bytes(word: &str) -> Option<Scope> {
        let folded = word.to_ascii_lowercase();
        Some(match folded.as_str() {
            "provinsi" | "prov." | "prov" | "propinsi" => Scope::Province,
            "kabupaten" | "kab." | "kab" => Scope::Regency,
            "kota" | "kotamadya" => Scope::City,
            "kecamatan" | "kacamatan" | "kec." | "kec" | "distrik" => Scope::District,
            "desa" | "kelurahan" | "kel." | "kel" | "lembang" | "nagari" | "gampong" => {
                Scope::Village
            }
            _ => return None,
        })
    }

    #[test]
    fn level_words_read_eight_bytes_at_once_as_one_by_one() {
        let mut words: Vec<String> = Vec::new();
        for word in LEVEL_WORDS {
            for variant in [
                word.to_string(),
                word.to_uppercase(),
                word[..1].to_uppercase() + &word[1..],
                format!("{word}a"),
                word[..word.len() - 1].to_string(),
                format!("{word}\0"),
                word.replace('a', "\u{e1}"),
                word.replace('k', "\x0b"),
                word.replace('.', "\x0e"),
            ] {
                words.push(variant);
            }
        }
        words.extend(
            [
                "Kabupatennya",
                "kelurahanx",
                "KeCaMaTaN",
                "desa.",
                "d",
                "",
                "[esa",
                "DESA",
            ]
            .map(String::from),
        );
        for word in &words {
            assert_eq!(
                Scope::of_level_word(word),
                level_word_by_bytes(word),
                "{word:?}"
            );
        }
    }

    #[test]
    fn every_listed_level_word_is_a_level_word() {
        for word in LEVEL_WORDS {
            assert!(Scope::of_level_word(word).is_some(), "{word}");
            assert!(
                Scope::of_level_word(&word.to_uppercase()).is_some(),
                "{word}"
            );
        }
    }

    #[test]
    fn embedded_data_loads_with_expected_counts() {
        let g = Gazetteer::embedded();
        let count = |level| g.iter_level(level).count();
        assert_eq!(count(Level::Province), 38);
        assert_eq!(count(Level::Regency), 416);
        assert_eq!(count(Level::City), 98);
        assert_eq!(count(Level::District), 1_028);
        assert_eq!(count(Level::Village), 10_577);
        let sulawesi = g.iter().filter(|r| r.is_sulawesi()).count();
        assert_eq!(sulawesi, 11_692);
    }

    #[test]
    fn names_follow_the_display_rules() {
        let g = Gazetteer::embedded();
        assert_eq!(g.get("72.06").unwrap().name(), "Morowali");
        assert_eq!(g.get("72.71").unwrap().name(), "Kota Palu");
        assert_eq!(g.get("72").unwrap().name(), "Sulawesi Tengah");
    }

    #[test]
    fn packed_code_keys_sort_like_codes() {
        let codes = [
            "72",
            "72.06",
            "72.06.05",
            "72.06.05.2022",
            "72.9",
            "72.10",
            "73",
        ];
        let keys: Vec<u64> = codes.iter().map(|c| code_key(c)).collect();
        assert!(keys.windows(2).all(|w| w[0] < w[1]), "{keys:?}");
        assert_eq!(code_key("72.x"), u64::MAX);
        assert_eq!(code_key("1.2.3.4.5"), u64::MAX);
    }

    #[test]
    fn codes_compare_as_numbers() {
        let mut codes = vec![
            "72.10",
            "72.9",
            "72",
            "72.06.05.2022",
            "72.06.05",
            "7x",
            "07",
            "7",
            "72.06",
        ];
        codes.sort_by(|a, b| compare_codes(a, b));
        assert_eq!(
            codes,
            [
                "07",
                "7",
                "72",
                "72.06",
                "72.06.05",
                "72.06.05.2022",
                "72.9",
                "72.10",
                "7x"
            ]
        );
    }

    #[test]
    fn variants() {
        assert_eq!(
            name_variants("Tojo Una Una"),
            ["Tojo Una Una", "Tojo Una-Una", "Tojo Unauna"]
        );
        assert_eq!(
            name_variants("Toli-Toli"),
            ["Toli-Toli", "Toli Toli", "Tolitoli"]
        );
        assert_eq!(
            name_variants("Kep. Siau Tagulandang Biaro"),
            [
                "Kep. Siau Tagulandang Biaro",
                "Kepulauan Siau Tagulandang Biaro"
            ]
        );
        assert_eq!(name_variants("Sa'dan"), ["Sa'dan", "Sa\u{2019}dan"]);
        assert_eq!(
            name_variants("Dembe I"),
            ["Dembe I", "Dembe Satu", "Dembe 1"]
        );
        assert_eq!(name_variants("Wani Dua"), ["Wani Dua", "Wani II", "Wani 2"]);
        assert_eq!(
            name_variants("Doloduo Dua"),
            ["Doloduo Dua", "Doloduo II", "Doloduo 2"]
        );
        assert_eq!(
            name_variants("Bahoea Reko- Reko"),
            [
                "Bahoea Reko- Reko",
                "Bahoea Reko-Reko",
                "Bahoea Reko Reko",
                "Bahoea Rekoreko"
            ]
        );
    }

    #[test]
    fn lookup_by_alias_and_variant() {
        let g = Gazetteer::embedded();
        let codes = |name: &str| {
            g.lookup(name)
                .iter()
                .map(|r| r.code().to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(codes("Morut"), ["72.12"]);
        assert!(codes("Tolitoli").contains(&"72.04".to_string()));
        assert!(codes("Baubau").contains(&"74.72".to_string()));
        assert!(codes("Kepulauan Siau Tagulandang Biaro").contains(&"71.09".to_string()));
        assert_eq!(codes("Kota Palu"), ["72.71"]);
        assert!(codes("nowhere").is_empty());
    }

    #[test]
    fn hierarchy() {
        let g = Gazetteer::embedded();
        let morowali = g.get("72.06").unwrap();
        assert!(g.children(morowali).all(|c| c.level() == Level::District));
        let district = g.children(morowali).next().unwrap();
        assert_eq!(g.parent(district).unwrap().code(), "72.06");
        assert!(g.is_within(district, morowali));
        assert!(!g.is_within(morowali, district));
        assert!(!g.is_within(g.get("72.71").unwrap(), g.get("72.06").unwrap()));
    }

    #[test]
    fn builder_errors_name_source_and_line() {
        let cases = [
            ("72\tprovince\n", "x.tsv:1: expected at least 3"),
            ("72\tcountry\tX\n", "x.tsv:1: unknown level"),
            (
                "72.01\tprovince\tX\n",
                "x.tsv:1: level province does not fit",
            ),
            (
                "72\tprovince\tX\n72.71\tcity\tPalu\n",
                "x.tsv:2: a city's name must start",
            ),
            (
                "72\tprovince\tX\n72.01\tregency\tY\t73\n",
                "x.tsv:2: parent \"73\" does not match",
            ),
            (
                "72\tprovince\tX\n\n72.01.01.2001\tvillage\tY\t72.01.01\tkampung\n",
                "x.tsv:3: unknown village_type",
            ),
        ];
        for (tsv, expected) in cases {
            let err = GazetteerBuilder::empty()
                .regions_tsv("x.tsv", tsv)
                .unwrap_err();
            assert!(err.to_string().starts_with(expected), "{err} / {expected}");
        }
        let err = GazetteerBuilder::empty()
            .regions_tsv("x.tsv", "72\tprovince\tX\n72\tprovince\tY\n")
            .unwrap()
            .build()
            .unwrap_err();
        assert!(err.to_string().contains("defined twice"), "{err}");
        let err = GazetteerBuilder::empty()
            .aliases_tsv("a.tsv", "# c\nFoo\t99.99\n")
            .unwrap()
            .build()
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "a.tsv:2: alias \"Foo\" names unknown region \"99.99\""
        );
    }
}
