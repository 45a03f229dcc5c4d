//! What the shape of a name says, beyond what the model read: a compound adjective before
//! a name is no part of it ("Australian-born Assange", "London-based Barclays"); a storm's
//! name is an event, not a person ("Hurricane Helene"); a body the lists know, run
//! together with a place after it, is two names ("White House Russia adviser"); and a
//! capitalized word the model knew nothing of is an organization where the article gives
//! it a founder, an editor or a spokesman ("Wikileaks founder", "Wikileaks editor").

use super::super::lexicon::{self, WordSet};
use super::super::model::EntityLabel;
use super::super::order;
use super::super::text::{Document, TokenKind};
use super::gazetteer;
use super::spans::EntitySpan;
use rustc_hash::FxHashSet as HashSet;

/// The second halves of compound adjectives that qualify a name: "-born", "-based".
static COMPOUND_ENDINGS: WordSet = WordSet::new(&[
    "born",
    "based",
    "led",
    "backed",
    "owned",
    "run",
    "funded",
    "bred",
    "raised",
    "educated",
    "trained",
    "controlled",
    "allied",
    "linked",
    "affiliated",
]);

/// Words that open the name of a storm, an event rather than an entity.
static STORMS: WordSet = WordSet::new(&["hurricane", "typhoon", "cyclone", "storm", "tropical"]);

/// The roles a body has and a person does not: "Wikileaks founder", "Fifa spokesman".
static BODY_ROLES: WordSet = WordSet::union(&[
    lexicon::SPOKESPERSONS,
    &[
        "founder",
        "founders",
        "co-founder",
        "editor",
        "editor-in-chief",
        "chairman",
        "chairwoman",
        "ceo",
        "staff",
        "headquarters",
        "website",
        "members",
        "chief",
        "boss",
        "employees",
    ],
]);

pub(super) fn apply(doc: &Document, spans: &mut Vec<EntitySpan>) {
    trim_compound_modifiers(doc, spans);
    spans.retain(|s| !STORMS.contains(doc.low(s.tokens.start)));
    split_body_and_place(doc, spans);
    add_bodies_by_role(doc, spans);
}

/// "Australian-born Assange": a first word that is a compound adjective leaves the name.
fn trim_compound_modifiers(doc: &Document, spans: &mut [EntitySpan]) {
    for s in spans.iter_mut() {
        let first = doc.low(s.tokens.start);
        let compound = first
            .rsplit_once('-')
            .is_some_and(|(_, end)| COMPOUND_ENDINGS.contains(end));
        if compound && s.tokens.len() > 1 {
            s.tokens.start += 1;
        }
    }
}

/// "White House Russia": a listed body and a listed place run together are two names.
fn split_body_and_place(doc: &Document, spans: &mut Vec<EntitySpan>) {
    let gaz = gazetteer::get();
    let mut places = Vec::new();
    for s in spans.iter_mut() {
        let Some(body) = gaz.organization_at(doc, s.tokens.start, s.tokens.end) else {
            continue;
        };
        let body_end = s.tokens.start + body;
        let rest = body_end..s.tokens.end;
        let place = !rest.is_empty()
            && gaz.longest_at(doc, rest.start, rest.end) == Some((rest.len(), EntityLabel::Gpe));
        if place {
            places.push(EntitySpan {
                tokens: rest,
                label: EntityLabel::Gpe,
            });
            s.tokens.end = body_end;
            s.label = EntityLabel::Org;
        }
    }
    spans.extend(places);
    order::by_key(spans, |s| s.tokens.start as u64);
}

