//! The subject of a clause: of a sentence's main clause ("At an event in Ames, Iowa, on
//! Sunday, Mrs. Clinton …"), and of the clause that a participle or an infinitive hangs
//! from ("Trump, saying", "He went on to say").
//!
//! A participle has no subject of its own, so its speaker is found from the clause around
//! it: the nearest subordinate clause if there is one, else the main clause, whose opening
//! adverbials and conjunctions are stepped over.

use super::asides::{is_boundary_punct, opens_aside, MAX_ASIDE};
use super::noun_phrase::{looks_like_source, trim_edges, MAX_SUBJECT};
use super::subject::{subject_before, time_phrase_opener};
use super::verbs::is_verbish;
use crate::analysis::cues;
use crate::analysis::lexicon::{self, CLAUSE_WORDS, TIME_WORDS};
use crate::analysis::text::Document;
use std::ops::Range;

/// The subject of the clause that a non-finite cue at `i` hangs from: "Trump, saying",
/// "He went on to say". The nearest clause if it is subordinate ("…, when protesters
/// interrupted her, shouting"), else the main clause.
pub fn governing_subject(doc: &Document, i: usize) -> Option<Range<usize>> {
    let sentence = doc.sentences[doc.sentence_of[i]].tokens.clone();
    let verb = (sentence.start..i).rev().find(|&k| is_verbish(doc, k));
    if let Some(v) = verb {
        // "was prompted": a passive's subject sits before "was".
        let passive = v > sentence.start && cues::is_be(doc.low(v - 1));
        let head = if passive { v - 1 } else { v };
        if let Some(np) = subject_before(doc, head, sentence.start).into_iter().next() {
            let subordinate =
                np.start > sentence.start && lexicon::SUBORDINATORS.contains(doc.low(np.start - 1));
            // "Mr. Trump was prompted to say", "kept saying": the verb right before governs.
            let adjacent = v + 1 == i;
            if subordinate || adjacent {
                return Some(np);
            }
        }
    }
    clause_subject(doc, sentence, i)
}

/// The subject of the main clause of the sentence `sentence`, looking no further than
/// `before`: its first noun phrase, after any conjunction and opening adverbial ("At a
/// campaign event in Ames, Iowa, on Sunday, Mrs. Clinton …").
pub fn clause_subject(
    doc: &Document,
    sentence: Range<usize>,
    before: usize,
) -> Option<Range<usize>> {
    let mut start = sentence.start;
    while start < before {
        let w = doc.low(start);
        if lexicon::CLAUSE_OPENERS.contains(w) {
            start += 1;
            continue;
        }
        // "Appearing before supporters, Suu Kyi said": an opening participial phrase. A
        // name in -ing is followed by its possessive or its verb ("Schilling's son",
        // "Manning said"; `low` has made curly apostrophes straight).
        let participle = start == sentence.start
            && w.len() > 4
            && w.ends_with("ing")
            && !(start + 1 < before && (doc.low(start + 1) == "'s" || is_verbish(doc, start + 1)));
        // "Eight years ago, he …", "Two weeks later, she …": an opening time phrase.
        let time = (start..before.min(start + 5))
            .find(|&k| doc.word(k) == ",")
            .is_some_and(|comma| comma > start && TIME_WORDS.contains(doc.low(comma - 1)));
        if lexicon::OPENERS.contains(w) || participle || time {
            start = (start..before).find(|&k| doc.word(k) == ",")? + 1;
            // "in Ames, Iowa, on Sunday,": short place or time pieces after the first comma.
            while let Some(next) = (start..before.min(start + 5)).find(|&k| doc.word(k) == ",") {
                let piece = start..next;
                let bare = piece.clone().all(|k| !is_verbish(doc, k));
                let place_or_time = doc.is_capitalized(start)
                    || lexicon::PREPOSITIONS.contains(doc.low(start))
                    || TIME_WORDS.contains(doc.low(start));
                if bare && place_or_time && next + 1 < before {
                    start = next + 1;
                } else {
                    break;
                }
            }
            continue;
        }
        break;
    }
    // `Mr. Manafort, citing "…"`: a participle and its quote right after the subject.
    let quoting_participle = before + 1 < doc.tokens.len()
        && doc.low(before).ends_with("ing")
        && matches!(doc.word(before + 1), "\"" | "“" | "``" | "''" | "‘");
    let mut end = start;
    while end < before && end - start < MAX_SUBJECT {
        let word = doc.word(end);
        if word == "," && end + 1 == before && quoting_participle {
            break;
        }
        if word == "," {
            // "Tracy Martin, Trayvon's father, issued": a name, an aside, then the verb.
            let close = (end + 1..before.min(end + MAX_ASIDE)).find(|&k| doc.word(k) == ",");
            let verb_after = close
                .is_some_and(|c| c + 1 < before && (is_verbish(doc, c + 1) || c + 1 == before));
            if verb_after || close.is_some_and(|c| c + 1 < before) && opens_aside(doc, end + 1) {
                break;
            }
            return None;
        }
        let clause_word = CLAUSE_WORDS.contains(doc.low(end)) && !doc.is_name_word(end);
        if is_boundary_punct(word) || is_verbish(doc, end) || clause_word {
            break;
        }
        end += 1;
    }
    // "Donald Trump on Thursday ratcheted up": a time phrase after the subject.
    if end > start && TIME_WORDS.contains(doc.low(end - 1)) {
        if let Some(k) = time_phrase_opener(doc, end, start + 1) {
            end = k;
        }
    }
    let np = trim_edges(doc, start..end);
    looks_like_source(doc, np.clone()).then_some(np)
}

