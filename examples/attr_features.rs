//! Writes CRFsuite training data for the attribution model from PolNeAR articles.
//!
//!   cargo run --release --example attr_features -- TEXT.txt... > features.txt
//!
//! Each text's labels come from the first `attributions/<stem>_*.ann` beside its `text/`
//! folder (BRAT standoff: Source, Cue and Content spans, each token in at most one).
//! Features are the engine's own (`attribution::model_features`). One line per token,
//! `LABEL<TAB>feature…`, a blank line after each paragraph, and `#doc PATH` before each
//! article. Used by `tools/attribution/train.sh`; nothing here ships.

use std::io::{BufWriter, Write};
use std::path::Path;
use whosaid::analysis::cues::{self, CueClass};
use whosaid::analysis::text::Document;
use whosaid::analysis::{attribution, entities, quotes};

/// A labelled span: its part and its character range.
struct Span {
    part: &'static str,
    start: usize,
    end: usize,
}

fn main() {
    let out = std::io::stdout();
    let mut out = BufWriter::new(out.lock());
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let doc = Document::new(&text);
        let quoted = quotes::find(&doc);
        let names = entities::recognize(&doc);
        let features = attribution::model_features(&doc, &quoted, &names);
        let labels = labels(&doc, &text, &annotations(&path));
        writeln!(out, "#doc {path}").unwrap();
        for p in &doc.paragraphs {
            for i in p.tokens.clone() {
                write!(out, "{}", labels[i]).unwrap();
                for f in &features[i] {
                    write!(out, "\t{f}").unwrap();
                }
                writeln!(out).unwrap();
            }
            writeln!(out).unwrap();
        }
    }
}

/// The Source, Cue and Content spans of the first annotation file of the text at `path`.
fn annotations(path: &str) -> Vec<Span> {
    let text = Path::new(path);
    let stem = text.file_stem().unwrap().to_string_lossy().to_string();
    let dir = text
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .join("attributions");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    let name = p.file_name().unwrap().to_string_lossy().to_string();
                    name.starts_with(&format!("{stem}_")) && name.ends_with(".ann")
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let Some(file) = files.first() else {
        return Vec::new();
    };
    let data = std::fs::read_to_string(file).unwrap_or_default();
    let speech = speech_contents(&data);
    let mut spans = Vec::new();
    for line in data.lines() {
        let mut fields = line.splitn(3, '\t');
        let (Some(id), Some(kind_ranges)) = (fields.next(), fields.next()) else {
            continue;
        };
        let Some((kind, ranges)) = kind_ranges.split_once(' ') else {
            continue;
        };
        let part = match kind {
            "Source" => "SRC",
            "Cue" => "CUE",
            "Content" if speech.contains(id) => "CON",
            "Content" => "BEL",
            _ => continue,
        };
        if !id.starts_with('T') {
            continue;
        }
        for r in ranges.split(';') {
            let mut ends = r.split_whitespace().filter_map(|x| x.parse().ok());
            if let (Some(start), Some(end)) = (ends.next(), ends.next()) {
                spans.push(Span { part, start, end });
            }
        }
    }
    spans
}

/// The contents whose cue reports speech (a verb of saying in whosaid's lexicon, or
/// "according to"), apart from beliefs, intentions and the like: the model learns to tell
/// them apart, and only the first are statements.
fn speech_contents(data: &str) -> std::collections::HashSet<String> {
    let text_of: std::collections::HashMap<&str, &str> = data
        .lines()
        .filter_map(|l| {
            let mut f = l.splitn(3, '\t');
            Some((f.next()?, f.nth(1)?))
        })
        .collect();
    let mut out = std::collections::HashSet::new();
    for line in data.lines().filter(|l| l.starts_with('E')) {
        let parts: Vec<(&str, &str)> = line
            .split_whitespace()
            .filter_map(|p| p.split_once(':'))
            .collect();
        let find = |role: &str| parts.iter().find(|(r, _)| *r == role).map(|(_, id)| *id);
        let (Some(content), Some(cue)) = (find("Content"), find("Cue")) else {
            continue;
        };
        let cue = text_of.get(cue).copied().unwrap_or("").to_lowercase();
        let said = cue.contains("according to")
            || cue
                .split(|c: char| !c.is_alphabetic())
                .any(|w| cues::verb(w).is_some_and(|(class, _)| class == CueClass::Speech));
        if said {
            out.insert(content.to_string());
        }
    }
    out
}

/// Each token's label: B- or I- of the span its first character lies in (a cue before a
/// source before a content), or O. Spans are in characters, tokens in bytes.
fn labels(doc: &Document, text: &str, spans: &[Span]) -> Vec<String> {
    let mut char_at = vec![0usize; text.len() + 1];
    for (c, (b, ch)) in text.char_indices().enumerate() {
        char_at[b..b + ch.len_utf8()].fill(c);
    }
    char_at[text.len()] = text.chars().count();
    let rank = |s: &Span| {
        ["CUE", "SRC", "CON", "BEL"]
            .iter()
            .position(|&p| p == s.part)
    };
    let span_of: Vec<Option<usize>> = doc
        .tokens
        .iter()
        .map(|t| {
            let (s, e) = (char_at[t.start], char_at[t.end]);
            (0..spans.len())
                .filter(|&k| s < spans[k].end && spans[k].start < e)
                .min_by_key(|&k| rank(&spans[k]))
        })
        .collect();
    (0..doc.tokens.len())
        .map(|i| match span_of[i] {
            None => "O".to_string(),
            Some(k) => {
                let same_paragraph = i > 0 && doc.paragraph_of(i - 1) == doc.paragraph_of(i);
                let goes_on = same_paragraph && span_of[i - 1] == Some(k);
                format!("{}-{}", if goes_on { "I" } else { "B" }, spans[k].part)
            }
        })
        .collect()
}
