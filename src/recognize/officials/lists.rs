//! Holders listed apart from the title that names their office: under a
//! header, one per line ("Penjabat Hukum Tua Yang Dilantik:" and then "-
//! Notje Watuseke (Desa Teep Kecamatan Langowan Timur)"), or after a phrase
//! that introduces them ("sejumlah anggota DPRD hadir. Mulai dari A, B
//! dan C"). Each item's name takes the title; a place in parentheses after
//! the name is its jurisdiction.

use super::super::TITLE;
use super::binding::{merge_found, untitled_mention_of};
use super::title::{TitleOcc, GENERIC_BEFORE};
use super::{Finder, OfficialMention, WordSet};

/// The most items read under one header.
const MAX_ITEMS: usize = 40;

/// The token after a title's line when the line ends with a colon: the
/// title heads a list.
fn list_start(f: &Finder<'_, '_>, occ: &TitleOcc) -> Option<usize> {
    let tokens = &f.doc.tokens;
    let mut j = occ.last + 1;
    while j < tokens.len() && !f.doc.line_break_before(j) && j <= occ.last + 6 {
        if f.text(j) == ":" {
            let at_line_end = j + 1 >= tokens.len() || f.doc.line_break_before(j + 1);
            return at_line_end.then_some(j + 1);
        }
        j += 1;
    }
    None
}

/// The first token of an item's text when a list marker starts the line at
/// `k`: "-", "•", "*", or a number and a full stop.
fn after_marker(f: &Finder<'_, '_>, k: usize) -> Option<usize> {
    let t = f.doc.tokens.get(k)?;
    if matches!(t.text, "-" | "–" | "•" | "*") {
        return Some(k + 1);
    }
    (t.kind == crate::TokenKind::Number && t.text.len() <= 2 && f.text(k + 1) == ".")
        .then_some(k + 2)
}

/// The region of the place in parentheses at `open` ("(Desa Teep Kecamatan
/// Langowan Timur)") that the title's scope admits.
fn place_in_parentheses(f: &Finder<'_, '_>, occ: &TitleOcc, open: usize) -> Option<u32> {
    if f.text(open) != "(" {
        return None;
    }
    let mut j = open + 1;
    while j < f.doc.tokens.len() && f.text(j) != ")" && !f.doc.line_break_before(j) {
        if let Some(m) = f.region_mention(j) {
            let region = m.region?;
            let level = f.gazetteer().region(region).level();
            return occ.scope.admits(level).then_some(region);
        }
        j += 1;
    }
    None
}

/// Adds the holders listed under headers among the titles that named no
/// one (`nameless`).
pub(super) fn listed_under_header(
    f: &Finder<'_, '_>,
    nameless: &[TitleOcc],
    found: &mut Vec<OfficialMention>,
    covered: &mut [bool],
) {
    let tokens = &f.doc.tokens;
    let mut added = Vec::new();
    for occ in nameless {
        let Some(mut k) = list_start(f, occ) else {
            continue;
        };
        for _ in 0..MAX_ITEMS {
            let Some(start) = after_marker(f, k) else {
                break;
            };
            let Some(name) = f.name_at(start) else {
                break;
            };
            // The name is the item's first words and ends it or opens a
            // parenthesis or a comma.
            let ends_item = name.after >= tokens.len()
                || f.doc.line_break_before(name.after)
                || matches!(f.text(name.after), "(" | "," | ";");
            if !ends_item || covered[name.first..=name.last].iter().any(|&c| c) {
                break;
            }
            let mut item_occ = occ.clone();
            item_occ.region = place_in_parentheses(f, occ, name.after).or(occ.region);
            for c in &mut covered[name.first..=name.last] {
                *c = true;
            }
            let after = name.after;
            added.push(untitled_mention_of(tokens, &item_occ, name));
            // The next line.
            k = after;
            while k < tokens.len() && !f.doc.line_break_before(k) {
                k += 1;
            }
        }
    }
    merge_found(found, added);
}

/// Phrases that introduce the listed names.
const INTRODUCERS: &[&[&str]] = &[
    &["mulai", "dari"],
    &["antara", "lain"],
    &["di", "antaranya"],
    &["diantaranya"],
    &["yakni"],
    &["yaitu"],
    &["masing-masing"],
    &["adalah"],
    &["terdiri", "dari"],
    &["terdiri", "atas"],
    &["sebagai", "berikut"],
    &["seperti"],
];

/// Number words that make a title plural ("lima kepala desa").
pub(super) const NUMBER_WORDS: WordSet = WordSet::new(&[
    "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas",
    "belasan", "puluhan",
]);

/// The token after a phrase introducing the holders of a title (its
/// canonical form, its last token), within the rest of its sentence and
/// the next one: a member's title, or any title made plural by a
/// quantifier or number ("lima kepala desa … yakni").
fn members_introduced(
    f: &Finder<'_, '_>,
    canonical: &str,
    last: usize,
    plural: bool,
) -> Option<usize> {
    if !plural && !canonical.starts_with("Anggota") {
        return None;
    }
    let mut sentence_ends = 0;
    for j in last + 1..(last + 16).min(f.doc.tokens.len()) {
        if matches!(f.text(j), "." | "!" | "?") {
            sentence_ends += 1;
            if sentence_ends > 1 {
                return None;
            }
            continue;
        }
        if let Some(phrase) = INTRODUCERS
            .iter()
            .find(|p| p.iter().enumerate().all(|(n, w)| f.is(j + n, w)))
        {
            let after = j + phrase.len();
            return Some(if f.text(after) == ":" {
                after + 1
            } else {
                after
            });
        }
    }
    None
}

