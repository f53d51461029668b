//! People: titled mentions whose names share parts are one person; bare
//! mentions of known names ("kata Iriane"); coreference of what later
//! mentions do not state; jurisdictions inferred from the text.

use std::borrow::Cow;

use crate::entity::Status;
use crate::fold::FastMap;
use crate::gazetteer::{Level, Scope};
use crate::span::Span;
use crate::titles::AffixKind;

use super::super::regions::RegionMention;
use super::super::{Doc, Engine};
use super::{Finder, OfficialMention};

/// First words of names that do not identify a person on their own.
pub(super) const WEAK_NAME_PARTS: &[&str] = &[
    "muhammad", "mohammad", "mohamad", "muhamad", "moh", "moh.", "muh", "muh.", "mhd", "abdul",
    "abd", "andi", "la", "wa", "ni", "i", "haji", "daeng", "dg", "ode", "siti", "nur",
];

/// The lengths of the weak parts by first letter, as bits.
const WEAK_SHAPES: [u32; 26] = {
    let mut bits = [0; 26];
    let mut n = 0;
    while n < WEAK_NAME_PARTS.len() {
        let w = WEAK_NAME_PARTS[n].as_bytes();
        bits[(w[0] - b'a') as usize] |= 1 << w.len();
        n += 1;
    }
    bits
};

/// Whether `word` may be a weak part: not when it is ASCII and no weak part
/// has its first letter and length (a non-ASCII word may fold to one).
fn may_be_weak(word: &str) -> bool {
    let b = word.as_bytes();
    if !word.is_ascii() {
        return true;
    }
    match b.first() {
        Some(c) if c.is_ascii_alphabetic() && b.len() < 32 => {
            WEAK_SHAPES[(c.to_ascii_lowercase() - b'a') as usize] & 1 << b.len() != 0
        }
        _ => false,
    }
}

/// Nouns for a person that a relative clause describes: "pria yang akrab
/// disapa Appi".
const PERSON_NOUNS: &[&str] = &[
    "pria",
    "wanita",
    "perempuan",
    "sosok",
    "pejabat",
    "politisi",
    "mantan",
];

/// Nicknames tied to a title: (token of the nickname, canonical title);
/// no title for "pria yang akrab disapa X", which names the holder written
/// last before it.
pub(super) fn nicknames(f: &Finder<'_, '_>) -> Vec<(usize, Option<String>)> {
    if !f.has_any(&["disapa", "sapaan"]) {
        return Vec::new();
    }
    let tokens = &f.doc.tokens;
    let title_ending_at = |end: usize| -> Option<String> {
        (end.saturating_sub(3)..=end).find_map(|s| {
            let occ = f.title_at(s)?;
            (occ.last == end).then_some(occ.canonical)
        })
    };
    let is_nick = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.is_wordlike() && t.is_capitalized())
    };
    let mut out = Vec::new();
    // "disapa" and "sapaan" are keywords: only their tokens are visited.
    for k in f.keyword_positions().filter(|&k| k > 0) {
        if f.is(k, "disapa") && is_nick(k + 1) {
            // "<title> yang akrab disapa X", "<title> yang biasa disapa X".
            let mut j = k;
            if f.is(j - 1, "akrab") || f.is(j - 1, "biasa") {
                j -= 1;
            }
            if j >= 2 && f.is(j - 1, "yang") {
                if let Some(title) = title_ending_at(j - 2) {
                    out.push((k + 1, Some(title)));
                } else if f.is_one_of(j - 2, PERSON_NOUNS) {
                    out.push((k + 1, None));
                }
            }
        } else if f.is(k, "sapaan") {
            // "X, sapaan akrab <title>", "Ambo Sessu sapaan akrab bupati",
            // "kata Yoyo sapaan akrabnya": the nickname of one or two
            // words before, of the title's holder or of the holder named
            // last before it.
            let Some(end) = (if f.text(k - 1) == "," {
                k.checked_sub(2)
            } else {
                Some(k - 1)
            }) else {
                continue;
            };
            if !is_nick(end) || f.starts_title(end) {
                continue;
            }
            let title = if f.is(k + 1, "akrab") {
                match f.title_at(k + 2) {
                    Some(occ) => Some(occ.canonical),
                    None => continue,
                }
            } else if f.is(k + 1, "akrabnya") {
                None
            } else {
                continue;
            };
            let two_words = end > 0 && f.is_name_word(end - 1, true) && !f.starts_title(end - 1);
            if two_words {
                out.push((end - 1, title.clone()));
            }
            out.push((end, title));
        }
    }
    out
}

/// The lowercase form of token `i`: borrowed from the document's folded
/// copy when it is ASCII (the same as `to_lowercase` there).
fn folded_token<'d>(doc: &'d Doc<'_>, i: usize) -> Cow<'d, str> {
    let t = &doc.tokens[i];
    if t.text.is_ascii() {
        Cow::Borrowed(&doc.folded[t.span.start..t.span.end])
    } else {
        Cow::Owned(t.text.to_lowercase())
    }
}

/// The document's name parts, folded, each given a number: people's names
/// are compared as lists of these numbers. Its memory is kept between
/// documents, so parts are found by hash and located in the document's
/// folded copy (or, for non-ASCII words, in `owned`).
#[derive(Default)]
struct PartTable {
    /// Per part: the hash of its folded text. A short article's few parts
    /// are found by scanning these; past [`PartTable::SCANNED`] parts,
    /// through `by_hash`.
    hashes: Vec<u64>,
    /// Per hash of a folded part, the last part with that hash (filled
    /// only past [`PartTable::SCANNED`] parts).
    by_hash: FastMap<u64, u32>,
    /// Per part: the previous part with the same hash (u32::MAX: none).
    same_hash: Vec<u32>,
    /// Per part: where its folded text is, in the document's folded copy
    /// or (`true`) in `owned`.
    text: Vec<(u32, u32, bool)>,
    owned: String,
    /// Per part: whether it is a weak part ([`WEAK_NAME_PARTS`]).
    weak: Vec<bool>,
    /// Per part: its length in bytes.
    len: Vec<usize>,
}

