//! Multi-word lexicon matching anchored at token starts.
//!
//! Every lexicon stage (regions, titles, organisations) looks phrases up the
//! same way: a trie of the lowercase patterns walked *anchored* at the start
//! of a candidate token over the text's lowercase copy, keeping the longest
//! hit that ends where a token ends. Searching only at token starts avoids
//! the hits inside words that an unanchored scan reports ("Gowa" in
//! "Gowanya") and the cost of finding them.

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
        // Patterns are lowercase in the trie: the text is searched in its
        // lowercase copy.
        let trie = Trie::new(
            self.patterns
                .iter()
                .map(|p| p.to_ascii_lowercase())
                .collect(),
        );
        let mut offsets = Vec::with_capacity(self.entries.len() + 1);
        let mut flat = Vec::new();
        offsets.push(0u32);
        for list in &self.entries {
            flat.extend_from_slice(list);
            offsets.push(flat.len() as u32);
        }
        let capitals = self
            .patterns
            .iter()
            .zip(&self.cases)
            .map(|(p, &case)| capital_positions(p.as_bytes(), case))
            .collect();
        Lexicon {
            trie,
            patterns: self.patterns,
            cases: self.cases,
            capitals,
            offsets,
            entries: flat,
            by_key: self.by_key,
        }
    }
}

/// Patterns and their payloads, matched at token starts.
pub(crate) struct Lexicon {
    trie: Trie,
    patterns: Vec<Box<str>>,
    cases: Vec<Case>,
    /// Per pattern of at most 64 bytes, the bytes its case rule wants
    /// capitalised ([`capital_positions`]).
    capitals: Vec<u64>,
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

    /// Heap bytes held by the trie.
    pub fn automaton_heap_bytes(&self) -> usize {
        self.trie.heap_bytes()
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
        let tokens = hay.tokens;
        let start = tokens.get(first)?.span.start;
        let bytes = hay.folded.as_bytes().get(start..)?;
        // Walk the trie from its root: every node reached that ends a
        // pattern holds the pattern spelt by the walk so far, starting at
        // `start`. Keep the longest that ends at a token end and agrees
        // with its case rule, so "Morowali Utaranya" still yields
        // "Morowali". The walk collects the patterns' ends first, a few at
        // a time, so that its loop keeps to the trie.
        let mut walk = Walk {
            node: self.trie.root_child(*bytes.first()?)?,
            at: 0,
        };
        let mut ends = [(0u32, 0u32); 8];
        let mut last = first;
        let mut best = None;
        loop {
            let found = self.trie.pattern_ends(bytes, &mut walk, &mut ends);
            for &(pattern, len) in &ends[..found] {
                let (pattern, end) = (pattern as usize, start + len as usize);
                while last + 1 < tokens.len() && tokens[last].span.end < end {
                    last += 1;
                }
                if tokens[last].span.end == end
                    && (caseless || self.case_agrees(pattern, &hay.text[start..end]))
                {
                    best = Some(Hit {
                        pattern,
                        first,
                        last,
                        span: Span::new(start, end),
                    });
                }
            }
            if found < ends.len() {
                break;
            }
        }
        best
    }

