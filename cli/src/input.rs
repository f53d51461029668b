//! Inputs cut into bounded chunks of work, and the analysis of one piece of
//! work into its output bytes.

use std::borrow::Cow;
use std::ffi::OsString;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};

use serde_json::{Map, Value};

use crate::args::{InputFormat, Options};
use crate::render::{self, DocKey};

/// A chunk holds at most this many documents…
const CHUNK_DOCS: usize = 4096;
/// …and at most about this many bytes of JSONL, so memory stays bounded
/// however long the input (a single longer line is still read whole).
const CHUNK_BYTES: usize = 2 << 20;

/// One piece of work: a document to read and analyse, or a JSONL line.
pub enum Item {
    /// A text file, or `-` for standard input.
    File(OsString),
    /// One JSONL line (without its line break).
    Line {
        /// The file it comes from, lossily, or `None` for standard input.
        file: Option<String>,
        /// Its line number, from 1.
        line: u64,
        /// Its bytes.
        bytes: Vec<u8>,
    },
    /// A JSONL input that could not be opened or read.
    Unreadable {
        /// Its name, lossily.
        file: String,
        /// Why.
        error: String,
    },
}

/// What one item gave.
pub struct Outcome {
    /// Its output, in the chosen format.
    pub output: Vec<u8>,
    /// `name: message` when it gave an error record.
    pub error: Option<String>,
    /// The input bytes it covered (for the progress line).
    pub bytes: u64,
}

/// Hands out the inputs in chunks.
pub struct Source {
    format: InputFormat,
    files: std::vec::IntoIter<OsString>,
    /// The JSONL input being read: its name (`None`: standard input), reader
    /// and last line number.
    reader: Option<(Option<String>, Box<dyn BufRead + Send>, u64)>,
    chunk_files: usize,
}

impl Source {
    /// The inputs of `options`, in order.
    pub fn new(options: &Options) -> Source {
        Source {
            format: options.input,
            files: options.files.clone().into_iter(),
            reader: None,
            // Text files are read by the workers: enough per chunk to keep
            // them busy, few enough to print early.
            chunk_files: (options.jobs * 64).min(CHUNK_DOCS),
        }
    }

    /// The next chunk of work, or `None` at the end.
    pub fn next_chunk(&mut self) -> Option<Vec<Item>> {
        let chunk = match self.format {
            InputFormat::Text => self
                .files
                .by_ref()
                .take(self.chunk_files)
                .map(Item::File)
                .collect(),
            InputFormat::Jsonl => self.jsonl_chunk(),
        };
        Some(chunk).filter(|c: &Vec<Item>| !c.is_empty())
    }

    fn jsonl_chunk(&mut self) -> Vec<Item> {
        let mut items = Vec::new();
        let mut size = 0;
        while items.len() < CHUNK_DOCS && size < CHUNK_BYTES {
            let Some((file, reader, line)) = &mut self.reader else {
                let Some(name) = self.files.next() else { break };
                match open(&name) {
                    Ok(opened) => self.reader = Some(opened),
                    Err(error) => items.push(Item::Unreadable {
                        file: name.to_string_lossy().into_owned(),
                        error,
                    }),
                }
                continue;
            };
            let mut bytes = Vec::new();
            match reader.read_until(b'\n', &mut bytes) {
                Ok(0) => self.reader = None,
                Ok(_) => {
                    *line += 1;
                    while matches!(bytes.last(), Some(b'\n' | b'\r')) {
                        bytes.pop();
                    }
                    if bytes.iter().all(u8::is_ascii_whitespace) {
                        continue; // blank lines are not records
                    }
                    size += bytes.len();
                    items.push(Item::Line {
                        file: file.clone(),
                        line: *line,
                        bytes,
                    });
                }
                Err(e) => {
                    items.push(Item::Unreadable {
                        file: file.clone().unwrap_or_else(|| "-".into()),
                        error: format!("read error after line {line}: {e}"),
                    });
                    self.reader = None;
                }
            }
        }
        items
    }
}

/// Opens a JSONL input: its name for the output and a buffered reader.
#[allow(clippy::type_complexity)]
fn open(name: &OsString) -> Result<(Option<String>, Box<dyn BufRead + Send>, u64), String> {
    if name == "-" {
        return Ok((
            None,
            Box::new(BufReader::with_capacity(1 << 16, io::stdin())),
            0,
        ));
    }
    if std::fs::metadata(name).is_ok_and(|m| m.is_dir()) {
        return Err("is a directory".into());
    }
    let file = File::open(name).map_err(|e| e.to_string())?;
    let label = name.to_string_lossy().into_owned();
    Ok((
        Some(label),
        Box::new(BufReader::with_capacity(1 << 16, file)),
        0,
    ))
}

