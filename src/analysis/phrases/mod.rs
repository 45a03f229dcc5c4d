//! Noun phrases around a cue: the subject before a verb, the phrase after an inverted verb
//! or "according to", the subject of the clause a participle hangs from.
//!
//! There is no parser here. A subject is what lies between the verb and the nearest clause
//! boundary to its left (punctuation, a conjunction, a relative pronoun), once adverbs and
//! auxiliaries are stepped over; an aside set off by commas, dashes or parentheses
//! ("Meloni, who was on the call, confirmed") is stepped over too. That is enough for the
//! way news copy attributes, and it fails visibly rather than inventing a speaker.
//!
//! One file per question, as attribution asks them:
//!
//! - `subject`: the subject before a verb;
//! - `after`: the phrase after a verb, and the adverbials between a verb and its content;
//! - `clause`: the subject of a sentence's main clause, or of the clause a participle
//!   hangs from;
//! - `asides`: the punctuation that bounds a phrase, and the asides it sets off.
//!
//! Below them, what they share: `noun_phrase`, the phrase ending at a token and whether
//! it can name a source; `verbs`, where a verb is. Which words are pronouns, titles or
//! source nouns is the lexicon's to say.

mod after;
mod asides;
mod clause;
mod noun_phrase;
mod subject;
mod verbs;

pub use after::{phrase_after, skip_adverbials};
pub use asides::{is_boundary_punct, is_dash, is_dash_or_hyphen, is_name_run, title_case_words};
pub use clause::{clause_subject, governing_subject};
pub use noun_phrase::names_someone;
pub use subject::subject_before;
pub use verbs::{is_clause, is_verbish};

/// The first token of `doc` that reads `word`: where the tests of each question point.
#[cfg(test)]
fn token(doc: &super::text::Document, word: &str) -> usize {
    (0..doc.tokens.len())
        .find(|&i| doc.word(i) == word)
        .unwrap_or_else(|| panic!("no {word:?} in the text"))
}
