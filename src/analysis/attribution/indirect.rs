//! What was said without quotation marks: the content clause of each verb of saying.

use super::{word_count, Attribution, CuedText, Found, INDIRECT_MIN_WORDS};
use crate::analysis::anonymity;
use crate::analysis::cues::{self, Cue, CueClass, CueShape};
use crate::analysis::lexicon;
use crate::analysis::model::QuoteType;
use crate::analysis::phrases;
use crate::analysis::text::{Document, TokenKind};
use std::ops::Range;

impl CuedText<'_, '_> {
    /// Indirect speech: content clauses of verbs of saying outside direct quotes.
    pub(super) fn indirect(
        &self,
        direct: &[bool],
        quoted: &[Option<Attribution>],
    ) -> Vec<Attribution> {
        let doc = self.doc;
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
                    let cue = self.cues[i]
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
            || in_question_asked(self.doc, &sentence, cue)
        {
            return None;
        }
        let f = self.frame(cue, sentence, direct, used)?;
        let doc = self.doc;
        let (right, introduced) = self.content_after(&f);
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
        if self.tags_quote(&f, &right) {
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

    /// Where the verb `cue` may look for its source and content in `sentence`: between
    /// the direct quotes and statements already found around it.
    fn frame<'c>(
        &self,
        cue: &'c Cue,
        sentence: Range<usize>,
        direct: &[bool],
        used: &[bool],
    ) -> Option<Frame<'c>> {
        let doc = self.doc;
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
        let found = self.sources_of(cue, floor, limit)?;
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
    fn content_after(&self, f: &Frame) -> (Range<usize>, bool) {
        let doc = self.doc;
        let (cue, limit) = (f.cue, f.limit);
        if cue.shape == CueShape::AccordingTo {
            if cue.tokens.start > f.floor && doc.word(cue.tokens.start - 1) == "," {
                // "Sales rose, according to X, but …": what X says is the clause before;
                // what follows is the source's apposition or the sentence going on.
                return (limit..limit, false);
            }
            // "According to X, content": skip the comma after the source.
            let mut s = f.source_end.max(f.found.cue_end);
            if s < limit && doc.word(s) == "," {
                s += 1;
            }
            return (s..limit, false);
        }
        if f.inverted || cue.shape == CueShape::Passive {
            // "…, said Dana Okafor, the chief engineer": what follows describes the source.
            return (limit..limit, false);
        }
        let mut s = f.found.cue_end.max(cue.tokens.end);
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
    fn tags_quote(&self, f: &Frame, right: &Range<usize>) -> bool {
        let doc = self.doc;
        let cue = f.cue;
        f.after_quote
            && (f.floor..f.source_start.min(cue.tokens.start))
                .all(|k| doc.tokens[k].kind == TokenKind::Punct)
            && !(cue.tokens.end..right.start).any(|k| matches!(doc.low(k), "that" | ":"))
            && right.clone().all(|k| self.cues[k].is_none())
    }

    /// Ends a content clause where the writer's own comment begins ("all staffers sign NDAs,
    /// though she did not discuss their terms", "… - but insists", "…, throwing a wrench in …"), where the terms
    /// of anonymity begin ("on condition of anonymity because …"), or where the speaker's
    /// next statement begins ("she has released 30 years of tax returns and called on
    /// Sanders to do the same").
    pub(super) fn cut_at_comment(&self, r: Range<usize>) -> Range<usize> {
        let doc = self.doc;
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
                && self.cues[verb]
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
        let doc = self.doc;
        if !matches!(doc.low(comma), "," | "while" | "whereas" | "but") {
            return false;
        }
        (comma + 2..end.min(comma + 5)).any(|j| {
            let clause_follows = j + 1 < end && !phrases::is_boundary_punct(doc.word(j + 1));
            self.cues[j]
                .as_ref()
                .is_some_and(|c| !c.participle && c.takes_clause && c.class != CueClass::Finding)
                && clause_follows
                && (comma + 1..j).all(|i| doc.tokens[i].kind == TokenKind::Word)
        })
    }

    /// "Commerce Department data also showed consumer spending grew": a finding of a
    /// document reports what follows it even without "that".
    fn found_by_document(&self, cue: &Cue, floor: usize) -> bool {
        let doc = self.doc;
        let k = super::sources::before_modifiers(doc, cue.tokens.start, floor);
        k > floor && lexicon::DOCUMENT_HEADS.contains(doc.low(k - 1))
    }

    pub(super) fn followed_by_that(&self, cue: &Cue, limit: usize) -> bool {
        let doc = self.doc;
        let i = phrases::skip_adverbials(doc, cue.tokens.end, limit);
        i < limit && doc.low(i) == "that"
    }
}

/// A verb of saying in its sentence: the bounds it may look within, and its sources.
struct Frame<'c> {
    cue: &'c Cue,
    sentence: Range<usize>,
    /// After the nearest direct quote or earlier statement before the verb.
    floor: usize,
    /// What lies before `floor` is a direct quote, which the verb may be the tag of.
    after_quote: bool,
    /// Before the nearest one after it.
    limit: usize,
    /// A direct quote goes on with the clause after the verb, with no punctuation between.
    embedded: bool,
    found: Found,
    /// The source follows the verb: "said Meloni".
    inverted: bool,
    source_start: usize,
    source_end: usize,
    /// The verb is in a relative clause: "the Post, which said".
    relative: bool,
}

impl Frame<'_> {
    /// "He grows angry, he says, because …": the statement surrounds its tag.
    fn parenthetical(&self, doc: &Document, right: &Range<usize>) -> bool {
        !self.inverted
            && self.cue.shape != CueShape::AccordingTo
            && self.source_start > self.floor + 2
            && doc.word(self.source_start - 1) == ","
            && right.start > self.cue.tokens.end
            && doc.word(right.start - 1) == ","
            && !lexicon::is_ing_form(doc, right.start)
            && word_count(doc, right.clone()) >= INDIRECT_MIN_WORDS
    }

    /// Whether the words after the verb, `right`, are what was said: a clause of a few
    /// words that "that" or a colon introduces, or that opens like one. "responded on
    /// Twitter, calling it …": a participle after a comma adds to the act instead.
    fn says_after(&self, doc: &Document, right: &Range<usize>, introduced: bool) -> bool {
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
    fn clause_before(&self, doc: &Document) -> Option<Range<usize>> {
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
