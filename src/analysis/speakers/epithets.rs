//! Epithets: a description that stands for a person just named, "Liam Neeson … the
//! Ballymena-born actor said".
//!
//! Only a noun the article has not used before counts ("a producer warned … the producer
//! said" may be someone else), so this remembers where each word is first used, and
//! which person each epithet's noun stood for ("the Oscar-nominated actor" later is the
//! same actor). It remembers nouns, not speakers, so it is kept apart from the registry.

use super::index::EntityIndex;
use super::noun_phrase::head_index;
use crate::analysis::entities::EntitySpan;
use crate::analysis::lexicon::singular;
use crate::analysis::text::Document;
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

/// How many sentences back a description ("The businessman said") looks for the person
/// it describes: the one before, or past a line or two that name no one.
const DESCRIBED_SENTENCES_BACK: usize = 3;

/// The people that epithets stood for, by noun, and where each word is first used.
#[derive(Default)]
pub(super) struct Epithets<'a> {
    /// Nouns that described a named person ("actor"), with that person's entity.
    by_noun: HashMap<String, &'a EntitySpan>,
    /// Where each lower-case word is first used, built when first needed.
    first_use: Option<HashMap<&'a str, usize>>,
}

impl<'a> Epithets<'a> {
    /// "Liam Neeson has held a dinner … The Ballymena-born actor said": a description
    /// with "the" and a noun the article has not used before stands for a person just
    /// named, and so does a later description with the same noun ("the Oscar-nominated
    /// actor"). A noun met before ("a producer warned … the producer said") may be
    /// someone else, as may anyone described by another ("the theatre's chef") or several
    /// ("the actors"). Titles are left out: "the Vermont senator" is rarely the person
    /// just named.
    pub(super) fn person(
        &mut self,
        index: &EntityIndex<'a, '_>,
        r: &Range<usize>,
        words: &[String],
    ) -> Option<&'a EntitySpan> {
        let doc = index.doc;
        let head = &words[head_index(words)];
        let possessed = words.iter().any(|w| w == "'s");
        // "the boss of the organisation" is a role of its own, not a description.
        let modified = head_index(words) + 1 < words.len();
        if words.len() < 2
            || words[0] != "the"
            || possessed
            || modified
            || singular(head) != head.as_str()
        {
            return None;
        }
        // "The Oscar-nominated actor" later is the same actor.
        if let Some(&e) = self.by_noun.get(head.as_str()) {
            return Some(e);
        }
        if self.first_use(doc, head) < r.start {
            return None;
        }
        // The nearest person named before it in its sentence ("called on Republicans to
        // unendorse Trump after the billionaire mogul claimed"), or else the first in the
        // nearest sentence before that names anyone, the one that sentence is about, past
        // a line or two that name no one ("Like the page:").
        let sentence = doc.sentence_of[r.start];
        let start = doc.sentences[sentence].tokens.start;
        let nearest = index.persons_anywhere_before(r.start, 0).next()?;
        let e = if nearest.tokens.start >= start {
            nearest
        } else {
            let named_in = doc.sentence_of[nearest.tokens.start];
            if sentence - named_in > DESCRIBED_SENTENCES_BACK {
                return None;
            }
            let from = doc.sentences[named_in].tokens.start;
            index.persons_anywhere_before(r.start, from).last()?
        };
        self.by_noun.insert(head.clone(), e);
        Some(e)
    }

    /// Where the article first uses the lower-case word `w`.
    fn first_use(&mut self, doc: &'a Document, w: &str) -> usize {
        let first = self.first_use.get_or_insert_with(|| {
            let mut first: HashMap<&'a str, usize> = HashMap::default();
            for i in (0..doc.tokens.len()).rev() {
                first.insert(doc.low(i), i);
            }
            first
        });
        first.get(w).copied().unwrap_or(usize::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::super::speakers_of;

    #[test]
    fn a_new_description_is_the_person_just_named() {
        let text = "Liam Neeson held a dinner. The Ballymena-born actor said it was a fine night.";
        assert_eq!(speakers_of(text), [Some("Liam Neeson".to_string())]);
    }

    #[test]
    fn a_noun_used_before_is_no_epithet() {
        let text = "Liam Neeson held a dinner for an actor he knew. The actor said it was a \
                    fine night.";
        assert_eq!(speakers_of(text), [Some("The actor".to_string())]);
    }
}
