//! Named speakers: a person by family and given name, an organization by its name.
//!
//! A family name alone ("Clinton said") is the person named in full nearest before it, or
//! else the first: an article most often goes on about whom it named first. Two people
//! who share a family name stay two when their given names or courtesy titles differ.

use super::index::EntityIndex;
use super::persons::{doubtful, gender_fits, given_gender, surname};
use super::registry::{is_media, strip_the, Key};
use super::Resolver;
use crate::analysis::entities::gazetteer;
use crate::analysis::entities::EntitySpan;
use crate::analysis::lexicon;
use crate::analysis::model::{EntityLabel, Gender, SpeakerKind};
use std::ops::Range;

impl<'a, 'd> Resolver<'a, 'd> {
    /// The speaker that entity `e`, mentioned at `r`, names: one met before under the
    /// same name, or a new one.
    pub(super) fn named(&mut self, r: Range<usize>, e: &EntitySpan) -> Option<usize> {
        let doc = self.doc;
        // "The Tories", "the Lib Dems": a plural name after "the" is a party or a group,
        // whatever the recognizer took it for.
        let start = e.tokens.start;
        let group = e.label == EntityLabel::Person
            && start > 0
            && doc.low(start - 1) == "the"
            && lexicon::is_plural(doc.low(e.tokens.end - 1));
        let label = if group { EntityLabel::Org } else { e.label };
        if let Some(full) = (label == EntityLabel::Person)
            .then(|| self.index.opened_full_name(e))
            .flatten()
        {
            return self.named(r, full);
        }
        match label {
            EntityLabel::Person => {
                let surname = surname(doc, &e.tokens).to_string();
                let given = (e.tokens.len() > 1 && !self.index.is_family_name(e))
                    .then(|| doc.word(e.tokens.start).to_string());
                if let Some(id) = self.registry.person(&surname, &given) {
                    if let Key::Person {
                        given: g @ None, ..
                    } = &mut self.registry.drafts[id].key
                    {
                        *g = given;
                    }
                    return self.registry.mention(id, r);
                }
                let name = doc.slice(e.tokens.clone()).to_string();
                // "Hillary Clinton … Bill Clinton … Clinton said", with neither quoted
                // before: a family name alone is a person named in full before it.
                let given = given.or_else(|| {
                    let full = full_name(&self.index, e)?;
                    Some(doc.word(full.tokens.start).to_string())
                });
                let key = Key::Person {
                    surname,
                    given: given.clone(),
                };
                let id = self
                    .registry
                    .create(r, name, SpeakerKind::NamedPerson, key)?;
                self.registry.drafts[id].gender = person_gender(&self.index, e);
                Some(id)
            }
            EntityLabel::Org | EntityLabel::Gpe | EntityLabel::Norp | EntityLabel::Loc => {
                let name = doc.slice(e.tokens.clone()).to_string();
                let key = strip_the(&name).to_lowercase();
                if let Some(id) = self.registry.organization(&key) {
                    return self.registry.mention(id, r);
                }
                let kind = if is_media(&name) {
                    SpeakerKind::Media
                } else {
                    SpeakerKind::NamedOrganization
                };
                let id = self.registry.create(r, name, kind, Key::Org(key))?;
                // "the Finance and Economy Ministry … the ministry said".
                let last = doc.low(e.tokens.end - 1);
                if lexicon::ORGANIZATION_HEADS.contains(last) {
                    self.registry.add_head(last, id);
                }
                Some(id)
            }
        }
    }
}

/// A person's name in full: the mention itself when it has a given name, else a full
/// mention of the same family name before it: the one just before, in the same
/// sentence or the one before ("Bill Clinton spoke with voters. Clinton said"), else
/// the first, who is most often the one the article is about ("Bernie Sanders … his
/// wife, Jane Sanders … said Sanders"). After "Mr." or "Mrs." only a name of that
/// gender will do, and a name opening a sentence with no known given name is the last
/// choice.
pub(super) fn full_name<'a>(
    index: &EntityIndex<'a, '_>,
    e: &'a EntitySpan,
) -> Option<&'a EntitySpan> {
    let doc = index.doc;
    if e.tokens.len() > 1 && !index.is_family_name(e) {
        return Some(e);
    }
    let family = surname(doc, &e.tokens);
    let full = index.full_by_surname.get(family)?;
    let courtesy = lexicon::honorific(doc.low(e.tokens.start.saturating_sub(1)))
        .and_then(lexicon::Honorific::gender);
    let fits = |f: &EntitySpan| gender_fits(courtesy, given_gender(doc, f));
    // "Maybe Trump" opening a sentence is no full name when the article has another.
    let before = full.partition_point(|&i| index.entities[i].tokens.start <= e.tokens.start);
    let (sure, any) = index.earliest_full(family, courtesy);
    let sure = sure.filter(|&p| p < before);
    let first = sure.or(any.filter(|&p| p < before))?;
    // The nearest one, if it is in the same sentence or the one before.
    let sentence = doc.sentence_of[e.tokens.start];
    let near = full[..before]
        .iter()
        .rev()
        .take(MAX_FULL_BACK)
        .map(|&i| &index.entities[i])
        .take_while(|f| doc.sentence_of[f.tokens.start] + 1 >= sentence)
        .find(|f| fits(f) && (sure.is_none() || !doubtful(doc, f)));
    Some(near.unwrap_or(&index.entities[full[first]]))
}

/// The gender of a person's given name, from their full name.
pub(super) fn person_gender<'a>(index: &EntityIndex<'a, '_>, e: &'a EntitySpan) -> Option<Gender> {
    let full = full_name(index, e)?;
    gazetteer::get().person_gender(index.doc.word(full.tokens.start))
}

/// How many full mentions of a family name back a lone family name looks for the one
/// just before it.
const MAX_FULL_BACK: usize = 16;

#[cfg(test)]
mod tests {
    use super::super::speakers_of;

    #[test]
    fn a_family_name_joins_the_full_name_before_it() {
        let text = "Bill Clinton spoke with voters. \"We will win this state,\" Clinton said.";
        assert_eq!(speakers_of(text), [Some("Bill Clinton".to_string())]);
    }

    #[test]
    fn a_courtesy_title_picks_the_name_of_its_gender() {
        let text = "Hillary Clinton and Bill Clinton arrived together. \"It was a long day \
                    for everybody here,\" Mr. Clinton said.";
        assert_eq!(speakers_of(text), [Some("Bill Clinton".to_string())]);
    }

    #[test]
    fn an_organization_by_its_name() {
        let text = "Microsoft said profits rose sharply. Microsoft also said sales had slowed in the spring.";
        assert_eq!(
            speakers_of(text),
            [Some("Microsoft".to_string()), Some("Microsoft".to_string())]
        );
    }
}