/// "Wikileaks founder", "Wikileaks editor-in-chief": a capitalized word inside a
/// sentence, in no name, that the article puts before a role only a body has, is that
/// body wherever the article writes it so.
fn add_bodies_by_role(doc: &Document, spans: &mut Vec<EntitySpan>) {
    let mut named = vec![false; doc.tokens.len()];
    for s in spans.iter() {
        named[s.tokens.clone()].fill(true);
    }
    // A sentence's first word is capitalized anyway, but before such a role it is still
    // the body's name.
    let unnamed_word = |k: usize| {
        doc.tokens[k].kind == TokenKind::Word
            && !named[k]
            && doc.is_capitalized(k)
            && !doc.paragraphs[doc.paragraph_of(k)].headline
    };
    // Never written in lower case between spaces in the article: "Police spokesman" is
    // no name. The words so written are gathered once: searching the text for each
    // candidate took quadratic time.
    let bytes = doc.text.as_bytes();
    let written: HashSet<&str> = (doc.tokens.iter())
        .filter(|t| t.start > 0 && bytes[t.start - 1] == b' ' && bytes.get(t.end) == Some(&b' '))
        .map(|t| &doc.text[t.start..t.end])
        .collect();
    let never_lower = |w: &str| !written.contains(w.to_lowercase().as_str());
    let mut bodies: Vec<&str> = (0..doc.tokens.len().saturating_sub(1))
        .filter(|&k| unnamed_word(k) && BODY_ROLES.contains(doc.low(k + 1)))
        .map(|k| doc.word(k))
        .filter(|w| never_lower(w) && !common_word(&w.to_lowercase()))
        .collect();
    bodies.sort_unstable();
    bodies.dedup();
    if bodies.is_empty() {
        return;
    }
    // Where the model did read the word as a name, it is the same body.
    for s in spans.iter_mut() {
        if s.tokens.len() == 1 && bodies.contains(&doc.word(s.tokens.start)) {
            s.label = EntityLabel::Org;
        }
    }
    for (k, &was_named) in named.iter().enumerate() {
        if !was_named && doc.tokens[k].kind == TokenKind::Word && bodies.contains(&doc.word(k)) {
            spans.push(EntitySpan {
                tokens: k..k + 1,
                label: EntityLabel::Org,
            });
        }
    }
    order::by_key(spans, |s| s.tokens.start as u64);
}

/// A word of the closed classes, or a noun for people or bodies: "Another spokesman",
/// "Party chairman" are not names.
fn common_word(w: &str) -> bool {
    use super::super::lexicon::*;
    DETERMINERS.contains(w)
        || INDEFINITE.contains(w)
        || PREPOSITIONS.contains(w)
        || PERSONAL_PRONOUNS.contains(w)
        || TITLES.contains(w)
        || TITLE_MODIFIERS.contains(w)
        || PEOPLE_NOUNS.contains(w)
        || ANONYMOUS_HEADS.contains(w)
        || ORGANIZATION_HEADS.contains(w)
        || MEDIA_HEADS.contains(w)
}

#[cfg(test)]
mod tests {
    use super::super::tests::entities;
    use super::*;

    #[test]
    fn names_keep_their_own_words() {
        let found = entities(
            "The Australian-born Assange has denied the allegations. Wikileaks editor Kristinn \
             Hrafnsson said the decision was overdue, and Wikileaks said it would fight on. \
             \"It is a relief,\" said former White House Russia adviser Fiona Hill. \
             Hurricane Helene caused damage across Georgia.",
        );
        for (name, label) in [
            ("Wikileaks", EntityLabel::Org),
            ("White House", EntityLabel::Org),
            ("Russia", EntityLabel::Gpe),
            ("Fiona Hill", EntityLabel::Person),
        ] {
            assert!(
                found.contains(&(name.to_string(), label)),
                "{name}: {found:?}"
            );
        }
        for gone in [
            "Australian-born Assange",
            "Hurricane Helene",
            "White House Russia",
        ] {
            assert!(found.iter().all(|(t, _)| t != gone), "{gone}: {found:?}");
        }
        assert!(
            found
                .iter()
                .filter(|(t, _)| t == "Wikileaks")
                .all(|(_, l)| *l == EntityLabel::Org),
            "the body wherever it is named: {found:?}"
        );
    }
}
