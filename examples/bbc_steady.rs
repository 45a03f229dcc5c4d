//! Analyzes the first 100 BBC articles of `../shared/data/bbc` twice: once to load the
//! models and fill the caches, then again inside `measured`, which a profiler can single
//! out. Instruction counts do not drift with the machine's load as times do:
//!
//!   cargo build --release --example bbc_steady
//!   valgrind --tool=callgrind --toggle-collect='bbc_steady::measured' \
//!       target/release/examples/bbc_steady

#[path = "../benches/support/bbc.rs"]
mod bbc;

fn main() {
    let mut texts = bbc::articles();
    texts.truncate(100);
    let first: usize = texts.iter().map(|t| whosaid::analyze(t).quotes.len()).sum();
    let again = measured(&texts);
    println!("{first} quotes; the same again: {}", again == first);
}

#[inline(never)]
fn measured(texts: &[String]) -> usize {
    texts.iter().map(|t| whosaid::analyze(t).quotes.len()).sum()
}