/// Reads, analyses and renders one item into memory, for a worker.
pub fn process(analyzer: &warta::Analyzer, options: &Options, item: &Item) -> Outcome {
    let mut output = Vec::new();
    let (error, bytes) =
        process_into(&mut output, analyzer, options, item).expect("writing to memory succeeds");
    Outcome {
        output,
        error,
        bytes,
    }
}

/// Reads, analyses and renders one item into `out`: the error message it
/// gave, if any, and the input bytes it covered. Writing straight to the
/// output spares a huge document's buffered line (its JSON is several
/// times its size).
pub fn process_into(
    out: &mut impl io::Write,
    analyzer: &warta::Analyzer,
    options: &Options,
    item: &Item,
) -> io::Result<(Option<String>, u64)> {
    let (key, text) = match item {
        Item::File(name) => {
            let key = DocKey::File(name.to_string_lossy().into_owned());
            (key, read_file(name, options.lossy).map(Cow::Owned))
        }
        Item::Line { file, line, bytes } => record(file, *line, bytes, options.lossy),
        Item::Unreadable { file, error } => (DocKey::File(file.clone()), Err(error.clone())),
    };
    let bytes = match (item, &text) {
        (Item::Line { bytes, .. }, _) => bytes.len() as u64,
        (_, Ok(text)) => text.len() as u64,
        _ => 0,
    };
    match text {
        Ok(text) => {
            let entities = render::select(options, &text, analyzer.entities(&text));
            render::document(out, options, &key, &entities)?;
            Ok((None, bytes))
        }
        Err(message) => {
            render::error(out, options, &key, &message)?;
            Ok((Some(format!("{}: {message}", describe(&key))), bytes))
        }
    }
}

/// Names a document in messages on standard error.
fn describe(key: &DocKey) -> String {
    match key {
        DocKey::File(name) => name.clone(),
        DocKey::Record { file, line, id } => {
            let place = format!("{}:{line}", file.as_deref().unwrap_or("-"));
            match id {
                Some(id) => format!("{place} (id {id})"),
                None => place,
            }
        }
    }
}

/// A text file's contents (or standard input's), as text.
fn read_file(name: &OsString, lossy: bool) -> Result<String, String> {
    let mut bytes = Vec::new();
    if name == "-" {
        io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|e| e.to_string())?;
    } else {
        if std::fs::metadata(name).is_ok_and(|m| m.is_dir()) {
            return Err("is a directory".into());
        }
        bytes = std::fs::read(name).map_err(|e| e.to_string())?;
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) if lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => Err(not_utf8(e.utf8_error())),
    }
}

fn not_utf8(e: std::str::Utf8Error) -> String {
    format!(
        "not UTF-8 (invalid byte at offset {}); --lossy replaces invalid bytes",
        e.valid_up_to()
    )
}

/// A JSONL record's key and text, or why it has none. Fields other than
/// `id` and `text` are not looked at.
fn record<'a>(
    file: &Option<String>,
    line: u64,
    bytes: &'a [u8],
    lossy: bool,
) -> (DocKey, Result<Cow<'a, str>, String>) {
    let mut key = DocKey::Record {
        file: file.clone(),
        line,
        id: None,
    };
    let (json, invalid) = match std::str::from_utf8(bytes) {
        Ok(json) => (Cow::Borrowed(json), None),
        Err(e) => (
            String::from_utf8_lossy(bytes),
            (!lossy).then(|| not_utf8(e)),
        ),
    };
    let mut map: Map<String, Value> = match serde_json::from_str(&json) {
        Ok(Value::Object(map)) => map,
        Ok(_) => return (key, Err(invalid.unwrap_or("not a JSON object".into()))),
        Err(e) => return (key, Err(invalid.unwrap_or(format!("not JSON: {e}")))),
    };
    if let DocKey::Record { id, .. } = &mut key {
        *id = map.remove("id").filter(|id| !id.is_null());
    }
    if let Some(invalid) = invalid {
        // The error record still names the record by its id when it has one.
        return (key, Err(invalid));
    }
    let text = match map.remove("text") {
        Some(Value::String(text)) => Ok(Cow::Owned(text)),
        Some(_) => Err("\"text\" is not a string".into()),
        None => Err("no \"text\" field".into()),
    };
    (key, text)
}
