//! A person's gender, from the article's own words first.
//!
//! Researchers count who is heard (the Gender Gap Tracker, the BBC's 50:50), so a guess
//! is worse than "unknown": the evidence is, in order, a pronoun the speaker stage linked
//! to the person ("she said"), a courtesy title or peerage ("Mrs", "Lord"), a noun that
//! says it ("chairwoman", "his father"), and only then a first name given to one sex at
//! least 95% of the time ([`lexicon::given_name_gender`]). Never a surname, a role or an
//! organization. Groups, organizations, outlets and documents have no gender.

use super::persons::surname;
use super::registry::Draft;
use crate::analysis::entities::EntitySpan;
use crate::analysis::lexicon::{self, is_plural};
use crate::analysis::model::EntityLabel;
use crate::analysis::model::{Gender, PersonGender, SpeakerKind};
use crate::analysis::text::Document;
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

/// The draft's gender and the words that settle it, or `None` for a speaker that is no
/// one person.
pub fn of(
    doc: &Document,
    draft: &Draft,
    people: &People,
) -> Option<(PersonGender, Option<Range<usize>>)> {
    if !is_one_person(doc, draft) {
        return None;
    }
    // A title settles it. A first name given to one sex almost always outweighs the
    // pronouns linked to the person, which a wrong link can make disagree; without
    // either, the pronouns speak, and then a noun.
    let found = by_title(doc, draft)
        .or_else(|| by_first_name(doc, draft))
        .or_else(|| by_pronoun(doc, draft))
        .or_else(|| by_pronoun_after_name(doc, draft, people))
        .or_else(|| by_noun(doc, draft));
    Some(match found {
        Some((gender, at)) => (gender, Some(at)),
        None => (PersonGender::Unknown, None),
    })
}

/// A named person, or an unnamed source that is one person ("a spokesman", "the
/// official"), not a group ("officials", "some analysts").
fn is_one_person(doc: &Document, draft: &Draft) -> bool {
    match draft.kind {
        SpeakerKind::NamedPerson => true,
        SpeakerKind::Anonymous => draft.mentions.iter().all(|m| {
            let last = m.end.saturating_sub(1);
            m.start < m.end
                && !is_plural(doc.low(last))
                && !matches!(doc.low(last), "they" | "them")
        }),
        _ => false,
    }
}

fn of_gender(g: Gender) -> Option<PersonGender> {
    match g {
        Gender::Female => Some(PersonGender::Female),
        Gender::Male => Some(PersonGender::Male),
        Gender::Either => None,
    }
}

/// "she said": the pronouns that stand for the speaker where it speaks, if most are of
/// one sex; the first of those is the evidence.
fn by_pronoun(doc: &Document, draft: &Draft) -> Option<(PersonGender, Range<usize>)> {
    let pronouns: Vec<(PersonGender, &Range<usize>)> = draft
        .mentions
        .iter()
        .filter_map(|m| match (m.len(), doc.low(m.start)) {
            (1, "he" | "him" | "his") => Some((PersonGender::Male, m)),
            (1, "she" | "her" | "hers") => Some((PersonGender::Female, m)),
            _ => None,
        })
        .collect();
    let male = pronouns
        .iter()
        .filter(|(g, _)| *g == PersonGender::Male)
        .count();
    let female = pronouns.len() - male;
    let gender = match male.cmp(&female) {
        std::cmp::Ordering::Greater => PersonGender::Male,
        std::cmp::Ordering::Less => PersonGender::Female,
        std::cmp::Ordering::Equal => return None,
    };
    let (_, at) = pronouns.into_iter().find(|(g, _)| *g == gender)?;
    Some((gender, at.clone()))
}

/// "Mrs Thatcher", "Lord Butler": a title of one sex at a mention.
fn by_title(doc: &Document, draft: &Draft) -> Option<(PersonGender, Range<usize>)> {
    draft.mentions.iter().find_map(|m| {
        let at = (m.start.saturating_sub(1)..m.end)
            .find(|&k| lexicon::honorific(doc.low(k)).is_some())?;
        let gender = lexicon::honorific(doc.low(at)).and_then(lexicon::Honorific::gender)?;
        Some((of_gender(gender)?, at..at + 1))
    })
}

