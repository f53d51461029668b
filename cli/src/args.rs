//! Command-line options, parsed by hand: a dozen flags do not need a parser
//! crate, and file names stay `OsString`s so that names which are not UTF-8
//! work.

use std::ffi::{OsStr, OsString};

use warta::EntityKind;

/// How the inputs are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputFormat {
    /// Each input is one document (a text file, or standard input).
    Text,
    /// Each line of each input is a record `{"id": …, "text": …}`.
    Jsonl,
}

/// How the output is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One JSON object per document.
    Jsonl,
    /// An aligned table per document, for people.
    Table,
    /// Tab-separated values, one row per entity, for spreadsheets.
    Tsv,
}

/// Everything a run needs to know.
#[derive(Clone, Debug)]
pub struct Options {
    /// How the inputs are read.
    pub input: InputFormat,
    /// How the output is written.
    pub format: Format,
    /// Offsets in Unicode code points instead of UTF-8 bytes.
    pub chars: bool,
    /// Only these kinds, or every kind.
    pub kinds: Option<Vec<EntityKind>>,
    /// Drop entities that overlap an earlier or longer one.
    pub outermost: bool,
    /// Replace bytes that are not UTF-8 instead of reporting an error.
    pub lossy: bool,
    /// Threads analysing documents.
    pub jobs: usize,
    /// The inputs; `-` is standard input. Never empty.
    pub files: Vec<OsString>,
}

/// What the command line asks for.
#[derive(Debug)]
pub enum Parsed {
    /// Analyse.
    Run(Options),
    /// Print the help.
    Help,
    /// Print the version.
    Version,
}

/// The help text.
pub const HELP: &str = "\
warta: officials, regions and organisations in Indonesian news text