    /// Whether `written` (same length as the pattern) agrees with the
    /// pattern's case rule.
    fn case_agrees(&self, pattern: usize, written: &str) -> bool {
        let expected = self.patterns[pattern].as_bytes();
        let written = written.as_bytes();
        if expected.len() != written.len() {
            return false;
        }
        // A rule is a set of bytes that must be capitals: tested bit by
        // bit, where most patterns have one or two.
        if expected.len() <= 64 {
            let mut must = self.capitals[pattern];
            while must != 0 {
                if !written[must.trailing_zeros() as usize].is_ascii_uppercase() {
                    return false;
                }
                must &= must - 1;
            }
            return true;
        }
        match self.cases[pattern] {
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
}

/// The bytes of a pattern of at most 64 bytes (as a bit set) that its
/// case rule wants written as capitals: every capital of the pattern
/// ([`Case::Capitals`]), those that start its words
/// ([`Case::Capitalized`]), the first byte ([`Case::Initial`]) or none.
fn capital_positions(pattern: &[u8], case: Case) -> u64 {
    if pattern.len() > 64 {
        return 0;
    }
    let mut bits = 0u64;
    let mut word_start = true;
    for (k, &e) in pattern.iter().enumerate() {
        let must = match case {
            Case::Insensitive => false,
            Case::Capitals => e.is_ascii_uppercase(),
            Case::Initial => k == 0,
            Case::Capitalized => word_start && e.is_ascii_uppercase(),
        };
        bits |= u64::from(must) << k;
        word_start = matches!(e, b' ' | b'/' | b'(');
    }
    bits
}

/// Lowercase patterns in a trie, walked one byte a step from a token's
/// start. A node's children are consecutive nodes (laid out breadth
/// first), their edge bytes side by side in `bytes`: a node with one child
/// (most nodes past the first letters) costs one comparison a step, one
/// with a few eight bytes compared at once, one with many (the first
/// letters', which every walk passes) a table by byte class. The root's
/// children are found through a table by byte.
struct Trie {
    nodes: Vec<Node>,
    /// Per node, the byte of the edge into it; eight bytes of padding
    /// after the last, so that eight can always be read.
    bytes: Vec<u8>,
    /// The root's child for each byte (0: none; node 0 is the root).
    root: Box<[u32; 256]>,
    /// Each byte's class: 0 for a byte no pattern has, else from 1.
    classes: Box<[u8; 256]>,
    /// The children of nodes with many (the first letters' nodes, where
    /// most walks pass), by class: one table of `1 + classes` entries per
    /// such node, 0 for none.
    dense: Vec<u32>,
}

/// Where a walk down the trie is: `node`, reached by the bytes up to
/// `at` (`u32::MAX`: the walk is over).
struct Walk {
    node: u32,
    at: usize,
}

#[derive(Clone, Copy)]
struct Node {
    /// The node's first child.
    first: u32,
    /// The pattern ending at this node plus one (0: none) in the low
    /// [`Trie::PATTERN_BITS`], the number of children above them.
    info: u32,
}

impl Trie {
    const PATTERN_BITS: u32 = 23;
    const PATTERN_MASK: u32 = (1 << Trie::PATTERN_BITS) - 1;
    /// The count of children that marks a node whose `first` is the
    /// offset of its table in `dense`.
    const DENSE: u32 = (1 << (32 - Trie::PATTERN_BITS)) - 1;
    /// Nodes with at least this many children get a table.
    const DENSE_FROM: usize = 5;

    /// The trie of `patterns`, each named by its index. Patterns are
    /// distinct.
    fn new(patterns: Vec<String>) -> Trie {
        assert!(
            patterns.len() < Trie::PATTERN_MASK as usize,
            "too many patterns"
        );
        let mut order: Vec<u32> = (0..patterns.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| patterns[a as usize].cmp(&patterns[b as usize]));
        let key = |k: usize| patterns[order[k] as usize].as_bytes();
        let mut nodes = vec![Node { first: 0, info: 0 }];
        let mut bytes = vec![0u8];
        // Breadth first: a node and the sorted patterns below it (sharing
        // the `depth` bytes that spell its path); its children are made
        // together, so that they are consecutive.
        let mut queue = std::collections::VecDeque::from([(0usize, 0usize, order.len(), 0usize)]);
        while let Some((id, mut lo, hi, depth)) = queue.pop_front() {
            // The pattern spelt by the path itself sorts first.
            if lo < hi && key(lo).len() == depth {
                nodes[id].info = order[lo] + 1;
                lo += 1;
            }
            let first = nodes.len();
            let mut k = lo;
            while k < hi {
                let byte = key(k)[depth];
                let mut end = k + 1;
                while end < hi && key(end)[depth] == byte {
                    end += 1;
                }
                queue.push_back((nodes.len(), k, end, depth + 1));
                nodes.push(Node { first: 0, info: 0 });
                bytes.push(byte);
                k = end;
            }
            nodes[id].first = first as u32;
            nodes[id].info |= ((nodes.len() - first) as u32) << Trie::PATTERN_BITS;
        }
        let mut root = Box::new([0u32; 256]);
        for child in Trie::children(&nodes, 0) {
            root[usize::from(bytes[child])] = child as u32;
        }
        let mut classes = Box::new([0u8; 256]);
        let mut count = 0usize;
        for &b in &bytes[1..] {
            if classes[usize::from(b)] == 0 && count < 255 {
                count += 1;
                classes[usize::from(b)] = count as u8;
            }
        }
        // Patterns with every byte value (none here) would leave a byte
        // without a class: then no node gets a table.
        let tables = count < 255;
        let width = count + 1;
        let mut dense = Vec::new();
        for id in 1..nodes.len() {
            let children = Trie::children(&nodes, id);
            if !tables || children.len() < Trie::DENSE_FROM {
                continue;
            }
            let table = dense.len();
            dense.resize(table + width, 0);
            for child in children {
                dense[table + usize::from(classes[usize::from(bytes[child])])] = child as u32;
            }
            nodes[id].first = table as u32;
            nodes[id].info |= Trie::DENSE << Trie::PATTERN_BITS;
        }
        bytes.extend([0; 8]);
        nodes.shrink_to_fit();
        bytes.shrink_to_fit();
        Trie {
            nodes,
            bytes,
            root,
            classes,
            dense,
        }
    }

    /// The children of node `id` while the trie is built (consecutive).
    fn children(nodes: &[Node], id: usize) -> std::ops::Range<usize> {
        let first = nodes[id].first as usize;
        first..first + (nodes[id].info >> Trie::PATTERN_BITS) as usize
    }

    #[inline]
    fn root_child(&self, byte: u8) -> Option<u32> {
        let id = self.root[usize::from(byte)];
        (id != 0).then_some(id)
    }

    /// Walks on from `walk` along `bytes` (`walk.node` reached by
    /// `bytes[..=walk.at]`), writing the patterns that end on the way and
    /// their lengths into `ends`; returns how many, `ends.len()` when it
    /// stopped because `ends` is full (`walk` is then where to go on).
    /// Not inlined: on its own, the loop keeps the trie in registers.
    #[inline(never)]
    fn pattern_ends(&self, bytes: &[u8], walk: &mut Walk, ends: &mut [(u32, u32)]) -> usize {
        let (mut id, mut at) = (walk.node, walk.at);
        let mut found = 0;
        while let Some(&node) = self.nodes.get(id as usize) {
            if let Some(pattern) = Trie::pattern(node) {
                let Some(slot) = ends.get_mut(found) else {
                    break;
                };
                *slot = (pattern as u32, at as u32 + 1);
                found += 1;
            }
            at += 1;
            id = match bytes.get(at) {
                Some(&b) => self.child(node, b).unwrap_or(u32::MAX),
                None => u32::MAX,
            };
        }
        *walk = Walk { node: id, at };
        found
    }

    /// The pattern ending at `node`.
    #[inline]
    fn pattern(node: Node) -> Option<usize> {
        (node.info & Trie::PATTERN_MASK)
            .checked_sub(1)
            .map(|p| p as usize)
    }

    /// The child of `node` by `byte`.
    #[inline]
    fn child(&self, node: Node, byte: u8) -> Option<u32> {
        let count = (node.info >> Trie::PATTERN_BITS) as usize;
        let first = node.first as usize;
        if count <= 1 {
            return (count == 1 && self.bytes.get(first) == Some(&byte)).then_some(node.first);
        }
        if count == Trie::DENSE as usize {
            let class = usize::from(self.classes[usize::from(byte)]);
            let id = *self.dense.get(first + class)?;
            return (id != 0).then_some(id);
        }
        // Eight edge bytes at a time: the lowest byte equal to `byte` is
        // the lowest zero of `x` (a borrow marks bytes only above a zero).
        const ONES: u64 = 0x0101_0101_0101_0101;
        let end = first + count;
        let mut at = first;
        while at < end {
            let chunk: [u8; 8] = self.bytes.get(at..at + 8)?.try_into().ok()?;
            let x = u64::from_le_bytes(chunk) ^ (u64::from(byte) * ONES);
            let zero = x.wrapping_sub(ONES) & !x & (ONES << 7);
            if zero != 0 {
                let k = at + (zero.trailing_zeros() / 8) as usize;
                return (k < end).then_some(k as u32);
            }
            at += 8;
        }
        None
    }

    fn heap_bytes(&self) -> usize {
        self.nodes.capacity() * std::mem::size_of::<Node>()
            + self.bytes.capacity()
            + self.dense.capacity() * std::mem::size_of::<u32>()
            + std::mem::size_of::<[u32; 256]>()
            + std::mem::size_of::<[u8; 256]>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    fn lexicon(forms: &[(&str, Case)]) -> Lexicon {
        let mut b = LexiconBuilder::default();
        for (i, (form, case)) in forms.iter().enumerate() {
            b.add(form, *case, i as u32);
        }
        b.build()
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
    fn shared_prefixes_in_any_order() {
        // Added out of order, with prefixes of one another and siblings at
        // every depth: each is found whole, and the longest wins.
        let forms = [
            "Tojo Una-Una",
            "Tojo",
            "Toli-Toli",
            "Tolitoli",
            "Bone",
            "Bone Bolango",
            "Bonebolango",
            "Buol",
            "Bua",
            "Bui",
            "Buton",
            "Butur",
            "A",
        ];
        let lex = lexicon(&forms.map(|f| (f, Case::Insensitive)));
        for form in forms {
            assert_eq!(hits(&lex, form), [form]);
        }
        assert_eq!(hits(&lex, "Bone Bolangox Tojo Una"), ["Bone", "Tojo"]);
        assert!(hits(&lex, "Bon Tol Bu Bux Butu").is_empty());
    }

    #[test]
    fn empty_lexicon_matches_nothing() {
        let lex = LexiconBuilder::default().build();
        assert!(hits(&lex, "Palu").is_empty());
    }
}
