//! Region mentions: gazetteer hits resolved by their context.
//!
//! A name may mean several regions ("Gorontalo": province, regency, city;
//! "Bente": villages in three regencies). The words before it decide the
//! level ("Kabupaten", "Kec.", "Bupati", "Pemkab", …); regions mentioned in
//! the same sentence and document decide between regions of one level; and
//! otherwise the highest level wins. Districts and villages are only read
//! after a trigger word, in a dateline, or next to one of their ancestors.

use once_cell::sync::Lazy;

use crate::fold::{ascii_lower, FastMap};
use crate::gazetteer::{Gazetteer, Level, Scope};
use crate::span::Span;

use super::{Doc, REGION};

/// Words that make the name after them something else: a lake, a bay, a
/// river, a people's language or a newspaper ("Danau Poso", "Teluk Palu",
/// "suku Banggai", "Metro Sulteng"); "orang Wajo" and "warga Bulukumba"
/// do mention the region. Compared case-insensitively.
pub(super) const NOT_A_REGION_AFTER: &[&str] = &[
    "tanjung",
    "suku",
    "bahasa",
    "etnis",
    "adat",
    "tari",
    "tarian",
    // Culture: "khas Buton", "kesultanan Buton", "Kerajaan Bone",
    // "tenunan Buton".
    "khas",
    "kesultanan",
    "kerajaan",
    "tenunan",
    "tenun",
    // "alat musik tradisional Minahasa".
    "tradisional",
];

/// Geographic features named after a place ("Danau Poso", "Teluk Palu"):
/// words [`NOT_A_REGION_AFTER`] holds too, and a person's name never opens
/// with (a "Tanjung" may).
pub(super) const GEOGRAPHIC_FEATURES: &[&str] = &[
    "danau", "teluk", "sungai", "gunung", "pulau", "selat", "bukit", "pantai",
];

/// The same, but only in lower case: "marga Bugis" (a clan), while "Bina
/// Marga Sultra" is a roads office and its province.
const NOT_A_REGION_AFTER_LOWERCASE: &[&str] = &["marga"];

/// The same, but only when capitalised: street names and media
/// ("Jalan Gowa", "Radar Sulteng"), while "jalan Mamasa–Toraja" is a road
/// from the town.
const NOT_A_REGION_AFTER_CAPITALIZED: &[&str] = &[
    "jalan", "jl.", "jln.", "jl", "bandara", "stadion", "radar", "metro", "tribun", "harian",
    "koran", "hotel", "villa", "vila", "gedung", "masjid", "gereja", "pura",
    // Forms of address: "Ibu Bone", "Pak Sigi" are people.
    "ibu", "bapak", "pak", "bu", "saudara", "saudari", "sdr.", "sdri.",
    // A river named after a place ("Kali Mamasa").
    "kali",
];

/// How a hit's level is decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// No trigger: provinces, regencies and cities only, highest level first.
    Free,
    /// After a level word, title or body: the levels its scope admits.
    Triggered,
    /// A dateline: the town filed from, city first.
    Dateline,
    /// A district or village name without trigger: kept when the text ties
    /// it to one of its ancestors (see [`resolve`]).
    Nearby,
}

/// A region mention found in the text.
#[derive(Clone, Debug)]
pub(crate) struct RegionMention {
    pub first: usize,
    pub last: usize,
    pub span: Span,
    /// The resolved region, if one.
    pub region: Option<u32>,
    /// All remaining candidates when ambiguous (empty when resolved).
    pub candidates: Vec<u32>,
    /// For a place the gazetteer does not hold, read after a district or
    /// village trigger ("Distrik Sentani Timur", "Kecamatan Amarasi"): its
    /// level. `None` for gazetteer regions.
    pub unlisted: Option<Level>,
}

struct Pending {
    first: usize,
    last: usize,
    span: Span,
    /// The gazetteer form matched: the same form is the same name.
    pattern: usize,
    mode: Mode,
    /// The candidates: a range of the document's candidate pool.
    candidates: Cands,
    /// A locative word or a coordinated region before it ("di Tondo",
    /// "Kecamatan Towuti serta Malili").
    cue: bool,
}

/// A list of candidate regions: the range `start..end` of a pool shared by
/// the document's hits, so that no hit allocates a list of its own.
type Cands = (u32, u32);

/// The vectors of [`find`] and [`resolve`], kept between the documents a
/// thread analyses: each document's hits grew them from nothing, and
/// glibc's paths for blocks over a kilobyte cost more than the hits' work.
#[derive(Default)]
struct Kept {
    pending: Vec<Pending>,
    pool: Vec<u32>,
    candidates: Vec<Cands>,
    resolved: Vec<Option<u32>>,
    known: Vec<(u32, u32)>,
    in_known: Vec<bool>,
    remembered: FastMap<usize, u32>,
    scores: Vec<u32>,
    scratch: Vec<(u32, bool)>,
    chosen: Vec<u32>,
}

impl Kept {
    /// Whether the vectors are small enough to keep (a short text's): a
    /// long text's are freed.
    fn is_small(&self) -> bool {
        const KEPT: usize = 1 << 12;
        self.pending.capacity() <= KEPT
            && self.pool.capacity() <= 2 * KEPT
            && self.candidates.capacity() <= KEPT
            && self.resolved.capacity() <= KEPT
            && self.known.capacity() <= KEPT
            && self.in_known.capacity() <= KEPT
            && self.remembered.capacity() <= KEPT
            && self.scores.capacity() <= KEPT
            && self.scratch.capacity() <= KEPT
            && self.chosen.capacity() <= KEPT
    }
}

thread_local! {
    static KEPT: std::cell::RefCell<Kept> = std::cell::RefCell::default();
    /// The vector of [`find`]'s mentions, given back by the analyzer when
    /// it has made their entities ([`keep_mentions`]).
    static KEPT_MENTIONS: std::cell::RefCell<Vec<RegionMention>> = std::cell::RefCell::default();
}

/// Keeps the memory of the mentions [`find`] returned for the thread's next
/// document (emptied; a long text's are freed).
pub(crate) fn keep_mentions(mentions: Vec<RegionMention>) {
    super::keep_emptied(&KEPT_MENTIONS, mentions);
}

/// The candidates `c` in `pool`.
#[inline]
fn cands(pool: &[u32], c: Cands) -> &[u32] {
    &pool[c.0 as usize..c.1 as usize]
}

/// Appends `items` to `pool` and returns their range.
#[inline]
fn pooled(pool: &mut Vec<u32>, items: impl IntoIterator<Item = u32>) -> Cands {
    let start = pool.len() as u32;
    pool.extend(items);
    (start, pool.len() as u32)
}

/// Removes repeats from a sorted list in place; returns the length kept.
fn dedup_in_place(list: &mut [u32]) -> usize {
    let mut kept = 0;
    for k in 0..list.len() {
        if kept == 0 || list[k] != list[kept - 1] {
            list[kept] = list[k];
            kept += 1;
        }
    }
    kept
}

/// Words after which a bare name is a place: "di", "ke", "dari", "menuju" …
const LOCATIVES: &[&str] = &[
    "di",
    "ke",
    "dari",
    "sampai",
    "hingga",
    "menuju",
    "antara",
    "asal",
    "sekitar",
    "wilayah",
    "kawasan",
    "arah",
    "via",
    "lewat",
    "melewati",
    "melalui",
    "tiba",
    "berangkat",
    "cabang",
    // "warga Lemusa", "masyarakat Lantari": the people of a place name it.
    "warga",
    "masyarakat",
    "penduduk",
];

/// Capitalised common nouns that start the names of places and facilities
/// ("Lapangan Kwandang", "Jembatan Kulawi"). A region of that name needs a
/// trigger; a town named after one is a place ("di" is implied).
const FACILITY_NOUNS: &[&str] = &[
    "lapangan",
    "pasar",
    "terminal",
    "pelabuhan",
    "bandara",
    "bendungan",
    "jembatan",
    "taman",
    "aula",
    "kantor",
    "gedung",
    "wisma",
    "kampus",
    "sekolah",
    "pondok",
    "masjid",
    "gereja",
    "pura",
    "hotel",
    "stadion",
    "rumah",
    "jalan",
    "lorong",
    "kompleks",
    "perumahan",
    "pantai",
    "air",
    "bukit",
    "gunung",
    "sungai",
    "danau",
    "teluk",
    "pulau",
    "tanjung",
    "selat",
    // Health centres and hospitals are named after their district or
    // village: "Puskesmas Bungku", "RSU Boliyohuto".
    "puskesmas",
    "pustu",
    "rsu",
    "rsud",
    // Police and army posts are named after their district: "Polsek
    // Kulisusu", "Mapolsek Tojo", "Koramil Bungku".
    "polsek",
    "mapolsek",
    "koramil",
    "makoramil",
    // An electoral district, and all of a district: "Dapil Tobadak",
    // "kades sekecamatan Topoyo".
    "dapil",
    "sekecamatan",
    // The desa of Sangihe and Talaud ("Kampung Dagho"), a hamlet in South
    // Sulawesi ("Kampung Citta, Kelurahan Segeri"): only a name the text
    // places is read.
    "kampung",
];

