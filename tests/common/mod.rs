//! Helpers shared by the integration tests.

#![allow(dead_code)] // each test file uses its own subset

pub mod import;

use std::io::Write;
use whosaid::analysis::{Analysis, Quote, QuoteType, Speaker};

/// Says that the running test skips a check, and why, where `cargo test` shows it: the
/// `eprintln!` output of a passing test is captured and never shown, while a write to
/// standard error itself is not. libtest names each test's thread after the test.
pub fn skipped(why: &str) {
    let test = std::thread::current()
        .name()
        .unwrap_or("a test")
        .to_string();
    let _ = writeln!(std::io::stderr(), "{test}: skipped, {why}");
}

/// The quote whose text is `text`, if found.
pub fn quote<'a>(a: &'a Analysis, text: &str) -> Option<&'a Quote> {
    a.quotes.iter().find(|q| q.text == text)
}

/// The name of the speaker of the quote with text `text`.
pub fn speaker_of<'a>(a: &'a Analysis, text: &str) -> Option<&'a str> {
    let q = quote(a, text)?;
    a.speaker(q.speaker?).map(|s| s.name.as_str())
}

/// The phrase that names the source at the quote with text `text`.
pub fn source_of<'a>(a: &'a Analysis, text: &str) -> Option<&'a str> {
    let q = quote(a, text)?;
    q.source_mention.as_ref().map(|m| m.text.as_str())
}

pub fn speaker<'a>(a: &'a Analysis, name: &str) -> Option<&'a Speaker> {
    a.speakers.iter().find(|s| s.name == name)
}

pub fn texts(a: &Analysis, kind: QuoteType) -> Vec<&str> {
    a.quotes
        .iter()
        .filter(|q| q.kind == kind)
        .map(|q| q.text.as_str())
        .collect()
}

/// Every span of the analysis points at exactly its text in the input.
pub fn assert_offsets(input: &str, a: &Analysis) {
    let check = |start: usize, end: usize, text: &str| {
        assert!(
            start <= end && end <= input.len(),
            "span {start}..{end} out of range"
        );
        assert_eq!(input.get(start..end), Some(text), "span {start}..{end}");
    };
    for e in &a.entities {
        check(e.start, e.end, &e.text);
    }
    for q in &a.quotes {
        check(q.start, q.end, &q.text);
        for s in q.source_mention.iter().chain(q.cue.iter()) {
            check(s.start, s.end, &s.text);
        }
        if let Some(id) = q.speaker {
            assert!(a.speaker(id).is_some(), "quote names missing speaker {id}");
        }
    }
    for s in &a.speakers {
        for m in s.mentions.iter().chain(s.anonymity_cue_span.iter()) {
            check(m.start, m.end, &m.text);
        }
    }
}
