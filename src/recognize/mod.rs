//! The recognizer: regions, organisations and officials behind one
//! [`Analyzer`].

mod officials;
mod organizations;
mod regions;

use std::sync::Arc;

use once_cell::sync::Lazy;
use serde::Serialize;

use crate::entity::{
    Entity, EntityInfo, EntityKind, Jurisdiction, OfficialInfo, OrganizationInfo, RegionInfo,
};
use crate::error::{Error, Result};
use crate::fold::{ascii_lower, FastMap, FastSet};
use crate::gazetteer::{Gazetteer, GazetteerBuilder, Scope};
use crate::lexicon::{Case, Lexicon, LexiconBuilder};
use crate::organizations::{Organizations, OrganizationsBuilder};
use crate::sentence::sentences_of;
use crate::span::Span;
use crate::stopwords::Stopwords;
use crate::titles::{Titles, TitlesBuilder};
use crate::tokenize::{tokenize, Token};

const NOT_NAMES_TXT: &str = include_str!("../../data/not-names.txt");
const COUNTRIES_TXT: &str = include_str!("../../data/countries.txt");

/// Bits of the per-token mask: which lexicons have a pattern starting with
/// the token's (case-folded) text. Only flagged lexicons are searched.
pub(crate) const REGION: u8 = 1;
pub(crate) const TITLE: u8 = 2;
pub(crate) const ROLE: u8 = 4;
pub(crate) const AFFIX: u8 = 8;
pub(crate) const BODY: u8 = 16;
pub(crate) const HEAD: u8 = 32;
pub(crate) const COUNTRY: u8 = 64;

/// A document being analysed: its text, tokens and sentences.
pub(crate) struct Doc<'t> {
    pub text: &'t str,
    pub tokens: Vec<Token<'t>>,
    pub sentences: Vec<Span>,
    /// Index of the sentence each token is in.
    token_sentence: Vec<u32>,
    /// First token of each line.
    line_starts: Vec<usize>,
    /// Whether each line is in title case.
    title_case_lines: Vec<bool>,
}

