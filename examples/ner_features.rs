//! Writes CRFsuite training data for the entity model from a CoNLL-2003 file.
//!
//!   cargo run --release --example ner_features -- FILE [--headlines] > features.txt
//!   cargo run --release --example ner_features -- --cues > assets/ner.cues
//!
//! Each document is rebuilt as text (tokens joined by spaces, sentences by line breaks,
//! as `../shared/eval/conll_score.py` does), analyzed into whosaid's own tokens, and each
//! token gets the CoNLL label of the token it lies in. One line per token:
//! `LABEL<TAB>feature<TAB>feature…`, a blank line after each sentence.
//!
//! `--headlines` adds, for each document, a copy of its short sentences written as
//! Title-Case headlines: CoNLL's headlines are in capitals, today's are not. Used by
//! `tools/ner/train.py`; nothing here ships.

use std::io::{BufWriter, Write};
use whosaid::analysis::entities::features::{token_features, DocContext};
use whosaid::analysis::text::Document;

type Sentence = Vec<(String, String)>;

fn read(path: &str) -> Vec<Vec<Sentence>> {
    let data = std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let data = String::from_utf8_lossy(&data);
    let mut docs: Vec<Vec<Sentence>> = vec![Vec::new()];
    let mut sentence: Sentence = Vec::new();
    for line in data.lines() {
        let parts: Vec<&str> = line.split_whitespace().collect();
        if parts.is_empty() || parts[0] == "-DOCSTART-" {
            if !sentence.is_empty() {
                docs.last_mut().unwrap().push(std::mem::take(&mut sentence));
            }
            if parts.first() == Some(&"-DOCSTART-") && !docs.last().unwrap().is_empty() {
                docs.push(Vec::new());
            }
            continue;
        }
        sentence.push((parts[0].to_string(), parts[parts.len() - 1].to_string()));
    }
    if !sentence.is_empty() {
        docs.last_mut().unwrap().push(sentence);
    }
    docs.retain(|d| !d.is_empty());
    // Without -DOCSTART- lines (as in ../shared/data), runs of 40 sentences stand for
    // articles, as ../shared/eval/conll_score.py cuts them: the document-level features
    // must see an article's worth of text, not the whole corpus.
    if docs.len() == 1 {
        let all = docs.pop().unwrap_or_default();
        docs = all.chunks(40).map(<[Sentence]>::to_vec).collect();
    }
    docs
}

/// Short sentences as Title-Case headlines: long words capitalized, no final period.
fn headlines(doc: &[Sentence]) -> Vec<Sentence> {
    doc.iter()
        .filter(|s| s.len() >= 4 && s.len() <= 16)
        .map(|s| {
            let mut s: Sentence = s
                .iter()
                .map(|(w, t)| {
                    let lower = w.chars().any(char::is_lowercase);
                    let word = if w.chars().count() > 3 && lower {
                        let mut c = w.chars();
                        let first = c.next().unwrap();
                        first.to_uppercase().chain(c).collect()
                    } else {
                        w.clone()
                    };
                    (word, t.clone())
                })
                .collect();
            if s.last().is_some_and(|(w, _)| w == ".") {
                s.pop();
            }
            s
        })
        .collect()
}

/// The document's text and the byte range and type of each CoNLL entity.
fn rebuild(doc: &[Sentence]) -> (String, Vec<(usize, usize, String)>) {
    let mut text = String::new();
    let mut spans = Vec::new();
    for sentence in doc {
        let mut open: Option<(usize, String)> = None;
        let mut last_end = text.len();
        for (k, (word, tag)) in sentence.iter().enumerate() {
            if k > 0 {
                text.push(' ');
            }
            let start = text.len();
            let (prefix, typ) = tag.split_once('-').unwrap_or(("O", ""));
            let continues = prefix == "I" && open.as_ref().is_some_and(|(_, t)| t == typ);
            if !continues {
                if let Some((s, t)) = open.take() {
                    spans.push((s, last_end, t));
                }
                if prefix != "O" {
                    open = Some((start, typ.to_string()));
                }
            }
            text.push_str(word);
            last_end = text.len();
        }
        if let Some((s, t)) = open.take() {
            spans.push((s, last_end, t));
        }
        text.push('\n');
    }
    (text, spans)
}

fn write_doc(out: &mut impl Write, doc: &[Sentence]) {
    let (text, spans) = rebuild(doc);
    let analyzed = Document::new(&text);
    let ctx = DocContext::new(&analyzed);
    for (s, sentence) in analyzed.sentences.iter().enumerate() {
        for i in sentence.tokens.clone() {
            let t = &analyzed.tokens[i];
            let label = spans
                .iter()
                .find(|(a, b, _)| *a <= t.start && t.end <= *b)
                .map_or_else(
                    || "O".to_string(),
                    |(a, _, typ)| format!("{}-{typ}", if *a == t.start { "B" } else { "I" }),
                );
            write!(out, "{label}").unwrap();
            token_features(&analyzed, &ctx, s, i, &mut |f| {
                write!(out, "\t{f}").unwrap()
            });
            writeln!(out).unwrap();
        }
        writeln!(out).unwrap();
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .expect("usage: ner_features FILE [--headlines] | --cues");
    // The verbs of saying the features know, recorded beside the model (train.sh).
    if path == "--cues" {
        println!("{:016x}", whosaid::analysis::cues::fingerprint());
        return;
    }
    let with_headlines = args.next().as_deref() == Some("--headlines");
    let out = std::io::stdout();
    let mut out = BufWriter::new(out.lock());
    for doc in read(&path) {
        write_doc(&mut out, &doc);
        if with_headlines {
            let copy = headlines(&doc);
            if !copy.is_empty() {
                write_doc(&mut out, &copy);
            }
        }
    }
}
