//! Analyzes the first 100 BBC articles of `../shared/data/bbc` twice: once to load the
//! models and fill the caches, then again inside `measured`, which a profiler can single
//! out. Instruction counts do not drift with the machine's load as times do:
//!
//!   cargo build --release --example bbc_steady
//!   valgrind --tool=callgrind --toggle-collect='bbc_steady::measured' \
//!       target/release/examples/bbc_steady

use std::path::PathBuf;

fn main() {
    let texts = articles(100);
    let first: usize = texts.iter().map(|t| whosaid::analyze(t).quotes.len()).sum();
    let again = measured(&texts);
    println!("{first} quotes; the same again: {}", again == first);
}

#[inline(never)]
fn measured(texts: &[String]) -> usize {
    texts.iter().map(|t| whosaid::analyze(t).quotes.len()).sum()
}

/// The first `n` articles, in path order, as the benchmarks take them.
fn articles(n: usize) -> Vec<String> {
    let sorted = |dir: PathBuf| {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
            .expect("../shared/data/bbc is there")
            .map(|e| e.expect("a readable directory").path())
            .collect();
        paths.sort();
        paths
    };
    sorted(PathBuf::from("../shared/data/bbc"))
        .into_iter()
        .filter(|p| p.is_dir())
        .flat_map(sorted)
        .take(n)
        .map(|f| {
            String::from_utf8_lossy(&std::fs::read(f).expect("a readable article")).into_owned()
        })
        .collect()
}