impl<'t> Doc<'t> {
    fn new(text: &'t str) -> Doc<'t> {
        let tokens: Vec<Token<'t>> = tokenize(text).collect();
        let sentences: Vec<Span> = sentences_of(text, tokens.iter().copied()).collect();
        let mut token_sentence = Vec::with_capacity(tokens.len());
        let mut s = 0;
        for t in &tokens {
            while s + 1 < sentences.len() && sentences[s].end <= t.span.start {
                s += 1;
            }
            token_sentence.push(s as u32);
        }
        let mut line_starts = Vec::new();
        let mut title_case_lines = Vec::new();
        let (mut words, mut capitalized) = (0, 0);
        for (i, t) in tokens.iter().enumerate() {
            let new_line =
                i == 0 || text.as_bytes()[tokens[i - 1].span.end..t.span.start].contains(&b'\n');
            if new_line {
                if i > 0 {
                    title_case_lines.push(words >= 3 && capitalized * 10 >= words * 7);
                }
                line_starts.push(i);
                words = 0;
                capitalized = 0;
            }
            if t.kind == crate::TokenKind::Word && t.text.len() > 3 {
                words += 1;
                capitalized += usize::from(t.is_capitalized());
            }
        }
        if !tokens.is_empty() {
            title_case_lines.push(words >= 3 && capitalized * 10 >= words * 7);
        }
        Doc {
            text,
            tokens,
            sentences,
            token_sentence,
            line_starts,
            title_case_lines,
        }
    }

    /// The sentence token `i` is in.
    #[inline]
    pub fn sentence_of(&self, i: usize) -> usize {
        self.token_sentence.get(i).copied().unwrap_or(0) as usize
    }

    /// Whether token `i` is the first of its line.
    pub fn starts_line(&self, i: usize) -> bool {
        i == 0 || self.line_break_before(i)
    }

    /// Whether token `i` is in a line written in title case (a headline):
    /// most of its longer words capitalised.
    pub fn in_title_case_line(&self, i: usize) -> bool {
        let line = self.line_of(i);
        self.title_case_lines.get(line).copied().unwrap_or(false)
    }

    fn line_of(&self, i: usize) -> usize {
        match self.line_starts.binary_search(&i) {
            Ok(l) => l,
            Err(l) => l.saturating_sub(1),
        }
    }

    /// Whether a line break separates token `i` from the one before it.
    pub fn line_break_before(&self, i: usize) -> bool {
        match (
            i.checked_sub(1).and_then(|p| self.tokens.get(p)),
            self.tokens.get(i),
        ) {
            (Some(prev), Some(this)) => {
                self.text.as_bytes()[prev.span.end..this.span.start].contains(&b'\n')
            }
            _ => false,
        }
    }
}

/// Everything an analyzer knows, shared by its clones.
pub(crate) struct Engine {
    pub gazetteer: Gazetteer,
    pub titles: Titles,
    pub organizations: Organizations,
    stopwords: Stopwords,
    not_names: FastSet<Box<str>>,
    /// Country names: not regions, not parts of person names.
    pub countries: Lexicon,
    /// Case-folded first tokens of every pattern, with the lexicons they
    /// start (mask bits).
    starts: FastMap<Box<str>, u8>,
}

impl Engine {
    fn new(
        gazetteer: Gazetteer,
        titles: Titles,
        organizations: Organizations,
        not_names: FastSet<Box<str>>,
        countries: Lexicon,
    ) -> Engine {
        let mut starts: FastMap<Box<str>, u8> = FastMap::default();
        let mut add = |lexicon: &Lexicon, bit: u8| {
            for pattern in lexicon.patterns() {
                if let Some(first) = tokenize(pattern).next() {
                    *starts
                        .entry(first.text.to_lowercase().into_boxed_str())
                        .or_insert(0) |= bit;
                }
            }
        };
        add(gazetteer.lexicon(), REGION);
        titles.add_starts(&mut |lexicon, kind| add(lexicon, [TITLE, ROLE, AFFIX][kind]));
        organizations.add_starts(&mut |lexicon, kind| add(lexicon, [BODY, HEAD][kind]));
        add(&countries, COUNTRY);
        Engine {
            gazetteer,
            titles,
            organizations,
            stopwords: Stopwords::default_list().clone(),
            not_names,
            countries,
            starts,
        }
    }

    /// The mask of lexicons a token may start.
    #[inline]
    fn mask_of(&self, token: &Token<'_>) -> u8 {
        if !token.is_wordlike() && token.text != "(" {
            return 0;
        }
        let mut buf = [0u8; 32];
        match ascii_lower(token.text, &mut buf) {
            Some(folded) => self.starts.get(folded).copied().unwrap_or(0),
            None => self
                .starts
                .get(token.text.to_lowercase().as_str())
                .copied()
                .unwrap_or(0),
        }
    }

    /// Whether a capitalised word cannot be part of a person's name.
    pub fn not_name(&self, word: &str) -> bool {
        if self.stopwords.is_stopword(word) {
            return true;
        }
        let mut buf = [0u8; 32];
        match ascii_lower(word, &mut buf) {
            Some(folded) => self.not_names.contains(folded),
            None => self.not_names.contains(word.to_lowercase().as_str()),
        }
    }
}

/// The country lexicon from `data/countries.txt`.
fn countries(list: &str) -> Lexicon {
    let mut lexicon = LexiconBuilder::default();
    for name in list
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let case = if name.len() > 1 && !name.bytes().any(|b| b.is_ascii_lowercase()) {
            Case::Capitals
        } else {
            Case::Capitalized
        };
        lexicon.add(name, case, 0);
    }
    lexicon.build()
}