impl PartTable {
    /// The most parts found by scanning their hashes.
    const SCANNED: usize = 32;

    fn clear(&mut self) {
        self.hashes.clear();
        self.by_hash.clear();
        self.same_hash.clear();
        self.text.clear();
        self.owned.clear();
        self.weak.clear();
        self.len.clear();
    }

    /// Number of parts.
    fn count(&self) -> usize {
        self.weak.len()
    }

    /// The folded text of part `id`.
    fn part<'s>(&'s self, doc: &'s Doc<'_>, id: u32) -> &'s str {
        let (start, end, owned) = self.text[id as usize];
        let (start, end) = (start as usize, end as usize);
        if owned {
            &self.owned[start..end]
        } else {
            &doc.folded[start..end]
        }
    }

    fn hash(folded: &str) -> u64 {
        use std::hash::Hasher;
        let mut h = crate::fold::FastHasher::default();
        h.write(folded.as_bytes());
        h.finish()
    }

    fn find(&self, doc: &Doc<'_>, folded: &str, hash: u64) -> Option<u32> {
        if self.hashes.len() <= Self::SCANNED {
            return (0..self.hashes.len() as u32)
                .find(|&id| self.hashes[id as usize] == hash && self.part(doc, id) == folded);
        }
        let mut id = *self.by_hash.get(&hash)?;
        while id != u32::MAX {
            if self.part(doc, id) == folded {
                return Some(id);
            }
            id = self.same_hash[id as usize];
        }
        None
    }

    /// The part `word` is, a slice of the document's text starting at byte
    /// `start`, numbered if new.
    fn intern_at(&mut self, doc: &Doc<'_>, start: usize, word: &str) -> u32 {
        let lower;
        let (folded, place) = if word.is_ascii() {
            let end = start + word.len();
            (&doc.folded[start..end], (start as u32, end as u32, false))
        } else {
            lower = word.to_lowercase();
            let at = self.owned.len();
            (lower.as_str(), (at as u32, (at + lower.len()) as u32, true))
        };
        let hash = Self::hash(folded);
        if let Some(id) = self.find(doc, folded, hash) {
            return id;
        }
        let id = self.count() as u32;
        self.weak.push(WEAK_NAME_PARTS.contains(&folded));
        self.len.push(folded.len());
        if place.2 {
            self.owned.push_str(folded);
        }
        self.text.push(place);
        self.hashes.push(hash);
        if self.hashes.len() == Self::SCANNED + 1 {
            // Past the scanned parts: index them all by hash.
            for (id, &hash) in self.hashes.iter().enumerate() {
                let previous = self.by_hash.insert(hash, id as u32).unwrap_or(u32::MAX);
                self.same_hash.push(previous);
            }
        } else if self.hashes.len() > Self::SCANNED + 1 {
            let previous = self.by_hash.insert(hash, id).unwrap_or(u32::MAX);
            self.same_hash.push(previous);
        }
        id
    }

    /// The part token `i` is, if any.
    fn of_token(&self, doc: &Doc<'_>, i: usize) -> Option<u32> {
        let t = &doc.tokens[i];
        if t.text.is_ascii() {
            let folded = &doc.folded[t.span.start..t.span.end];
            self.find(doc, folded, Self::hash(folded))
        } else {
            let folded = t.text.to_lowercase();
            self.find(doc, &folded, Self::hash(&folded))
        }
    }

    /// The significant parts of `parts` into `out`: the strong ones, or all
    /// when none is strong.
    fn significant(&self, parts: &[u32], out: &mut Vec<u32>) {
        out.clear();
        out.extend(parts.iter().copied().filter(|&p| !self.weak[p as usize]));
        if out.is_empty() {
            out.extend_from_slice(parts);
        }
    }
}

/// A person's name as a set of folded name parts.
pub(super) struct Person {
    parts: Vec<u32>,
}

/// The folded words of a name's span, numbered in `table`, into `out`:
/// whole words, not initials or acronyms. A span that is part of a token
/// ("Rusli" of "Rusli-Amir") gives only its own words.
fn name_parts(doc: &Doc<'_>, span: Span, table: &mut PartTable, out: &mut Vec<u32>) {
    out.clear();
    let text = &doc.text[span];
    if text.is_ascii() {
        // The same words read byte by byte: ASCII white space is
        // '\t'..='\r' and ' '; a word of letters has no full stop.
        let bytes = text.as_bytes();
        let mut start = 0;
        for end in 0..=bytes.len() {
            if end < bytes.len() && !matches!(bytes[end], b'\t'..=b'\r' | b' ' | b'-') {
                continue;
            }
            let w = &bytes[start..end];
            let whole_word = w.len() >= 2
                && w.iter().any(u8::is_ascii_lowercase)
                && w.iter().all(|&b| b.is_ascii_alphabetic() || b == b'\'');
            if whole_word {
                out.push(table.intern_at(doc, span.start + start, &text[start..end]));
            }
            start = end + 1;
        }
        return;
    }
    for w in text.split(|c: char| c.is_whitespace() || c == '-') {
        let whole_word = w.len() >= 2
            && !w.contains('.')
            && w.chars().any(char::is_lowercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '\'' || c == '\u{2019}');
        if whole_word {
            let start = span.start + (w.as_ptr() as usize - text.as_ptr() as usize);
            out.push(table.intern_at(doc, start, w));
        }
    }
}

