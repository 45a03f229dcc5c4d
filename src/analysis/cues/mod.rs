//! Attribution cues: the words that say someone said, believed or found something.
//!
//! Reported speech hangs on a small, closed set of verbs, so a lexicon beats a model
//! here: it is exact, explainable to a reader and costs a few hundred bytes. Verbs of
//! saying ("said", "told", "warned") are kept apart from verbs of belief ("thinks") and of
//! finding ("the report found"): a belief is weaker sourcing than a statement, and the
//! engine gives it lower confidence.

mod forms;

pub use forms::{fingerprint, is_core, verb};

use super::lexicon;
use super::text::{Document, TokenKind};
use forms::{phrasal, verb_forms, WITH_HEARER};
use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueClass {
    Speech,
    Belief,
    Finding,
}

/// How a cue relates to the words around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueShape {
    /// A verb: the source is its subject, or follows it when inverted ("said Meloni").
    Verb,
    /// A verb whose hearer comes before the content: "told AFP that ...".
    VerbWithHearer,
    /// "according to X": the source follows the cue.
    AccordingTo,
    /// "was asked by X", "was told by X": the source is the agent after "by".
    Passive,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue {
    pub tokens: Range<usize>,
    pub class: CueClass,
    pub shape: CueShape,
    /// The verb's base form ("say" for "said").
    pub lemma: &'static str,
    /// An -ing form after a comma ("…, saying"): its subject is the main clause's.
    pub participle: bool,
    /// Whether the verb takes a content clause ("said that …"); verbs of characterizing
    /// ("called it a disaster") only attribute the quoted words they govern.
    pub takes_clause: bool,
}

impl Cue {
    /// A mark that introduces or signs a quote: the colon of `He played up his strength:
    /// "…"`, the dash of `"…" ― Steve Quinlan`.
    pub fn mark(i: usize) -> Cue {
        Cue {
            tokens: i..i + 1,
            class: CueClass::Speech,
            shape: CueShape::Verb,
            lemma: ":",
            participle: false,
            takes_clause: false,
        }
    }
}

/// Tokens in an aside between a plural subject and its verb ("critics, however, argue").
const MAX_ADVERB_ASIDE: usize = 6;

/// Words that negate the verb after them: "did not say" is no statement.
const NEGATIONS: &[&str] = &["not", "n't", "never", "declined", "refused", "nor"];

/// The cue starting at token `i`, if any: a fixed phrase ("according to", "put it"), or a
/// form of a verb in the lexicon that its neighbours let be a verb that reports.
pub fn cue_at(doc: &Document, i: usize) -> Option<Cue> {
    if let Some(cue) = fixed_phrase(doc, i) {
        return Some(cue);
    }
    let low = doc.low(i);
    let (&(class, lemma, takes_clause), particle) = match verb_forms().get(low) {
        Some(entry) => (entry, None),
        None => phrasal().get(low).map(|(e, p)| (e, Some(*p)))?,
    };
    let at = Site::new(doc, i, lemma, particle);
    if !at.may_be_verb() {
        return None;
    }
    // "Braynard is quoted as saying": the subject said it after all.
    if low == "quoted" && next_is(doc, i + 1, &["as"]) && next_is(doc, i + 2, &["saying"]) {
        return Some(at.cue(i + 3, CueShape::Verb, CueClass::Speech, "say", false));
    }
    // "was told", "is known": the subject heard it; it did not say it. With "by", the
    // agent did: "was asked by host Bill Maher". "is telling", "was arguing": a
    // progressive is active.
    let progressive = low.ends_with("ing") && class == CueClass::Speech;
    if at.prev.is_some_and(is_be) && !progressive {
        let agent = low != lemma && next_is(doc, i + 1, &["by"]);
        return agent.then(|| at.cue(i + 2, CueShape::Passive, class, lemma, false));
    }
    if at.reports_nothing() {
        return None;
    }
    let end = at.end_with_particle()?;
    let shape = if WITH_HEARER.contains(&lemma) {
        CueShape::VerbWithHearer
    } else {
        CueShape::Verb
    };
    let mut cue = at.cue(end, shape, class, lemma, takes_clause);
    cue.participle = low.ends_with("ing");
    Some(cue)
}