fn parse_not_names(source: &str, list: &str) -> Result<FastSet<Box<str>>> {
    let mut set = FastSet::default();
    for (i, line) in list.lines().enumerate() {
        let word = line.trim();
        if word.is_empty() || word.starts_with('#') {
            continue;
        }
        if word.contains(char::is_whitespace) {
            return Err(Error::data(
                source,
                i + 1,
                format!("expected one word, found {word:?}"),
            ));
        }
        set.insert(word.to_lowercase().into_boxed_str());
    }
    Ok(set)
}

static DEFAULT: Lazy<Analyzer> = Lazy::new(|| {
    AnalyzerBuilder::new()
        .build()
        .expect("embedded data is valid (checked by a unit test)")
});

/// Finds officials, regions and organisations in Indonesian news text.
///
/// [`Analyzer::new`] is cheap: it shares one analyzer built on first use
/// from the data embedded in the crate. Use [`Analyzer::builder`] to add
/// your own regions or aliases. An analyzer is `Send + Sync`; share it
/// between threads by reference or by cloning (a clone shares the data).
///
/// Analysing never fails and never panics, whatever the input.
///
/// ```
/// let text = "MOROWALI – Wakil Bupati Morowali, Iriane Iliyas, membuka pelatihan di Desa Bente, Kecamatan Bungku Tengah.";
/// let analysis = warta::Analyzer::new().analyze(text);
/// let regions: Vec<(&str, Option<&str>)> = analysis
///     .entities
///     .iter()
///     .filter_map(|e| Some((e.text, e.region()?.code.as_deref())))
///     .collect();
/// assert_eq!(regions, [
///     ("MOROWALI", Some("72.06")),
///     ("Morowali", Some("72.06")),
///     ("Bente", Some("72.06.05.2022")),
///     ("Bungku Tengah", Some("72.06.05")),
/// ]);
/// ```
#[derive(Clone)]
pub struct Analyzer {
    engine: Arc<Engine>,
}

impl std::fmt::Debug for Analyzer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analyzer")
            .field("gazetteer", &self.engine.gazetteer)
            .field("titles", &self.engine.titles)
            .field("organizations", &self.engine.organizations)
            .finish()
    }
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer::new()
    }
}

/// The result of [`Analyzer::analyze`]: tokens, sentences and entities.
#[derive(Clone, Debug, Serialize)]
pub struct Analysis<'t> {
    /// Every token, in order.
    pub tokens: Vec<Token<'t>>,
    /// Sentence spans, in order.
    pub sentences: Vec<Span>,
    /// Entities, ordered by start offset (then by kind).
    pub entities: Vec<Entity<'t>>,
}

impl Analyzer {
    /// The analyzer on the embedded data (built once, then shared).
    ///
    /// ```
    /// let analyzer = warta::Analyzer::new();
    /// assert!(!analyzer.entities("Gubernur Sulteng").is_empty());
    /// ```
    pub fn new() -> Analyzer {
        DEFAULT.clone()
    }

    /// A builder for an analyzer with the user's own data added.
    ///
    /// ```
    /// let mut builder = warta::Analyzer::builder();
    /// builder.region_aliases_tsv("my-aliases.tsv", "Kota Daeng\t73.71\n")?;
    /// let analyzer = builder.build()?;
    /// let e = &analyzer.entities("Warga Kota Daeng")[0];
    /// assert_eq!(e.region().unwrap().name.as_deref(), Some("Kota Makassar"));
    /// # Ok::<(), warta::Error>(())
    /// ```
    pub fn builder() -> AnalyzerBuilder {
        AnalyzerBuilder::new()
    }