/// For mentions whose title names no region: the region the same office
/// is stated for elsewhere in the text, else the dateline's region at the
/// office's level. Marked inferred.
pub(super) fn infer_jurisdictions(
    doc: &Doc<'_>,
    engine: &Engine,
    regions: &[RegionMention],
    mentions: &mut [OfficialMention],
) {
    let gazetteer = &engine.gazetteer;
    // Most mentions state their region: find the others first.
    let unstated = |m: &OfficialMention| {
        // "Ketua KPU RI": the title itself names the nation.
        let names_nation = m.title_span.is_some_and(|s| {
            let written = &doc.text[s];
            written.ends_with(" RI") || written.ends_with("Republik Indonesia")
        });
        // "Lurah Talise": a place named, though without a code.
        let named = m.region.is_some() || m.unlisted_place.is_some();
        !(named || names_nation || matches!(m.scope, Scope::National | Scope::Unbound))
    };
    if !mentions.iter().any(unstated) {
        return;
    }
    let stated: FastMap<&str, u32> = mentions
        .iter()
        .filter(|m| m.title_span.is_some() && !m.inferred)
        .filter_map(|m| Some((m.title.as_str(), m.region?)))
        .collect();
    let dateline = regions
        .iter()
        .find(|m| doc.starts_line(m.first) && m.region.is_some() && m.first < 12)
        .and_then(|m| m.region);
    let mut inferred: Vec<(usize, u32)> = Vec::new();
    for (n, m) in mentions.iter().enumerate() {
        if !unstated(m) {
            continue;
        }
        let from_dateline = || {
            let r = gazetteer.region(dateline?);
            std::iter::once(r)
                .chain(gazetteer.ancestors(r))
                .find(|a| m.scope.admits(a.level()))
                .map(|a| a.index())
        };
        if let Some(r) = stated.get(m.title.as_str()).copied().or_else(from_dateline) {
            inferred.push((n, r));
        }
    }
    drop(stated);
    for (n, r) in inferred {
        mentions[n].region = Some(r);
        mentions[n].inferred = true;
    }
}

/// Links the titled mentions `found` into people, adds the bare mentions of
/// their names outside `covered` tokens, and fills in what later mentions
/// inherit.
pub(super) fn link_people(
    f: &Finder<'_, '_>,
    found: Vec<OfficialMention>,
    covered: Vec<bool>,
) -> Vec<OfficialMention> {
    // No titled mention: no person to link or to mention bare.
    if found.is_empty() {
        return found;
    }
    SCRATCH.with(|c| {
        let s = &mut *c.borrow_mut();
        let all = link_with(f, found, covered, s);
        if !s.is_small() {
            *s = Scratch::default();
        }
        all
    })
}

/// [`link_people`] with the buffers `s`.
fn link_with(
    f: &Finder<'_, '_>,
    mut found: Vec<OfficialMention>,
    covered: Vec<bool>,
    s: &mut Scratch,
) -> Vec<OfficialMention> {
    s.table.clear();
    let people = assign_persons(f.doc, &mut found, s);
    add_nicknames(f, &found, &mut s.persons[..people], &mut s.table);
    let bare = bare_mentions(f, &found, covered, s, people);
    let mut all = found;
    all.extend(bare);
    all.sort_by_key(|m| m.first);
    coreference(&mut all, people, s);
    infer_jurisdictions(f.doc, f.engine, f.regions, &mut all);
    // Renumber people by first appearance.
    let ids = &mut s.ids;
    ids.clear();
    ids.resize(people, u32::MAX);
    let mut next = 0;
    for m in &mut all {
        let id = &mut ids[m.person as usize];
        if *id == u32::MAX {
            *id = next;
            next += 1;
        }
        m.person = *id;
    }
    all
}

/// The buffers of [`link_people`], kept between a thread's documents so
/// that linking a short article allocates none of them again.
#[derive(Default)]
struct Scratch {
    /// The people of the document are the first ones; the others keep
    /// their memory for the next document.
    persons: Vec<Person>,
    table: PartTable,
    by_part: Vec<u32>,
    links: Vec<(u32, u32)>,
    parts: Vec<u32>,
    sig: Vec<u32>,
    psig: Vec<u32>,
    sharing: Vec<u32>,
    first_mention: Vec<usize>,
    part_start: Vec<u32>,
    part_index: Vec<u32>,
    fill: Vec<u32>,
    seen: Vec<bool>,
    first_titled: Vec<usize>,
    stated: Vec<(Option<u32>, Option<Status>)>,
    ids: Vec<u32>,
}

