//! The analysis in forms that leave the app: JSON, a Markdown report, a CSV of quotes.
//!
//! The JSON is the same contract the command-line analyzer prints, with the article's
//! text added, so that its offsets mean something on their own and the app can open it
//! again ([`crate::import`]). The CSV is meant for spreadsheets, so cells that a
//! spreadsheet would run as a formula are defused. Files are named after the headline.

use crate::analysis::{Analysis, QuoteType};
use crate::summary::{statements_by_speaker, summarize};
use serde::Serialize;

/// An analysis as saved: the text, then the fields of [`Analysis`].
#[derive(Serialize)]
struct Saved<'a> {
    text: &'a str,
    #[serde(flatten)]
    analysis: &'a Analysis,
}

pub fn to_json(text: &str, analysis: &Analysis) -> String {
    let saved = Saved { text, analysis };
    serde_json::to_string_pretty(&saved).expect("the analysis always serializes")
}

/// The article's headline: its first line, if it is short enough to be one.
pub fn headline(text: &str) -> Option<&str> {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    (line.chars().count() <= 160).then_some(line)
}

/// A file name's stem from the headline: lower-case letters and digits joined by
/// hyphens, at most about 60 characters, or "article" with no headline.
pub fn file_stem(text: &str) -> String {
    let mut stem = String::new();
    for word in headline(text)
        .unwrap_or("")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let word: String = word.chars().flat_map(char::to_lowercase).collect();
        if !stem.is_empty() && stem.len() + word.len() >= 60 {
            break;
        }
        if !stem.is_empty() {
            stem.push('-');
        }
        stem.push_str(&word);
    }
    if stem.is_empty() {
        "article".to_string()
    } else {
        stem
    }
}

fn speaker_name(a: &Analysis, id: Option<usize>) -> &str {
    id.and_then(|id| a.speaker(id))
        .map_or("(no speaker found)", |s| s.name.as_str())
}

fn type_word(t: QuoteType) -> &'static str {
    match t {
        QuoteType::Direct => "direct quote",
        QuoteType::Partial => "partial quote",
        QuoteType::Indirect => "reported speech",
    }
}

/// A "who said what" report: the headline, the sourcing summary, then each speaker's
/// statements.
pub fn to_markdown(text: &str, a: &Analysis) -> String {
    let s = summarize(a);
    let statements = statements_by_speaker(a);
    let mut out = match headline(text) {
        Some(h) => format!("# Who said what: {}\n\n", escape_md(h)),
        None => String::from("# Who said what\n\n"),
    };
    out.push_str(&format!(
        "{} speakers, {} attributed statements, {} without a speaker.\n\n",
        s.speakers, s.attributed, s.unattributed
    ));
    for note in &s.notes {
        out.push_str(&format!("- {note}\n"));
    }
    for sp in &a.speakers {
        out.push_str(&format!(
            "\n## {} ({})\n\n",
            escape_md(&sp.name),
            sp.kind.badge()
        ));
        if let Some(d) = &sp.description {
            out.push_str(&format!("{}\n\n", escape_md(d)));
        }
        if let Some(c) = &sp.anonymity_cue {
            out.push_str(&format!("Unnamed: {}\n\n", escape_md(c)));
        }
        for &i in statements.get(sp.id).into_iter().flatten() {
            let q = &a.quotes[i];
            out.push_str(&format!("- *{}*: {}\n", type_word(q.kind), quote_md(q)));
        }
    }
    let orphans: Vec<_> = a.quotes.iter().filter(|q| q.speaker.is_none()).collect();
    if !orphans.is_empty() {
        out.push_str("\n## No speaker found\n\n");
        for q in orphans {
            out.push_str(&format!("- *{}*: {}\n", type_word(q.kind), quote_md(q)));
        }
    }
    out
}

fn quote_md(q: &crate::analysis::Quote) -> String {
    let text = escape_md(&q.text);
    match q.kind {
        QuoteType::Indirect => text,
        _ => format!("“{text}”"),
    }
}

/// Keeps article text from being read as Markdown syntax.
fn escape_md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(if c == '\n' { ' ' } else { c });
    }
    out
}

/// One row per statement: speaker, kind, type, text, and where it is in the article.
pub fn to_csv(a: &Analysis) -> String {
    let mut out = String::from("speaker,speaker_kind,type,text,cue,start,end,confidence\n");
    for q in &a.quotes {
        let kind = q
            .speaker
            .and_then(|id| a.speaker(id))
            .map_or("", |s| s.kind.code());
        let row = [
            csv_cell(speaker_name(a, q.speaker)),
            csv_cell(kind),
            csv_cell(q.kind.code()),
            csv_cell(&q.text),
            csv_cell(q.cue.as_ref().map_or("", |c| c.text.as_str())),
            q.start.to_string(),
            q.end.to_string(),
            crate::summary::fixed(f64::from(q.confidence), 2),
        ];
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

/// RFC 4180 quoting, with a leading apostrophe on cells a spreadsheet would evaluate.
pub(crate) fn csv_cell(s: &str) -> String {
    let defused = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if defused.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze;

    const TEXT: &str = "\"We cannot, and will not, wait,\" Mayor Ana Ruiz said.\n\n\
                        A city official said the budget had doubled.";

    #[test]
    fn json_is_the_analysis_with_its_text() {
        let a = analyze(TEXT);
        let json = to_json(TEXT, &a);
        let back: Analysis = serde_json::from_str(&json).unwrap();
        assert_eq!(back, a);
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["text"], TEXT);
    }

    #[test]
    fn files_are_named_after_the_headline() {
        let text = "  Port authority delays harbour dredging!\n\nBody.";
        assert_eq!(
            headline(text),
            Some("Port authority delays harbour dredging!")
        );
        assert_eq!(file_stem(text), "port-authority-delays-harbour-dredging");
        assert_eq!(file_stem("\n\n"), "article");
        let long = "word ".repeat(40);
        assert!(file_stem(&long).len() <= 60);
        assert_eq!(file_stem("Überraschung in Köln"), "überraschung-in-köln");
    }

    #[test]
    fn markdown_report() {
        let md = to_markdown("", &analyze(TEXT));
        assert!(md.starts_with(
            "# Who said what\n\n2 speakers, 2 attributed statements, 0 without a speaker."
        ));
        assert!(md.contains(
            "## Ana Ruiz (person)\n\nMayor\n\n- *direct quote*: “We cannot, and will not, wait,”\n"
        ));
        assert!(md.contains("## A city official (anonymous)"));
        assert!(md.contains("- *reported speech*: the budget had doubled\n"));
    }

    #[test]
    fn csv_quotes_and_defuses() {
        let csv = to_csv(&analyze(TEXT));
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(
            lines[0],
            "speaker,speaker_kind,type,text,cue,start,end,confidence"
        );
        assert!(lines[1].starts_with(
            "Ana Ruiz,named_person,direct,\"We cannot, and will not, wait,\",said,1,"
        ));
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_cell("-5"), "'-5");
    }
}