    /// The region gazetteer this analyzer uses.
    ///
    /// ```
    /// let analyzer = warta::Analyzer::new();
    /// assert_eq!(analyzer.gazetteer().get("72.12").unwrap().name(), "Morowali Utara");
    /// ```
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.engine.gazetteer
    }

    /// The title lexicon this analyzer uses.
    ///
    /// ```
    /// let analyzer = warta::Analyzer::new();
    /// assert_eq!(analyzer.titles().lookup("Wagub").unwrap().canonical(), "Wakil Gubernur");
    /// ```
    pub fn titles(&self) -> &Titles {
        &self.engine.titles
    }

    /// Analyses `text`: tokens, sentences and entities.
    ///
    /// ```
    /// let analysis = warta::Analyzer::new().analyze("Bupati Poso hadir. Ia tersenyum.");
    /// assert_eq!(analysis.sentences.len(), 2);
    /// assert_eq!(analysis.tokens.len(), 7);
    /// ```
    pub fn analyze<'t>(&self, text: &'t str) -> Analysis<'t> {
        let doc = Doc::new(text);
        let entities = self.recognize(&doc);
        Analysis {
            entities,
            tokens: doc.tokens,
            sentences: doc.sentences,
        }
    }

    /// The entities of `text`, ordered by start offset.
    ///
    /// ```
    /// let entities = warta::Analyzer::new().entities("Dari Kabupaten Gowa ke Kota Makassar.");
    /// let texts: Vec<&str> = entities.iter().map(|e| e.text).collect();
    /// assert_eq!(texts, ["Gowa", "Kota Makassar"]);
    /// ```
    pub fn entities<'t>(&self, text: &'t str) -> Vec<Entity<'t>> {
        self.recognize(&Doc::new(text))
    }

    fn recognize<'t>(&self, doc: &Doc<'t>) -> Vec<Entity<'t>> {
        let engine = &*self.engine;
        let gazetteer = &engine.gazetteer;
        let mask: Vec<u8> = doc.tokens.iter().map(|t| engine.mask_of(t)).collect();
        let scope_before = |i: usize| scope_ending_before(doc, engine, &mask, i);
        let in_title = |i: usize| {
            (i.saturating_sub(3)..=i).any(|start| {
                mask[start] & TITLE != 0
                    && engine
                        .titles
                        .title_at(doc.text, &doc.tokens, start)
                        .is_some_and(|(hit, _)| hit.last >= i)
            })
        };
        let regions = regions::find(doc, gazetteer, &mask, &scope_before, &in_title);
        let orgs = organizations::find(doc, engine, &mask, &regions);
        let officials = officials::find(doc, engine, &mask, &regions, &orgs);

        // An official's name overlaps nothing: drop regions and bodies read
        // inside a name.
        let in_name = |span: Span| officials.iter().any(|o| o.span.overlaps(span));
        let jurisdiction = |region: Option<u32>, inferred: bool| {
            region.map(|r| {
                let r = gazetteer.region(r);
                Jurisdiction {
                    name: r.name().to_string(),
                    code: Some(r.code().to_string()),
                    level: Some(r.level()),
                    inferred,
                }
            })
        };
        let mut entities: Vec<Entity<'t>> =
            Vec::with_capacity(regions.len() + orgs.len() + officials.len());
        for m in &regions {
            if in_name(m.span) {
                continue;
            }
            entities.push(Entity {
                kind: EntityKind::Region,
                span: m.span,
                text: &doc.text[m.span],
                info: EntityInfo::Region(region_info(gazetteer, m.region, &m.candidates)),
            });
        }
        for m in &orgs {
            if in_name(m.span) {
                continue;
            }
            entities.push(Entity {
                kind: EntityKind::Organization,
                span: m.span,
                text: &doc.text[m.span],
                info: EntityInfo::Organization(OrganizationInfo {
                    name: Some(m.name.clone()),
                    acronym: m.acronym.clone(),
                    category: Some(m.category.to_string()),
                    jurisdiction: jurisdiction(m.region, false),
                }),
            });
        }
        for m in officials {
            entities.push(Entity {
                kind: EntityKind::Official,
                span: m.span,
                text: &doc.text[m.span],
                info: EntityInfo::Official(OfficialInfo {
                    title: m.title,
                    title_text: m.title_span.map(|s| doc.text[s].to_string()),
                    title_span: m.title_span,
                    status: m.status,
                    jurisdiction: jurisdiction(m.region, m.inferred),
                    honorifics: m.honorifics,
                    rank: m.rank,
                    degrees: m.degrees,
                    person: m.person,
                    coref: m.coref,
                    category: m.category.to_string(),
                }),
            });
        }
        entities.sort_by(|a, b| a.span.start.cmp(&b.span.start).then(a.kind.cmp(&b.kind)));
        entities
    }
}

