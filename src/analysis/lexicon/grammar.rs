//! Function words and word shapes: auxiliaries, pronouns, determiners, connectives,
//! prepositions; plurals, adverbs in -ly, forms in -ing. What a stage asks to tell where a
//! phrase or a clause begins and ends, without a tagger.

use super::word_set::WordSet;
use crate::analysis::text::Document;

/// The forms of "to be", "to have" and "to do", and the modals: the parts the classes
/// of auxiliaries below are made of.
pub const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been"];

pub const HAVE_FORMS: &[&str] = &["has", "have", "had"];

pub const DO_FORMS: &[&str] = &["do", "does", "did"];

pub const MODALS: &[&str] = &[
    "will", "would", "could", "can", "should", "may", "might", "must",
];

/// Forms of "to be" ("was told" is passive, "is telling" progressive).
pub static BE: WordSet = WordSet::union(&[BE_FORMS, &["being", "am", "'s"]]);

/// Auxiliaries and modals: after a noun phrase they make it a clause's subject ("said the
/// candidate could be"). Without "'s", which after a name is a possessive.
pub static AUXILIARIES: WordSet = WordSet::union(&[BE_FORMS, HAVE_FORMS, DO_FORMS, MODALS]);

/// Auxiliaries that agree with a plural subject: a form in -s before one is a plural noun
/// ("his comments do not", "the reports were"), where "says is" would not be.
pub static PLURAL_AUXILIARIES: WordSet =
    WordSet::union(&[MODALS, &["are", "were", "have", "had", "do", "did"]]);

pub static PERSONAL_PRONOUNS: WordSet =
    WordSet::new(&["he", "she", "they", "it", "we", "i", "you"]);

/// A personal pronoun, or "who", which stands for a source as a pronoun does.
pub fn is_pronoun(w: &str) -> bool {
    PERSONAL_PRONOUNS.contains(w) || w == "who"
}

/// Determiners of several people or things that introduce them ("several sources").
#[rustfmt::skip]
const PLURAL_INDEFINITE: &[&str] = &[
    "some", "two", "three", "four", "several", "many", "other", "few", "multiple", "numerous",
    "various", "most",
];

/// Determiners that introduce someone new ("a source", "another source").
pub static INDEFINITE: WordSet =
    WordSet::union(&[&["a", "an", "another", "one"], PLURAL_INDEFINITE]);

/// Words that count a plural phrase ("Eleven progressive and Muslim organizations",
/// "several state and federal officials"), besides numerals in digits.
#[rustfmt::skip]
pub static PLURAL_COUNTS: WordSet = WordSet::union(&[
    PLURAL_INDEFINITE,
    &["five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens",
      "hundreds", "thousands"],
]);

/// Determiners that point back to someone already introduced ("the source", "that source").
pub const DEFINITE: &[&str] = &["the", "that", "this", "those", "these", "said"];

pub const ORDINALS: &[(&str, usize)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
];

/// Whether a lower-case word is a quantity that heads a phrase of people ("thousands of
/// people", "two-thirds of voters", "a majority of members").
pub fn is_quantity(w: &str) -> bool {
    matches!(
        w,
        "thousands"
            | "hundreds"
            | "millions"
            | "dozens"
            | "scores"
            | "half"
            | "majority"
            | "minority"
            | "proportion"
            | "share"
            | "percent"
            | "number"
            | "most"
            | "many"
            | "some"
            | "all"
            | "none"
            | "both"
            | "each"
            | "one"
            | "two"
            | "three"
            | "few"
            | "several"
            | "rest"
            | "group"
            | "handful"
    ) || w.ends_with("thirds")
        || w.ends_with("fourths")
        || w.ends_with("fifths")
        || w.ends_with('%')
        || w.bytes().all(|b| b.is_ascii_digit())
}

/// Words that end a noun phrase when met walking away from its head.
#[rustfmt::skip]
pub static CLAUSE_WORDS: WordSet = WordSet::union(&[
    BE_FORMS,
    HAVE_FORMS,
    DO_FORMS,
    MODALS,
    &[
        "and", "but", "or", "so", "yet", "because", "although", "though", "while", "when",
        "where", "whereas", "if", "unless", "since", "after", "before", "as", "than", "that",
        "which", "who", "whom", "whose", "what", "how", "why", "then", "however", "meanwhile",
        "also", "still", "now", "later", "earlier", "not", "to", "until", "till", "being",
    ],
]);

/// Adverbs and auxiliaries that may sit between a subject and its verb ("has also said").
#[rustfmt::skip]
pub static VERB_MODIFIERS: WordSet = WordSet::union(&[
    HAVE_FORMS,
    DO_FORMS,
    MODALS,
    &[
        "also", "later", "then", "again", "once", "previously", "earlier", "further", "often",
        "still", "just", "already", "recently", "now", "never", "always", "reportedly",
        "repeatedly", "separately", "quickly", "flatly", "publicly", "privately", "explicitly",
        "initially", "subsequently", "simply", "specifically", "even", "only", "long", "first",
        "not", "too", "both", "all", "each",
    ],
]);

