//! Multi-word lexicon matching anchored at token starts.
//!
//! Every lexicon stage (regions, titles, organisations) looks phrases up the
//! same way: an Aho-Corasick automaton in leftmost-longest, ASCII
//! case-insensitive mode, searched *anchored* at the start of a candidate
//! token, keeping a hit only when it ends where a token ends. Searching only at
//! token starts avoids the hits inside words that an unanchored scan reports
//! ("Gowa" in "Gowanya") and the cost of finding them.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind, StartKind};

use crate::fold::FastMap;
use crate::span::Span;
use crate::tokenize::Token;

/// How the letters of a text must agree with a pattern's case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Case {
    /// Any case: titles ("bupati", "Bupati", "BUPATI").
    Insensitive,
    /// A word the pattern writes capitalised must be capitalised in the text:
    /// names ("Palu" the city, not "palu" the hammer).
    Capitalized,
    /// Every capital of the pattern must be a capital in the text: acronyms
    /// ("KPU", not "kpu").
    Capitals,
    /// Only the first letter must be a capital: names of several words that
    /// news writes with later words in lower case ("Bone bolango", "Tojo
    /// una-una").
    Initial,
}

/// The text a lexicon searches: the original (for case rules and spans),
/// its ASCII-lowercase copy (what the automaton reads: patterns are stored
/// lowercase, so the automaton needs no case-insensitive transitions) and
/// its tokens.
#[derive(Clone, Copy)]
pub(crate) struct Haystack<'a, 't> {
    pub text: &'t str,
    pub folded: &'a str,
    pub tokens: &'a [Token<'t>],
    /// Per token, whether its line is written without capitals, where the
    /// patterns' case rules cannot apply ("wakil gubernur sulawesi
    /// tengah"); empty when no line is.
    pub caseless: &'a [bool],
}

/// A lexicon hit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    /// The pattern that matched.
    pub pattern: usize,
    /// Index of the first token of the hit.
    pub first: usize,
    /// Index of the last token of the hit (inclusive).
    pub last: usize,
    /// Byte span of the hit.
    pub span: Span,
}

/// Collects patterns, each with payload entries, then builds a [`Lexicon`].
#[derive(Default)]
pub(crate) struct LexiconBuilder {
    patterns: Vec<Box<str>>,
    cases: Vec<Case>,
    entries: Vec<Vec<u32>>,
    by_key: FastMap<Box<str>, usize>,
}

impl LexiconBuilder {
    /// Adds `form` with payload `entry`. Forms equal up to ASCII case share
    /// one pattern; the first form added decides its case rule.
    pub fn add(&mut self, form: &str, case: Case, entry: u32) {
        let form = form.trim();
        if form.is_empty() {
            return;
        }
        let key: Box<str> = form.to_ascii_lowercase().into_boxed_str();
        let index = match self.by_key.get(&key) {
            Some(&index) => {
                // Forms that differ only in case ("Dr." and "dr."): a letter
                // must be a capital only where every form writes one.
                if self.patterns[index].as_ref() != form {
                    let merged: String = self.patterns[index]
                        .chars()
                        .zip(form.chars())
                        .map(|(a, b)| {
                            if a.is_ascii_uppercase() && b.is_ascii_uppercase() {
                                a
                            } else {
                                a.to_ascii_lowercase()
                            }
                        })
                        .collect();
                    self.patterns[index] = merged.into_boxed_str();
                }
                index
            }
            None => {
                let index = self.patterns.len();
                self.patterns.push(form.into());
                self.cases.push(case);
                self.entries.push(Vec::new());
                self.by_key.insert(key, index);
                index
            }
        };
        if !self.entries[index].contains(&entry) {
            self.entries[index].push(entry);
        }
    }

    pub fn build(self) -> Lexicon {
        let pattern_bytes: usize = self.patterns.iter().map(|p| p.len()).sum();
        self.build_as(pattern_bytes <= DFA_MAX_PATTERN_BYTES)
    }

