//! Vague sources: unnamed ones a reader has no way to check.
//!
//! Fact-checkers flag claims that rest on "critics say" or "some experts": no office,
//! employer, place or relation is given, so no one could ask them. "A senior Pentagon
//! official", "two people familiar with the talks", "analysts at Goldman Sachs", "his
//! aides" and "police" each give one of those and are not vague, nor is "the source"
//! pointing back to one that was not.

use super::registry::Draft;
use crate::analysis::entities::{self, EntitySpan};
use crate::analysis::lexicon::{self, WordSet};
use crate::analysis::model::SpeakerKind;
use crate::analysis::text::Document;

/// Heads that name an office or a relation by themselves ("his lawyer", "aides"); bodies
/// ("police", "the court") are organization heads.
static PLACED_HEADS: WordSet = WordSet::union(&[
    lexicon::SPOKESPERSONS,
    lexicon::RELATIONS,
    lexicon::OFFICE_HOLDERS,
    &[
        "prosecutor",
        "legislators",
        "minister",
        "diplomat",
        "aide",
        "lawyer",
        "attorney",
        "attorneys",
        "family",
        "judge",
        "staff",
    ],
]);

/// Words that tie a source to something a reader could check: "familiar with the
/// talks", "close to the minister", "briefed on", "with knowledge of".
static TIES: WordSet = WordSet::new(&[
    "familiar",
    "close",
    "involved",
    "briefed",
    "knowledge",
    "aware",
    "at",
    "for",
    "from",
    "in",
    "of",
    "on",
    "inside",
    "within",
    "'s",
]);

/// Modifiers that name an employer by its level ("a city official", "a federal source"); a
/// body's own noun ("a government source", "a campaign aide") is an organization head.
static EMPLOYERS: WordSet = WordSet::new(&["city", "state", "federal", "county", "municipal"]);

/// Whether the unnamed source `draft` gives no identity a reader could check.
pub fn is_vague(doc: &Document, draft: &Draft, entities: &[EntitySpan]) -> bool {
    if draft.kind != SpeakerKind::Anonymous {
        return false;
    }
    let Some(first) = draft.mentions.first() else {
        return false;
    };
    let named = |k: usize| entities::at(entities, k).is_some();
    let words = first.clone();
    let tied = words.clone().any(|k| {
        let w = doc.low(k);
        named(k)
            || TIES.contains(w)
            || EMPLOYERS.contains(w)
            || PLACED_HEADS.contains(w)
            || lexicon::ORGANIZATION_HEADS.contains(w)
            || lexicon::MEDIA_HEADS.contains(w)
            || lexicon::POSSESSIVES.contains(&w)
    });
    let pronoun = words.len() == 1 && lexicon::PERSONAL_PRONOUNS.contains(doc.low(words.start));
    // "the companies", "these doctors" point back to people the article has named;
    // "those who agree" does not.
    let definite = matches!(doc.low(words.start), "the" | "these");
    !tied && !pronoun && !definite
}
