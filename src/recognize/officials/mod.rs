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
use crate::gazetteer::{Gazetteer, Scope};
use crate::span::Span;
use crate::titles::AffixKind;

mod binding;
mod heads;
mod lists;
mod name;
mod people;
mod title;
mod titled;

use super::organizations::OrgMention;
use super::regions::RegionMention;
use super::{Doc, Engine, Lookups, StartBits, StartSet, COUNTRY};

/// An official mention.
#[derive(Clone, Debug)]
pub(crate) struct OfficialMention {
    pub first: usize,
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
    /// The token of an alias written in parentheses after the name
    /// ("Moh. Rizal Hadju (MRH)").
    alias: Option<usize>,
    /// A village or district the gazetteer lacks, named after its head's
    /// title ("Kepala Desa Lalomba, Yusuf Tandi"): the title is what shows
    /// it is a place.
    pub unlisted_place: Option<(Span, crate::gazetteer::Level)>,
}

/// A list of lowercase ASCII words with the shapes (first letter, length)
/// they have, found at compile time: a word of another shape, as most
/// tokens asked are, is rejected without being compared to each word.
pub(super) struct WordSet {
    words: &'static [&'static str],
    /// Per first letter, a bit per length.
    shapes: [u32; 26],
}

impl WordSet {
    /// The set of `words`, each starting with a lowercase ASCII letter and
    /// shorter than 32 bytes (checked at compile time).
    pub(super) const fn new(words: &'static [&'static str]) -> WordSet {
        let mut shapes = [0u32; 26];
        let mut n = 0;
        while n < words.len() {
            let word = words[n].as_bytes();
            assert!(!word.is_empty() && word.len() < 32 && word[0].is_ascii_lowercase());
            shapes[(word[0] - b'a') as usize] |= 1 << word.len();
            n += 1;
        }
        WordSet { words, shapes }
    }

    /// Whether the set holds `word`, ignoring ASCII case.
    #[inline]
    pub(super) fn contains(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        let Some(&first) = bytes.first() else {
            return false;
        };
        let letter = first.to_ascii_lowercase().wrapping_sub(b'a') as usize;
        letter < 26
            && bytes.len() < 32
            && self.shapes[letter] & 1 << bytes.len() != 0
            && self.words.iter().any(|w| w.eq_ignore_ascii_case(word))
    }
}

struct Finder<'a, 't> {
    doc: &'a Doc<'t>,
    engine: &'a Engine,
    lk: &'a Lookups<'a, 't>,
    regions: &'a [RegionMention],
    orgs: &'a [OrgMention],
    /// Where the region and body mentions start.
    region_starts: StartSet<'a>,
    org_starts: StartSet<'a>,
    /// The tokens that may start a title or a role (their mask says so),
    /// in order: the passes over titles visit these, not every token.
    title_starts: Vec<u32>,
    /// Which of [`KEYWORDS`] the tokens are, as bits.
    keywords: u32,
    /// The tokens that are one of [`KEYWORDS`], in order: the passes that
    /// look for them visit these, not every token of a long text.
    keyword_tokens: Vec<u32>,
    /// The years the document writes in numbers and dates, with their
    /// tokens, latest first: read once, when a title's term asks for them
    /// (see `Finder::term_has_ended`), not by a walk over every token for
    /// each term.
    years: std::cell::OnceCell<Vec<(u32, u32)>>,
}

/// Rare words that passes of this stage look for: a document without one
/// skips its pass. One walk over the tokens (most fail on their length)
/// finds them all, where each pass walked them all.
const KEYWORDS: &[&str] = &[
    "disapa",
    "sapaan",
    "pejabat",
    "menggantikan",
    "digantikan",
    "wakilnya",
];

