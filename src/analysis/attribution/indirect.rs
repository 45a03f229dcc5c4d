//! What was said without quotation marks: the content clause of each verb of saying.
//!
//! Every verb of saying whose subject is found may report a statement, so the plainest
//! verbs go first ("X proposed Y, Z said": "said" reports, "proposed" is part of what was
//! said), and each statement found claims its words so no later verb takes them again.
//! Where the clause ends is the hard part: at the writer's own comment, at the terms of
//! anonymity, or where the next speaker begins.

use super::cued::{word_count, Attribution, CuedText, Found, INDIRECT_MIN_WORDS};
use super::frame::{trim_punct, Frame};
use crate::analysis::anonymity;
use crate::analysis::cues::{self, Cue, CueClass};
use crate::analysis::lexicon;
use crate::analysis::model::QuoteType;
use crate::analysis::phrases;
use crate::analysis::text::{Document, TokenKind};
use std::ops::Range;

/// Indirect speech in an article, outside its direct quotes.
pub(super) struct IndirectSpeech<'t> {
    text: &'t CuedText<'t, 't>,
    /// Whether each token is inside quotation marks: a statement all in them is its
    /// quote's already.
    quoted: &'t [bool],
}

impl<'t> IndirectSpeech<'t> {
    pub(super) fn new(text: &'t CuedText<'t, 't>, quoted: &'t [bool]) -> Self {
        IndirectSpeech { text, quoted }
    }

    /// Indirect speech: content clauses of verbs of saying outside direct quotes.
    pub(super) fn find(&self, direct: &[bool], quoted: &[Option<Attribution>]) -> Vec<Attribution> {
        let doc = self.text.doc;
        let mut used = vec![false; doc.tokens.len()];
        for a in quoted.iter().flatten() {
            if a.kind == QuoteType::Direct {
                used[a.content.clone()].fill(true);
            }
        }
        let mut out = Vec::new();
        for sentence in &doc.sentences {
            let range = sentence.tokens.clone();
            // The plainest verbs of saying first: in "X proposed Y, Z said", "said" is the
            // attribution and "proposed" part of what was said.
            for core in [true, false] {
                let mut i = range.start;
                while i < range.end {
                    let cue = self.text.cues[i]
                        .as_ref()
                        .filter(|c| !used[i] && cues::is_core(c.lemma) == core);
                    let Some(cue) = cue else {
                        i += 1;
                        continue;
                    };
                    match self.indirect_at(cue, range.clone(), direct, &used) {
                        Some(a) => {
                            for t in a
                                .content
                                .clone()
                                .chain(a.sources.iter().flat_map(|s| s.clone()))
                            {
                                used[t] = true;
                            }
                            used[cue.tokens.clone()].fill(true);
                            i = a.content.end.max(cue.tokens.end);
                            out.push(a);
                        }
                        None => i += 1,
                    }
                }
            }
        }
        out
    }

    /// The indirect statement of the verb of saying `cue` in `sentence`, if it has a
    /// source and a content clause: what follows it, what surrounds it, or the clause
    /// before its source.
    pub(super) fn indirect_at(
        &self,
        cue: &Cue,
        sentence: Range<usize>,
        direct: &[bool],
        used: &[bool],
    ) -> Option<Attribution> {
        if !cue.takes_clause
            || cue.class == CueClass::Finding
                && !self.followed_by_that(cue, sentence.end)
                && !self.found_by_document(cue, sentence.start)
            || in_question_asked(self.text.doc, &sentence, cue)
        {
            return None;
        }
        let f = Frame::new(self.text, cue, sentence, direct, used)?;
        let doc = self.text.doc;
        let (right, introduced) = f.content_after(doc);
        if f.parenthetical(doc, &right) {
            let whole = trim_punct(doc, f.floor..f.limit);
            return Some(indirect_statement(cue, f.found, whole));
        }
        // "the Post, which said it would …, said it would …": a relative clause's content
        // ends at its first comma if the main clause's verb resumes there ("who said his
        // father, a tailor, was" goes on).
        let first_comma =
            (right.start + 1..right.end.saturating_sub(1)).find(|&k| doc.word(k) == ",");
        let right = match first_comma {
            Some(k) if f.relative && phrases::is_verbish(doc, k + 1) => right.start..k,
            _ => right,
        };
        let right = trim_punct(doc, self.cut_at_comment(right));
        if f.tags_quote(self.text, &right) {
            return None;
        }
        let content = if f.says_after(doc, &right, introduced) {
            if f.embedded {
                return None;
            }
            right
        } else {
            f.clause_before(doc)?
        };
        // `telling residents that "the ferry will run by May."`: a statement all in
        // quotation marks is its quote, which says it already.
        let own_words: usize = content
            .clone()
            .filter(|&k| !self.quoted[k])
            .map(|k| word_count(doc, k..k + 1))
            .sum();
        if own_words < INDIRECT_MIN_WORDS {
            return None;
        }
        Some(indirect_statement(cue, f.found, content))
    }

