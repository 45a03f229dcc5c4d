//! Named speakers: a person by family and given name, an organization by its name.

use super::unnamed::head_key;
use super::{Draft, Key, Resolver};
use crate::analysis::entities::gazetteer;
use crate::analysis::entities::EntitySpan;
use crate::analysis::lexicon;
use crate::analysis::model::{EntityLabel, Gender, SpeakerKind};
use crate::analysis::text::Document;
use std::ops::Range;

impl<'a, 'd> Resolver<'a, 'd> {
    /// A person's name in full: the mention itself when it has a given name, else a full
    /// mention of the same family name before it: the one just before, in the same
    /// sentence or the one before ("Bill Clinton spoke with voters. Clinton said"), else
    /// the first, who is most often the one the article is about ("Bernie Sanders … his
    /// wife, Jane Sanders … said Sanders"). After "Mr." or "Mrs." only a name of that
    /// gender will do, and a name opening a sentence with no known given name is the last
    /// choice.
    pub(super) fn full_name(&self, e: &'a EntitySpan) -> Option<&'a EntitySpan> {
        let doc = self.doc;
        if e.tokens.len() > 1 && !self.index.is_family_name(e) {
            return Some(e);
        }
        let family = surname(doc, &e.tokens);
        let full = self.index.full_by_surname.get(family)?;
        let courtesy = lexicon::honorific(doc.low(e.tokens.start.saturating_sub(1)))
            .and_then(lexicon::Honorific::gender);
        let fits = |f: &EntitySpan| gender_fits(courtesy, given_gender(doc, f));
        // "Maybe Trump" opening a sentence is no full name when the article has another.
        let before = full.partition_point(|&i| self.entities[i].tokens.start <= e.tokens.start);
        let (sure, any) = self.index.earliest_full(family, courtesy);
        let sure = sure.filter(|&p| p < before);
        let first = sure.or(any.filter(|&p| p < before))?;
        // The nearest one, if it is in the same sentence or the one before.
        let sentence = doc.sentence_of[e.tokens.start];
        let near = full[..before]
            .iter()
            .rev()
            .take(MAX_FULL_BACK)
            .map(|&i| &self.entities[i])
            .take_while(|f| doc.sentence_of[f.tokens.start] + 1 >= sentence)
            .find(|f| fits(f) && (sure.is_none() || !doubtful(doc, f)));
        Some(near.unwrap_or(&self.entities[full[first]]))
    }

    /// The gender of a person's given name, from their full name.
    pub(super) fn person_gender(&self, e: &'a EntitySpan) -> Option<Gender> {
        let full = self.full_name(e)?;
        gazetteer::get().person_gender(self.doc.word(full.tokens.start))
    }

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
                let found = self.people.get(&surname).and_then(|ids| {
                    ids.iter()
                        .copied()
                        .filter(|&id| match &self.drafts[id].key {
                            Key::Person { given: g, .. } => {
                                given.is_none() || g.is_none() || *g == given
                            }
                            _ => false,
                        })
                        .max_by_key(|&id| self.drafts[id].last_seen)
                });
                if let Some(id) = found {
                    if let Key::Person {
                        given: g @ None, ..
                    } = &mut self.drafts[id].key
                    {
                        *g = given;
                    }
                    return self.record_mention(id, r);
                }
                let name = doc.slice(e.tokens.clone()).to_string();
                // "Hillary Clinton … Bill Clinton … Clinton said", with neither quoted
                // before: a family name alone is a person named in full before it.
                let given = given.or_else(|| {
                    let full = self.full_name(e)?;
                    Some(doc.word(full.tokens.start).to_string())
                });
                let key = Key::Person {
                    surname,
                    given: given.clone(),
                };
                let id = self.create(r, name, SpeakerKind::NamedPerson, key)?;
                self.drafts[id].gender = self.person_gender(e);
                Some(id)
            }
            EntityLabel::Org | EntityLabel::Gpe | EntityLabel::Norp | EntityLabel::Loc => {
                let name = doc.slice(e.tokens.clone()).to_string();
                let key = strip_the(&name).to_lowercase();
                if let Some(&id) = self.organizations.get(&key) {
                    return self.record_mention(id, r);
                }
                let kind = if is_media(&name) {
                    SpeakerKind::Media
                } else {
                    SpeakerKind::NamedOrganization
                };
                let id = self.create(r, name, kind, Key::Org(key))?;
                // "the Finance and Economy Ministry … the ministry said".
                let last = doc.low(e.tokens.end - 1);
                if lexicon::ORGANIZATION_HEADS.contains(last) {
                    self.heads.entry(head_key(last)).or_default().push(id);
                }
                Some(id)
            }
        }
    }
}

/// Whether a name known to be of gender `known` may be the "he" or "she" of `pronoun`:
/// either is unknown, they agree, or the given name is used for both.
pub(super) fn gender_fits(pronoun: Option<Gender>, known: Option<Gender>) -> bool {
    match (pronoun, known) {
        (Some(p), Some(k)) => k == p || k == Gender::Either,
        _ => true,
    }
}

/// How many full mentions of a family name back a lone family name looks for the one
/// just before it.
const MAX_FULL_BACK: usize = 16;

/// The gender of the given name that opens the full name `f`.
pub(super) fn given_gender(doc: &Document, f: &EntitySpan) -> Option<Gender> {
    gazetteer::get().person_gender(doc.word(f.tokens.start))
}

/// A full name opening a sentence with no known given name ("Maybe Trump said"): the
/// last choice for a family name alone.
pub(super) fn doubtful(doc: &Document, f: &EntitySpan) -> bool {
    doc.opens_sentence(f.tokens.start) && given_gender(doc, f).is_none()
}

/// The family name in a person's name: its last word, not counting "Jr." or "III".
pub(super) fn surname<'d>(doc: &Document<'d>, name: &Range<usize>) -> &'d str {
    let last = name.end - 1;
    let suffix = matches!(
        doc.word(last),
        "Jr." | "Sr." | "Jr" | "Sr" | "II" | "III" | "IV"
    );
    doc.word(if suffix && last > name.start {
        last - 1
    } else {
        last
    })
}

pub(super) fn name_matches(doc: &Document, e: &EntitySpan, d: &Draft) -> bool {
    match &d.key {
        Key::Person {
            surname: key,
            given,
        } => {
            let s = surname(doc, &e.tokens);
            let g = (e.tokens.len() > 1).then(|| doc.word(e.tokens.start));
            s == key && (g.is_none() || given.is_none() || g == given.as_deref())
        }
        _ => false,
    }
}

pub(super) fn strip_the(name: &str) -> &str {
    name.strip_prefix("the ")
        .or_else(|| name.strip_prefix("The "))
        .unwrap_or(name)
}

pub(super) fn is_media(name: &str) -> bool {
    let low = name.to_lowercase();
    lexicon::MEDIA_OUTLETS.contains(&low) || lexicon::MEDIA_OUTLETS.contains(strip_the(&low))
}

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
