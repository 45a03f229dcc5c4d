//! The verbs that attribute, in every form: verbs of saying, of characterizing, of belief
//! and of finding, and the phrasal verbs that attribute only with their particle.
//!
//! Each list gives a verb's base form, then its irregular forms if it has any; the regular
//! ones ("notes", "noted", "noting") are made here, once, into one table.

use super::CueClass;
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

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
    "determine", "estimate", "project", "forecast/forecasts/forecast/forecasting", "calculate",
];

/// Verbs whose hearer sits between the verb and the content.
pub(super) const WITH_HEARER: &[&str] = &["tell", "inform", "assure", "remind", "warn", "promise"];

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
pub(super) type Entry = (CueClass, &'static str, bool);

pub(super) fn verb_forms() -> &'static HashMap<String, Entry> {
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
pub(super) fn phrasal() -> &'static HashMap<String, (Entry, &'static str)> {
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
    verb_forms()
        .get(lower)
        .map(|&(class, lemma, _)| (class, lemma))
}

/// A fingerprint of every verb form [`verb`] knows. The entity model reads "a verb of
/// saying follows" as a feature, so it must be retrained when these change;
/// `tools/ner/train.sh` records the fingerprint it trained on, and a test compares.
pub fn fingerprint() -> u64 {
    let mut forms: Vec<&str> = verb_forms().keys().map(String::as_str).collect();
    forms.sort_unstable();
    // FNV-1a: stable across builds and platforms, unlike the standard hasher.
    forms
        .iter()
        .flat_map(|f| f.bytes().chain([b'\n']))
        .fold(0xcbf2_9ce4_8422_2325, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
}
