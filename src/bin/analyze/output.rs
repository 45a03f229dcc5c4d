//! What an archive run prints: a record per article, or what they all add up to.
//!
//! Each [`Output`] says what it needs of one article (made on any thread, beside the
//! analysis, so that the one thread that prints does little) and what to do with it when
//! its turn comes in input order.

use crate::articles::{Article, Origin};
use serde::Serialize;
use serde_json::Value;
use std::io::{self, Write};
use whosaid::archive::Tally;
use whosaid::Analysis;

pub trait Output {
    type Made: Send;

    /// Analyzes the article and makes what this output needs of it.
    fn make(article: Article) -> Self::Made;

    /// Takes what was made for the next article, in input order.
    fn take(&mut self, made: Self::Made) -> io::Result<()>;

    /// Called between chunks, so that a reader of the output sees it come.
    fn flush(&mut self) -> io::Result<()>;

    /// Called once, after the last article.
    fn finish(&mut self) -> io::Result<()>;
}

/// One line of JSON per article: its analysis, or why there is none.
pub struct Records<W>(pub W);

#[derive(Serialize)]
struct FileRecord<'a> {
    file: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    analysis: Option<&'a Analysis>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

/// A JSON Lines record: the line number only on an error, where it may be all there is to
/// find the record by.
#[derive(Serialize)]
struct LineRecord<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    id: &'a Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    analysis: Option<&'a Analysis>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

/// The record of an article, given its analysis or the reason it has none.
pub fn record(origin: &Origin, result: Result<&Analysis, &str>) -> String {
    let (analysis, error) = (result.ok(), result.err());
    match origin {
        Origin::File(file) => serde_json::to_string(&FileRecord {
            file,
            analysis,
            error,
        }),
        Origin::Line { number, id } => serde_json::to_string(&LineRecord {
            line: error.map(|_| *number),
            id,
            analysis,
            error,
        }),
    }
    .expect("a record always serializes")
}

impl<W: Write> Output for Records<W> {
    type Made = String;

    fn make(article: Article) -> String {
        match &article.text {
            Ok(text) => record(&article.origin, Ok(&whosaid::analyze(text))),
            Err(e) => record(&article.origin, Err(e)),
        }
    }

    fn take(&mut self, line: String) -> io::Result<()> {
        self.0.write_all(line.as_bytes())?;
        self.0.write_all(b"\n")
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }

    fn finish(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

/// The archive's summary, printed once at the end.
pub struct Summary<W> {
    pub out: W,
    pub csv: bool,
    pub pretty: bool,
    pub tally: Tally,
}

/// Named sources in the summary's list of the most quoted.
const MOST_QUOTED: usize = 20;

impl<W: Write> Output for Summary<W> {
    type Made = Tally;

    fn make(article: Article) -> Tally {
        match &article.text {
            Ok(text) => Tally::of(&whosaid::analyze(text)),
            Err(_) => Tally::failure(),
        }
    }

    fn take(&mut self, tally: Tally) -> io::Result<()> {
        self.tally.add(tally);
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        let report = self.tally.report(MOST_QUOTED);
        let text = if self.csv {
            report.to_csv()
        } else if self.pretty {
            serde_json::to_string_pretty(&report).expect("a report serializes") + "\n"
        } else {
            serde_json::to_string(&report).expect("a report serializes") + "\n"
        };
        self.out.write_all(text.as_bytes())?;
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_name_their_article() {
        let a = Analysis::default();
        let file = Origin::File("a/b.txt".into());
        assert_eq!(
            record(&file, Ok(&a)),
            r#"{"file":"a/b.txt","analysis":{"language":"en","entities":[],"speakers":[],"quotes":[],"paragraphs":[]}}"#
        );
        assert_eq!(
            record(&file, Err("cannot read")),
            r#"{"file":"a/b.txt","error":"cannot read"}"#
        );
        let line = Origin::Line {
            number: 4,
            id: "x".into(),
        };
        assert!(record(&line, Ok(&a)).starts_with(r#"{"id":"x","analysis":{"#));
        assert_eq!(
            record(&line, Err("not JSON")),
            r#"{"line":4,"id":"x","error":"not JSON"}"#
        );
    }

    #[test]
    fn a_record_holds_the_analysis_as_one_article_prints_it() {
        let text = "\"We are ready,\" Ana Ruiz said on Monday.";
        let a = whosaid::analyze(text);
        let line = Records::<Vec<u8>>::make(Article {
            origin: Origin::File("x".into()),
            text: Ok(text.into()),
        });
        let alone = serde_json::to_string(&a).unwrap();
        assert_eq!(line, format!(r#"{{"file":"x","analysis":{alone}}}"#));
    }
}
