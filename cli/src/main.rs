//! `warta`: officials, regions and organisations in Indonesian news text,
//! from text files or JSONL records, as JSON lines, TSV or a table.
//!
//! ```text
//! warta examples/data/*.txt                      # one JSON line per file
//! warta --input jsonl corpus.jsonl > out.jsonl   # {"id", "text"} in, {"id", "entities"} out
//! warta --format table --offsets chars article.txt
//! ```
//!
//! Documents are analysed on all cores (`--jobs N`) in bounded chunks and
//! printed in input order. An input that cannot be analysed gives an error
//! record in its place; the others are analysed and the exit status is 1.
//! See `warta --help` and the README.

mod args;
mod input;
mod progress;
mod render;

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use args::{Format, Options, Parsed};
use input::{Item, Source};
use progress::Progress;

/// How many error messages go to standard error before only the count does.
const SHOWN_ERRORS: u64 = 10;

fn main() -> ExitCode {
    match args::parse(std::env::args_os().skip(1)) {
        Ok(Parsed::Run(options)) => run(&options),
        Ok(Parsed::Help) => {
            println!("{}", args::HELP);
            ExitCode::SUCCESS
        }
        Ok(Parsed::Version) => {
            println!("warta {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("warta: {message}\nTry 'warta --help' for the options.");
            ExitCode::from(2)
        }
    }
}

/// Analyses every input and writes the output in order.
fn run(options: &Options) -> ExitCode {
    let analyzer = match &options.kinds {
        None => warta::Analyzer::new(),
        Some(kinds) => match warta::Analyzer::builder().kinds(kinds).build() {
            Ok(analyzer) => analyzer,
            Err(e) => {
                eprintln!("warta: {e}");
                return ExitCode::from(2);
            }
        },
    };
    let mut progress = Progress::new(true, None);
    if progress.enabled() {
        progress = Progress::new(true, total_size(options));
    }
    let mut out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
    if options.format == Format::Tsv && out.write_all(render::TSV_HEADER.as_bytes()).is_err() {
        return ExitCode::FAILURE;
    }
    let (mut docs, mut errors) = (0u64, 0u64);
    let mut source = Source::new(options);
    let mut chunk = source.next_chunk();
    while let Some(items) = chunk {
        // The next chunk is read while this one is analysed. One job, or a
        // chunk of one item (a huge file), writes straight to the output;
        // workers render into buffers written in the items' order.
        let sequential = options.jobs <= 1 || items.len() <= 1;
        let (outcomes, next) = std::thread::scope(|scope| {
            let reader = scope.spawn(|| source.next_chunk());
            let outcomes = if sequential {
                items
                    .iter()
                    .map(|item| input::process_into(&mut out, &analyzer, options, item))
                    .collect::<io::Result<Vec<_>>>()
            } else {
                let outcomes = parallel(&items, options.jobs, |item: &Item| {
                    input::process(&analyzer, options, item)
                });
                outcomes
                    .into_iter()
                    .map(|o| out.write_all(&o.output).map(|()| (o.error, o.bytes)))
                    .collect()
            };
            (outcomes, reader.join().expect("the reader does not panic"))
        });
        chunk = next;
        let outcomes = match outcomes {
            Ok(outcomes) => outcomes,
            Err(e) => return write_failed(e),
        };
        let mut bytes = 0;
        for (error, covered) in outcomes {
            docs += 1;
            bytes += covered;
            if let Some(message) = error {
                errors += 1;
                if errors <= SHOWN_ERRORS {
                    progress.finish();
                    eprintln!("warta: {message}");
                }
            }
        }
        progress.add(items.len() as u64, bytes);
    }
    progress.finish();
    if let Err(e) = out.flush() {
        return write_failed(e);
    }
    if errors > 0 {
        eprintln!("warta: {errors} of {docs} inputs could not be analysed");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// A closed pipe (`warta … | head`) ends the output quietly; other write
/// errors are reported.
fn write_failed(e: io::Error) -> ExitCode {
    if e.kind() == io::ErrorKind::BrokenPipe {
        return ExitCode::SUCCESS;
    }
    eprintln!("warta: cannot write the output: {e}");
    ExitCode::FAILURE
}

/// The total size of the inputs for the ETA; unknown with standard input.
fn total_size(options: &Options) -> Option<u64> {
    options
        .files
        .iter()
        .map(|f| match f.to_str() {
            Some("-") => None,
            _ => Some(std::fs::metadata(f).map_or(0, |m| m.len())),
        })
        .sum()
}

/// `f` of every item on `jobs` threads, results in the items' order.
fn parallel<T: Sync, R: Send + Sync>(
    items: &[T],
    jobs: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    if jobs <= 1 || items.len() <= 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let slots: Vec<OnceLock<R>> = items.iter().map(|_| OnceLock::new()).collect();
    std::thread::scope(|scope| {
        for _ in 0..jobs.min(items.len()) {
            scope.spawn(|| loop {
                let n = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(n) else { break };
                let _ = slots[n].set(f(item));
            });
        }
    });
    slots
        .into_iter()
        .map(|slot| slot.into_inner().expect("every item was processed"))
        .collect()
}
