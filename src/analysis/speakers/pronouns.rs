//! Who "he", "she", "it", "they" and "who" stand for.
//!
//! "who" is the phrase it hangs from. The others try, in order: the subject of a verb of
//! saying just before in the sentence ("Bolton said he …"); for "he" and "she", the
//! subject of the sentence it continues; then the latest speaker it can stand for, unless
//! a person named since is more likely; for "it" with no organization speaking before,
//! the organization that is its clause's subject or named last in its sentence.
//!
//! A pronoun most often goes on with the subject of its sentence or the one before, so
//! the subject is tried before the latest speaker; a person named since beats a speaker
//! only when that speaker was last seen more than two sentences back.

use super::index::EntityIndex;
use super::names::person_gender;
use super::persons::gender_fits;
use super::registry::Draft;
use super::{Resolver, MAX_PERSONS_BACK};
use crate::analysis::cues::{self, CueClass};
use crate::analysis::entities::EntitySpan;
use crate::analysis::lexicon::{self, is_plural};
use crate::analysis::model::{EntityLabel, Gender, SpeakerKind};
use crate::analysis::phrases;
use crate::analysis::text::Document;
use std::ops::Range;

/// What a pronoun may stand for.
struct Wanted {
    kinds: &'static [SpeakerKind],
    gender: Option<Gender>,
}

impl Wanted {
    fn of(pronoun: &str) -> Option<Wanted> {
        use SpeakerKind::*;
        let (kinds, gender): (&'static [SpeakerKind], _) = match pronoun {
            "he" => (&[NamedPerson, Anonymous, Unknown], Some(Gender::Male)),
            "she" => (&[NamedPerson, Anonymous, Unknown], Some(Gender::Female)),
            "it" => (&[NamedOrganization, Media, Document], None),
            "they" => (&[Anonymous, NamedOrganization, Unknown], None),
            _ => return None,
        };
        Some(Wanted { kinds, gender })
    }

    /// Whether speaker `d` may be meant: of a wanted kind and gender, and "he" is no
    /// "supporters of Hillary Clinton".
    fn fits(&self, d: &Draft) -> bool {
        let plural = d.head.as_deref().is_some_and(is_plural);
        // "he" is someone: a speaker of unknown kind only if a person's noun heads it
        // ("the prime minister"), not "Mr Bell's speech".
        let personal = d.kind != SpeakerKind::Unknown
            || d.head
                .as_deref()
                .is_none_or(|h| lexicon::TITLES.contains(h) || lexicon::PERSON_NOUNS.contains(h));
        self.kinds.contains(&d.kind)
            && gender_fits(self.gender, d.gender)
            && !(self.gender.is_some() && (plural || !personal))
    }
}

impl<'a, 'd> Resolver<'a, 'd> {
    /// The speaker the pronoun at `r` stands for.
    pub(super) fn pronoun(&mut self, r: Range<usize>) -> Option<usize> {
        let w = self.doc.low(r.start);
        if w == "who" {
            let antecedent = relative_antecedent(&self.index, r.start)?;
            // "said an REM spokesman, who added": the phrase just read is that speaker
            // already; read again, an unnamed one would become a second.
            let known = self.registry.mentioned_as(&antecedent);
            let id = match known {
                Some(id) => id,
                None => self.mention(antecedent)?,
            };
            return self.registry.mention(id, r);
        }
        let wanted = Wanted::of(w)?;
        let person = wanted
            .gender
            .and_then(|g| nearest_person(&self.index, r.start, g));
        if let Some(id) = person.and_then(|p| self.reporter(&r, p, wanted.gender)) {
            return self.registry.mention(id, r);
        }
        let subject_sentence = sentence_continued(self.doc, r.start);
        if wanted.gender.is_some() {
            if let Some(id) = self.subject_person(r.start, subject_sentence, wanted.gender) {
                return self.registry.mention(id, r);
            }
            if let Some(id) = self.subject_before_quote(r.start, wanted.gender) {
                return self.registry.mention(id, r);
            }
        }
        let latest = self
            .registry
            .latest(r.start, |d| wanted.fits(d))
            .map(|id| (id, self.registry.drafts[id].last_seen));
        let named = if w != "it" {
            person
        } else if latest.is_none() {
            organization_subject(&self.index, r.start, subject_sentence)
        } else {
            None
        };
        let id = self.latest_or_named(r.start, latest, named, wanted.gender)?;
        if let Some(g) = wanted.gender {
            let d = &mut self.registry.drafts[id];
            if d.kind == SpeakerKind::NamedPerson && d.gender.is_none() {
                d.gender = Some(g);
            }
        }
        self.registry.mention(id, r)
    }

