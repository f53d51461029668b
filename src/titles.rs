//! Office titles, the roles that combine with a body's name, and the words
//! written around a name that are not the name (honorifics, ranks, degrees,
//! status words).

use std::fmt;
use std::sync::Arc;

use crate::error::{Error, Result};
use crate::fold::FastMap;
use crate::gazetteer::Scope;
use crate::lexicon::{Case, Haystack, Hit, Lexicon, LexiconBuilder};
use crate::tsv::{forms, one_of, rows};

const TITLES_TSV: &str = include_str!("../data/titles.tsv");
const ROLES_TSV: &str = include_str!("../data/title-roles.tsv");
const AFFIXES_TSV: &str = include_str!("../data/affixes.tsv");
const FIELDS_TSV: &str = include_str!("../data/fields.tsv");

/// Title categories, as in `data/titles.tsv`.
pub(crate) const CATEGORIES: &[&str] = &[
    "central_government",
    "regional_executive",
    "legislature",
    "civil_service",
    "police",
    "military",
    "judiciary",
    "prosecution",
    "village",
    "election",
    "party",
    "company",
    "education",
    "religion",
    "community",
];

/// Whether holders of offices of this category are public officials (a
/// company director or a party chair is not; a rector is, when his
/// university is a state one, which the recognizer decides).
// Inlined: asked 10,000 to 25,000 times in 1 MB of news, mostly
// failing at once; the call cost more than the test.
#[inline]
pub(crate) fn is_public_office(category: &str) -> bool {
    !matches!(
        category,
        "party" | "company" | "community" | "religion" | "education"
    )
}

/// An office title from the lexicon.
///
/// ```
/// let titles = warta::Analyzer::new().titles().clone();
/// let t = titles.lookup("Kapolres").unwrap();
/// assert_eq!(t.canonical(), "Kepala Kepolisian Resor");
/// assert_eq!(t.category(), "police");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Title {
    canonical: Box<str>,
    category: &'static str,
    pub(crate) scope: Scope,
}

impl Title {
    /// The normalised title ("Kepala Kepolisian Resor").
    ///
    /// ```
    /// let titles = warta::Analyzer::new().titles().clone();
    /// assert_eq!(titles.lookup("wabup").unwrap().canonical(), "Wakil Bupati");
    /// ```
    pub fn canonical(&self) -> &str {
        &self.canonical
    }

    /// The category: central_government, regional_executive, legislature,
    /// civil_service, police, military, judiciary, prosecution, village,
    /// election, party, company, education, religion or community.
    ///
    /// ```
    /// let titles = warta::Analyzer::new().titles().clone();
    /// assert_eq!(titles.lookup("Dandim").unwrap().category(), "military");
    /// ```
    pub fn category(&self) -> &'static str {
        self.category
    }
}

/// A role that takes a body's name after it ("Kepala" + "Dinas Kesehatan").
#[derive(Clone, Debug)]
pub(crate) struct Role {
    /// The spelled-out role ("Kepala", "Wakil Ketua").
    pub role: Box<str>,
    /// The head noun a fused form implies ("Kadis" → "Dinas").
    pub head: Option<Box<str>>,
    pub category: &'static str,
}

/// Kinds of words written around a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AffixKind {
    Honorific,
    Particle,
    Rank,
    Corps,
    Degree,
    Acting,
    Former,
    Candidate,
}

impl AffixKind {
    const ALL: [AffixKind; 8] = [
        AffixKind::Honorific,
        AffixKind::Particle,
        AffixKind::Rank,
        AffixKind::Corps,
        AffixKind::Degree,
        AffixKind::Acting,
        AffixKind::Former,
        AffixKind::Candidate,
    ];

    /// The kind whose `as u32` is `index`.
    pub(crate) fn from_index(index: u32) -> AffixKind {
        AffixKind::ALL[(index as usize).min(AffixKind::ALL.len() - 1)]
    }

