//! Native benchmarks of the analysis, per pipeline stage, over the BBC news texts in
//! `../shared/data/bbc`, and of the whole analysis at 1 thousand to 1 million words of
//! news and of hostile text.
//!
//!   cargo bench --bench pipeline
//!
//! Throughput is reported in words per second; BENCHMARKS.md records the figures.

use divan::counter::ItemsCount;
use divan::Bencher;
use std::sync::OnceLock;
use whosaid::analysis::text::Document;
use whosaid::analysis::{analyze, attribution, entities, quotes, speakers};

fn main() {
    divan::main();
}

#[path = "support/bbc.rs"]
mod bbc;

#[path = "support/hostile.rs"]
mod hostile;

/// The BBC articles, in a fixed order.
fn corpus() -> &'static Vec<String> {
    static CORPUS: OnceLock<Vec<String>> = OnceLock::new();
    CORPUS.get_or_init(bbc::articles)
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// The first 300 articles: the stage benchmarks' workload.
fn sample() -> &'static [String] {
    &corpus()[..300]
}

fn sample_words() -> usize {
    sample().iter().map(|t| words(t)).sum()
}

#[divan::bench]
fn stage_1_tokens(bencher: Bencher) {
    bencher.counter(ItemsCount::new(sample_words())).bench(|| {
        sample()
            .iter()
            .map(|t| Document::new(t).tokens.len())
            .sum::<usize>()
    });
}

#[divan::bench]
fn stage_2_entities(bencher: Bencher) {
    let docs: Vec<Document> = sample().iter().map(|t| Document::new(t)).collect();
    bencher.counter(ItemsCount::new(sample_words())).bench(|| {
        docs.iter()
            .map(|d| entities::recognize(d).len())
            .sum::<usize>()
    });
}

#[divan::bench]
fn stage_3_quotes(bencher: Bencher) {
    let docs: Vec<Document> = sample().iter().map(|t| Document::new(t)).collect();
    bencher
        .counter(ItemsCount::new(sample_words()))
        .bench(|| docs.iter().map(|d| quotes::find(d).len()).sum::<usize>());
}

#[divan::bench]
fn stage_4_attribution(bencher: Bencher) {
    let docs: Vec<Document> = sample().iter().map(|t| Document::new(t)).collect();
    let quoted: Vec<_> = docs.iter().map(quotes::find).collect();
    let names: Vec<_> = docs.iter().map(entities::recognize).collect();
    bencher.counter(ItemsCount::new(sample_words())).bench(|| {
        docs.iter()
            .zip(&quoted)
            .zip(&names)
            .map(|((d, q), e)| attribution::attribute(d, q, e).len())
            .sum::<usize>()
    });
}

#[divan::bench]
fn stage_5_speakers(bencher: Bencher) {
    let docs: Vec<Document> = sample().iter().map(|t| Document::new(t)).collect();
    let inputs: Vec<_> = docs
        .iter()
        .map(|d| {
            let quoted = quotes::find(d);
            let names = entities::recognize(d);
            let found = attribution::attribute(d, &quoted, &names);
            let sources: Vec<_> = found.iter().map(|a| a.sources.clone()).collect();
            (names, sources, quoted)
        })
        .collect();
    bencher.counter(ItemsCount::new(sample_words())).bench(|| {
        docs.iter()
            .zip(&inputs)
            .map(|(d, (e, s, q))| speakers::resolve(d, e, s, q).drafts.len())
            .sum::<usize>()
    });
}

#[divan::bench]
fn whole_analysis(bencher: Bencher) {
    bencher.counter(ItemsCount::new(sample_words())).bench(|| {
        sample()
            .iter()
            .map(|t| analyze(t).quotes.len())
            .sum::<usize>()
    });
}

/// An article of about `n` words: BBC articles run together.
fn text_of(n: usize) -> String {
    let (mut out, mut count) = (String::new(), 0);
    for t in corpus().iter().cycle() {
        if count >= n {
            break;
        }
        out.push_str(t);
        out.push_str("\n\n");
        count += words(t);
    }
    out
}

#[divan::bench(args = [1_000, 10_000, 100_000, 1_000_000], sample_count = 5, sample_size = 1)]
fn scaling(bencher: Bencher, n: usize) {
    let text = text_of(n);
    bencher
        .counter(ItemsCount::new(words(&text)))
        .bench(|| analyze(&text).quotes.len());
}

/// Hostile text (support/hostile.rs): speech verbs, names and pronouns with no quotation
/// marks. Its throughput must not fall as it grows.
#[divan::bench(args = [62_500, 250_000, 1_000_000], sample_count = 5, sample_size = 1)]
fn scaling_hostile(bencher: Bencher, n: usize) {
    let text = hostile::hostile(n);
    bencher
        .counter(ItemsCount::new(words(&text)))
        .bench(|| analyze(&text).quotes.len());
}