/// Finds and resolves the region mentions of a document. `scope_before(i)`
/// gives the scope that a title or body ending at token `i - 1` sets;
/// `in_title(i)` whether token `i` is part of a title written before or at
/// it.
pub(crate) fn find(
    doc: &Doc<'_>,
    gazetteer: &Gazetteer,
    mask: &[u8],
    scope_before: &dyn Fn(usize) -> Option<Scope>,
    in_title: &dyn Fn(usize) -> bool,
) -> Vec<RegionMention> {
    let tokens = &doc.tokens;
    // News holds about one region name per 15 tokens: room for that many
    // hits, so that the vectors seldom grow.
    let expected = tokens.len() / 12 + 4;
    let mut kept = super::take_kept(&KEPT);
    let mut pending = std::mem::take(&mut kept.pending);
    pending.clear();
    pending.reserve(expected);
    let mut deferred: Vec<(usize, usize, Span, usize)> = Vec::new();
    // Names after a village or district trigger that the gazetteer holds
    // only at another level: places it lacks ("Desa Karo" in Buton).
    let mut misfits: Vec<RegionMention> = Vec::new();
    let mut scratch = std::mem::take(&mut kept.scratch);
    scratch.clear();
    // The candidate lists of every hit, and the one being chosen.
    let mut pool = std::mem::take(&mut kept.pool);
    pool.clear();
    pool.reserve(2 * expected);
    let mut chosen = std::mem::take(&mut kept.chosen);
    chosen.clear();
    let lists = enumerations(doc, mask);
    let list_scope = |k: usize| {
        let at = lists.partition_point(|&(_, end, _)| end < k);
        lists
            .get(at)
            .filter(|&&(start, _, _)| start <= k)
            .map(|&(_, _, scope)| scope)
    };
    let mut i = 0;
    while i < tokens.len() {
        // Most tokens start no region and follow no level word.
        let cue = super::LEVEL | super::TITLE | super::BODY;
        if mask[i] & REGION == 0
            && (i == 0 || mask[i - 1] & cue == 0)
            && (i < 2 || mask[i - 2] & (super::TITLE | super::BODY) == 0)
        {
            // Nor does any token up to the next one with a mask bit, when
            // this one has none to cue the next two.
            i = if mask[i] & cue == 0 {
                super::next_marked(mask, i + 1, REGION | cue)
            } else {
                i + 1
            };
            continue;
        }
        let token = &tokens[i];
        // A lower-case name counts after a level word: "kabupaten morowali
        // utara", "Kota palu". The start index knows only capitalised
        // names, so such a word is looked up whatever its mask.
        let lower = !token.is_capitalized() && !doc.in_lower_case_line(i);
        // Evaluated lazily: most tokens here are capitalised names.
        let after_level_word = lower
            && i > 0
            && mask[i - 1] & super::LEVEL != 0
            && level_word_before(doc, i).is_some();
        // "kepada bupati pohuwato", "Setda pohuwato", "kejaksaan negeri
        // muna": after a regional title or body too, for a regency, city or
        // province that fits it.
        let word = token.kind == crate::TokenKind::Word;
        // The name is looked up first: it rarely is one.
        let title_or_body = |k: usize| mask[k] & (super::TITLE | super::BODY) != 0;
        // A common word ("mengatakan") is no name: asked before the
        // gazetteer, which costs more.
        let after_title = lower
            && word
            && !after_level_word
            && i > 0
            && (title_or_body(i - 1) || i > 1 && title_or_body(i - 2))
            && !super::is_common_word(token.text);
        let title_hit = after_title
            .then(|| gazetteer.match_at_caseless(&doc.hay(), i))
            .flatten()
            .filter(|(_, entries)| {
                // After a title only a regency, city or province its scope
                // admits ("walikota kendari"), or a district after a
                // district's title ("camat paguyaman"): not a village that
                // is also a word.
                let Some(scope) = scope_before(i) else {
                    return false;
                };
                let regional = scope.admits(Level::Regency) || scope.admits(Level::Province);
                entries.iter().any(|e| {
                    let level = gazetteer.region(gazetteer.candidate(*e).region).level();
                    level <= Level::City && regional
                        || level <= Level::District && scope.admits(level)
                })
            });
        let vouched =
            after_level_word && word && !super::is_common_word(token.text) || title_hit.is_some();
        if !vouched && (mask[i] & REGION == 0 || lower) {
            i += 1;
            continue;
        }
        let hit = if title_hit.is_some() {
            title_hit
        } else if vouched {
            gazetteer.match_at_caseless(&doc.hay(), i)
        } else {
            gazetteer.match_at(&doc.hay(), i)
        };
        let Some((hit, entries)) = hit.map(|h| adverb_left_out(gazetteer, doc, h)) else {
            i += 1;
            continue;
        };
        // "Kota" in "Wali Kota Palu" and "Wali" itself belong to the
        // title, and "Kota" in "Balai Kota Makassar" to the building: read
        // the region from the next token.
        let city_hall = i > 0
            && doc.tokens[i - 1].text.eq_ignore_ascii_case("balai")
            && token.text.eq_ignore_ascii_case("kota");
        if in_title(i) || city_hall {
            i += 1;
            continue;
        }
        i = hit.last + 1;
        // "Luwu Raya", "Bolmong Raya": an informal area around the region,
        // not the region (an alias names one when it is a unit).
        let greater_area = doc
            .tokens
            .get(hit.last + 1)
            .is_some_and(|t| matches!(t.text, "Raya" | "RAYA"))
            && !doc.line_break_before(hit.last + 1);
        // "Polombangkeng selatan", "Katingan Hulu": a compass word after
        // the longest known name makes the name of a place the gazetteer
        // lacks, not the region it starts with.
        let other_place = doc.tokens.get(hit.last + 1).is_some_and(|t| {
            t.kind == crate::TokenKind::Word
                && [
                    "utara", "selatan", "barat", "timur", "tengah", "tenggara", "hulu", "hilir",
                ]
                .iter()
                .any(|w| t.text.eq_ignore_ascii_case(w))
        }) && !doc.line_break_before(hit.last + 1)
            && !is_adverb_tengah(doc, hit.last + 1);
        if greater_area || other_place {
            continue;
        }
        let blocked_here = blocked(doc, hit.first) && !road_between(doc, hit.first, hit.last);
        if blocked_here || in_media_name(doc, hit.first, hit.last) {
            continue;
        }
        let unit_start = skip_unit_number(doc, hit.first);
        let scope = level_word_before(doc, hit.first)
            .or_else(|| scope_before(unit_start))
            .or_else(|| list_scope(hit.first));
        // "…, Pada Kamis": a function word capitalised at a clause start is
        // the village of that name only after its level word.
        if hit.first == hit.last
            && entries.iter().all(|&e| {
                gazetteer.region(gazetteer.candidate(e).region).level() >= Level::District
            })
            && level_word_before(doc, hit.first).is_none()
            && super::is_common_word(token.text)
        {
            continue;
        }
        // "APBD Provinsi TA 2024": two or three capitals are an acronym
        // ("tahun anggaran"), not the district or village "Ta" written in
        // capitals, unless a district or village word is before it.
        if hit.first == hit.last
            && token.is_all_caps()
            && token.text.len() <= 3
            && !matches!(
                level_word_before(doc, hit.first),
                Some(Scope::District | Scope::Village)
            )
            && entries.iter().all(|&e| {
                let region = gazetteer.region(gazetteer.candidate(e).region);
                region.level() >= Level::District
                    && !region.name().bytes().all(|b| !b.is_ascii_lowercase())
            })
        {
            continue;
        }
        // The name of a numbered command ("Kodam XIV/Hasanuddin", "Korem
        // 132/Tadulako") is a region only where the unit binds to one
        // ("Kodim 1311/Morowali").
        if unit_start != hit.first && matches!(scope, None | Some(Scope::Unbound | Scope::National))
        {
            continue;
        }
        let dateline = is_dateline(doc, hit.first, hit.last);
        let facility = hit.first == hit.last && word_class(tokens[hit.first].text) & FACILITY != 0;
        scratch.clear();
        scratch.extend(entries.iter().map(|&e| {
            let c = gazetteer.candidate(e);
            (c.region, c.needs_trigger || facility)
        }));
        if scratch.len() > 1 {
            scratch.sort_unstable();
            scratch.dedup_by_key(|c| c.0);
        }
        let level = |r: u32| gazetteer.region(r).level();
        let select = |out: &mut Vec<u32>, keep: &dyn Fn(u32, bool) -> bool| {
            out.clear();
            out.extend(scratch.iter().filter(|&&(r, n)| keep(r, n)).map(|c| c.0));
        };
        // "Banggai Laut (Balut)": a short form in parentheses right after a
        // region names that region.
        let in_parentheses = hit.first >= 2
            && tokens[hit.first - 1].text == "("
            && tokens.get(hit.last + 1).is_some_and(|t| t.text == ")");
        let after = in_parentheses
            && pending
                .last()
                .filter(|p| p.last + 2 == hit.first)
                .is_some_and(|p| {
                    let before = cands(&pool, p.candidates);
                    select(&mut chosen, &|r, _| before.contains(&r));
                    !chosen.is_empty()
                });
        // Computed once, where a branch needs it first.
        let mut cue = None;
        // "status Desa Mandiri", "Desa Harapan": a village word before one
        // common word may name the village's standing, not the village; the
        // name counts where the text places it, as a cued one does.
        let common_word_after_village_word = hit.first == hit.last
            && scope == Some(Scope::Village)
            && level_word_before(doc, hit.first).is_some()
            && names_a_kind_of_village(tokens[hit.first].text);
        let mode = match scope {
            _ if after => Mode::Triggered,
            Some(_) if common_word_after_village_word => {
                cue = Some(true);
                select(&mut chosen, &|r, _| level(r) == Level::Village);
                // "Desa Masing" for Maasing: the loose spellings too.
                for r in gazetteer.loosely_named(&doc.text[hit.span], Level::Village) {
                    if !chosen.contains(&r) {
                        chosen.push(r);
                    }
                }
                Mode::Nearby
            }
            Some(scope) if scratch.iter().any(|&(r, _)| scope.admits(level(r))) => {
                // A current name beats a former name or ordinary-word form
                // that fits as well: "Dandim 1417/Kendari" is the city, not
                // Konawe (Kabupaten Kendari until 2004).
                let current = scratch.iter().any(|&(r, n)| !n && scope.admits(level(r)));
                select(&mut chosen, &|r, n| {
                    scope.admits(level(r)) && !(n && current)
                });
                Mode::Triggered
            }
            // A trigger whose levels do not fit ("Kota Poso", "Kota Tentena",
            // towns): still a trigger, but a town is no rural desa ("Kota
            // Tua", the old town).
            // "Desa Karo" (in Buton), "Kelurahan Bontomatene" (in Pangkep):
            // a village or district trigger before a name the gazetteer
            // holds only at another level names a place it lacks, read
            // below as such, with no code.
            // Only a capitalised level word on the same line: "dana desa
            // Bolmong" is the regency's village fund; a headline's last
            // word is no trigger of the dateline after it.
            Some(scope @ (Scope::Village | Scope::District))
                if level_word_before(doc, hit.first).is_some()
                    && tokens[hit.first - 1].is_capitalized()
                    && !doc.line_break_before(hit.first) =>
            {
                if let Some(level) = scope.local_level() {
                    misfits.push(unlisted_mention(doc, hit.first, hit.last, level));
                }
                continue;
            }
            Some(scope) if scope != Scope::National && scope != Scope::Unbound => {
                let village_scope = matches!(scope, Scope::Village | Scope::District);
                let rural =
                    |r: u32| gazetteer.region(r).village_type() == Some(crate::VillageType::Desa);
                // "Camat Ma’rang": the one district written so loosely (the
                // district Marang, not the village Ma'rang).
                let loose = scope.local_level().and_then(|level| {
                    only_one(gazetteer.loosely_named(&doc.text[hit.span], level))
                });
                match loose {
                    Some(r) => {
                        chosen.clear();
                        chosen.push(r);
                    }
                    None => select(&mut chosen, &|r, _| village_scope || !rural(r)),
                }
                Mode::Triggered
            }
            _ if dateline => {
                select(&mut chosen, &|_, _| true);
                Mode::Dateline
            }
            _ => {
                let cue = *cue.insert(cue_before(doc, hit.first, pending.last()));
                let comma_after = tokens.get(hit.last + 1).is_some_and(|t| t.text == ",");
                // "di Medan", "di Jabar dan Jatim": a place word or a region
                // it is listed with vouches for a regency, city or province
                // name that is also a word or a person's name.
                let vouching = || {
                    let prev = hit.first.checked_sub(1).map_or("", |p| tokens[p].text);
                    // "ke Pati Bareskrim": a capitalised word after it makes
                    // it part of another name.
                    let name_goes_on = tokens.get(hit.last + 1).is_some_and(|t| {
                        t.is_wordlike()
                            && t.is_capitalized()
                            && !doc.line_break_before(hit.last + 1)
                    });
                    !name_goes_on
                        && (["di", "ke", "dari", "hingga", "sampai", "wilayah", "kawasan"]
                            .iter()
                            .any(|w| prev.eq_ignore_ascii_case(w))
                            // Not a locative or facility word: a region
                            // listed right before it.
                            || cue && word_class(prev) & (LOCATIVE | FACILITY) == 0)
                };
                if scratch.iter().any(|&(r, n)| !n && level(r) <= Level::City) {
                    select(&mut chosen, &|r, n| !n && level(r) <= Level::City);
                    Mode::Free
                } else if scratch.iter().any(|&(r, _)| level(r) <= Level::City) && vouching() {
                    select(&mut chosen, &|r, _| level(r) <= Level::City);
                    Mode::Free
                } else if ends_longer_name(doc, hit.first) {
                    // "Bandara Sultan Hasanuddin": a district or village
                    // name is the tail of another proper name.
                    continue;
                } else if (cue || comma_after) && scratch.iter().any(|&(_, n)| !n) {
                    select(&mut chosen, &|_, n| !n);
                    Mode::Nearby
                } else {
                    // Without a cue, a district, village or ordinary-word
                    // name counts only if the text reads it with a trigger
                    // elsewhere: decided once the whole text is read.
                    deferred.push((hit.first, hit.last, hit.span, hit.pattern));
                    continue;
                }
            }
        };
        if chosen.is_empty() {
            continue;
        }
        let cue = cue.unwrap_or_else(|| cue_before(doc, hit.first, pending.last()));
        let candidates = pooled(&mut pool, chosen.iter().copied());
        pending.push(Pending {
            first: hit.first,
            last: hit.last,
            span: hit.span,
            pattern: hit.pattern,
            mode,
            candidates,
            cue,
        });
    }
    hyphenated_pairs(doc, gazetteer, &mut pending, &mut pool);
    let mut mentions = resolve(
        doc,
        gazetteer,
        &mut pending,
        &mut pool,
        &deferred,
        &mut kept,
    );
    (kept.pending, kept.pool) = (pending, pool);
    (kept.scratch, kept.chosen) = (scratch, chosen);
    if kept.is_small() {
        super::keep(&KEPT, kept);
    }
    city_word_in_lower_case(doc, gazetteer, &mut mentions);
    villages_in_their_written_district(doc, gazetteer, &mut mentions);
    widen_to_unlisted_names(doc, mask, in_title, &mut mentions);
    let mut unlisted = unlisted_places(doc, mask, in_title, &mentions);
    villages_placed_by_district(doc, gazetteer, &mentions, &mut unlisted);
    unlisted.extend(villages_listed_with_districts(doc, gazetteer, &mentions));
    unlisted.extend(url_datelines(doc, gazetteer));
    unlisted.extend(misspelt_regions(doc, gazetteer, mask, &mentions));
    for m in misfits {
        let read = covers(&mentions, m.first)
            || unlisted
                .iter()
                .any(|u| u.first <= m.last && m.first <= u.last);
        if !read {
            unlisted.push(m);
        }
    }
    resolve_loosely(doc, gazetteer, &mentions, &mut unlisted);
    // "Palu-beritaku.com-…": a dateline's town read twice, as a hyphenated
    // word's part and as the address's.
    // A long text's are looked up in the mentions' sorted spans, not
    // compared with every mention.
    if unlisted.len() * mentions.len() <= 1 << 12 {
        unlisted.retain(|u| {
            !mentions
                .iter()
                .any(|m| m.span == u.span && m.region == u.region && m.region.is_some())
        });
    } else if unlisted.iter().any(|u| u.region.is_some()) {
        let mut known: Vec<(usize, usize, u32)> = mentions
            .iter()
            .filter_map(|m| Some((m.span.start, m.span.end, m.region?)))
            .collect();
        known.sort_unstable();
        unlisted.retain(|u| {
            u.region
                .is_none_or(|r| known.binary_search(&(u.span.start, u.span.end, r)).is_err())
        });
    }
    if !unlisted.is_empty() {
        mentions.extend(unlisted);
        mentions.sort_by_key(|m| m.first);
    }
    mentions
}

/// Resolves the districts and villages read by their trigger that the
/// gazetteer holds under another spacing, apostrophe or doubled letter
/// ("Kecamatan Sabbangparu" is Sabangparu, "Desa Soyo Jaya" Soyojaya,
/// "Kecamatan Ma’rang" the district Marang): the one region of that level
/// with the same loose key that lies in a province, regency or district
/// the document names (any one, when it names none).
fn resolve_loosely(
    doc: &Doc<'_>,
    gazetteer: &Gazetteer,
    found: &[RegionMention],
    unlisted: &mut [RegionMention],
) {
    let context: Vec<&crate::Region> = found
        .iter()
        .filter_map(|m| m.region)
        .map(|r| gazetteer.region(r))
        .filter(|r| r.level() <= Level::District)
        .collect();
    for m in unlisted.iter_mut() {
        let Some(level @ (Level::District | Level::Village)) = m.unlisted else {
            continue;
        };
        let in_context = |r: u32| {
            context.is_empty()
                || context
                    .iter()
                    .any(|c| gazetteer.is_within(gazetteer.region(r), c))
        };
        let named = gazetteer
            .loosely_named(&doc.text[m.span], level)
            .filter(|&r| in_context(r));
        if let Some(r) =
            only_one(named).or_else(|| misspelt_in(gazetteer, &context, &doc.text[m.span], level))
        {
            m.region = Some(r);
            m.unlisted = None;
        }
    }
}