/// "the chairwoman", "a spokesman": a noun of one sex in a mention.
fn by_noun(doc: &Document, draft: &Draft) -> Option<(PersonGender, Range<usize>)> {
    draft.mentions.iter().find_map(|m| {
        m.clone().find_map(|k| {
            let w = doc.low(k);
            let gender = if lexicon::FEMALE_NOUNS.contains(w) {
                PersonGender::Female
            } else if lexicon::MALE_NOUNS.contains(w) {
                PersonGender::Male
            } else {
                return None;
            };
            Some((gender, k..k + 1))
        })
    })
}

/// "Fiona Hill": the first word of a named person's name, if it is a given name of one
/// sex almost always.
fn by_first_name(doc: &Document, draft: &Draft) -> Option<(PersonGender, Range<usize>)> {
    if draft.kind != SpeakerKind::NamedPerson {
        return None;
    }
    // The speaker's name in full ("Lisa Murkowski"), where the article first writes it.
    let words: Vec<&str> = draft.name.split_whitespace().collect();
    let given = words.iter().take(words.len().saturating_sub(1)).find(|w| {
        let low = w.to_lowercase();
        !lexicon::is_title(&low) && !lexicon::is_honorific(&low)
    })?;
    let gender = lexicon::given_name_gender(given).and_then(of_gender)?;
    let at = (0..doc.tokens.len()).find(|&k| doc.word(k) == *given)?;
    Some((gender, at..at + 1))
}

/// The article's named people, gathered once for every speaker: by family name, and
/// which family each sentence names.
pub struct People<'a> {
    by_family: HashMap<&'a str, Vec<&'a EntitySpan>>,
    in_sentence: Vec<Named<'a>>,
}

/// The people a sentence names.
#[derive(Clone, Copy, PartialEq)]
enum Named<'a> {
    Nobody,
    /// One family: one person, or several names of theirs.
    Family(&'a str),
    Several,
}

impl<'a> People<'a> {
    pub fn new(doc: &'a Document, entities: &'a [EntitySpan]) -> Self {
        let mut people = People {
            by_family: HashMap::default(),
            in_sentence: vec![Named::Nobody; doc.sentences.len()],
        };
        for e in entities.iter().filter(|e| e.label == EntityLabel::Person) {
            let family = surname(doc, &e.tokens);
            people.by_family.entry(family).or_default().push(e);
            let named = &mut people.in_sentence[doc.sentence_of[e.tokens.start]];
            *named = match *named {
                Named::Nobody => Named::Family(family),
                Named::Family(f) if f == family => Named::Family(f),
                _ => Named::Several,
            };
        }
        people
    }
}

/// "Hrafnsson … He said": the pronouns that follow the person's name in its sentence and
/// open the next one, where no other person is named, if they agree.
fn by_pronoun_after_name(
    doc: &Document,
    draft: &Draft,
    people: &People,
) -> Option<(PersonGender, Range<usize>)> {
    if draft.kind != SpeakerKind::NamedPerson {
        return None;
    }
    let family = draft.name.split_whitespace().last()?;
    let alone = |s: usize| match people.in_sentence[s] {
        Named::Nobody => true,
        Named::Family(f) => f == family,
        Named::Several => false,
    };
    let mut votes: Vec<(PersonGender, usize)> = Vec::new();
    for e in people.by_family.get(family).into_iter().flatten() {
        let s = doc.sentence_of[e.tokens.start];
        if !alone(s) {
            continue;
        }
        let sentence = doc.sentences[s].tokens.clone();
        let mut near: Vec<usize> = (e.tokens.end..sentence.end).collect();
        if let Some(next) = doc.sentences.get(s + 1).filter(|_| alone(s + 1)) {
            near.push(next.tokens.start);
        }
        votes.extend(
            near.into_iter()
                .filter_map(|k| pronoun_gender(doc.low(k)).map(|g| (g, k))),
        );
    }
    let first = votes.first()?.0;
    votes
        .iter()
        .all(|(g, _)| *g == first)
        .then(|| (first, votes[0].1..votes[0].1 + 1))
}

fn pronoun_gender(w: &str) -> Option<PersonGender> {
    match w {
        "he" | "him" | "his" | "himself" => Some(PersonGender::Male),
        "she" | "her" | "hers" | "herself" => Some(PersonGender::Female),
        _ => None,
    }
}
