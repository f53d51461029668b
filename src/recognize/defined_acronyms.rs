//! Bodies whose long form the lexicons miss but whose acronym the text
//! defines: "dinas pekerjaan umum bina marga dan penataan ruang (PU-BMPR)",
//! written in any case. The long form starts with a head noun ("dinas",
//! "badan") and the initials of its words spell the acronym in parentheses
//! after it, which is evidence enough that the words name one body.

use crate::fold::FastMap;
use crate::span::Span;

use super::organizations::OrgMention;
use super::{Doc, Lookups};

/// The most words a long form may have.
const MAX_WORDS: usize = 12;

/// Words left out of an acronym's initials.
const CONNECTORS: &[&str] = &["dan", "&", "serta"];

/// Words that head a body only when its acronym is defined after it in
/// capitalised words, so that the initials vouch for the name:
/// "Musyawarah Kerja Kepala Sekolah (MKKS)", "Dewan Pimpinan Cabang (DPC)".
/// Alone they start meetings and councils of any kind, so the head-noun
/// table leaves them out. ("Tim" is left out: a team is a task force, no
/// organisation, GUIDELINES §3.)
const DEFINED_HEADS: &[(&str, &str)] = &[
    ("Musyawarah", "community"),
    ("Dewan", "community"),
    ("Front", "community"),
    ("Komite", "community"),
];

