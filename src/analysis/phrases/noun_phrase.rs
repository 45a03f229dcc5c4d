//! The noun phrase that ends at a token, and whether a phrase can name a source at all.
//!
//! What the subject before a verb, a clause's subject and the phrase after a verb share:
//! each finds its edges its own way, then trims sentence adverbs and datelines from them
//! ([`trim_edges`]) and asks [`looks_like_source`], so that a time, a place or a clause is
//! never taken for a speaker.

use super::asides::{is_boundary_punct, is_plural_possessive, quoted_title_before};
use super::verbs::is_verbish;
use crate::analysis::cues;
use crate::analysis::lexicon::{self, CLAUSE_WORDS, TIME_WORDS};
use crate::analysis::text::{Document, TokenKind};
use std::ops::Range;

/// The longest subject we accept; anything longer is a clause, not a name.
pub(super) const MAX_SUBJECT: usize = 12;

/// Whether a phrase names a source rather than a place or time: it has a capitalized word,
/// a pronoun or a source noun, and does not open with a preposition.
pub fn names_someone(doc: &Document, np: &Range<usize>) -> bool {
    !lexicon::PREPOSITIONS.contains(doc.low(np.start))
        && np.clone().any(|i| {
            doc.is_capitalized(i)
                || lexicon::is_source_noun(doc.low(i))
                || lexicon::is_pronoun(doc.low(i))
        })
}

/// The noun phrase that ends just before token `end`.
pub(super) fn phrase_ending_at(doc: &Document, end: usize, floor: usize) -> Option<Range<usize>> {
    // "the report, which notes": a "which" after a comma speaks for the phrase before it.
    if end >= floor + 2 && doc.low(end - 1) == "which" && doc.word(end - 2) == "," {
        return phrase_ending_at(doc, end - 2, floor);
    }
    if let Some(pronoun) = pronoun_after_opening(doc, end, floor) {
        return Some(pronoun);
    }
    let mut start = end;
    while start > floor && end - start < MAX_SUBJECT {
        // `the authors of the "Growth and Opportunity Project" wrote`.
        if let Some(open) = quoted_title_before(doc, start, floor) {
            start = open;
            continue;
        }
        if joined_by_and(doc, start, end, floor) {
            start -= 1;
            continue;
        }
        let w = doc.low(start - 1);
        // "a source close to the White House": the modifier's object is no subject.
        let modifier =
            w == "to" && start >= floor + 2 && lexicon::is_source_modifier(doc.low(start - 2));
        if is_boundary_punct(doc.word(start - 1)) && !is_plural_possessive(doc, start - 1)
            || CLAUSE_WORDS.contains(w) && !doc.is_name_word(start - 1) && !modifier
        {
            // "who" is itself a subject: "Trump, who said ...".
            if start == end && w == "who" {
                start -= 1;
            }
            // "But that source": a demonstrative opening the phrase, not a conjunction.
            if start < end && matches!(w, "that" | "this") && opens_phrase(doc, start - 1, floor) {
                start -= 1;
            }
            break;
        }
        if verb_before(doc, start, end, floor) || opens_own_phrase(doc, start, end) {
            break;
        }
        start -= 1;
    }
    // "had planned to give remarks": a verb after "to" is no subject ("to the forum" is
    // a phrase).
    let determined = {
        let w = doc.low(start);
        lexicon::ARTICLES.contains(&w)
            || lexicon::POSSESSIVES.contains(&w)
            || lexicon::SINGULAR_DEMONSTRATIVES.contains(&w)
            || lexicon::PLURAL_DEMONSTRATIVES.contains(&w)
    };
    if start > floor && doc.low(start - 1) == "to" && !doc.is_capitalized(start) && !determined {
        return None;
    }
    let np = trim_edges(doc, start..end);
    looks_like_source(doc, np.clone()).then_some(np)
}

