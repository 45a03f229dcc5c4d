//! Who is a cue's subject: the phrases that name the source of a verb of saying.
//!
//! The verb's shape says where to look: before it ("Meloni said"), after it ("said
//! Meloni", "according to the report"), before "is" in a progressive, at the object of a
//! verb that makes someone speak ("led Priebus to declare"), or, for a participle, in the
//! clause it hangs from. Every sieve asks this, so it lives on the article with its cues.

use super::cued::{CuedText, Found};
use crate::analysis::cues::{self, Cue, CueShape};
use crate::analysis::lexicon;
use crate::analysis::phrases;
use crate::analysis::text::{Document, TokenKind};
use std::ops::Range;

/// Whether `np` opens with a preposition or a participle before a determiner ("Following
/// the release of …", "After the vote"): an adverbial, not a subject.
fn opens_with_a_preposition(doc: &Document, np: &Range<usize>) -> bool {
    let w = doc.low(np.start);
    let participle = w.len() > 4
        && w.ends_with("ing")
        && np.len() > 1
        && (lexicon::DEFINITE.contains(doc.low(np.start + 1))
            || lexicon::INDEFINITE.contains(doc.low(np.start + 1)));
    participle || lexicon::PREPOSITIONS.contains(w)
}

/// Verbs that make their object speak: "led Reince Priebus to declare".
#[rustfmt::skip]
pub(super) const CAUSES_TO_SPEAK: &[&str] = &[
    "led", "leading", "prompted", "prompting", "prompt", "prompts", "pushed", "pushing",
    "forced", "forcing", "caused", "causing", "urged", "encouraged", "inspired",
];

/// Words before a name whose participle tells what the one shown or heard said: "footage
/// of Trump saying", "the ad shows Clinton telling".
#[rustfmt::skip]
pub(super) const SHOWING: &[&str] = &[
    "of", "show", "shows", "showed", "showing", "hear", "hears", "heard", "caught",
    "filmed", "recorded", "features", "featured", "featuring",
];

/// Tokens in the object of "led … to say", asides included.
pub(super) const MAX_CAUSED_OBJECT: usize = 24;

impl CuedText<'_, '_> {
    /// The sources of `cue`, looking no further left than `floor` or right than `limit`.
    pub(super) fn sources_of(&self, cue: &Cue, floor: usize, limit: usize) -> Option<Found> {
        let doc = self.doc;
        let start = cue.tokens.start;
        let infinitive = start > floor && doc.low(start - 1) == "to" && doc.low(start) == cue.lemma;
        let caused = if infinitive {
            self.caused_to(start - 1, floor)
        } else {
            None
        };
        let sources: Vec<Range<usize>> = match cue.shape {
            CueShape::AccordingTo | CueShape::Passive => {
                phrases::phrase_after(doc, cue.tokens.end, limit)
                    .into_iter()
                    .collect()
            }
            // "Trump is telling supporters": a progressive's subject sits before "is".
            _ if cue.participle && start > floor && cues::is_be(doc.low(start - 1)) => {
                phrases::subject_before(doc, start - 1, floor)
            }
            _ if caused.is_some() => caused.iter().cloned().collect(),
            _ if cue.participle || infinitive => {
                // "…, saying …", "went on to say": the governing clause's subject speaks.
                let at = if infinitive { start - 1 } else { start };
                self.governing_subject(at).into_iter().collect()
            }
            _ => {
                // "Braynard is quoted as saying": the subject sits before "is".
                let mut verb = start;
                while doc.low(start) == "quoted" && verb > floor && cues::is_be(doc.low(verb - 1)) {
                    verb -= 1;
                }
                let subject = phrases::subject_before(doc, verb, floor);
                if !subject.is_empty() {
                    subject
                } else if let Some(s) = self.coordinated_subject(cue) {
                    vec![s]
                } else if self.may_invert(cue, floor) {
                    // "said the candidate could be …": a phrase followed by its own verb is
                    // the subject of what was said, not an inverted speaker.
                    phrases::phrase_after(doc, cue.tokens.end, limit)
                        .filter(|np| {
                            !(np.start..(np.end + 1).min(limit)).any(|k| {
                                lexicon::AUXILIARIES.contains(doc.low(k)) && !doc.is_name_word(k)
                            })
                        })
                        .into_iter()
                        .collect()
                } else {
                    Vec::new()
                }
            }
        };
        if sources.is_empty() {
            return None;
        }
        let inverted = sources[0].start >= cue.tokens.end;
        let cue_end = if inverted {
            cue.tokens.end
        } else {
            self.hearer_end(cue, limit)
        };
        Some(Found {
            cue: cue.clone(),
            sources,
            cue_end,
        })
    }

