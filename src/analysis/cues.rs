//! Attribution cues: the words that say someone said, believed or found something.
//!
//! Reported speech hangs on a small, closed set of verbs, so a lexicon beats a model
//! here: it is exact, explainable to a reader and costs a few hundred bytes. Verbs of
//! saying ("said", "told", "warned") are kept apart from verbs of belief ("thinks") and of
//! finding ("the report found"): a belief is weaker sourcing than a statement, and the
//! engine gives it lower confidence.

use super::text::{Document, TokenKind};
use rustc_hash::FxHashMap as HashMap;
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

/// Verbs of saying: base form, then irregular forms if any (third person, past, -ing).
#[rustfmt::skip]
const SPEECH: &[&str] = &[
    "say/says/said/saying", "tell/tells/told/telling", "add", "note", "state", "announce",
    "declare", "explain", "argue", "claim", "insist", "ask",
    "write/writes/wrote/writing/written", "tweet", "post", "reply/replies/replied/replying",
    "respond", "acknowledge", "admit/admits/admitted/admitting", "warn", "suggest", "confirm",
    "deny/denies/denied/denying", "report", "recall", "promise", "predict", "concede",
    "remark", "comment", "counter", "contend", "maintain", "emphasize", "emphasise",
    "stress/stresses/stressed/stressing", "repeat", "testify/testifies/testified/testifying",
    "allege", "assert", "complain", "joke", "quip/quips/quipped/quipping",
    "boast/boasts/boasted/boasting", "caution", "observe", "reveal", "disclose", "mention",
    "reiterate", "shout", "yell", "exclaim", "inform", "assure", "answer", "retort", "pledge",
    "threaten", "recount", "lament", "proclaim", "concur/concurs/concurred/concurring",
    "agree", "whisper", "continue", "demand", "charge",
    "remind", "elaborate", "exhort", "implore", "plead", "scoff", "snap/snaps/snapped/snapping",
    "interject", "relay", "echo/echoes/echoed/echoing", "rebut/rebuts/rebutted/rebutting",
    "confess", "opine", "speculate", "advise", "swear/swears/swore/swearing/sworn",
    "underscore", "clarify/clarifies/clarified/clarifying",
    "inquire", "dispute", "hint", "imply/implies/implied/implying", "mutter",
    "murmur", "gush", "marvel/marvels/marveled/marveling", "muse", "sigh",
    "brag/brags/bragged/bragging", "tease", "cry/cries/cried/crying",
    "blog/blogs/blogged/blogging", "chant", "command", "quote", "bark", "fume", "grumble",
    "rant", "growl", "thunder", "roar", "beg/begs/begged/begging", "cite",
    "remember", "recommend", "express/expresses/expressed/expressing", "react", "surmise",
];

/// Verbs that attribute the quoted words they govern ("called it \"a disaster\"") but
/// take no content clause.
#[rustfmt::skip]
const CHARACTERIZE: &[&str] = &[
    "call", "describe", "dub/dubs/dubbed/dubbing", "label/labels/labeled/labeling", "brand",
    "term", "praise", "blast", "slam/slams/slammed/slamming", "criticize", "criticise",
    "thank", "hail", "deride", "mock", "decry/decries/decried/decrying", "denounce",
    "condemn", "dismiss", "reject", "welcome", "vow", "urge", "accuse", "question",
    "challenge", "tout", "read/reads/read/reading",
];

/// Verbs that are cues only with their particle ("pointed out", "fired back", "talked
/// about", a closing "she went on"), and whether they take a content clause. They stay
/// out of the plain lexicon: alone they are as often nouns ("the talks", "a push").
#[rustfmt::skip]
const PHRASAL: &[(&str, &str, bool)] = &[
    ("point/points/pointed/pointing", "out", true), ("fire", "back", true),
    ("shoot/shoots/shot/shooting", "back", true), ("hit/hits/hit/hitting", "back", true),
    ("push", "back", true), ("talk", "about", false), ("go/goes/went", "on", true),
];

#[rustfmt::skip]
const BELIEF: &[&str] = &[
    "think/thinks/thought/thinking", "believe", "feel/feels/felt/feeling", "hope", "fear",
    "expect", "suspect", "doubt", "worry/worries/worried/worrying", "assume", "reckon",
    "know/knows/knew/knowing", "understand/understands/understood/understanding",
    "realize", "wonder", "anticipate",
];

