//! The phrase after a verb: the source after an inverted verb or "according to" ("said
//! Hugh Hill", "according to the report"), and the time and manner phrases a verb may
//! take before its content ("said on Saturday in a statement that").
//!
//! After the verb there is no clause boundary to stop at, so the phrase ends at the first
//! word that cannot go on a name or a source noun: a preposition, a clause word, a time,
//! unless it is part of a name ("said Will Doyle").

use super::asides::is_boundary_punct;
use super::noun_phrase::{looks_like_source, MAX_SUBJECT};
use crate::analysis::lexicon::{self, TIME_WORDS};
use crate::analysis::text::{Document, TokenKind};
use std::ops::Range;

/// The noun phrase starting at `start` (after an inverted verb or "according to"),
/// ending before `limit`.
pub fn phrase_after(doc: &Document, start: usize, limit: usize) -> Option<Range<usize>> {
    if start >= limit
        || lexicon::PREPOSITIONS.contains(doc.low(start))
        || TIME_WORDS.contains(doc.low(start))
        || matches!(doc.low(start), "that" | "it" | "so" | "yes" | "no")
    {
        return None;
    }
    let mut end = start;
    while end < limit && end - start < MAX_SUBJECT && !ends_phrase_after(doc, start, end, limit) {
        end += 1;
    }
    let np = start..end;
    looks_like_source(doc, np.clone()).then_some(np)
}

/// Whether token `end` ends the phrase that opens at `start`.
fn ends_phrase_after(doc: &Document, start: usize, end: usize, limit: usize) -> bool {
    let w = doc.low(end);
    if is_boundary_punct(doc.word(end)) {
        return true;
    }
    let stops = !doc.is_name_word(end) && lexicon::AFTER_PHRASE_STOPS.contains(w);
    // "a source involved in the creation", "a person familiar with the matter".
    let modifier = end > start
        && matches!(w, "in" | "with" | "to" | "on")
        && lexicon::is_source_modifier(doc.low(end - 1));
    // "said Nortel president and chief executive Bill Owens": one person's titles; but
    // "the president and Mrs. Clinton" are two people.
    let titles = w == "and"
        && end > start
        && end + 1 < limit
        && lexicon::TITLES.contains(doc.low(end - 1))
        && lexicon::TITLES.contains(doc.low(end + 1))
        && !lexicon::is_honorific(doc.low(end + 1));
    if topic_after_name(doc, start, end, limit) || number_after_noun(doc, start, end) {
        return true;
    }
    !modifier && !titles && (stops || (end > start && TIME_WORDS.contains(w)))
}

/// `said analyst Gerard Rijk of Inbev's strong performance`, "said Smith of the plan":
/// "of" after a name, then a common noun (after any article or possessive name), is what
/// was spoken of, not an affiliation ("of IT firm Dimension Data", "Bank of England
/// deputy governor", "of Newark last week").
fn topic_after_name(doc: &Document, start: usize, end: usize, limit: usize) -> bool {
    if doc.low(end) != "of" || end == start || !doc.is_name_word(end - 1) {
        return false;
    }
    let mut k = end + 1;
    if k < limit && lexicon::ARTICLES.contains(&doc.low(k)) {
        k += 1;
    }
    if k + 1 < limit && doc.is_capitalized(k) && doc.low(k + 1) == "'s" {
        k += 2;
    }
    k < limit && doc.tokens[k].kind == TokenKind::Word && !doc.is_capitalized(k)
}

/// "According to the commission's report 12 million people are …": with no comma, a
/// number after a common noun opens what was said.
fn number_after_noun(doc: &Document, start: usize, end: usize) -> bool {
    end > start
        && doc.tokens[end].kind == TokenKind::Number
        && !doc.is_capitalized(end - 1)
        && doc.tokens[end - 1].kind == TokenKind::Word
        && !lexicon::PREPOSITIONS.contains(doc.low(end - 1))
        && !lexicon::DEFINITE.contains(doc.low(end - 1))
        && !lexicon::INDEFINITE.contains(doc.low(end - 1))
}