    /// "Bolton said he would advise …": the person `p`, if it is the subject of a verb of
    /// saying just before the pronoun at `r`, in the same sentence.
    fn reporter(
        &mut self,
        r: &Range<usize>,
        p: &EntitySpan,
        gender: Option<Gender>,
    ) -> Option<usize> {
        let doc = self.doc;
        let end = p.tokens.end;
        let reports = end < r.start
            && doc.sentence_of[end] == doc.sentence_of[r.start]
            && cues::verb(doc.low(end))
                .is_some_and(|(class, lemma)| class == CueClass::Speech && lemma != doc.low(end));
        if !reports {
            return None;
        }
        self.named(p.tokens.clone(), p)
            .filter(|&b| gender_fits(gender, self.registry.drafts[b].gender))
    }

    /// "Rijkaard was critical of Mourinho's decision. \"…,\" he said": the subject of
    /// the sentence before the quotation that the pronoun at `at` tags, when the
    /// quotation opens its sentence and closes just before the pronoun, is most likely
    /// the one quoted, not a name in its object; unless the quotation names them ("Cruz
    /// is our best debater," he said), as a speaker rarely names themself.
    fn subject_before_quote(&mut self, at: usize, gender: Option<Gender>) -> Option<usize> {
        let doc = self.doc;
        let (close, open) =
            (at.saturating_sub(2)..at).find_map(|k| Some((k, *self.opened_at.get(&k)?)))?;
        let sentence = doc.sentence_of[open];
        if doc.sentences[sentence].tokens.start != open {
            return None;
        }
        let e = self.index.subject_entity(sentence.checked_sub(1)?, at)?;
        let family = doc.word(e.tokens.end - 1);
        if (open..close).any(|k| doc.word(k) == family) {
            return None;
        }
        self.subject_person(at, Some(sentence - 1), gender)
    }

    /// The person heading the subject of sentence `k`, if its gender fits.
    fn subject_person(
        &mut self,
        at: usize,
        k: Option<usize>,
        gender: Option<Gender>,
    ) -> Option<usize> {
        let e = self.index.subject_entity(k?, at).filter(|e| {
            e.label == EntityLabel::Person && gender_fits(gender, person_gender(&self.index, e))
        })?;
        self.named(e.tokens.clone(), e)
    }

    /// The latest fitting speaker, unless `named`, an entity named after it was last
    /// seen more than two sentences back, is a fitting speaker of its own.
    fn latest_or_named(
        &mut self,
        at: usize,
        latest: Option<(usize, usize)>,
        named: Option<&'a EntitySpan>,
        gender: Option<Gender>,
    ) -> Option<usize> {
        let doc = self.doc;
        // A speaker mentioned in this or the previous two sentences beats a newer name.
        let recent = |seen: usize| doc.sentence_of[at] - doc.sentence_of[seen] <= 2;
        match (latest, named) {
            (Some((id, seen)), Some(p)) if p.tokens.start > seen && !recent(seen) => {
                let by_entity = self.named(p.tokens.clone(), p);
                if by_entity.is_some_and(|b| gender_fits(gender, self.registry.drafts[b].gender)) {
                    by_entity
                } else {
                    Some(id)
                }
            }
            (Some((id, _)), _) => Some(id),
            (None, Some(p)) => self.named(p.tokens.clone(), p),
            (None, None) => None,
        }
    }
}

