//! The analysis in forms that leave the app: JSON, a Markdown report, a CSV of quotes.
//!
//! The JSON is the same contract the command-line analyzer prints, with the article's
//! text added, so that its offsets mean something on their own and the app can open it
//! again ([`crate::import`]). The CSV is meant for spreadsheets and pandas: its rows are
//! the sidebar's statements, its offsets count characters as they do, and cells that a
//! spreadsheet would run as a formula are defused. Files are named after the headline.
//!
//! Every export lists the statements the sidebar's cards list, with the same spans
//! ([`crate::summary::statements`]): none is wronger than the card. Each says which rows
//! the reader corrected, and the JSON keeps the corrections themselves, so that it opens
//! again with them.

use crate::analysis::{Analysis, Entity, ParagraphSpan, Quote, QuoteType, Speaker};
use crate::corrections::{Correction, Reader};
use crate::summary::{
    gender_word, plural, statement_type, statements, statements_by_speaker, summarize,
    unattributed, voices_line,
};
use serde::{Deserialize, Serialize};

/// The ways the analysis can leave the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Export {
    Json,
    Markdown,
    Csv,
    CopyReport,
}

/// An export made: the file's name and MIME type, and its content.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Made {
    pub name: String,
    pub mime: String,
    pub body: String,
}

impl Export {
    /// This export of `a`, the analysis of `text` as `reader` corrected it. The app's
    /// worker makes it, so that the page carries none of this code.
    pub fn make(self, text: &str, a: &Analysis, reader: &Reader) -> Made {
        let stem = file_stem(text);
        let (name, mime, body) = match self {
            Export::Json => ("whosaid.json", "application/json", to_json(text, a, reader)),
            Export::Markdown | Export::CopyReport => {
                ("report.md", "text/markdown", to_markdown(text, a, reader))
            }
            Export::Csv => ("quotes.csv", "text/csv", to_csv(text, a, reader)),
        };
        Made {
            name: format!("{stem}.{name}"),
            mime: mime.to_string(),
            body,
        }
    }
}

/// An analysis as saved: the text, the fields of [`Analysis`] with the rows the reader
/// corrected marked `"corrected": true`, and the reader's corrections.
#[derive(Serialize)]
struct Saved<'a> {
    text: &'a str,
    language: &'a str,
    entities: &'a [Entity],
    speakers: Vec<Marked<'a, Speaker>>,
    quotes: Vec<Marked<'a, Quote>>,
    paragraphs: &'a [ParagraphSpan],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    corrections: &'a [Correction],
}

#[derive(Serialize)]
struct Marked<'a, T> {
    #[serde(flatten)]
    row: &'a T,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    corrected: bool,
}

