//! Times the analysis on hostile text (benches/support/hostile.rs) at several lengths,
//! to see at a glance whether it stays linear.
//!
//!   cargo run --release --example hostile [PIECES...]

use std::time::Instant;

#[path = "../benches/support/hostile.rs"]
mod hostile;

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![62_500, 125_000, 250_000, 500_000, 1_000_000]
    } else {
        sizes
    };
    for n in sizes {
        let text = hostile::hostile(n);
        let t = Instant::now();
        let a = whosaid::analyze(&text);
        println!(
            "{n:>9} pieces  {:>8.3} s  {} statements",
            t.elapsed().as_secs_f64(),
            a.quotes.len()
        );
    }
}