/// The most items read after a phrase introducing them.
const MAX_INTRODUCED: usize = 40;

/// The plain names among the items listed from `start` to the end of the
/// sentence: "yakni Ketua DPRD, A, Badan Kehormatan DPRD, B, C serta D"
/// gives B, C and D. An item that is a title with its holder, or a body,
/// is passed (its holder is bound on his own); a name already bound is
/// passed too; anything else ends the list.
fn names_among_items(
    f: &Finder<'_, '_>,
    start: usize,
    covered: &[bool],
) -> Vec<super::name::NameParse> {
    let tokens = &f.doc.tokens;
    let mut names = Vec::new();
    let mut j = start;
    for _ in 0..MAX_INTRODUCED {
        if j >= tokens.len() || f.doc.line_break_before(j) && j > start {
            break;
        }
        let name = f.name_at(j).filter(|n| {
            let after = f.affiliation_after(n.after);
            let next = f.text(after);
            matches!(next, "," | "." | ";" | "")
                || f.is_one_of(after, &["dan", "serta"])
                || f.doc.line_break_before(after)
        });
        // "masing-masing A, Kades X, dan B, Kades Y": a name with its own
        // title after the comma is that title's holder, bound on its own;
        // the item runs to the title's end.
        let own_title = name.as_ref().and_then(|n| {
            let comma = f.affiliation_after(n.after);
            (f.text(comma) == "," && f.starts_title(comma + 1)).then_some(comma + 1)
        });
        let end = match name {
            Some(_) if own_title.is_some() => item_end(f, own_title.unwrap_or(j)),
            Some(n) => {
                let end = f.affiliation_after(n.after);
                if !covered[n.first..=n.last].iter().any(|&c| c) {
                    names.push(n);
                }
                end
            }
            // A titled or named body's item: passed up to its comma.
            None if f.starts_title(j) || f.org_mention(j).is_some() => item_end(f, j),
            None => break,
        };
        // The separator: a comma, "dan", "serta", or both.
        let mut next = end;
        if f.text(next) == "," {
            next += 1;
        }
        if f.is_one_of(next, &["dan", "serta"]) {
            next += 1;
        }
        if next == end {
            break;
        }
        j = next;
    }
    names
}

/// The end of a list item starting at `j` with a title or a body: its
/// comma, full stop or semicolon, or the end of its line.
fn item_end(f: &Finder<'_, '_>, j: usize) -> usize {
    let mut k = j + 1;
    while k < f.doc.tokens.len()
        && !matches!(f.text(k), "," | "." | ";")
        && !f.doc.line_break_before(k)
    {
        k += 1;
    }
    k
}

/// Where names start right after a plural title and the body or place
/// written after it, with or without a comma: "tiga wakil ketua A, B dan
/// C", "para anggota DPRD Poso, A, B dan C".
fn names_right_after(f: &Finder<'_, '_>, mut j: usize) -> Option<usize> {
    loop {
        if let Some(o) = f.org_mention(j) {
            j = o.last + 1;
        } else if let Some(m) = f.region_mention(j) {
            j = m.last + 1;
        } else {
            break;
        }
    }
    if f.text(j) == "," {
        j += 1;
    }
    (!f.doc.line_break_before(j) && f.name_at(j).is_some()).then_some(j)
}

/// Adds the members named after a phrase introducing them ("sejumlah
/// anggota DPRD ikut menghadiri. Mulai dari A, B, C serta D"): a member's
/// title after a quantifier (which the title stage leaves: "para anggota"
/// names no one by itself), then two names at least, each taking the
/// title without its words.
pub(super) fn members_named_later(
    f: &Finder<'_, '_>,
    found: &mut Vec<OfficialMention>,
    covered: &mut [bool],
) {
    let tokens = &f.doc.tokens;
    let mut added = Vec::new();
    let starts = f.title_starts.iter().map(|&i| i as usize);
    for i in starts {
        if f.lk.mask(i) & TITLE == 0 {
            continue;
        }
        // "para anggota", "lima kepala desa", "15 anggota DPRD".
        let plural = i
            .checked_sub(1)
            .is_some_and(|p| f.is_in(p, &GENERIC_BEFORE))
            || f.counted(i);
        let Some((hit, t)) = f.lk.title(i) else {
            continue;
        };
        // The title is made only for the few that introduce members: its
        // canonical form is a new string.
        let title = f.engine.titles.title(t);
        let Some(start) = members_introduced(f, title.canonical(), hit.last, plural)
            .or_else(|| plural.then(|| names_right_after(f, hit.last + 1)).flatten())
        else {
            continue;
        };
        let names = names_among_items(f, start, covered);
        if names.len() < 2 {
            continue;
        }
        // "Empat Wakil Ketua DPRD Luwu masing-masing …": the title's
        // place is the holders'.
        let mut occ = TitleOcc::of(i, hit.last, title, None);
        f.complement(&mut occ);
        for name in names {
            for c in &mut covered[name.first..=name.last] {
                *c = true;
            }
            added.push(untitled_mention_of(tokens, &occ, name));
        }
    }
    merge_found(found, added);
}