/// "according to", "put it": cues of two words that no verb form starts.
fn fixed_phrase(doc: &Document, i: usize) -> Option<Cue> {
    let low = doc.low(i);
    let (lemma, shape, takes_clause) = if low == "according" && next_is(doc, i + 1, &["to"]) {
        ("according to", CueShape::AccordingTo, true)
    } else if matches!(low, "put" | "puts") && next_is(doc, i + 1, &["it"]) {
        ("put it", CueShape::Verb, false)
    } else {
        return None;
    };
    Some(Cue {
        tokens: i..i + 2,
        class: CueClass::Speech,
        shape,
        lemma,
        participle: false,
        takes_clause,
    })
}

/// A verb form at token `i` with what its neighbours say of it.
struct Site<'a, 'd> {
    doc: &'a Document<'d>,
    i: usize,
    low: &'a str,
    lemma: &'static str,
    particle: Option<&'static str>,
    /// The word before, inside the sentence.
    prev: Option<&'a str>,
    sentence_start: usize,
    first_in_sentence: bool,
    /// In a headline every verb is capitalized ("Clinton Says …").
    headline: bool,
}

impl<'a, 'd> Site<'a, 'd> {
    fn new(
        doc: &'a Document<'d>,
        i: usize,
        lemma: &'static str,
        particle: Option<&'static str>,
    ) -> Self {
        let sentence_start = doc.sentences[doc.sentence_of[i]].tokens.start;
        let first_in_sentence = sentence_start == i;
        Site {
            doc,
            i,
            low: doc.low(i),
            lemma,
            particle,
            prev: (i > 0 && !first_in_sentence).then(|| doc.low(i - 1)),
            sentence_start,
            first_in_sentence,
            headline: doc.paragraphs[doc.paragraph_of(i)].headline,
        }
    }

    fn cue(
        &self,
        end: usize,
        shape: CueShape,
        class: CueClass,
        lemma: &'static str,
        takes_clause: bool,
    ) -> Cue {
        Cue {
            tokens: self.i..end,
            class,
            shape,
            lemma,
            participle: false,
            takes_clause,
        }
    }

    fn particle_follows(&self) -> bool {
        self.particle
            .is_some_and(|p| next_is(self.doc, self.i + 1, &[p]))
    }

    /// Whether the form may be a verb here, not a name, a noun or a likeness.
    fn may_be_verb(&self) -> bool {
        let doc = self.doc;
        // "reminds him of the 1969 book": a likeness, not speech.
        let likeness = self.lemma == "remind"
            && (self.i + 1..(self.i + 4).min(doc.tokens.len())).any(|k| doc.low(k) == "of");
        // Capitalized mid-sentence, it is a name ("Post", "Hope"), not a verb; but
        // "Tweeted" is often capitalized for the brand.
        let name = doc.is_capitalized(self.i)
            && !self.first_in_sentence
            && !self.headline
            && self.lemma != "tweet";
        !likeness
            && !name
            && !self.after_determiner()
            && !self.bare_noun()
            && !self.plural_subject()
            && !self.noun_form()
            && (self.low != "read" || self.document_reads())
    }

    /// "the reports", "11 states", "a threatened fine", "the biggest challenges": a form
    /// after a determiner, a preposition or a number is a noun or an adjective.
    fn after_determiner(&self) -> bool {
        let (doc, i) = (self.doc, self.i);
        let Some(p) = self.prev else { return false };
        // "the biggest challenges": a superlative after a determiner makes a noun.
        let superlative = p.len() > 5
            && p.ends_with("est")
            && i >= 2
            && lexicon::DETERMINERS.contains(doc.low(i - 2));
        // `"…," From said`: a capitalized word inside a sentence is a name.
        let name = doc.is_name_word(i - 1) && !self.headline;
        let nominal = lexicon::NOMINAL_CONTEXT.contains(p) && !name
            || doc.tokens[i - 1].kind == TokenKind::Number
            || superlative;
        let participle = self.low.ends_with("ing")
            && matches!(
                p,
                "by" | "in" | "after" | "before" | "while" | "when" | "without"
            );
        // "many say", "most agree": a quantifier is the plural subject of a bare verb
        // ("most reports" stays a noun).
        let base = self.low == self.lemma;
        // "have both argued": after an auxiliary, a quantifier floats before the verb.
        let after_auxiliary = i >= 2 && lexicon::AUXILIARIES.contains(doc.low(i - 2));
        let quantified = (base || after_auxiliary) && lexicon::QUANTIFIERS.contains(&p);
        let infinitive = base && p == "to";
        nominal && !(participle || quantified || infinitive)
    }