/// The one district or village of `level` under the places of `context`
/// one level up (a village under a district the text names, a district
/// under a regency or city) whose name is one letter from `written`,
/// ignoring spacing and case ("Desa Tuntulo Utara, Kecamatan Pinogaluman"
/// is Tuntulow Utara, "Kecamatan Wonggeduk Barat, Kabupaten Konawe"
/// Wonggeduku Barat). Only names of six letters or more.
fn misspelt_in(
    gazetteer: &Gazetteer,
    context: &[&crate::Region],
    written: &str,
    level: Level,
) -> Option<u32> {
    let key = crate::gazetteer::loose_key(written);
    // A name the gazetteer holds as written is no misspelling of another
    // ("BULUKUMBA", the regency, is not the district Bulukumpa).
    if key.len() < 6 || context.is_empty() || gazetteer.lookup_entries(written).is_some() {
        return None;
    }
    // Misspellings keep the first letter and about the length: most names
    // are set aside before their key is made.
    let first = key.as_bytes()[0];
    let near = |r: &crate::Region| {
        let name = r.name().as_bytes();
        r.level() == level
            && name.first().map(u8::to_ascii_lowercase) == Some(first)
            && name.len() + 3 >= key.len()
            && name.len() <= key.len() + 3
            && crate::gazetteer::within_one_edit(&crate::gazetteer::loose_key(r.name()), &key)
    };
    // A text names the same few places many times: each is searched once.
    let mut places: Vec<u32> = context.iter().map(|c| c.index()).collect();
    places.sort_unstable();
    places.dedup();
    let mut found: Vec<u32> = Vec::new();
    // Only the places one level up: a village among its district's, a
    // district among its regency's or city's.
    let parent_level = |r: &crate::Region| match level {
        Level::Village => r.level() == Level::District,
        _ => matches!(r.level(), Level::Regency | Level::City),
    };
    for c in places.into_iter().map(|c| gazetteer.region(c)) {
        if parent_level(c) {
            found.extend(gazetteer.children(c).filter(|r| near(r)).map(|r| r.index()));
        }
    }
    found.sort_unstable();
    found.dedup();
    match found.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// The item of `items` when there is exactly one.
fn only_one<T>(mut items: impl Iterator<Item = T>) -> Option<T> {
    let first = items.next()?;
    items.next().is_none().then_some(first)
}

/// Resolves a village read without its trigger ("- Buko Utara Kecamatan
/// Pinogaluman", a list item) by the district written right after it: the
/// gazetteer's village of that name in that district, when there is one.
fn villages_placed_by_district(
    doc: &Doc<'_>,
    gazetteer: &Gazetteer,
    found: &[RegionMention],
    unlisted: &mut [RegionMention],
) {
    for m in unlisted.iter_mut() {
        if m.unlisted != Some(Level::Village) {
            continue;
        }
        // ", Kecamatan X", "Kecamatan X", "di Kecamatan X".
        let mut k = m.last + 1;
        if matches!(doc.tokens.get(k).map(|t| t.text), Some("," | "di")) {
            k += 1;
        }
        let at = found.partition_point(|r| r.first < k + 1);
        let district = found
            .get(at)
            .filter(|r| r.first == k + 1)
            .and_then(|r| r.region)
            .filter(|&r| gazetteer.region(r).level() == Level::District);
        let Some(district) = district else {
            continue;
        };
        let name = &doc.text[m.span.start..m.span.end];
        let village = gazetteer.lookup(name).into_iter().find(|v| {
            v.level() == Level::Village
                && gazetteer.parent(v).is_some_and(|p| p.index() == district)
        });
        if let Some(v) = village {
            m.region = Some(v.index());
            m.unlisted = None;
        }
    }
}

/// Re-resolves a village written after its level word and before its
/// district (", Kecamatan X", "Kecamatan X") when the reading found lies
/// outside that district: the candidate, or the one village written so
/// loosely (spacing, apostrophe, doubled letter), that lies inside it
/// ("Desa Masing, Kecamatan Batui Selatan" is Maasing in Banggai, not
/// Masing in Soppeng).
fn villages_in_their_written_district(
    doc: &Doc<'_>,
    gazetteer: &Gazetteer,
    mentions: &mut [RegionMention],
) {
    for n in 0..mentions.len() {
        let m = &mentions[n];
        let village_word = m.first.checked_sub(1).is_some_and(|p| {
            level_word_at(doc, p) == Some(Scope::Village) && doc.tokens[p].is_capitalized()
        });
        // "Desa Mattoanging (Kahu)", "…, Tondong (Bengo)": the district in
        // parentheses, with or without the level word (a listed village).
        let in_parentheses = (m.unlisted.is_none() && (village_word || m.region.is_none()))
            .then(|| district_in_parentheses(doc, gazetteer, m.last + 1))
            .flatten()
            .and_then(|(districts, _)| only_one(districts.into_iter().map(|d| d.index())));
        if !village_word && in_parentheses.is_none() || m.unlisted.is_some() {
            continue;
        }
        let mut k = m.last + 1;
        if matches!(doc.tokens.get(k).map(|t| t.text), Some("," | "di")) {
            k += 1;
        }
        let written = || {
            mentions
                .get(n + 1)
                .filter(|d| d.first == k + 1 && level_word_at(doc, k) == Some(Scope::District))
                .and_then(|d| d.region)
                .filter(|&d| gazetteer.region(d).level() == Level::District)
        };
        let Some(district) = in_parentheses.or_else(written) else {
            continue;
        };
        let inside = |r: u32| gazetteer.is_within(gazetteer.region(r), gazetteer.region(district));
        if m.region.is_some_and(inside) {
            continue;
        }
        let listed = m.candidates.iter().copied().find(|&r| inside(r));
        let chosen = listed.or_else(|| {
            only_one(
                gazetteer
                    .loosely_named(&doc.text[m.span], Level::Village)
                    .filter(|&r| inside(r)),
            )
        });
        if let Some(r) = chosen {
            let m = &mut mentions[n];
            m.region = Some(r);
            m.candidates.clear();
        }
    }
}

/// The district written in parentheses at `open` that is one of
/// `districts` (any, when empty), and the closing parenthesis: "(Cenrana)".
fn district_in_parentheses<'g>(
    doc: &Doc<'_>,
    gazetteer: &'g Gazetteer,
    open: usize,
) -> Option<(Vec<&'g crate::gazetteer::Region>, usize)> {
    let text = |k: usize| doc.word(k);
    if text(open) != "(" || doc.line_break_before(open + 1) {
        return None;
    }
    let close = (open + 2..=open + 4).find(|&c| text(c) == ")")?;
    let name = &doc.text[doc.tokens[open + 1].span.start..doc.tokens[close - 1].span.end];
    let mut districts: Vec<_> = gazetteer
        .lookup(name)
        .into_iter()
        .filter(|r| r.level() == Level::District)
        .collect();
    // "(Tellusiattinge)": written without the gazetteer's space.
    if districts.is_empty() {
        districts.extend(
            gazetteer
                .loosely_named(name, Level::District)
                .map(|r| gazetteer.region(r)),
        );
    }
    (!districts.is_empty()).then_some((districts, close))
}

/// Villages listed after one written with its level word, each with its
/// district in parentheses: "Desa Pallime (Cenrana), Ulo (Tellu
/// Siattinge), dan Watu (Barebbo)". The level word reaches every item; each
/// item is the gazetteer's village of that name in that district, and the
/// district is a mention too.
fn villages_listed_with_districts(
    doc: &Doc<'_>,
    gazetteer: &Gazetteer,
    found: &[RegionMention],
) -> Vec<RegionMention> {
    let text = |k: usize| doc.word(k);
    let mention = |first: usize, last: usize, region: u32| RegionMention {
        first,
        last,
        span: Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end),
        region: Some(region),
        candidates: Vec::new(),
        unlisted: None,
    };
    let mut out = Vec::new();
    for m in found {
        let village = m
            .region
            .map(|r| gazetteer.region(r))
            .filter(|r| r.level() == Level::Village);
        let level_word = m
            .first
            .checked_sub(1)
            .is_some_and(|p| doc.level_word(p) == Some(Scope::Village));
        let (Some(village), true) = (village, level_word) else {
            continue;
        };
        // The first village's own district, then each further item.
        let parent = gazetteer.parent(village);
        let Some((districts, close)) = district_in_parentheses(doc, gazetteer, m.last + 1) else {
            continue;
        };
        if let Some(d) = districts
            .iter()
            .find(|d| parent.is_some_and(|p| p.index() == d.index()))
        {
            out.push(mention(m.last + 2, close - 1, d.index()));
        }
        let mut k = close + 1;
        loop {
            let mut j = k;
            if text(j) == "," {
                j += 1;
            }
            if matches!(text(j), "dan" | "serta") {
                j += 1;
            }
            let Some(item_last) = (j..j + 3)
                .take_while(|&w| doc.is_capitalized_word(w) && !doc.line_break_before(w))
                .last()
            else {
                break;
            };
            if j == k || found.iter().any(|f| f.first <= item_last && f.last >= j) {
                break;
            }
            let Some((districts, close)) = district_in_parentheses(doc, gazetteer, item_last + 1)
            else {
                break;
            };
            let name = &doc.text[doc.tokens[j].span.start..doc.tokens[item_last].span.end];
            let item = gazetteer.lookup(name).into_iter().find_map(|v| {
                let p = gazetteer.parent(v)?;
                (v.level() == Level::Village)
                    .then(|| districts.iter().find(|d| d.index() == p.index()))
                    .flatten()
                    .map(|d| (v.index(), d.index()))
            });
            let Some((v, d)) = item else {
                break;
            };
            out.push(mention(j, item_last, v));
            out.push(mention(item_last + 2, close - 1, d));
            k = close + 1;
        }
    }
    out
}

/// Datelines glued to the medium's address at a line's start, which the
/// tokenizer reads as one address: "BONE-SULSEL-LENSASATU.COM",
/// "Takalar-jurnalpolisi.id". Each word before the part with the domain's
/// dot that names one province, regency or city is that region.
fn url_datelines(doc: &Doc<'_>, gazetteer: &Gazetteer) -> Vec<RegionMention> {
    let mut out = Vec::new();
    for start in doc.line_starts() {
        let t = &doc.tokens[start];
        // The parts that may be places: all but the address's name and
        // domain ("LENSASATU", "COM"), or, for a word glued to the address
        // that follows ("Majene-makassarpena" ".co.id"), all but the name.
        let address_after = doc.tokens.get(start + 1).is_some_and(|n| n.text == ".")
            && doc
                .tokens
                .get(start + 2)
                .is_some_and(|n| ["co", "com", "id", "net", "news"].contains(&n.text));
        let kept = match t.kind {
            crate::TokenKind::Url => 2,
            crate::TokenKind::Word if address_after && t.text.contains('-') => 1,
            _ => continue,
        };
        let parts: Vec<(usize, &str)> = t
            .text
            .split(['-', '.'])
            .scan(t.span.start, |offset, part| {
                let at = *offset;
                *offset += part.len() + 1;
                Some((at, part))
            })
            .collect();
        let Some(places) = parts.len().checked_sub(kept) else {
            continue;
        };
        for &(at, part) in &parts[..places] {
            // A capitalised dateline; an address in lower case names none.
            if !part.starts_with(|c: char| c.is_ascii_uppercase()) {
                continue;
            }
            let mut regions = gazetteer
                .lookup(part)
                .into_iter()
                .filter(|r| r.level() <= Level::City);
            if let (Some(region), None) = (regions.next(), regions.next()) {
                out.push(RegionMention {
                    first: start,
                    last: start,
                    span: Span::new(at, at + part.len()),
                    region: Some(region.index()),
                    candidates: Vec::new(),
                    unlisted: None,
                });
            }
        }
    }
    out
}

/// A city's name keeps "Kota" written directly before it in lower case
/// too ("kota Makassar", as "Kota Makassar"); not a title's or a
/// building's ("wali kota Palu", "balai kota").
fn city_word_in_lower_case(doc: &Doc<'_>, gazetteer: &Gazetteer, mentions: &mut [RegionMention]) {
    let text = |k: usize| doc.word(k);
    for m in mentions.iter_mut() {
        let city = m
            .region
            .is_some_and(|r| gazetteer.region(r).level() == Level::City);
        let Some(kota) = m.first.checked_sub(1) else {
            continue;
        };
        let owner = kota.checked_sub(1).is_some_and(|p| {
            ["wali", "balai", "pemkot"]
                .iter()
                .any(|w| text(p).eq_ignore_ascii_case(w))
        });
        if city && text(kota) == "kota" && !owner && !doc.line_break_before(m.first) {
            m.first = kota;
            m.span = Span::new(doc.tokens[kota].span.start, m.span.end);
        }
    }
}

/// A village or district named after its level word whose name goes on
/// past the gazetteer's match is another place the gazetteer lacks:
/// "Kelurahan Teluk Dalam Kecamatan Muara Jawa" (in East Kalimantan) is
/// neither the Sulawesi village "Teluk" nor "Muara".
fn widen_to_unlisted_names(
    doc: &Doc<'_>,
    mask: &[u8],
    in_title: &dyn Fn(usize) -> bool,
    mentions: &mut [RegionMention],
) {
    // Mentions come in order and apart, so a binary search finds the one
    // over a token (widening keeps them so: it takes only free tokens).
    let ordered = in_order(mentions, |m| (m.first, m.last));
    for n in 0..mentions.len() {
        let m = &mentions[n];
        let Some(before) = m.first.checked_sub(1) else {
            continue;
        };
        // "Kepala Desa (Kades) Watu Lanoa": past the title's short form.
        let level_word = if doc.word(before) == ")" && before >= 3 && doc.word(before - 2) == "(" {
            before - 3
        } else {
            before
        };
        let Some(level) = level_word_at(doc, level_word).and_then(Scope::local_level) else {
            continue;
        };
        if m.last - m.first >= 2 {
            continue;
        }
        let taken = |i: usize| {
            if ordered {
                covers(mentions, i)
            } else {
                mentions.iter().any(|o| o.first <= i && i <= o.last)
            }
        };
        // A name of two words the gazetteer knows goes on only by a compass
        // or place word ("Bungku Tengah Hasnawati": a person follows).
        let known_whole = m.last > m.first;
        let mut last = m.last;
        while last < m.first + 2
            && continues_place_name(doc, mask, last + 1, &taken)
            && (!known_whole || is_place_qualifier(doc.tokens[last + 1].text))
        {
            last += 1;
        }
        // In a title the words after the place may be the holder's name:
        // only a district after them ("Kepala Desa Watu Lanoa Kecamatan
        // Ladongi") shows they are the village's.
        let placed = !in_title(level_word) || district_follows(doc, last, &[",", "di"]);
        if last > m.last && placed {
            mentions[n] = unlisted_mention(doc, m.first, last, level);
        }
    }
}

/// Whether `items` are ordered by both their first and last token (as
/// `tokens` gives them), so that a binary search finds the one over a
/// token ([`covers`]).
fn in_order<T>(items: &[T], tokens: impl Fn(&T) -> (usize, usize)) -> bool {
    items.windows(2).all(|w| {
        let (a, b) = (tokens(&w[0]), tokens(&w[1]));
        a.0 <= b.0 && a.1 <= b.1
    })
}

/// Whether a mention of `found` (sorted, not overlapping) covers token `i`.
fn covers(found: &[RegionMention], i: usize) -> bool {
    let at = found.partition_point(|m| m.last < i);
    found.get(at).is_some_and(|m| m.first <= i)
}

