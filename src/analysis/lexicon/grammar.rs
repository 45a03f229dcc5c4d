//! Function words: auxiliaries, pronouns, determiners, connectives, prepositions. What a
//! stage asks to tell where a phrase or a clause begins and ends, without a tagger.

use super::word_set::WordSet;

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

/// Reflexives: they stress a subject ("the president himself") or open an aside.
pub const REFLEXIVES: &[&str] = &["himself", "herself", "itself", "themselves"];

pub const ARTICLES: &[&str] = &["a", "an", "the"];

/// Possessive determiners a source phrase opens with ("his aides", "our correspondent");
/// "my" and "your" are a speaker's, inside quotation marks.
pub const POSSESSIVES: &[&str] = &["his", "her", "its", "their", "our"];

pub const SINGULAR_DEMONSTRATIVES: &[&str] = &["this", "that"];

/// "these" and "those", which also stand alone: "those charged with fraud".
pub const PLURAL_DEMONSTRATIVES: &[&str] = &["these", "those"];

/// Determiners after which a form in -ed or -s is an adjective or a noun: "a retired
/// general", "his remarks". Not "these" or "those", after which it may be a participle.
pub static DETERMINERS: WordSet = WordSet::union(&[ARTICLES, POSSESSIVES, SINGULAR_DEMONSTRATIVES]);

/// Quantifiers that may be a plural subject alone: "many say", "most agree".
#[rustfmt::skip]
pub const QUANTIFIERS: &[&str] = &["many", "most", "some", "several", "few", "all", "both"];

/// Determiners of several people or things that introduce them ("several sources"): the
/// quantifiers but "all" and "both", which point back to ones known.
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
pub static DEFINITE: WordSet = WordSet::union(&[
    &["the", "said"],
    SINGULAR_DEMONSTRATIVES,
    PLURAL_DEMONSTRATIVES,
]);

pub const ORDINALS: &[(&str, usize)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
];

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

/// Adverbs that may stand between a verb of saying and what it reports: "said again
/// that", "has said publicly".
#[rustfmt::skip]
pub const REPORTING_ADVERBS: &[&str] = &[
    "also", "repeatedly", "again", "previously", "recently", "publicly", "privately",
];

/// Adverbs and auxiliaries that may sit between a subject and its verb ("has also said").
#[rustfmt::skip]
pub static VERB_MODIFIERS: WordSet = WordSet::union(&[
    HAVE_FORMS,
    DO_FORMS,
    MODALS,
    REPORTING_ADVERBS,
    &[
        "later", "then", "once", "earlier", "further", "often", "still", "just", "already",
        "now", "never", "always", "reportedly", "separately", "quickly", "flatly",
        "explicitly", "initially", "subsequently", "simply", "specifically", "even", "only",
        "long", "first", "not", "too", "both", "all", "each",
    ],
]);

/// Words that open an adverbial before the subject: "In March, Meloni told …",
/// "Alongside the protests, a strategist said …".
#[rustfmt::skip]
pub static OPENERS: WordSet = WordSet::union(&[
    ADVERBIAL_SUBORDINATORS,
    &[
        "in", "on", "at", "during", "as", "although", "if", "despite", "with", "without",
        "for", "by", "from", "under", "over", "asked", "earlier", "later", "last", "late",
        "early", "alongside", "amid", "among", "following", "given", "including", "like",
        "unlike", "toward", "towards", "through", "throughout", "within", "upon", "once",
        "unless", "whether", "to", "according", "beyond", "besides", "against", "across",
        "near", "outside", "inside", "here", "there", "shortly", "soon", "immediately",
        "ever",
    ],
]);

/// Conjunctions and sentence adverbs that may open a clause before its subject.
#[rustfmt::skip]
pub static CLAUSE_OPENERS: WordSet = WordSet::new(&[
    "but", "and", "so", "yet", "still", "meanwhile", "however", "instead", "also", "then",
    "now", "indeed", "separately", "moreover", "nevertheless", "nonetheless", "or", "nor",
    "even",
]);

/// Subordinators that open an adverbial clause and never a content clause ("told a
/// station … when asked about it"). Fewer than `SUBORDINATORS` on purpose: "if" and
/// "where" open reported questions and conditions ("asked if …", "said if elected, …").
#[rustfmt::skip]
pub const ADVERBIAL_SUBORDINATORS: &[&str] = &[
    "when", "while", "after", "before", "because", "since", "until", "though",
];

/// Subordinators: a subject right after one belongs to a subordinate clause.
#[rustfmt::skip]
pub static SUBORDINATORS: WordSet = WordSet::union(&[
    ADVERBIAL_SUBORDINATORS,
    &["as", "if", "where", "whereas", "although", "once", "whereby"],
]);

/// Prepositions after which a form like "reports" or "claimed" is a noun or an
/// adjective: "of reports", "in comments". Not "as", after which it is a participle
/// ("quoted him as saying"), nor the rarer ones.
#[rustfmt::skip]
pub const NOMINAL_PREPOSITIONS: &[&str] = &[
    "of", "in", "on", "for", "with", "by", "to", "from", "about", "against", "over", "under",
    "after", "before", "into",
];

/// Prepositions that cannot begin a source phrase or a content clause.
#[rustfmt::skip]
pub static PREPOSITIONS: WordSet = WordSet::union(&[
    NOMINAL_PREPOSITIONS,
    &[
        "at", "during", "through", "without", "via", "upon", "as", "out", "toward", "towards",
        "among", "amid", "across", "behind", "beyond", "despite", "including",
    ],
]);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pronouns_are_personal_or_who() {
        assert!(is_pronoun("she") && is_pronoun("who"));
        assert!(!is_pronoun("him") && !is_pronoun("whom"));
    }

    #[test]
    fn auxiliaries_are_the_union_of_their_parts() {
        for w in ["were", "had", "did", "might"] {
            assert!(AUXILIARIES.contains(w), "{w}");
        }
        assert!(!AUXILIARIES.contains("'s") && BE.contains("'s"));
    }

    #[test]
    fn determiners_of_a_singular_noun_and_those_that_point_back() {
        assert!(DETERMINERS.contains("the") && DETERMINERS.contains("their"));
        assert!(DETERMINERS.contains("that") && !DETERMINERS.contains("those"));
        assert!(DEFINITE.contains("those") && DEFINITE.contains("said"));
        assert!(!DEFINITE.contains("a") && INDEFINITE.contains("a"));
    }
}
