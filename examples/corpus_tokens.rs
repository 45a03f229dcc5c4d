//! Prints the tokens of text files, one sentence per line, for training word clusters.
//!
//!   cargo run --release --example corpus_tokens -- FILE… > corpus.txt
//!
//! CoNLL files (a .conll-like layout: a token first on each line) are read as tokens;
//! anything else as plain text through whosaid's own tokenizer, so the clusters see words
//! as the app sees them. Used by `tools/ner/clusters.py`; nothing here ships.

use std::io::{BufWriter, Write};
use whosaid::analysis::text::Document;

fn main() {
    let out = std::io::stdout();
    let mut out = BufWriter::new(out.lock());
    for path in std::env::args().skip(1) {
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
        let text = String::from_utf8_lossy(&bytes);
        let conll = path.contains("eng.t");
        let text = if conll {
            // Rebuild CoNLL sentences as lines of text.
            let mut t = String::new();
            for line in text.lines() {
                match line.split_whitespace().next() {
                    None => t.push('\n'),
                    Some("-DOCSTART-") => {}
                    Some(w) => {
                        t.push_str(w);
                        t.push(' ');
                    }
                }
            }
            t
        } else {
            text.into_owned()
        };
        let doc = Document::new(&text);
        for s in &doc.sentences {
            let words: Vec<&str> = s.tokens.clone().map(|i| doc.word(i)).collect();
            writeln!(out, "{}", words.join(" ")).unwrap();
        }
    }
}