    fn parse(name: &str) -> Option<AffixKind> {
        Some(match name {
            "honorific" => AffixKind::Honorific,
            "particle" => AffixKind::Particle,
            "rank" => AffixKind::Rank,
            "corps" => AffixKind::Corps,
            "degree" => AffixKind::Degree,
            "status_acting" => AffixKind::Acting,
            "status_former" => AffixKind::Former,
            "status_candidate" => AffixKind::Candidate,
            _ => return None,
        })
    }
}

/// The title lexicon: offices, roles and name affixes.
///
/// ```
/// let analyzer = warta::Analyzer::new();
/// let titles = analyzer.titles();
/// assert_eq!(titles.lookup("Kepala Kepolisian Resor").unwrap().canonical(), "Kepala Kepolisian Resor");
/// assert!(titles.lookup("Direktur Utama").is_some());
/// assert!(titles.lookup("tukang").is_none());
/// ```
#[derive(Clone)]
pub struct Titles {
    inner: Arc<TitlesInner>,
}

struct TitlesInner {
    titles: Vec<Title>,
    title_lexicon: Lexicon,
    by_canonical: FastMap<Box<str>, u32>,
    roles: Vec<Role>,
    role_lexicon: Lexicon,
    affixes: Vec<AffixKind>,
    affix_lexicon: Lexicon,
    /// Short forms of fields, lower-cased, and the fields spelled out.
    fields: FastMap<Box<str>, Box<str>>,
    /// The lower-cased words (five letters or more) of the canonical
    /// titles and the spelled-out fields: the vocabulary an office's field
    /// is written in ("statistik", "persandian").
    field_vocabulary: std::sync::OnceLock<crate::fold::FastSet<Box<str>>>,
    /// The phrases the vocabulary is made from, on first use.
    field_phrases: Vec<Box<str>>,
    /// The shapes (first two letters, length) of the ASCII short forms,
    /// with "-nya" and without: most words asked are rejected here without
    /// folding or hashing.
    field_shapes: Box<[u32]>,
}

impl fmt::Debug for Titles {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Titles")
            .field("titles", &self.inner.titles.len())
            .field("roles", &self.inner.roles.len())
            .field("affixes", &self.inner.affixes.len())
            .finish()
    }
}

impl Titles {
    /// The title a written form stands for (case-insensitive), e.g.
    /// "Kapolres", "Wabup", "Kepala Dinas Kesehatan".
    ///
    /// ```
    /// let analyzer = warta::Analyzer::new();
    /// assert_eq!(analyzer.titles().lookup("Sekda").unwrap().canonical(), "Sekretaris Daerah");
    /// ```
    pub fn lookup(&self, form: &str) -> Option<&Title> {
        let pattern = self.inner.title_lexicon.lookup(form)?;
        let &entry = self.inner.title_lexicon.entries(pattern).first()?;
        self.inner.titles.get(entry as usize)
    }

    /// Number of titles.
    ///
    /// ```
    /// assert!(warta::Analyzer::new().titles().len() > 300);
    /// ```
    pub fn len(&self) -> usize {
        self.inner.titles.len()
    }

