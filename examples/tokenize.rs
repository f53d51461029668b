//! Prints the tokens of text files (or standard input), one per line:
//! `start<TAB>end<TAB>kind<TAB>text`, with UTF-8 byte offsets (end exclusive).
//! With `--sentences`, prints one sentence per line as `start<TAB>end`.
//!
//! ```text
//! cargo run --release --example tokenize -- examples/data/morowali.txt
//! echo "Bupati Morut Dr. dr. Delis hadir." | cargo run --example tokenize -- --sentences
//! ```

use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut sentences = false;
    let mut files = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--sentences" => sentences = true,
            "-h" | "--help" => {
                println!("usage: tokenize [--sentences] [FILE ...]   (no FILE: standard input)");
                return ExitCode::SUCCESS;
            }
            _ => files.push(arg),
        }
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut status = ExitCode::SUCCESS;
    let inputs: Vec<Option<String>> = if files.is_empty() {
        vec![None]
    } else {
        files.into_iter().map(Some).collect()
    };
    for input in inputs {
        let text = match read_input(input.as_deref()) {
            Ok(text) => text,
            Err(err) => {
                eprintln!("tokenize: {}: {err}", input.as_deref().unwrap_or("<stdin>"));
                status = ExitCode::FAILURE;
                continue;
            }
        };
        let written = if sentences {
            warta::sentences(&text).try_for_each(|s| writeln!(out, "{}\t{}", s.start, s.end))
        } else {
            warta::tokenize(&text).try_for_each(|t| {
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}",
                    t.span.start,
                    t.span.end,
                    t.kind.as_str(),
                    t.text
                )
            })
        };
        if written.is_err() {
            // A closed pipe (e.g. `| head`) is not an error worth reporting.
            return status;
        }
    }
    let _ = out.flush();
    status
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