/// Words of a time or manner phrase that may follow a verb before its content:
/// "said on Saturday that", "said in a statement that", "said last week".
pub fn skip_adverbials(doc: &Document, mut i: usize, limit: usize) -> usize {
    loop {
        let start = i;
        if i < limit && TIME_WORDS.contains(doc.low(i)) {
            i += 1;
        }
        let opens = |w: &str| {
            lexicon::TIME_OPENERS.contains(&w)
                || matches!(w, "during" | "late" | "early" | "earlier")
        };
        if i < limit && opens(doc.low(i)) {
            // A short phrase ending at a time word or a noun like "statement".
            let mut k = i + 1;
            while k < limit && k - i <= 5 && !is_boundary_punct(doc.word(k)) && doc.low(k) != "that"
            {
                k += 1;
            }
            let tail = doc.low(k - 1);
            let ends_ok = TIME_WORDS.contains(tail)
                // SPEECH_NOUNS but "comments", "tweets", "testimony", "column", "memoir", not
                // tried here: "recounted telling them in her memoir." would become a tag.
                || matches!(
                    tail,
                    "statement"
                        | "interview"
                        | "tweet"
                        | "post"
                        | "letter"
                        | "speech"
                        | "conference"
                        | "briefing"
                        | "email"
                        | "call"
                        | "rally"
                        | "address"
                        | "appearance"
                        | "debate"
                        | "hearing"
                        | "meeting"
                        | "remarks"
                        | "op-ed"
                        | "broadcast"
                        | "video"
                        | "message"
                        | "release"
                        | "report"
                        | "filing"
                        | "response"
                        | "reply"
                )
                || tail.chars().all(|c| c.is_ascii_digit())
                // "on Twitter", but not "during a taping of a MSNBC town hall".
                || (lexicon::PLATFORMS.contains(tail)
                    && (k == limit || is_boundary_punct(doc.word(k)) || doc.low(k) == "that"));
            if ends_ok && k > i + 1 {
                i = k;
            }
        }
        if i < limit && lexicon::REPORTING_ADVERBS.contains(&doc.low(i)) {
            i += 1;
        }
        if i == start {
            return i;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The phrase after the first word of `text`.
    fn after_verb(text: &str) -> Option<String> {
        let doc = Document::new(text);
        let np = phrase_after(&doc, 1, doc.tokens.len())?;
        Some(doc.slice(np).to_string())
    }

    /// The word that `skip_adverbials` stops at, after the first word of `text`.
    fn content_opens(text: &str) -> String {
        let doc = Document::new(text);
        let i = skip_adverbials(&doc, 1, doc.tokens.len());
        doc.tokens.get(i).map_or("", |_| doc.word(i)).to_string()
    }

    #[test]
    fn the_phrase_ends_at_punctuation_a_stop_word_or_a_time() {
        assert_eq!(
            after_verb("said Hugh Hill, a doctor, on Monday").as_deref(),
            Some("Hugh Hill")
        );
        assert_eq!(
            after_verb("said the mayor on Monday").as_deref(),
            Some("the mayor")
        );
        assert_eq!(after_verb("said Ruiz yesterday").as_deref(), Some("Ruiz"));
    }

    #[test]
    fn a_stop_word_in_a_name_goes_on() {
        assert_eq!(
            after_verb("said Will Doyle in a statement").as_deref(),
            Some("Will Doyle")
        );
    }

    #[test]
    fn a_source_modifier_takes_its_object() {
        assert_eq!(
            after_verb("to a person familiar with the talks.").as_deref(),
            Some("a person familiar with the talks")
        );
    }

    #[test]
    fn titles_joined_by_and_are_one_persons() {
        assert_eq!(
            after_verb("said Nortel president and chief executive Bill Owens").as_deref(),
            Some("Nortel president and chief executive Bill Owens")
        );
        assert_eq!(
            after_verb("said the president and Mrs. Clinton").as_deref(),
            Some("the president")
        );
    }

    #[test]
    fn of_and_a_common_noun_after_a_name_is_the_topic() {
        assert_eq!(
            after_verb("said analyst Gerard Rijk of Inbev's strong results").as_deref(),
            Some("analyst Gerard Rijk")
        );
        assert_eq!(
            after_verb("said Jane Doe of the Centre for Policy").as_deref(),
            Some("Jane Doe of the Centre for Policy")
        );
    }

    #[test]
    fn a_number_after_a_common_noun_opens_what_was_said() {
        assert_eq!(
            after_verb("to the commission's report 12 million people are poor").as_deref(),
            Some("the commission's report")
        );
    }

    #[test]
    fn no_phrase_opens_with_a_preposition_a_time_or_that() {
        assert_eq!(after_verb("said in a statement"), None);
        assert_eq!(after_verb("said yesterday"), None);
        assert_eq!(after_verb("said that it"), None);
    }

    #[test]
    fn times_statements_and_platforms_before_the_content() {
        assert_eq!(
            content_opens("said on Monday in a statement that it"),
            "that"
        );
        assert_eq!(content_opens("said last week, the plan"), ",");
        assert_eq!(content_opens("said on Twitter that it"), "that");
        assert_eq!(content_opens("said also it"), "it");
        // Not a platform in the middle of a longer phrase.
        assert_eq!(
            content_opens("said during a taping of a MSNBC town hall"),
            "during"
        );
    }
}