    /// Whether there are no titles.
    ///
    /// ```
    /// assert!(!warta::Analyzer::new().titles().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.inner.titles.is_empty()
    }

    /// Calls `add` with each lexicon: 0 titles, 1 roles, 2 affixes.
    pub(crate) fn add_starts(&self, add: &mut dyn FnMut(&Lexicon, usize)) {
        add(&self.inner.title_lexicon, 0);
        add(&self.inner.role_lexicon, 1);
        add(&self.inner.affix_lexicon, 2);
    }

    /// Whether `word` (any case) is a word the canonical titles or the
    /// spelled-out fields are written in: "Statistik", "Persandian",
    /// "Kependudukan". Not a test of names: "Kartika" and "Jaya" are in it.
    ///
    /// ```
    /// let analyzer = warta::Analyzer::new();
    /// assert!(analyzer.titles().is_field_word("Persandian"));
    /// assert!(!analyzer.titles().is_field_word("Rahmat"));
    /// ```
    pub fn is_field_word(&self, word: &str) -> bool {
        // Made on first use: asked only of the few words after some
        // titles, and building it would slow the analyzer's start-up.
        let vocabulary = self
            .inner
            .field_vocabulary
            .get_or_init(|| field_vocabulary(self.inner.field_phrases.iter().map(|p| &**p)));
        if word.len() < 5 {
            return false;
        }
        let mut buf = [0u8; 32];
        match crate::fold::ascii_lower(word, &mut buf) {
            Some(folded) => vocabulary.contains(folded),
            None => vocabulary.contains(word.to_lowercase().as_str()),
        }
    }

    /// The field a short form stands for in a composed title ("Binmas" →
    /// "Pembinaan Masyarakat"), as `data/fields.tsv` lists them.
    ///
    /// ```
    /// let titles = warta::Analyzer::new().titles().clone();
    /// assert_eq!(titles.field("Promkes"), Some("Promosi Kesehatan"));
    /// // A possessive reads as its stem: "melalui Kasi Pidsusnya".
    /// assert_eq!(titles.field("Pidsusnya"), titles.field("Pidsus"));
    /// assert_eq!(titles.field("Budi"), None);
    /// ```
    pub fn field(&self, form: &str) -> Option<&str> {
        // Asked of many words on the hot path: fold short ASCII words on
        // the stack.
        let bytes = form.as_bytes();
        let shape = self.inner.field_shapes[crate::fold::shape_index(bytes)];
        if shape & 1 << bytes.len().min(31) == 0 && form.is_ascii() {
            return None;
        }
        let mut buf = [0u8; 32];
        let found = match crate::fold::ascii_lower(form, &mut buf) {
            Some(folded) => self.inner.fields.get(folded).or_else(|| {
                let stem = folded.strip_suffix("nya").filter(|s| s.len() >= 3)?;
                self.inner.fields.get(stem)
            }),
            None => self.inner.fields.get(form.to_lowercase().as_str()),
        };
        found.map(|f| &**f)
    }

    /// The field a short form spells under a head noun: a reading of that
    /// head's own when `data/fields.tsv` lists one (a row "`head form`"),
    /// else the form's general reading. "SDA" is Sumber Daya Air under
    /// "Dinas", Sumber Daya Alam under "Bagian".
    ///
    /// ```
    /// let titles = warta::Analyzer::new().titles().clone();
    /// assert_eq!(titles.field_under("Dinas", "SDA"), Some("Sumber Daya Air"));
    /// assert_eq!(titles.field_under("Bagian", "SDA"), Some("Sumber Daya Alam"));
    /// assert_eq!(titles.field_under("Dinas", "Promkes"), titles.field("Promkes"));
    /// ```
    pub fn field_under(&self, head: &str, form: &str) -> Option<&str> {
        let mut buf = [0u8; 48];
        let key_len = head.len() + 1 + form.len();
        // Few heads have readings of their own: most keys are rejected by
        // their shape (the head's first two letters, the key's length),
        // which `field_shapes` holds for the headed forms too, before the
        // key is folded and hashed.
        let mut key_start = head.bytes().chain([b' ']).chain(form.bytes());
        let first_two = [
            key_start.next().unwrap_or(b' '),
            key_start.next().unwrap_or(b' '),
        ];
        let key_shape = crate::fold::shape_index(&first_two);
        let headed = self.inner.field_shapes[key_shape] & 1 << key_len.min(31) != 0;
        if headed && head.is_ascii() && form.is_ascii() && key_len <= buf.len() {
            buf[..head.len()].copy_from_slice(head.as_bytes());
            buf[head.len()] = b' ';
            buf[head.len() + 1..key_len].copy_from_slice(form.as_bytes());
            buf[..key_len].make_ascii_lowercase();
            if let Ok(key) = std::str::from_utf8(&buf[..key_len]) {
                if let Some(field) = self.inner.fields.get(key) {
                    return Some(field);
                }
            }
        }
        self.field(form)
    }

    pub(crate) fn title(&self, index: u32) -> &Title {
        &self.inner.titles[index as usize]
    }

    /// The title whose canonical form is `canonical` (case-insensitive).
    pub(crate) fn by_canonical(&self, canonical: &str) -> Option<u32> {
        let mut buf = [0u8; 96];
        match crate::fold::ascii_lower(canonical, &mut buf) {
            Some(folded) => self.inner.by_canonical.get(folded),
            None => self
                .inner
                .by_canonical
                .get(canonical.to_lowercase().as_str()),
        }
        .copied()
    }

    /// The title written at token `i`.
    pub(crate) fn title_at(&self, hay: &Haystack<'_, '_>, i: usize) -> Option<(Hit, u32)> {
        let hit = self.inner.title_lexicon.match_at(hay, i)?;
        let &entry = self.inner.title_lexicon.entries(hit.pattern).first()?;
        Some((hit, entry))
    }

    /// The title a written form (words joined by single spaces) stands for.
    pub(crate) fn title_form(&self, form: &str) -> Option<u32> {
        let pattern = self.inner.title_lexicon.lookup(form)?;
        self.inner.title_lexicon.entries(pattern).first().copied()
    }

    /// The role written at token `i`, with its index.
    pub(crate) fn role_index_at(&self, hay: &Haystack<'_, '_>, i: usize) -> Option<(Hit, u32)> {
        let hit = self.inner.role_lexicon.match_at(hay, i)?;
        let &entry = self.inner.role_lexicon.entries(hit.pattern).first()?;
        Some((hit, entry))
    }

    pub(crate) fn role(&self, index: u32) -> &Role {
        &self.inner.roles[index as usize]
    }

    /// The name affix written at token `i`, with its kind(s).
    pub(crate) fn affix_at(&self, hay: &Haystack<'_, '_>, i: usize) -> Option<(Hit, AffixKind)> {
        let hit = self.inner.affix_lexicon.match_at(hay, i)?;
        let entries = self.inner.affix_lexicon.entries(hit.pattern);
        // A form listed under several kinds: prefer the one that is not a
        // particle, since particles stay in the name.
        let kind = entries
            .iter()
            .map(|&e| self.inner.affixes[e as usize])
            .min_by_key(|k| matches!(k, AffixKind::Particle))?;
        Some((hit, kind))
    }
}

