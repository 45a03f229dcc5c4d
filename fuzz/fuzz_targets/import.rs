//! Any bytes, opened as a dropped file of each kind and pasted as HTML and Markdown: no
//! panic, no hang (libFuzzer's -timeout), and every promise of the import kept. Nothing of
//! the article is lost (a `.txt` file's characters, the words of pasted HTML and plain
//! prose, a saved analysis's text), markup only ever drops characters, the text comes out
//! tidy, and a paste over a selection given in UTF-16 units counts its bytes right.
//! `tests/common/import.rs` states them; `tests/robustness.rs` checks the same with
//! proptest.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/import.rs"]
mod import_contract;

fuzz_target!(|data: &[u8]| import_contract::check(data));