impl Scratch {
    /// Whether the buffers are small enough to keep: a long text's are
    /// freed.
    fn is_small(&self) -> bool {
        const KEPT: usize = 1 << 10;
        self.persons.len() <= KEPT
            && self.links.capacity() <= KEPT
            && self.by_part.capacity() <= KEPT
            && self.part_index.capacity() <= KEPT
            && self.stated.capacity() <= KEPT
            && self.table.count() <= KEPT
    }
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

/// Gives each titled mention its person: mentions whose significant name
/// parts include one another's are one person.
/// The people are the first ones of `s.persons`; returns their number.
fn assign_persons(doc: &Doc<'_>, found: &mut [OfficialMention], s: &mut Scratch) -> usize {
    let Scratch {
        persons,
        table,
        by_part,
        links,
        parts,
        sig,
        psig,
        sharing,
        ..
    } = s;
    // The people each name part belongs to, so that a mention is compared
    // only with the people it shares a part with: per part, the last of
    // its (person, next) links in `links`; u32::MAX ends a chain.
    let mut people = 0;
    by_part.clear();
    links.clear();
    for m in found.iter_mut() {
        name_parts(doc, m.span, table, parts);
        table.significant(parts, sig);
        sharing.clear();
        for &s in sig.iter() {
            let mut link = by_part.get(s as usize).copied().unwrap_or(u32::MAX);
            while let Some(&(person, next)) = links.get(link as usize) {
                sharing.push(person);
                link = next;
            }
        }
        sharing.sort_unstable();
        sharing.dedup();
        let mut same = None;
        if !sig.is_empty() {
            for &p in sharing.iter().rev() {
                table.significant(&persons[p as usize].parts, psig);
                if sig.iter().all(|s| psig.contains(s)) || psig.iter().all(|s| sig.contains(s)) {
                    same = Some(p);
                    break;
                }
            }
        }
        let p = match same {
            Some(p) => p,
            None => {
                match persons.get_mut(people) {
                    Some(kept) => kept.parts.clear(),
                    None => persons.push(Person {
                        parts: Vec::with_capacity(4),
                    }),
                }
                people += 1;
                (people - 1) as u32
            }
        };
        for &part in parts.iter() {
            if !persons[p as usize].parts.contains(&part) {
                if by_part.len() <= part as usize {
                    by_part.resize(part as usize + 1, u32::MAX);
                }
                links.push((p, by_part[part as usize]));
                by_part[part as usize] = (links.len() - 1) as u32;
                persons[p as usize].parts.push(part);
            }
        }
        m.person = p;
        if let Some(alias) = m.alias {
            let t = &doc.tokens[alias];
            let part = table.intern_at(doc, t.span.start, t.text);
            if !persons[p as usize].parts.contains(&part) {
                persons[p as usize].parts.push(part);
            }
        }
    }
    people
}

/// Nicknames the text ties to an office holder ("gubernur yang akrab disapa
/// ASR", "SDK, sapaan akrab gubernur") become parts of the holder's name.
fn add_nicknames(
    f: &Finder<'_, '_>,
    found: &[OfficialMention],
    persons: &mut [Person],
    table: &mut PartTable,
) {
    for (nick, title) in nicknames(f) {
        let holder = match title {
            Some(title) => found
                .iter()
                .filter(|m| m.title == title)
                .min_by_key(|m| (m.first > nick, m.first.abs_diff(nick)))
                .map(|m| m.person),
            // "pria yang akrab disapa Appi": the holder named last before.
            None => found
                .iter()
                .rev()
                .find(|m| {
                    m.first < nick && f.doc.sentence_of(m.first) + 1 >= f.doc.sentence_of(nick)
                })
                .map(|m| m.person),
        };
        if let Some(p) = holder {
            let t = &f.doc.tokens[nick];
            let part = table.intern_at(f.doc, t.span.start, t.text);
            if !persons[p as usize].parts.contains(&part) {
                persons[p as usize].parts.push(part);
            }
        }
    }
}

/// A set of word shapes (first two letters and length, ASCII case
/// ignored) that may give false positives but no false negatives: 1,024
/// bits, cheap to clear per document.
#[derive(Default)]
struct ShapeFilter([u64; 16]);

impl ShapeFilter {
    fn bit(word: &[u8]) -> usize {
        (crate::fold::shape_index(word) * 32 + word.len().min(31)) % 1024
    }

    fn insert(&mut self, word: &[u8]) {
        let b = Self::bit(word);
        self.0[b / 64] |= 1 << (b % 64);
    }

