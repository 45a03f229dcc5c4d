//! `analyze [--pretty] [FILE]`: prints the analysis of an article as JSON.
//!
//! Reads FILE, or standard input when no file is given. An unreadable or non-UTF-8 input
//! is reported in one line on standard error with exit code 2.
//!
//! Given several files, a directory or `--jsonl`, it analyzes an archive instead: one
//! line of JSON per article, in input order, on all cores (`batch`), or with `--summary`
//! what they add up to. A bad article gives an error record, the run goes on, and the exit
//! code is 1. `--help` (`options::USAGE`) says it all.

mod articles;
mod batch;
mod options;
mod output;
mod progress;

use articles::{Job, Lines};
use batch::Counts;
use options::{Command, Options, USAGE};
use output::{Output, Records, Summary};
use progress::{Extent, Progress};
use std::io::{BufReader, BufWriter, Read, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let options = match Options::parse(std::env::args().skip(1)) {
        Ok(Command::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Ok(Command::Run(options)) => options,
        Err(e) => {
            eprintln!("analyze: {e}\n(analyze --help says how to use it)");
            return ExitCode::from(2);
        }
    };
    if options.is_single() {
        single(options.pretty, options.paths.first().map(String::as_str))
    } else {
        archive(&options)
    }
}

/// One article, printed as one line of JSON (or indented), as before archives existed.
fn single(pretty: bool, path: Option<&str>) -> ExitCode {
    let (name, bytes) = match path {
        None | Some("-") => {
            let mut buf = Vec::new();
            (
                "standard input".to_string(),
                std::io::stdin().read_to_end(&mut buf).map(|_| buf),
            )
        }
        Some(p) => (p.to_string(), std::fs::read(p)),
    };
    let bytes = match bytes {
        Ok(b) => b,
        Err(e) => {
            eprintln!("analyze: cannot read {name}: {e}");
            return ExitCode::from(2);
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            eprintln!(
                "analyze: {name} is not UTF-8 text (invalid byte at offset {})",
                e.utf8_error().valid_up_to()
            );
            return ExitCode::from(2);
        }
    };
    let analysis = whosaid::analyze(&text);
    let json = if pretty {
        serde_json::to_string_pretty(&analysis)
    } else {
        serde_json::to_string(&analysis)
    }
    .expect("the analysis always serializes");
    let mut out = std::io::stdout().lock();
    if writeln!(out, "{json}").is_err() {
        // A closed pipe ("analyze x | head") is not an error worth a panic.
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

/// Many articles: records or a summary, exit code 1 if any article failed.
fn archive(o: &Options) -> ExitCode {
    if let Some(n) = o.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .expect("the thread pool is built once, first");
    }
    let out = BufWriter::new(std::io::stdout().lock());
    let counts = if o.summary {
        let tally = Default::default();
        let (csv, pretty) = (o.csv, o.pretty);
        read(
            o,
            &mut Summary {
                out,
                csv,
                pretty,
                tally,
            },
        )
    } else {
        read(o, &mut Records(out))
    };
    match counts {
        Err(code) => ExitCode::from(code),
        Ok(c) if c.failed > 0 => {
            eprintln!("analyze: {} of {} articles failed", c.failed, c.articles);
            ExitCode::from(1)
        }
        Ok(_) => ExitCode::SUCCESS,
    }
}

/// Runs the articles that the options name into `output`; `Err` is an exit code: 2 for an
/// input that cannot be read at all, 1 for an output that cannot be written (a closed
/// pipe).
fn read(o: &Options, output: &mut impl Output) -> Result<Counts, u8> {
    let broken_pipe = |_| 1;
    if !o.jsonl {
        let jobs = match o.paths.is_empty() {
            true => vec![Job::Stdin],
            false => articles::files(&o.paths),
        };
        let mut progress = Progress::new(Extent::Articles(jobs.len() as u64));
        return batch::run(jobs.into_iter(), output, &mut progress).map_err(broken_pipe);
    }
    let (name, input, extent): (_, Box<dyn Read>, _) = match o.paths.first().map(String::as_str) {
        None | Some("-") => (
            "standard input",
            Box::new(std::io::stdin()),
            Extent::Unknown,
        ),
        Some(path) => match std::fs::File::open(path) {
            Ok(file) => {
                let len = file.metadata().map_or(0, |m| m.len());
                (path, Box::new(file), Extent::Bytes(len))
            }
            Err(e) => {
                eprintln!("analyze: cannot read {path}: {e}");
                return Err(2);
            }
        },
    };
    let mut lines = Lines::new(BufReader::with_capacity(1 << 16, input));
    let mut progress = Progress::new(extent);
    let counts = batch::run(lines.by_ref(), output, &mut progress).map_err(broken_pipe)?;
    match &lines.error {
        Some(e) => {
            let after = match lines.number() {
                0 => String::new(),
                n => format!(" after line {n}"),
            };
            eprintln!("analyze: cannot read {name}{after}: {e}");
            Err(2)
        }
        None => Ok(counts),
    }
}