/// The noun phrase a restrictive relative pronoun at `who` hangs from: the words right
/// before it, back to a preposition, a verb or a clause word ("faced pressure from
/// exporter groups which have stated" is "exporter groups"), with their determiner.
pub(super) fn antecedent(doc: &Document, who: usize, floor: usize) -> Range<usize> {
    let mut k = who;
    while k > floor && who - k < MAX_SUBJECT {
        let w = doc.low(k - 1);
        if is_boundary_punct(doc.word(k - 1))
            || lexicon::PREPOSITIONS.contains(w)
            || CLAUSE_WORDS.contains(w)
            || is_verbish(doc, k - 1)
        {
            break;
        }
        k -= 1;
        if lexicon::ARTICLES.contains(&w) || lexicon::POSSESSIVES.contains(&w) {
            break;
        }
    }
    k..who
}

/// "In a statement she said": a subject pronoun ending at `end` after an opening
/// prepositional phrase without a comma is the whole subject.
fn pronoun_after_opening(doc: &Document, end: usize, floor: usize) -> Option<Range<usize>> {
    if end <= floor {
        return None;
    }
    let w = doc.low(end - 1);
    if !lexicon::PERSONAL_PRONOUNS.contains(w) {
        return None;
    }
    let opening = (floor..end - 1)
        .rev()
        .take(MAX_SUBJECT)
        .take_while(|&k| !is_boundary_punct(doc.word(k)) && !is_verbish(doc, k))
        .last()
        .filter(|&k| opens_phrase(doc, k, floor) && k + 1 < end - 1);
    opening
        .is_some_and(|k| lexicon::PREPOSITIONS.contains(doc.low(k)))
        .then_some(end - 1..end)
}

/// "Ministers from European and Asian governments", "the Institute of Purchasing and
/// Supply": two capitalized words joined by the "and" before `start`, after a
/// preposition, are one phrase's modifiers or name, not two subjects.
fn joined_by_and(doc: &Document, start: usize, end: usize, floor: usize) -> bool {
    start >= floor + 3
        && start < end
        && doc.low(start - 1) == "and"
        && doc.is_capitalized(start)
        && doc.is_capitalized(start - 2)
        && lexicon::PREPOSITIONS.contains(doc.low(start - 3))
}

/// Whether the word before `start` is a verb that ends the phrase: "Cruz's thinking" and
/// "the report" are nouns, "state" before a title is none ("state Sen. Jason Holsman"),
/// nor is the word right before the verb, the subject's head ("a 2014 committee report
/// found").
fn verb_before(doc: &Document, start: usize, end: usize, floor: usize) -> bool {
    let w = doc.low(start - 1);
    let owned = start >= floor + 2 && {
        let w = doc.low(start - 2);
        w == "'s" || lexicon::ARTICLES.contains(&w) || lexicon::POSSESSIVES.contains(&w)
    };
    let state_title = w == "state" && start < end && lexicon::TITLES.contains(doc.low(start));
    let noun = state_title || start == end;
    cues::verb(w).is_some() && !doc.is_capitalized(start - 1) && !owned && !noun
}

/// Whether a phrase of its own opens at `start`, after a common noun: "at which point the
/// crowd chanted" ("all the", "of the" go on), "surprised by the announcement many
/// analysts had already said".
fn opens_own_phrase(doc: &Document, start: usize, end: usize) -> bool {
    let w = doc.low(start - 1);
    let next = doc.low(start);
    // Not "all" or "both", which go on before an article: "all the".
    let opens = lexicon::ARTICLES.contains(&next)
        || lexicon::QUANTIFIERS.contains(&next) && !matches!(next, "all" | "both");
    start < end
        && opens
        && !doc.is_capitalized(start - 1)
        && !lexicon::PREPOSITIONS.contains(w)
        && !matches!(w, "all" | "both" | "half")
}

/// Whether token `i` starts a clause: it opens the sentence or follows punctuation or a
/// conjunction.
fn opens_phrase(doc: &Document, i: usize, floor: usize) -> bool {
    i == floor
        || is_boundary_punct(doc.word(i - 1))
        || lexicon::CLAUSE_OPENERS.contains(doc.low(i - 1))
}