/// Which of [`KEYWORDS`] the document's tokens are, as bits, and the
/// tokens that are one.
fn keywords_in(doc: &Doc<'_>) -> (u32, Vec<u32>) {
    let mut bits = 0;
    let mut at = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        if matches!(t.text.len(), 6 | 7 | 8 | 10 | 12) {
            if let Some(n) = KEYWORDS.iter().position(|k| t.text.eq_ignore_ascii_case(k)) {
                bits |= 1 << n;
                at.push(i as u32);
            }
        }
    }
    (bits, at)
}

impl<'a, 't> Finder<'a, 't> {
    /// Whether a token is one of `words` (of [`KEYWORDS`]), ignoring
    /// ASCII case.
    fn has_any(&self, words: &[&str]) -> bool {
        words.iter().any(|w| {
            let n = KEYWORDS.iter().position(|k| k == w);
            debug_assert!(n.is_some(), "{w} is no keyword");
            n.is_none_or(|n| self.keywords & 1 << n != 0)
        })
    }

    /// The first token from `i` on that may start a title or a role
    /// (the number of tokens if none).
    fn next_title_start(&self, i: usize) -> usize {
        let at = self.title_starts.partition_point(|&s| (s as usize) < i);
        self.title_starts
            .get(at)
            .map_or(self.doc.tokens.len(), |&s| s as usize)
    }

    fn region_index(&self, i: usize) -> Option<usize> {
        if !self.region_starts.may_start(i) {
            return None;
        }
        super::starting_at(self.regions, i, |m| m.first)
    }

    fn org_index(&self, i: usize) -> Option<usize> {
        if !self.org_starts.may_start(i) {
            return None;
        }
        super::starting_at(self.orgs, i, |m| m.first)
    }

    /// Whether the name starting at token `i` ends an organisation's name
    /// that starts before it ("RSU Dunda Limboto": a hospital's namesake,
    /// no person here); not a name joined to a body by "dan".
    fn inside_org(&self, i: usize) -> bool {
        let at = self.orgs.partition_point(|m| m.last < i);
        self.orgs.get(at).is_some_and(|m| {
            m.first < i && !matches!(self.text(i - 1), "dan" | "serta" | "," | "&")
        })
    }

    /// Whether token `i` lies inside a region's name, after its first word
    /// ("Sangihe" of "Kepulauan Sangihe").
    fn inside_region(&self, i: usize) -> bool {
        let at = self.regions.partition_point(|m| m.last < i);
        self.regions.get(at).is_some_and(|m| m.first < i)
    }

    fn text(&self, i: usize) -> &'t str {
        self.doc.word(i)
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

