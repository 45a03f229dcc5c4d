//! Who said each quote, and what was said without quotation marks.
//!
//! Sieves run from the most precise to the loosest, as in CoreNLP's quote attribution:
//!
//! 1. a cue right after the closing mark whose source phrase follows the mark directly:
//!    `"…," Meloni said`, `"…," said Meloni`, `"…," Hugh Hill, a doctor, said`;
//! 2. a cue earlier in the quote's own sentence (`Meloni said: "…"`, `She noted that,
//!    while …, "…"`), a colon after the sentence's subject (`He put it bluntly: "…"`), or a
//!    speech tag ending the sentence before (`Bystrom agreed. "…"`);
//! 3. the speaker of the statement before it in the same paragraph, or of the next quote;
//! 4. the speaker of the previous paragraph's last statement, when this paragraph opens
//!    with the quote and names no one new.
//!
//! Indirect speech comes from every verb of saying whose subject is found: its content
//! clause is what follows it (`told senators that …`), what surrounds it (`…, he says,
//! because …`) or, when nothing follows, the clause before the subject (`…, a diplomatic
//! source said.`). Direct quotes are cut out of that clause; short partial quotes stay
//! inside, as in the original.
//!
//! Quoted words with no speaker are not speech when they are short or read like a title:
//! scare quotes, nicknames, slogans, book titles.

use super::cues::{self, Cue, CueClass};
use super::model::QuoteType;
use super::order;
use super::quotes::QuotedSpan;
use super::text::{Document, TokenKind};
use std::ops::Range;

mod bylines;
mod cue_search;
mod indirect;
mod inherit;
mod sources;
mod speech;
mod tag_sentence;
mod tags;

/// Quotes of fewer words than this are partial: a fragment, not a statement.
pub const DIRECT_MIN_WORDS: usize = 4;

/// A quoted clause after "that" of this many words is a quotation of its own: `said
/// that "we will not allow this to happen again next year"`.
const LONG_QUOTED_CLAUSE: usize = 8;

/// A quotation running into its sentence with its tag after it is direct from this many
/// words: FORMAT.md's partial quotes are "a few words".
const LONG_TAGGED_QUOTE: usize = 12;

/// An indirect statement needs at least this many words.
pub(super) const INDIRECT_MIN_WORDS: usize = 3;

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
struct Found {
    cue: Cue,
    sources: Vec<Range<usize>>,
    /// One past the cue, counting a hearer that belongs in it: "told AFP".
    cue_end: usize,
}

pub fn attribute(doc: &Document, quotes: &[QuotedSpan]) -> Vec<Attribution> {
    let extent = |q: &QuotedSpan| q.open..q.close.map_or(q.inner.end, |c| c + 1);
    let inside_quote = super::quotes::inside(doc, quotes);
    // A verb inside quotation marks is the speaker's word, not an attribution.
    let cues: Vec<Option<Cue>> = (0..doc.tokens.len())
        .map(|i| {
            if inside_quote[i] {
                None
            } else {
                cues::cue_at(doc, i)
            }
        })
        .collect();
    let kinds: Vec<QuoteType> = quotes.iter().map(|q| quote_kind(doc, &cues, q)).collect();
    // Direct quotes are cut out of indirect content; partial quotes, scare quotes and
    // titles stay part of the sentence around them.
    let mut direct_tokens = vec![false; doc.tokens.len()];
    for (q, kind) in quotes.iter().zip(&kinds) {
        if *kind == QuoteType::Direct {
            direct_tokens[extent(q)].fill(true);
        }
    }
    let ctx = CuedText {
        doc,
        quotes,
        kinds: &kinds,
        quoted: &inside_quote,
        cues: &cues,
    };
    let mut quoted = ctx.local();
    ctx.share_across_paragraphs(&mut quoted);
    let indirect = ctx.indirect(&direct_tokens, &quoted);
    ctx.inherit(&mut quoted, &indirect);
    for (k, q) in quotes.iter().enumerate() {
        // A direct quote with no speaker at all counts only if it reads like speech.
        if quoted[k].as_ref().is_some_and(|a| a.sources.is_empty()) && !ctx.reads_like_speech(q) {
            quoted[k] = None;
        }
    }
    let mut all: Vec<Attribution> = quoted.into_iter().flatten().chain(indirect).collect();
    order::by_key(&mut all, |a| a.content.start as u64);
    all
}