#[cfg(test)]
mod tests {
    use super::super::token;
    use super::*;

    /// The subject of the main clause of `text`'s first sentence, looking no further than
    /// `word`.
    fn main_subject(text: &str, word: &str) -> Option<String> {
        let doc = Document::new(text);
        let np = clause_subject(&doc, doc.sentences[0].tokens.clone(), token(&doc, word))?;
        Some(doc.slice(np).to_string())
    }

    fn governing(text: &str, word: &str) -> Option<String> {
        let doc = Document::new(text);
        let np = governing_subject(&doc, token(&doc, word))?;
        Some(doc.slice(np).to_string())
    }

    #[test]
    fn opening_adverbials_and_conjunctions_are_stepped_over() {
        assert_eq!(
            main_subject(
                "At an event in Ames, Iowa, on Sunday, Mrs. Clinton spoke.",
                "spoke"
            )
            .as_deref(),
            Some("Mrs. Clinton")
        );
        assert_eq!(
            main_subject("But in March, Meloni told them.", "told").as_deref(),
            Some("Meloni")
        );
    }

    #[test]
    fn an_opening_participle_or_time_phrase_is_stepped_over() {
        assert_eq!(
            main_subject("Appearing before supporters, Suu Kyi said it.", "said").as_deref(),
            Some("Suu Kyi")
        );
        assert_eq!(
            main_subject("Eight years ago, he said it.", "said").as_deref(),
            Some("he")
        );
        // A name in -ing, followed by its verb, is no participle.
        assert_eq!(
            main_subject("Manning said it.", ".").as_deref(),
            Some("Manning")
        );
    }

    #[test]
    fn a_name_then_an_aside_then_the_verb() {
        assert_eq!(
            main_subject("Tracy Martin, Trayvon's father, issued a plea.", "plea").as_deref(),
            Some("Tracy Martin")
        );
    }

    #[test]
    fn a_participle_hangs_from_the_main_clause() {
        assert_eq!(
            governing(
                "At an event in Ames, Iowa, on Sunday, Mrs. Clinton spoke, saying it.",
                "saying"
            )
            .as_deref(),
            Some("Mrs. Clinton")
        );
    }

    #[test]
    fn a_participle_hangs_from_the_nearest_subordinate_clause() {
        assert_eq!(
            governing(
                "The incident came, when protesters interrupted her, shouting it.",
                "shouting"
            )
            .as_deref(),
            Some("protesters")
        );
    }

    #[test]
    fn an_infinitive_after_a_passive_takes_its_subject() {
        assert_eq!(
            governing("Mr. Trump was prompted to say it.", "to").as_deref(),
            Some("Mr. Trump")
        );
    }
}
