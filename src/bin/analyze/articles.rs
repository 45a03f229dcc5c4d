//! Where an archive's articles come from, and reading each one.
//!
//! Finding the articles (listing directories, cutting JSON Lines into lines) is quick and
//! is done in order on one thread; reading a file or parsing a line is a [`Job`] done
//! beside the analysis, on all cores. An article that cannot be read is still an
//! [`Article`], whose text is the reason, so that a bad record costs its own line of
//! output and nothing else.

use serde_json::Value;
use std::io::{self, BufRead, Read};
use std::path::{Path, PathBuf};

/// Where an article came from, as its output record names it.
#[derive(Clone, Debug, PartialEq)]
pub enum Origin {
    /// A file, by the path it was found under (`-` for standard input).
    File(String),
    /// A line of JSON Lines, numbered from 1, and its `id` (null when it has none).
    Line { number: usize, id: Value },
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::File(name) => f.write_str(name),
            Origin::Line { number, .. } => write!(f, "line {number}"),
        }
    }
}

/// An article as read: its text, or in plain words why there is none.
#[derive(Debug)]
pub struct Article {
    pub origin: Origin,
    pub text: Result<String, String>,
}

/// An article found but not yet read.
#[derive(Debug)]
pub enum Job {
    File(PathBuf),
    /// Standard input, read whole as one article.
    Stdin,
    Line {
        number: usize,
        bytes: Vec<u8>,
    },
    /// A directory that could not be listed.
    Unlisted {
        path: String,
        message: String,
    },
}

impl Job {
    /// Bytes of input this job stands for, where they are known before it is read.
    pub fn size(&self) -> u64 {
        match self {
            Job::Line { bytes, .. } => bytes.len() as u64 + 1,
            _ => 0,
        }
    }

    /// Reads the article.
    pub fn load(self) -> Article {
        match self {
            Job::File(path) => Article {
                origin: Origin::File(path.to_string_lossy().into_owned()),
                text: std::fs::read(&path)
                    .map_err(|e| format!("cannot read: {e}"))
                    .and_then(utf8),
            },
            Job::Stdin => {
                let mut buf = Vec::new();
                let read = io::stdin().read_to_end(&mut buf).map(|_| buf);
                Article {
                    origin: Origin::File("-".into()),
                    text: read.map_err(|e| format!("cannot read: {e}")).and_then(utf8),
                }
            }
            Job::Line { number, bytes } => {
                let (id, text) = record(number, bytes);
                Article {
                    origin: Origin::Line { number, id },
                    text,
                }
            }
            Job::Unlisted { path, message } => Article {
                origin: Origin::File(path),
                text: Err(message),
            },
        }
    }
}

fn utf8(bytes: Vec<u8>) -> Result<String, String> {
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        format!("not UTF-8 text (invalid byte at offset {offset})")
    })
}

/// The `id` and `text` of one line of JSON Lines.
fn record(number: usize, bytes: Vec<u8>) -> (Value, Result<String, String>) {
    let line = match utf8(bytes) {
        Ok(line) => line,
        Err(e) => return (Value::Null, Err(e)),
    };
    // A byte-order mark may open a file written on Windows.
    let line = match number {
        1 => line.strip_prefix('\u{feff}').unwrap_or(&line),
        _ => &line,
    };
    let mut object = match serde_json::from_str(line) {
        Ok(Value::Object(object)) => object,
        Ok(_) => return (Value::Null, Err("not a JSON object".into())),
        Err(e) => return (Value::Null, Err(not_json(&e))),
    };
    let id = object.remove("id").unwrap_or(Value::Null);
    match object.remove("text") {
        Some(Value::String(text)) => (id, Ok(text)),
        _ => (id, Err("no \"text\" string".into())),
    }
}

/// serde's message without its "line 1": the line is the record's, and its number is
/// already in the record.
fn not_json(e: &serde_json::Error) -> String {
    let message = e.to_string();
    let place = format!(" at line {} column {}", e.line(), e.column());
    let what = message.strip_suffix(&place).unwrap_or(&message);
    format!("not JSON: {what} at column {}", e.column())
}

/// The articles named on the command line, directories expanded in place.
pub fn files(paths: &[String]) -> Vec<Job> {
    let mut jobs = Vec::new();
    for path in paths {
        if path == "-" {
            jobs.push(Job::Stdin);
        } else if Path::new(path).is_dir() {
            list(Path::new(path), &mut jobs);
        } else {
            jobs.push(Job::File(path.into()));
        }
    }
    jobs
}

