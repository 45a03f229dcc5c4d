//! A verb of saying in its sentence: how far it may look for its source and content, and
//! where its content clause is (after it, around it, or before its source).
//!
//! The bounds are what keep indirect speech from swallowing its neighbours: a direct
//! quote or a statement already found on either side ends the search, and the words of a
//! tag that only names a quote's speaker are no statement of their own.

use super::cued::{word_count, CuedText, Found, INDIRECT_MIN_WORDS};
use crate::analysis::cues::{Cue, CueShape};
use crate::analysis::lexicon;
use crate::analysis::phrases;
use crate::analysis::text::{Document, TokenKind};
use std::ops::Range;

/// A verb of saying in its sentence: the bounds it may look within, and its sources.
pub(super) struct Frame<'c> {
    pub(super) cue: &'c Cue,
    pub(super) sentence: Range<usize>,
    /// After the nearest direct quote or earlier statement before the verb.
    pub(super) floor: usize,
    /// What lies before `floor` is a direct quote, which the verb may be the tag of.
    pub(super) after_quote: bool,
    /// Before the nearest one after it.
    pub(super) limit: usize,
    /// A direct quote goes on with the clause after the verb, with no punctuation between.
    pub(super) embedded: bool,
    pub(super) found: Found,
    /// The source follows the verb: "said Meloni".
    pub(super) inverted: bool,
    pub(super) source_start: usize,
    pub(super) source_end: usize,
    /// The verb is in a relative clause: "the Post, which said".
    pub(super) relative: bool,
}