/// Drops sentence adverbs and a time adverbial without a comma: "But that source" ->
/// "that source", "On Saturday the minister" -> "the minister"; and an emphatic
/// reflexive at the end: "the president himself" -> "the president".
pub(super) fn trim_edges(doc: &Document, mut np: Range<usize>) -> Range<usize> {
    if np.len() > 1 && lexicon::REFLEXIVES.contains(&doc.low(np.end - 1)) {
        np.end -= 1;
    }
    while np.len() > 1 {
        let w = doc.low(np.start);
        // "Recently she", "Finally the president"; not "Kelly Ayotte".
        let adverb = lexicon::is_ly_adverb(w)
            && !doc.is_name_word(np.start)
            && doc.tokens[np.start + 1].kind == TokenKind::Word
            && !doc.is_capitalized(np.start + 1);
        if lexicon::CLAUSE_OPENERS.contains(w) || lexicon::TIME_ADVERBS.contains(&w) || adverb {
            np.start += 1;
            continue;
        }
        // "WASHINGTON (Reuters) - Mayor Ana Ruiz said": the dateline is no part of it.
        if let Some(dash) = (np.start..np.end - 1).find(|&k| doc.word(k) == "-") {
            let dateline = (np.start..dash)
                .all(|k| doc.is_capitalized(k) || matches!(doc.word(k), "(" | ")" | ","));
            if dateline {
                np.start = dash + 1;
                continue;
            }
        }
        // "remarks made by a campaign volunteer who said", "echoed by Richard Eyre who
        // called": the agent is the phrase.
        if w == "by" {
            np.start += 1;
            continue;
        }
        if np.len() > 2 && doc.low(np.start + 1) == "by" && !doc.is_capitalized(np.start) {
            np.start += 2;
            continue;
        }
        if lexicon::TIME_OPENERS.contains(&w) || matches!(w, "after" | "before" | "during") {
            if let Some(k) = (np.start + 1..np.end).find(|&k| {
                let next = doc.low(k);
                TIME_WORDS.contains(next) || next.chars().all(|c| c.is_ascii_digit())
            }) {
                np.start = k + 1;
                continue;
            }
        }
        break;
    }
    np
}

/// Whether `np` can name a source: it ends in a pronoun, a name or a noun, and holds no
/// verb ("run through the last primaries") or opening preposition ("for the racial").
pub(super) fn looks_like_source(doc: &Document, np: Range<usize>) -> bool {
    if np.is_empty() {
        return false;
    }
    let first = doc.low(np.start);
    let last = np.end - 1;
    let w = doc.low(last);
    // "Theresa May", "Al From", and a lone "May" or "From" inside a sentence are names;
    // "in May" is a time.
    let surname = doc.is_name_word(last)
        && if last > np.start {
            doc.is_capitalized(last - 1)
        } else {
            lexicon::PREPOSITIONS.contains(w) || matches!(w, "may" | "will" | "june" | "april")
        };
    // "managing director Anna Lindqvist", "acting chairman": an -ing word before a title
    // is part of it, not a verb.
    let titled = np.len() > 1 && lexicon::TITLES.contains(doc.low(np.start + 1));
    if lexicon::PREPOSITIONS.contains(first) && !(surname && np.len() == 1)
        || lexicon::SUBORDINATORS.contains(w) && np.len() == 1 && !doc.is_capitalized(last)
        || lexicon::is_ing_form(doc, np.start) && !titled
        || lexicon::PREPOSITIONS.contains(w) && !surname
    {
        return false;
    }
    if quoted_title_before(doc, np.end, np.start).is_some() {
        return true;
    }
    if lexicon::is_pronoun(w) {
        return np.len() == 1;
    }
    if doc.tokens[last].kind == TokenKind::Punct || TIME_WORDS.contains(w) && !surname {
        return false;
    }
    if doc.is_capitalized(last) {
        return true;
    }
    // `said quietly`: a lone adverb, not an inverted subject.
    if np.len() == 1 && lexicon::is_ly_adverb(w) {
        return false;
    }
    // "a source involved in the creation": a source noun with a modifier after it.
    // "one Republican involved in the planning": a name before such a modifier. "the
    // director of commercial planning": a source noun before "of" or "for".
    let modified_source = np.clone().any(|i| {
        lexicon::ANONYMOUS_HEADS.contains(doc.low(i))
            || i > np.start && lexicon::is_source_modifier(doc.low(i)) && doc.is_capitalized(i - 1)
            || i + 1 < np.end
                && lexicon::is_source_noun(doc.low(i))
                && matches!(doc.low(i + 1), "of" | "for")
    });
    !(w.ends_with("ed") || w.ends_with("ing")) || lexicon::is_source_noun(w) || modified_source
}

