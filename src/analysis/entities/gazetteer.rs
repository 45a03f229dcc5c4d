//! The shipped name lists: places, nationalities, organizations and given names.
//!
//! `assets/gazetteer.txt` is built by `tools/gazetteer.mjs` from permissively licensed
//! registry packages: a line `[LABEL]` opens the list of that label, and each line after
//! it is front-coded ([`front_decode`]). Phrases are stored
//! as their tokens joined by single spaces, so a lookup is one hash probe per candidate
//! length at each position.

use super::super::model::{EntityLabel, Gender};
use super::super::text::{tokens::tokenize, Document};
use crate::analysis::packed::front_decode;
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

const SOURCE: &str = include_str!("../../../assets/gazetteer.txt");

pub struct Gazetteer {
    /// Every listed phrase with its label, and every first part of a longer phrase with
    /// `None`, so that a lookup stops as soon as no phrase can go on.
    phrases: HashMap<String, Option<EntityLabel>>,
    /// Organizations the entity model was not trained with (companies of the stock
    /// indices, public bodies, leagues, platforms), kept apart so that its features stay
    /// those it learned: asked only after it, by [`organization_at`](Self::organization_at).
    organizations: HashMap<String, Option<EntityLabel>>,
    given: HashMap<String, Gender>,
    /// Each one-word name of a country and its nationality words, lower case, to the
    /// country's code: "italy", "italian" and "italians" to "IT".
    nations: HashMap<String, Box<str>>,
    longest: usize,
}

pub fn get() -> &'static Gazetteer {
    static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
    GAZETTEER.get_or_init(|| Gazetteer::parse(SOURCE))
}