impl<'c> Frame<'c> {
    /// Where the verb `cue` may look for its source and content in `sentence`: between
    /// the direct quotes and statements already found around it.
    pub(super) fn new(
        text: &CuedText,
        cue: &'c Cue,
        sentence: Range<usize>,
        direct: &[bool],
        used: &[bool],
    ) -> Option<Frame<'c>> {
        let doc = text.doc;
        let blocked = |i: usize| direct[i] || used[i];
        let floor = (sentence.start..cue.tokens.start)
            .rev()
            .find(|&i| blocked(i))
            .map_or(sentence.start, |i| i + 1);
        let limit = (cue.tokens.end..sentence.end)
            .find(|&i| blocked(i))
            .unwrap_or(sentence.end);
        // `said he believes he "may represent change"`: a quote that goes on with the
        // clause, with no punctuation before it, carries the statement; the words before it
        // are no statement of their own.
        let embedded = limit < sentence.end
            && limit > cue.tokens.end
            && direct[limit]
            && !phrases::is_boundary_punct(doc.word(limit - 1));
        let found = text.sources_of(cue, floor, limit)?;
        let after_quote = floor > sentence.start && direct[floor - 1];
        let source_end = found.sources.iter().map(|s| s.end).max();
        let source_start = found.sources.iter().map(|s| s.start).min();
        let source_start = source_start.unwrap_or(cue.tokens.start);
        Some(Frame {
            cue,
            sentence,
            floor,
            after_quote,
            limit,
            embedded,
            inverted: found.sources[0].start >= cue.tokens.end,
            source_start,
            source_end: source_end.unwrap_or(cue.tokens.end),
            relative: (source_start..cue.tokens.start)
                .any(|k| matches!(doc.low(k), "who" | "which")),
            found,
        })
    }

    /// The words after the verb that may be its content, and whether "that" or a colon
    /// introduces them.
    pub(super) fn content_after(&self, doc: &Document) -> (Range<usize>, bool) {
        let (cue, limit) = (self.cue, self.limit);
        if cue.shape == CueShape::AccordingTo {
            if cue.tokens.start > self.floor && doc.word(cue.tokens.start - 1) == "," {
                // "Sales rose, according to X, but …": what X says is the clause before;
                // what follows is the source's apposition or the sentence going on.
                return (limit..limit, false);
            }
            // "According to X, content": skip the comma after the source.
            let mut s = self.source_end.max(self.found.cue_end);
            if s < limit && doc.word(s) == "," {
                s += 1;
            }
            return (s..limit, false);
        }
        if self.inverted || cue.shape == CueShape::Passive {
            // "…, said Dana Okafor, the chief engineer": what follows describes the source.
            return (limit..limit, false);
        }
        let mut s = self.found.cue_end.max(cue.tokens.end);
        if cue.shape == CueShape::VerbWithHearer && s == cue.tokens.end {
            let hearer = phrases::phrase_after(doc, s, limit).map_or(s, |h| h.end);
            s = told_subject(doc, s, limit).unwrap_or(hearer);
        }
        s = phrases::skip_adverbials(doc, s, limit);
        // "explained through a spokesman that …": "that" a few words on, unless a verb
        // comes first ("said gaming was entering an era that demanded …": a relative)
        // outside an adverbial ("said when asked about it that …").
        if let Some(that) = (s..limit.min(s + 8))
            .take_while(|&k| !phrases::is_boundary_punct(doc.word(k)))
            .find(|&k| doc.low(k) == "that")
            .filter(|&that| {
                lexicon::ADVERBIAL_SUBORDINATORS.contains(&doc.low(s))
                    || !(s..that).any(|k| phrases::is_verbish(doc, k))
            })
        {
            s = that;
        }
        let mut introduced = false;
        while s < limit && matches!(doc.low(s), "that" | ":" | ",") {
            introduced = true;
            s += 1;
        }
        (s..limit, introduced)
    }

    /// `"…," she said, in a caution to her backers`: the tag of a quote says nothing more
    /// after it unless "that" or a colon opens a clause. (With a verb of saying in what
    /// follows, `"…," Trump assured Jones, after Jones assured Trump that …`, the statement
    /// stays, and keeps that verb from taking the next quote.)
    pub(super) fn tags_quote(&self, text: &CuedText, right: &Range<usize>) -> bool {
        let doc = text.doc;
        let cue = self.cue;
        self.after_quote
            && (self.floor..self.source_start.min(cue.tokens.start))
                .all(|k| doc.tokens[k].kind == TokenKind::Punct)
            && !(cue.tokens.end..right.start).any(|k| matches!(doc.low(k), "that" | ":"))
            && right.clone().all(|k| text.cues[k].is_none())
    }

    /// "He grows angry, he says, because …": the statement surrounds its tag.
    pub(super) fn parenthetical(&self, doc: &Document, right: &Range<usize>) -> bool {
        !self.inverted
            && self.cue.shape != CueShape::AccordingTo
            && self.source_start > self.floor + 2
            && doc.word(self.source_start - 1) == ","
            && right.start > self.cue.tokens.end
            && doc.word(right.start - 1) == ","
            // Nothing after the comma may end the text: no token to ask of.
            && !right.is_empty()
            && !lexicon::is_ing_form(doc, right.start)
            && word_count(doc, right.clone()) >= INDIRECT_MIN_WORDS
    }

    /// Whether the words after the verb, `right`, are what was said: a clause of a few
    /// words that "that" or a colon introduces, or that opens like one. "responded on
    /// Twitter, calling it …": a participle after a comma adds to the act instead.
    pub(super) fn says_after(
        &self,
        doc: &Document,
        right: &Range<usize>,
        introduced: bool,
    ) -> bool {
        let clause =
            introduced || self.cue.shape == CueShape::AccordingTo || phrases::is_clause(doc, right);
        let participle = !right.is_empty()
            && right.start > 0
            && doc.word(right.start - 1) == ","
            && lexicon::is_ing_form(doc, right.start)
            && !matches!(
                doc.low(right.start),
                "during"
                    | "nothing"
                    | "something"
                    | "anything"
                    | "everything"
                    | "morning"
                    | "evening"
            );
        clause
            && !participle
            && word_count(doc, right.clone()) >= INDIRECT_MIN_WORDS
            && (introduced || opens_clause(doc, right))
    }

    /// Nothing said after the verb: the content is the clause before the source
    /// ("…, a diplomatic source said"), if it is a clause and ends at a comma.
    pub(super) fn clause_before(&self, doc: &Document) -> Option<Range<usize>> {
        let end = if self.inverted {
            self.cue.tokens.start
        } else {
            self.source_start
        };
        let mut left = self.floor..end;
        while left.end > left.start && matches!(doc.word(left.end - 1), "," | "—" | "–") {
            left.end -= 1;
        }
        let left = trim_punct(doc, left);
        // "When asked about it, X replied": a lone adverbial clause opening the sentence
        // (after a quote it goes on with the quote: `"…" because she would …, he said`).
        let adverbial = || {
            self.floor == self.sentence.start
                && (lexicon::SUBORDINATORS.contains(doc.low(left.start))
                    || doc.low(left.start) == "asked")
                && left.clone().all(|k| doc.word(k) != ",")
        };
        // "In a statement Thursday, X said": an adverbial, not what was said; "The crowd
        // cheered Okafor, who said", "the report, which said": the clause that the
        // relative pronoun hangs from. The whole clause is known here, so its verb may
        // come late ("Talks with … and with … will continue, the LSE said").
        let no_statement = left.is_empty()
            || self.relative
            || adverbial()
            || word_count(doc, left.clone()) < INDIRECT_MIN_WORDS
            || doc.word(end.saturating_sub(1)) != ","
            || !(left.start + 1..left.end).any(|i| phrases::is_verbish(doc, i))
                && !phrases::is_clause(doc, &left);
        (!no_statement).then_some(left)
    }
}

/// Whether the words after a verb can be its content clause: not an infinitive ("told him
/// to leave"), a prepositional phrase ("told AFP on condition of anonymity") or a
/// participle ("added, reflecting her lead").
pub(super) fn opens_clause(doc: &Document, r: &Range<usize>) -> bool {
    if r.is_empty() {
        return false;
    }
    let w = doc.low(r.start);
    // "said gaming was entering an era": a gerund before its verb is a subject.
    let participle = lexicon::is_ing_form(doc, r.start)
        && !(r.start + 1 < r.end && phrases::is_verbish(doc, r.start + 1));
    // "told a station … when asked about it": an adverbial clause, not what was said.
    let adverbial = lexicon::ADVERBIAL_SUBORDINATORS.contains(&w);
    !lexicon::PREPOSITIONS.contains(w) && !participle && !adverbial && w != "not"
}