/// The scope of a title or body whose last token is `i - 1` ("Bupati" in
/// "Bupati Morut", "Pemkab" in "Pemkab Poso", "Dandim" in "Dandim 1311/…").
fn scope_ending_before(doc: &Doc<'_>, engine: &Engine, mask: &[u8], i: usize) -> Option<Scope> {
    let end = i.checked_sub(1)?;
    for start in (end.saturating_sub(4)..=end).rev() {
        let m = mask[start];
        if m & TITLE != 0 {
            if let Some((hit, t)) = engine.titles.title_at(doc.text, &doc.tokens, start) {
                if hit.last == end {
                    return Some(engine.titles.title(t).scope);
                }
            }
        }
        if m & BODY != 0 {
            if let Some((hit, b)) = engine.organizations.body_at(doc.text, &doc.tokens, start) {
                if hit.last == end {
                    return Some(engine.organizations.body(b).scope);
                }
            }
        }
    }
    None
}

/// The attributes of a region mention: the region's when resolved, what the
/// candidates share otherwise.
fn region_info(gazetteer: &Gazetteer, region: Option<u32>, candidates: &[u32]) -> RegionInfo {
    let province_name = |r: &crate::gazetteer::Region| -> Option<String> {
        gazetteer
            .get(r.province_code())
            .map(|p| p.name().to_string())
    };
    match region {
        Some(r) => {
            let r = gazetteer.region(r);
            RegionInfo {
                name: Some(r.name().to_string()),
                code: Some(r.code().to_string()),
                level: Some(r.level()),
                village_type: r.village_type(),
                province: province_name(r),
                sulawesi: r.is_sulawesi(),
                candidates: Vec::new(),
            }
        }
        None => {
            let regions: Vec<_> = candidates.iter().map(|&c| gazetteer.region(c)).collect();
            let shared =
                |f: &dyn Fn(&crate::gazetteer::Region) -> Option<String>| -> Option<String> {
                    let first = f(regions.first()?)?;
                    regions
                        .iter()
                        .all(|r| f(r).as_ref() == Some(&first))
                        .then_some(first)
                };
            let level = regions
                .first()
                .map(|r| r.level())
                .filter(|l| regions.iter().all(|r| r.level() == *l));
            RegionInfo {
                name: shared(&|r| Some(r.name().to_string())),
                code: None,
                level,
                village_type: None,
                province: shared(&province_name),
                sulawesi: regions.iter().all(|r| r.is_sulawesi()),
                candidates: regions.iter().map(|r| r.code().to_string()).collect(),
            }
        }
    }
}

/// Builds an [`Analyzer`] from the embedded data plus the user's own.
///
/// Loaders take a file's text and a name for it (used in errors). Bad lines
/// give an [`Error`](crate::Error) naming the file, the line and the problem.
///
/// ```
/// let err = warta::Analyzer::builder()
///     .regions_tsv("my-regions.tsv", "72.99\tregency\n")
///     .unwrap_err();
/// assert_eq!(err.line(), Some(1));
/// assert!(err.to_string().starts_with("my-regions.tsv:1:"));
/// ```
#[derive(Clone, Debug)]
pub struct AnalyzerBuilder {
    gazetteer: GazetteerBuilder,
    titles: TitlesBuilder,
    organizations: OrganizationsBuilder,
    not_names: Vec<(String, String)>,
}

