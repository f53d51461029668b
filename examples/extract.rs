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
//! Several files are analysed on all cores (`--jobs N` to choose), and
//! printed in the order given.

use std::ffi::{OsStr, OsString};
use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Table,
}

fn usage() -> &'static str {
    "usage: extract [--format json|table] [--offsets bytes|chars] [--jobs N] [FILE ...]   (no FILE: standard input)"
}

fn main() -> ExitCode {
    let mut format = Format::Json;
    let mut char_offsets = false;
    let mut jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut files = Vec::new();
    let mut args = std::env::args_os().skip(1);
    while let Some(raw) = args.next() {
        // A file name need not be UTF-8 (it is printed lossily); options are.
        let Some(arg) = raw.to_str().map(str::to_owned) else {
            files.push(raw);
            continue;
        };
        let mut next = || args.next().and_then(|a| a.into_string().ok());
        match arg.as_str() {
            "--format" => match next().as_deref() {
                Some("json") => format = Format::Json,
                Some("table") => format = Format::Table,
                _ => return fail(usage()),
            },
            "--offsets" => match next().as_deref() {
                Some("bytes") => char_offsets = false,
                Some("chars") => char_offsets = true,
                _ => return fail(usage()),
            },
            "--jobs" => match next().and_then(|n| n.parse::<usize>().ok()) {
                Some(n) if n > 0 => jobs = n,
                _ => return fail(usage()),
            },
            "-h" | "--help" => {
                println!("{}", usage());
                return ExitCode::SUCCESS;
            }
            _ if arg.starts_with("--") => return fail(usage()),
            _ => files.push(raw),
        }
    }
    let analyzer = warta::Analyzer::new();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut status = ExitCode::SUCCESS;
    let inputs: Vec<Option<OsString>> = if files.is_empty() {
        vec![None]
    } else {
        files.into_iter().map(Some).collect()
    };
    // Files are analysed in batches, each spread over `jobs` threads that
    // share the analyzer, and written in order.
    for batch in inputs.chunks(jobs * 16) {
        let next = AtomicUsize::new(0);
        let rendered: Vec<Mutex<Option<Rendered>>> =
            batch.iter().map(|_| Mutex::new(None)).collect();
        std::thread::scope(|scope| {
            for _ in 0..jobs.min(batch.len()) {
                scope.spawn(|| loop {
                    let n = next.fetch_add(1, Ordering::Relaxed);
                    let Some(input) = batch.get(n) else { break };
                    let result = render(&analyzer, input.as_deref(), format, char_offsets);
                    if let Ok(mut slot) = rendered[n].lock() {
                        *slot = Some(result);
                    }
                });
            }
        });
        for (input, slot) in batch.iter().zip(rendered) {
            let name = input.as_deref().map_or("-".into(), OsStr::to_string_lossy);
            match slot.into_inner().ok().flatten() {
                Some(Ok(text)) => {
                    if out.write_all(text.as_bytes()).is_err() {
                        // A closed pipe (e.g. `| head`) ends the output quietly.
                        return status;
                    }
                }
                Some(Err(err)) => {
                    eprintln!("extract: {name}: {err}");
                    status = ExitCode::FAILURE;
                }
                None => {
                    eprintln!("extract: {name}: not analysed");
                    status = ExitCode::FAILURE;
                }
            }
        }
    }
    let _ = out.flush();
    status
}

/// One document's output, or why it could not be read.
type Rendered = io::Result<String>;

/// Reads and analyses one input and renders its output.
fn render(
    analyzer: &warta::Analyzer,
    input: Option<&OsStr>,
    format: Format,
    char_offsets: bool,
) -> Rendered {
    let name = input.map_or("-".into(), OsStr::to_string_lossy);
    let name = &*name;
    let text = read_input(input)?;
    let entities = analyzer.entities(&text);
    let mut out = Vec::new();
    match format {
        Format::Json => write_json(&mut out, name, &text, &entities, char_offsets)?,
        Format::Table => write_table(&mut out, name, &text, &entities, char_offsets)?,
    }
    String::from_utf8(out).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
}

fn fail(message: &str) -> ExitCode {
    eprintln!("{message}");
    ExitCode::from(2)
}

fn read_input(path: Option<&OsStr>) -> io::Result<String> {
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
    .map_err(io::Error::other)?;
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