fn data_error(source: &str, line: usize, problem: impl Into<String>) -> Error {
    Error::data(source, line, problem)
}

fn category(source: &str, line: usize, name: &str) -> Result<&'static str> {
    one_of(source, line, "category", name, CATEGORIES)
}

/// Builds a [`Titles`] lexicon from the embedded data plus a user's files.
///
/// ```
/// let mut b = warta::TitlesBuilder::new();
/// b.titles_tsv("mine.tsv", "Kepala Lingkungan\tvillage\tvillage\tKepala Lingkungan; Kaling\n")?;
/// let titles = b.build()?;
/// assert_eq!(titles.lookup("Kaling").unwrap().canonical(), "Kepala Lingkungan");
///
/// let err = warta::TitlesBuilder::new().titles_tsv("bad.tsv", "Bupati\tbadcat\tregency\tBupati\n").unwrap_err();
/// assert!(err.to_string().starts_with("bad.tsv:1: unknown category \"badcat\": expected one of "));
/// # Ok::<(), warta::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct TitlesBuilder {
    titles: Vec<(Title, Vec<String>)>,
    roles: Vec<(Role, String)>,
    affixes: Vec<(AffixKind, String)>,
    fields: Vec<(String, String)>,
}

impl TitlesBuilder {
    /// A builder holding the embedded data.
    ///
    /// ```
    /// assert!(warta::TitlesBuilder::new().build()?.len() > 300);
    /// # Ok::<(), warta::Error>(())
    /// ```
    pub fn new() -> TitlesBuilder {
        let mut b = TitlesBuilder::default();
        let loaded = b
            .titles_tsv("data/titles.tsv", TITLES_TSV)
            .and_then(|b| b.roles_tsv("data/title-roles.tsv", ROLES_TSV))
            .and_then(|b| b.affixes_tsv("data/affixes.tsv", AFFIXES_TSV))
            .and_then(|b| b.fields_tsv("data/fields.tsv", FIELDS_TSV))
            .map(|_| ());
        loaded.expect("embedded title data is valid (checked by a unit test)");
        b
    }