    /// "led Reince Priebus to declare", "prompting aides to say": the object of a verb
    /// that makes someone speak, before the "to" at `to`.
    pub(super) fn caused_to(&self, to: usize, floor: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        let verb = (to.saturating_sub(MAX_CAUSED_OBJECT).max(floor)..to)
            .rev()
            .take_while(|&k| !phrases::is_boundary_punct(doc.word(k)) || doc.word(k) == ",")
            .find(|&k| CAUSES_TO_SPEAK.contains(&doc.low(k)))?;
        // "prompted Dave Leip, who tracks elections, to state": the name before its aside.
        let end = (verb + 1..to).find(|&k| doc.word(k) == ",").unwrap_or(to);
        let np = verb + 1..end;
        (!np.is_empty() && phrases::names_someone(doc, &np)).then_some(np)
    }

    /// The speaker of a participle or infinitive at `at`: the subject of an earlier verb of
    /// saying in the sentence ("Clinton responded, remarking …"), else the governing
    /// clause's.
    pub(super) fn governing_subject(&self, at: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        let s = doc.sentences[doc.sentence_of[at]].tokens.clone();
        let earlier = (s.start..at).rev().find_map(|i| {
            let cue = self.cues[i].as_ref().filter(|c| !c.participle)?;
            phrases::subject_before(doc, cue.tokens.start, s.start)
                .into_iter()
                .next()
                // "a class called "Perception" …, writing": a name, not a speaker's verb.
                .filter(|np| phrases::names_someone(doc, np))
        });
        // ", saying", "by saying", "while adding", "…, warning … and implying": the
        // participle hangs from the clause.
        let detached = at > s.start
            && (matches!(doc.word(at - 1), "," | "and")
                || lexicon::PREPOSITIONS.contains(doc.low(at - 1)));
        // "with Trump reportedly yelling": the noun of the absolute phrase speaks.
        let absolute = || {
            let k = before_modifiers(doc, at, s.start);
            (s.start.max(k.saturating_sub(5))..k)
                .rev()
                .find(|&j| doc.low(j) == "with")
                .map(|w| w + 1..k)
                .filter(|np| {
                    !np.is_empty() && np.clone().all(|j| doc.tokens[j].kind == TokenKind::Word)
                })
        };
        // "footage of Trump saying", "the ad shows Trump saying": the one shown speaks.
        let name_start = (s.start..at)
            .rev()
            .take_while(|&k| doc.tokens[k].kind == TokenKind::Word && doc.is_capitalized(k))
            .last();
        let shown = name_start
            .filter(|&k| !detached && k > s.start && SHOWING.contains(&doc.low(k - 1)))
            .map(|k| k..at);
        // The absolute phrase comes before an earlier verb's subject: in "Mr Bell called for
        // more, with a survey showing that …", the survey shows it.
        shown.or_else(absolute).or(earlier).or_else(|| {
            if detached || doc.low(at) == "to" {
                phrases::governing_subject(doc, at)
            } else {
                // "Trump yelling": the subject is right before, if it names someone; in
                // "this framework involves understanding" the gerund has none.
                let mut end = at;
                while end > s.start && lexicon::TIME_WORDS.contains(doc.low(end - 1)) {
                    end -= 1;
                }
                // "Following the release of a video from the group threatening an
                // attack": a phrase opened by a preposition or an -ing form is no subject.
                let np = phrases::subject_before(doc, end, s.start)
                    .into_iter()
                    .next()
                    .filter(|np| {
                        !opens_with_a_preposition(doc, np) && phrases::names_someone(doc, np)
                    })?;
                // "The town released a statement Wednesday saying …": after a verb's
                // object, the participle hangs from the clause.
                let object =
                    (np.start.max(s.start + 1) - 1..np.end).any(|k| phrases::is_verbish(doc, k));
                if object {
                    phrases::governing_subject(doc, at)
                } else {
                    Some(np)
                }
            }
        })
    }

