//! What the whole article says about its words, computed once before any token's
//! features: gazetteer matches, where a word is seen capitalized or in lower case, and
//! which sentences are shouted. The entity model's document-level features and several
//! fix-up steps read it, so a word's neighbours elsewhere count without a second pass.

use super::super::lexicon::{self, is_company_ending};
use super::super::model::EntityLabel;
use super::super::text::Document;
use super::gazetteer;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// What the whole document says about its words, computed once.
pub struct DocContext<'d> {
    /// Per token: the gazetteer label covering it, and whether it begins the match.
    pub(super) gazetteer: Vec<Option<(EntityLabel, bool)>>,
    /// What the article shows of each word, as the `SEEN_*` bits: one lookup a word.
    pub(super) seen: HashMap<&'d str, u8>,
    /// Words seen entirely in lower case.
    pub(super) lowercase: HashSet<&'d str>,
    /// Per sentence: written in capitals or title case, so capitals say little.
    pub(super) shouting: Vec<bool>,
}

/// Seen capitalized away from a sentence start.
pub(super) const SEEN_CAPITALIZED_INSIDE: u8 = 1;

/// Seen right after a title or a first name ("Mr. Cotti").
pub(super) const SEEN_AFTER_TITLE: u8 = 2;

/// Seen right before a company ending ("Pirelli SpA").
pub(super) const SEEN_BEFORE_COMPANY: u8 = 4;

/// Seen right after "in", "at" or "from".
pub(super) const SEEN_AFTER_LOCATIVE: u8 = 8;

impl<'d> DocContext<'d> {
    pub fn new(doc: &Document<'d>) -> DocContext<'d> {
        let gaz = gazetteer::get();
        let mut gazetteer = vec![None; doc.tokens.len()];
        for s in &doc.sentences {
            let mut i = s.tokens.start;
            while i < s.tokens.end {
                match gaz.longest_at_folded(doc, i, s.tokens.end) {
                    Some((len, label)) => {
                        for (k, slot) in gazetteer[i..i + len].iter_mut().enumerate() {
                            *slot = Some((label, k == 0));
                        }
                        i += len;
                    }
                    None => i += 1,
                }
            }
        }
        let mut seen: HashMap<&str, u8> =
            HashMap::with_capacity_and_hasher(distinct_words(doc, 8), Default::default());
        let mut lowercase =
            HashSet::with_capacity_and_hasher(distinct_words(doc, 2), Default::default());
        for s in &doc.sentences {
            for i in s.tokens.clone() {
                let w = doc.word(i);
                if i > s.tokens.start && doc.is_capitalized(i) && !is_upper(w) {
                    *seen.entry(w).or_default() |= SEEN_CAPITALIZED_INSIDE;
                } else if w.chars().all(|c| !c.is_uppercase()) {
                    lowercase.insert(w);
                }
            }
        }
        let shouting = doc
            .sentences
            .iter()
            .map(|s| {
                let (mut letters, mut upper) = (0, 0);
                for c in doc.slice(s.tokens.clone()).chars() {
                    if c.is_alphabetic() {
                        letters += 1;
                        upper += usize::from(c.is_uppercase());
                    }
                }
                doc.paragraphs[s.paragraph].headline || (letters > 8 && upper * 10 >= letters * 7)
            })
            .collect();
        for s in &doc.sentences {
            // "Orsetti SpA cut jobs.": a company ending says as much at a sentence's start.
            let first = s.tokens.start;
            if first + 1 < s.tokens.end && is_company_ending(doc.word(first + 1)) {
                *seen.entry(doc.word(first)).or_default() |= SEEN_BEFORE_COMPANY;
            }
            for i in s.tokens.start + 1..s.tokens.end {
                if !doc.is_capitalized(i) {
                    continue;
                }
                let prev = doc.word(i - 1);
                let titled = lexicon::TITLES.contains(doc.low(i - 1))
                    || (doc.is_capitalized(i - 1) && gaz.given_name(prev).is_some());
                if titled {
                    *seen.entry(doc.word(i)).or_default() |= SEEN_AFTER_TITLE;
                }
                if matches!(doc.low(i - 1), "in" | "at" | "from") {
                    *seen.entry(doc.word(i)).or_default() |= SEEN_AFTER_LOCATIVE;
                }
                if i + 1 < s.tokens.end && is_company_ending(doc.word(i + 1)) {
                    *seen.entry(doc.word(i)).or_default() |= SEEN_BEFORE_COMPANY;
                }
            }
        }
        DocContext {
            gazetteer,
            seen,
            lowercase,
            shouting,
        }
    }

    /// Whether token `i`'s word also appears entirely in lower case in the article.
    pub fn is_lowercase_word(&self, doc: &Document, i: usize) -> bool {
        self.lowercase.contains(doc.low(i))
    }

    /// Whether token `i`'s word is seen right before a company ending ("Pirelli SpA").
    pub fn names_a_company(&self, doc: &Document, i: usize) -> bool {
        self.seen
            .get(doc.word(i))
            .is_some_and(|&bits| bits & SEEN_BEFORE_COMPANY != 0)
    }

    /// Whether sentence `s` is written in capitals or title case.
    pub fn is_shouting(&self, s: usize) -> bool {
        self.shouting[s]
    }

    /// The gazetteer label over token `i`, if any.
    pub fn gazetteer_label(&self, i: usize) -> Option<EntityLabel> {
        self.gazetteer[i].map(|(l, _)| l)
    }
}

/// A first guess at how many distinct words of some kind `doc` has, one in `share` of its
/// tokens, for sizing a map once rather than regrowing it: right for an article, and
/// bounded for a book, whose share of new words is far smaller.
pub fn distinct_words(doc: &Document, share: usize) -> usize {
    (doc.tokens.len() / share).min(1 << 14)
}

/// Whether `w` has letters and all of them are capitals ("JAPAN", "U.S.").
pub fn is_upper(w: &str) -> bool {
    w.chars().any(|c| c.is_alphabetic()) && !w.chars().any(|c| c.is_lowercase())
}
