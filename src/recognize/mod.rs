//! The recognizer: regions, organisations and officials behind one
//! [`Analyzer`].

mod officials;
mod organizations;
mod regions;
mod starts;

use std::cell::Cell;
use std::sync::Arc;

use once_cell::sync::Lazy;
use serde::Serialize;

use crate::entity::{
    Entity, EntityInfo, EntityKind, Jurisdiction, OfficialInfo, OrganizationInfo, RegionInfo,
};
use crate::error::{Error, Result};
use crate::fold::{ascii_lower, FastMap, FastSet};
use crate::gazetteer::{Gazetteer, GazetteerBuilder, Scope};
use crate::lexicon::{Case, Haystack, Hit, Lexicon, LexiconBuilder};
use crate::organizations::{Organizations, OrganizationsBuilder};
use crate::sentence::sentence_index;
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
    /// The text with ASCII letters lowercased (same byte offsets), which
    /// the lexicons' automata read.
    folded: String,
    pub tokens: Vec<Token<'t>>,
    pub sentences: Vec<Span>,
    /// Index of the sentence each token is in.
    token_sentence: Vec<u32>,
    /// Whether a line break comes right before each token.
    newline_before: Vec<bool>,
    /// Whether each token is in a line written in title case (a headline:
    /// most longer words capitalised, no full stop).
    title_case: Vec<bool>,
    /// Whether each token is in a line written without capitals (aggregator
    /// copies, transcripts): lexicons match there ignoring case, and the
    /// name model reads names by evidence instead of capitals.
    lower_case: Vec<bool>,
}