    /// A builder with no data.
    ///
    /// ```
    /// assert!(warta::TitlesBuilder::empty().build()?.is_empty());
    /// # Ok::<(), warta::Error>(())
    /// ```
    pub fn empty() -> TitlesBuilder {
        TitlesBuilder::default()
    }

    /// Adds titles: `canonical  category  level  forms` (forms separated by
    /// `; `), as in `data/titles.tsv`. `level` is the jurisdiction the office
    /// binds to: national, province, regency, city, local (regency or city),
    /// regional (province, regency or city), district, village or none.
    ///
    /// ```
    /// let err = warta::TitlesBuilder::empty().titles_tsv("t.tsv", "Bupati\tregional_executive\tplanet\tBupati\n").unwrap_err();
    /// assert!(err.to_string().starts_with("t.tsv:1: unknown level"));
    /// ```
    pub fn titles_tsv(&mut self, source: &str, tsv: &str) -> Result<&mut TitlesBuilder> {
        // A key defined twice in one file is an error; another file may
        // add forms to a title defined before (the embedded one).
        let first_of_this_file = self.titles.len();
        for row in rows(source, tsv, &["canonical", "category", "level", "forms"]) {
            let (line, f) = row?;
            if f.len() < 4 || f[0].is_empty() {
                return Err(data_error(
                    source,
                    line,
                    "expected 4 tab-separated fields: canonical, category, level, forms",
                ));
            }
            let category = category(source, line, f[1])?;
            let scope = Scope::parse(f[2])
                .ok_or_else(|| data_error(source, line, format!("unknown level {:?}", f[2])))?;
            let forms: Vec<String> = forms(source, line, f[3])?
                .into_iter()
                .map(str::to_string)
                .collect();
            if forms.is_empty() {
                return Err(data_error(source, line, "no forms"));
            }
            let this_file = &self.titles[first_of_this_file..];
            if this_file
                .iter()
                .any(|(t, _)| t.canonical.eq_ignore_ascii_case(f[0]))
            {
                return Err(data_error(
                    source,
                    line,
                    format!("title {:?} is defined twice in this file", f[0]),
                ));
            }
            self.titles.push((
                Title {
                    canonical: f[0].into(),
                    category,
                    scope,
                },
                forms,
            ));
        }
        Ok(self)
    }

    /// Adds roles that combine with a body's name: `form  role  head
    /// category` (head `-` when none), as in `data/title-roles.tsv`.
    ///
    /// ```
    /// let mut b = warta::TitlesBuilder::new();
    /// b.roles_tsv("r.tsv", "Kaur\tKepala Urusan\t-\tvillage\n")?;
    /// b.build()?;
    /// # Ok::<(), warta::Error>(())
    /// ```
    pub fn roles_tsv(&mut self, source: &str, tsv: &str) -> Result<&mut TitlesBuilder> {
        for row in rows(source, tsv, &["form", "role", "head", "category"]) {
            let (line, f) = row?;
            if f.len() < 4 || f[0].is_empty() || f[1].is_empty() {
                return Err(data_error(
                    source,
                    line,
                    "expected 4 tab-separated fields: form, role, head, category",
                ));
            }
            let category = category(source, line, f[3])?;
            let head = (f[2] != "-" && !f[2].is_empty()).then(|| f[2].into());
            self.roles.push((
                Role {
                    role: f[1].into(),
                    head,
                    category,
                },
                f[0].to_string(),
            ));
        }
        Ok(self)
    }