    /// The province, regency or city mention starting at token `i`.
    fn high_region_at(&self, i: usize) -> Option<&'a RegionMention> {
        self.region_mention(i).filter(|m| {
            m.region
                .is_some_and(|r| self.gazetteer().region(r).level() <= crate::Level::City)
        })
    }

    /// The tokens of the keywords the document holds (see `keywords_in`),
    /// in text order.
    fn keyword_positions(&self) -> impl Iterator<Item = usize> + '_ {
        self.keyword_tokens.iter().map(|&k| k as usize)
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

    // Inlined: asked 10,000 to 25,000 times in 1 MB of news, mostly
    // failing at once; the call cost more than the test.
    #[inline]
    fn is_ordinal(&self, i: usize) -> bool {
        let t = self.text(i);
        // In a line without capitals: "wakil ketua ii dprd majene".
        // A single "i", "v" or "x" only after a unit word: "komisi i dpr",
        // not the Balinese "i" of "kapolsek i ketut sudarma".
        let long_enough = t.len() >= 2 || i > 0 && self.is_one_of(i - 1, &["komisi", "asisten"]);
        let caseless_numeral = long_enough
            && !t.is_empty()
            && t.bytes().all(|b| matches!(b, b'i' | b'v' | b'x'))
            && self.doc.in_lower_case_line(i);
        // "Komisi lll": a Roman numeral typed with small Ls, after a
        // commission's or an assistant's word.
        let typed_with_ls =
            matches!(t, "ll" | "lll") && i > 0 && self.is_one_of(i - 1, &["komisi", "asisten"]);
        // Up to six letters: "XXIII" (Kodam XXIII/Palaka Wira).
        !t.is_empty()
            && t.len() <= 6
            && (t.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
                || (t.len() == 1 && t.as_bytes()[0].is_ascii_uppercase())
                || caseless_numeral
                || typed_with_ls)
    }

    /// Whether `words` contains token `i`, ignoring case: for the lists
    /// asked of many tokens, which a shape rejects at once. Inlined: a
    /// call costs more than the rejection.
    #[inline]
    fn is_in(&self, i: usize, words: &WordSet) -> bool {
        words.contains(self.text(i))
    }

    /// Whether `words` (lowercase ASCII) contains token `i`, ignoring case.
    fn is_one_of(&self, i: usize, words: &[&str]) -> bool {
        let t = self.text(i);
        t.len() <= 16 && words.iter().any(|w| t.eq_ignore_ascii_case(w))
    }

    /// Whether token `i` follows a credit label on its line ("Editor:
    /// Hakim Baso", "(Foto: Humas Polda)"): credits name staff, not
    /// officials or their later mentions.
    fn in_credit(&self, i: usize) -> bool {
        const CREDIT_WORDS: &[&str] = &[
            "editor",
            "penulis",
            "reporter",
            "laporan",
            "pewarta",
            "foto",
            "sumber",
            "redaktur",
            "penyunting",
            "wartawan",
            "kontributor",
            "fotografer",
        ];
        let mut j = i;
        while j > 0 && j + 6 > i && !self.doc.line_break_before(j) {
            j -= 1;
            if self.text(j) == ":" {
                return self.is_one_of(j.wrapping_sub(1), CREDIT_WORDS);
            }
        }
        false
    }

    fn is_unit_number(&self, i: usize) -> bool {
        self.doc
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == crate::TokenKind::Number || self.is_ordinal(i))
            && self.text(i + 1) == "/"
    }
}