/// Names of provinces, regencies and cities misspelt by one letter after
/// their level word: "Kabupaten Kanawe Utara", "Provinsi Sulewesi Tengah".
/// A name of six letters or more, and only one region of that level within
/// one edit of it.
fn misspelt_regions(
    doc: &Doc<'_>,
    gazetteer: &Gazetteer,
    mask: &[u8],
    found: &[RegionMention],
) -> Vec<RegionMention> {
    let tokens = &doc.tokens;
    let taken = |i: usize| covers(found, i);
    let name_word = |j: usize| {
        tokens
            .get(j)
            .is_some_and(|t| t.kind == crate::TokenKind::Word && t.is_capitalized())
            && !doc.line_break_before(j)
            && !taken(j)
    };
    let mut out = Vec::new();
    let mut i = 1;
    while i < tokens.len() {
        // Most tokens are no capitalised word, which a name must be: the
        // walk jumps to the next one.
        if doc.shapes()[i] & super::CAPITALIZED_WORD == 0 {
            i = super::next_marked(doc.shapes(), i + 1, super::CAPITALIZED_WORD);
            continue;
        }
        // Most tokens follow no level word or place word; after "di" a
        // common word ("di Gedung", "di Kantor") is no place name.
        let locative = tokens[i - 1].text == "di"
            && mask[i] & (super::TITLE | super::BODY | super::HEAD | super::AFFIX | super::LEVEL)
                == 0
            && word_class(tokens[i].text) & FACILITY == 0;
        // "Sulwesi Selatan", "Bolang Mongondow Selatan": a long name that
        // ends in a compass word, anywhere.
        // The document's shapes mark them ([`super::COMPASS`]).
        let compass = |j: usize| {
            doc.shapes()
                .get(j)
                .is_some_and(|&shape| shape & super::COMPASS != 0)
        };
        let compass_after = compass(i + 1) || compass(i + 2) && name_word(i + 1);
        let candidate = mask[i - 1] & super::LEVEL != 0
            || locative && tokens[i].text.len() >= 4 && !super::is_common_word(tokens[i].text)
            || compass_after && tokens[i].text.len() >= 6;
        if !candidate || !name_word(i) {
            i += 1;
            continue;
        }
        // After "di" any of the three levels, for a longer name ("di
        // Kanawe Utara"), not a title, body or honorific.
        let (levels, min_len): (&[Level], usize) = match level_word_before(doc, i) {
            Some(Scope::Province) => (&[Level::Province], 6),
            Some(Scope::Regency) => (&[Level::Regency], 6),
            Some(Scope::City) => (&[Level::City], 6),
            _ if locative => (&[Level::Province, Level::Regency, Level::City], 8),
            _ if compass_after => (&[Level::Province, Level::Regency, Level::City], 12),
            _ => {
                i += 1;
                continue;
            }
        };
        let mut words = 0;
        while words < 3 && name_word(i + words) {
            words += 1;
        }
        let hit = (1..=words).rev().find_map(|n| {
            let last = i + n - 1;
            let span = tokens[i].span.start..tokens[last].span.end;
            if span.len() < min_len {
                return None;
            }
            let written = doc.folded.get(span)?;
            gazetteer
                .one_edit_from(written, levels)
                .map(|region| (last, region))
        });
        match hit {
            Some((last, region)) => {
                out.push(RegionMention {
                    first: i,
                    last,
                    span: Span::new(tokens[i].span.start, tokens[last].span.end),
                    region: Some(region),
                    candidates: Vec::new(),
                    unlisted: None,
                });
                i = last + 1;
            }
            None => i += 1,
        }
    }
    out
}

/// Provinces, regencies and cities joined by a hyphen in one token: "Dapil
/// Buol-Tolitoli", "Gowa-Takalar". Each part that names such a region is a
/// mention of its own (a reduplicated name, "Toli-Toli", is one name and
/// was matched whole).
fn hyphenated_pairs(
    doc: &Doc<'_>,
    gazetteer: &Gazetteer,
    pending: &mut Vec<Pending>,
    pool: &mut Vec<u32>,
) {
    let mut added = false;
    let bytes = doc.text.as_bytes();
    // Visit hyphens, not tokens: one between letters in a capitalised word
    // is rare ("Buol-Tolitoli", "Sul-sel"; "masing-masing" starts in lower
    // case).
    let capitalised_before = |at: usize| {
        let word = bytes[..at]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_alphabetic());
        word.last().is_some_and(u8::is_ascii_uppercase)
    };
    let hyphens = doc.text.match_indices('-').map(|(at, _)| at).filter(|&at| {
        at > 0
            && bytes[at - 1].is_ascii_alphabetic()
            && bytes.get(at + 1).is_some_and(u8::is_ascii_alphabetic)
            && (bytes[at + 1].is_ascii_uppercase() || capitalised_before(at))
    });
    let mut last_token = usize::MAX;
    // The hits read so far, in order and apart (the pairs added below lie
    // on hyphen tokens already passed).
    let read = pending.len();
    let ordered = in_order(pending, |p| (p.first, p.last));
    for at in hyphens {
        let k = doc.tokens.partition_point(|t| t.span.end <= at);
        let Some(t) = doc.tokens.get(k) else { break };
        if k == last_token
            || t.span.start > at
            || t.kind != crate::TokenKind::Word
            || !t.is_capitalized()
            || if ordered {
                let after = pending[..read].partition_point(|p| p.last < k);
                pending[..read].get(after).is_some_and(|p| p.first <= k)
            } else {
                pending.iter().any(|p| p.first <= k && k <= p.last)
            }
        {
            continue;
        }
        last_token = k;
        let parts: Vec<(usize, &str)> = t
            .text
            .split('-')
            .scan(0, |at, part| {
                let start = *at;
                *at += part.len() + 1;
                Some((start, part))
            })
            .collect();
        let reduplicated = parts
            .windows(2)
            .any(|w| w[0].1.eq_ignore_ascii_case(w[1].1));
        if parts.len() < 2 || reduplicated {
            continue;
        }
        // "Sul-sel", "Sul-Teng": a short form written with a hyphen is the
        // short form ("Sulsel").
        if parts.len() == 2 {
            let joined: String = parts.iter().map(|(_, part)| *part).collect();
            if let Some(hit) = hyphenated_part_hit(gazetteer, pool, &joined) {
                pending.push(Pending {
                    first: k,
                    last: k,
                    span: t.span,
                    pattern: hit.0,
                    mode: Mode::Free,
                    candidates: hit.1,
                    cue: false,
                });
                added = true;
                continue;
            }
        }
        let count = parts.len();
        let read_before = pending.len();
        let mut named_parts = 0;
        for (n, (offset, part)) in parts.into_iter().enumerate() {
            if !part.starts_with(|c: char| c.is_ascii_uppercase()) || part.len() < 3 {
                continue;
            }
            // A level word ("Kota Palu-Kabupaten Poso") or a word in
            // capitals ("PALU,SULTENG-MEDIA …") may stand beside a region.
            if Scope::of_level_word(part).is_none()
                && !part.bytes().all(|b| !b.is_ascii_lowercase())
            {
                named_parts += 1;
            }
            // "Mamuju-Majene-Polewali Mandar": the last part may go on with
            // the word after the token.
            let next = doc.tokens.get(k + 1).filter(|n| {
                n.kind == crate::TokenKind::Word
                    && n.is_capitalized()
                    && n.span.start == t.span.end + 1
                    && !doc.line_break_before(k + 1)
            });
            let longer = next.filter(|_| n + 1 == count).and_then(|next| {
                let name = format!("{part} {}", next.text);
                hyphenated_part_hit(gazetteer, pool, &name).map(|hit| (hit, next.span.end))
            });
            let (last, end, (pattern, candidates)) = match longer {
                Some((hit, end)) => (k + 1, end, hit),
                None => match hyphenated_part_hit(gazetteer, pool, part) {
                    Some(hit) => (k, t.span.start + offset + part.len(), hit),
                    None => continue,
                },
            };
            let start = t.span.start + offset;
            pending.push(Pending {
                first: k,
                last,
                span: Span::new(start, end),
                pattern,
                mode: Mode::Free,
                candidates,
                cue: false,
            });
            added = true;
        }
        // "P3E Bali-Nusra", "Sulawesi-Maluku": a compound with a part that
        // is no region names an area of its own, not a list of regions.
        let regions_read = pending[read_before..]
            .iter()
            .filter(|p| !doc.text[p.span].bytes().all(|b| !b.is_ascii_lowercase()))
            .count();
        if regions_read < named_parts {
            pending.truncate(read_before);
        }
    }
    if added {
        pending.sort_by_key(|p| (p.first, p.span.start));
    }
}

/// The pattern a part of a hyphenated word names and its provinces,
/// regencies and cities that need no trigger, pooled; `None` when there is
/// none.
fn hyphenated_part_hit(
    gazetteer: &Gazetteer,
    pool: &mut Vec<u32>,
    part: &str,
) -> Option<(usize, Cands)> {
    let (pattern, entries) = gazetteer.lookup_entries(part)?;
    let candidates = pooled(
        pool,
        entries
            .iter()
            .map(|&e| gazetteer.candidate(e))
            .filter(|c| !c.needs_trigger && gazetteer.region(c.region).level() <= Level::City)
            .map(|c| c.region),
    );
    let list = &mut pool[candidates.0 as usize..];
    list.sort_unstable();
    let kept = candidates.0 + dedup_in_place(list) as u32;
    pool.truncate(kept as usize);
    (candidates.0 != kept).then_some((pattern, (candidates.0, kept)))
}

/// Token ranges of enumerations under a level noun and their scope: "enam
/// kecamatan, yakni Sangkub, Bintauna dan Bolangitang Timur", "tiga
/// kecamatan, yaitu:\n• Wawonii Barat\n• Wawonii Selatan". Each name in
/// the range is read as if the level word stood before it.
fn enumerations(doc: &Doc<'_>, mask: &[u8]) -> Vec<(usize, usize, Scope)> {
    const MAX_TOKENS: usize = 80;
    let tokens = &doc.tokens;
    let text = |k: usize| doc.word(k);
    let is = |k: usize, w: &str| text(k).eq_ignore_ascii_case(w);
    let mut out = Vec::new();
    for i in super::marked(&mask[..tokens.len().min(mask.len())], super::LEVEL) {
        let scope = match doc.level_word(i) {
            Some(s @ (Scope::District | Scope::Village)) => s,
            _ => continue,
        };
        // A header's level word has no name after it ("No Kecamatan Kasus").
        let header = mask.get(i + 1).is_some_and(|&b| b & REGION == 0);
        if let Some(rows) = header.then(|| table_rows(doc, i)).flatten() {
            out.push((rows.0, rows.1, scope));
            continue;
        }
        if let Some(end) = names_listed_after_level_word(doc, mask, i) {
            out.push((i + 1, end, scope));
            continue;
        }
        // "lima kecamatan terdampak, yaitu …", "desa terkena banjir
        // yakni …": a participle (ter-, ber-) and a word after it may
        // describe the places before the list; not "desa baru, yaitu Desa
        // …", whose items write their own level word.
        let mut j = i + 1;
        let participle = tokens.get(j).is_some_and(|t| {
            t.kind == crate::TokenKind::Word
                && !t.is_capitalized()
                && t.text.len() > 5
                && (t.text.starts_with("ter") || t.text.starts_with("ber"))
        });
        if participle {
            j += 1;
            let plain = tokens
                .get(j)
                .is_some_and(|t| t.kind == crate::TokenKind::Word && !t.is_capitalized());
            if plain && !(is(j, "yakni") || is(j, "yaitu") || is(j, "meliputi") || is(j, "antara"))
            {
                j += 1;
            }
        }
        if text(j) == "," {
            j += 1;
        }
        if is(j, "yakni") || is(j, "yaitu") || is(j, "meliputi") || text(j) == ":" {
            j += 1;
        } else if is(j, "antara") && is(j + 1, "lain") {
            j += 2;
        } else {
            continue;
        }
        if text(j) == ":" {
            j += 1;
        }
        let mut end = None;
        let mut k = j;
        while k < tokens.len() && k < j + MAX_TOKENS {
            let t = &tokens[k];
            // A full stop belongs to the list only after an item number
            // ("1."); otherwise the sentence, and the list, end.
            let listy = t.is_capitalized()
                || t.kind == crate::TokenKind::Number
                || matches!(t.text, "," | ";" | "•" | "-" | "–" | ")")
                || t.text == "." && k > 0 && tokens[k - 1].kind == crate::TokenKind::Number
                || is(k, "dan")
                || is(k, "serta");
            if !listy {
                break;
            }
            end = Some(k);
            k += 1;
        }
        if let Some(end) = end {
            out.push((j, end, scope));
        }
    }
    out
}

/// The last token of names listed right after the level word at `i`, up
/// to one joined by "dan" or "serta": "Desa Tateli, Kalasey Satu, dan
/// Kalasey Dua". Each item is one to three capitalised words that start no
/// title, body, affix or level word; not after a title's role ("Kepala
/// Desa A, B …" names a holder after the place).
fn names_listed_after_level_word(doc: &Doc<'_>, mask: &[u8], i: usize) -> Option<usize> {
    let tokens = &doc.tokens;
    let text = |k: usize| doc.word(k);
    let item_word = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            t.kind == crate::TokenKind::Word
                && t.is_capitalized()
                && !t.is_all_caps()
                && !is_hamlet_word(t.text)
        }) && mask[k]
            & (super::TITLE | super::ROLE | super::BODY | super::HEAD | super::AFFIX | super::LEVEL)
            == 0
            && !doc.line_break_before(k)
    };
    // One item from `k`: its last token.
    let item = |k: usize| {
        if !item_word(k) {
            return None;
        }
        let mut last = k;
        while last < k + 2 && item_word(last + 1) {
            last += 1;
        }
        // "Desa Tondo Dusun 1, Talise": a hamlet named with its village.
        if is_hamlet_word(text(last + 1)) && !doc.line_break_before(last + 2) {
            last += 2;
        }
        Some(last)
    };
    if i == 0 || text(i - 1).eq_ignore_ascii_case("kepala") || mask[i - 1] & super::ROLE != 0 {
        return None;
    }
    let mut last = item(i + 1)?;
    let mut commas = 0;
    loop {
        let mut k = last + 1;
        if text(k) == "," {
            commas += 1;
            k += 1;
        }
        if matches!(text(k), "dan" | "serta") {
            let end = item(k + 1)?;
            return (commas >= 1).then_some(end);
        }
        if commas == 0 || text(k - 1) != "," {
            return None;
        }
        last = item(k)?;
    }
}