    /// Ends a content clause where the writer's own comment begins ("all staffers sign NDAs,
    /// though she did not discuss their terms", "… - but insists", "…, throwing a wrench in …"), where the terms
    /// of anonymity begin ("on condition of anonymity because …"), or where the speaker's
    /// next statement begins ("she has released 30 years of tax returns and called on
    /// Sanders to do the same").
    pub(super) fn cut_at_comment(&self, r: Range<usize>) -> Range<usize> {
        let doc = self.text.doc;
        let cut = (r.start + 1..r.end.saturating_sub(1)).find(|&k| {
            let comment = matches!(doc.word(k), "," | "-" | "–" | "—")
                && matches!(
                    doc.low(k + 1),
                    "though" | "although" | "but" | "whereas" | "while" | "even"
                );
            // "…, including three children": a participle that is a preposition goes on.
            let participle = doc.word(k) == ","
                && lexicon::is_ing_form(doc, k + 1)
                && doc.low(k + 1) != "including";
            let anonymity = anonymity::terms_open_at(doc, k, r.end);
            // "… and implying that …": a participle with its own "that" starts one too,
            // as does a verb of saying with a pronoun ("… computers and she accused …").
            let verb = if lexicon::PERSONAL_PRONOUNS.contains(doc.low(k + 1)) {
                k + 2
            } else {
                k + 1
            };
            let next_statement = doc.low(k) == "and"
                && verb < r.end
                && self.text.cues[verb]
                    .as_ref()
                    .is_some_and(|c| !c.participle || self.followed_by_that(c, r.end))
                && word_count(doc, r.start..k) >= INDIRECT_MIN_WORDS;
            comment || participle || anonymity || next_statement || self.next_clause(k, r.end)
        });
        match cut {
            Some(k) => r.start..k,
            None => r,
        }
    }

    /// "while some observers said the trade was quiet, most agree the trend is down",
    /// "Labour acts too late while the Lib Dems say …": a comma or a contrasting
    /// conjunction, a short subject and a verb of saying or belief with a clause of its
    /// own begin someone else's statement.
    fn next_clause(&self, comma: usize, end: usize) -> bool {
        let doc = self.text.doc;
        if !matches!(doc.low(comma), "," | "while" | "whereas" | "but") {
            return false;
        }
        (comma + 2..end.min(comma + 5)).any(|j| {
            let clause_follows = j + 1 < end && !phrases::is_boundary_punct(doc.word(j + 1));
            self.text.cues[j]
                .as_ref()
                .is_some_and(|c| !c.participle && c.takes_clause && c.class != CueClass::Finding)
                && clause_follows
                && (comma + 1..j).all(|i| doc.tokens[i].kind == TokenKind::Word)
        })
    }

    /// "Commerce Department data also showed consumer spending grew": a finding of a
    /// document reports what follows it even without "that".
    fn found_by_document(&self, cue: &Cue, floor: usize) -> bool {
        let doc = self.text.doc;
        let k = super::sources::before_modifiers(doc, cue.tokens.start, floor);
        k > floor && lexicon::DOCUMENT_HEADS.contains(doc.low(k - 1))
    }