/// "Trump, who said": the phrase before the comma. "Braynard, a native of Ohio who
/// writes", "Nicky Driscoll, 24, from Manchester, who said": the name before the
/// apposition or the aside.
fn relative_antecedent(index: &EntityIndex, who: usize) -> Option<Range<usize>> {
    let doc = index.doc;
    let s = doc.sentences[doc.sentence_of[who]].tokens.start;
    let comma = who > s && doc.word(who - 1) == ",";
    let end = if comma { who - 1 } else { who };
    let named_before = |from: usize| {
        (from.saturating_sub(12).max(s)..from)
            .rev()
            .filter(|&k| doc.word(k) == ",")
            .take(3)
            .find_map(|c| {
                phrases::subject_before(doc, c, s)
                    .into_iter()
                    .next()
                    .filter(|np| index.head_entity(np).is_some())
            })
    };
    match phrases::subject_before(doc, end, s).into_iter().next() {
        Some(np) if !comma && np.start > s && doc.word(np.start - 1) == "," => {
            Some(named_before(np.start).unwrap_or(np))
        }
        Some(np) => Some(np),
        None if comma => named_before(end),
        None => None,
    }
}

/// The latest named person in the text, which may be more recent than the latest
/// speaker: of the last few, the latest whose given name does not say otherwise.
fn nearest_person<'a>(
    index: &EntityIndex<'a, '_>,
    at: usize,
    gender: Gender,
) -> Option<&'a EntitySpan> {
    index
        .persons_before(at, 0)
        .take(MAX_PERSONS_BACK)
        .find(|e| gender_fits(Some(gender), person_gender(index, e)))
}

/// "Electrolux saw its shares rise after it said", "German bank Deutsche Bank has
/// challenged …. In a court filing, it said": with no organization speaking before,
/// "it" is the organization that is the subject of its clause, as for "he", or else
/// the one named last in its own sentence ("Qantas shares fell after it warned"). The
/// organization named last anywhere near was wrong about as often as right ("it had
/// signed a deal with Scottish club Rangers. It hopes").
fn organization_subject<'a>(
    index: &EntityIndex<'a, '_>,
    at: usize,
    k: Option<usize>,
) -> Option<&'a EntitySpan> {
    let doc = index.doc;
    let subject = index.subject_entity(k?, at);
    subject.filter(|e| e.label == EntityLabel::Org).or_else(|| {
        let sentence_start = doc.sentences[doc.sentence_of[at]].tokens.start;
        index
            .before(at, sentence_start)
            .find(|e| e.label == EntityLabel::Org)
    })
}

/// "Sanders credited Clinton's victory to …. He commanded": a pronoun that opens its
/// sentence most likely continues the previous sentence's subject; one inside it,
/// its own sentence's ("Fallon fired back: \"…,\" he wrote").
fn sentence_continued(doc: &Document, at: usize) -> Option<usize> {
    let sentence = doc.sentence_of[at];
    if doc.sentences[sentence].tokens.start == at {
        sentence.checked_sub(1)
    } else {
        Some(sentence)
    }
}

#[cfg(test)]
mod tests {
    use super::super::speakers_of;

    #[test]
    fn she_is_the_woman_just_named() {
        let text = "Tom Hale left early. Ana Ruiz stayed. She said the vote was close.";
        assert_eq!(speakers_of(text), [Some("Ana Ruiz".to_string())]);
    }

    #[test]
    fn he_after_a_verb_of_saying_is_its_subject() {
        let text = "Tom Hale said he would advise the council to wait.";
        assert_eq!(speakers_of(text), [Some("Tom Hale".to_string())]);
    }

    #[test]
    fn it_is_the_organization_of_its_clause() {
        let text = "Tesco shares fell after it warned that sales would slow.";
        assert_eq!(speakers_of(text), [Some("Tesco".to_string())]);
    }

    #[test]
    fn who_is_the_name_before_it() {
        let text = "Ana Ruiz, who said the plan was sound, left the room.";
        assert_eq!(speakers_of(text), [Some("Ana Ruiz".to_string())]);
    }
}
