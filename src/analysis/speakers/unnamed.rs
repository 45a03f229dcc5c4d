//! Phrases headed by a common noun: unnamed sources, documents, offices, and
//! descriptions of someone named ("the company", "the Ballymena-born actor").
//!
//! The head noun decides what a phrase is: a document ("the report"), an organization
//! ("the ministry"), an outlet, a role, an unnamed person ("a source", "a city engineer"),
//! a name the recognizer missed, or no one ("their smiles said a lot", whose statement is
//! better left without a speaker than given a wrong one). "A source" is always someone
//! new; "the source" and "the second source" point back, by head noun, modifiers and order.

use super::index::EntityIndex;
use super::noun_phrase::NounPhrase;
use super::registry::{strip_the, Key};
use super::{Resolver, ORGANIZATION_REACH};
use crate::analysis::entities::EntitySpan;
use crate::analysis::lexicon::{self, singular, INDEFINITE};
use crate::analysis::model::{EntityLabel, SpeakerKind};
use crate::analysis::text::Document;
use std::ops::Range;

impl<'a, 'd> Resolver<'a, 'd> {
    /// A phrase headed by a common noun: an unnamed source, a document, an office, a
    /// role, or a description of someone named.
    pub(super) fn common_noun(&mut self, r: Range<usize>) -> Option<usize> {
        let np = NounPhrase::new(self.doc, r.clone());
        if let Some(id) = self.spokesperson(&np, &r) {
            return self.registry.mention(id, r);
        }
        if let Some(id) = self.author_of(&np, &r) {
            return self.registry.mention(id, r);
        }
        if let Some(id) = self.body_of_its_people(&np, &r) {
            return Some(id);
        }
        if lexicon::MEDIA_HEADS.contains(&np.head) && np.definite() {
            if let Some(id) = self
                .registry
                .latest(r.start, |d| d.kind == SpeakerKind::Media)
            {
                return self.registry.mention(id, r);
            }
        }
        let kind = match kind_of(&self.index, &np, &r) {
            Heads::Kind(kind) => kind,
            // "The official said" after "A White House official said" is that official;
            // with none before, a role is someone named, or a placeholder.
            Heads::Role => {
                if let Some(id) = self.registry.earlier_unnamed(&np, SpeakerKind::Anonymous) {
                    return self.registry.mention(id, r);
                }
                return self.role(r, &np.words);
            }
            Heads::MissedName(span) => return self.named(r, &span),
            Heads::NoOne => {
                self.nameless.insert((r.start, r.end));
                return None;
            }
        };
        if let Some(id) = self.registry.earlier_unnamed(&np, kind) {
            return self.registry.mention(id, r);
        }
        // "Tesco said … The company said": a kind of organization after "the" stands for
        // the organization just named.
        if np.det == "the"
            && lexicon::ORGANIZATION_KINDS.contains(&np.head)
            && !lexicon::MEDIA_HEADS.contains(&np.head)
        {
            if let Some(id) = self.organization_meant(r.clone(), &np.head) {
                self.registry.drafts[id].kind = SpeakerKind::NamedOrganization;
                return Some(id);
            }
        }
        let person_noun = lexicon::PERSON_NOUNS.contains(&np.head);
        if let Some(e) = person_noun
            .then(|| self.epithets.person(&self.index, &r, &np.words))
            .flatten()
        {
            return self.stands_for(r, e);
        }
        let key = Key::Phrase(np.phrase.to_lowercase());
        let id = self.registry.create(r, np.phrase.clone(), kind, key)?;
        self.registry.add_head(&np.head, id);
        let d = &mut self.registry.drafts[id];
        d.head = Some(np.head);
        d.modifiers = np.modifiers;
        Some(id)
    }

