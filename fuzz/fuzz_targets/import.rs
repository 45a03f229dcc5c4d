//! Any bytes, opened as a dropped file of each kind and pasted as HTML: no panic, no hang
//! (libFuzzer's -timeout), and never more text out than came in, since markup only ever
//! turns into text or nothing.

#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::import::{from_file, html_to_text, keep_safe_attributes, markdown_to_text};

fuzz_target!(|data: &[u8]| {
    for name in ["a.txt", "a.html", "a.md"] {
        let _ = from_file(name, data);
    }
    let text = String::from_utf8_lossy(data);
    assert!(html_to_text(&text).len() <= text.len());
    assert!(markdown_to_text(&text).len() <= text.len());
    let _ = keep_safe_attributes(&text);
});