/// The rows of a table whose header holds the level word at `i`: "No
/// Kecamatan Kasus\n1 Tilamuta 38\n2 Paguyaman 27". Rows start with a
/// number and a capitalised name; the range runs over every such row.
fn table_rows(doc: &Doc<'_>, i: usize) -> Option<(usize, usize)> {
    const MAX_HEADER: usize = 8;
    let tokens = &doc.tokens;
    let row_starts = |k: usize| {
        doc.line_break_before(k)
            && tokens
                .get(k)
                .is_some_and(|t| t.kind == crate::TokenKind::Number)
            && tokens.get(k + 1).is_some_and(|t| t.is_capitalized())
    };
    let first_row =
        (i + 1..(i + MAX_HEADER).min(tokens.len())).find(|&k| doc.line_break_before(k))?;
    if !row_starts(first_row) {
        return None;
    }
    let mut end = first_row;
    let mut k = first_row;
    while k < tokens.len() {
        // One row: to the next line break.
        k += 1;
        while k < tokens.len() && !doc.line_break_before(k) {
            k += 1;
        }
        end = k - 1;
        if !row_starts(k) {
            break;
        }
    }
    Some((first_row, end))
}

/// Places the gazetteer does not hold, read by their trigger: "Distrik
/// Sentani Timur", "Kecamatan Amarasi, Amarasi Barat, Fatuleu dan Takari"
/// (villages and districts outside Sulawesi, or missing from the decree's
/// table). Each is reported with its level and no code. A trigger inside a
/// title ("Kepala Desa X": X may be the holder) reads nothing.
fn unlisted_places(
    doc: &Doc<'_>,
    mask: &[u8],
    in_title: &dyn Fn(usize) -> bool,
    found: &[RegionMention],
) -> Vec<RegionMention> {
    let tokens = &doc.tokens;
    let taken = |i: usize| covers(found, i);
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < tokens.len() {
        // Both readings below want a capitalised word or "(" next: the walk
        // jumps to the token before the next such one.
        let next = super::CAPITALIZED | super::OPEN_PARENTHESIS;
        if doc.shapes()[i + 1] & next == 0 {
            i = super::next_marked(doc.shapes(), i + 2, next) - 1;
            continue;
        }
        // "Kades Kukupang, Kecamatan …", "Kepala Desa (Kades) Fluk,
        // Kecamatan …": a village head's village, placed by its district.
        // Only a head word or a level word may start a village head's
        // title: most tokens are neither, which a table says before the
        // call.
        let may_head = mask[i] & super::LEVEL != 0 || may_be_village_head_word(doc.word(i));
        if let Some((first, last)) = may_head
            .then(|| village_of_its_head(doc, mask, in_title, &taken, i))
            .flatten()
        {
            out.push(unlisted_mention(doc, first, last, Level::Village));
            i = last + 1;
            continue;
        }
        if mask[i] & super::LEVEL == 0 || !tokens[i + 1].is_capitalized() {
            i += 1;
            continue;
        }
        let level = match doc.level_word(i) {
            Some(Scope::District) => Level::District,
            Some(Scope::Village) => Level::Village,
            _ => {
                i += 1;
                continue;
            }
        };
        if in_title(i) || taken(i + 1) {
            i += 1;
            continue;
        }
        // "Hari Desa Nasional", "Desa Wisata": a common word after the
        // level word names a kind of village; a field's noun before it
        // makes the level word part of the field ("Pemerintahan Desa").
        let common_noun = names_a_kind_of_village(tokens[i + 1].text)
            || i > 0 && super::looks_derived_noun(tokens[i - 1].text);
        let Some(last) = place_name(doc, mask, i + 1, &taken).filter(|_| !common_noun) else {
            i += 1;
            continue;
        };
        // "… Pemerintahan Desa Djefry S Sajow": a word, an initial and a
        // word are a person's name, not a village's.
        if doc.initial_then_word(last + 1) {
            i = last + 1;
            continue;
        }
        out.push(unlisted_mention(doc, i + 1, last, level));
        i = last + 1;
        // "Kecamatan Amarasi, Amarasi Barat, Fatuleu dan Takari": one
        // trigger before an enumeration of districts.
        if level == Level::District {
            while let Some((first, last)) = next_listed_place(doc, mask, i, &taken) {
                out.push(unlisted_mention(doc, first, last, level));
                i = last + 1;
            }
        }
    }
    out.extend(doc.line_starts().filter_map(|start| {
        unlisted_dateline(doc, mask, &taken, start)
            .or_else(|| village_before_district(doc, mask, &taken, start))
    }));
    if !out.is_empty() {
        let repeats = repeated_places(doc, &out, &taken);
        out.extend(repeats);
        out.sort_by_key(|m| m.first);
    }
    out
}

/// The village named after a village head's title at `i` ("Kades X",
/// "Kepala Desa (Kades) X") when its district follows ("…, Kecamatan Y",
/// "… di Kecamatan Y"): without the district, X may be the holder.
fn village_of_its_head(
    doc: &Doc<'_>,
    mask: &[u8],
    in_title: &dyn Fn(usize) -> bool,
    taken: &dyn Fn(usize) -> bool,
    i: usize,
) -> Option<(usize, usize)> {
    let tokens = &doc.tokens;
    let text = |k: usize| doc.word(k);
    // The village follows capitalised, or after the title's short form in
    // parentheses: most tokens have neither after them, which is cheaper
    // to ask than the title words.
    if !tokens
        .get(i + 1)
        .is_some_and(|t| t.is_capitalized() || t.text == "(")
    {
        return None;
    }
    let is = |k: usize, word: &str| text(k).eq_ignore_ascii_case(word);
    let head = VILLAGE_HEAD_WORDS.iter().any(|w| is(i, w))
        // "Hukum Tua X", "Kepala Pemerintah Negeri X", "Kepala Kampung X".
        || is(i, "tua") && i > 0 && is(i - 1, "hukum")
        || is(i, "negeri") && i > 0 && (is(i - 1, "pemerintah") || is(i - 1, "pemerintahan"))
        || is(i, "kampung") && i > 0 && is(i - 1, "kepala")
        || mask[i] & super::LEVEL != 0
            && doc.level_word(i) == Some(Scope::Village)
            && in_title(i);
    if !head {
        return None;
    }
    let first = if text(i + 1) == "(" && text(i + 3) == ")" {
        i + 4
    } else {
        i + 1
    };
    if !tokens.get(first).is_some_and(|t| t.is_capitalized()) || taken(first) {
        return None;
    }
    let last = place_name(doc, mask, first, taken)?;
    district_follows(doc, last, &[",", "di"]).then_some((first, last))
}

/// One-word titles of a village's head, by region: Kades, the Sangihe
/// Kapitalaung, the Bolaang Mongondow Sangadi, the Minahasa Hukumtua, the
/// Maluku KPN (Kepala Pemerintah Negeri), Bali's Perbekel, Aceh's Keuchik.
const VILLAGE_HEAD_WORDS: &[&str] = &[
    "kades",
    "kapitalaung",
    "sangadi",
    "hukumtua",
    "kpn",
    "perbekel",
    "keuchik",
    "geuchik",
];

/// Words after "Desa" that name a kind or standing of village rather than
/// one: the village index's grades ("Desa Mandiri", "Desa Sangat
/// Tertinggal"), programmes ("Desa Wisata", "Desa Siaga") and "Hari Desa
/// Nasional"; the common words the name model knows besides, but for
/// function words.
fn names_a_kind_of_village(word: &str) -> bool {
    const KINDS: &[&str] = &[
        "mandiri",
        "sangat",
        "nasional",
        "siaga",
        "binaan",
        "percontohan",
        "tangguh",
        "digital",
        "cantik",
        "prima",
        "inklusi",
        "antikorupsi",
        "definitif",
        "persiapan",
        "induk",
        "pemekaran",
        "terpencil",
        "lingkar",
        "penyangga",
        "terdampak",
        "setempat",
        "lain",
    ];
    // A function word names no kind: "Desa Pada" is the village.
    KINDS.iter().any(|k| word.eq_ignore_ascii_case(k))
        || super::is_common_word(word)
            && !crate::stopwords::Stopwords::default_list().is_stopword(word)
}

/// Per first letter (lowercased), a bit for the length of each word
/// [`village_of_its_head`] compares a token with: [`VILLAGE_HEAD_WORDS`],
/// "tua", "negeri" and "kampung".
static VILLAGE_HEAD_SHAPES: [u32; 26] = {
    let mut shapes = [0u32; 26];
    let mut n = 0;
    while n < VILLAGE_HEAD_WORDS.len() + 3 {
        let word = if n < VILLAGE_HEAD_WORDS.len() {
            VILLAGE_HEAD_WORDS[n].as_bytes()
        } else {
            [b"tua".as_slice(), b"negeri", b"kampung"][n - VILLAGE_HEAD_WORDS.len()]
        };
        assert!(word[0].is_ascii_lowercase() && word.len() < 32);
        shapes[(word[0] - b'a') as usize] |= 1 << word.len();
        n += 1;
    }
    shapes
};

/// Whether `word` may equal one of the words of [`VILLAGE_HEAD_SHAPES`]
/// ignoring ASCII case (its first letter and length are one's): a
/// necessary condition of [`village_of_its_head`]'s word tests.
#[inline]
fn may_be_village_head_word(word: &str) -> bool {
    let bytes = word.as_bytes();
    let Some(&first) = bytes.first() else {
        return false;
    };
    let letter = (first | 0x20).wrapping_sub(b'a') as usize;
    letter < 26 && bytes.len() < 32 && VILLAGE_HEAD_SHAPES[letter] & 1 << bytes.len() != 0
}

/// Words that end the names of news media ("LUWUK POST", "HARIANPOST").
const MEDIA_ENDINGS: &[&str] = &[
    "POST", "POS", "NEWS", "TIMES", "ONLINE", "TV", "COM", "ID", "EKSPRES", "EXPRESS", "PAGI",
    "TODAY", "CHANNEL", "KINI", "RAYA",
];

/// Words that start the names of news media and agencies ("RADAR
/// SULTENG", "NUANSA SULTRA", "ANTARA Sulsel").
const MEDIA_STARTS: &[&str] = &[
    "RADAR", "METRO", "HARIAN", "TRIBUN", "KABAR", "BERITA", "SUARA", "WARTA", "MEDIA", "INFO",
    "PORTAL", "ANTARA", "NUANSA",
];

/// Whether the region name over `first..=last` is part of a medium's name:
/// "LUWUK POST", "NUANSA SULTRA", "(ANTARA Sulsel)", "Antaranews Sultra".
fn in_media_name(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    let tokens = &doc.tokens;
    let before = first.checked_sub(1).map(|p| &tokens[p]);
    let agency = before.is_some_and(|t| {
        t.text.eq_ignore_ascii_case("antara") || t.text.eq_ignore_ascii_case("antaranews")
    });
    // The words around first: most names have no medium's word there.
    let start = before.is_some_and(|t| MEDIA_STARTS.contains(&t.text) && t.is_all_caps());
    let end = tokens
        .get(last + 1)
        .is_some_and(|t| MEDIA_ENDINGS.contains(&t.text) && t.is_all_caps());
    let capitals = || tokens[first..=last].iter().all(|t| t.is_all_caps());
    agency || (start || end) && capitals() || medium_before_dateline(doc, first, last)
}

/// Whether the region name over `first..=last` follows another word in
/// capitals at the start of a line, before a comma and the dateline's
/// town: "KAREBA SULTENG, PALU –" names the medium, then the town.
fn medium_before_dateline(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    let tokens = &doc.tokens;
    let Some(before) = first.checked_sub(1) else {
        return false;
    };
    let line_start = before == 0 || doc.line_break_before(before);
    let word_in_capitals = |t: &crate::Token<'_>| {
        t.kind == crate::TokenKind::Word && t.text.len() >= 3 && t.is_all_caps()
    };
    line_start
        && word_in_capitals(&tokens[before])
        && tokens[first..=last].iter().all(|t| t.is_all_caps())
        && tokens.get(last + 1).is_some_and(|t| t.text == ",")
        && tokens.get(last + 2).is_some_and(word_in_capitals)
}

/// Villages the gazetteer lacks, listed one a line with their district
/// after them: "1. Ifar Besar, Distrik Sentani", "Tiu Kecamatan Petasia
/// Timur". The district is read by its own trigger.
fn village_before_district(
    doc: &Doc<'_>,
    mask: &[u8],
    taken: &dyn Fn(usize) -> bool,
    start: usize,
) -> Option<RegionMention> {
    let tokens = &doc.tokens;
    // "1." or "1)" numbering the item, or a bullet.
    let mut k = start;
    if tokens[k].kind == crate::TokenKind::Number
        && tokens
            .get(k + 1)
            .is_some_and(|t| matches!(t.text, "." | ")"))
    {
        k += 2;
    } else if matches!(tokens[k].text, "-" | "–" | "•" | "*") {
        // A bullet.
        k += 1;
    }
    // Most lines hold no district trigger near their start.
    if !(k + 1..k + 6).any(|j| mask.get(j).is_some_and(|m| m & super::LEVEL != 0)) {
        return None;
    }
    let last = list_item_place_name(doc, mask, k, taken)?;
    district_follows(doc, last, &[","]).then(|| unlisted_mention(doc, k, last, Level::Village))
}

/// Whether a district's trigger and name follow the place ending at `last`,
/// past one of `separators`: ", Kecamatan Petasia", "di Kecamatan Samaturu".
/// The name must be no common word: not a table's header ("No Kecamatan
/// Kasus").
fn district_follows(doc: &Doc<'_>, last: usize, separators: &[&str]) -> bool {
    let tokens = &doc.tokens;
    let mut k = last + 1;
    if tokens
        .get(k)
        .is_some_and(|t| separators.iter().any(|s| t.text.eq_ignore_ascii_case(s)))
    {
        k += 1;
    }
    let district_name = tokens.get(k + 1).is_some_and(|t| {
        t.kind == crate::TokenKind::Word && t.is_capitalized() && !super::is_common_word(t.text)
    });
    district_name
        && !doc.line_break_before(k)
        && tokens
            .get(k)
            .is_some_and(|_| doc.level_word(k) == Some(Scope::District))
}