/// The most places listed after a pair of titles.
const MAX_PLACES: usize = 20;

/// Adds the heads and deputies listed by place after a plural pair of
/// titles: "pasangan bupati/wakil bupati yang dilantik masing-masing:
/// Kabupaten Konawe (A dan B), Muna (C-D)". In each item the first name
/// holds the head's title of the place, the second the deputy's.
pub(super) fn pairs_listed_by_place(
    f: &Finder<'_, '_>,
    found: &mut Vec<OfficialMention>,
    covered: &mut [bool],
) {
    let tokens = &f.doc.tokens;
    let mut added = Vec::new();
    let mut after_pairs = 0;
    let starts = f.title_starts.iter().map(|&i| i as usize);
    for i in starts {
        if i < after_pairs {
            continue;
        }
        // "bupati/wakil bupati dan wali kota/wakil wali kota": one pair or
        // two, each item taking the pair whose head fits its place.
        let Some((first_pair, mut end)) = title_pair(f, i) else {
            continue;
        };
        let mut pairs = vec![first_pair];
        if f.is_one_of(end + 1, &["dan", "serta"]) || f.text(end + 1) == "," {
            if let Some((pair, pair_end)) = title_pair(f, end + 2) {
                pairs.push(pair);
                end = pair_end;
            }
        }
        after_pairs = end + 1;
        // The list opens within the clause: a colon or "masing-masing".
        let Some(mut k) = (end + 1..end + 8)
            .take_while(|&j| j < tokens.len() && !matches!(f.text(j), "." | ";"))
            .find(|&j| f.text(j) == ":" || f.is(j, "masing-masing"))
            .map(|j| if f.text(j + 1) == ":" { j + 2 } else { j + 1 })
        else {
            continue;
        };
        for _ in 0..MAX_PLACES {
            let Some((place, names)) = place_and_pair(f, k) else {
                break;
            };
            let (one, two, close) = names;
            let level = f.gazetteer().region(place).level();
            let fitting = pairs
                .iter()
                .find(|(head, _)| TitleOcc::of(i, i, head, None).scope.admits(level));
            // The two names may share a token ("Nurhayati-La Ode Karim").
            let free = !covered[one.first..=two.last].iter().any(|&c| c);
            if let Some((head, deputy)) = fitting.filter(|_| free) {
                for c in &mut covered[one.first..=two.last] {
                    *c = true;
                }
                for (title, name) in [(head, one), (deputy, two)] {
                    let occ = TitleOcc::of(i, i, title, Some(place));
                    added.push(untitled_mention_of(tokens, &occ, name));
                }
            }
            k = close + 1;
            if f.text(k) == "," {
                k += 1;
            }
            if f.is_one_of(k, &["dan", "serta"]) {
                k += 1;
            }
        }
    }
    merge_found(found, added);
}

/// A head's title and its deputy's joined at `i` ("bupati/wakil bupati",
/// "Bupati dan Wakil Bupati"), and the deputy title's last token.
fn title_pair<'e>(
    f: &Finder<'e, '_>,
    i: usize,
) -> Option<((&'e crate::titles::Title, &'e crate::titles::Title), usize)> {
    let titles = &f.engine.titles;
    let (head_hit, t) = f.lk.title(i)?;
    if !matches!(f.text(head_hit.last + 1), "/" | "dan" | "&") {
        return None;
    }
    let (deputy_hit, d) = f.lk.title(head_hit.last + 2)?;
    let (head, deputy) = (titles.title(t), titles.title(d));
    let paired = deputy.canonical().strip_prefix("Wakil ") == Some(head.canonical());
    paired.then_some(((head, deputy), deputy_hit.last))
}

/// One item "Kabupaten Konawe (A dan B)" or "Muna (C-D)" at `k`: the
/// place's region and the two names, with the closing parenthesis.
fn place_and_pair(
    f: &Finder<'_, '_>,
    k: usize,
) -> Option<(u32, (super::name::NameParse, super::name::NameParse, usize))> {
    // "Kota Palu" is one mention; "Kabupaten Konawe" a level word and one.
    let m = f.region_mention(k).or_else(|| {
        f.doc.level_word(k)?;
        f.region_mention(k + 1)
    })?;
    let region = m.region?;
    let open = m.last + 1;
    if f.text(open) != "(" {
        return None;
    }
    let one = f.name_at(open + 1)?;
    let (one, two) = if f.is_one_of(one.after, &["dan", "&"]) || f.text(one.after) == "," {
        let two = f.name_at(one.after + 1)?;
        (one, two)
    } else {
        f.split_at_hyphen(&one)?
    };
    let close = two.after;
    (f.text(close) == ")").then_some((region, (one, two, close)))
}