    /// Builds the lexicon walking a DFA when `dfa`, else a contiguous NFA
    /// (the same matches either way).
    fn build_as(self, dfa: bool) -> Lexicon {
        // Patterns are lowercase: the text is searched in its lowercase
        // copy. `match_at` walks the automaton itself: no prefilter.
        let lowercase = self.patterns.iter().map(|p| p.to_ascii_lowercase());
        let automaton = if self.patterns.is_empty() {
            None
        } else if dfa {
            // A small lexicon (roles, affixes, head nouns, countries): an
            // anchored-only DFA steps a byte with one table read, where the
            // NFA searches the state's transitions. Its table is 70-430 KiB
            // for these (0.8 MiB for the four) and builds as fast.
            DFA::builder()
                .match_kind(MatchKind::Standard)
                .start_kind(StartKind::Anchored)
                .prefilter(false)
                .build(lowercase)
                .ok()
                .map(Matcher::Dfa)
        } else {
            // A contiguous NFA with standard match semantics builds in half
            // the time of a leftmost-longest one (and far faster than a
            // DFA) for ten thousand names; `match_at` walks it from the
            // anchored start and keeps the longest match itself.
            NFA::builder()
                .match_kind(MatchKind::Standard)
                .prefilter(false)
                .build(lowercase)
                .ok()
                .map(Matcher::Nfa)
        };
        let mut offsets = Vec::with_capacity(self.entries.len() + 1);
        let mut flat = Vec::new();
        offsets.push(0u32);
        for list in &self.entries {
            flat.extend_from_slice(list);
            offsets.push(flat.len() as u32);
        }
        let mut capital_offsets = Vec::with_capacity(self.patterns.len() + 1);
        let mut capitals = Vec::new();
        capital_offsets.push(0u32);
        for (pattern, &case) in self.patterns.iter().zip(&self.cases) {
            capitals.extend(capitals_of(pattern, case));
            capital_offsets.push(capitals.len() as u32);
        }
        Lexicon {
            automaton,
            first_states: std::sync::OnceLock::new(),
            patterns: self.patterns,
            capital_offsets,
            capitals,
            offsets,
            entries: flat,
            by_key: self.by_key,
        }
    }
}

/// The byte offsets of a pattern where its case rule wants a capital in
/// the text: every capital of an acronym, the capitals that start a
/// capitalised name's words, the first byte of an `Initial` name.
fn capitals_of(pattern: &str, case: Case) -> Vec<u16> {
    let bytes = pattern.as_bytes();
    let offsets = 0..bytes.len().min(usize::from(u16::MAX)) as u16;
    match case {
        Case::Insensitive => Vec::new(),
        Case::Capitals => offsets
            .filter(|&o| bytes[usize::from(o)].is_ascii_uppercase())
            .collect(),
        Case::Initial => vec![0],
        Case::Capitalized => offsets
            .filter(|&o| {
                let word_start = o == 0 || matches!(bytes[usize::from(o) - 1], b' ' | b'/' | b'(');
                word_start && bytes[usize::from(o)].is_ascii_uppercase()
            })
            .collect(),
    }
}

/// The key of a token's folded bytes in [`Lexicon::first_states`]: the
/// bytes zero-padded to sixteen, the length in the last; `None` for tokens
/// longer than fifteen bytes.
#[inline]
fn first_token_key(word: &[u8]) -> Option<(u64, u64)> {
    let n = word.len();
    let (lo, hi) = match n {
        0..=7 => (crate::fold::tail_word(word), 0),
        8..=15 => {
            let mut head = [0u8; 8];
            head.copy_from_slice(&word[..8]);
            (u64::from_le_bytes(head), crate::fold::tail_word(&word[8..]))
        }
        _ => return None,
    };
    Some((lo, hi | (n as u64) << 56))
}

/// Where a walk stands after a pattern's first word (see
/// [`first_token_states`]).
#[derive(Clone, Copy)]
struct FirstState {
    /// The state the walk reaches.
    state: StateID,
    /// The pattern that is the word alone, if one is: the one match the
    /// walk keeps there (patterns are distinct, so one at most has the
    /// word's length); `u32::MAX` for none.
    pattern: u32,
}