    /// "Her campaign announced new support and said …": the second verb of a coordinated
    /// predicate shares the clause's subject.
    pub(super) fn coordinated_subject(&self, cue: &Cue) -> Option<Range<usize>> {
        let doc = self.doc;
        let s = doc.sentences[doc.sentence_of[cue.tokens.start]]
            .tokens
            .clone();
        let k = before_modifiers(doc, cue.tokens.start, s.start);
        if k > s.start && matches!(doc.low(k - 1), "and" | "but" | "then") {
            // "Marsh did not say when the move would happen, but said …": after a comma
            // the verb goes with the main clause, not the subordinate one before it.
            if k - 1 > s.start && doc.word(k - 2) == "," {
                return phrases::clause_subject(doc, s, k - 1);
            }
            phrases::governing_subject(doc, k - 1)
        } else {
            None
        }
    }

    /// Only a finite verb right after a quote or a comma inverts: `"…," said Meloni`;
    /// "asked" only right after the quote.
    pub(super) fn may_invert(&self, cue: &Cue, floor: usize) -> bool {
        let doc = self.doc;
        let i = cue.tokens.start;
        // "read" is its own past: `"…," read the statement`.
        let finite = (doc.low(i) != cue.lemma || cue.lemma == "read") && !cue.participle;
        let after_break =
            i == floor || matches!(doc.word(i - 1), "," | "\"" | "”" | "''" | "—" | "–");
        finite && after_break && (cue.lemma != "tell") && (cue.lemma != "ask" || i == floor)
    }

    /// Where the cue ends when its hearer is an outlet or reporters: "told AFP".
    pub(super) fn hearer_end(&self, cue: &Cue, limit: usize) -> usize {
        let doc = self.doc;
        let end = cue.tokens.end;
        if cue.shape != CueShape::VerbWithHearer || end >= limit {
            return end;
        }
        if let Some(np) = phrases::phrase_after(doc, end, limit) {
            let text = doc.slice(np.clone()).to_lowercase();
            let outlet = lexicon::MEDIA_OUTLETS.contains(&text)
                || matches!(
                    text.as_str(),
                    "reporters" | "journalists" | "the newspaper" | "the paper"
                )
                || text
                    .strip_prefix("the ")
                    .is_some_and(|t| lexicon::MEDIA_OUTLETS.contains(t));
            if outlet {
                return np.end;
            }
        }
        end
    }

    /// The source of the cue at token `i`, if there is one and it names someone.
    pub(super) fn subject_of_cue(&self, i: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        let cue = self.cues[i].as_ref()?;
        let s = doc.sentences[doc.sentence_of[i]].tokens.clone();
        self.sources_of(cue, s.start, s.end)?
            .sources
            .into_iter()
            .next()
            .filter(|np| phrases::names_someone(doc, np))
    }
}

/// Where the verb at `at` starts counting its modifiers ("has also", "reportedly").
pub(super) fn before_modifiers(doc: &Document, mut at: usize, floor: usize) -> usize {
    while at > floor && lexicon::VERB_MODIFIERS.contains(doc.low(at - 1)) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::super::source_of;

    #[test]
    fn the_one_a_verb_makes_speak() {
        let text = "The vote led Ana Ruiz to declare that the plan was dead.";
        assert_eq!(
            source_of(text, "the plan was dead").as_deref(),
            Some("Ana Ruiz")
        );
    }

    #[test]
    fn a_second_verb_shares_the_subject() {
        let text = "The port authority published its figures and said the delay would be short.";
        assert_eq!(
            source_of(text, "the delay would be short").as_deref(),
            Some("The port authority")
        );
    }

    #[test]
    fn the_agent_of_a_passive() {
        let text = "The mayor was asked by councillor Tom Hale: \"When will the work end?\"";
        assert_eq!(
            source_of(text, "When will the work end?").as_deref(),
            Some("councillor Tom Hale")
        );
    }

    #[test]
    fn a_participle_takes_the_clause_subject() {
        let text = "Ruiz spoke for an hour, saying the harbour would reopen in May.";
        assert_eq!(
            source_of(text, "the harbour would reopen in May").as_deref(),
            Some("Ruiz")
        );
    }
}