    /// Adds name affixes: `kind  form  meaning`, kind one of honorific,
    /// particle, rank, corps, degree, status_acting, status_former,
    /// status_candidate, as in `data/affixes.tsv`.
    ///
    /// ```
    /// let err = warta::TitlesBuilder::empty().affixes_tsv("a.tsv", "# x\nnickname\tBang\t-\n").unwrap_err();
    /// assert_eq!(err.to_string(), "a.tsv:2: unknown affix kind \"nickname\"");
    /// ```
    pub fn affixes_tsv(&mut self, source: &str, tsv: &str) -> Result<&mut TitlesBuilder> {
        for row in rows(source, tsv, &["kind", "form", "meaning"]) {
            let (line, f) = row?;
            if f.len() < 2 || f[1].is_empty() {
                return Err(data_error(
                    source,
                    line,
                    "expected at least 2 tab-separated fields: kind, form",
                ));
            }
            let kind = AffixKind::parse(f[0]).ok_or_else(|| {
                data_error(source, line, format!("unknown affix kind {:?}", f[0]))
            })?;
            self.affixes.push((kind, f[1].to_string()));
        }
        Ok(self)
    }

    /// Adds short forms of fields: `form  field`, as in `data/fields.tsv`.
    /// A composed title spells them out ("Kanit Binmas" → "Kepala Unit
    /// Pembinaan Masyarakat").
    ///
    /// ```
    /// let mut b = warta::TitlesBuilder::new();
    /// b.fields_tsv("f.tsv", "Pamor\tPariwisata Modern\n")?;
    /// assert_eq!(b.build()?.field("pamor"), Some("Pariwisata Modern"));
    /// let err = warta::TitlesBuilder::empty().fields_tsv("f.tsv", "Pamor\n").unwrap_err();
    /// assert_eq!(err.to_string(), "f.tsv:1: expected 2 tab-separated fields: form (one word, or a head noun and one word), field");
    /// # Ok::<(), warta::Error>(())
    /// ```
    pub fn fields_tsv(&mut self, source: &str, tsv: &str) -> Result<&mut TitlesBuilder> {
        for row in rows(source, tsv, &["form", "field"]) {
            let (line, f) = row?;
            // A form is one word, or a head noun and one word ("Dinas
            // SDA"): that head's own reading of the form.
            if f.len() < 2 || f[0].is_empty() || f[1].is_empty() || f[0].split(' ').count() > 2 {
                return Err(data_error(
                    source,
                    line,
                    "expected 2 tab-separated fields: form (one word, or a head noun and one word), field",
                ));
            }
            self.fields.push((f[0].to_lowercase(), f[1].to_string()));
        }
        Ok(self)
    }

