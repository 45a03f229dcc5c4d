//! The article with its cues, and what the sieves find in it: a cue with its sources,
//! a statement with its speakers' phrases. Every file of `attribution` reads these, so
//! they sit below all of them.

use crate::analysis::cues::{self, Cue, CueClass};
use crate::analysis::model::QuoteType;
use crate::analysis::text::{Document, TokenKind};
use std::ops::Range;

/// Quotes of fewer words than this are partial: a fragment, not a statement.
pub const DIRECT_MIN_WORDS: usize = 4;

/// An indirect statement needs at least this many words.
pub(super) const INDIRECT_MIN_WORDS: usize = 3;

/// A statement: what was said (token range), its kind, its cue and the phrases that name
/// its speakers.
#[derive(Clone, Debug, PartialEq)]
pub struct Attribution {
    pub content: Range<usize>,
    pub kind: QuoteType,
    pub cue: Option<Range<usize>>,
    pub class: CueClass,
    /// The phrases that name the speakers, nearest first.
    pub sources: Vec<Range<usize>>,
    /// Whether those phrases are at this statement, rather than carried over from the
    /// statement it continues.
    pub local: bool,
    pub confidence: f32,
}

/// A cue with its sources.
#[derive(Clone)]
pub(super) struct Found {
    pub(super) cue: Cue,
    pub(super) sources: Vec<Range<usize>>,
    /// One past the cue, counting a hearer that belongs in it: "told AFP".
    pub(super) cue_end: usize,
}

/// The article with the cue at each token: what every sieve reads. A verb inside
/// quotation marks is the speaker's word, not an attribution, so it has none.
pub(super) struct CuedText<'a, 'd> {
    pub(super) doc: &'a Document<'d>,
    pub(super) cues: Vec<Option<Cue>>,
}

impl<'a, 'd> CuedText<'a, 'd> {
    pub(super) fn new(doc: &'a Document<'d>, inside_quote: &[bool]) -> Self {
        let cues = (0..doc.tokens.len())
            .map(|i| (!inside_quote[i]).then(|| cues::cue_at(doc, i)).flatten())
            .collect();
        CuedText { doc, cues }
    }
}

/// The number of words in `r`.
pub fn word_count(doc: &Document, r: Range<usize>) -> usize {
    // Counted as the evaluation counts them, by runs of letters and digits: "we'll" and
    // "stand-down" are two.
    r.filter(|&i| doc.tokens[i].kind != TokenKind::Punct)
        .map(|i| {
            doc.word(i)
                .split(|c: char| !c.is_alphanumeric())
                .filter(|piece| !piece.is_empty())
                .count()
        })
        .sum()
}
