//! What `whosaid::import` promises of any bytes a reader drops or pastes: the fuzz target
//! `fuzz/fuzz_targets/import.rs` checks it on what libFuzzer makes, and
//! `tests/robustness.rs` on what proptest makes, so that `cargo test` checks it too.

use whosaid::analysis::Analysis;
use whosaid::export::to_json;
use whosaid::import::{self, ImportError, MAX_BYTES};

/// Every promise, on `data` as a dropped file and, read as UTF-8, as pasted text.
pub fn check(data: &[u8]) {
    check_file(data);
    let text = String::from_utf8_lossy(data);
    check_html(&text);
    check_markdown(&text);
    check_html_source(&text);
    check_safe_attributes(&text);
    check_saved_analysis(&text);
    check_paste_length(&text, data);
}

/// A dropped `.txt` is its bytes decoded with nothing lost: UTF-8 as it is, UTF-16 (with
/// its mark) unit for unit, anything else a character per byte (Windows-1252, with a note
/// saying so). Only bytes with control characters may be refused as no text, and only
/// bytes that are not UTF-8 for their encoding. A `.html` or `.md` file is the same text
/// read as HTML or Markdown.
fn check_file(data: &[u8]) {
    let txt = import::from_file("a.txt", data);
    let bytes = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
    let utf16 = bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF");
    let utf8 = std::str::from_utf8(bytes).is_ok();
    let controls = bytes.iter().any(|&b| b < 0x09 || (0x0E..0x20).contains(&b));
    match &txt {
        Err(ImportError::TooLarge { .. }) => assert!(data.len() > MAX_BYTES),
        Err(ImportError::NotText) => assert!(controls && !utf16, "text refused"),
        Err(ImportError::Encoding) => assert!(!utf8 && !utf16, "UTF-8 or UTF-16 refused"),
        Err(ImportError::NotAnalysis) => panic!("a .txt file read as JSON"),
        Ok((text, note)) if utf16 => {
            assert_eq!(
                text.encode_utf16().count(),
                (bytes.len() - 2) / 2,
                "a unit lost"
            );
            assert_eq!(note, &None);
        }
        Ok((text, note)) => match std::str::from_utf8(bytes) {
            Ok(utf8) => {
                assert_eq!(text, utf8);
                assert_eq!(note, &None);
            }
            Err(_) => {
                assert_eq!(text.chars().count(), bytes.len(), "a byte lost");
                let ascii_kept = text
                    .chars()
                    .zip(bytes)
                    .all(|(c, &b)| b >= 0x80 || c == char::from(b));
                assert!(ascii_kept, "{text:?}");
                assert!(note.is_some(), "the guessed encoding is not said");
            }
        },
    }
    if !controls && (utf8 || utf16) && data.len() <= MAX_BYTES {
        assert!(txt.is_ok(), "text refused: {txt:?}");
    }
    for (name, read) in [
        ("a.html", import::html_to_text as fn(&str) -> String),
        ("a.md", import::markdown_to_text),
    ] {
        match (import::from_file(name, data), &txt) {
            (Ok((got, note)), Ok((text, txt_note))) => {
                assert_eq!(got, read(text), "{name}");
                assert_eq!(&note, txt_note, "{name}");
            }
            (Err(got), Err(txt_err)) => assert_eq!(&got, txt_err, "{name}"),
            (got, _) => panic!("{name}: {got:?}, as .txt {txt:?}"),
        }
    }
}

/// HTML becomes tidy text no longer than its markup. Text with no tags keeps exactly its
/// words, character references decoded; and any text, escaped and set in a page between
/// a head, a script, a comment and a footer, comes back word for word, without theirs.
fn check_html(text: &str) {
    let out = import::html_to_text(text);
    assert!(out.len() <= text.len(), "longer than its markup");
    assert_tidy(&out);
    if !text.contains('<') {
        let decoded = import::decode_entities(text);
        assert!(
            out.split_whitespace().eq(decoded.split_whitespace()),
            "{out:?}"
        );
    }
    let page = format!(
        "<html><head><title>Title</title><script>alert(1)</script></head><body>\
         <!-- note --><p class=\"lead\">{}</p><footer>Footer</footer></body></html>",
        escape(text)
    );
    let out = import::html_to_text(&page);
    assert!(
        out.split_whitespace().eq(text.split_whitespace()),
        "{out:?}"
    );
}