/// The state an anchored walk of `aut` reaches after the first word of
/// each pattern (up to its first space, lowercase), by the word's
/// [`first_token_key`]: a walk that starts at a token with one of these
/// texts starts there, without stepping through its bytes. Only states
/// that are not dead are kept: a text whose walk dies within it has no
/// entry, and is walked byte by byte as any other. (Any text's state would
/// do: the entries only save the steps; these are the tokens walks start
/// at.)
fn first_token_states<A: Automaton>(
    aut: &A,
    patterns: &[Box<str>],
) -> FastMap<(u64, u64), FirstState> {
    let mut states = FastMap::default();
    let Ok(start) = aut.start_state(Anchored::Yes) else {
        return states;
    };
    for pattern in patterns {
        let bytes = pattern.as_bytes();
        let word = &bytes[..bytes.iter().position(|&b| b == b' ').unwrap_or(bytes.len())];
        let mut lower = [0u8; 15];
        let Some(lower) = lower.get_mut(..word.len()) else {
            continue;
        };
        for (l, &b) in lower.iter_mut().zip(word) {
            *l = b.to_ascii_lowercase();
        }
        let Some(key) = first_token_key(lower) else {
            continue;
        };
        let std::collections::hash_map::Entry::Vacant(entry) = states.entry(key) else {
            continue;
        };
        let mut state = start;
        for &b in &*lower {
            state = aut.next_state(Anchored::Yes, state, b);
            if aut.is_dead(state) {
                break;
            }
        }
        if aut.is_dead(state) {
            continue;
        }
        let matches = if aut.is_match(state) {
            aut.match_len(state)
        } else {
            0
        };
        let alone = (0..matches)
            .map(|m| aut.match_pattern(state, m))
            .find(|&p| aut.pattern_len(p) == lower.len());
        entry.insert(FirstState {
            state,
            pattern: alone.map_or(u32::MAX, |p| p.as_u32()),
        });
    }
    states
}

/// Lexicons whose patterns add up to at most this many bytes are walked
/// as a DFA (roles, affixes, head nouns, countries: 1-4 KiB each). The
/// larger ones stay contiguous NFAs, whose table is a fraction of a DFA's:
/// as DFAs the titles' (44 KiB of patterns) and bodies' (25 KiB) would hold
/// 5.1 and 3.7 MiB and take longer to build than the whole analyzer does
/// now, for 1.5 % fewer instructions; the gazetteer's (110 KiB) more.
const DFA_MAX_PATTERN_BYTES: usize = 8 << 10;

/// The automaton a lexicon walks.
enum Matcher {
    Nfa(NFA),
    Dfa(DFA),
}

/// Patterns and their payloads, matched at token starts.
pub(crate) struct Lexicon {
    automaton: Option<Matcher>,
    /// The state after the first word of each pattern (see
    /// [`first_token_states`]); most walks start at such a token, and start
    /// past it. Made on the first walk: building them with the analyzer
    /// would slow its start-up (about 3 %).
    first_states: std::sync::OnceLock<FastMap<(u64, u64), FirstState>>,
    patterns: Vec<Box<str>>,
    /// Per pattern, the range of `capitals` its case rule reads.
    capital_offsets: Vec<u32>,
    /// The byte offsets where the patterns' case rules want a capital
    /// ([`capitals_of`]), precomputed: a match's case is checked at these
    /// bytes only.
    capitals: Vec<u16>,
    offsets: Vec<u32>,
    entries: Vec<u32>,
    by_key: FastMap<Box<str>, usize>,
}

impl Lexicon {
    /// The payload entries of a pattern.
    #[inline]
    pub fn entries(&self, pattern: usize) -> &[u32] {
        let start = self.offsets[pattern] as usize;
        let end = self.offsets[pattern + 1] as usize;
        &self.entries[start..end]
    }

    /// The pattern for `form`, compared ignoring ASCII case.
    pub fn lookup(&self, form: &str) -> Option<usize> {
        let mut buf = [0u8; 64];
        match crate::fold::ascii_lower(form.trim(), &mut buf) {
            Some(key) => self.by_key.get(key).copied(),
            None => self
                .by_key
                .get(form.trim().to_ascii_lowercase().as_str())
                .copied(),
        }
    }