/// Datelines of towns the gazetteer lacks: "MARISA (RG) –", "ZONASULTRA.COM,
/// WANGGUDU –", "SOFIFI, pilarmalut.com –" at the start of a line that
/// goes on as a paragraph. A town that is no regency is a district's or
/// village's seat; it is reported as a district, without a code.
fn unlisted_dateline(
    doc: &Doc<'_>,
    mask: &[u8],
    taken: &dyn Fn(usize) -> bool,
    start: usize,
) -> Option<RegionMention> {
    let tokens = &doc.tokens;
    let is_dash = |k: usize| matches!(tokens.get(k).map(|t| t.text), Some("–" | "—" | "-"));
    // "HARIANPOST (POHUWATO) –", "METRO SULTENG –": a medium's name.
    let media_name = |t: &crate::Token<'_>| {
        MEDIA_ENDINGS.iter().any(|e| t.text.ends_with(e))
            || MEDIA_STARTS.iter().any(|m| t.text.starts_with(m))
    };
    let medium = |k: usize| tokens.get(k).is_some_and(media_name) || taken(k);
    let t = &tokens[start];
    // A site's name before the town: "ZONASULTRA.COM, WANGGUDU –",
    // "KOLAKAPOS, Andoolo–", "GoSulut.Id - Limboto -".
    let media_word = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.is_all_caps() && media_name(t))
    };
    let site_first = t.kind == crate::TokenKind::Url || media_word(start) && !taken(start);
    let first = if site_first {
        let mut j = start + 1;
        while j < start + 3 && media_word(j) {
            j += 1;
        }
        let separator = tokens
            .get(j)
            .is_some_and(|t| matches!(t.text, "," | "|") || is_dash(j));
        if !separator || doc.line_break_before(j + 1) {
            return None;
        }
        j + 1
    } else {
        start
    };
    // The separator after the town (and its second word or the writer's
    // initials) is the cheapest necessary test: most lines have none.
    let separator_at = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| matches!(t.text, "," | "–" | "—" | "-"))
    };
    if ![first + 1, first + 2, first + 4, first + 5]
        .into_iter()
        .any(separator_at)
    {
        return None;
    }
    let town_word = |k: usize, any_case: bool| {
        tokens.get(k).is_some_and(|t| {
            t.kind == crate::TokenKind::Word
                && t.text.len() >= 4
                && (t.is_all_caps() || any_case && t.is_capitalized())
                && mask[k] & (super::TITLE | super::BODY | super::LEVEL) == 0
                && !super::is_common_word(t.text)
        }) && !taken(k)
    };
    let capitals = town_word(first, false);
    // A town in title case ("KOLAKAPOS, Andoolo–", "Jailolo, beritalima.com
    // –") needs a medium's name around it: a line that starts with one
    // capitalised word and a dash may name the medium itself
    // ("Tandaseru —").
    let title_case = !capitals && town_word(first, true);
    if !capitals && !title_case || medium(first) || medium(first + 1) {
        return None;
    }
    let last = if town_word(first + 1, !capitals) && !is_dash(first + 1) {
        first + 1
    } else {
        first
    };
    // "BANGGAI RAYA –": an informal area (or the medium named after it),
    // as "Luwu Raya" is in running text.
    if last > first && tokens[last].text.eq_ignore_ascii_case("raya") {
        return None;
    }
    let mut sep = last + 1;
    // "MARISA (RG) –": the writer's initials before the dash.
    let initials = tokens
        .get(sep + 1)
        .is_some_and(|t| t.text.len() <= 3 && t.is_all_caps());
    if tokens.get(sep).is_some_and(|t| t.text == "(")
        && initials
        && tokens.get(sep + 2).is_some_and(|t| t.text == ")")
    {
        sep += 3;
    }
    let separated = if capitals || site_first {
        tokens
            .get(sep)
            .is_some_and(|t| matches!(t.text, "," | "–" | "—" | "-"))
    } else {
        // A comma and a medium's address before the dash: "Parigi,
        // Rajawalinet.co —".
        tokens.get(sep).is_some_and(|t| t.text == ",")
            && (sep + 2..=sep + 3).any(|k| {
                is_dash(k) && (sep + 1..k).all(|j| tokens[j].kind == crate::TokenKind::Url)
            })
    };
    // The line goes on as a paragraph, not a headline in capitals.
    let paragraph = (sep + 1..sep + 6).all(|k| {
        let capitals = |t: &crate::Token<'_>| {
            t.kind == crate::TokenKind::Word && t.text.len() > 3 && t.is_all_caps()
        };
        tokens
            .get(k)
            .is_some_and(|t| !doc.line_break_before(k) && !capitals(t))
    });
    (separated && paragraph).then(|| unlisted_mention(doc, first, last, Level::District))
}

/// Later or earlier mentions of the unlisted places in `places` without
/// their trigger: "Camat Lembor Selatan Yohanes Dopo" after "Kecamatan
/// Lembor Selatan" names the district, not a person "Lembor Selatan …".
fn repeated_places(
    doc: &Doc<'_>,
    places: &[RegionMention],
    taken: &dyn Fn(usize) -> bool,
) -> Vec<RegionMention> {
    let tokens = &doc.tokens;
    let mut out = Vec::new();
    // The places by their first word (then in order), so that each token
    // is compared with the places that start with it only.
    let mut by_first: Vec<(&str, usize)> = places
        .iter()
        .enumerate()
        .map(|(k, p)| (tokens[p.first].text, k))
        .collect();
    by_first.sort_unstable();
    // Per first byte, the lengths (up to 31, or more) of the places' first
    // words: a long text's places start with nearly every capital.
    let mut shapes = [0u32; 256];
    let shape = |w: &str| {
        let first = usize::from(w.as_bytes().first().copied().unwrap_or(0));
        (first, 1u32 << w.len().min(31))
    };
    for &(w, _) in &by_first {
        let (first, length) = shape(w);
        shapes[first] |= length;
    }
    let mut i = 0;
    while i < tokens.len() {
        let word = tokens[i].text;
        // Most tokens have the first byte and length of no place's word.
        let (first, length) = shape(word);
        if shapes[first] & length == 0 {
            i += 1;
            continue;
        }
        let from = by_first.partition_point(|&(w, _)| w < word);
        let to = from + by_first[from..].partition_point(|&(w, _)| w == word);
        // The longest name written here: "Lembor Selatan", not "Lembor".
        let repeat = by_first[from..to]
            .iter()
            .map(|&(_, k)| &places[k])
            .filter(|p| {
                let n = p.last - p.first;
                p.first != i
                    && i + n < tokens.len()
                    && (0..=n).all(|d| tokens[i + d].text == tokens[p.first + d].text)
            })
            .max_by_key(|p| p.last - p.first);
        match repeat {
            Some(p)
                if !taken(i)
                    && !blocked(doc, i)
                    && !places.iter().any(|q| q.first <= i && i <= q.last) =>
            {
                let last = i + (p.last - p.first);
                out.push(unlisted_mention(
                    doc,
                    i,
                    last,
                    p.unlisted.unwrap_or(Level::Village),
                ));
                i = last + 1;
            }
            _ => i += 1,
        }
    }
    out
}

fn unlisted_mention(doc: &Doc<'_>, first: usize, last: usize, level: Level) -> RegionMention {
    RegionMention {
        first,
        last,
        span: Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end),
        region: None,
        candidates: Vec::new(),
        unlisted: Some(level),
    }
}

/// Whether token `j` may be a word of a place's name: a capitalised word
/// that is no level word, title, body, affix or known region.
fn place_word(doc: &Doc<'_>, mask: &[u8], j: usize, taken: &dyn Fn(usize) -> bool) -> bool {
    doc.tokens.get(j).is_some_and(|t| {
        t.kind == crate::TokenKind::Word
            && t.is_capitalized()
            && !t.is_all_caps()
            // "Kecamatan Banggae Sampai di …": a function word ends a name.
            && !crate::Stopwords::default_list().is_stopword(t.text)
            && doc.level_word(j).is_none()
            // "Desa Tondo Dusun 1": a hamlet of the village, no part of
            // its name.
            && !is_hamlet_word(t.text)
            && mask[j] & (super::TITLE | super::ROLE | super::BODY | super::HEAD | super::AFFIX)
                == 0
            && !taken(j)
    })
}

/// Whether a word names a part of a village ("Dusun", "Lingkungan"):
/// it ends the village's name.
fn is_hamlet_word(word: &str) -> bool {
    ["dusun", "lingkungan", "dukuh"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
}

/// Whether the word at `j` goes on a place's name written before it: it
/// qualifies the name ("Sentani Timur", "Doyo Lama"), ends the run
/// ("Macang Pacar."), or the next level word follows it ("Kesui Watubela
/// Kabupaten …"). In "Distrik Sentani Timur Yance Wally" the person's name
/// follows instead.
fn continues_place_name(
    doc: &Doc<'_>,
    mask: &[u8],
    j: usize,
    taken: &dyn Fn(usize) -> bool,
) -> bool {
    let tokens = &doc.tokens;
    place_word(doc, mask, j, taken)
        && !doc.line_break_before(j)
        && (is_place_qualifier(tokens[j].text)
            || !tokens
                .get(j + 1)
                .is_some_and(|t| t.is_capitalized() && t.is_wordlike())
            || doc.level_word(j + 1).is_some() && !doc.line_break_before(j + 1)
            // "Kec Ile Mandiri Iptu Rudi": a rank, honorific or title after
            // it starts the holder's name; "Desa Wae Lengga Dan Desa …".
            || mask
                .get(j + 1)
                .is_some_and(|m| m & (super::AFFIX | super::TITLE) != 0)
            || tokens.get(j + 1).is_some_and(|t| t.text == "Dan"))
}

/// The last token of a place name of one to three capitalised words from
/// `k`: no common word first, no level word, title, body or known region
/// inside.
fn place_name(
    doc: &Doc<'_>,
    mask: &[u8],
    k: usize,
    taken: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    if doc.in_title_case_line(k) {
        return None;
    }
    list_item_place_name(doc, mask, k, taken)
}

/// [`place_name`] in a list item, whose words are capitalised as a
/// headline's are ("- Buko Utara Kecamatan Pinogaluman") but name places.
fn list_item_place_name(
    doc: &Doc<'_>,
    mask: &[u8],
    k: usize,
    taken: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let tokens = &doc.tokens;
    if !place_word(doc, mask, k, taken) || super::is_common_word(tokens[k].text) {
        return None;
    }
    let mut last = k;
    while last < k + 2 && continues_place_name(doc, mask, last + 1, taken) {
        last += 1;
    }
    // "Distrik Wamena Kota", "Kecamatan Poso Kota": "Kota" ends a name
    // when no other name follows it.
    let town = tokens.get(last + 1).is_some_and(|t| t.text == "Kota")
        && !tokens
            .get(last + 2)
            .is_some_and(|t| t.is_capitalized() && t.is_wordlike());
    if town && !doc.line_break_before(last + 1) {
        last += 1;
    }
    Some(last)
}

/// Words that end many place names: compass points and the like ("Utara",
/// "Lama", "Kepulauan").
fn is_place_qualifier(word: &str) -> bool {
    const QUALIFIERS: &[&str] = &[
        "utara",
        "selatan",
        "barat",
        "timur",
        "tengah",
        "tenggara",
        "laut",
        "daya",
        "raya",
        "jaya",
        "lama",
        "baru",
        "besar",
        "kecil",
        "atas",
        "bawah",
        "hulu",
        "hilir",
        "pantai",
        "pesisir",
        "kepulauan",
        "kota",
        "indah",
        "makmur",
        "permai",
        "asri",
        "dua",
        "satu",
        "tiga",
    ];
    let mut buf = [0u8; 16];
    ascii_lower(word, &mut buf).is_some_and(|w| QUALIFIERS.contains(&w))
}

/// The next item of an enumeration of places at `k`: ", X" followed by more
/// items, or "dan X" / "serta X" closing it.
fn next_listed_place(
    doc: &Doc<'_>,
    mask: &[u8],
    k: usize,
    taken: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let sep = doc.tokens.get(k)?.text;
    let closing = sep.eq_ignore_ascii_case("dan") || sep.eq_ignore_ascii_case("serta");
    if sep != "," && !closing {
        return None;
    }
    let first = k + 1;
    let last = place_name(doc, mask, first, taken)?;
    let after = doc.word(last + 1);
    // An item after a comma must be followed by another separator: the
    // enumeration goes on.
    let continues = matches!(after, "," | "dan" | "serta");
    (closing || continues).then_some((first, last))
}

/// Classes of the words around a region name (bits), by lowercase word.
const BLOCKS: u8 = 1;
const BLOCKS_CAPITALIZED: u8 = 2;
const LOCATIVE: u8 = 4;
const FACILITY: u8 = 8;
const BLOCKS_LOWERCASE: u8 = 16;

/// The lengths of the listed words by their shape (first two letters,
/// [`crate::fold::shape_index`]), as bits: most words asked are in no list
/// and fail here, before the fold and hash.
static WORD_SHAPES: Lazy<Box<[u16]>> = Lazy::new(|| {
    let mut shapes = vec![0u16; crate::fold::SHAPES].into_boxed_slice();
    for word in WORD_CLASSES.keys() {
        shapes[crate::fold::shape_index(word)] |= 1 << word.len();
    }
    shapes
});

static WORD_CLASSES: Lazy<FastMap<&'static [u8], u8>> = Lazy::new(|| {
    let mut map: FastMap<&'static [u8], u8> = FastMap::default();
    for (list, class) in [
        (NOT_A_REGION_AFTER, BLOCKS),
        (GEOGRAPHIC_FEATURES, BLOCKS),
        (NOT_A_REGION_AFTER_CAPITALIZED, BLOCKS_CAPITALIZED),
        (NOT_A_REGION_AFTER_LOWERCASE, BLOCKS_LOWERCASE),
        (LOCATIVES, LOCATIVE),
        (FACILITY_NOUNS, FACILITY),
    ] {
        for &word in list {
            *map.entry(word.as_bytes()).or_insert(0) |= class;
        }
    }
    map
});

/// Builds the word classes and their shapes (the analyzer does, so that
/// no document's analysis does).
pub(super) fn build_word_classes() {
    Lazy::force(&WORD_SHAPES);
}

