//! How far an archive run has got, on standard error when a person is watching it.
//!
//! A bar only when standard error is a terminal: in a pipeline, a log or a test it would be
//! noise. Lines about bad articles are printed above the bar, not through it.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

/// What the run can measure itself against.
pub enum Extent {
    /// A known number of articles (files).
    Articles(u64),
    /// A known number of bytes (a JSON Lines file).
    Bytes(u64),
    /// Nothing known ahead (JSON Lines on standard input).
    Unknown,
}

pub struct Progress {
    bar: ProgressBar,
    by_bytes: bool,
    articles: u64,
}

impl Progress {
    pub fn new(extent: Extent) -> Progress {
        let target = if std::io::stderr().is_terminal() {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        let (len, template) = match extent {
            Extent::Articles(n) => (Some(n), "{wide_bar} {pos}/{len} articles, eta {eta}"),
            Extent::Bytes(n) => (
                Some(n),
                "{wide_bar} {binary_bytes}/{binary_total_bytes}, {msg}, eta {eta}",
            ),
            Extent::Unknown => (None, "{spinner} {pos} articles, {elapsed}"),
        };
        let style = ProgressStyle::with_template(template).expect("the templates are valid");
        let bar = ProgressBar::with_draw_target(len, target)
            .with_style(style)
            .with_message("0 articles");
        Progress {
            bar,
            by_bytes: matches!(extent, Extent::Bytes(_)),
            articles: 0,
        }
    }

    /// Counts articles done, and the bytes of input they came from.
    pub fn advance(&mut self, articles: u64, bytes: u64) {
        self.articles += articles;
        if self.by_bytes {
            self.bar.set_message(format!("{} articles", self.articles));
            self.bar.inc(bytes);
        } else {
            self.bar.inc(articles);
        }
    }

    /// Prints a line on standard error, above the bar.
    pub fn note(&self, line: &str) {
        self.bar.suspend(|| eprintln!("{line}"));
    }

    pub fn finish(&self) {
        self.bar.finish();
    }
}