    fn may_contain(&self, word: &[u8]) -> bool {
        let b = Self::bit(word);
        self.0[b / 64] & 1 << (b % 64) != 0
    }
}

/// Bare mentions of the known names ("kata Iriane", "Menurut Djira"), outside
/// titled mentions, bodies and high-level regions.
fn bare_mentions(
    f: &Finder<'_, '_>,
    found: &[OfficialMention],
    covered: Vec<bool>,
    s: &mut Scratch,
    people: usize,
) -> Vec<OfficialMention> {
    first_mentions(found, &mut s.first_mention, people);
    let Some(part_shapes) = index_name_parts(f, s, people) else {
        // No part names anyone: no bare mention.
        return Vec::new();
    };
    let Scratch {
        persons,
        table,
        sig,
        first_mention,
        part_start,
        part_index,
        ..
    } = s;
    let reader = BareNames {
        f,
        found,
        persons: &persons[..people],
        table,
        first_mention,
        part_start,
        part_index,
        part_shapes,
        blocked: blocked_for_bare_names(f, found, covered),
    };
    reader.read(sig)
}

/// Each person's first titled mention (an index in `found`), whose
/// attributes bare mentions take; `usize::MAX` for none.
fn first_mentions(found: &[OfficialMention], first_mention: &mut Vec<usize>, people: usize) {
    first_mention.clear();
    first_mention.resize(people, usize::MAX);
    for (n, m) in found.iter().enumerate() {
        let first = &mut first_mention[m.person as usize];
        if *first == usize::MAX {
            *first = n;
        }
    }
}

/// Indexes the people each significant part of a name names, in the order
/// of the people: `part_index[part_start[id]..part_start[id + 1]]`. The
/// shapes (first two letters, length) of the indexed parts, with which most
/// capitalised words, no part of a known name, are rejected without
/// hashing; `None` when no part names anyone.
fn index_name_parts(f: &Finder<'_, '_>, s: &mut Scratch, people: usize) -> Option<ShapeFilter> {
    let Scratch {
        persons,
        table,
        sig,
        part_start,
        part_index,
        fill,
        ..
    } = s;
    let persons = &persons[..people];
    part_start.clear();
    part_start.resize(table.count() + 1, 0);
    // Two letters only for an alias written in capitals ("RA").
    let indexed = |part: u32| table.len[part as usize] >= 2;
    for person in persons {
        table.significant(&person.parts, sig);
        for &part in sig.iter().filter(|&&part| indexed(part)) {
            part_start[part as usize + 1] += 1;
        }
    }
    for id in 0..table.count() {
        part_start[id + 1] += part_start[id];
    }
    part_index.clear();
    part_index.resize(part_start[table.count()] as usize, 0);
    fill.clear();
    fill.extend_from_slice(part_start);
    for (p, person) in persons.iter().enumerate() {
        table.significant(&person.parts, sig);
        for &part in sig.iter().filter(|&&part| indexed(part)) {
            part_index[fill[part as usize] as usize] = p as u32;
            fill[part as usize] += 1;
        }
    }
    let mut part_shapes = ShapeFilter::default();
    for id in 0..table.count() {
        if part_start[id + 1] > part_start[id] {
            part_shapes.insert(table.part(f.doc, id as u32).as_bytes());
        }
    }
    (!part_index.is_empty()).then_some(part_shapes)
}

/// The tokens no bare mention may take: those of titled mentions (but a
/// person's alias inside one, "Budi Lamba (BL), Kadis …", is a mention of
/// its own), of bodies, of provinces, regencies and cities, and of places
/// after a level word ("warga Kecamatan Towuti").
fn blocked_for_bare_names(
    f: &Finder<'_, '_>,
    found: &[OfficialMention],
    covered: Vec<bool>,
) -> Vec<bool> {
    let mut blocked = covered;
    for m in found {
        if let Some(alias) = m.alias {
            blocked[alias] = false;
        }
    }
    for m in f.orgs {
        for b in &mut blocked[m.first..=m.last] {
            *b = true;
        }
    }
    for m in f.regions {
        let high = m
            .region
            .is_some_and(|r| f.engine.gazetteer.region(r).level() <= Level::City);
        let after_level_word = || {
            m.first
                .checked_sub(1)
                .is_some_and(|p| f.doc.level_word(p).is_some())
        };
        if high || after_level_word() {
            for b in &mut blocked[m.first..=m.last] {
                *b = true;
            }
        }
    }
    blocked
}

/// The walk over the text that finds bare mentions of the document's
/// people, with the index of their names' parts.
struct BareNames<'r, 'a, 't> {
    f: &'r Finder<'a, 't>,
    found: &'r [OfficialMention],
    persons: &'r [Person],
    table: &'r PartTable,
    first_mention: &'r [usize],
    part_start: &'r [u32],
    part_index: &'r [u32],
    part_shapes: ShapeFilter,
    blocked: Vec<bool>,
}