    /// "a Rosneft spokesman", "a spokesman for the ministry", "a representative of
    /// Unison": someone the article does not name, who speaks for a body it does. One
    /// row per body, named for it ("Rosneft spokesman"), which "the spokesman" later
    /// joins; never the body itself, nor a place or a piece of its name.
    fn spokesperson(&mut self, np: &NounPhrase, r: &Range<usize>) -> Option<usize> {
        let speaks_for = np
            .words
            .iter()
            .any(|w| lexicon::SPOKESPERSONS.contains(&w.as_str()))
            || np.head == "representative";
        if !speaks_for {
            return None;
        }
        let body = self
            .index
            .entity_in(r, EntityLabel::Org)
            .or_else(|| self.index.entity_in(r, EntityLabel::Person))?;
        let doc = self.doc;
        let body_name = doc.slice(body.tokens.clone());
        let key = Key::Phrase(format!(
            "speaks for {}",
            strip_the(body_name).to_lowercase()
        ));
        if let Some(id) = self.registry.phrase(key.phrase()) {
            return Some(id);
        }
        let id = self.registry.create(
            r.clone(),
            spokesperson_name(doc, r),
            SpeakerKind::Anonymous,
            key,
        )?;
        self.registry.add_head(&np.head, id);
        self.registry.drafts[id].head = Some(np.head.clone());
        Some(id)
    }

    /// "Mr Bell's speech called for …", "the ministry's statement said": the words of a
    /// speech or statement are its author's.
    fn author_of(&mut self, np: &NounPhrase, r: &Range<usize>) -> Option<usize> {
        if !lexicon::SPEECH_NOUNS.contains(&np.head) {
            return None;
        }
        let doc = self.doc;
        let possessive = (r.start..r.end).find(|&k| doc.low(k) == "'s")?;
        let author = self
            .index
            .ending_at
            .get(&possessive)
            .map(|&e| &self.entities[e])?;
        if author.tokens.start < r.start || author.label == EntityLabel::Gpe {
            return None;
        }
        self.named(author.tokens.clone(), author)
    }
}

/// What the head noun of `np` makes the phrase: a kind of speaker, a role, a name the
/// recognizer missed (two or three capitalized words are a person), or no one at all.
fn kind_of(index: &EntityIndex, np: &NounPhrase, r: &Range<usize>) -> Heads {
    let head = np.head.as_str();
    let one = singular(head);
    let is = |list: &lexicon::WordSet| list.contains(head) || list.contains(&one);
    let plural = lexicon::is_plural(head);
    let kind = if is(&lexicon::DOCUMENT_HEADS) {
        SpeakerKind::Document
    } else if is(&lexicon::ORGANIZATION_HEADS) && !plural
        || head == "house" && np.phrase.to_lowercase().ends_with("white house")
    {
        SpeakerKind::NamedOrganization
    } else if is(&lexicon::MEDIA_HEADS) {
        SpeakerKind::Media
    } else if lexicon::TITLES.contains(head)
        && np.definite()
        && !lexicon::SPOKESPERSONS.contains(&head)
        && !np.possessed
        && !index.doc.is_name_word(r.end - 1)
    {
        // "the analyst", "The influential delegate and conservative activist": a
        // definite title may be someone named; not "the Scottish Executive", nor
        // "the prime minister's spokesman", nor any spokesman, who speaks for another.
        return Heads::Role;
    } else if lexicon::ANONYMOUS_HEADS.contains(head) || INDEFINITE.contains(&np.det) {
        // "a source", but also "a city engineer": someone the article does not name.
        SpeakerKind::Anonymous
    } else if lexicon::TITLES.contains(head) {
        return Heads::Role;
    } else if missed(index, r, head) {
        return Heads::MissedName(missed_name(index, r));
    } else if lexicon::names_people(head) || plural && is(&lexicon::ORGANIZATION_HEADS) {
        // Unnamed people and groups: "voters", "the crowd", "exporter organisations".
        SpeakerKind::Anonymous
    } else {
        return Heads::NoOne;
    };
    Heads::Kind(kind)
}

/// Whether phrase `r` ends in a name that no entity covers: capitalized inside its
/// sentence, or opening it ("Tunewave claims") unless it is a word for people
/// ("Investors fear").
fn missed(index: &EntityIndex, r: &Range<usize>, head: &str) -> bool {
    let doc = index.doc;
    let last = r.end - 1;
    doc.is_capitalized(last)
        && !index.ending_at.contains_key(&r.end)
        && (doc.is_name_word(last) || !lexicon::names_people(head))
}