/// Markdown becomes tidy text no longer than itself, whose characters are the input's
/// with marks dropped (never added or moved), and prose with none of its marks keeps
/// exactly its words.
fn check_markdown(text: &str) {
    let out = import::markdown_to_text(text);
    assert!(out.len() <= text.len(), "longer than its markup");
    assert_tidy(&out);
    let mut input = text.chars().filter(|c| !c.is_whitespace());
    let dropped_only = out
        .chars()
        .filter(|c| !c.is_whitespace())
        .all(|c| input.any(|i| i == c));
    assert!(dropped_only, "not the input's characters in order: {out:?}");
    let prose: String = text
        .chars()
        .map(|c| if "#>*`_[<-".contains(c) { ' ' } else { c })
        .collect();
    let out = import::markdown_to_text(&prose);
    assert!(
        out.split_whitespace().eq(prose.split_whitespace()),
        "{out:?}"
    );
}

/// Pasted plain text is read as a page's HTML source only if it opens with a tag: prose,
/// whatever tags it mentions, stays as written.
fn check_html_source(text: &str) {
    if !text.trim_start().starts_with('<') {
        assert!(!import::looks_like_html(text), "prose read as HTML");
    }
}

/// HTML handed to the browser's parser keeps its text as it is, and of a tag's
/// attributes only those that say what a part of the page is.
fn check_safe_attributes(text: &str) {
    if !text.contains('<') {
        assert_eq!(import::keep_safe_attributes(text), text);
    }
    let text = escape(text);
    let html = format!(
        "<p onclick=\"steal()\" class=\"lead\" style=\"x\">{text}</p><img src=x onerror=alert(1)>"
    );
    assert_eq!(
        import::keep_safe_attributes(&html),
        format!("<p class=\"lead\">{text}</p><img>")
    );
}

/// An analysis saved by whosaid opens as exactly its article.
fn check_saved_analysis(text: &str) {
    let saved = to_json(text, &Analysis::default(), &Default::default());
    let (opened, note) = import::from_file("article.whosaid.json", saved.as_bytes())
        .expect("a saved analysis opens");
    assert_eq!(opened, text);
    assert!(note.is_some());
}

/// A paste over a selection the browser gives in UTF-16 units (edges chosen from the
/// first two bytes, up to just past the end) makes the text before the selection, the
/// paste and the text after, in bytes.
fn check_paste_length(value: &str, data: &[u8]) {
    let units: Vec<u16> = value.encode_utf16().collect();
    let edge = |i: usize| {
        data.get(i)
            .map_or(0, |&b| usize::from(b) * (units.len() + 2) / 255)
    };
    let (start, end) = (edge(0), edge(1));
    let paste = "é😀";
    let got = import::length_after_paste(value, start as u32, end as u32, paste);
    let (from, to) = (start.min(end), start.max(end));
    let (from, to) = (from.min(units.len()), to.min(units.len()));
    // An edge inside a surrogate pair is at no character; a browser never gives one.
    if let (Ok(before), Ok(after)) = (
        String::from_utf16(&units[..from]),
        String::from_utf16(&units[to..]),
    ) {
        assert_eq!(got, before.len() + paste.len() + after.len());
    }
}

/// Text as the import hands it over: one space between words, lines trimmed, at most one
/// blank line in a row, and nothing blank at either end.
fn assert_tidy(out: &str) {
    let spaces = out
        .chars()
        .all(|c| c == ' ' || c == '\n' || !c.is_whitespace());
    assert!(
        spaces,
        "whitespace other than spaces and line breaks: {out:?}"
    );
    for run in ["  ", " \n", "\n ", "\n\n\n"] {
        assert!(!out.contains(run), "{run:?} in {out:?}");
    }
    assert_eq!(out.trim(), out);
}

/// `text` as HTML text: its markup characters written as references.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
