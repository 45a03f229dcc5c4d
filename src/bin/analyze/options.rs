//! What the command line asks for.
//!
//! One article (a file or standard input) prints its analysis exactly as it always has;
//! anything more (several files, a directory, JSON Lines, a summary) is an archive run.

use std::path::Path;

pub const USAGE: &str = "\
usage: analyze [--pretty] [FILE]
       analyze [OPTIONS] FILE... | DIR...
       analyze --jsonl [OPTIONS] [FILE]

Prints who said what in the article in FILE (or standard input) as JSON.

Several files or a directory (read recursively, in name order, hidden files skipped)
print one line per file, {\"file\": ..., \"analysis\": {...}}. With --jsonl, FILE (or
standard input) holds one article per line, {\"id\": ..., \"text\": ...}, and each gives
one line, {\"id\": ..., \"analysis\": {...}}, in the input order. An article that cannot
be read gives a line with \"error\" (and \"line\", for JSON Lines) instead, the run goes
on, and the exit status is 1.

options:
  --jsonl        read articles as JSON Lines
  --summary      print what the articles add up to instead of each analysis
  --csv          with --summary: print it as CSV (metric,kind,name,value)
  --pretty       indent the JSON of one article or of the summary
  --threads N    analyze on N threads (default: all cores)
  -h, --help     print this help";

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    pub pretty: bool,
    pub jsonl: bool,
    pub summary: bool,
    pub csv: bool,
    /// Threads to analyze on; `None` for every core.
    pub threads: Option<usize>,
    pub paths: Vec<String>,
}

#[derive(Debug, PartialEq)]
pub enum Command {
    Help,
    Run(Options),
}

impl Options {
    /// The options in `args` (without the program's name), or what is wrong with them.
    pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Command, String> {
        let mut o = Options::default();
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--pretty" => o.pretty = true,
                "--jsonl" => o.jsonl = true,
                "--summary" => o.summary = true,
                "--csv" => o.csv = true,
                "--threads" => o.threads = Some(threads(args.next())?),
                "-h" | "--help" => return Ok(Command::Help),
                _ if arg.starts_with("--threads=") => {
                    o.threads = Some(threads(arg.strip_prefix("--threads=").map(String::from))?)
                }
                _ if arg.starts_with('-') && arg != "-" => {
                    return Err(format!("unknown option {arg}"))
                }
                _ => o.paths.push(arg),
            }
        }
        o.check()?;
        Ok(Command::Run(o))
    }

    fn check(&self) -> Result<(), String> {
        if self.csv && !self.summary {
            return Err("--csv is for --summary".into());
        }
        if self.jsonl && self.paths.len() > 1 {
            return Err("--jsonl reads one file at most".into());
        }
        if self.pretty && !self.summary && !self.is_one_article() {
            return Err(
                "--pretty is for one article or --summary: JSON Lines keep one record a line"
                    .into(),
            );
        }
        if self.pretty && self.csv {
            return Err("--pretty is for JSON, not --csv".into());
        }
        Ok(())
    }

    /// One article, read whole: no path, `-`, or one path that is not a directory.
    pub fn is_one_article(&self) -> bool {
        !self.jsonl
            && match self.paths.as_slice() {
                [] => true,
                [path] => path == "-" || !Path::new(path).is_dir(),
                _ => false,
            }
    }

    /// Whether the output is the analysis of one article, as before archives existed.
    pub fn is_single(&self) -> bool {
        self.is_one_article() && !self.summary
    }
}

fn threads(value: Option<String>) -> Result<usize, String> {
    match value.as_deref().map(str::parse::<usize>) {
        Some(Ok(n)) if n > 0 => Ok(n),
        _ => Err("--threads takes a number of threads, 1 or more".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Command, String> {
        Options::parse(args.iter().map(|s| s.to_string()))
    }

    fn run(args: &[&str]) -> Options {
        match parse(args) {
            Ok(Command::Run(o)) => o,
            other => panic!("{args:?}: {other:?}"),
        }
    }

    #[test]
    fn one_file_or_standard_input_is_a_single_article() {
        assert!(run(&[]).is_single());
        assert!(run(&["--pretty", "a.txt"]).is_single());
        assert!(run(&["-"]).is_single());
        assert!(!run(&["a.txt", "b.txt"]).is_single());
        assert!(!run(&["--summary", "a.txt"]).is_single());
        assert!(!run(&["--jsonl"]).is_single());
        assert!(!run(&["."]).is_single(), "a directory is an archive");
    }

    #[test]
    fn threads_and_formats() {
        assert_eq!(run(&["--threads", "2", "a", "b"]).threads, Some(2));
        assert_eq!(run(&["--threads=3", "--jsonl"]).threads, Some(3));
        assert!(run(&["--summary", "--csv", "--jsonl"]).csv);
        assert_eq!(parse(&["--help", "--bogus"]), Ok(Command::Help));
    }

    #[test]
    fn contradictions_are_refused() {
        for args in [
            &["--threads", "0"][..],
            &["--threads"],
            &["--threads", "many"],
            &["--csv", "a.txt"],
            &["--jsonl", "a", "b"],
            &["--pretty", "a", "b"],
            &["--pretty", "--jsonl"],
            &["--summary", "--csv", "--pretty"],
            &["--bogus"],
        ] {
            assert!(parse(args).is_err(), "{args:?}");
        }
    }
}