/// The subject of what was told, a few words after "told" with no "that" between: "told
/// reporters he would run", "told the BBC the party had" (not "the party" in "told the
/// head of the party that", "told him and his aides"). The hearer is a noun phrase: a
/// verb or "to" before the subject means there is none ("promised to declare it").
pub(super) fn told_subject(doc: &Document, hearer: usize, limit: usize) -> Option<usize> {
    if hearer >= limit || lexicon::PREPOSITIONS.contains(doc.low(hearer)) {
        return None; // "warned of the implications a Trump presidency would have"
    }
    // "what she told the FBI with what she told Congress", "tell you who I am".
    let stops = |k: usize| {
        matches!(
            doc.low(k),
            "that"
                | "to"
                | "with"
                | "about"
                | "for"
                | "what"
                | "who"
                | "how"
                | "why"
                | "when"
                | "where"
                | "whether"
                | "if"
        ) || phrases::is_boundary_punct(doc.word(k))
            || phrases::is_verbish(doc, k)
    };
    let k = (hearer..limit.min(hearer + 6))
        .take_while(|&k| !stops(k))
        .skip(1)
        .find(|&k| {
            let w = doc.low(k);
            // Not "her", as often the hearer: "told her the plan". ("that" stops above.)
            let determiner =
                lexicon::DETERMINERS.contains(w) || lexicon::PLURAL_DEMONSTRATIVES.contains(&w);
            (lexicon::PERSONAL_PRONOUNS.contains(w) || determiner && w != "her")
                && !lexicon::PREPOSITIONS.contains(doc.low(k - 1))
                && !matches!(doc.low(k - 1), "and" | "or")
        })?;
    // What follows it is a clause: its verb comes within a few words.
    (k + 1..limit.min(k + 8))
        .any(|i| phrases::is_verbish(doc, i))
        .then_some(k)
}

/// Drops punctuation at both ends of a content clause.
pub(super) fn trim_punct(doc: &Document, mut r: Range<usize>) -> Range<usize> {
    let keeps = |w: &str| {
        matches!(
            w,
            "\"" | "“" | "”" | "''" | "‘" | "’" | "'" | "[" | "]" | ")"
        )
    };
    while r.start < r.end
        && doc.tokens[r.start].kind == TokenKind::Punct
        && !matches!(
            doc.word(r.start),
            "\"" | "“" | "``" | "''" | "‘" | "'" | "["
        )
    {
        r.start += 1;
    }
    while r.end > r.start
        && doc.tokens[r.end - 1].kind == TokenKind::Punct
        && !keeps(doc.word(r.end - 1))
    {
        r.end -= 1;
    }
    r
}

#[cfg(test)]
mod tests {
    use super::super::{source_of, statements};

    #[test]
    fn a_tag_whose_comma_ends_the_text_has_nothing_around_it() {
        // It read the token past the end (a panic, found by tests/robustness.rs).
        assert!(statements("‹”,the report found,").is_empty());
    }

    #[test]
    fn the_clause_after_the_verb() {
        let text = "Ruiz told senators that the harbour would reopen in May.";
        assert_eq!(
            source_of(text, "the harbour would reopen in May").as_deref(),
            Some("Ruiz")
        );
    }

    #[test]
    fn the_clause_before_the_source() {
        let text = "The harbour will reopen in May, a port official said.";
        assert_eq!(
            source_of(text, "The harbour will reopen in May").as_deref(),
            Some("a port official")
        );
    }

    #[test]
    fn a_statement_around_its_tag() {
        let text = "The delay, he says, is the fault of the weather and nobody else.";
        let found = statements(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.starts_with("The delay") && found[0].1 == "he");
    }

    #[test]
    fn no_statement_in_an_infinitive_or_a_negation() {
        assert!(statements("Ruiz told him to leave the harbour at once.").is_empty());
        assert!(statements("Ruiz did not say when the harbour would reopen.").is_empty());
    }

    #[test]
    fn a_participle_after_the_tag_adds_to_the_act() {
        let text = "The harbour was closed, she said, adding that the ferries would stop.";
        let found = statements(text);
        let contents: Vec<&str> = found.iter().map(|(c, _)| c.as_str()).collect();
        assert_eq!(
            contents,
            ["The harbour was closed", "the ferries would stop"]
        );
    }

    #[test]
    fn a_that_after_a_verb_is_a_relative_not_the_clause() {
        let text = "He said gaming was entering an era that demanded convincing graphics.";
        assert_eq!(
            source_of(
                text,
                "gaming was entering an era that demanded convincing graphics"
            )
            .as_deref(),
            Some("He")
        );
    }
}