impl Gazetteer {
    fn parse(source: &str) -> Gazetteer {
        let mut phrases = HashMap::default();
        let mut organizations = HashMap::default();
        let mut given = HashMap::default();
        let mut nations = HashMap::default();
        let mut longest = 1;
        let mut list = "";
        let mut line = String::new();
        for coded in source.lines() {
            if let Some(label) = coded.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                list = label;
                line.clear();
                continue;
            }
            front_decode(&mut line, coded);
            let phrase = line.as_str();
            let label = match list {
                "PERSON" => EntityLabel::Person,
                "ORG" | "ORGANIZATION" => EntityLabel::Org,
                "GPE" => EntityLabel::Gpe,
                "LOC" => EntityLabel::Loc,
                "NORP" => EntityLabel::Norp,
                "GIVEN_F" | "GIVEN_M" | "GIVEN" => {
                    let gender = match list {
                        "GIVEN_F" => Gender::Female,
                        "GIVEN_M" => Gender::Male,
                        _ => Gender::Either,
                    };
                    given.insert(phrase.to_string(), gender);
                    continue;
                }
                "NATION" => {
                    let mut words = phrase.split(' ');
                    let code = words.next().unwrap_or_default();
                    for form in words {
                        nations.insert(form.to_lowercase(), code.into());
                    }
                    continue;
                }
                _ => continue,
            };
            let tokens = tokenize(phrase);
            longest = longest.max(tokens.len());
            let key: Vec<&str> = tokens.iter().map(|t| &phrase[t.start..t.end]).collect();
            let map = if list == "ORGANIZATION" {
                &mut organizations
            } else {
                &mut phrases
            };
            for n in 1..key.len() {
                map.entry(key[..n].join(" ")).or_insert(None);
            }
            map.insert(key.join(" "), Some(label));
        }
        Gazetteer {
            phrases,
            organizations,
            given,
            nations,
            longest,
        }
    }

    /// The code of the country a lower-case word names or is a nationality of: "italy's"
    /// and "italian" both give "IT".
    pub fn nation(&self, lower: &str) -> Option<&str> {
        self.nations.get(lower).map(|code| &**code)
    }

    /// The longest listed phrase starting at token `i` (up to `end`): its length and label.
    pub fn longest_at(&self, doc: &Document, i: usize, end: usize) -> Option<(usize, EntityLabel)> {
        self.longest_by(&self.phrases, i, end, |k| doc.word(k).into())
    }

    /// The length of the longest organization of either list starting at token `i` (up
    /// to `end`). A one-word name of the model's list ("Congress", "Treasury") is left to the model.
    pub fn organization_at(&self, doc: &Document, i: usize, end: usize) -> Option<usize> {
        let known = self.longest_by(&self.organizations, i, end, |k| doc.word(k).into());
        let listed = self
            .longest_at(doc, i, end)
            .filter(|&(len, label)| label == EntityLabel::Org && len > 1);
        Option::max(known.map(|k| k.0), listed.map(|l| l.0))
    }

    /// Whether one exact phrase is an organization of either list.
    pub fn is_organization(&self, phrase: &str) -> bool {
        self.label(phrase) == Some(EntityLabel::Org)
            || self.organizations.get(phrase).is_some_and(Option::is_some)
    }

    /// The longest phrase of `phrases` starting at token `i`, with each word spelled by
    /// `spell`.
    fn longest_by<'w>(
        &self,
        phrases: &HashMap<String, Option<EntityLabel>>,
        i: usize,
        end: usize,
        spell: impl Fn(usize) -> std::borrow::Cow<'w, str>,
    ) -> Option<(usize, EntityLabel)> {
        if i >= end {
            return None;
        }
        // Most words begin no phrase: a probe with the word alone shows it, before any
        // key is built.
        let first = spell(i);
        let mut best = phrases.get(first.as_ref())?.map(|label| (1, label));
        let mut key = first.into_owned();
        for len in 2..=self.longest.min(end - i) {
            key.push(' ');
            key.push_str(&spell(i + len - 1));
            match phrases.get(&key) {
                Some(Some(label)) => best = Some((len, *label)),
                Some(None) => {}
                None => break,
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
        let folded = self.longest_by(&self.phrases, i, end, |k| {
            let mut chars = doc.word(k).chars();
            let mut out = String::new();
            if let Some(first) = chars.next() {
                out.push(first);
                out.extend(chars.flat_map(char::to_lowercase));
            }
            out.into()
        });
        match (exact, folded) {
            (Some(e), Some(f)) => Some(if f.0 > e.0 { f } else { e }),
            (e, f) => e.or(f),
        }
    }

    /// The label of one exact phrase.
    pub fn label(&self, phrase: &str) -> Option<EntityLabel> {
        self.phrases.get(phrase).copied().flatten()
    }

    /// The gender usually given to a first name, if it is one.
    pub fn given_name(&self, word: &str) -> Option<Gender> {
        self.given.get(word).copied()
    }

    /// The gender of a person first-named `word`, for telling whom "he" or "she" means:
    /// as `given_name`, except for names that both lists hold but news gives almost only
    /// to men or to women ("Bill Clinton", "Hillary Clinton"). The entity model keeps
    /// `given_name`, which it was trained on.
    pub fn person_gender(&self, word: &str) -> Option<Gender> {
        if MOSTLY_MALE.contains(&word) {
            Some(Gender::Male)
        } else if MOSTLY_FEMALE.contains(&word) {
            Some(Gender::Female)
        } else {
            self.given_name(word)
        }
    }
}

/// Given names in both lists that news gives almost only to men.
#[rustfmt::skip]
const MOSTLY_MALE: &[&str] = &[
    "Adrian", "Alfie", "Andy", "Austin", "Barry", "Bernie", "Bill", "Billy", "Bobby", "Brett",
    "Chad", "Christian", "Cody", "Danny", "Darryl", "Daryl", "Eddie", "Frank", "Fred",
    "Freddie", "Gabriel", "Gene", "George", "Glen", "Glenn", "Gus", "Heath", "Jerry", "Jesse",
    "Joey", "Kyle", "Lindsey", "Max", "Noel", "Perry", "Phil", "Randy", "Ray", "Reggie",
    "Ricky", "Ronnie", "Rory", "Sammy", "Sean", "Shane", "Shaun", "Shawn", "Ted", "Teddy",
    "Theo", "Tim", "Tommy", "Tony", "Vinny", "Willie",
];

/// Given names in both lists that news gives almost only to women.
#[rustfmt::skip]
const MOSTLY_FEMALE: &[&str] = &[
    "Abby", "Andrea", "Angie", "Brooke", "Carly", "Claire", "Clare", "Connie", "Courtney",
    "Evelyn", "Gail", "Grace", "Hazel", "Hilary", "Hillary", "Holly", "Julie", "Kylie", "Lauren",
    "Meredith", "Nicola", "Nikki", "Paige", "Penny", "Ruby", "Simone", "Tammy", "Tracey",
    "Whitney",
];

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

    #[test]
    fn front_coded_lines_share_the_start_of_the_line_before() {
        let mut line = String::new();
        let decoded: Vec<String> = ["0Élysée", "2ysium", "0Abbe", "4y", "3ie"]
            .iter()
            .map(|coded| {
                front_decode(&mut line, coded);
                line.clone()
            })
            .collect();
        assert_eq!(decoded, ["Élysée", "Élysium", "Abbe", "Abbey", "Abbie"]);
    }

    #[test]
    fn organizations_the_model_never_saw_are_listed_apart() {
        let g = get();
        for name in ["Nintendo", "Thai Airways", "UEFA", "Ofsted"] {
            assert!(g.is_organization(name), "{name}");
            // The model's own features do not see them.
            assert_eq!(g.label(name), None, "{name}");
        }
    }
}