usage: warta [OPTIONS] [FILE ...]          each FILE is one document
       warta [OPTIONS] --input jsonl [FILE ...]   each line {\"id\": ..., \"text\": ...}
       (no FILE, or FILE `-`: standard input)

options:
  --input text|jsonl          what the inputs hold (default: text)
  --format jsonl|table|tsv    output: JSON lines (default), an aligned table, or TSV
  --offsets bytes|chars       UTF-8 byte offsets (default) or Unicode code points (Python str)
  --kinds LIST                only these kinds, comma-separated: official,region,organization
  --outermost                 drop entities that lie inside (or overlap) an earlier or longer one
  --lossy                     replace bytes that are not UTF-8 instead of reporting an error
  --jobs N                    threads (default: all cores)
  -h, --help                  this help;  -V, --version: the version

Output, one line per document in input order: {\"file\": ..., \"entities\": [...]} for files,
{\"id\": ..., \"entities\": [...]} for JSONL records (other fields of a record are not copied;
a record without \"id\" gets \"line\"). An input that cannot be analysed gives
{\"file\"|\"id\"|\"line\": ..., \"error\": \"...\"} in its place, and the exit status is 1 at the end.
Usage errors exit with 2.";

/// Parses the arguments after the program name.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Parsed, String> {
    let mut options = Options {
        input: InputFormat::Text,
        format: Format::Jsonl,
        chars: false,
        kinds: None,
        outermost: false,
        lossy: false,
        jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
        files: Vec::new(),
    };
    let mut args = args.into_iter();
    let mut only_files = false;
    while let Some(arg) = args.next() {
        let Some(flag) = arg
            .to_str()
            .filter(|a| !only_files && a.starts_with('-') && *a != "-")
        else {
            options.files.push(arg);
            continue;
        };
        // `--name=value` or `--name value`.
        let (name, inline) = match flag.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name, Some(value.to_owned())),
            _ => (flag, None),
        };
        let mut value = |what: &str| -> Result<String, String> {
            match inline.clone() {
                Some(v) => Ok(v),
                None => args
                    .next()
                    .map(|v| v.to_string_lossy().into_owned())
                    .ok_or_else(|| format!("{name} needs a value: {what}")),
            }
        };
        match name {
            "--" => only_files = true,
            "-h" | "--help" => return Ok(Parsed::Help),
            "-V" | "--version" => return Ok(Parsed::Version),
            "--outermost" => options.outermost = true,
            "--lossy" => options.lossy = true,
            "--input" => {
                options.input = match value("text or jsonl")?.as_str() {
                    "text" => InputFormat::Text,
                    "jsonl" => InputFormat::Jsonl,
                    v => return Err(format!("--input takes text or jsonl, not {v:?}")),
                }
            }
            "--format" => {
                options.format = match value("jsonl, table or tsv")?.as_str() {
                    "jsonl" | "json" => Format::Jsonl,
                    "table" => Format::Table,
                    "tsv" => Format::Tsv,
                    v => return Err(format!("--format takes jsonl, table or tsv, not {v:?}")),
                }
            }
            "--offsets" => {
                options.chars = match value("bytes or chars")?.as_str() {
                    "bytes" => false,
                    "chars" => true,
                    v => return Err(format!("--offsets takes bytes or chars, not {v:?}")),
                }
            }
            "--kinds" => {
                options.kinds = Some(parse_kinds(&value("a list such as official,region")?)?)
            }
            "--jobs" | "-j" => {
                let v = value("a number of threads")?;
                options.jobs = match v.parse::<usize>() {
                    Ok(n) if n > 0 => n,
                    _ => {
                        return Err(format!(
                            "--jobs takes a number of threads above 0, not {v:?}"
                        ))
                    }
                }
            }
            _ => {
                return Err(format!(
                    "unknown option {}",
                    OsStr::new(flag).to_string_lossy()
                ))
            }
        }
    }
    if options.files.is_empty() {
        options.files.push(OsString::from("-"));
    }
    Ok(Parsed::Run(options))
}

/// Parses `official,region,organization` (singular or plural, any order).
fn parse_kinds(list: &str) -> Result<Vec<EntityKind>, String> {
    let mut kinds = Vec::new();
    for word in list.split(',').map(str::trim).filter(|w| !w.is_empty()) {
        let kind = match word {
            "official" | "officials" => EntityKind::Official,
            "region" | "regions" => EntityKind::Region,
            "organization" | "organizations" | "organisation" | "organisations" => {
                EntityKind::Organization
            }
            _ => {
                return Err(format!(
                    "--kinds: unknown kind {word:?} (kinds: official, region, organization)"
                ))
            }
        };
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    if kinds.is_empty() {
        return Err("--kinds needs at least one of official, region, organization".into());
    }
    Ok(kinds)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str]) -> Result<Options, String> {
        match parse(args.iter().map(OsString::from))? {
            Parsed::Run(o) => Ok(o),
            other => Err(format!("{other:?}")),
        }
    }

    #[test]
    fn values_inline_or_apart() {
        let o = run(&["--format=tsv", "--offsets", "chars", "--jobs=3", "a.txt"]).unwrap();
        assert_eq!((o.format, o.chars, o.jobs), (Format::Tsv, true, 3));
        assert_eq!(o.files, [OsString::from("a.txt")]);
    }

    #[test]
    fn no_file_is_stdin_and_dash_is_a_file() {
        assert_eq!(run(&[]).unwrap().files, [OsString::from("-")]);
        assert_eq!(
            run(&["--", "--odd"]).unwrap().files,
            [OsString::from("--odd")]
        );
    }

    #[test]
    fn usage_errors_say_what_was_wrong() {
        assert!(run(&["--format", "xml"]).unwrap_err().contains("\"xml\""));
        assert!(run(&["--jobs", "0"]).unwrap_err().contains("--jobs"));
        assert!(run(&["--kinds", "person"]).unwrap_err().contains("person"));
        assert!(run(&["--offsets"]).unwrap_err().contains("needs a value"));
        assert!(run(&["--colour"]).unwrap_err().contains("--colour"));
    }

    #[test]
    fn kinds_list() {
        let o = run(&["--kinds", "regions, official"]).unwrap();
        assert_eq!(o.kinds.unwrap(), [EntityKind::Region, EntityKind::Official]);
    }
}