#[cfg(test)]
mod tests {
    use super::super::token;
    use super::*;

    /// The phrase that ends before `word`.
    fn ending_before(text: &str, word: &str) -> Option<String> {
        let doc = Document::new(text);
        let np = phrase_ending_at(&doc, token(&doc, word), 0)?;
        Some(doc.slice(np).to_string())
    }

    fn trimmed(text: &str) -> String {
        let doc = Document::new(text);
        doc.slice(trim_edges(&doc, 0..doc.tokens.len())).to_string()
    }

    fn looks(text: &str) -> bool {
        let doc = Document::new(text);
        looks_like_source(&doc, 0..doc.tokens.len())
    }

    #[test]
    fn a_phrase_ends_at_a_clause_word_or_punctuation() {
        assert_eq!(
            ending_before("It rained, and the port official said", "said").as_deref(),
            Some("the port official")
        );
        assert_eq!(
            ending_before("Trump, who said it", "said").as_deref(),
            Some("who")
        );
    }

    #[test]
    fn the_object_of_a_source_modifier_is_part_of_it() {
        assert_eq!(
            ending_before("a source close to the White House said", "said").as_deref(),
            Some("a source close to the White House")
        );
    }

    #[test]
    fn a_verb_to_the_left_ends_the_phrase_but_not_after_a_determiner() {
        assert_eq!(
            ending_before("He said Ruiz told reporters", "told").as_deref(),
            Some("Ruiz")
        );
        assert_eq!(
            ending_before("he rejected a 2014 committee report found", "found").as_deref(),
            Some("a 2014 committee report")
        );
    }

    #[test]
    fn a_determiner_opens_a_phrase_of_its_own_after_a_noun() {
        assert_eq!(
            ending_before("at which point the crowd chanted", "chanted").as_deref(),
            Some("the crowd")
        );
    }

    #[test]
    fn a_pronoun_after_an_opening_phrase_is_the_whole_subject() {
        assert_eq!(
            ending_before("In a statement she said", "said").as_deref(),
            Some("she")
        );
    }

    #[test]
    fn capitals_joined_by_and_after_a_preposition_are_one_phrase() {
        assert_eq!(
            ending_before("Ministers from European and Asian governments said", "said").as_deref(),
            Some("Ministers from European and Asian governments")
        );
    }

    #[test]
    fn no_subject_after_to() {
        assert_eq!(
            ending_before("had planned to give remarks", "remarks"),
            None
        );
    }

    #[test]
    fn a_restrictive_who_hangs_from_the_words_before_it() {
        let doc = Document::new("faced pressure from exporter groups which have stated");
        let np = antecedent(&doc, token(&doc, "which"), 0);
        assert_eq!(doc.slice(np), "exporter groups");
    }

    #[test]
    fn edges_lose_adverbs_times_datelines_and_reflexives() {
        assert_eq!(trimmed("But that source"), "that source");
        assert_eq!(trimmed("On Saturday the minister"), "the minister");
        assert_eq!(trimmed("Recently she"), "she");
        assert_eq!(trimmed("the president himself"), "the president");
        assert_eq!(
            trimmed("WASHINGTON (Reuters) - Mayor Ana Ruiz"),
            "Mayor Ana Ruiz"
        );
        assert_eq!(trimmed("echoed by Richard Eyre"), "Richard Eyre");
        assert_eq!(trimmed("Kelly Ayotte"), "Kelly Ayotte");
    }

    #[test]
    fn a_source_is_no_time_place_adverb_or_participle() {
        assert!(looks("Theresa May"));
        assert!(looks("a diplomatic source"));
        assert!(looks("a person familiar with the talks"));
        assert!(!looks("in May"));
        assert!(!looks("quietly"));
        assert!(!looks("running the race"));
        assert!(!looks("the planned"));
    }

    #[test]
    fn someone_is_a_capital_a_pronoun_or_a_source_noun() {
        let doc = Document::new("Ruiz . they . officials . in London . the weather");
        let names = |r: Range<usize>| names_someone(&doc, &r);
        assert!(names(0..1));
        assert!(names(2..3));
        assert!(names(4..5));
        assert!(!names(6..8));
        assert!(!names(9..11));
    }
}