impl<'t> Doc<'t> {
    fn new(text: &'t str) -> Doc<'t> {
        // About one token per six bytes of news text: reserve to avoid
        // regrowing a large vector.
        let mut tokens: Vec<Token<'t>> = Vec::with_capacity(text.len() / 6 + 16);
        tokens.extend(tokenize(text));
        let bytes = text.as_bytes();
        let mut newline_before = Vec::with_capacity(tokens.len());
        let mut prev_end = 0;
        for t in &tokens {
            let gap = &bytes[prev_end..t.span.start];
            // Most gaps are one space.
            newline_before.push(prev_end > 0 && gap != b" " && gap.contains(&b'\n'));
            prev_end = t.span.end;
        }
        let (sentences, token_sentence) = sentence_index(&tokens, &newline_before);
        // A line is a headline when most of its longer words are capitalised.
        let mut title_case = vec![false; tokens.len()];
        let mut lower_case = Vec::new();
        let mut line_start = 0;
        for i in 0..=tokens.len() {
            if i == tokens.len() || i > 0 && newline_before[i] {
                let (mut words, mut capitals, mut full_stops) = (0, 0, 0);
                for t in &tokens[line_start..i] {
                    if t.kind == crate::TokenKind::Word && t.text.len() > 3 {
                        words += 1;
                        capitals += usize::from(t.is_capitalized());
                    }
                    full_stops += usize::from(t.text == ".");
                }
                // A headline is not a paragraph of sentences, however many
                // names a paragraph holds.
                if words >= 3 && capitals * 10 >= words * 7 && full_stops == 0 {
                    title_case[line_start..i].iter_mut().for_each(|f| *f = true);
                }
                if words >= 2 && capitals == 0 {
                    lower_case.resize(tokens.len(), false);
                    lower_case[line_start..i].iter_mut().for_each(|f| *f = true);
                }
                line_start = i;
            }
        }
        Doc {
            text,
            folded: text.to_ascii_lowercase(),
            tokens,
            sentences,
            token_sentence,
            newline_before,
            title_case,
            lower_case,
        }
    }

    /// The text as the lexicons search it.
    #[inline]
    pub fn hay(&self) -> Haystack<'_, 't> {
        Haystack {
            text: self.text,
            folded: &self.folded,
            tokens: &self.tokens,
            caseless: &self.lower_case,
        }
    }

    /// Whether token `i` is in a line written without capitals.
    #[inline]
    pub fn in_lower_case_line(&self, i: usize) -> bool {
        self.lower_case.get(i).copied().unwrap_or(false)
    }

    /// The sentence token `i` is in.
    #[inline]
    pub fn sentence_of(&self, i: usize) -> usize {
        self.token_sentence.get(i).copied().unwrap_or(0) as usize
    }

    /// Whether token `i` is the first of its line.
    #[inline]
    pub fn starts_line(&self, i: usize) -> bool {
        i == 0 || self.line_break_before(i)
    }

    /// Whether token `i` is in a line written in title case (a headline):
    /// most of its longer words capitalised.
    #[inline]
    pub fn in_title_case_line(&self, i: usize) -> bool {
        self.title_case.get(i).copied().unwrap_or(false)
    }

    /// The last token of a class designation starting at token `k`
    /// ("Kelas IIA", "Kelas I A", "Kelas II B"), which prisons, courts and
    /// ports write between their name and their town.
    pub fn class_designation_end(&self, k: usize) -> Option<usize> {
        let word = self.tokens.get(k)?;
        if !word.text.eq_ignore_ascii_case("kelas") {
            return None;
        }
        let label = self.tokens.get(k + 1)?.text;
        let roman = label.trim_end_matches(['A', 'B']);
        let is_class = matches!(roman, "I" | "II" | "III" | "IV") && label.len() <= roman.len() + 1;
        if !is_class {
            return None;
        }
        let letter_after = label.len() == roman.len()
            && self
                .tokens
                .get(k + 2)
                .is_some_and(|t| matches!(t.text, "A" | "B"));
        Some(if letter_after { k + 2 } else { k + 1 })
    }

    /// Whether a line break separates token `i` from the one before it.
    #[inline]
    pub fn line_break_before(&self, i: usize) -> bool {
        self.newline_before.get(i).copied().unwrap_or(false)
    }
}

/// Per-document memo of lexicon lookups: each stage asks which title, role,
/// affix, body or head noun starts at a token, often at the same tokens, so
/// each lookup runs once. The mask says which lexicons can match at all.
pub(crate) struct Lookups<'a, 't> {
    doc: &'a Doc<'t>,
    engine: &'a Engine,
    mask: Vec<u8>,
    /// Per token and lexicon: 0 not looked up, 1 no match, else a match
    /// packed as `(last - first) << 22 | entry << 2 | 2` (patterns span
    /// fewer than 1,024 tokens; lexicons hold fewer than a million entries).
    memo: Vec<Cell<u32>>,
}

const MEMO_TITLE: usize = 0;
const MEMO_ROLE: usize = 1;
const MEMO_AFFIX: usize = 2;
const MEMO_BODY: usize = 3;
const MEMO_HEAD: usize = 4;
const MEMO_LEXICONS: usize = 5;

impl<'a, 't> Lookups<'a, 't> {
    fn new(doc: &'a Doc<'t>, engine: &'a Engine) -> Lookups<'a, 't> {
        let n = doc.tokens.len();
        Lookups {
            doc,
            engine,
            mask: doc
                .tokens
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    if doc.in_lower_case_line(i) {
                        engine.mask_caseless(t)
                    } else {
                        engine.mask_of(t)
                    }
                })
                .collect(),
            // Zeroed memory, which the allocator hands out cheaply.
            memo: vec![Cell::new(0); n * MEMO_LEXICONS],
        }
    }

    /// The lexicon bits of token `i` (0 past the end).
    #[inline]
    pub fn mask(&self, i: usize) -> u8 {
        self.mask.get(i).copied().unwrap_or(0)
    }

    /// Memoised lookup: `find` runs at most once per lexicon and token.
    #[inline]
    fn memo(
        &self,
        which: usize,
        bit: u8,
        i: usize,
        find: impl FnOnce() -> Option<(usize, u32)>,
    ) -> Option<(Hit, u32)> {
        if self.mask(i) & bit == 0 {
            return None;
        }
        let cell = self.memo.get(i * MEMO_LEXICONS + which)?;
        let packed = match cell.get() {
            0 => {
                let packed = match find() {
                    Some((last, entry)) if last - i < 1024 && entry < 1 << 20 => {
                        ((last - i) as u32) << 22 | entry << 2 | 2
                    }
                    _ => 1,
                };
                cell.set(packed);
                packed
            }
            packed => packed,
        };
        if packed == 1 {
            return None;
        }
        let last = i + (packed >> 22) as usize;
        let tokens = &self.doc.tokens;
        Some((
            Hit {
                pattern: 0,
                first: i,
                last,
                span: Span::new(tokens[i].span.start, tokens[last].span.end),
            },
            (packed >> 2) & 0xF_FFFF,
        ))
    }

    /// The title written at token `i`, with its index.
    pub fn title(&self, i: usize) -> Option<(Hit, u32)> {
        self.memo(MEMO_TITLE, TITLE, i, || {
            let (hit, t) = self.engine.titles.title_at(&self.doc.hay(), i)?;
            Some((hit.last, t))
        })
    }

    /// The role written at token `i`.
    pub fn role(&self, i: usize) -> Option<(Hit, &'a crate::titles::Role)> {
        let (hit, r) = self.memo(MEMO_ROLE, ROLE, i, || {
            let (hit, r) = self.engine.titles.role_index_at(&self.doc.hay(), i)?;
            Some((hit.last, r))
        })?;
        Some((hit, self.engine.titles.role(r)))
    }

    /// The name affix written at token `i`, with its kind.
    pub fn affix(&self, i: usize) -> Option<(Hit, crate::titles::AffixKind)> {
        let (hit, kind) = self.memo(MEMO_AFFIX, AFFIX, i, || {
            let (hit, kind) = self.engine.titles.affix_at(&self.doc.hay(), i)?;
            Some((hit.last, kind as u32))
        })?;
        Some((hit, crate::titles::AffixKind::from_index(kind)))
    }

    /// The known body written at token `i`, with its index.
    pub fn body(&self, i: usize) -> Option<(Hit, u32)> {
        self.memo(MEMO_BODY, BODY, i, || {
            let (hit, b) = self.engine.organizations.body_at(&self.doc.hay(), i)?;
            Some((hit.last, b))
        })
    }

    /// The head noun written at token `i`.
    pub fn head(&self, i: usize) -> Option<(Hit, &'a crate::organizations::Head)> {
        let (hit, h) = self.memo(MEMO_HEAD, HEAD, i, || {
            let (hit, h) = self
                .engine
                .organizations
                .head_index_at(&self.doc.hay(), i)?;
            Some((hit.last, h))
        })?;
        Some((hit, self.engine.organizations.head(h)))
    }
}