/// The article with its quotes, their kinds and the cue at each token: what every sieve
/// reads.
struct CuedText<'a, 'd> {
    doc: &'a Document<'d>,
    quotes: &'a [QuotedSpan],
    kinds: &'a [QuoteType],
    /// Whether each token is inside quotation marks.
    quoted: &'a [bool],
    cues: &'a [Option<Cue>],
}

/// Whether quote `q` is direct or partial. Partial are fragments of fewer than
/// `DIRECT_MIN_WORDS` words, and quoted words the sentence runs straight into (`said the
/// plan was "a disaster" for families`): the clause around them is the statement, and
/// they stay inside it. Unless a verb of saying introduces them (`said "We won."`), they
/// are a whole sentence (four words or more, capitalized), or a long clause after "that".
fn quote_kind(doc: &Document, cues: &[Option<Cue>], q: &QuotedSpan) -> QuoteType {
    let words = word_count(doc, q.inner.clone());
    if words < DIRECT_MIN_WORDS {
        return QuoteType::Partial;
    }
    let Some(prev) = q.open.checked_sub(1) else {
        return QuoteType::Direct;
    };
    let runs_into = doc.sentence_of[prev] == doc.sentence_of[q.open]
        && doc.tokens[prev].kind != TokenKind::Punct;
    let introduced = cues[prev]
        .as_ref()
        .is_some_and(|c| c.class == CueClass::Speech && c.takes_clause);
    let sentence = q.inner.start < q.inner.end && doc.is_capitalized(q.inner.start);
    let long_clause = doc.low(prev) == "that" && words >= LONG_QUOTED_CLAUSE;
    if runs_into && !introduced && !sentence && !long_clause && !tagged_after(doc, cues, q) {
        QuoteType::Partial
    } else {
        QuoteType::Direct
    }
}

/// `backing a plan "that would let the town keep its ferries …," Ruiz said`: a long
/// quotation that ends in a comma before its tag, in a sentence with no verb of saying
/// before it, is the speaker's own statement, not a fragment of a few words inside
/// someone's paraphrase (`the pier could "hardly take a storm, let alone a ship", said a
/// spokesman` is one).
fn tagged_after(doc: &Document, cues: &[Option<Cue>], q: &QuotedSpan) -> bool {
    let Some(close) = q.close else { return false };
    if word_count(doc, q.inner.clone()) < LONG_TAGGED_QUOTE {
        return false;
    }
    let sentence = doc.sentences[doc.sentence_of[q.open]].tokens.clone();
    let comma = (q.inner.end > q.inner.start && doc.word(q.inner.end - 1) == ",")
        || (close + 1 < sentence.end && doc.word(close + 1) == ",");
    let speech = |k: usize| {
        cues[k]
            .as_ref()
            .is_some_and(|c| c.class == CueClass::Speech)
    };
    comma
        && !(sentence.start..q.open).any(speech)
        && (close + 1..sentence.end.min(close + 8)).any(speech)
}

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

/// The statements of a text written for a test, as (what was said, the phrase naming
/// its source): what each sieve's tests read.
#[cfg(test)]
fn statements(text: &str) -> Vec<(String, String)> {
    let doc = Document::new(text);
    let quotes = super::quotes::find(&doc);
    attribute(&doc, &quotes)
        .into_iter()
        .map(|a| {
            let source = a.sources.first().map_or("", |r| doc.slice(r.clone()));
            (doc.slice(a.content).to_string(), source.to_string())
        })
        .collect()
}

/// The source phrase of the statement whose words are `said`.
#[cfg(test)]
fn source_of(text: &str, said: &str) -> Option<String> {
    statements(text)
        .into_iter()
        .find(|(content, _)| content == said)
        .map(|(_, source)| source)
}