    pub(super) fn followed_by_that(&self, cue: &Cue, limit: usize) -> bool {
        let doc = self.text.doc;
        let i = phrases::skip_adverbials(doc, cue.tokens.end, limit);
        i < limit && doc.low(i) == "that"
    }
}

/// "Asked if she believed Putin wanted Trump to win, Clinton said …": a verb inside the
/// question put to the speaker, which opens the sentence and ends at its first comma,
/// states nothing.
fn in_question_asked(doc: &Document, sentence: &Range<usize>, cue: &Cue) -> bool {
    let mut k = sentence.start;
    if matches!(doc.low(k), "when" | "if" | "after") {
        k += 1;
    }
    k < cue.tokens.start
        && doc.low(k) == "asked"
        && (k..cue.tokens.start).all(|i| doc.word(i) != ",")
}

pub(super) fn indirect_statement(cue: &Cue, found: Found, content: Range<usize>) -> Attribution {
    let confidence = match cue.class {
        CueClass::Speech => 0.8,
        CueClass::Finding => 0.6,
        CueClass::Belief => 0.4,
    };
    Attribution {
        content,
        kind: QuoteType::Indirect,
        cue: Some(cue.tokens.start..found.cue_end.max(cue.tokens.end)),
        class: cue.class,
        sources: found.sources,
        local: true,
        confidence,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{source_of, statements};

    #[test]
    fn the_terms_of_anonymity_end_the_clause() {
        let text = "An official said the harbour would reopen on condition of anonymity.";
        assert_eq!(
            source_of(text, "the harbour would reopen").as_deref(),
            Some("An official")
        );
    }

    #[test]
    fn including_goes_on_with_the_statement() {
        let text = "Ruiz said the storm closed the harbour, including the ferry berths.";
        assert_eq!(
            source_of(
                text,
                "the storm closed the harbour, including the ferry berths"
            )
            .as_deref(),
            Some("Ruiz")
        );
    }

    #[test]
    fn while_and_a_new_source_begin_another_statement() {
        let text = "The council said the harbour is safe while the unions say it is not.";
        let found = statements(text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(
            found[0],
            ("the harbour is safe".into(), "The council".into())
        );
        assert_eq!(found[1], ("it is not".into(), "the unions".into()));
    }

    #[test]
    fn a_verb_inside_the_question_asked_is_no_statement() {
        let text = "Asked if she believed the mayor wanted the tunnel closed, Ms. Ray said she \
                    was not going to jump to that conclusion.";
        let got = statements(text);
        let want = [(
            "she was not going to jump to that conclusion".to_string(),
            "Ms. Ray".to_string(),
        )];
        assert_eq!(got, want);
    }

    #[test]
    fn and_a_pronoun_with_a_verb_of_saying_is_the_next_statement() {
        let text = "Mayor Ann Ray said thieves had broken into the depot overnight and she \
                    accused the council of ignoring warnings.";
        let got = statements(text);
        assert_eq!(
            got[0].0, "thieves had broken into the depot overnight",
            "{got:?}"
        );
    }

    #[test]
    fn asked_about_it_is_no_statement() {
        let text = "Asked whether the harbour would close, the minister replied at length.";
        assert!(statements(text).is_empty(), "{:?}", statements(text));
    }

    #[test]
    fn forecast_after_had_already_and_a_dash_before_but() {
        let text = "Budget analysts had already forecast that deficits would grow again.";
        assert_eq!(
            source_of(text, "deficits would grow again").as_deref(),
            Some("Budget analysts")
        );
        let text = "Hodgson says the league needs a winter break - but insists that it is fit.";
        let contents: Vec<String> = statements(text).into_iter().map(|(c, _)| c).collect();
        assert_eq!(contents, ["the league needs a winter break", "it is fit"]);
    }

    #[test]
    fn a_second_participle_with_that_is_a_second_statement() {
        let text = "On Thursday, he renewed his calls, warning that the group could enter the \
                    country and implying that some members were already there.";
        let found = statements(text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(
            found[0],
            ("the group could enter the country".into(), "he".into())
        );
        assert_eq!(
            found[1],
            ("some members were already there".into(), "he".into())
        );
    }
}