/// The first of the mentions (sorted by first token) that starts at token
/// `i`.
pub(crate) fn starting_at<M>(
    mentions: &[M],
    i: usize,
    first: impl Fn(&M) -> usize,
) -> Option<usize> {
    let at = mentions.partition_point(|m| first(m) < i);
    mentions.get(at).filter(|m| first(m) == i).map(|_| at)
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
    kinds: Kinds,
    /// Case-folded first tokens of every pattern, with the lexicons they
    /// start (mask bits).
    starts: FastMap<Box<str>, u8>,
    start_index: starts::StartIndex,
}

impl Engine {
    fn new(
        gazetteer: Gazetteer,
        titles: Titles,
        organizations: Organizations,
        not_names: FastSet<Box<str>>,
        countries: Lexicon,
        kinds: Kinds,
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
            start_index: starts::StartIndex::new(&starts, TITLE | ROLE | AFFIX),
            starts,
            kinds,
        }
    }

    /// The mask of lexicons a token may start.
    #[inline]
    fn mask_of(&self, token: &Token<'_>) -> u8 {
        if !token.is_wordlike() && token.text != "(" {
            return 0;
        }
        match self.start_index.bits(token.text) {
            Some(bits) => bits,
            // Non-ASCII or very long tokens: rare, so a slower lookup.
            None => self
                .starts
                .get(token.text.to_lowercase().as_str())
                .copied()
                .unwrap_or(0),
        }
    }

    /// The mask of a token in a line without capitals, where every lexicon
    /// matches ignoring case.
    fn mask_caseless(&self, token: &Token<'_>) -> u8 {
        if !token.is_wordlike() && token.text != "(" {
            return 0;
        }
        self.starts
            .get(token.text.to_lowercase().as_str())
            .copied()
            .unwrap_or(0)
    }

    /// Whether a word is a function word (a stopword).
    pub fn is_function_word(&self, word: &str) -> bool {
        self.stopwords.is_stopword(word)
    }

    /// Whether a capitalised word cannot be part of a person's name.
    pub fn not_name(&self, word: &str) -> bool {
        if self.is_function_word(word) {
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
    for (line, word) in crate::tsv::list_lines(list) {
        let word = word.trim_start();
        if word.contains(char::is_whitespace) {
            return Err(Error::data(
                source,
                line,
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
        let lk = Lookups::new(doc, engine);
        let scope_before = |i: usize| scope_ending_before(engine, &lk, i);
        let in_title = |i: usize| {
            (i.saturating_sub(3)..=i)
                .any(|start| lk.title(start).is_some_and(|(hit, _)| hit.last >= i))
        };
        let regions = regions::find(doc, gazetteer, &lk.mask, &scope_before, &in_title);
        let kinds = engine.kinds;
        let orgs = if kinds.organizations || kinds.officials {
            organizations::find(doc, engine, &lk, &regions)
        } else {
            Vec::new()
        };
        let officials = if kinds.officials {
            officials::find(doc, engine, &lk, &regions, &orgs)
        } else {
            Vec::new()
        };
        let regions = if kinds.regions { regions } else { Vec::new() };
        let orgs = if kinds.organizations {
            orgs
        } else {
            Vec::new()
        };

        // An official's name overlaps nothing: drop regions and bodies read
        // inside a name.
        // Officials come sorted by position and do not overlap each other.
        let in_name = |span: Span| {
            let after = officials.partition_point(|o| o.span.end <= span.start);
            officials.get(after).is_some_and(|o| o.span.overlaps(span))
        };
        let jurisdiction = |region: Option<u32>, inferred: bool| {
            region.map(|r| {
                let r = gazetteer.region(r);
                Jurisdiction {
                    name: r.shared_name().clone(),
                    code: Some(r.shared_code().clone()),
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
                    other_titles: Vec::new(),
                }),
            });
        }
        entities.sort_by(|a, b| a.span.start.cmp(&b.span.start).then(a.kind.cmp(&b.kind)));
        entities
    }
}

/// The scope of a title or body whose last token is `i - 1` ("Bupati" in
/// "Bupati Morut", "Pemkab" in "Pemkab Poso", "Dandim" in "Dandim 1311/…"),
/// or that ends before an acronym in parentheses there.
fn scope_ending_before(engine: &Engine, lk: &Lookups<'_, '_>, i: usize) -> Option<Scope> {
    let mut end = i.checked_sub(1)?;
    // An acronym in parentheses between the title or body and the name:
    // "Kepolisian Sektor (Kapolsek) Poso Pesisir".
    let tokens = &lk.doc.tokens;
    if tokens[end].text == ")" && end >= 3 && tokens[end - 2].text == "(" {
        end -= 3;
    }
    for start in (end.saturating_sub(4)..=end).rev() {
        if let Some((hit, t)) = lk.title(start) {
            if hit.last == end {
                return Some(engine.titles.title(t).scope);
            }
        }
        if let Some((hit, b)) = lk.body(start) {
            if hit.last == end {
                return Some(engine.organizations.body(b).scope);
            }
        }
    }
    None
}

/// The attributes of a region mention: the region's when resolved, what the
/// candidates share otherwise.
fn region_info(gazetteer: &Gazetteer, region: Option<u32>, candidates: &[u32]) -> RegionInfo {
    match region {
        Some(r) => {
            let r = gazetteer.region(r);
            RegionInfo {
                name: Some(r.shared_name().clone()),
                code: Some(r.shared_code().clone()),
                level: Some(r.level()),
                village_type: r.village_type(),
                province: r.shared_province().cloned(),
                sulawesi: r.is_sulawesi(),
                candidates: Vec::new(),
            }
        }
        None => {
            let regions: Vec<_> = candidates.iter().map(|&c| gazetteer.region(c)).collect();
            // What every candidate shares is still known.
            fn shared<T: PartialEq + Clone>(items: &[T]) -> Option<T> {
                let first = items.first()?;
                items.iter().all(|i| i == first).then(|| first.clone())
            }
            let names: Vec<_> = regions.iter().map(|r| r.shared_name().clone()).collect();
            let levels: Vec<_> = regions.iter().map(|r| r.level()).collect();
            let provinces: Vec<_> = regions
                .iter()
                .map(|r| r.shared_province().cloned())
                .collect();
            RegionInfo {
                name: shared(&names),
                code: None,
                level: shared(&levels),
                village_type: None,
                province: shared(&provinces).flatten(),
                sulawesi: regions.iter().all(|r| r.is_sulawesi()),
                candidates: regions.iter().map(|r| r.shared_code().clone()).collect(),
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
    kinds: Kinds,
}

/// Which entity kinds an analyzer reports.
#[derive(Clone, Copy, Debug)]
struct Kinds {
    officials: bool,
    regions: bool,
    organizations: bool,
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
            kinds: Kinds {
                officials: true,
                regions: true,
                organizations: true,
            },
        }
    }

    /// Reports only entities of these kinds (all by default). Stages that
    /// nothing requested are skipped: officials need regions and
    /// organisations internally, regions need neither.
    ///
    /// ```
    /// use warta::EntityKind;
    /// let analyzer = warta::Analyzer::builder().kinds(&[EntityKind::Region]).build()?;
    /// let kinds: Vec<EntityKind> = analyzer.entities("Bupati Poso Verna Inkiriwang").iter().map(|e| e.kind).collect();
    /// assert_eq!(kinds, [EntityKind::Region]);
    /// # Ok::<(), warta::Error>(())
    /// ```
    pub fn kinds(&mut self, kinds: &[EntityKind]) -> &mut AnalyzerBuilder {
        self.kinds = Kinds {
            officials: kinds.contains(&EntityKind::Official),
            regions: kinds.contains(&EntityKind::Region),
            organizations: kinds.contains(&EntityKind::Organization),
        };
        self
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
                self.kinds,
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
                Some((e.text, r.code.as_deref().map(str::to_string), r.level))
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
