//! The shipped name lists: places, nationalities, organizations and given names.
//!
//! `assets/gazetteer.tsv` is built by `tools/gazetteer.mjs` from permissively licensed
//! registry packages. Phrases are stored as their tokens joined by single spaces, so a
//! lookup is one hash probe per candidate length at each position.

use super::super::model::EntityLabel;
use super::super::text::{tokens::tokenize, Document};
use std::collections::HashMap;
use std::sync::OnceLock;

const SOURCE: &str = include_str!("../../../assets/gazetteer.tsv");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
    Either,
}

pub struct Gazetteer {
    phrases: HashMap<String, EntityLabel>,
    given: HashMap<&'static str, Gender>,
    longest: usize,
}

pub fn get() -> &'static Gazetteer {
    static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
    GAZETTEER.get_or_init(|| Gazetteer::parse(SOURCE))
}

impl Gazetteer {
    fn parse(source: &'static str) -> Gazetteer {
        let mut phrases = HashMap::new();
        let mut given = HashMap::new();
        let mut longest = 1;
        for line in source.lines() {
            let Some((label, phrase)) = line.split_once('\t') else {
                continue;
            };
            let label = match label {
                "PERSON" => EntityLabel::Person,
                "ORG" => EntityLabel::Org,
                "GPE" => EntityLabel::Gpe,
                "LOC" => EntityLabel::Loc,
                "NORP" => EntityLabel::Norp,
                "GIVEN_F" | "GIVEN_M" | "GIVEN" => {
                    let gender = match label {
                        "GIVEN_F" => Gender::Female,
                        "GIVEN_M" => Gender::Male,
                        _ => Gender::Either,
                    };
                    given.insert(phrase, gender);
                    continue;
                }
                _ => continue,
            };
            let tokens = tokenize(phrase);
            longest = longest.max(tokens.len());
            let key: Vec<&str> = tokens.iter().map(|t| &phrase[t.start..t.end]).collect();
            phrases.insert(key.join(" "), label);
        }
        Gazetteer {
            phrases,
            given,
            longest,
        }
    }

    /// The longest listed phrase starting at token `i` (up to `end`): its length and label.
    pub fn longest_at(&self, doc: &Document, i: usize, end: usize) -> Option<(usize, EntityLabel)> {
        let mut key = String::new();
        let mut best = None;
        for len in 1..=self.longest.min(end - i) {
            if len > 1 {
                key.push(' ');
            }
            key.push_str(doc.word(i + len - 1));
            if let Some(&label) = self.phrases.get(&key) {
                best = Some((len, label));
            }
        }
        best
    }

    /// Like [`longest_at`](Self::longest_at), also trying shouted words in title case:
    /// "RUSSIA" matches "Russia".
    pub fn longest_at_folded(
        &self,
        doc: &Document,
        i: usize,
        end: usize,
    ) -> Option<(usize, EntityLabel)> {
        let exact = self.longest_at(doc, i, end);
        let shouted = |w: &str| w.chars().count() > 1 && !w.chars().any(char::is_lowercase);
        if !shouted(doc.word(i)) {
            return exact;
        }
        let mut key = String::new();
        let mut best = exact;
        for len in 1..=self.longest.min(end - i) {
            if len > 1 {
                key.push(' ');
            }
            let w = doc.word(i + len - 1);
            let mut chars = w.chars();
            if let Some(first) = chars.next() {
                key.push(first);
                key.extend(chars.flat_map(char::to_lowercase));
            }
            if let Some(&label) = self.phrases.get(&key) {
                if best.is_none_or(|(l, _)| l < len) {
                    best = Some((len, label));
                }
            }
        }
        best
    }

    /// The label of one exact phrase.
    pub fn label(&self, phrase: &str) -> Option<EntityLabel> {
        self.phrases.get(phrase).copied()
    }

    /// The gender usually given to a first name, if it is one.
    pub fn given_name(&self, word: &str) -> Option<Gender> {
        self.given.get(word).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_longest_phrase() {
        let doc = Document::new("in New York City and the Black Sea");
        let g = get();
        assert_eq!(
            g.longest_at(&doc, 1, doc.tokens.len()).map(|m| m.1),
            Some(EntityLabel::Gpe)
        );
        assert_eq!(
            g.longest_at(&doc, 6, doc.tokens.len()),
            Some((2, EntityLabel::Loc))
        );
        assert_eq!(g.label("Ukrainian"), Some(EntityLabel::Norp));
        assert_eq!(
            g.given_name("Giorgia").or(g.given_name("Mary")),
            Some(Gender::Female)
        );
    }
}