impl BareNames<'_, '_, '_> {
    /// The bare mentions, in text order (`sig`: scratch space).
    fn read(&self, sig: &mut Vec<u32>) -> Vec<OfficialMention> {
        let f = self.f;
        let tokens = &f.doc.tokens;
        let mut bare: Vec<OfficialMention> = Vec::new();
        // The people's initials, made when a word in capitals first asks.
        let mut initials = None;
        let mut k = 0;
        let shapes = f.doc.shapes();
        let any_case = f.doc.has_lower_case_lines();
        while k < tokens.len() {
            // Outside lines without capitals only a capitalised word starts
            // a name: the walk jumps to the next one.
            if !any_case && shapes[k] & super::super::CAPITALIZED_WORD == 0 {
                k = super::super::next_marked(shapes, k + 1, super::super::CAPITALIZED_WORD);
                continue;
            }
            let t = &tokens[k];
            if self.blocked[k]
                || t.kind != crate::TokenKind::Word
                || !(t.is_capitalized() || f.doc.in_lower_case_line(k))
            {
                k += 1;
                continue;
            }
            let Some((start, candidates)) = self.candidates_at(k) else {
                // "… kata Rahmad" after "Rahmat Sulaeman"; "ucap FDW" after
                // "Frans Dwi Wuata".
                let other = misspelt_mention(
                    f,
                    k,
                    &self.blocked,
                    self.persons,
                    self.table,
                    sig,
                    self.first_mention,
                )
                .or_else(|| {
                    initials_mention(f, k, self.found, self.first_mention, &mut initials)
                        .map(|n| (n, k))
                });
                match other {
                    Some((n, last)) => {
                        bare.push(later_mention(tokens, &self.found[n], k, last));
                        k = last + 1;
                    }
                    None => k += 1,
                }
                continue;
            };
            match self.longest_run(k, start, candidates) {
                // "Ny Ratna Dedi Saputra" (the commander's wife): the run of
                // parts inside another's name is passed whole, so its last
                // part ("Saputra") is not read as a mention on its own.
                Some((p, end)) if self.inside_other_name(p, start, end) => k = end + 1,
                Some((p, end)) if !f.in_credit(k) => {
                    let template = self
                        .first_mention
                        .get(p as usize)
                        .filter(|&&n| n != usize::MAX)
                        .map(|&n| &self.found[n]);
                    if let Some(template) = template {
                        let first = self.written_first(k, end, template);
                        bare.push(later_mention(tokens, template, first, end));
                    }
                    k = end + 1;
                }
                _ => k += 1,
            }
        }
        bare
    }

    fn people_of(&self, part: u32) -> &[u32] {
        let part = part as usize;
        &self.part_index[self.part_start[part] as usize..self.part_start[part + 1] as usize]
    }

    /// The people a name part at token `i` may name.
    fn people_at(&self, i: usize) -> Option<&[u32]> {
        let t = self.f.doc.tokens.get(i)?;
        if t.text.len() == 2 && !t.is_all_caps() {
            return None;
        }
        if !self.part_shapes.may_contain(t.text.as_bytes()) && t.text.is_ascii() {
            return None;
        }
        let people = self.people_of(self.table.of_token(self.f.doc, i)?);
        (!people.is_empty()).then_some(people)
    }

    /// Where a run of name parts starts at `k`, and the people its first
    /// part may name: at `k`, or past a weak first part before a strong one
    /// ("Andi Nursami", "La Fala").
    fn candidates_at(&self, k: usize) -> Option<(usize, &[u32])> {
        let f = self.f;
        let t = &f.doc.tokens[k];
        if let Some(c) = self
            .people_at(k)
            .filter(|_| !(t.text.len() > 3 && t.is_all_caps()))
        {
            return Some((k, c));
        }
        let weak_first = !self.blocked.get(k + 1).copied().unwrap_or(true)
            && t.text.len() <= 8
            && may_be_weak(t.text)
            && WEAK_NAME_PARTS.contains(&folded_token(f.doc, k).as_ref());
        weak_first
            .then(|| self.people_at(k + 1))
            .flatten()
            .map(|c| (k + 1, c))
    }

    /// The person of `candidates` whose name's parts run furthest from
    /// `start` (the word at `k` one of them, when the run starts after
    /// it), and the run's last token; `None` when two people's runs are
    /// equally long.
    fn longest_run(&self, k: usize, start: usize, candidates: &[u32]) -> Option<(u32, usize)> {
        let f = self.f;
        let tokens = &f.doc.tokens;
        let blocked = &self.blocked;
        let mut best: Option<(u32, usize)> = None;
        let mut ambiguous = false;
        for &p in candidates {
            let has_part = |i: usize| {
                let parts = &self.persons[p as usize].parts;
                self.table
                    .of_token(f.doc, i)
                    .is_some_and(|id| parts.contains(&id))
            };
            if start != k && !has_part(k) {
                continue;
            }
            let mut end = start;
            // "Saipul A. Mbuinga", "Yohanis A Sumampow": an initial between
            // two parts, with its full stop or without.
            let initial = |i: usize| {
                tokens.get(i).is_some_and(|t| {
                    matches!(
                        t.kind,
                        crate::TokenKind::Abbreviation | crate::TokenKind::Word
                    ) && is_initial_token(t)
                })
            };
            loop {
                if end + 1 < tokens.len() && !blocked[end + 1] && has_part(end + 1) {
                    end += 1;
                } else if end + 2 < tokens.len()
                    && initial(end + 1)
                    && !blocked[end + 1]
                    && !blocked[end + 2]
                    && has_part(end + 2)
                {
                    end += 2;
                } else {
                    break;
                }
            }
            match best {
                Some((_, e)) if e == end => ambiguous = true,
                Some((_, e)) if e > end => {}
                _ => {
                    best = Some((p, end));
                    ambiguous = false;
                }
            }
        }
        best.filter(|_| !ambiguous)
    }

    /// Whether the run `start..=end` of person `p`'s name parts sits inside
    /// a longer name of someone else: "Nurul Aini Hidayat" is not a later
    /// mention of "Hidayat Lamakarate".
    fn inside_other_name(&self, p: u32, start: usize, end: usize) -> bool {
        let f = self.f;
        let tokens = &f.doc.tokens;
        let parts = &self.persons[p as usize].parts;
        let foreign = |i: usize| {
            tokens.get(i).is_some_and(|t| {
                t.kind == crate::TokenKind::Word
                    && t.is_capitalized()
                    && !t.is_all_caps()
                    && !self.blocked[i]
                    && f.is_name_word(i, true)
                    && f.lk.mask(i) & (super::super::TITLE | super::super::ROLE) == 0
                    && !self
                        .table
                        .of_token(f.doc, i)
                        .is_some_and(|id| parts.contains(&id))
            })
        };
        // "La Ode Syamsudin" after "Syamsudin": a name particle is no other
        // person's name.
        let in_particle = |b: usize| {
            (b.saturating_sub(1)..=b).any(|s| {
                f.affix(s)
                    .is_some_and(|(hit, kind)| kind == AffixKind::Particle && hit.last >= b)
            })
        };
        // "Ny Rina Andi Pratama": the word before a particle that opens the
        // run.
        let mut before = start.checked_sub(1);
        while let Some(b) = before.filter(|&b| in_particle(b) && b + 2 >= start) {
            before = b.checked_sub(1);
        }
        // "Marlina A Lasoma": past a middle initial.
        if let Some(b) = before
            .filter(|&b| b + 1 == start && b > 0 && is_initial_token(&tokens[b]) && foreign(b - 1))
        {
            before = Some(b - 1);
        }
        let before = before.is_some_and(|b| {
            foreign(b)
                && !f.doc.starts_line(start)
                && !f.starts_title(b)
                && f.affix(b).is_none()
                && !in_particle(b)
        });
        // "Rudi Hartono Genjot Bank Sultra": in a headline, the word after a
        // name of two parts or more is its verb more likely than more name.
        let headline_verb = end > start && f.doc.in_title_case_line(end + 1);
        before || foreign(end + 1) && !f.doc.line_break_before(end + 1) && !headline_verb
    }

    /// The first token of a bare mention read from `k` to `end`, taking in
    /// what the name opens with before it: a name particle ("Menurut La Ode
    /// Rudi"), or the initial or shortened given name the full name of
    /// `template` opens with ("A Rahmat juga melaporkan" after "A Rahmat
    /// Pawelloi", "Muh. Rahman" after "Muh. Rahman Saleh").
    fn written_first(&self, k: usize, end: usize, template: &OfficialMention) -> usize {
        let f = self.f;
        let tokens = &f.doc.tokens;
        let blocked = &self.blocked;
        let particle_first = (k.saturating_sub(2)..k).find(|&s| {
            !blocked[s]
                && f.affix(s).is_some_and(|(hit, kind)| {
                    kind == AffixKind::Particle && hit.last + 1 >= k && hit.last <= end
                })
        });
        if let Some(first) = particle_first {
            return first;
        }
        let opens_full_name = k > 0
            && !blocked[k - 1]
            && (is_initial_token(&tokens[k - 1])
                || tokens[k - 1].kind == crate::TokenKind::Abbreviation)
            && f.doc.text[template.span]
                .strip_prefix(tokens[k - 1].text)
                .is_some_and(|rest| rest.starts_with(' '));
        if opens_full_name {
            k - 1
        } else {
            k
        }
    }
}