impl Default for AnalyzerBuilder {
    fn default() -> Self {
        AnalyzerBuilder::new()
    }
}

impl AnalyzerBuilder {
    /// A builder holding the embedded data.
    ///
    /// ```
    /// let analyzer = warta::AnalyzerBuilder::new().build()?;
    /// assert!(!analyzer.entities("Palu").is_empty());
    /// # Ok::<(), warta::Error>(())
    /// ```
    pub fn new() -> AnalyzerBuilder {
        AnalyzerBuilder {
            gazetteer: GazetteerBuilder::new(),
            titles: TitlesBuilder::new(),
            organizations: OrganizationsBuilder::new(),
            not_names: vec![("data/not-names.txt".to_string(), NOT_NAMES_TXT.to_string())],
        }
    }

    /// A builder with only the regions the caller gives: no embedded
    /// regions or aliases (titles and organisations stay embedded).
    ///
    /// ```
    /// let mut b = warta::AnalyzerBuilder::without_regions();
    /// b.regions_tsv("mine.tsv", "72\tprovince\tSulawesi Tengah\n")?;
    /// let a = b.build()?;
    /// assert_eq!(a.gazetteer().len(), 1);
    /// # Ok::<(), warta::Error>(())
    /// ```
    pub fn without_regions() -> AnalyzerBuilder {
        AnalyzerBuilder {
            gazetteer: GazetteerBuilder::empty(),
            ..AnalyzerBuilder::new()
        }
    }

    /// Adds regions (see [`GazetteerBuilder::regions_tsv`]).
    ///
    /// ```
    /// let mut b = warta::Analyzer::builder();
    /// b.regions_tsv("dusun.tsv", "72.06.05.2099\tvillage\tBente Baru\t72.06.05\tdesa\n")?;
    /// let e = &b.build()?.entities("Desa Bente Baru")[0];
    /// assert_eq!(e.region().unwrap().code.as_deref(), Some("72.06.05.2099"));
    /// # Ok::<(), warta::Error>(())
    /// ```
    pub fn regions_tsv(&mut self, source: &str, tsv: &str) -> Result<&mut AnalyzerBuilder> {
        self.gazetteer.regions_tsv(source, tsv)?;
        Ok(self)
    }

    /// Adds region aliases (see [`GazetteerBuilder::aliases_tsv`]).
    ///
    /// ```
    /// let mut b = warta::Analyzer::builder();
    /// b.region_aliases_tsv("a.tsv", "Bumi Tadulako\t72\tshort_name\tfree\n")?;
    /// assert_eq!(b.build()?.entities("Bumi Tadulako")[0].text, "Bumi Tadulako");
    /// # Ok::<(), warta::Error>(())
    /// ```
    pub fn region_aliases_tsv(&mut self, source: &str, tsv: &str) -> Result<&mut AnalyzerBuilder> {
        self.gazetteer.aliases_tsv(source, tsv)?;
        Ok(self)
    }

    /// Adds office titles (see [`TitlesBuilder::titles_tsv`]).
    ///
    /// ```
    /// let mut b = warta::Analyzer::builder();
    /// b.titles_tsv("t.tsv", "Kepala Lingkungan\tvillage\tvillage\tKepala Lingkungan; Kaling\n")?;
    /// let entities = b.build()?.entities("Kaling Budi Santoso hadir.");
    /// assert_eq!(entities[0].official().unwrap().title, "Kepala Lingkungan");
    /// # Ok::<(), warta::Error>(())
    /// ```
    pub fn titles_tsv(&mut self, source: &str, tsv: &str) -> Result<&mut AnalyzerBuilder> {
        self.titles.titles_tsv(source, tsv)?;
        Ok(self)
    }