/// The class bits of a word (0 for most words): one lookup instead of a
/// scan of each word list.
#[inline]
fn word_class(word: &str) -> u8 {
    // The longest word listed has eleven letters: longer words, and words
    // that start with no letter, are in no class.
    let bytes = word.as_bytes();
    if bytes.len() > 12
        || !bytes.first().is_some_and(u8::is_ascii_alphabetic)
        || WORD_SHAPES[crate::fold::shape_index(bytes)] & 1 << bytes.len() == 0
    {
        return 0;
    }
    let mut buf = [0u8; 12];
    for (slot, &b) in buf.iter_mut().zip(bytes) {
        *slot = b.to_ascii_lowercase();
    }
    WORD_CLASSES.get(&buf[..bytes.len()]).copied().unwrap_or(0)
}

/// Whether the name at token `first` ends a longer proper name: a
/// capitalised word other than a cue comes right before it, not at the start
/// of a sentence or line.
fn ends_longer_name(doc: &Doc<'_>, first: usize) -> bool {
    let Some(prev) = first.checked_sub(1) else {
        return false;
    };
    let t = &doc.tokens[prev];
    let sentence_start = doc.starts_sentence(prev);
    t.is_wordlike()
        && t.is_capitalized()
        && !sentence_start
        && !doc.starts_line(prev)
        && !doc.in_title_case_line(prev)
        // A locative or facility word, or one before a common word, cues
        // the place instead.
        && !cue_before(doc, first, None)
}

/// Whether a locative word or a coordinated region comes right before token
/// `first`.
fn cue_before(doc: &Doc<'_>, first: usize, previous: Option<&Pending>) -> bool {
    let Some(prev) = first.checked_sub(1).map(|p| doc.tokens[p].text) else {
        return false;
    };
    if word_class(prev) & (LOCATIVE | FACILITY) != 0 {
        return true;
    }
    // "Pelabuhan Rakyat Luwuk", "Lapangan Merdeka Wangi-Wangi": a facility
    // with a common word of its own name, then its place.
    let facility_before_common_word = first >= 2
        && super::is_common_word(prev)
        && doc.tokens[first - 1].is_capitalized()
        && word_class(doc.tokens[first - 2].text) & FACILITY != 0;
    if facility_before_common_word {
        return true;
    }
    // "SMAN 1 Ngapa": a numbered school is named after its place.
    const SCHOOLS: &[&str] = &[
        "SMAN", "SMPN", "SMKN", "SDN", "SMA", "SMP", "SMK", "SD", "MAN", "MTsN", "MIN",
    ];
    // "SD Negeri 03 Limboto", "SMA Negeri 3 Wonosari": "Negeri" between.
    let school_at = |k: usize| {
        SCHOOLS.contains(&doc.tokens[k].text)
            || doc.tokens[k].text == "Negeri" && k >= 1 && SCHOOLS.contains(&doc.tokens[k - 1].text)
    };
    let numbered_school = doc.tokens[first - 1].kind == crate::TokenKind::Number
        && first >= 2
        && school_at(first - 2);
    if numbered_school {
        return true;
    }
    let coordinated = matches!(prev, "dan" | "serta" | "atau" | "," | "–" | "-" | "/");
    if coordinated && previous.is_some_and(|p| p.last + 2 == first) {
        return true;
    }
    // The list goes on past a count after the item before ("Bente 20 KK,
    // Matansala") or past an item the gazetteer lacks ("Lasalepa,
    // Batalaiwaru, Katobu").
    if coordinated && first >= 4 && previous.is_some_and(|p| p.last + 4 == first) {
        let (a, b) = (&doc.tokens[first - 3], &doc.tokens[first - 2]);
        let count = a.kind == crate::TokenKind::Number
            && b.kind == crate::TokenKind::Word
            && b.text.len() <= 4;
        let skipped_item = matches!(a.text, "," | "dan" | "serta")
            && b.kind == crate::TokenKind::Word
            && b.is_capitalized();
        if count || skipped_item {
            return true;
        }
    }
    // "3 desa ( Bente, Matansala …)": a list in parentheses after its
    // level word.
    prev == "(" && first >= 2 && doc.level_word(first - 2).is_some()
}

/// Picks one region per pending hit where the context decides, in rounds:
/// unique names first, then names whose ancestors those mention.
///
/// A district or village named without a trigger is kept when a locative
/// word or coordination marks it as a place and one of its ancestors is
/// named in the text ("dari Sausu sampai Moutong" in a story on Parigi
/// Moutong), when its parent follows after a comma ("Tentena, Kecamatan
/// Pamona Puselemba"), or when the same name was read with a trigger
/// elsewhere in the text ("Kecamatan Pinogu" … "kopi Pinogu").
fn resolve(
    doc: &Doc<'_>,
    gazetteer: &Gazetteer,
    pending: &mut Vec<Pending>,
    pool: &mut Vec<u32>,
    deferred: &[(usize, usize, Span, usize)],
    kept: &mut Kept,
) -> Vec<RegionMention> {
    // The kept vectors, emptied (see [`Kept`]).
    let Kept {
        candidates,
        resolved,
        known,
        in_known,
        remembered,
        scores,
        ..
    } = kept;
    candidates.clear();
    candidates.extend(
        pending
            .iter()
            .map(|p| preferred_level_group(gazetteer, p.mode, pool, p.candidates)),
    );
    // Names with one candidate that needs no confirmation are resolved at once.
    resolved.clear();
    resolved.extend(pending.iter().zip(candidates.iter()).map(|(p, &c)| {
        let c = cands(pool, c);
        (c.len() == 1 && p.mode != Mode::Nearby).then(|| c[0])
    }));
    known.clear();
    in_known.clear();
    in_known.resize(pending.len(), false);
    // At most one entry per hit: sized once, not grown.
    remembered.clear();
    remembered.reserve(pending.len());
    scores.clear();
    for round in 0..4 {
        if resolved.iter().all(Option::is_some) {
            break;
        }
        // Regions known so far with the sentences they are in (sorted, for
        // binary search), and the names read with a trigger. A resolved
        // hit stays resolved: only the hits resolved since the last round
        // are added, sorted and merged.
        let before = known.len();
        remembered.clear();
        // Hits come in text order: their sentences are found walking on.
        let mut cursor = 0;
        for (k, (r, p)) in resolved.iter().zip(pending.iter()).enumerate() {
            if let Some(r) = r {
                if !in_known[k] {
                    in_known[k] = true;
                    known.push((*r, doc.sentence_of_from(p.first, &mut cursor) as u32));
                }
                if matches!(p.mode, Mode::Triggered | Mode::Dateline) {
                    remembered.entry(p.pattern).or_insert(*r);
                }
            }
        }
        known[before..].sort_unstable();
        if before > 0 && known.len() > before {
            // Two sorted runs: the stable sort merges them in one pass.
            known.sort();
        }
        let mentioned = |region: u32| {
            let at = known.partition_point(|&(r, _)| r < region);
            known.get(at).is_some_and(|&(r, _)| r == region)
        };
        let mentioned_in =
            |region: u32, sentence: u32| known.binary_search(&(region, sentence)).is_ok();
        let mut changed = false;
        let mut cursor = 0;
        for (k, p) in pending.iter().enumerate() {
            if resolved[k].is_some() {
                continue;
            }
            let sentence = doc.sentence_of_from(p.first, &mut cursor) as u32;
            // Ancestors mentioned in the same sentence count most, the
            // parent more than the grandparent.
            let score = |c: u32| -> (u32, bool) {
                let mut score = 0;
                let mut near = false;
                for (depth, ancestor) in gazetteer.ancestors(gazetteer.region(c)).enumerate() {
                    let a = ancestor.index();
                    if mentioned(a) {
                        let here = mentioned_in(a, sentence);
                        near |= here;
                        score += (if here { 8 } else { 4 }) >> depth.min(2);
                    }
                }
                (score, near)
            };
            if p.mode == Mode::Nearby {
                if let Some(&r) = remembered.get(&p.pattern) {
                    if cands(pool, p.candidates).contains(&r) {
                        resolved[k] = Some(r);
                        changed = true;
                    }
                    continue;
                }
                if round == 0 {
                    continue;
                }
                // The next mention, after a comma (and a level word), is an
                // ancestor: "Tentena, Kecamatan Pamona Puselemba".
                let parent_follows = |c: u32| {
                    let adjacent = pending
                        .get(k + 1)
                        .is_some_and(|n| n.first >= p.last + 2 && n.first <= p.last + 3);
                    let comma = doc.tokens.get(p.last + 1).is_some_and(|t| t.text == ",");
                    let ancestor = resolved
                        .get(k + 1)
                        .copied()
                        .flatten()
                        .map(|a| gazetteer.region(a));
                    adjacent
                        && comma
                        && ancestor.is_some_and(|a| gazetteer.is_within(gazetteer.region(c), a))
                };
                // "Tiga desa di Bungku Tengah terendam": a name of two words
                // or more ending in a compass word, after a locative, that
                // names one place only needs no ancestor in the text.
                let (from, to) = candidates[k];
                let sole_compass_name = p.cue
                    && to - from == 1
                    && p.last > p.first
                    && doc.shapes()[p.last] & super::COMPASS != 0;
                let start = pool.len() as u32;
                for at in from as usize..to as usize {
                    let c = pool[at];
                    if parent_follows(c) || p.cue && score(c).0 > 0 || sole_compass_name {
                        pool.push(c);
                    }
                }
                if pool.len() as u32 == start {
                    continue;
                }
                candidates[k] = (start, pool.len() as u32);
            }
            let list = cands(pool, candidates[k]);
            if list.len() == 1 {
                resolved[k] = Some(list[0]);
                changed = true;
                continue;
            }
            if round == 0 {
                continue;
            }
            scores.clear();
            scores.extend(list.iter().map(|&c| score(c).0));
            let best = scores.iter().copied().max().unwrap_or(0);
            if best > 0 && scores.iter().filter(|&&s| s == best).count() == 1 {
                let winner = list[scores.iter().position(|&s| s == best).unwrap_or(0)];
                resolved[k] = Some(winner);
                changed = true;
            } else if best > 0 {
                let (from, _) = candidates[k];
                let start = pool.len() as u32;
                for (n, &s) in scores.iter().enumerate() {
                    if s == best {
                        pool.push(pool[from as usize + n]);
                    }
                }
                candidates[k] = (start, pool.len() as u32);
            }
        }
        if !changed && round > 0 {
            break;
        }
    }
    // Names read without a cue: the region the same name has where the
    // text gives it a trigger ("Kecamatan Pinogu" … "kopi Pinogu").
    remembered.clear();
    for (r, p) in resolved.iter().zip(pending.iter()) {
        if let (Some(r), Mode::Triggered | Mode::Dateline) = (r, p.mode) {
            remembered.entry(p.pattern).or_insert(*r);
        }
    }
    // Room for every hit, deferred ones included: collected from a
    // filter, the vector would grow from nothing, copying its mentions at
    // each step. The memory is the last document's (see [`keep_mentions`]).
    let mut mentions = super::take_kept(&KEPT_MENTIONS);
    mentions.clear();
    mentions.reserve(pending.len() + deferred.len());
    // Nearby names tied to none of the text's places, which a parent
    // written after their list may still place.
    let mut unplaced = Vec::new();
    mentions.extend(
        pending
            .drain(..)
            .zip(resolved.drain(..))
            .zip(candidates.drain(..))
            .filter_map(|((p, region), c)| {
                if p.mode == Mode::Nearby && region.is_none() {
                    // Never tied to the text's places: not read as a region.
                    unplaced.push((p.first, p.last, p.span, p.pattern));
                    return None;
                }
                Some(RegionMention {
                    first: p.first,
                    last: p.last,
                    span: p.span,
                    region,
                    candidates: match region {
                        Some(_) => Vec::new(),
                        None => cands(pool, c).to_vec(),
                    },
                    unlisted: None,
                })
            }),
    );
    let before = mentions.len();
    // A deferred name takes the place the text triggered for it elsewhere;
    // either kind may be placed by a parent written after its list.
    let late = deferred
        .iter()
        .map(|&hit| (hit, true))
        .chain(unplaced.into_iter().map(|hit| (hit, false)));
    // The regencies and cities the text names, which may place a bare
    // district name.
    let mut named_parents: Vec<u32> = if deferred.is_empty() {
        Vec::new()
    } else {
        mentions[..before]
            .iter()
            .filter_map(|m| m.region)
            .filter(|&r| {
                let level = gazetteer.region(r).level();
                level <= Level::City && level >= Level::Regency
            })
            .collect()
    };
    // Each once: a long text names the same few regencies thousands of
    // times, and each deferred name's candidates are compared with them.
    if named_parents.len() > 16 {
        named_parents.sort_unstable();
        named_parents.dedup();
    }
    for ((first, last, span, pattern), may_remember) in late {
        let region = may_remember
            .then(|| remembered.get(&pattern).copied())
            .flatten()
            .or_else(|| placed_by_parent_after(doc, gazetteer, &mentions[..before], last, pattern))
            .or_else(|| {
                may_remember
                    .then(|| {
                        district_of_a_named_regency(doc, gazetteer, &named_parents, first, pattern)
                    })
                    .flatten()
            });
        if let Some(region) = region {
            mentions.push(RegionMention {
                first,
                last,
                span,
                region: Some(region),
                candidates: Vec::new(),
                unlisted: None,
            });
        }
    }
    if mentions.len() > before {
        mentions.sort_by_key(|m| m.first);
    }
    mentions
}

/// The one district a deferred name at `first` may be among the regencies
/// and cities the text names: "untuk Batudaa ada tiga unit, Tabongo dua"
/// in a story on Kabupaten Gorontalo. Not a common word ("Tengah"), nor a
/// name in capitals.
fn district_of_a_named_regency(
    doc: &Doc<'_>,
    gazetteer: &Gazetteer,
    named_parents: &[u32],
    first: usize,
    pattern: usize,
) -> Option<u32> {
    let token = &doc.tokens[first];
    if named_parents.is_empty()
        || !token.is_capitalized()
        || token.is_all_caps()
        || super::is_common_word(token.text)
    {
        return None;
    }
    let named = |r: &crate::Region| {
        named_parents
            .iter()
            .any(|&p| gazetteer.is_within(r, gazetteer.region(p)))
    };
    let mut within = gazetteer
        .lexicon()
        .entries(pattern)
        .iter()
        .map(|&e| gazetteer.region(gazetteer.candidate(e).region))
        .filter(|r| r.level() == Level::District && named(r));
    match (within.next(), within.next()) {
        (Some(r), None) => Some(r.index()),
        _ => None,
    }
}