/// The name at the end of phrase `r` that no entity covers.
fn missed_name(index: &EntityIndex, r: &Range<usize>) -> EntitySpan {
    let doc = index.doc;
    // "The Tories": a capitalized article is no part of the name.
    let caps = r
        .clone()
        .rev()
        .take_while(|&i| doc.is_capitalized(i) && !matches!(doc.low(i), "the" | "a"))
        .count();
    let label = if (2..=3).contains(&caps) {
        EntityLabel::Person
    } else {
        EntityLabel::Org
    };
    EntitySpan {
        tokens: r.end - caps..r.end,
        label,
    }
}

/// The row name of a spokesperson: the phrase without its article, capitalized ("Rosneft
/// spokesman", "Spokesman for Unison").
fn spokesperson_name(doc: &Document, r: &Range<usize>) -> String {
    let mut start = r.start;
    if r.len() > 1 && (lexicon::ARTICLES.contains(&doc.low(start)) || doc.low(start) == "one") {
        start += 1;
    }
    let phrase = doc.slice(start..r.end);
    let mut chars = phrase.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// What a common noun heads.
enum Heads {
    Kind(SpeakerKind),
    Role,
    MissedName(EntitySpan),
    /// A phrase that names no one: "their smiles said a lot". Its statement has no
    /// speaker, which is better than a wrong one.
    NoOne,
}

/// The shortest stem two words must share to be of one family: "prosecutors" and
/// "Prosecution", "police" and "Police".
const STEM: usize = 6;

impl Resolver<'_, '_> {
    /// "The Swedish Prosecution Authority … Prosecutors told reporters": the people of a
    /// body just named, with no article or with "the", speak as the body: their plural
    /// head shares its stem with a word of its name. A spokesperson stays a speaker of
    /// their own, as FORMAT.md keys them.
    fn body_of_its_people(&mut self, np: &NounPhrase, r: &Range<usize>) -> Option<usize> {
        let doc = self.doc;
        let bare = np.words.len() == 1 || np.words.len() == 2 && np.det == "the";
        if !bare || !lexicon::is_plural(&np.head) {
            return None;
        }
        // Characters, not bytes: a lowered "İ" is three bytes.
        let stem = &np.head[..np.head.char_indices().nth(STEM)?.0];
        let sentence = doc.sentence_of[r.start];
        let floor = doc.sentences[sentence.saturating_sub(ORGANIZATION_REACH)]
            .tokens
            .start;
        let body = self.index.before(r.start, floor).find(|e| {
            e.label == EntityLabel::Org && e.tokens.clone().any(|k| doc.low(k).starts_with(stem))
        })?;
        self.stands_for(r.clone(), body)
    }
}

#[cfg(test)]
mod tests {
    use super::super::speakers_of;
    use super::*;

    #[test]
    fn a_name_no_entity_covers_is_a_person_of_two_or_three_words() {
        let doc = Document::new("The Tories and Ann Marie Hale");
        let index = EntityIndex::new(&doc, &[], &vec![false; doc.tokens.len()]);
        let tories = missed_name(&index, &(0..2));
        assert_eq!(doc.slice(tories.tokens), "Tories");
        assert_eq!(tories.label, EntityLabel::Org);
        let hale = missed_name(&index, &(3..6));
        assert_eq!(doc.slice(hale.tokens), "Ann Marie Hale");
        assert_eq!(hale.label, EntityLabel::Person);
    }

    #[test]
    fn a_source_and_another_are_two_and_the_second_points_back() {
        let text = "A diplomatic source said the talks had stalled. Another source said the \
                    talks would resume. The second source said the date was not set.";
        let names = speakers_of(text);
        assert_eq!(names[0].as_deref(), Some("A diplomatic source"));
        assert_eq!(names[1].as_deref(), Some("Another source"));
        assert_eq!(names[2].as_deref(), Some("Another source"));
    }
}