/// Words that open an adverbial before the subject: "In March, Meloni told …",
/// "Alongside the protests, a strategist said …".
#[rustfmt::skip]
pub static OPENERS: WordSet = WordSet::new(&[
    "in", "on", "at", "after", "before", "during", "when", "while", "as", "although", "though",
    "if", "since", "because", "despite", "with", "without", "for", "by", "from", "under",
    "over", "asked", "earlier", "later", "last", "late", "early", "alongside", "amid", "among",
    "following", "given", "including", "like", "unlike", "toward", "towards", "through",
    "throughout", "within", "upon", "once", "until", "unless", "whether", "to", "according",
    "beyond", "besides", "against", "across", "near", "outside", "inside", "here", "there",
    "shortly", "soon", "immediately", "ever",
]);

/// Conjunctions and sentence adverbs that may open a clause before its subject.
#[rustfmt::skip]
pub static CLAUSE_OPENERS: WordSet = WordSet::new(&[
    "but", "and", "so", "yet", "still", "meanwhile", "however", "instead", "also", "then",
    "now", "indeed", "separately", "moreover", "nevertheless", "nonetheless", "or", "nor",
    "even",
]);

/// Subordinators: a subject right after one belongs to a subordinate clause.
#[rustfmt::skip]
pub static SUBORDINATORS: WordSet = WordSet::new(&[
    "when", "as", "while", "after", "because", "since", "if", "where", "before", "until",
    "whereas", "although", "though", "once", "whereby",
]);

/// Subordinators that open an adverbial clause and never a content clause ("told a
/// station … when asked about it"). Fewer than `SUBORDINATORS` on purpose: "if" and
/// "where" open reported questions and conditions ("asked if …", "said if elected, …").
#[rustfmt::skip]
pub static ADVERBIAL_SUBORDINATORS: WordSet = WordSet::new(&[
    "when", "while", "after", "before", "because", "since", "until", "though",
]);

/// Prepositions that cannot begin a source phrase or a content clause.
#[rustfmt::skip]
pub static PREPOSITIONS: WordSet = WordSet::new(&[
    "of", "in", "on", "at", "to", "for", "with", "about", "during", "after", "before", "by",
    "from", "into", "over", "under", "through", "without", "via", "upon", "as", "out",
    "against", "toward", "towards", "among", "amid", "across", "behind", "beyond", "despite",
    "including",
]);

/// Whether a lower-case noun is plural: "sources", "people"; not "boss", "actress",
/// "analysis" or "news".
pub fn is_plural(noun: &str) -> bool {
    noun == "people"
        || noun.len() > 3
            && noun.ends_with('s')
            && !noun.ends_with("ss")
            && !noun.ends_with("is")
            && noun != "news"
}

/// A noun in the singular: "sources" is "source", "witnesses" "witness", "companies"
/// "company"; "actress" and "people" stay as they are.
pub fn singular(noun: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    if !is_plural(noun) || noun == "people" {
        Cow::Borrowed(noun)
    } else if noun.len() > 4 && noun.ends_with("ies") {
        Cow::Owned(format!("{}y", &noun[..noun.len() - 3]))
    } else if noun.ends_with("sses") || noun.ends_with("ches") || noun.ends_with("shes") {
        Cow::Borrowed(&noun[..noun.len() - 2])
    } else {
        Cow::Borrowed(&noun[..noun.len() - 1])
    }
}

/// Whether lowercase `w` looks like an adverb in -ly ("quietly", "reportedly"); whether
/// it is one ("rally", "family") is for its neighbours to say.
pub fn is_ly_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly")
}

/// Whether token `i` is a lowercase form in -ing ("saying", "calling"): a participle or a
/// gerund, not a subject's head.
pub fn is_ing_form(doc: &Document, i: usize) -> bool {
    let w = doc.low(i);
    w.len() > 4 && w.ends_with("ing") && !doc.is_capitalized(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pronouns_are_personal_or_who() {
        assert!(is_pronoun("she") && is_pronoun("who"));
        assert!(!is_pronoun("him") && !is_pronoun("whom"));
    }

    #[test]
    fn an_ly_adverb_is_long_enough() {
        assert!(is_ly_adverb("quietly") && is_ly_adverb("rally"));
        assert!(!is_ly_adverb("fly") && !is_ly_adverb("only"));
    }

    #[test]
    fn an_ing_form_is_lower_case_and_long_enough() {
        let doc = Document::new("Manning was saying it to sing");
        let forms: Vec<&str> = (0..doc.tokens.len())
            .filter(|&i| is_ing_form(&doc, i))
            .map(|i| doc.word(i))
            .collect();
        assert_eq!(forms, ["saying"]);
    }

    #[test]
    fn plurals_and_their_singulars() {
        assert!(is_plural("sources") && is_plural("people"));
        assert!(!is_plural("boss") && !is_plural("analysis") && !is_plural("news"));
        assert_eq!(singular("companies"), "company");
        assert_eq!(singular("witnesses"), "witness");
        assert_eq!(singular("actress"), "actress");
    }

    #[test]
    fn auxiliaries_are_the_union_of_their_parts() {
        for w in ["were", "had", "did", "might"] {
            assert!(AUXILIARIES.contains(w), "{w}");
        }
        assert!(!AUXILIARIES.contains("'s") && BE.contains("'s"));
    }
}
