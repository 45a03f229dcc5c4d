//! `analyze [--pretty] [FILE]`: prints the analysis of an article as JSON.
//!
//! Reads FILE, or standard input when no file is given. An unreadable or non-UTF-8 input
//! is reported in one line on standard error with exit code 2.

use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: analyze [--pretty] [FILE]\n\
Prints who said what in the article in FILE (or standard input) as JSON.";

fn main() -> ExitCode {
    let mut pretty = false;
    let mut path = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--pretty" => pretty = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ if arg.starts_with('-') && arg != "-" => {
                eprintln!("analyze: unknown option {arg}\n{USAGE}");
                return ExitCode::from(2);
            }
            _ if path.is_some() => {
                eprintln!("analyze: give one file at most\n{USAGE}");
                return ExitCode::from(2);
            }
            _ => path = Some(arg),
        }
    }
    let (name, bytes) = match path.as_deref() {
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