    /// A bare base form is a verb after a pronoun, a modal or a plural: "they say", "will
    /// argue", "critics argue"; otherwise it is a noun ("a report"). A verb with its
    /// particle is no noun ("Trump hit back"), nor is a document's "read".
    fn bare_noun(&self) -> bool {
        let (doc, i) = (self.doc, self.i);
        if self.low != self.lemma || self.particle_follows() || self.document_reads() {
            return false;
        }
        // "critics argue": a plural subject; not "his", "this", "'s".
        let plural = |p: &str| {
            p.ends_with('s')
                && !p.ends_with("ss")
                && !matches!(
                    p,
                    "'s" | "his" | "its" | "this" | "was" | "is" | "has" | "does"
                )
        };
        // "could only quip", "had already forecast": an adverb between the modal (or a
        // "have" whose participle is the base form) and the verb.
        let adverb_after_modal = self.prev.is_some_and(|p| {
            matches!(
                p,
                "only" | "just" | "even" | "simply" | "never" | "really" | "already" | "also"
            ) && i >= 2
                && (lexicon::BEFORE_BASE_VERB.contains(doc.low(i - 2))
                    || lexicon::HAVE_FORMS.contains(&doc.low(i - 2)))
        });
        let subject_word = |p: &str| lexicon::BEFORE_BASE_VERB.contains(p) || plural(p);
        // "The two lawmakers, however, argue": the subject before a short aside.
        let after_aside = self.prev == Some(",")
            && (i
                .saturating_sub(MAX_ADVERB_ASIDE)
                .max(self.sentence_start + 1)..i - 1)
                .rev()
                .find(|&k| doc.word(k) == ",")
                .is_some_and(|c| subject_word(doc.low(c - 1)));
        // "the two write", not "three state polls".
        let counted = i >= 2
            && self
                .prev
                .is_some_and(|p| matches!(p, "two" | "three" | "four"))
            && doc.low(i - 2) == "the";
        let verbal =
            adverb_after_modal || after_aside || counted || self.prev.is_some_and(subject_word);
        !verbal
    }

    /// "his comments do not", "the reports were": a form in -s before an auxiliary that
    /// agrees with a plural is a plural noun, the subject.
    fn plural_subject(&self) -> bool {
        self.low.ends_with('s')
            && self.i + 1 < self.doc.tokens.len()
            && lexicon::PLURAL_AUXILIARIES.contains(self.doc.low(self.i + 1))
    }

    /// "states" and "charges" are far more often nouns ("in nine states:", "faces
    /// criminal charges and"): as verbs they end a tag (`"…," a notice on the door
    /// states.`) or introduce what is stated, after a pronoun, a name or a document.
    fn noun_form(&self) -> bool {
        let (doc, i) = (self.doc, self.i);
        if !matches!(self.low, "states" | "charges") || next_is(doc, i + 1, &["."]) {
            return false;
        }
        let stating_subject = self
            .prev
            .is_some_and(|p| matches!(p, "he" | "she" | "it" | "which"))
            || (i > 0 && (doc.is_capitalized(i - 1) || self.document(i - 1)));
        !stating_subject || !next_is(doc, i + 1, &["that", ":", ",", "\"", "“", "``", "''"])
    }