/// Later mentions inherit the region and status they do not state from the
/// person's first titled mention. `people` bounds the person numbers.
fn coreference(all: &mut [OfficialMention], people: usize, s: &mut Scratch) {
    let Scratch {
        seen,
        first_titled,
        stated,
        ..
    } = s;
    seen.clear();
    seen.resize(people, false);
    first_titled.clear();
    first_titled.resize(people, usize::MAX);
    for (n, m) in all.iter().enumerate() {
        let first = &mut first_titled[m.person as usize];
        if m.title_span.is_some() && *first == usize::MAX {
            *first = n;
        }
    }
    stated.clear();
    stated.extend(all.iter().map(|m| (m.region, m.status)));
    for m in all.iter_mut() {
        m.coref = std::mem::replace(&mut seen[m.person as usize], true);
        let n = first_titled[m.person as usize];
        if n != usize::MAX {
            let (region, status) = &stated[n];
            if m.region.is_none() && (m.title_span.is_none() || m.coref) {
                m.region = *region;
            }
            if m.status.is_none() && m.title_span.is_none() {
                m.status = *status;
            }
        }
    }
}

/// A mention over tokens `first..=last` of the person whose first titled
/// mention is `template`, with its title, place and status.
fn later_mention(
    tokens: &[crate::Token<'_>],
    template: &OfficialMention,
    first: usize,
    last: usize,
) -> OfficialMention {
    OfficialMention {
        first,
        span: Span::new(tokens[first].span.start, tokens[last].span.end),
        title_span: None,
        honorifics: Vec::new(),
        rank: None,
        degrees: Vec::new(),
        alias: None,
        // "Camat Amfoang Tengah, Yusuf Tefa … jelas Tefa": a place the
        // gazetteer lacks is the later mention's jurisdiction too.
        unlisted_place: template
            .unlisted_place
            .filter(|_| template.region.is_none()),
        title: template.title.clone(),
        ..*template
    }
}

/// The first mention of the one official whose name's words start with
/// the letters of the word in capitals at `k` ("FDW" after "Frans Dwi
/// Wuata", "ASR" after "Andi Sultan Rahmat"): the press's short name for
/// a person named in full before. Three or four letters (two are too
/// often another acronym: "RI"), one a word; not a body's form or a
/// region's.
///
/// With more than [`FEW_PEOPLE`] people, `initials` holds, once made, the
/// capitals that start the words of each person's first mention (the names
/// with at most four), sorted by them: a word in capitals looks its letters
/// up there instead of reading every person's name again (a long text
/// names hundreds).
fn initials_mention(
    f: &Finder<'_, '_>,
    k: usize,
    found: &[OfficialMention],
    first_mention: &[usize],
    initials: &mut Option<Vec<([u8; 4], usize)>>,
) -> Option<usize> {
    let t = &f.doc.tokens[k];
    if !(3..=4).contains(&t.text.len())
        || !t.is_all_caps()
        || f.lk.body(k).is_some()
        || f.region_mention(k).is_some()
    {
        return None;
    }
    // The capitals that start a name's words, zero-padded: a text of three
    // or four bytes (no zero byte) equals them as an array.
    let key = |letters: &mut dyn Iterator<Item = u8>| {
        let mut key = [0u8; 4];
        for (n, b) in letters.enumerate() {
            *key.get_mut(n)? = b;
        }
        Some(key)
    };
    // Few people (an article's): their names are read again for each
    // word, which costs less than making the index.
    if first_mention.len() <= FEW_PEOPLE {
        let initials_are = |m: &OfficialMention| {
            f.doc.text[m.span]
                .split(|c: char| c.is_whitespace() || c == '-')
                .filter_map(|w| w.chars().next())
                .filter(char::is_ascii_uppercase)
                .map(|c| c as u8)
                .eq(t.text.bytes())
        };
        let mut people = first_mention
            .iter()
            .copied()
            .filter(|&n| n != usize::MAX && found[n].first < k)
            .filter(|&n| initials_are(&found[n]));
        let n = people.next()?;
        return people.next().is_none().then_some(n);
    }
    let index = initials.get_or_insert_with(|| {
        let mut index: Vec<([u8; 4], usize)> = first_mention
            .iter()
            .copied()
            .filter(|&n| n != usize::MAX)
            .filter_map(|n| {
                let mut letters = f.doc.text[found[n].span]
                    .split(|c: char| c.is_whitespace() || c == '-')
                    .filter_map(|w| w.chars().next())
                    .filter(char::is_ascii_uppercase)
                    .map(|c| c as u8);
                Some((key(&mut letters)?, n))
            })
            .collect();
        index.sort_unstable();
        index
    });
    let written = key(&mut t.text.bytes())?;
    let at = index.partition_point(|&(letters, _)| letters < written);
    let mut people = index[at..]
        .iter()
        .take_while(|&&(letters, _)| letters == written)
        .map(|&(_, n)| n)
        .filter(|&n| found[n].first < k);
    let n = people.next()?;
    people.next().is_none().then_some(n)
}

/// The most people whose names [`initials_mention`] reads again for each
/// word in capitals.
const FEW_PEOPLE: usize = 32;

/// A later mention at `k` misspelt by one letter after a verb of speech:
/// the index in `found` of the person's first titled mention
/// (`first_mention`) and the mention's last token. The next word may be
/// the person's next part, as written or misspelt too ("Rahmad
/// Sulaiman"); one word alone must end its clause or come before a verb, a
/// day or a lower-case word after a comma ("kata Rahmad, Senin", "kata
/// Porawouw, dimulai …"), not before an occupation ("kata Rahman, warga
/// …").
fn misspelt_mention(
    f: &Finder<'_, '_>,
    k: usize,
    blocked: &[bool],
    persons: &[Person],
    table: &PartTable,
    sig: &mut Vec<u32>,
    first_mention: &[usize],
) -> Option<(usize, usize)> {
    if blocked[k] {
        return None;
    }
    let person = misspelt_part_of(f, k, persons, table, sig, false)?;
    let n = first_mention
        .get(person as usize)
        .copied()
        .filter(|&n| n != usize::MAX)?;
    let tokens = &f.doc.tokens;
    let next = k + 1;
    let next_fits = !blocked.get(next).copied().unwrap_or(true)
        && misspelt_part_of(f, next, persons, table, sig, true) == Some(person);
    if next_fits {
        return Some((n, next));
    }
    let ends = tokens.get(next).is_none_or(|t| {
        matches!(t.text, "." | "!" | "?")
            || t.kind == crate::TokenKind::Word && !t.is_capitalized()
            || t.text == ","
                && tokens.get(next + 1).is_some_and(|d| {
                    super::super::is_date_word(d.text)
                        || d.kind == crate::TokenKind::Word
                            && !d.is_capitalized()
                            && !f.is_one_of(next + 1, super::binding::OCCUPATIONS_AFTER_NAME)
                })
    });
    ends.then_some((n, k))
}

/// The one person a word after a verb of speech names with one letter
/// changed, added or dropped in a part of five letters or more ("kata
/// Rahmad" after "Rahmat Sulaeman"; "Ahmad" after "Akhmad Lamba"): a
/// capitalised word that may be a name, and no part of anyone as written.
// Inlined: asked of every capitalised word no name part matches, and most
// fail on their first tests.
#[inline]
fn misspelt_part_of(
    f: &Finder<'_, '_>,
    k: usize,
    persons: &[Person],
    table: &PartTable,
    sig: &mut Vec<u32>,
    continuing: bool,
) -> Option<u32> {
    let t = f.doc.tokens.get(k)?;
    if t.kind != crate::TokenKind::Word
        || !t.is_capitalized()
        || t.text.len() < 5
        || !t.text.is_ascii()
    {
        return None;
    }
    // Asked of every capitalised word no part matches: the verb before it
    // is tested last, after its shape (a lower-case word of four to eleven
    // letters).
    let after_speech = continuing
        || k > 0 && {
            let prev = &f.doc.tokens[k - 1];
            prev.kind == crate::TokenKind::Word
                && !prev.is_capitalized()
                && (4..=11).contains(&prev.text.len())
                && f.is_one_of(k - 1, super::binding::SPEECH_VERBS)
        };
    if !after_speech {
        return None;
    }
    // Lower-cased on the stack: names are short.
    let mut buf = [0u8; 32];
    let written = crate::fold::ascii_lower(t.text, &mut buf)?;
    // Most words fail here: no part of anyone starts with their letter
    // and has their length, give or take one.
    let near = |id: u32| {
        let part = table.part(f.doc, id);
        part.len() >= 5
            && part.len().abs_diff(written.len()) <= 1
            && part.as_bytes()[0] == written.as_bytes()[0]
    };
    if !continuing
        && !persons
            .iter()
            .any(|person| person.parts.iter().any(|&id| near(id)))
    {
        return None;
    }
    if !f.is_name_word(k, true) {
        return None;
    }
    let mut found = None;
    for (p, person) in persons.iter().enumerate() {
        table.significant(&person.parts, sig);
        let fits = sig.iter().any(|&id| {
            let part = table.part(f.doc, id);
            // The next part of a name already begun may be written right.
            continuing && part == written
                || part.len() >= 5
                    && part.as_bytes()[0] == written.as_bytes()[0]
                    && crate::gazetteer::within_one_edit(part, written)
        });
        if fits {
            if found.is_some() {
                return None;
            }
            found = Some(p as u32);
        }
    }
    found
}

/// Whether a token is a middle initial: one capital letter, with or
/// without its full stop ("A", "A.").
fn is_initial_token(t: &crate::Token<'_>) -> bool {
    let letters = t.text.trim_end_matches('.');
    letters.len() == 1 && letters.as_bytes()[0].is_ascii_uppercase()
}