pub fn to_json(text: &str, a: &Analysis, reader: &Reader) -> String {
    let saved = Saved {
        text,
        language: &a.language,
        entities: &a.entities,
        speakers: (a.speakers.iter().enumerate())
            .map(|(i, row)| Marked {
                row,
                corrected: reader.speaker(i),
            })
            .collect(),
        quotes: (a.quotes.iter().enumerate())
            .map(|(i, row)| Marked {
                row,
                corrected: reader.quote(i),
            })
            .collect(),
        paragraphs: &a.paragraphs,
        corrections: &reader.corrections,
    };
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

/// A "who said what" report: the headline, the sourcing summary, then each speaker's
/// statements, and the reader's corrections.
pub fn to_markdown(text: &str, a: &Analysis, reader: &Reader) -> String {
    let s = summarize(a);
    let mut out = match headline(text) {
        Some(h) => format!("# Who said what: {}\n\n", escape_md(h)),
        None => String::from("# Who said what\n\n"),
    };
    out.push_str(&format!(
        "{}, {}, {} without a speaker.\n\n",
        plural(s.speakers, "speaker", "speakers"),
        plural(
            s.attributed,
            "attributed statement",
            "attributed statements"
        ),
        s.unattributed
    ));
    for note in s.notes.iter().chain(&voices_line(&s.voices)) {
        out.push_str(&format!("- {note}\n"));
    }
    let statements = statements_by_speaker(a);
    for sp in &a.speakers {
        speaker_md(&mut out, sp, reader.speaker(sp.id));
        for &i in statements.get(sp.id).into_iter().flatten() {
            out.push_str(&statement_md(&a.quotes[i], reader.quote(i)));
        }
    }
    let orphans = unattributed(a);
    if !orphans.is_empty() {
        out.push_str("\n## No speaker found\n\n");
        for i in orphans {
            out.push_str(&statement_md(&a.quotes[i], reader.quote(i)));
        }
    }
    corrections_md(&mut out, reader);
    out
}

/// A speaker's heading, "## Dana Okafor (person, woman, corrected by the reader)", and
/// what the article says of them.
fn speaker_md(out: &mut String, sp: &Speaker, corrected: bool) {
    let mut about = vec![sp.kind.badge()];
    about.extend(sp.gender.map(gender_word));
    if sp.vague {
        about.push("vague");
    }
    if corrected {
        about.push("corrected by the reader");
    }
    out.push_str(&format!(
        "\n## {} ({})\n\n",
        escape_md(&sp.name),
        about.join(", ")
    ));
    if let Some(d) = &sp.description {
        out.push_str(&format!("{}\n\n", escape_md(d)));
    }
    if let Some(c) = &sp.anonymity_cue {
        out.push_str(&format!("Unnamed: {}\n\n", escape_md(c)));
    }
}

/// "- *direct quote, in a statement*: “…”", and whether the reader corrected it.
fn statement_md(q: &Quote, corrected: bool) -> String {
    let mut about = vec![statement_type(q.kind)];
    if !q.channel.describe().is_empty() {
        about.push(q.channel.describe());
    }
    if corrected {
        about.push("corrected by the reader");
    }
    format!("- *{}*: {}\n", about.join(", "), quote_md(q))
}

/// The reader's corrections, each in words, those that no longer apply said so.
fn corrections_md(out: &mut String, reader: &Reader) {
    if reader.corrections.is_empty() {
        return;
    }
    out.push_str("\n## Corrections by the reader\n\n");
    for (i, c) in reader.corrections.iter().enumerate() {
        let dropped = if reader.is_dropped(i) {
            " (no longer applies: its words or speaker are gone)"
        } else {
            ""
        };
        out.push_str(&format!("- {}{dropped}\n", escape_md(&c.describe())));
    }
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

/// One row per statement of the sidebar, in reading order: a partial quote inside its
/// speaker's reported speech is part of that row, as on the card. `speaker` is its first
/// speaker, `also_said_by` any others sharing it. `start` and `end` count characters
/// (Unicode code points), as a spreadsheet's MID() and pandas do; `start_byte` and
/// `end_byte` are the UTF-8 offsets of the JSON and the analyzer. `speaker_gender` is
/// empty for all but people; `corrected` is true where the reader corrected the
/// statement or its speaker.
pub fn to_csv(text: &str, a: &Analysis, reader: &Reader) -> String {
    let mut out = String::from(
        "speaker,speaker_kind,also_said_by,type,text,cue,start,end,start_byte,end_byte,\
         confidence,speaker_gender,speaker_vague,channel,corrected\n",
    );
    let statement = statements(a);
    let mut chars = CharCounter {
        bytes: text.as_bytes(),
        byte: 0,
        chars: 0,
    };
    for (i, q) in (a.quotes.iter().enumerate()).filter(|&(i, _)| statement[i]) {
        let speaker = q.speaker.and_then(|id| a.speaker(id));
        let kind = speaker.map_or("", |s| s.kind.code());
        let gender = speaker.and_then(|s| s.gender).map_or("", |g| g.code());
        let vague = speaker.is_some_and(|s| s.vague);
        let corrected = reader.quote(i) || q.speakers.iter().any(|&id| reader.speaker(id));
        let others: Vec<&str> = (q.speakers.iter())
            .filter(|&&id| Some(id) != q.speaker)
            .map(|&id| speaker_name(a, Some(id)))
            .collect();
        let row = [
            csv_cell(speaker_name(a, q.speaker)),
            csv_cell(kind),
            csv_cell(&others.join("; ")),
            csv_cell(q.kind.code()),
            csv_cell(&q.text),
            csv_cell(q.cue.as_ref().map_or("", |c| c.text.as_str())),
            chars.at(q.start).to_string(),
            chars.at(q.end).to_string(),
            q.start.to_string(),
            q.end.to_string(),
            crate::summary::fixed(f64::from(q.confidence), 2),
            gender.to_string(),
            vague.to_string(),
            q.channel.code().to_string(),
            corrected.to_string(),
        ];
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

/// Character offsets of UTF-8 byte offsets. It goes on from the last offset asked, as
/// statements come in reading order, and starts again from the beginning for one before
/// it. Characters are counted by the bytes that begin one, so an offset inside a
/// character never panics.
struct CharCounter<'a> {
    bytes: &'a [u8],
    byte: usize,
    chars: usize,
}

impl CharCounter<'_> {
    fn at(&mut self, offset: usize) -> usize {
        let to = offset.min(self.bytes.len());
        if to < self.byte {
            (self.byte, self.chars) = (0, 0);
        }
        // A byte of 0x80..0xC0 continues a character; every other byte begins one.
        let begun = (self.bytes[self.byte..to].iter()).filter(|&&b| !(0x80..0xC0).contains(&b));
        self.chars += begun.count();
        self.byte = to;
        self.chars
    }
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
    use crate::corrections::{Anchor, Who};

    const TEXT: &str = "\"We cannot, and will not, wait,\" Mayor Ana Ruiz said.\n\n\
                        A city official said the budget had doubled.";

    fn none() -> Reader {
        Reader::default()
    }

    #[test]
    fn each_export_names_its_file_after_the_headline() {
        let text = "Budget doubles\n\nA city official said the budget had doubled.";
        let a = analyze(text);
        let made = Export::Csv.make(text, &a, &none());
        assert_eq!(made.name, "budget-doubles.quotes.csv");
        assert_eq!(made.body, to_csv(text, &a, &none()));
        assert_eq!(
            Export::Json.make(text, &a, &none()).mime,
            "application/json"
        );
        let report = Export::CopyReport.make(text, &a, &none());
        assert_eq!(report.body, Export::Markdown.make(text, &a, &none()).body);
    }

    /// The official renamed, their statement made partial, and a removal whose words are gone.
    fn corrected() -> (Analysis, Reader) {
        let a = analyze(TEXT);
        let fixes = [
            Correction::Rename {
                speaker: Who::of(&a.speakers[1]),
                name: "The city treasurer".to_string(),
            },
            Correction::Type {
                statement: Anchor {
                    start: a.quotes[1].start,
                    text: a.quotes[1].text.clone(),
                },
                kind: QuoteType::Partial,
            },
            Correction::Remove {
                statement: Anchor {
                    start: 0,
                    text: "words long gone".to_string(),
                },
            },
        ];
        crate::corrections::apply(&a, TEXT, &fixes)
    }

    #[test]
    fn json_is_the_analysis_with_its_text() {
        let a = analyze(TEXT);
        let json = to_json(TEXT, &a, &none());
        let back: Analysis = serde_json::from_str(&json).unwrap();
        assert_eq!(back, a);
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["text"], TEXT);
        // Every field of the analysis is saved, under its own name, and nothing more.
        let mut keys: Vec<String> = value.as_object().unwrap().keys().cloned().collect();
        keys.retain(|k| k != "text");
        let mut analysis_keys: Vec<String> = (serde_json::to_value(&a)
            .unwrap()
            .as_object()
            .unwrap()
            .keys()
            .cloned())
        .collect();
        keys.sort();
        analysis_keys.sort();
        assert_eq!(keys, analysis_keys);
        assert_eq!(value["speakers"][0]["gender"], "female");
        assert_eq!(value["speakers"][1]["vague"], false);
        assert_eq!(value["quotes"][0]["channel"], "unknown");
        assert!(value["speakers"][0].get("corrected").is_none());
    }

    #[test]
    fn json_marks_the_reader_s_rows_and_keeps_the_corrections() {
        let (a, reader) = corrected();
        let json = to_json(TEXT, &a, &reader);
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["speakers"][1]["name"], "The city treasurer");
        assert_eq!(value["speakers"][1]["corrected"], true);
        assert!(value["speakers"][0].get("corrected").is_none());
        assert_eq!(value["quotes"][1]["corrected"], true);
        assert_eq!(value["quotes"][1]["type"], "partial");
        let kept: Vec<Correction> = serde_json::from_value(value["corrections"].clone()).unwrap();
        assert_eq!(kept, reader.corrections);
        let back: Analysis = serde_json::from_str(&json).unwrap();
        assert_eq!(back, a);
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
        let md = to_markdown("", &analyze(TEXT), &none());
        assert!(md.starts_with(
            "# Who said what\n\n2 speakers, 2 attributed statements, 0 without a speaker."
        ));
        assert!(md.contains(
            "## Ana Ruiz (person, woman)\n\nMayor\n\n- *direct quote*: “We cannot, and will not, wait,”\n"
        ));
        assert!(md.contains("## A city official (anonymous, gender unknown)"));
        assert!(md.contains("- *reported speech*: the budget had doubled\n"));
        assert!(
            md.contains("- Statements by people: women 1 (50%), men 0 (0%), gender unknown 1 (50%); their quoted words: women 100%, men 0%, gender unknown 0%.\n"),
            "{md}"
        );
        assert!(!md.contains("Corrections"));
        let one = to_markdown(
            "",
            &analyze("A city official said the budget had doubled."),
            &none(),
        );
        assert!(
            one.contains("\n1 speaker, 1 attributed statement, 0 without a speaker."),
            "{one}"
        );
    }

    #[test]
    fn markdown_says_what_the_reader_corrected() {
        let (a, reader) = corrected();
        let md = to_markdown(TEXT, &a, &reader);
        assert!(
            md.contains("## The city treasurer (anonymous, gender unknown, corrected by the reader)\n\n- *partial quote, corrected by the reader*: “the budget had doubled”\n"),
            "{md}"
        );
        assert!(md.ends_with(
            "\n## Corrections by the reader\n\n\
             - Renamed A city official to The city treasurer\n\
             - Made “the budget had doubled” a partial quote\n\
             - Removed “words long gone”: not a statement (no longer applies: its words or speaker are gone)\n"
        ), "{md}");
    }

    #[test]
    fn csv_quotes_and_defuses() {
        let csv = to_csv(TEXT, &analyze(TEXT), &none());
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(
            lines[0],
            "speaker,speaker_kind,also_said_by,type,text,cue,start,end,start_byte,end_byte,\
             confidence,speaker_gender,speaker_vague,channel,corrected"
        );
        assert!(lines[1].starts_with(
            "Ana Ruiz,named_person,,direct,\"We cannot, and will not, wait,\",said,1,31,1,31,"
        ));
        assert!(
            lines[1].ends_with(",female,false,unknown,false"),
            "{}",
            lines[1]
        );
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_cell("-5"), "'-5");
    }

    #[test]
    fn csv_says_which_rows_the_reader_corrected() {
        let (a, reader) = corrected();
        let csv = to_csv(TEXT, &a, &reader);
        let lines: Vec<&str> = csv.lines().collect();
        assert!(lines[1].ends_with(",false"), "{}", lines[1]);
        assert!(
            lines[2].starts_with("The city treasurer,anonymous,,partial,"),
            "{}",
            lines[2]
        );
        assert!(
            lines[2].ends_with(",unknown,false,unknown,true"),
            "{}",
            lines[2]
        );
    }

    #[test]
    fn csv_rows_are_the_cards_statements_at_character_offsets() {
        let text = "Café owners worry\n\nDana Okafor said the dredging was “a costly \
                    nuisance” for the shippers of Zürich.";
        let a = analyze(text);
        let kinds: Vec<QuoteType> = a.quotes.iter().map(|q| q.kind).collect();
        assert_eq!(kinds, [QuoteType::Indirect, QuoteType::Partial]);
        let csv = to_csv(text, &a, &none());
        let rows: Vec<&str> = csv.lines().skip(1).collect();
        assert_eq!(
            rows.len(),
            1,
            "the partial quote is part of the reported statement"
        );
        let q = &a.quotes[0];
        let chars: Vec<char> = text.chars().collect();
        let start = text[..q.start].chars().count();
        let end = start + q.text.chars().count();
        assert_eq!(chars[start..end].iter().collect::<String>(), q.text);
        let offsets = format!(",{start},{end},{},{},", q.start, q.end);
        assert!(rows[0].contains(&offsets), "{} lacks {offsets}", rows[0]);
        assert!(start < q.start, "the text has characters of several bytes");
    }

    #[test]
    fn character_offsets_in_any_order_and_inside_a_character() {
        let mut chars = CharCounter {
            bytes: "é“x”".as_bytes(),
            byte: 0,
            chars: 0,
        };
        let offsets = [5, 0, 2, 6, 9, 99, 3].map(|at| chars.at(at));
        assert_eq!(offsets, [2, 0, 1, 3, 4, 4, 2]);
    }
}