/// The category of the body headed by the word at `k`, from the head-noun
/// table or, for a defined acronym's long form, [`DEFINED_HEADS`].
fn head_category(doc: &Doc<'_>, lk: &Lookups<'_, '_>, k: usize) -> Option<&'static str> {
    lk.head_any_case(k).map(|h| h.category).or_else(|| {
        let word = doc.tokens.get(k)?.text;
        let category = DEFINED_HEADS
            .iter()
            .find(|(head, _)| *head == word)
            .map(|&(_, category)| category)?;
        // The long form's words up to the parenthesis, all capitalised
        // or connectors.
        let capitalised = doc.tokens[k..]
            .iter()
            .take_while(|t| t.text != "(")
            .all(|t| t.is_capitalized() || CONNECTORS.contains(&t.text));
        capitalised.then_some(category)
    })
}

/// The letters an acronym's token spells: a digit repeats the letter
/// before it ("FK2D" is F, K, K, D; "P3A" is P, P, P, A). `None` for a
/// token that is no acronym.
fn spelled_letters(text: &str) -> Option<String> {
    let mut letters = String::new();
    for c in text.chars() {
        match c {
            'A'..='Z' => letters.push(c),
            '-' => {}
            '2'..='9' => {
                let last = letters.chars().last()?;
                let times = c as usize - '1' as usize;
                letters.extend(std::iter::repeat_n(last, times));
            }
            _ => return None,
        }
    }
    Some(letters)
}

/// The acronym in parentheses at `open` ("(PU-BMPR)", "(DPMPTSP)",
/// "(FK2D)"): its letters in upper case and the token of the closing
/// parenthesis.
fn acronym_at(doc: &Doc<'_>, open: usize) -> Option<(String, usize)> {
    let tokens = &doc.tokens;
    let mut letters = String::new();
    let mut k = open + 1;
    while k < tokens.len() && k <= open + 3 && tokens[k].text != ")" {
        let t = &tokens[k];
        if t.text == "-" {
            k += 1;
            continue;
        }
        // "PU-BMPR" may be one token or three.
        if !t.is_all_caps() {
            return None;
        }
        letters.push_str(&spelled_letters(t.text)?);
        k += 1;
    }
    (tokens.get(k)?.text == ")" && letters.len() >= 3).then_some((letters, k))
}

/// The first token of the words ending before `open` whose initials spell
/// `letters`, one word a letter (connectors left out), on one line;
/// capitalised words only when `capitalised`.
fn initials_spell_before(
    doc: &Doc<'_>,
    open: usize,
    letters: &str,
    capitalised: bool,
) -> Option<usize> {
    let tokens = &doc.tokens;
    let mut initials = Vec::with_capacity(letters.len());
    let mut first = open;
    while initials.len() < letters.len() {
        if first == 0 || open - first >= MAX_WORDS || doc.line_break_before(first) {
            return None;
        }
        let t = &tokens[first - 1];
        first -= 1;
        if CONNECTORS.iter().any(|c| t.text.eq_ignore_ascii_case(c)) {
            continue;
        }
        if !t.is_wordlike() || capitalised && !t.is_capitalized() {
            return None;
        }
        initials.push(t.text.as_bytes()[0].to_ascii_uppercase());
    }
    initials
        .iter()
        .rev()
        .copied()
        .eq(letters.bytes())
        .then_some(first)
}

/// The first token of a long form ending before `open` whose words'
/// initials spell `letters`, starting at a head noun.
fn long_form_before(
    doc: &Doc<'_>,
    lk: &Lookups<'_, '_>,
    open: usize,
    letters: &str,
) -> Option<usize> {
    let first = initials_spell_before(doc, open, letters, false)?;
    // The head noun is spelled too ("Badan Pengawas Pemilihan Umum
    // (BAPPU)") or stands before the spelled words ("dinas pekerjaan umum
    // … (PU-BMPR)").
    if head_category(doc, lk, first).is_some() {
        return Some(first);
    }
    let mut before = first.checked_sub(1)?;
    // "PT. Nusa karya arindo (NKA)": the legal form's dot.
    if doc.tokens[before].text == "." && before > 0 {
        before -= 1;
    }
    let head = lk.head_any_case(before).is_some() && !doc.line_break_before(first);
    head.then_some(before)
}

/// Adds to `found` (sorted by first token) the bodies defined by an
/// acronym that it does not cover: the long form and the acronym, two
/// mentions each. A body found inside the long form ("Forum Komunikasi"
/// of "Forum Komunikasi Kepala Desa (FK2D)") gives way to it.
pub(crate) fn add_bodies_defined_by_acronyms(
    doc: &Doc<'_>,
    lk: &Lookups<'_, '_>,
    found: &mut Vec<OrgMention>,
) {
    let tokens = &doc.tokens;
    let covered = |found: &[OrgMention], k: usize| {
        let at = found.partition_point(|m| m.last < k);
        found.get(at).is_some_and(|m| m.first <= k)
    };
    let mut out = Vec::new();
    let mut inside = Vec::new();
    // Each one-token acronym defined here, with its closing parenthesis
    // and long form (the first definition wins).
    let mut defined: FastMap<&str, (usize, OrgMention)> = FastMap::default();
    // The opening parentheses: each '(' byte of the text names the first
    // token that starts at or after it, when that token is "(" (and not
    // the first). The "(" tokens are marked in the document's shapes; each
    // stands for the '(' bytes since the start of the token before it (its
    // own, and any inside that token).
    let bytes = doc.text.as_bytes();
    let opens = super::marked(doc.shapes(), super::OPEN_PARENTHESIS)
        .filter(|&open| open >= 1)
        .flat_map(|open| {
            let since = tokens[open - 1].span.start + 1..tokens[open].span.start + 1;
            let count = bytes[since].iter().filter(|&&b| b == b'(').count();
            std::iter::repeat_n(open, count)
        });
    for open in opens {
        let Some((letters, close)) = acronym_at(doc, open) else {
            continue;
        };
        if covered(found, open + 1) {
            continue;
        }
        let Some(first) = long_form_before(doc, lk, open, &letters) else {
            continue;
        };
        // "tiga Sekolah Menengah Atas (SMA)": a counted kind, no one body.
        let counted = first.checked_sub(1).is_some_and(|p| {
            tokens[p].kind == crate::TokenKind::Number
                || super::organizations::QUANTIFIERS
                    .iter()
                    .any(|q| tokens[p].text.eq_ignore_ascii_case(q))
        });
        if counted || super::organizations::names_regional_agencies(doc, first, open - 1) {
            continue;
        }
        // A known body's whole name was judged by the lexicon pass, which
        // may have found it a class ("Badan Permusyawaratan Desa (BPD)").
        if lk.body(first).is_some_and(|(hit, _)| hit.last + 1 == open) {
            continue;
        }
        // Bodies found inside the long form give way; one that starts
        // before it or is the whole of it stays.
        let overlapping: Vec<usize> = (0..found.len())
            .filter(|&m| found[m].first < open && found[m].last >= first)
            .collect();
        if overlapping.iter().any(|&m| {
            found[m].first < first || found[m].first == first && found[m].last == open - 1
        }) {
            continue;
        }
        // A public body, an association or a company named after its legal
        // form ("PT alam raya abadi (ARA)"), not a hall, a movement or a
        // company's unit.
        let Some(category) = head_category(doc, lk, first) else {
            continue;
        };
        let head = tokens[first].text.trim_end_matches('.');
        let public = matches!(
            category,
            "government" | "agency" | "ministry" | "legislature" | "election" | "judiciary"
        ) || category == "community" && !head.eq_ignore_ascii_case("gerakan")
            || category == "company" && matches!(head, "PT" | "CV");
        if !public || super::organizations::is_hall(tokens[first].text, tokens[first + 1].text) {
            continue;
        }
        inside.extend(overlapping);
        let span = Span::new(tokens[first].span.start, tokens[open - 1].span.end);
        let name = doc.text[span].to_string();
        let long = OrgMention {
            first,
            last: open - 1,
            span,
            base: name.clone(),
            name,
            acronym: Some(letters),
            category,
            region: None,
            standalone: true,
        };
        let acronym_span = Span::new(tokens[open + 1].span.start, tokens[close - 1].span.end);
        out.push(OrgMention {
            first: open + 1,
            last: close - 1,
            span: acronym_span,
            ..long.clone()
        });
        if close == open + 2 {
            defined
                .entry(tokens[open + 1].text)
                .or_insert((close, long.clone()));
        }
        out.insert(out.len() - 1, long);
    }
    out.extend(later_mentions(doc, lk, found, &defined));
    if out.is_empty() {
        return;
    }
    let mut index = 0;
    found.retain(|_| {
        index += 1;
        !inside.contains(&(index - 1))
    });
    found.extend(out);
    found.sort_by_key(|m| m.first);
}

/// The later mentions of acronyms `defined` here, written alone: "MKKS siap
/// …" after "Musyawarah Kerja Kepala Sekolah (MKKS)". One pass over the
/// tokens. Not a field inside a title ("Kabid Jalan dan Jembatan PU-BMPR":
/// a title or role starts within five tokens before it), not a definition
/// of its own in parentheses, not a token another body covers.
fn later_mentions(
    doc: &Doc<'_>,
    lk: &Lookups<'_, '_>,
    found: &[OrgMention],
    defined: &FastMap<&str, (usize, OrgMention)>,
) -> Vec<OrgMention> {
    let tokens = &doc.tokens;
    let mut out = Vec::new();
    if defined.is_empty() {
        return out;
    }
    // When every acronym starts with a capital letter (as nearly all do),
    // only capitalised tokens can be one: the walk jumps between them,
    // eight shapes at a time.
    let capitalised = defined
        .keys()
        .all(|a| a.as_bytes().first().is_some_and(u8::is_ascii_uppercase));
    let mut next = 0;
    while next < tokens.len() {
        let k = if capitalised {
            super::next_marked(doc.shapes(), next, super::CAPITALIZED)
        } else {
            next
        };
        next = k + 1;
        let Some(t) = tokens.get(k) else {
            break;
        };
        if !t.is_all_caps() || t.text.len() < 2 {
            continue;
        }
        let Some((close, long)) = defined.get(t.text) else {
            continue;
        };
        let in_title =
            (k.saturating_sub(5)..k).any(|s| lk.mask(s) & (super::TITLE | super::ROLE) != 0);
        let at = found.partition_point(|m| m.last < k);
        let covered = found.get(at).is_some_and(|m| m.first <= k);
        if k > *close && tokens[k - 1].text != "(" && !in_title && !covered {
            out.push(OrgMention {
                first: k,
                last: k,
                span: t.span,
                ..long.clone()
            });
        }
    }
    out
}

/// Removes from `found` the bodies a document's own definition rules out:
/// "Perjanjian Kerja Sama (PKS)" defines PKS as an agreement, so no "PKS"
/// in the document is the party; "Rencana Kerja Pemerintah Daerah (RKPD)"
/// names a plan, so neither "RKPD" nor "Pemerintah Daerah" inside it is a
/// body. A definition is a run of capitalised words spelling the acronym
/// in parentheses after it, one word a letter, that no head noun starts
/// and that is not the long name of the body the acronym is known for.
pub(crate) fn drop_bodies_defined_otherwise(
    doc: &Doc<'_>,
    lk: &Lookups<'_, '_>,
    organizations: &crate::organizations::Organizations,
    found: &mut Vec<OrgMention>,
) {
    let tokens = &doc.tokens;
    let mut ruled_out: Vec<(usize, usize, &str)> = Vec::new();
    for m in found.iter() {
        let open = m.first.wrapping_sub(1);
        if m.first != m.last || m.first == 0 || tokens[open].text != "(" {
            continue;
        }
        let Some((letters, close)) = acronym_at(doc, open) else {
            continue;
        };
        let Some(first) = initials_spell_before(doc, open, &letters, true) else {
            continue;
        };
        // A body's own long form: a head noun or known body starts it or
        // stands before it ("PT Indonesia Morowali Industrial Park
        // (IMIP)"), or a body found covers its first word.
        let headed = head_category(doc, lk, first).is_some()
            || lk.body(first).is_some()
            || first > 0 && lk.head_any_case(first - 1).is_some()
            || found.iter().any(|o| o.first <= first && o.last >= first);
        // Defined as a body elsewhere in the document, the acronym stays
        // one ("Himpinan Nelayan … (HNSI)" misspelt after the body's
        // definition).
        let acronym = tokens[m.first].text;
        let body_elsewhere = found.iter().any(|o| {
            (o.last < first || o.first > close)
                && o.first < o.last
                && o.acronym.as_deref() == Some(acronym)
        });
        if headed || body_elsewhere {
            continue;
        }
        let phrase = &doc.text[tokens[first].span.start..tokens[open - 1].span.end];
        let known_as_phrase = organizations
            .body_form(acronym)
            .is_some_and(|b| organizations.body(b).name.eq_ignore_ascii_case(phrase));
        if !known_as_phrase {
            ruled_out.push((first, close, acronym));
        }
    }
    if ruled_out.is_empty() {
        return;
    }
    found.retain(|m| {
        !ruled_out.iter().any(|&(first, close, acronym)| {
            m.first >= first && m.last <= close
                || m.first == m.last && tokens[m.first].text == acronym
        })
    });
}

#[cfg(test)]
mod tests {
    use super::spelled_letters;

    #[test]
    fn digits_repeat_the_letter_before_them() {
        assert_eq!(spelled_letters("FK2D").as_deref(), Some("FKKD"));
        assert_eq!(spelled_letters("P3A").as_deref(), Some("PPPA"));
        assert_eq!(spelled_letters("PU-BMPR").as_deref(), Some("PUBMPR"));
        assert_eq!(spelled_letters("2D"), None);
        assert_eq!(spelled_letters("Abc"), None);
    }
}