/// Every file under `dir`, in name order, depth first. Hidden files and directories
/// (`.git`, `.DS_Store`) are skipped, and links to directories are not followed, so that a
/// link cannot make a loop.
fn list(dir: &Path, jobs: &mut Vec<Job>) {
    let unlisted = |e: io::Error| Job::Unlisted {
        path: dir.to_string_lossy().into_owned(),
        message: format!("cannot list the directory: {e}"),
    };
    let entries = match std::fs::read_dir(dir).and_then(|d| d.collect::<io::Result<Vec<_>>>()) {
        Ok(entries) => entries,
        Err(e) => return jobs.push(unlisted(e)),
    };
    let mut entries: Vec<_> = entries
        .into_iter()
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        match entry.file_type() {
            Ok(t) if t.is_dir() => list(&path, jobs),
            Ok(t) if t.is_symlink() && path.is_dir() => {}
            _ => jobs.push(Job::File(path)),
        }
    }
}

/// The lines of JSON Lines as jobs, in order, blank lines skipped. A read error ends the
/// lines and is kept in `error`: the rest of the input cannot be told apart from it.
pub struct Lines<R> {
    reader: R,
    number: usize,
    pub error: Option<io::Error>,
}

impl<R: BufRead> Lines<R> {
    pub fn new(reader: R) -> Self {
        Lines {
            reader,
            number: 0,
            error: None,
        }
    }

    /// The number of the last line read.
    pub fn number(&self) -> usize {
        self.number
    }
}

impl<R: BufRead> Iterator for Lines<R> {
    type Item = Job;

    fn next(&mut self) -> Option<Job> {
        loop {
            let mut bytes = Vec::new();
            match self.reader.read_until(b'\n', &mut bytes) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => {
                    self.error = Some(e);
                    return None;
                }
            }
            self.number += 1;
            if bytes.last() == Some(&b'\n') {
                bytes.pop();
            }
            if !bytes.iter().all(u8::is_ascii_whitespace) {
                let number = self.number;
                return Some(Job::Line { number, bytes });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &str) -> Vec<Article> {
        Lines::new(input.as_bytes()).map(Job::load).collect()
    }

    #[test]
    fn each_line_is_an_article_with_its_id() {
        let got = lines("{\"id\": 7, \"text\": \"a\"}\r\n\n{\"text\": \"b\", \"x\": 1}\n");
        assert_eq!(got.len(), 2);
        assert_eq!(
            got[0].origin,
            Origin::Line {
                number: 1,
                id: 7.into()
            }
        );
        assert_eq!(got[0].text.as_deref(), Ok("a"));
        assert_eq!(
            got[1].origin,
            Origin::Line {
                number: 3,
                id: Value::Null
            }
        );
        assert_eq!(got[1].text.as_deref(), Ok("b"));
    }

    #[test]
    fn a_bad_line_says_why_and_keeps_its_number() {
        let got = lines(
            "not json\n[1]\n{\"id\": \"x\"}\n{\"id\": 2, \"text\": 3}\n\u{feff}{\"text\":\"\"}",
        );
        let errors: Vec<&String> = got.iter().filter_map(|a| a.text.as_ref().err()).collect();
        assert_eq!(errors[0], "not JSON: expected ident at column 2");
        assert_eq!(errors[1], "not a JSON object");
        assert_eq!(errors[2], "no \"text\" string");
        assert_eq!(errors[3], "no \"text\" string");
        assert_eq!(got[2].origin.to_string(), "line 3");
        assert_eq!(
            got[3].origin,
            Origin::Line {
                number: 4,
                id: 2.into()
            }
        );
        assert!(
            got[4].text.is_err(),
            "a mark is only skipped on the first line"
        );
    }

    #[test]
    fn a_line_that_is_not_utf8() {
        let got: Vec<Article> = Lines::new(&b"{\"text\": \"caf\xe9\"}\n"[..])
            .map(Job::load)
            .collect();
        assert_eq!(
            got[0].text,
            Err("not UTF-8 text (invalid byte at offset 13)".to_string())
        );
    }

    #[test]
    fn a_byte_order_mark_opens_the_first_line() {
        let got = lines("\u{feff}{\"text\": \"a\"}");
        assert_eq!(got[0].text.as_deref(), Ok("a"));
    }
}
