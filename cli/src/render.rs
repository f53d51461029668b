//! One document's output: its entities after `--kinds`, `--outermost` and
//! `--offsets chars`, written as a JSON line, a table or TSV rows; or the
//! error that took its place.

use std::fmt::Write as _;
use std::io;

use serde::Serialize;
use serde_json::Value;
use warta::{Entity, EntityInfo, Span};

use crate::args::{Format, Options};

/// Which document a line of output is about.
#[derive(Clone, Debug)]
pub enum DocKey {
    /// A text file (its name, lossily) or `-`.
    File(String),
    /// A JSONL record: its `id` when it has one, its line, and its file
    /// (`None` for standard input).
    Record {
        /// The file the record was read from, `None` for standard input.
        file: Option<String>,
        /// Line number in that input, from 1.
        line: u64,
        /// The record's `id`, as given.
        id: Option<Value>,
    },
}

impl DocKey {
    /// How tables and TSV name the document.
    fn label(&self) -> String {
        match self {
            DocKey::File(name) => name.clone(),
            DocKey::Record {
                id: Some(Value::String(s)),
                ..
            } => s.clone(),
            DocKey::Record { id: Some(id), .. } => id.to_string(),
            DocKey::Record {
                file: Some(f),
                line,
                ..
            } => format!("{f}:{line}"),
            DocKey::Record { line, .. } => format!("line {line}"),
        }
    }
}

/// One output line of `--format jsonl`.
#[derive(Serialize)]
struct Line<'a, E> {
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    entities: Option<&'a [E]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

impl<'a, E> Line<'a, E> {
    /// The key fields: `file` for files; `id` for records that have one, and
    /// `file` (named inputs) and `line` for the others and for errors.
    fn new(key: &'a DocKey, is_error: bool) -> Line<'a, E> {
        let mut line = Line {
            file: None,
            id: None,
            line: None,
            entities: None,
            error: None,
        };
        match key {
            DocKey::File(name) => line.file = Some(name),
            DocKey::Record { file, line: n, id } => {
                line.id = id.as_ref();
                if id.is_none() || is_error {
                    line.file = file.as_deref();
                    line.line = Some(*n);
                }
            }
        }
        line
    }
}

/// Applies `--kinds`, `--outermost` and `--offsets chars` to one document's
/// entities.
pub fn select<'t>(
    options: &Options,
    text: &'t str,
    mut entities: Vec<Entity<'t>>,
) -> Vec<Entity<'t>> {
    if let Some(kinds) = &options.kinds {
        entities.retain(|e| kinds.contains(&e.kind));
    }
    if options.outermost {
        entities = outermost(entities);
    }
    if options.chars {
        to_char_offsets(text, &mut entities);
    }
    entities
}

