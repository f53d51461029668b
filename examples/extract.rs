//! Prints the officials, regions and organisations of text files (or of
//! standard input).
//!
//! ```text
//! cargo run --release --example extract -- examples/data/morowali.txt
//! cargo run --release --example extract -- --format table examples/data/*.txt
//! cat article.txt | cargo run --release --example extract -- --offsets chars
//! ```
//!
//! Default output: one JSON object per line per document,
//! `{"file": "...", "entities": [...]}`, each entity with `kind`, `start`,
//! `end` (UTF-8 byte offsets, end exclusive), `text` and the attributes of
//! its kind (README, "Output"). `--offsets chars` counts Unicode scalar
//! values instead of bytes; `--format table` prints a table for people.

use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Table,
}

fn usage() -> &'static str {
    "usage: extract [--format json|table] [--offsets bytes|chars] [FILE ...]   (no FILE: standard input)"
}

fn main() -> ExitCode {
    let mut format = Format::Json;
    let mut char_offsets = false;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--format" => match args.next().as_deref() {
                Some("json") => format = Format::Json,
                Some("table") => format = Format::Table,
                _ => return fail(usage()),
            },
            "--offsets" => match args.next().as_deref() {
                Some("bytes") => char_offsets = false,
                Some("chars") => char_offsets = true,
                _ => return fail(usage()),
            },
            "-h" | "--help" => {
                println!("{}", usage());
                return ExitCode::SUCCESS;
            }
            _ if arg.starts_with("--") => return fail(usage()),
            _ => files.push(arg),
        }
    }
    let analyzer = warta::Analyzer::new();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut status = ExitCode::SUCCESS;
    let inputs: Vec<Option<String>> = if files.is_empty() {
        vec![None]
    } else {
        files.into_iter().map(Some).collect()
    };
    for input in inputs {
        let name = input.clone().unwrap_or_else(|| "-".to_string());
        let text = match read_input(input.as_deref()) {
            Ok(text) => text,
            Err(err) => {
                eprintln!("extract: {name}: {err}");
                status = ExitCode::FAILURE;
                continue;
            }
        };
        let entities = analyzer.entities(&text);
        let written = match format {
            Format::Json => write_json(&mut out, &name, &text, &entities, char_offsets),
            Format::Table => write_table(&mut out, &name, &text, &entities, char_offsets),
        };
        if written.is_err() {
            // A closed pipe (e.g. `| head`) ends the output quietly.
            return status;
        }
    }
    let _ = out.flush();
    status
}

fn fail(message: &str) -> ExitCode {
    eprintln!("{message}");
    ExitCode::from(2)
}

fn read_input(path: Option<&str>) -> io::Result<String> {
    match path {
        Some(path) => std::fs::read_to_string(path),
        None => {
            let mut text = String::new();
            io::stdin().read_to_string(&mut text)?;
            Ok(text)
        }
    }
}

/// Maps byte offsets to char offsets for one text.
struct CharOffsets(Vec<usize>);

impl CharOffsets {
    fn new(text: &str) -> CharOffsets {
        let mut map = vec![0; text.len() + 1];
        let mut chars = 0;
        for (i, c) in text.char_indices() {
            for slot in &mut map[i..i + c.len_utf8()] {
                *slot = chars;
            }
            chars += 1;
        }
        map[text.len()] = chars;
        CharOffsets(map)
    }

    fn get(&self, byte: usize) -> usize {
        self.0.get(byte).copied().unwrap_or(0)
    }

    fn span(&self, span: warta::Span) -> warta::Span {
        warta::Span::new(self.get(span.start), self.get(span.end))
    }
}

fn write_json(
    out: &mut impl Write,
    name: &str,
    text: &str,
    entities: &[warta::Entity<'_>],
    char_offsets: bool,
) -> io::Result<()> {
    let chars = char_offsets.then(|| CharOffsets::new(text));
    let mut list = Vec::with_capacity(entities.len());
    for entity in entities {
        let mut entity = entity.clone();
        if let Some(chars) = &chars {
            entity.span = chars.span(entity.span);
            if let warta::EntityInfo::Official(o) = &mut entity.info {
                o.title_span = o.title_span.map(|s| chars.span(s));
            }
        }
        list.push(entity);
    }
    let line = serde_json::to_string(&Document {
        file: name,
        entities: &list,
    })
    .map_err(|e| io::Error::new(io::ErrorKind::Other, e))?;
    writeln!(out, "{line}")
}

/// One output line: a document and its entities.
#[derive(serde::Serialize)]
struct Document<'a, 't> {
    file: &'a str,
    entities: &'a [warta::Entity<'t>],
}

fn write_table(
    out: &mut impl Write,
    name: &str,
    text: &str,
    entities: &[warta::Entity<'_>],
    char_offsets: bool,
) -> io::Result<()> {
    let chars = char_offsets.then(|| CharOffsets::new(text));
    let offset = |b: usize| chars.as_ref().map_or(b, |c| c.get(b));
    writeln!(out, "# {name}")?;
    writeln!(
        out,
        "{:>6} {:>6}  {:<12} {:<32} details",
        "start", "end", "kind", "text"
    )?;
    for e in entities {
        let details = match &e.info {
            warta::EntityInfo::Region(r) => format!(
                "{} {} {}{}",
                r.level.map_or("?", |l| l.as_str()),
                r.code.as_deref().unwrap_or("?"),
                r.name.as_deref().unwrap_or(""),
                if r.candidates.is_empty() {
                    String::new()
                } else {
                    format!(" (one of {})", r.candidates.join(", "))
                }
            ),
            warta::EntityInfo::Official(o) => format!(
                "{}{}{} #{}",
                o.title,
                o.jurisdiction.as_ref().map_or(String::new(), |j| format!(
                    " of {}{}",
                    j.name,
                    if j.inferred { " (inferred)" } else { "" }
                )),
                o.status
                    .map_or(String::new(), |s| format!(" [{}]", s.as_str())),
                o.person
            ),
            warta::EntityInfo::Organization(o) => format!(
                "{}{}{}",
                o.category.as_deref().unwrap_or("?"),
                o.name.as_deref().map_or(String::new(), |n| format!(" {n}")),
                o.jurisdiction
                    .as_ref()
                    .map_or(String::new(), |j| format!(" ({})", j.name))
            ),
            _ => String::new(),
        };
        writeln!(
            out,
            "{:>6} {:>6}  {:<12} {:<32} {}",
            offset(e.span.start),
            offset(e.span.end),
            e.kind.as_str(),
            e.text,
            details
        )?;
    }
    writeln!(out)
}