    /// The patterns as added.
    pub fn patterns(&self) -> impl Iterator<Item = &str> + '_ {
        self.patterns.iter().map(|p| &**p)
    }

    /// Number of patterns.
    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    /// Heap bytes held by the automaton.
    pub fn automaton_heap_bytes(&self) -> usize {
        match &self.automaton {
            Some(Matcher::Nfa(nfa)) => nfa.memory_usage(),
            Some(Matcher::Dfa(dfa)) => dfa.memory_usage(),
            None => 0,
        }
    }

    /// The longest pattern that starts at token `first`, ends where a
    /// token ends and satisfies its case rule.
    pub fn match_at(&self, hay: &Haystack<'_, '_>, first: usize) -> Option<Hit> {
        let caseless = hay.caseless.get(first).copied().unwrap_or(false);
        self.match_at_with_case(hay, first, caseless)
    }

    /// [`Lexicon::match_at`], ignoring every pattern's case rule when
    /// `caseless` ("kabupaten morowali utara": a trigger vouches for the
    /// name).
    pub fn match_at_with_case(
        &self,
        hay: &Haystack<'_, '_>,
        first: usize,
        caseless: bool,
    ) -> Option<Hit> {
        match self.automaton.as_ref()? {
            Matcher::Nfa(nfa) => {
                let first_states = self
                    .first_states
                    .get_or_init(|| first_token_states(nfa, &self.patterns));
                self.walk(nfa, hay, first, caseless, Some(first_states))
            }
            Matcher::Dfa(dfa) => {
                let first_states = self
                    .first_states
                    .get_or_init(|| first_token_states(dfa, &self.patterns));
                self.walk(dfa, hay, first, caseless, Some(first_states))
            }
        }
    }

    /// [`Lexicon::match_at_with_case`] on either automaton.
    #[inline]
    fn walk<A: Automaton>(
        &self,
        aut: &A,
        hay: &Haystack<'_, '_>,
        first: usize,
        caseless: bool,
        first_states: Option<&FastMap<(u64, u64), FirstState>>,
    ) -> Option<Hit> {
        let tokens = hay.tokens;
        let token = tokens.get(first)?;
        let start = token.span.start;
        let bytes = hay.folded.as_bytes().get(start..)?;
        // Walk the automaton from its anchored start: every state reached
        // that holds a pattern as long as the walk so far is a pattern
        // starting at `start`. Keep the longest that ends at a token end,
        // so "Morowali Utaranya" still yields "Morowali".
        let mut last = first;
        let mut best = None;
        // The state after the whole first token when it is the first token
        // of some pattern: the same state the walk below reaches there (a
        // match inside the token is no hit, as none ends at a token end).
        let len = token.span.len();
        let cached =
            first_states.and_then(|states| states.get(&first_token_key(bytes.get(..len)?)?));
        let (mut state, from) = match cached {
            Some(&FirstState { state, pattern }) => {
                // The first token alone: the match the loop's check below
                // would keep at its end, known in advance.
                if pattern != u32::MAX {
                    let pattern = pattern as usize;
                    let end = start + len;
                    if caseless || self.case_agrees(pattern, &hay.text[start..end]) {
                        best = Some(Hit {
                            pattern,
                            first,
                            last,
                            span: Span::new(start, end),
                        });
                    }
                }
                (state, len)
            }
            None => (aut.start_state(Anchored::Yes).ok()?, 0),
        };
        let mut visit = |state: StateID, k: usize, best: &mut Option<Hit>| {
            let end = start + k + 1;
            while last + 1 < tokens.len() && tokens[last].span.end < end {
                last += 1;
            }
            if tokens[last].span.end != end {
                return;
            }
            for m in 0..aut.match_len(state) {
                let pattern = aut.match_pattern(state, m);
                if aut.pattern_len(pattern) == k + 1
                    && (caseless || self.case_agrees(pattern.as_usize(), &hay.text[start..end]))
                {
                    *best = Some(Hit {
                        pattern: pattern.as_usize(),
                        first,
                        last,
                        span: Span::new(start, end),
                    });
                }
            }
        };
        for (k, &b) in bytes.iter().enumerate().skip(from) {
            state = aut.next_state(Anchored::Yes, state, b);
            // Most states are neither dead nor matches: one test for both.
            if !aut.is_special(state) {
                continue;
            }
            if aut.is_dead(state) {
                break;
            }
            if !aut.is_match(state) {
                continue;
            }
            visit(state, k, &mut best);
        }
        best
    }

    /// Whether `written` (same length as the pattern) agrees with the
    /// pattern's case rule: a capital at each of its [`capitals_of`].
    #[inline]
    fn case_agrees(&self, pattern: usize, written: &str) -> bool {
        let from = self.capital_offsets[pattern] as usize;
        let to = self.capital_offsets[pattern + 1] as usize;
        let written = written.as_bytes();
        self.capitals[from..to].iter().all(|&o| {
            written
                .get(usize::from(o))
                .is_some_and(u8::is_ascii_uppercase)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    /// The builder of a lexicon of `forms`, each its own entry.
    fn builder_of(forms: &[(&str, Case)]) -> LexiconBuilder {
        let mut b = LexiconBuilder::default();
        for (i, (form, case)) in forms.iter().enumerate() {
            b.add(form, *case, i as u32);
        }
        b
    }

    fn lexicon(forms: &[(&str, Case)]) -> Lexicon {
        builder_of(forms).build()
    }

    /// A lexicon of `forms` as an NFA or a DFA.
    fn lexicon_of(forms: &[(&str, Case)], dfa: bool) -> Lexicon {
        builder_of(forms).build_as(dfa)
    }

    fn hits<'t>(lex: &Lexicon, text: &'t str) -> Vec<&'t str> {
        let tokens: Vec<_> = tokenize(text).collect();
        let folded = text.to_ascii_lowercase();
        let hay = Haystack {
            text,
            folded: &folded,
            tokens: &tokens,
            caseless: &[],
        };
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            match lex.match_at(&hay, i) {
                Some(hit) => {
                    out.push(&text[hit.span]);
                    i = hit.last + 1;
                }
                None => i += 1,
            }
        }
        out
    }

    #[test]
    fn walks_from_a_first_words_state_find_what_walks_from_the_start_find() {
        let forms = [
            ("Morowali", Case::Capitalized),
            ("Morowali Utara", Case::Capitalized),
            ("Kab. Sigi", Case::Capitalized),
            ("Kota Palu", Case::Capitalized),
            ("Palu", Case::Capitalized),
            ("KPU", Case::Capitals),
            ("Kepala Dinas", Case::Insensitive),
            ("Kepala", Case::Insensitive),
            ("Tojo Una-Una", Case::Initial),
            ("Sa'dan", Case::Capitalized),
            ("Pangkajenekepulauanpanjang Sekali", Case::Capitalized),
        ];
        let build = |dfa: bool| lexicon_of(&forms, dfa);
        let (nfa, dfa) = (build(false), build(true));
        let text = "Morowali Utaranya, Morowali Utara; KOTA PALU kota Palu Kab.Sigi \
                    Kab. Sigi kepala dinas Kepala Dinas, kepala. Tojo una-una Sa'dan \
                    KPU kpu Pal Palu\nPangkajenekepulauanpanjang Sekali Morowali";
        let tokens: Vec<_> = tokenize(text).collect();
        let folded = text.to_ascii_lowercase();
        let hay = Haystack {
            text,
            folded: &folded,
            tokens: &tokens,
            caseless: &[],
        };
        // Each automaton walked from its start, without the first states.
        let from_start = |lexicon: &Lexicon, i: usize, caseless: bool| match &lexicon.automaton {
            Some(Matcher::Nfa(nfa)) => lexicon.walk(nfa, &hay, i, caseless, None),
            Some(Matcher::Dfa(dfa)) => lexicon.walk(dfa, &hay, i, caseless, None),
            None => None,
        };
        let mut found = 0;
        for i in 0..tokens.len() {
            for caseless in [false, true] {
                let hit = from_start(&nfa, i, caseless);
                assert_eq!(hit, from_start(&dfa, i, caseless), "token {i}");
                assert_eq!(hit, nfa.match_at_with_case(&hay, i, caseless), "token {i}");
                assert_eq!(hit, dfa.match_at_with_case(&hay, i, caseless), "token {i}");
                found += usize::from(hit.is_some());
            }
        }
        assert!(found > 10, "{found}");
        for lexicon in [&nfa, &dfa] {
            assert!(!lexicon.first_states.get().is_none_or(FastMap::is_empty));
        }
    }

    #[test]
    fn longest_match_at_token_boundaries() {
        let lex = lexicon(&[
            ("Morowali", Case::Capitalized),
            ("Morowali Utara", Case::Capitalized),
            ("Gowa", Case::Capitalized),
        ]);
        assert_eq!(
            hits(
                &lex,
                "Morowali Utara dan Morowali, bukan Gowanya; Morowali Utaranya"
            ),
            ["Morowali Utara", "Morowali", "Morowali"]
        );
    }

    #[test]
    fn case_rules() {
        let lex = lexicon(&[
            ("Palu", Case::Capitalized),
            ("KPU", Case::Capitals),
            ("Bupati", Case::Insensitive),
            ("Pangkajene dan Kepulauan", Case::Capitalized),
        ]);
        assert_eq!(hits(&lex, "palu hakim di Palu"), ["Palu"]);
        assert_eq!(hits(&lex, "PALU kpu KPU"), ["PALU", "KPU"]);
        assert_eq!(hits(&lex, "bupati BUPATI"), ["bupati", "BUPATI"]);
        assert_eq!(
            hits(&lex, "Pangkajene dan Kepulauan"),
            ["Pangkajene dan Kepulauan"]
        );
        assert_eq!(hits(&lex, "Pangkajene dan kepulauan"), Vec::<&str>::new());
    }

    #[test]
    fn duplicate_forms_share_a_pattern() {
        let mut b = LexiconBuilder::default();
        b.add("Bone", Case::Capitalized, 1);
        b.add("BONE", Case::Capitalized, 2);
        b.add("Bone", Case::Capitalized, 2);
        let lex = b.build();
        assert_eq!(lex.len(), 1);
        assert_eq!(lex.entries(0), [1, 2]);
        assert_eq!(lex.lookup("bone"), Some(0));
    }

    #[test]
    fn dfa_and_nfa_find_the_same_matches() {
        let forms = [
            ("Palu", Case::Capitalized),
            ("Morowali", Case::Capitalized),
            ("Morowali Utara", Case::Capitalized),
            ("KPU", Case::Capitals),
            ("Bupati", Case::Insensitive),
            ("Wakil Bupati", Case::Insensitive),
            ("Bone bolango", Case::Initial),
        ];
        let build = |dfa: bool| lexicon_of(&forms, dfa);
        let text = "Wakil Bupati Morowali Utaranya di palu, Palu; kpu KPU \
                    Bone bolango BONE BOLANGO wakil bupati Morowali Utara";
        let (dfa, nfa) = (build(true), build(false));
        assert!(matches!(dfa.automaton, Some(Matcher::Dfa(_))));
        assert!(matches!(nfa.automaton, Some(Matcher::Nfa(_))));
        assert_eq!(hits(&dfa, text), hits(&nfa, text));
        assert_eq!(
            hits(&dfa, text),
            [
                "Wakil Bupati",
                "Morowali",
                "Palu",
                "KPU",
                "Bone bolango",
                "BONE BOLANGO",
                "wakil bupati",
                "Morowali Utara"
            ]
        );
    }

    /// The case rules as first written, read from the pattern at each
    /// match: [`Lexicon::case_agrees`] must agree with it.
    fn case_agrees_by_reading(expected: &str, case: Case, written: &str) -> bool {
        let (expected, written) = (expected.as_bytes(), written.as_bytes());
        match case {
            Case::Insensitive => true,
            Case::Capitals => expected
                .iter()
                .zip(written)
                .all(|(e, w)| !e.is_ascii_uppercase() || w.is_ascii_uppercase()),
            Case::Initial => written.first().is_some_and(u8::is_ascii_uppercase),
            Case::Capitalized => {
                let mut word_start = true;
                for (e, w) in expected.iter().zip(written) {
                    if word_start && e.is_ascii_uppercase() && !w.is_ascii_uppercase() {
                        return false;
                    }
                    word_start = matches!(e, b' ' | b'/' | b'(');
                }
                true
            }
        }
    }

    #[test]
    fn precomputed_capitals_keep_the_case_rules() {
        let forms = [
            ("Pangkajene dan Kepulauan", Case::Capitalized),
            ("Kota/Kab (Palu)", Case::Capitalized),
            ("KPU dKI", Case::Capitals),
            ("Bone bolango", Case::Initial),
            ("Bupati", Case::Insensitive),
            ("9 Desa", Case::Capitalized),
        ];
        let lex = lexicon(&forms);
        for (pattern, &(form, case)) in forms.iter().enumerate() {
            // Every combination of capitals over the form's letters.
            let letters: Vec<usize> = (0..form.len())
                .filter(|&o| form.as_bytes()[o].is_ascii_alphabetic())
                .collect();
            for bits in 0u32..1 << letters.len().min(16) {
                let mut written = form.to_ascii_lowercase().into_bytes();
                for (n, &o) in letters.iter().take(16).enumerate() {
                    if bits & 1 << n != 0 {
                        written[o] = written[o].to_ascii_uppercase();
                    }
                }
                let written = String::from_utf8(written).unwrap();
                assert_eq!(
                    lex.case_agrees(pattern, &written),
                    case_agrees_by_reading(form, case, &written),
                    "{form:?} written {written:?}"
                );
            }
        }
    }

    #[test]
    fn empty_lexicon_matches_nothing() {
        let lex = LexiconBuilder::default().build();
        assert!(hits(&lex, "Palu").is_empty());
    }
}