#[rustfmt::skip]
const FINDING: &[&str] = &[
    "find/finds/found/finding", "show/shows/showed/showing/shown", "indicate", "conclude",
    "determine", "estimate", "project",
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

/// A verb form's class, base form, and whether it takes a content clause.
type Entry = (CueClass, &'static str, bool);

fn lexicon() -> &'static HashMap<String, Entry> {
    static LEXICON: OnceLock<HashMap<String, Entry>> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut map = HashMap::default();
        for (class, list, clause) in [
            (CueClass::Speech, SPEECH, true),
            (CueClass::Speech, CHARACTERIZE, false),
            (CueClass::Belief, BELIEF, true),
            (CueClass::Finding, FINDING, true),
        ] {
            for entry in list {
                let (base, all) = forms(entry);
                for form in all {
                    map.entry(form).or_insert((class, base, clause));
                }
            }
        }
        map
    })
}

/// Each form of a phrasal verb: its entry and its particle.
fn phrasal() -> &'static HashMap<String, (Entry, &'static str)> {
    static PHRASES: OnceLock<HashMap<String, (Entry, &'static str)>> = OnceLock::new();
    PHRASES.get_or_init(|| {
        let mut map = HashMap::default();
        for &(entry, particle, clause) in PHRASAL {
            let (base, all) = forms(entry);
            for form in all {
                map.insert(form, ((CueClass::Speech, base, clause), particle));
            }
        }
        map
    })
}

/// "say/says/said/saying" or "note": the base form, and every form with it.
fn forms(entry: &'static str) -> (&'static str, Vec<String>) {
    let mut parts = entry.split('/');
    let base = parts.next().unwrap_or_default();
    let irregular: Vec<&str> = parts.collect();
    let mut all = vec![base.to_string()];
    if irregular.is_empty() {
        all.extend(regular_forms(base));
    } else {
        all.extend(irregular.iter().map(|s| s.to_string()));
    }
    (base, all)
}

/// The verbs that attribute most plainly, tried before the others in a sentence.
pub fn is_core(lemma: &str) -> bool {
    matches!(
        lemma,
        "say"
            | "tell"
            | "according to"
            | "add"
            | "write"
            | "note"
            | "explain"
            | "argue"
            | "claim"
            | "insist"
            | "warn"
            | "report"
            | "confirm"
            | "deny"
            | "announce"
            | "acknowledge"
            | "admit"
            | "state"
            | "ask"
            | "tweet"
    )
}

/// The cue lemma and class of a single lower-case word.
pub fn verb(lower: &str) -> Option<(CueClass, &'static str)> {
    lexicon()
        .get(lower)
        .map(|&(class, lemma, _)| (class, lemma))
}

/// A fingerprint of every verb form [`verb`] knows. The entity model reads "a verb of
/// saying follows" as a feature, so it must be retrained when these change;
/// `tools/ner/train.sh` records the fingerprint it trained on, and a test compares.
pub fn fingerprint() -> u64 {
    let mut forms: Vec<&str> = lexicon().keys().map(String::as_str).collect();
    forms.sort_unstable();
    // FNV-1a: stable across builds and platforms, unlike the standard hasher.
    forms
        .iter()
        .flat_map(|f| f.bytes().chain([b'\n']))
        .fold(0xcbf2_9ce4_8422_2325, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
}

/// Words after which a form like "reports" or "claimed" is a noun or an adjective:
/// "the reports", "his remarks", "a threatened fine".
#[rustfmt::skip]
const NOMINAL_CONTEXT: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our",
    "my", "your", "some", "many", "several", "all", "both", "no", "any", "each", "every",
    "other", "such", "new", "recent", "latest", "previous", "few", "more", "most", "further",
    "so-called", "of", "whose",
    "in", "on", "for", "with", "by", "to", "from", "about", "against", "over", "under",
    "after", "before", "into", "own",
];

/// Words after which a bare base form is a verb: "they say", "will argue".
#[rustfmt::skip]
const BEFORE_BASE_VERB: &[&str] = &[
    "i", "we", "you", "they", "will", "would", "could", "should", "can", "may", "might",
    "must", "did", "do", "does", "also", "often", "now", "still", "who", "to", "n't",
    "repeatedly", "frequently", "routinely", "sometimes", "generally", "usually", "others",
];

/// Tokens in an aside between a plural subject and its verb ("critics, however, argue").
const MAX_ADVERB_ASIDE: usize = 6;

/// Words that negate the verb after them: "did not say" is no statement.
const NEGATIONS: &[&str] = &["not", "n't", "never", "declined", "refused", "nor"];

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
            participle: false,
            takes_clause: true,
        });
    }
    if matches!(low, "put" | "puts") && next_is(doc, i + 1, &["it"]) {
        return Some(Cue {
            tokens: i..i + 2,
            class: CueClass::Speech,
            shape: CueShape::Verb,
            lemma: "put it",
            participle: false,
            takes_clause: false,
        });
    }
    let (&(class, lemma, takes_clause), particle) = match lexicon().get(low) {
        Some(entry) => (entry, None),
        None => phrasal().get(low).map(|(e, p)| (e, Some(*p)))?,
    };
    let particle_follows = particle.is_some_and(|p| next_is(doc, i + 1, &[p]));
    // "reminds him of the 1969 book": a likeness, not speech.
    if lemma == "remind" && (i + 1..(i + 4).min(doc.tokens.len())).any(|k| doc.low(k) == "of") {
        return None;
    }
    // Capitalized mid-sentence, it is a name ("Post", "Hope"), not a verb; in a headline
    // every verb is capitalized ("Clinton Says …").
    let sentence_start = doc.sentences[doc.sentence_of[i]].tokens.start;
    let first_in_sentence = sentence_start == i;
    let headline = doc.paragraphs[doc.paragraph_of(i)].headline;
    // "Tweeted" is often capitalized for the brand.
    if doc.is_capitalized(i) && !first_in_sentence && !headline && lemma != "tweet" {
        return None;
    }
    let prev = (i > 0 && !first_in_sentence).then(|| doc.low(i - 1));
    // "the reports", "11 states", "Western states", "a threatened fine".
    if let Some(p) = prev {
        // "the biggest challenges": a superlative after a determiner makes a noun.
        let superlative = p.len() > 5
            && p.ends_with("est")
            && i >= 2
            && matches!(
                doc.low(i - 2),
                "the" | "its" | "his" | "her" | "their" | "our"
            );
        // `"…," From said`: a capitalized word inside a sentence is a name.
        let name = super::phrases::is_name_word(doc, i - 1) && !headline;
        let nominal = NOMINAL_CONTEXT.contains(&p) && !name
            || doc.tokens[i - 1].kind == TokenKind::Number
            || superlative;
        let participle = low.ends_with("ing")
            && matches!(
                p,
                "by" | "in" | "after" | "before" | "while" | "when" | "without"
            );
        if nominal && !participle && !(p == "to" && low == lemma) {
            return None;
        }
    }
    // A bare base form is a verb after a pronoun, a modal or a plural: "they say",
    // "will argue", "critics argue"; otherwise it is a noun ("a report").
    // "…," it read, the editorial read, read the statement: a document's words; "she
    // read the report" is not a cue.
    let document = |k: usize| {
        k < doc.tokens.len()
            && (super::lexicon::DOCUMENT_HEADS.contains(doc.low(k))
                || matches!(
                    doc.low(k),
                    "editorial" | "sign" | "note" | "ad" | "headline"
                ))
    };
    let document_reads = low == "read"
        && (prev.is_some_and(|p| matches!(p, "it" | "they" | "which"))
            || (i > 0 && document(i - 1))
            || (next_is(doc, i + 1, &["the", "a", "an", "its", "his", "her"]) && document(i + 2)));
    // "Trump hit back": a verb with its particle is no noun.
    if low == lemma && !particle_follows && !document_reads {
        // "critics argue": a plural subject; not "his", "this", "'s".
        let plural = |p: &str| {
            p.ends_with('s')
                && !p.ends_with("ss")
                && !matches!(
                    p,
                    "'s" | "his" | "its" | "this" | "was" | "is" | "has" | "does"
                )
        };
        // "could only quip": an adverb between the modal and the verb.
        let adverb_after_modal = prev.is_some_and(|p| {
            matches!(p, "only" | "just" | "even" | "simply" | "never" | "really")
                && i >= 2
                && BEFORE_BASE_VERB.contains(&doc.low(i - 2))
        });
        let subject_word = |p: &str| BEFORE_BASE_VERB.contains(&p) || plural(p);
        // "The two lawmakers, however, argue": the subject before a short aside.
        let after_aside = prev == Some(",")
            && (i.saturating_sub(MAX_ADVERB_ASIDE).max(sentence_start + 1)..i - 1)
                .rev()
                .find(|&k| doc.word(k) == ",")
                .is_some_and(|c| subject_word(doc.low(c - 1)));
        // "the two write", not "three state polls".
        let counted = i >= 2
            && prev.is_some_and(|p| matches!(p, "two" | "three" | "four"))
            && doc.low(i - 2) == "the";
        let verbal = adverb_after_modal || after_aside || counted || prev.is_some_and(subject_word);
        if !verbal {
            return None;
        }
    }
    // "his comments do not", "the reports were": a form in -s before an auxiliary is a
    // plural noun, the subject.
    if low.ends_with('s')
        && next_is(
            doc,
            i + 1,
            &[
                "do", "did", "are", "were", "have", "had", "will", "would", "can", "could", "may",
                "might", "should", "must",
            ],
        )
    {
        return None;
    }
    // "states" and "charges" are far more often nouns ("in nine states:", "faces criminal
    // charges and"): as verbs they end a tag (`"…," a notice on the door states.`) or
    // introduce what is stated, after a pronoun, a name or a document.
    if matches!(low, "states" | "charges") && !next_is(doc, i + 1, &["."]) {
        let stating_subject = prev.is_some_and(|p| matches!(p, "he" | "she" | "it" | "which"))
            || (i > 0 && (doc.is_capitalized(i - 1) || document(i - 1)));
        if !stating_subject || !next_is(doc, i + 1, &["that", ":", ",", "\"", "“"]) {
            return None;
        }
    }
    if low == "read" && !document_reads {
        return None;
    }
    // "Braynard is quoted as saying": the subject said it after all.
    if low == "quoted" && next_is(doc, i + 1, &["as"]) && next_is(doc, i + 2, &["saying"]) {
        return Some(Cue {
            tokens: i..i + 3,
            class: CueClass::Speech,
            shape: CueShape::Verb,
            lemma: "say",
            participle: false,
            takes_clause: false,
        });
    }
    // "was told", "is known": the subject heard it; it did not say it. With "by", the
    // agent did: "was asked by host Bill Maher".
    // "is telling", "was arguing": a progressive is active.
    let progressive = low.ends_with("ing") && class == CueClass::Speech;
    if prev.is_some_and(|p| BE.contains(&p)) && !progressive {
        if low != lemma && next_is(doc, i + 1, &["by"]) {
            return Some(Cue {
                tokens: i..i + 2,
                class,
                shape: CueShape::Passive,
                lemma,
                participle: false,
                takes_clause: false,
            });
        }
        return None;
    }
    // "did not say", "declined to say", "never told": no statement was made. Only the
    // verb's own words count: in `"… or not," said Paul` the "not" is the quote's.
    let negated = (i.saturating_sub(3)..i)
        .rev()
        .take_while(|&k| doc.tokens[k].kind == TokenKind::Word)
        .any(|k| NEGATIONS.contains(&doc.low(k)));
    if negated && !first_in_sentence {
        return None;
    }
    // "Trump said, and I quote, …": the writer vouching for the words, not speaking.
    if low == "quote" && prev == Some("i") {
        return None;
    }
    // "will continue to be", "continued working": going on doing, not going on speaking.
    if lemma == "continue"
        && (next_is(doc, i + 1, &["to", "with", "on"])
            || (i + 1 < doc.tokens.len() && doc.low(i + 1).ends_with("ing")))
    {
        return None;
    }
    // "plans to write off debts", "wrote down its assets": accounting, not writing.
    if lemma == "write" && next_is(doc, i + 1, &["off", "down"]) {
        return None;
    }
    // "asked not to be named", "asked to leave": a request, not a statement.
    if lemma == "ask" && next_is(doc, i + 1, &["not", "to", "for"]) {
        return None;
    }
    let mut end = i + 1;
    if particle.is_some() {
        // "she went on." closes a quote; "the talks would go on" reports nothing.
        let closing = next_is(doc, end + 1, &[".", ",", ":"]);
        if !particle_follows || (lemma == "go" && (!matches!(low, "went" | "goes") || !closing)) {
            return None;
        }
        end += 1;
    }
    let shape = if WITH_HEARER.contains(&lemma) {
        CueShape::VerbWithHearer
    } else {
        CueShape::Verb
    };
    let participle = low.ends_with("ing");
    Some(Cue {
        tokens: i..end,
        class,
        shape,
        lemma,
        participle,
        takes_clause,
    })
}

/// A form of "to be".
pub fn is_be(word: &str) -> bool {
    BE.contains(&word)
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