    /// Whether token `k` names a document that can be read from.
    fn document(&self, k: usize) -> bool {
        let doc = self.doc;
        k < doc.tokens.len()
            && (lexicon::DOCUMENT_HEADS.contains(doc.low(k))
                || matches!(
                    doc.low(k),
                    "editorial" | "sign" | "note" | "ad" | "headline"
                ))
    }

    /// `"…," it read`, the editorial read, read the statement: a document's words; "she
    /// read the report" is not a cue.
    fn document_reads(&self) -> bool {
        let (doc, i) = (self.doc, self.i);
        self.low == "read"
            && (self
                .prev
                .is_some_and(|p| matches!(p, "it" | "they" | "which"))
                || (i > 0 && self.document(i - 1))
                || (i + 1 < doc.tokens.len()
                    && lexicon::DETERMINERS.contains(doc.low(i + 1))
                    && self.document(i + 2)))
    }

    /// Whether the verb, though a verb, reports no statement: negated ("did not say"),
    /// the writer vouching ("and I quote"), going on doing ("continued working"),
    /// accounting ("wrote off"), or a request ("asked not to be named").
    fn reports_nothing(&self) -> bool {
        let (doc, i, lemma) = (self.doc, self.i, self.lemma);
        // Only the verb's own words count: in `"… or not," said Paul` the "not" is the
        // quote's.
        let negated = (i.saturating_sub(3)..i)
            .rev()
            .take_while(|&k| doc.tokens[k].kind == TokenKind::Word)
            .any(|k| NEGATIONS.contains(&doc.low(k)));
        let continues_doing = lemma == "continue"
            && (next_is(doc, i + 1, &["to", "with", "on"])
                || (i + 1 < doc.tokens.len() && doc.low(i + 1).ends_with("ing")));
        negated && !self.first_in_sentence
            || self.low == "quote" && self.prev == Some("i")
            || continues_doing
            || lemma == "write" && next_is(doc, i + 1, &["off", "down"])
            || lemma == "ask" && next_is(doc, i + 1, &["not", "to", "for"])
    }

    /// One past the cue, with its particle ("pointed out"); `None` for a phrasal verb
    /// without it. "she went on." closes a quote; "the talks would go on" reports
    /// nothing.
    fn end_with_particle(&self) -> Option<usize> {
        let end = self.i + 1;
        if self.particle.is_none() {
            return Some(end);
        }
        let closing = next_is(self.doc, end + 1, &[".", ",", ":"]);
        let went_on = matches!(self.low, "went" | "goes") && closing;
        (self.particle_follows() && (self.lemma != "go" || went_on)).then_some(end + 1)
    }
}

/// A form of "to be".
pub fn is_be(word: &str) -> bool {
    lexicon::BE.contains(word)
}

fn next_is(doc: &Document, i: usize, words: &[&str]) -> bool {
    i < doc.tokens.len() && words.contains(&doc.low(i))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues_in(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        (0..doc.tokens.len())
            .filter_map(|i| cue_at(&doc, i))
            .map(|c| doc.slice(c.tokens).to_string())
            .collect()
    }

    #[test]
    fn forms_of_saying_and_believing() {
        assert_eq!(verb("said"), Some((CueClass::Speech, "say")));
        assert_eq!(verb("denied"), Some((CueClass::Speech, "deny")));
        assert_eq!(verb("noted"), Some((CueClass::Speech, "note")));
        assert_eq!(verb("stressing"), Some((CueClass::Speech, "stress")));
        assert_eq!(verb("thinks"), Some((CueClass::Belief, "think")));
        assert_eq!(verb("found"), Some((CueClass::Finding, "find")));
        assert_eq!(verb("table"), None);
    }

    #[test]
    fn nouns_names_and_passives_are_not_cues() {
        assert_eq!(
            cues_in(
                "The report was told to the Post and Trump said. The biggest challenges remain."
            ),
            ["said"]
        );
    }

    #[test]
    fn according_to_and_pointed_out() {
        assert_eq!(
            cues_in("According to Reuters, he pointed out that it rained."),
            ["According to", "pointed out"]
        );
        assert_eq!(
            cues_in("She fired back that Trump hit back first; he hit a wall."),
            ["fired back", "hit back"]
        );
    }
}