/// Keeps the entities that overlap no entity kept before them, taking them by
/// start and, at one start, longest first: what is left never overlaps, and an
/// entity nested in another (a region in an official's title or a body's
/// name) goes.
fn outermost(mut entities: Vec<Entity<'_>>) -> Vec<Entity<'_>> {
    entities.sort_by_key(|e| (e.span.start, std::cmp::Reverse(e.span.end)));
    let mut end = 0;
    entities.retain(|e| {
        let keep = e.span.start >= end;
        if keep {
            end = e.span.end;
        }
        keep
    });
    entities
}

/// Turns every byte offset of the entities (spans and title spans) into a
/// count of Unicode code points, in one pass over the text.
fn to_char_offsets(text: &str, entities: &mut [Entity<'_>]) {
    let title_span = |e: &Entity<'_>| match &e.info {
        EntityInfo::Official(o) => o.title_span,
        _ => None,
    };
    let mut bytes: Vec<usize> = Vec::with_capacity(entities.len() * 2);
    for e in entities.iter() {
        bytes.extend([e.span.start, e.span.end]);
        if let Some(s) = title_span(e) {
            bytes.extend([s.start, s.end]);
        }
    }
    bytes.sort_unstable();
    bytes.dedup();
    let (mut at, mut count) = (0, 0);
    let chars: Vec<usize> = bytes
        .iter()
        .map(|&b| {
            count += text.get(at..b).map_or(0, |s| s.chars().count());
            at = b.max(at);
            count
        })
        .collect();
    let map = |b: usize| bytes.binary_search(&b).map_or(b, |i| chars[i]);
    let span = |s: Span| Span::new(map(s.start), map(s.end));
    for e in entities.iter_mut() {
        e.span = span(e.span);
        if let EntityInfo::Official(o) = &mut e.info {
            o.title_span = o.title_span.map(span);
        }
    }
}

/// Writes one analysed document in the chosen format.
pub fn document(
    out: &mut impl io::Write,
    options: &Options,
    key: &DocKey,
    entities: &[Entity<'_>],
) -> io::Result<()> {
    match options.format {
        Format::Jsonl => {
            let mut line = Line::new(key, false);
            line.entities = Some(entities);
            json_line(out, &line)
        }
        Format::Table => out.write_all(table(key, entities).as_bytes()),
        Format::Tsv => out.write_all(tsv(key, entities).as_bytes()),
    }
}

/// Writes the error that takes a document's place.
pub fn error(
    out: &mut impl io::Write,
    options: &Options,
    key: &DocKey,
    message: &str,
) -> io::Result<()> {
    match options.format {
        Format::Jsonl => {
            let mut line = Line::<()>::new(key, true);
            line.error = Some(message);
            json_line(out, &line)
        }
        Format::Table => write!(out, "# {}\nerror: {message}\n\n", key.label()),
        Format::Tsv => writeln!(
            out,
            "{}\terror\t\t\t{}\t\t\t\t\t\t",
            clean(&key.label()),
            clean(message)
        ),
    }
}

/// Writes `line` as JSON and a line break. Serialising warta's entities,
/// strings and JSON values cannot fail, so an error is the writer's.
fn json_line<E: Serialize>(out: &mut impl io::Write, line: &Line<'_, E>) -> io::Result<()> {
    serde_json::to_writer(&mut *out, line).map_err(io::Error::from)?;
    out.write_all(b"\n")
}

/// The header row of `--format tsv`.
pub const TSV_HEADER: &str =
    "doc\tkind\tstart\tend\ttext\tname\tcode\tlevel\tcategory\tstatus\tperson\n";

/// The columns after `text` shared by the table and TSV: name (a region's
/// official name, an official's title, a body's name), code, level (a
/// region's, or the jurisdiction's), category, status and person.
fn columns(e: &Entity<'_>) -> [String; 6] {
    let opt = |s: Option<&str>| s.unwrap_or("").to_owned();
    match &e.info {
        EntityInfo::Region(r) => [
            opt(r.name.as_deref()),
            match &r.code {
                Some(code) => code.to_string(),
                None => r.candidates.join(","),
            },
            opt(r.level.map(|l| l.as_str())),
            opt(r.village_type.map(|v| v.as_str())),
            String::new(),
            String::new(),
        ],
        EntityInfo::Official(o) => {
            let j = o.jurisdiction.as_ref();
            [
                match j {
                    Some(j) => format!("{} {}", o.title, j.name),
                    None => o.title.clone(),
                },
                opt(j.and_then(|j| j.code.as_deref())),
                opt(j.and_then(|j| j.level).map(|l| l.as_str())),
                o.category.clone(),
                opt(o.status.map(|s| s.as_str())),
                o.person.to_string(),
            ]
        }
        EntityInfo::Organization(o) => {
            let j = o.jurisdiction.as_ref();
            [
                opt(o.name.as_deref()),
                opt(j.and_then(|j| j.code.as_deref())),
                opt(j.and_then(|j| j.level).map(|l| l.as_str())),
                opt(o.category.as_deref()),
                String::new(),
                String::new(),
            ]
        }
        _ => Default::default(),
    }
}

/// A field without tabs or line breaks.
fn clean(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

fn tsv(key: &DocKey, entities: &[Entity<'_>]) -> String {
    let doc = clean(&key.label());
    let mut s = String::new();
    for e in entities {
        let _ = write!(
            s,
            "{doc}\t{}\t{}\t{}\t{}",
            e.kind.as_str(),
            e.span.start,
            e.span.end,
            clean(e.text)
        );
        for column in columns(e) {
            s.push('\t');
            s.push_str(&clean(&column));
        }
        s.push('\n');
    }
    s
}

/// The longest text a table cell shows; longer texts end with `…`.
const CELL: usize = 40;

/// A table cell: control characters as spaces, at most `CELL` characters.
fn cell(s: &str) -> String {
    let s = clean(s);
    if s.chars().count() <= CELL {
        s
    } else {
        let mut cut: String = s.chars().take(CELL - 1).collect();
        cut.push('…');
        cut
    }
}

/// An aligned table: column widths come from this document's cells (counted
/// in characters), so columns line up whatever the texts' lengths.
fn table(key: &DocKey, entities: &[Entity<'_>]) -> String {
    let header = [
        "start", "end", "kind", "text", "name", "code", "level", "category", "status", "person",
    ];
    let mut rows: Vec<[String; 10]> = vec![header.map(str::to_owned)];
    for e in entities {
        let [name, code, level, category, status, person] = columns(e).map(|c| cell(&c));
        rows.push([
            e.span.start.to_string(),
            e.span.end.to_string(),
            e.kind.as_str().to_owned(),
            cell(e.text),
            name,
            code,
            level,
            category,
            status,
            person,
        ]);
    }
    let mut widths = [0; 10];
    for row in &rows {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    let count = match entities.len() {
        1 => "1 entity".to_owned(),
        n => format!("{n} entities"),
    };
    let mut s = format!("# {} ({count})\n", clean(&key.label()));
    for row in &rows {
        let mut line = String::new();
        for (i, (c, w)) in row.iter().zip(widths).enumerate() {
            let pad = w - c.chars().count();
            if i < 2 {
                line.push_str(&" ".repeat(pad));
                line.push_str(c);
            } else {
                line.push_str(c);
                line.push_str(&" ".repeat(pad));
            }
            line.push_str("  ");
        }
        s.push_str(line.trim_end());
        s.push('\n');
    }
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_code_points() {
        let text = "“Bupati Morut” 🙂 Kota Palu";
        let entities = warta::Analyzer::new().entities(text);
        let mut converted = entities.clone();
        to_char_offsets(text, &mut converted);
        let chars: Vec<char> = text.chars().collect();
        for (b, c) in entities.iter().zip(&converted) {
            let sliced: String = chars[c.span.start..c.span.end].iter().collect();
            assert_eq!(sliced, &text[b.span]);
        }
    }

    #[test]
    fn outermost_leaves_no_overlap() {
        let text = "Kantor Pemkab Morowali dan Bupati Morut Delis Julkarson Hehi.";
        let all = warta::Analyzer::new().entities(text);
        let kept = outermost(all.clone());
        assert!(kept.len() < all.len());
        for pair in kept.windows(2) {
            assert!(pair[0].span.end <= pair[1].span.start);
        }
    }
}