/// The one place a deferred name ending at `last` may be when a list it
/// ends or belongs to is placed by a region after it: "Kakas, Langowan
/// Timur dan Remboken di Kabupaten Minahasa" (districts of Minahasa). The
/// words between are list items and their separators, in one sentence.
fn placed_by_parent_after(
    doc: &Doc<'_>,
    gazetteer: &Gazetteer,
    mentions: &[RegionMention],
    last: usize,
    pattern: usize,
) -> Option<u32> {
    let text = |k: usize| doc.word(k);
    let mut k = last + 1;
    while k < last + 12 && !doc.line_break_before(k) {
        let t = text(k);
        if t == "di" {
            break;
        }
        let item = matches!(t, "," | "dan" | "serta") || doc.is_capitalized_word(k);
        if !item {
            return None;
        }
        k += 1;
    }
    if text(k) != "di" {
        return None;
    }
    k += 1;
    if doc.level_word(k).is_some() {
        k += 1;
    }
    let at = mentions.partition_point(|m| m.first < k);
    let parent = mentions
        .get(at)
        .filter(|m| m.first == k)
        .and_then(|m| m.region)
        .map(|r| gazetteer.region(r))
        .filter(|r| r.level() <= Level::City)?;
    let mut within = gazetteer
        .lexicon()
        .entries(pattern)
        .iter()
        .map(|&e| gazetteer.region(gazetteer.candidate(e).region))
        .filter(|r| r.level() == Level::District && gazetteer.is_within(r, parent));
    match (within.next(), within.next()) {
        (Some(r), None) => Some(r.index()),
        _ => None,
    }
}

/// The candidates of the level a mode prefers: the highest level for free
/// and triggered hits, the town (city, regency, district, village, then
/// province) for a dateline.
fn preferred_level_group(
    gazetteer: &Gazetteer,
    mode: Mode,
    pool: &mut Vec<u32>,
    candidates: Cands,
) -> Cands {
    let rank = |level: Level| -> u8 {
        match mode {
            Mode::Dateline => match level {
                Level::City => 0,
                Level::Regency => 1,
                Level::District => 2,
                Level::Village => 3,
                Level::Province => 4,
            },
            _ => level as u8,
        }
    };
    let list = cands(pool, candidates);
    let best = list
        .iter()
        .map(|&c| rank(gazetteer.region(c).level()))
        .min();
    // Most lists are of one level: the same range.
    if list
        .iter()
        .all(|&c| Some(rank(gazetteer.region(c).level())) == best)
    {
        return candidates;
    }
    let start = pool.len() as u32;
    for at in candidates.0 as usize..candidates.1 as usize {
        let c = pool[at];
        if Some(rank(gazetteer.region(c).level())) == best {
            pool.push(c);
        }
    }
    (start, pool.len() as u32)
}

/// The scope a level word right before token `first` sets.
fn level_word_before(doc: &Doc<'_>, first: usize) -> Option<Scope> {
    level_word_at(doc, first.checked_sub(1)?)
}

/// The scope of the level word at token `k` ([`Doc::level_word`]).
fn level_word_at(doc: &Doc<'_>, k: usize) -> Option<Scope> {
    doc.level_word(k)
}

/// For "Kodim 1311/Morowali", the token index after which a title or body
/// may end: before the unit number and slash.
fn skip_unit_number(doc: &Doc<'_>, first: usize) -> usize {
    let t = &doc.tokens;
    if first >= 2 && t[first - 1].text == "/" && t[first - 2].has_digit() {
        first - 2
    } else if first >= 2
        && t[first - 1].text == "/"
        && t[first - 2].is_all_caps()
        && t[first - 2].text.len() <= 5
    {
        // Roman numerals: "Kodam XIII/Merdeka".
        first - 2
    } else {
        first
    }
}

/// Whether the name over `first..=last` is the first end of a road
/// between two places, after "Jalan" in any case: "ruas Jalan Ronta–Lambale"
/// (a street is named after one place only: "Jalan Gowa").
fn road_between(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    let tokens = &doc.tokens;
    let after_road = first
        .checked_sub(1)
        .is_some_and(|p| tokens[p].text.eq_ignore_ascii_case("jalan"));
    let dash = tokens
        .get(last + 1)
        .is_some_and(|t| matches!(t.text, "–" | "—" | "-"));
    let place_after = tokens.get(last + 2).is_some_and(|t| t.is_capitalized());
    after_road && dash && place_after && !doc.line_break_before(last + 2)
}

fn blocked(doc: &Doc<'_>, first: usize) -> bool {
    let Some(prev) = first.checked_sub(1).and_then(|p| doc.tokens.get(p)) else {
        return false;
    };
    // "etnis Buton, Muna dan Tolaki": the peoples listed after the first.
    if matches!(prev.text, "," | "dan" | "serta") && in_list_of_peoples(doc, first) {
        return true;
    }
    let class = word_class(prev.text);
    if class & (BLOCKS | BLOCKS_CAPITALIZED | BLOCKS_LOWERCASE) == 0 {
        return false;
    }
    // "tokoh adat Mamasa", "lembaga adat Sultra": the customary leaders or
    // council of a place, which is named.
    let customary_group = prev.text.eq_ignore_ascii_case("adat")
        && first >= 2
        && ["tokoh", "pemangku", "pemuka", "lembaga", "dewan"]
            .iter()
            .any(|w| doc.tokens[first - 2].text.eq_ignore_ascii_case(w));
    if customary_group {
        return false;
    }
    // "Ibu Kota Palu" is the capital, not a person: a level word after the
    // blocking word starts the region itself.
    let level_word = || doc.level_word(first).is_some();
    class & BLOCKS != 0
        || prev.is_capitalized() && class & BLOCKS_CAPITALIZED != 0 && !level_word()
        || !prev.is_capitalized() && class & BLOCKS_LOWERCASE != 0
}

/// Whether token `first` is an item of a list opened by a people's or
/// language's word ("etnis Buton, Muna dan Tolaki", "bahasa Bugis dan
/// Makassar"): up to eight capitalised items, commas and "dan" back to it.
fn in_list_of_peoples(doc: &Doc<'_>, first: usize) -> bool {
    const PEOPLES: &[&str] = &["suku", "etnis", "bahasa"];
    let tokens = &doc.tokens;
    let mut k = first;
    while k > 0 && first - k < 8 && !doc.line_break_before(k) {
        k -= 1;
        let t = &tokens[k];
        if PEOPLES.iter().any(|w| t.text.eq_ignore_ascii_case(w)) {
            return true;
        }
        let item = t.is_wordlike() && t.is_capitalized() || matches!(t.text, "," | "dan" | "serta");
        if !item {
            return false;
        }
    }
    false
}

/// A dateline: capitals at the start of a line, followed by a comma, a bar
/// or a dash ("MOROWALI –", "PALU, GLOBALSULTENG.COM –", "BUOL | …"); or a capitalised town
/// followed by a dash, with at most a media name between ("Gorontalo,
/// InfoPublik –", "Palu - …").
fn is_dateline(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    let tokens = &doc.tokens;
    let is_dash = |k: usize| matches!(tokens.get(k).map(|t| t.text), Some("–" | "—" | "-"));
    let all_caps = || {
        tokens[first..=last]
            .iter()
            .all(|t| !t.is_wordlike() || t.is_all_caps())
    };
    // "LENSAKITA.ID-KOLAKA UTARA.": the medium's name first, then a dash.
    // Most names start no line and follow no medium: capitals last.
    // "3MEDIA, GORONTALO –": or a comma, with the dash after the town.
    let medium_comma = || tokens[first - 1].text == "," && is_dash(last + 1);
    // "REPORTASE.ID, Ampana —": after a medium and its comma, a town in
    // title case too.
    let title_case = || {
        tokens[first..=last]
            .iter()
            .all(|t| !t.is_wordlike() || t.is_capitalized())
    };
    let after_medium = first >= 2
        && doc.starts_line(first - 2)
        && (is_dash(first - 1) || medium_comma())
        && (tokens[first - 2].kind == crate::TokenKind::Url || tokens[first - 2].is_all_caps())
        && (all_caps() || medium_comma() && title_case());
    if !doc.starts_line(first) && !after_medium {
        return false;
    }
    let all_caps = after_medium || all_caps();
    if all_caps {
        // "LIMBOTO (29 Oktober):": the date in parentheses.
        let dated = tokens.get(last + 1).is_some_and(|t| t.text == "(")
            && tokens
                .get(last + 2)
                .is_some_and(|t| t.kind == crate::TokenKind::Number || super::is_date_word(t.text));
        let full_stop = after_medium && tokens.get(last + 1).is_some_and(|t| t.text == ".");
        // "KULISUSU | kabarku.id —": a bar between town and medium.
        return matches!(tokens.get(last + 1).map(|t| t.text), Some("," | "|"))
            || is_dash(last + 1)
            || dated
            || full_stop;
    }
    let media_then_dash = tokens.get(last + 1).is_some_and(|t| t.text == ",")
        && (last + 3..=last + 4).any(|k| {
            is_dash(k)
                && (last + 2..k).all(|j| {
                    tokens[j].is_wordlike()
                        && tokens[j].is_capitalized()
                        && !doc.line_break_before(j)
                })
        });
    // "Gorontalo (ANTARA) -", "Gorontalo, (Antara) -": a news agency in
    // parentheses between the town and the dash.
    let comma = usize::from(tokens.get(last + 1).is_some_and(|t| t.text == ","));
    let agency_then_dash = tokens.get(last + 1 + comma).is_some_and(|t| t.text == "(")
        && tokens
            .get(last + 2 + comma)
            .is_some_and(|t| t.is_wordlike() && t.is_capitalized())
        && tokens.get(last + 3 + comma).is_some_and(|t| t.text == ")")
        && is_dash(last + 4 + comma);
    let capitalised = tokens[first..=last]
        .iter()
        .all(|t| !t.is_wordlike() || t.is_capitalized());
    capitalised && (is_dash(last + 1) || media_then_dash || agency_then_dash)
}

/// Whether token `k` is "tengah" written in lower case before a verb, in a
/// line with capitals: the adverb ("Kejari Bitung tengah mengusut …",
/// currently investigating), not the compass word of "Bitung Tengah".
fn is_adverb_tengah(doc: &super::Doc<'_>, k: usize) -> bool {
    doc.tokens.get(k).is_some_and(|t| t.text == "tengah")
        && !doc.in_lower_case_line(k)
        && doc
            .tokens
            .get(k + 1)
            .is_some_and(|t| t.kind == crate::TokenKind::Word && super::looks_verbal(t.text))
}

/// The hit without its last word when that word is the adverb "tengah"
/// ([`is_adverb_tengah`]); the shorter name is matched again.
fn adverb_left_out<'g>(
    gazetteer: &'g Gazetteer,
    doc: &super::Doc<'_>,
    hit: (crate::lexicon::Hit, &'g [u32]),
) -> (crate::lexicon::Hit, &'g [u32]) {
    let last = hit.0.last;
    if last == hit.0.first || !is_adverb_tengah(doc, last) {
        return hit;
    }
    let mut hay = doc.hay();
    hay.tokens = &hay.tokens[..last];
    gazetteer.match_at(&hay, hit.0.first).unwrap_or(hit)
}

/// Short forms that a text defines for a place in parentheses after its
/// name, which the gazetteer lacks ("Kecamatan Likupang Timur (Liktim)",
/// "Desa Bulu Pountu (Bupon)"): the short form names the same place there
/// and wherever the text writes it again. A short form starts with the
/// name's first two letters and spells its letters in order.
pub(crate) fn with_defined_short_forms(
    doc: &Doc<'_>,
    gazetteer: &Gazetteer,
    mut mentions: Vec<RegionMention>,
) -> Vec<RegionMention> {
    let tokens = &doc.tokens;
    let mut defined: Vec<(&str, u32)> = Vec::new();
    for m in &mentions {
        let Some(region) = m.region else { continue };
        let open = m.last + 1;
        if doc.word(open) != "(" || doc.word(open + 2) != ")" {
            continue;
        }
        let short = &tokens[open + 1];
        let name = gazetteer.region(region).name().trim_start_matches("Kota ");
        if short.kind == crate::TokenKind::Word
            && short.is_capitalized()
            && !covers(&mentions, open + 1)
            && abbreviates(short.text, name)
        {
            defined.push((short.text, region));
        }
    }
    if defined.is_empty() {
        return mentions;
    }
    let added: Vec<RegionMention> = tokens
        .iter()
        .enumerate()
        .filter(|&(i, t)| t.kind == crate::TokenKind::Word && !covers(&mentions, i))
        .filter_map(|(i, t)| {
            let &(_, region) = defined.iter().find(|(short, _)| *short == t.text)?;
            Some(RegionMention {
                first: i,
                last: i,
                span: t.span,
                region: Some(region),
                candidates: Vec::new(),
                unlisted: None,
            })
        })
        .collect();
    mentions.extend(added);
    mentions.sort_by_key(|m| m.first);
    mentions
}

/// Whether `short` abbreviates the place name `name`: four letters or
/// more, not a word of the name, opening with the name's first two letters
/// and spelling the rest of its letters in order ("Liktim" of "Likupang
/// Timur").
fn abbreviates(short: &str, name: &str) -> bool {
    let short = short.to_lowercase();
    let name = name.to_lowercase();
    if short.chars().count() < 4
        || !short.chars().all(char::is_alphabetic)
        || name.split(' ').any(|w| w == short)
    {
        return false;
    }
    let mut rest = name.chars().filter(|c| c.is_alphabetic());
    let opening: String = rest.clone().take(2).collect();
    short.starts_with(&opening) && short.chars().all(|c| rest.any(|l| l == c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_classes_fit_the_lookup_buffer() {
        // `word_class` folds at most twelve bytes and needs a letter first.
        for word in WORD_CLASSES.keys() {
            assert!(word.len() <= 12, "{word:?}");
            assert!(word[0].is_ascii_lowercase(), "{word:?}");
        }
        assert_eq!(word_class("Di"), LOCATIVE);
        assert_eq!(word_class("PUSKESMAS"), FACILITY);
        assert_eq!(word_class("Puskesmasnya"), 0);
        assert_eq!(word_class("dé"), 0);
    }
}