    /// Adds known organisations: tab-separated `name  forms  category
    /// level  scope`, as in `data/organizations.tsv` (forms separated by
    /// `; `; scope `unique` or `unit`).
    ///
    /// ```
    /// let mut b = warta::Analyzer::builder();
    /// b.organizations_tsv("o.tsv", "Koperasi Tani Makmur\tKTM; Koperasi Tani Makmur\tcommunity\tnone\tunique\n")?;
    /// let entities = b.build()?.entities("Anggota KTM panen raya.");
    /// assert_eq!(entities[0].organization().unwrap().name.as_deref(), Some("Koperasi Tani Makmur"));
    /// # Ok::<(), warta::Error>(())
    /// ```
    pub fn organizations_tsv(&mut self, source: &str, tsv: &str) -> Result<&mut AnalyzerBuilder> {
        self.organizations.organizations_tsv(source, tsv)?;
        Ok(self)
    }

    /// Adds words that end a person's name (one per line), as in
    /// `data/not-names.txt`.
    ///
    /// ```
    /// let mut b = warta::Analyzer::builder();
    /// b.not_names("mine.txt", "Gebyar\n")?;
    /// b.build()?;
    /// # Ok::<(), warta::Error>(())
    /// ```
    pub fn not_names(&mut self, source: &str, list: &str) -> Result<&mut AnalyzerBuilder> {
        parse_not_names(source, list)?;
        self.not_names.push((source.to_string(), list.to_string()));
        Ok(self)
    }

    /// Builds the analyzer.
    ///
    /// ```
    /// let analyzer = warta::Analyzer::builder().build()?;
    /// assert_eq!(analyzer.gazetteer().len(), 12_157);
    /// # Ok::<(), warta::Error>(())
    /// ```
    pub fn build(&self) -> Result<Analyzer> {
        let mut not_names = FastSet::default();
        for (source, list) in &self.not_names {
            not_names.extend(parse_not_names(source, list)?);
        }
        Ok(Analyzer {
            engine: Arc::new(Engine::new(
                self.gazetteer.build()?,
                self.titles.build()?,
                self.organizations.build(),
                not_names,
                countries(COUNTRIES_TXT),
            )),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Level;

    fn regions(text: &str) -> Vec<(&str, Option<String>, Option<Level>)> {
        Analyzer::new()
            .entities(text)
            .into_iter()
            .filter_map(|e| {
                let r = e.region()?;
                Some((e.text, r.code.clone(), r.level))
            })
            .collect()
    }

    #[test]
    fn levels_follow_trigger_words() {
        let r = regions(
            "Kabupaten Gorontalo, Kota Gorontalo dan Provinsi Gorontalo.\nGORONTALO – berita.",
        );
        let codes: Vec<_> = r.iter().map(|x| x.1.as_deref().unwrap_or("-")).collect();
        assert_eq!(codes, ["75.01", "75.71", "75", "75.71"]);
    }

    #[test]
    fn not_inside_words_or_lowercase() {
        assert!(regions("Gowanya jauh, palu hakim diketuk").is_empty());
        assert_eq!(regions("ke Gowa.").len(), 1);
    }

    #[test]
    fn look_alikes_are_not_regions() {
        assert!(regions("Festival Danau Poso di tepi Teluk Palu dan Sungai Bone").is_empty());
        assert!(regions("dibaca di Radar Sulteng").is_empty());
    }

    #[test]
    fn longest_name_wins() {
        let r = regions("Morowali Utara, Bone Bolango, Banggai Kepulauan");
        let texts: Vec<_> = r.iter().map(|x| x.0).collect();
        assert_eq!(
            texts,
            ["Morowali Utara", "Bone Bolango", "Banggai Kepulauan"]
        );
    }

    #[test]
    fn villages_need_a_trigger_or_an_ancestor_nearby() {
        // "Bente" alone is no region; after "Desa" it is, resolved by its district.
        assert!(regions("Bente datang.").is_empty());
        let r = regions("di Desa Bente, Kecamatan Bungku Tengah, Morowali");
        assert_eq!(r[0].1.as_deref(), Some("72.06.05.2022"));
    }
}
