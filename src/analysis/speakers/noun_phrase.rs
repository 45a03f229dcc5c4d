//! A phrase headed by a common noun, read once: "the second diplomatic source close to
//! the talks". The registry tells unnamed sources apart by what it finds (head noun,
//! modifiers, ordinal), and the entity index and roles ask for the head.

use crate::analysis::lexicon::{self, DEFINITE, INDEFINITE, ORDINALS};
use crate::analysis::text::Document;
use std::ops::Range;

/// A phrase headed by a common noun, read once: its words, head noun, determiner,
/// the modifiers that tell one unnamed source from another, and an ordinal.
pub(super) struct NounPhrase {
    /// Lower-case words.
    pub(super) words: Vec<String>,
    pub(super) head: String,
    /// The first word, which is the determiner if there is one.
    pub(super) det: String,
    /// The phrase as written.
    pub(super) phrase: String,
    /// Words other than the head, the determiner and an ordinal ("diplomatic").
    pub(super) modifiers: Vec<String>,
    /// "the second source": 2.
    pub(super) ordinal: Option<usize>,
    /// Someone's: "the prime minister's spokesman", "the charity's director".
    pub(super) possessed: bool,
}

impl NounPhrase {
    pub(super) fn new(doc: &Document, r: Range<usize>) -> NounPhrase {
        let words: Vec<String> = r.clone().map(|i| doc.low(i).to_string()).collect();
        // "A Department for Education and Skills source": a "for" between two capitalized
        // words is inside a name, and the head comes after it.
        let in_name = |p: usize| {
            let k = r.start + p;
            k > r.start && k + 1 < r.end && doc.is_name_word(k - 1) && doc.is_capitalized(k + 1)
        };
        let mut at = head_index(&words);
        while at + 1 < words.len() && in_name(at + 1) {
            at = (at + 2) + head_index(&words[at + 2..]);
        }
        // "thousands of people", "two-thirds of primary voters": a quantity is of its
        // people.
        while at + 2 < words.len() && words[at + 1] == "of" && lexicon::is_quantity(&words[at]) {
            at = (at + 2) + head_index(&words[at + 2..]);
        }
        let at = at.min(words.len() - 1);
        let head = words[at].clone();
        let possessed = words[1.min(at)..at].iter().any(|w| w == "'s");
        let det = words.first().cloned().unwrap_or_default();
        let modifiers = words
            .iter()
            .filter(|w| **w != head)
            .filter(|w| {
                !DEFINITE.contains(w.as_str())
                    && !INDEFINITE.contains(w)
                    && !ORDINALS.iter().any(|(o, _)| o == w)
            })
            .cloned()
            .collect();
        let ordinal = words
            .iter()
            .find_map(|w| ORDINALS.iter().find(|(o, _)| o == w).map(|&(_, n)| n));
        NounPhrase {
            possessed,
            head,
            det,
            phrase: doc.slice(r).to_string(),
            modifiers,
            ordinal,
            words,
        }
    }

    /// "the source", "that source": pointing back.
    pub(super) fn definite(&self) -> bool {
        DEFINITE.contains(self.det.as_str())
    }
}

/// The head noun of a phrase: the last word before a post-modifier ("source with knowledge
/// of the matter", "official familiar with the budget").
pub(super) fn head_index(words: &[String]) -> usize {
    words
        .iter()
        .skip(1)
        .position(|w| {
            lexicon::is_source_modifier(w)
                || matches!(
                    w.as_str(),
                    "with"
                        | "of"
                        | "from"
                        | "in"
                        | "at"
                        | "for"
                        | "who"
                        | "that"
                        | "on"
                        | "inside"
                        | "within"
                        | "near"
                        | "including"
                )
        })
        .map_or(words.len() - 1, |p| p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_noun_phrase_read_once() {
        let doc = Document::new("the second diplomatic source close to the talks");
        let np = NounPhrase::new(&doc, 0..doc.tokens.len());
        assert_eq!(np.head, "source");
        assert_eq!(np.ordinal, Some(2));
        assert!(np.modifiers.contains(&"diplomatic".to_string()));
        assert!(np.definite());
    }

    #[test]
    fn the_head_of_a_quantity_or_a_name_with_for_is_further_on() {
        let doc = Document::new("two-thirds of primary voters");
        assert_eq!(NounPhrase::new(&doc, 0..doc.tokens.len()).head, "voters");
        let doc = Document::new("A Department for Education source");
        assert_eq!(NounPhrase::new(&doc, 0..doc.tokens.len()).head, "source");
    }
}