    /// Builds the lexicon.
    ///
    /// ```
    /// let titles = warta::TitlesBuilder::new().build()?;
    /// assert!(titles.lookup("Bupati").is_some());
    /// # Ok::<(), warta::Error>(())
    /// ```
    pub fn build(&self) -> Result<Titles> {
        let mut title_lexicon = LexiconBuilder::default();
        let mut by_canonical = FastMap::default();
        let mut titles = Vec::with_capacity(self.titles.len());
        let fused_roles: Vec<String> = self
            .roles
            .iter()
            .filter(|(role, form)| role.head.is_some() && !form.contains(' '))
            .map(|(_, form)| form.to_lowercase())
            .collect();
        for (title, forms) in &self.titles {
            let index = titles.len() as u32;
            by_canonical
                .entry(title.canonical.to_lowercase().into_boxed_str())
                .or_insert(index);
            title_lexicon.add(&title.canonical, Case::Insensitive, index);
            for form in forms {
                title_lexicon.add(form, Case::Insensitive, index);
                if let Some(glued) = glued_form(form, &fused_roles) {
                    title_lexicon.add(&glued, Case::Insensitive, index);
                }
                for variant in written_variants(form) {
                    title_lexicon.add(&variant, Case::Insensitive, index);
                }
            }
            titles.push(title.clone());
        }
        let mut role_lexicon = LexiconBuilder::default();
        let mut roles = Vec::with_capacity(self.roles.len());
        for (role, form) in &self.roles {
            role_lexicon.add(form, Case::Insensitive, roles.len() as u32);
            roles.push(role.clone());
        }
        let mut affix_lexicon = LexiconBuilder::default();
        let mut affixes = Vec::with_capacity(self.affixes.len());
        for (kind, form) in &self.affixes {
            // Capitals must stay capitals ("SE", "MA", "MM" are degrees;
            // "se", "ma" are words); lowercase forms match any case.
            let case = match kind {
                AffixKind::Acting | AffixKind::Former | AffixKind::Candidate => Case::Insensitive,
                // "Brigjen pol", "Akbp": news writes ranks in any case after
                // their first capital.
                AffixKind::Rank => Case::Initial,
                _ => Case::Capitals,
            };
            affix_lexicon.add(form, case, affixes.len() as u32);
            affixes.push(*kind);
        }
        // Degrees are often written without their dots ("MTh", "MSi",
        // "SPd"): the dotless form of a dotted degree with two capitals or
        // more is that degree too, unless the lexicon lists it already.
        let mut listed: std::collections::HashSet<String> =
            self.affixes.iter().map(|(_, f)| f.clone()).collect();
        for (kind, form) in &self.affixes {
            if *kind != AffixKind::Degree || !form.contains('.') || form.contains(' ') {
                continue;
            }
            let dotless: String = form.chars().filter(|&c| c != '.').collect();
            let capitals = dotless.chars().filter(char::is_ascii_uppercase).count();
            if capitals >= 2 && !listed.contains(&dotless) {
                affix_lexicon.add(&dotless, Case::Capitals, affixes.len() as u32);
                affixes.push(*kind);
                listed.insert(dotless);
            }
        }
        Ok(Titles {
            inner: Arc::new(TitlesInner {
                titles,
                title_lexicon: title_lexicon.build(),
                by_canonical,
                roles,
                role_lexicon: role_lexicon.build(),
                affixes,
                affix_lexicon: affix_lexicon.build(),
                fields: self
                    .fields
                    .iter()
                    .map(|(form, field)| (form.as_str().into(), field.as_str().into()))
                    .collect(),
                field_shapes: field_shapes(&self.fields),
                field_vocabulary: std::sync::OnceLock::new(),
                field_phrases: self
                    .titles
                    .iter()
                    .filter(|(t, _)| !NAMED_UNIT_CATEGORIES.contains(&t.category))
                    .map(|(t, _)| t.canonical.clone())
                    .chain(self.fields.iter().map(|(_, field)| field.as_str().into()))
                    .collect(),
            }),
        })
    }
}

/// Title categories whose canonical titles name units by proper names
/// ("Persit Kartika Chandra Kirana", "Kodam XIV/Hasanuddin", "Bhayangkari"):
/// their words are no field vocabulary.
const NAMED_UNIT_CATEGORIES: &[&str] = &[
    "military",
    "police",
    "community",
    "party",
    "company",
    "religion",
];

/// Words of the highest courts' and prosecution's names that are common
/// given names too ("Mahkamah Agung", "Jaksa Agung"; "Agung Prasetyo").
const NAME_LIKE_TITLE_WORDS: &[&str] = &["agung"];

/// The words of five letters or more of `phrases`, lower-cased, for
/// [`Titles::is_field_word`].
fn field_vocabulary<'p>(phrases: impl Iterator<Item = &'p str>) -> crate::fold::FastSet<Box<str>> {
    phrases
        .flat_map(|phrase| phrase.split(|c: char| !c.is_alphabetic()))
        .filter(|word| word.chars().count() >= 5)
        .map(|word| word.to_lowercase().into_boxed_str())
        .filter(|word| !NAME_LIKE_TITLE_WORDS.contains(&&**word))
        .collect()
}

/// The shapes of the short forms of fields for [`Titles::field`]: a word
/// of an ASCII form's first two letters and of its length, or of its length
/// and three more (a possessive "-nya").
fn field_shapes(fields: &[(String, String)]) -> Box<[u32]> {
    let mut shapes = vec![0u32; crate::fold::SHAPES].into_boxed_slice();
    for (form, _) in fields {
        if form.is_ascii() {
            let bits = 1 << form.len().min(31) | 1 << (form.len() + 3).min(31);
            shapes[crate::fold::shape_index(form.as_bytes())] |= bits;
        }
    }
    shapes
}

