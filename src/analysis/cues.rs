//! Attribution cues: the words that say someone said, believed or found something.
//!
//! Reported speech hangs on a small, closed set of verbs, so a lexicon beats a model
//! here: it is exact, explainable to a reader and costs a few hundred bytes. Verbs of
//! saying ("said", "told", "warned") are kept apart from verbs of belief ("thinks") and of
//! finding ("the report found"): a belief is weaker sourcing than a statement, and the
//! engine gives it lower confidence.

use super::text::Document;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

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
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue {
    pub tokens: Range<usize>,
    pub class: CueClass,
    pub shape: CueShape,
    /// The verb's base form ("say" for "said").
    pub lemma: &'static str,
}

/// Verbs of saying: base form, then irregular forms if any (third person, past, -ing).
#[rustfmt::skip]
const SPEECH: &[&str] = &[
    "say/says/said/saying", "tell/tells/told/telling", "add", "note", "state", "announce",
    "declare", "explain", "argue", "claim", "insist", "ask",
    "write/writes/wrote/writing/written", "tweet", "post", "reply/replies/replied/replying",
    "respond", "acknowledge", "admit/admits/admitted/admitting", "warn", "suggest", "confirm",
    "deny/denies/denied/denying", "report", "recall", "urge", "vow", "promise", "predict",
    "concede", "remark", "comment", "counter", "contend", "maintain", "emphasize", "emphasise",
    "stress/stresses/stressed/stressing", "repeat", "testify/testifies/testified/testifying",
    "allege", "assert", "complain", "joke", "quip/quips/quipped/quipping",
    "boast/boasts/boasted/boasting", "caution", "observe", "reveal", "disclose", "mention",
    "reiterate", "shout", "yell", "exclaim", "inform", "assure", "answer", "retort", "pledge",
    "threaten", "recount", "lament", "proclaim", "announce", "acknowledge",
    "concur/concurs/concurred/concurring", "agree", "estimate", "whisper", "continue", "demand",
    "charge", "point/points/pointed/pointing", "remind",
];

#[rustfmt::skip]
const BELIEF: &[&str] = &[
    "think/thinks/thought/thinking", "believe", "feel/feels/felt/feeling", "hope", "fear",
    "expect", "suspect", "doubt", "worry/worries/worried/worrying", "assume", "reckon",
    "know/knows/knew/knowing/known", "understand/understands/understood/understanding",
    "realize", "wonder",
];

#[rustfmt::skip]
const FINDING: &[&str] = &[
    "find/finds/found/finding", "show/shows/showed/showing/shown", "indicate", "conclude",
    "determine",
];

/// Verbs whose hearer sits between the verb and the content.
const WITH_HEARER: &[&str] = &["tell", "inform", "assure", "remind", "warn", "promise"];

fn regular_forms(base: &str) -> [String; 3] {
    let stem = base.strip_suffix('e').unwrap_or(base);
    let third = if base.ends_with(['s', 'x', 'z']) || base.ends_with("ch") || base.ends_with("sh") {
        format!("{base}es")
    } else {
        format!("{base}s")
    };
    [third, format!("{stem}ed"), format!("{stem}ing")]
}

fn lexicon() -> &'static HashMap<String, (CueClass, &'static str)> {
    static LEXICON: OnceLock<HashMap<String, (CueClass, &'static str)>> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut map = HashMap::new();
        for (class, list) in [
            (CueClass::Speech, SPEECH),
            (CueClass::Belief, BELIEF),
            (CueClass::Finding, FINDING),
        ] {
            for entry in list {
                let mut forms = entry.split('/');
                let base = forms.next().unwrap_or_default();
                let irregular: Vec<&str> = forms.collect();
                let all: Vec<String> = if irregular.is_empty() {
                    regular_forms(base).into()
                } else {
                    irregular.iter().map(|s| s.to_string()).collect()
                };
                map.entry(base.to_string()).or_insert((class, base));
                for form in all {
                    map.entry(form).or_insert((class, base));
                }
            }
        }
        map
    })
}

/// The cue lemma and class of a single lower-case word.
pub fn verb(lower: &str) -> Option<(CueClass, &'static str)> {
    lexicon().get(lower).copied()
}

/// Base forms that, in news, are verbs ("critics argue") far more often than nouns.
#[rustfmt::skip]
const PLURAL_PRESENT: &[&str] = &[
    "say", "tell", "think", "believe", "know", "argue", "add", "insist", "contend", "maintain",
    "suggest", "predict", "expect", "agree", "write", "explain", "acknowledge", "admit",
    "concede", "emphasize", "complain", "feel", "suspect", "assume", "allege", "assert",
    "worry", "warn", "deny", "confirm", "recall", "testify",
];

#[rustfmt::skip]
const BE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "'s", "am",
];

/// The cue starting at token `i`, if any.
pub fn cue_at(doc: &Document, i: usize) -> Option<Cue> {
    let low = doc.low(i);
    if low == "according" && doc.tokens.get(i + 1).is_some() && doc.low(i + 1) == "to" {
        return Some(Cue {
            tokens: i..i + 2,
            class: CueClass::Speech,
            shape: CueShape::AccordingTo,
            lemma: "according to",
        });
    }
    let (class, lemma) = verb(low)?;
    // Capitalized mid-sentence, it is a name ("Post", "Hope"), not a verb.
    let first_in_sentence = doc.sentences[doc.sentence_of[i]].tokens.start == i;
    if doc.is_capitalized(i) && !first_in_sentence {
        return None;
    }
    // A bare base form is a cue only for verbs that are rarely nouns: "officials say",
    // but not "a report" or "the post".
    if low == lemma && !PLURAL_PRESENT.contains(&lemma) {
        return None;
    }
    // "was told", "is known": the subject heard it; it did not say it.
    if i > 0 && BE.contains(&doc.low(i - 1)) && low != "saying" {
        return None;
    }
    let mut end = i + 1;
    if lemma == "point" {
        // Only "pointed out" is a cue.
        if doc.tokens.get(end).is_some() && doc.low(end) == "out" {
            end += 1;
        } else {
            return None;
        }
    }
    let shape = if WITH_HEARER.contains(&lemma) {
        CueShape::VerbWithHearer
    } else {
        CueShape::Verb
    };
    Some(Cue {
        tokens: i..end,
        class,
        shape,
        lemma,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let doc = Document::new("The report was told to the Post and Trump said.");
        let cues: Vec<&str> = (0..doc.tokens.len())
            .filter_map(|i| cue_at(&doc, i))
            .map(|c| doc.slice(c.tokens))
            .collect();
        assert_eq!(cues, ["said"]);
    }

    #[test]
    fn according_to_and_pointed_out() {
        let doc = Document::new("According to Reuters, he pointed out that it rained.");
        let cues: Vec<&str> = (0..doc.tokens.len())
            .filter_map(|i| cue_at(&doc, i))
            .map(|c| doc.slice(c.tokens))
            .collect();
        assert_eq!(cues, ["According to", "pointed out"]);
    }
}
