//! The words beside a form that tell a verb from a noun, and the words that end a phrase
//! after a verb: classes made of the function words and times, for the cue and phrase
//! finders, which have no tagger to ask.

use super::grammar::{
    ARTICLES, BE_FORMS, DO_FORMS, HAVE_FORMS, MODALS, NOMINAL_PREPOSITIONS, PLURAL_DEMONSTRATIVES,
    POSSESSIVES, QUANTIFIERS, SINGULAR_DEMONSTRATIVES,
};
use super::time::{TIME_ADVERBS, TIME_OPENERS};
use super::word_set::WordSet;

/// Auxiliaries and common irregular past forms: with the lexicon's verbs and "-ed" words
/// they tell where a subject ends and its verb begins.
#[rustfmt::skip]
pub static VERB_FORMS: WordSet = WordSet::union(&[
    BE_FORMS,
    HAVE_FORMS,
    DO_FORMS,
    MODALS,
    &[
         "went", "came", "made", "took", "gave", "got", "began", "became", "met", "left", "kept",
         "held", "ran", "won", "lost", "brought", "bought", "sought", "fought", "caught",
         "stood", "sat", "spoke", "chose", "drove", "rose", "fell", "built", "sent", "spent",
         "paid", "led", "heard", "grew", "drew", "threw", "flew", "seems", "seemed", "appears",
         "appeared", "wants", "wanted", "plans", "planned", "goes", "gets", "makes", "takes",
         "gives", "comes", "puts", "put", "sees", "saw", "hopes", "tries", "tried", "needs",
         "needed", "remains", "remained", "used", "died", "fled", "owed", "lied",
    ],
]);

/// Words after which a form like "reports" or "claimed" is a noun or an adjective:
/// "the reports", "his remarks", "a threatened fine". "my" and "your" count here, where
/// the form may be inside a quotation.
#[rustfmt::skip]
pub static NOMINAL_CONTEXT: WordSet = WordSet::union(&[
    ARTICLES,
    SINGULAR_DEMONSTRATIVES,
    PLURAL_DEMONSTRATIVES,
    POSSESSIVES,
    &["my", "your"],
    QUANTIFIERS,
    &[
        "no", "any", "each", "every", "other", "such", "new", "recent", "latest", "previous",
        "more", "further", "so-called", "whose", "own",
    ],
    NOMINAL_PREPOSITIONS,
]);

/// Words after which a bare base form is a verb: "they say", "will argue". Of the personal
/// pronouns, those the base form agrees with: "he say" is none.
#[rustfmt::skip]
pub static BEFORE_BASE_VERB: WordSet = WordSet::union(&[
    &["i", "we", "you", "they"],
    MODALS,
    DO_FORMS,
    QUANTIFIERS,
    &[
        "also", "often", "now", "still", "who", "to", "n't", "repeatedly", "frequently",
        "routinely", "sometimes", "generally", "usually", "others",
    ],
]);

/// Words that end a phrase after a verb, unless part of a name ("said Will Doyle"). Only
/// some auxiliaries and subordinators: ending at "can" cut "telling delegates Labour
/// cannot be trusted" short of its clause.
#[rustfmt::skip]
pub static AFTER_PHRASE_STOPS: WordSet = WordSet::union(&[
    TIME_OPENERS,
    // The time words end it anyway after its first word, and cannot open it.
    TIME_ADVERBS,
    &[
        "during", "after", "before", "when", "where", "as", "while", "who", "that", "which",
        "because", "since", "about", "to", "and", "but", "with", "is", "was", "are", "were",
        "there", "has", "had", "will", "would", "told", "said", "says", "from", "by", "if",
    ],
]);