/// The pieces of `s` between spaces, as `s.split(' ')` gives them, found
/// by a scan of the bytes: on the short names of bodies and titles the
/// char searcher's setup costs more than the scan (about 120 instructions
/// a split on the paths that compose titles).
#[inline]
fn words(s: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.bytes().position(|b| b == b' ') {
            Some(at) => {
                rest = Some(&r[at + 1..]);
                Some(&r[..at])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// The words joined by single spaces: `format!` costs several times as
/// much on the paths that compose titles.
fn spaced(words: &[&str]) -> String {
    let mut out = String::with_capacity(words.iter().map(|w| w.len() + 1).sum());
    for (n, w) in words.iter().enumerate() {
        if n > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

thread_local! {
    /// The vector of the officials' mentions, given back by the analyzer
    /// when it has made their entities ([`keep_mentions`]): grown from
    /// nothing in each document, it was copied at each step.
    static KEPT_MENTIONS: std::cell::RefCell<Vec<OfficialMention>> = std::cell::RefCell::default();
}

/// Keeps the memory of the mentions [`find`] returned for the thread's next
/// document (emptied; a long text's are freed).
pub(crate) fn keep_mentions(mentions: Vec<OfficialMention>) {
    super::keep_emptied(&KEPT_MENTIONS, mentions);
}

/// Finds the officials of a document.
pub(crate) fn find(
    doc: &Doc<'_>,
    engine: &Engine,
    lk: &Lookups<'_, '_>,
    regions: &[RegionMention],
    orgs: &[OrgMention],
) -> Vec<OfficialMention> {
    let mut title_starts = Vec::with_capacity(doc.tokens.len() / 8 + 1);
    // Eight masks at a time: most runs of eight tokens start no title.
    const BITS: u64 = u64::from_ne_bytes([super::TITLE | super::ROLE; 8]);
    let mut chunks = doc.mask.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        if u64::from_ne_bytes(word) & BITS != 0 {
            for (i, &mask) in chunk.iter().enumerate() {
                if mask & (super::TITLE | super::ROLE) != 0 {
                    title_starts.push((at + i) as u32);
                }
            }
        }
        at += 8;
    }
    for (i, &mask) in chunks.remainder().iter().enumerate() {
        if mask & (super::TITLE | super::ROLE) != 0 {
            title_starts.push((at + i) as u32);
        }
    }
    let (mut region_bits, mut org_bits) = (StartBits::new(), StartBits::new());
    let (keywords, keyword_tokens) = keywords_in(doc);
    let f = Finder {
        doc,
        engine,
        lk,
        regions,
        orgs,
        region_starts: region_bits.of(regions, |m| m.first),
        org_starts: org_bits.of(orgs, |m| m.first),
        title_starts,
        keywords,
        keyword_tokens,
        years: std::cell::OnceCell::new(),
    };
    let (mut found, covered) = titled::titled_mentions(&f);
    found.retain(|m| !headline_words_unconfirmed(doc, m));
    binding::units_of_superiors(&f, &mut found);
    people::link_people(&f, found, covered)
}

/// Whether a holder read in the story's title-case headline has no word of
/// his name anywhere else in the text: "Bupati Bantaeng Panen Raya dan Evaluasi …"
/// reads the headline's verb and object as a name. A story names the
/// holder of its headline again in its body.
fn headline_words_unconfirmed(doc: &Doc<'_>, m: &OfficialMention) -> bool {
    if !doc.in_title_case_line(m.first) {
        return false;
    }
    let tokens = &doc.tokens;
    // Only the story's own headline, its first line: a "Baca juga:" line
    // heads another story.
    let line_start = 0;
    if (1..=m.first).any(|j| doc.line_break_before(j)) {
        return false;
    }
    // A text of one line (a sentence given alone) has no headline, nor
    // one whose first line has no story's body (forty tokens) after it.
    const BODY_TOKENS: usize = 40;
    let Some(line_end) = (m.first + 1..tokens.len()).find(|&j| doc.line_break_before(j)) else {
        return false;
    };
    if tokens.len() - line_end < BODY_TOKENS {
        return false;
    }
    let name_words: Vec<&str> = tokens[m.first..line_end]
        .iter()
        .take_while(|t| t.span.start < m.span.end)
        .filter(|t| t.kind == crate::TokenKind::Word && t.text.len() >= 3)
        .map(|t| t.text)
        .collect();
    !tokens
        .iter()
        .enumerate()
        .any(|(j, t)| !(line_start..line_end).contains(&j) && name_words.contains(&t.text))
}

#[cfg(test)]
mod tests {
    use super::WordSet;

    #[test]
    fn words_split_as_split_on_a_space_does() {
        for s in [
            "",
            " ",
            "Dinas",
            "Dinas Kesehatan",
            "  Dinas  Kesehatan Kota ",
            "Biro Pemerintahan dan Humas",
            "Désa Ü",
        ] {
            let split: Vec<&str> = s.split(' ').collect();
            assert_eq!(super::words(s).collect::<Vec<_>>(), split, "{s:?}");
        }
    }

    #[test]
    fn word_sets_find_their_words_in_any_case_and_nothing_else() {
        const WORDS: WordSet = WordSet::new(&["kini", "saat", "dijabat", "se", "masing-masing"]);
        for word in [
            "kini",
            "Kini",
            "KINI",
            "saat",
            "Dijabat",
            "se",
            "SE",
            "Masing-masing",
        ] {
            assert!(WORDS.contains(word), "{word:?}");
        }
        for word in [
            "",
            "kin",
            "kinii",
            "sini",
            "dijabatnya",
            "s",
            "é",
            "-",
            "Masing",
        ] {
            assert!(!WORDS.contains(word), "{word:?}");
        }
    }
}
