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
//!
//! The precise sieves go first because a wrong speaker is worse than none: a quote no
//! sieve can tag keeps an unknown speaker. Each sieve is a small type holding only what it
//! reads, over `CuedText` (the article with the cue at each token, below them all), so
//! [`attribute`] reads as its list of steps, and another source of attributions, such as
//! a trained model, can take a place among them.

use super::cues::{Cue, CueClass};
use super::entities::EntitySpan;
use super::model::QuoteType;
use super::order;
use super::quotes::QuotedSpan;
use super::text::{Document, TokenKind};
use cued::CuedText;
pub use cued::{word_count, Attribution, DIRECT_MIN_WORDS};
use indirect::IndirectSpeech;
use inherit::Turns;
use speech::reads_like_speech;
use tags::Tagger;

mod bylines;
mod cue_search;
mod cued;
mod frame;
mod indirect;
mod inherit;
pub mod model;
mod sources;
mod speech;
mod tag_sentence;
mod tags;

/// A quoted clause after "that" of this many words is a quotation of its own: `said
/// that "we will not allow this to happen again next year"`.
const LONG_QUOTED_CLAUSE: usize = 8;

/// A quotation running into its sentence with its tag after it is direct from this many
/// words: FORMAT.md's partial quotes are "a few words".
const LONG_TAGGED_QUOTE: usize = 12;

/// The statements of an article: its quotes with their speakers' phrases, and its
/// indirect speech, in reading order: the rules' statements, their reported speech
/// revised by the shipped model.
pub fn attribute(
    doc: &Document,
    quotes: &[QuotedSpan],
    entities: &[EntitySpan],
) -> Vec<Attribution> {
    attribute_with(doc, quotes, entities, model::get())
}

/// [`attribute`] with another attribution model: the cross-validated measures score
/// each text with a model that did not see it (`examples/attr_analyze.rs`).
pub fn attribute_with(
    doc: &Document,
    quotes: &[QuotedSpan],
    entities: &[EntitySpan],
    model: &model::Model,
) -> Vec<Attribution> {
    let inside = super::quotes::inside(doc, quotes);
    let text = CuedText::new(doc, &inside);
    let rules = by_rules(&text, quotes, &inside);
    article(&text, &inside, quotes, entities).revise(model, rules)
}

/// What the model reads at each token of `doc`, for training it
/// (`examples/attr_features.rs`).
pub fn model_features(
    doc: &Document,
    quotes: &[QuotedSpan],
    entities: &[EntitySpan],
) -> Vec<Vec<String>> {
    let inside = super::quotes::inside(doc, quotes);
    let text = CuedText::new(doc, &inside);
    let rules = by_rules(&text, quotes, &inside);
    article(&text, &inside, quotes, entities).features(&rules)
}

fn article<'a, 'd>(
    text: &'a CuedText<'a, 'd>,
    inside: &'a [bool],
    quotes: &'a [QuotedSpan],
    entities: &'a [EntitySpan],
) -> model::Article<'a, 'd> {
    model::Article {
        doc: text.doc,
        cues: &text.cues,
        inside,
        quotes,
        entities,
    }
}

/// The statements the rules find: the sieves, then indirect speech.
fn by_rules(text: &CuedText, quotes: &[QuotedSpan], inside_quote: &[bool]) -> Vec<Attribution> {
    let doc = text.doc;
    let kinds: Vec<QuoteType> = quotes.iter().map(|q| quote_kind(text, q)).collect();
    // Sieves 1 and 2: a cue in or beside each quote's sentence.
    let mut quoted = Tagger::new(text, quotes, &kinds).local();
    let turns = Turns::new(text, quotes);
    turns.share_across_paragraphs(&mut quoted);
    // Indirect speech, outside the direct quotes and the statements found so far.
    let direct = direct_tokens(doc, quotes, &kinds);
    let indirect = IndirectSpeech::new(text, inside_quote).find(&direct, &quoted);
    // Sieves 3 and 4: a quote with no cue continues a speaker's turn.
    turns.inherit(&mut quoted, &indirect);
    // A direct quote with no speaker at all counts only if it reads like speech.
    for (slot, q) in quoted.iter_mut().zip(quotes) {
        if slot.as_ref().is_some_and(|a| a.sources.is_empty()) && !reads_like_speech(doc, q) {
            *slot = None;
        }
    }
    let mut all: Vec<Attribution> = quoted.into_iter().flatten().chain(indirect).collect();
    order::by_key(&mut all, |a| a.content.start as u64);
    all
}

/// Per token, whether it is part of a direct quote, marks included: direct quotes are cut
/// out of indirect content, while partial quotes, scare quotes and titles stay part of
/// the sentence around them.
fn direct_tokens(doc: &Document, quotes: &[QuotedSpan], kinds: &[QuoteType]) -> Vec<bool> {
    let mut direct = vec![false; doc.tokens.len()];
    for (q, kind) in quotes.iter().zip(kinds) {
        if *kind == QuoteType::Direct {
            direct[q.open..q.close.map_or(q.inner.end, |c| c + 1)].fill(true);
        }
    }
    direct
}

/// Whether quote `q` is direct or partial. Partial are fragments of fewer than
/// `DIRECT_MIN_WORDS` words, and quoted words the sentence runs straight into (`said the
/// plan was "a disaster" for families`): the clause around them is the statement, and
/// they stay inside it. Unless a verb of saying introduces them (`said "We won."`), they
/// are a whole sentence (four words or more, capitalized), or a long clause after "that".
fn quote_kind(text: &CuedText, q: &QuotedSpan) -> QuoteType {
    let (doc, cues) = (text.doc, &text.cues[..]);
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

/// The statements the rules find in a text written for a test, as (what was said, the
/// phrase naming its source): what each sieve's tests read.
#[cfg(test)]
fn statements(text: &str) -> Vec<(String, String)> {
    let doc = Document::new(text);
    let quotes = super::quotes::find(&doc);
    let inside = super::quotes::inside(&doc, &quotes);
    by_rules(&CuedText::new(&doc, &inside), &quotes, &inside)
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