/// A fused role and its field written as one word, as the press often
/// does: "Kabid Humas" → "kabidhumas", "Kasat Reskrim" → "kasatreskrim".
fn glued_form(form: &str, fused_roles: &[String]) -> Option<String> {
    let (role, field) = form.split_once(' ')?;
    let plain = |w: &str| !w.is_empty() && w.chars().all(char::is_alphabetic);
    (plain(field) && fused_roles.iter().any(|r| r.eq_ignore_ascii_case(role)))
        .then(|| format!("{}{}", role.to_lowercase(), field.to_lowercase()))
}

/// Other ways the press writes a title's form: "Wakil Menteri X" as
/// "Wamen X", an election body's "Koordinator Divisi X" as "Kepala Divisi
/// X", and a list of fields without its serial comma ("Pendidikan Tinggi,
/// Sains, dan Teknologi" as "…, Sains dan Teknologi").
fn written_variants(form: &str) -> impl Iterator<Item = String> {
    let short_role = |f: &str| {
        f.strip_prefix("Wakil Menteri ")
            .map(|rest| format!("Wamen {rest}"))
            .or_else(|| {
                f.strip_prefix("Koordinator Divisi ")
                    .map(|rest| format!("Kepala Divisi {rest}"))
            })
    };
    let serial_comma = form
        .contains(", dan ")
        .then(|| form.replace(", dan ", " dan "));
    let both = serial_comma.as_deref().and_then(short_role);
    short_role(form).into_iter().chain(serial_comma).chain(both)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_variants_of_deputy_ministers_election_divisions_and_serial_commas_are_forms() {
        let titles = TitlesBuilder::new().build().unwrap();
        for written in [
            "Wamen Dalam Negeri",
            "Wakil Menteri Pendidikan Tinggi, Sains dan Teknologi",
            "Wamen Pendidikan Tinggi, Sains dan Teknologi",
        ] {
            let title = titles.lookup(written).map(|t| t.canonical());
            assert!(
                title.is_some_and(|t| t.starts_with("Wakil Menteri")),
                "{written}: {title:?}"
            );
        }
        let kpu = titles
            .lookup("Kepala Divisi Teknis KPU")
            .map(|t| t.canonical());
        assert_eq!(kpu, Some("Koordinator Divisi Teknis Komisi Pemilihan Umum"));
    }

    #[test]
    fn a_fused_role_glued_to_its_field_is_a_form_of_the_title() {
        let titles = TitlesBuilder::new().build().unwrap();
        for glued in ["Kabidhumas", "Kasatreskrim", "KASATLANTAS"] {
            assert!(titles.lookup(glued).is_some(), "{glued}");
        }
        assert_eq!(
            titles.lookup("Kabidhumas").unwrap().canonical(),
            titles.lookup("Kabid Humas").unwrap().canonical()
        );
    }

    #[test]
    fn embedded_titles_load() {
        let titles = TitlesBuilder::new().build().unwrap();
        assert!(titles.len() > 300);
        assert_eq!(
            titles.lookup("Kapolda").unwrap().canonical(),
            "Kepala Kepolisian Daerah"
        );
        assert_eq!(titles.lookup("WALIKOTA").unwrap().canonical(), "Wali Kota");
    }

    #[test]
    fn bad_rows_name_the_line() {
        let err = TitlesBuilder::empty()
            .roles_tsv("r.tsv", "form\trole\thead\tcategory\nKadis\tKepala\n")
            .unwrap_err();
        assert_eq!(err.line(), Some(2));
        let err = TitlesBuilder::empty()
            .titles_tsv("t.tsv", "X\tpolice\tlocal\t ; \n")
            .unwrap_err();
        assert_eq!(err.to_string(), "t.tsv:1: no forms");
    }
}
