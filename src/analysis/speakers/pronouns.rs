//! Who "he", "she", "it", "they" and "who" stand for.

use super::*;
use crate::analysis::cues::CueClass;
use crate::analysis::entities::gazetteer::Gender;
use crate::analysis::model::{EntityLabel, SpeakerKind};
use std::ops::Range;

impl<'a, 'd> Resolver<'a, 'd> {
    pub(super) fn pronoun(&mut self, r: Range<usize>) -> Option<usize> {
        let doc = self.doc;
        let w = doc.low(r.start).to_string();
        if w == "who" {
            // "Trump, who said": the phrase before the comma.
            let s = doc.sentences[doc.sentence_of[r.start]].tokens.start;
            let comma = r.start > s && doc.word(r.start - 1) == ",";
            let end = if comma { r.start - 1 } else { r.start };
            // "Braynard, a native of Ohio who writes", "Nicky Driscoll, 24, from Manchester,
            // who said": the name before the apposition or the aside.
            let named_before = |from: usize| {
                (from.saturating_sub(12).max(s)..from)
                    .rev()
                    .filter(|&k| doc.word(k) == ",")
                    .take(3)
                    .find_map(|c| {
                        crate::analysis::phrases::subject_before(doc, c, s)
                            .into_iter()
                            .next()
                            .filter(|np| self.head_entity(np).is_some())
                    })
            };
            let antecedent = match crate::analysis::phrases::subject_before(doc, end, s)
                .into_iter()
                .next()
            {
                Some(np) if !comma && np.start > s && doc.word(np.start - 1) == "," => {
                    named_before(np.start).unwrap_or(np)
                }
                Some(np) => np,
                None if comma => named_before(end)?,
                None => return None,
            };
            let id = self.mention(antecedent)?;
            return self.touch(id, r);
        }
        let wanted: &[SpeakerKind] = match w.as_str() {
            "he" | "she" => &[
                SpeakerKind::NamedPerson,
                SpeakerKind::Anonymous,
                SpeakerKind::Unknown,
            ],
            "it" => &[
                SpeakerKind::NamedOrganization,
                SpeakerKind::Media,
                SpeakerKind::Document,
            ],
            "they" => &[
                SpeakerKind::Anonymous,
                SpeakerKind::NamedOrganization,
                SpeakerKind::Unknown,
            ],
            _ => return None,
        };
        let gender = match w.as_str() {
            "he" => Some(Gender::Male),
            "she" => Some(Gender::Female),
            _ => None,
        };
        // "he" is no "supporters of Hillary Clinton".
        let plural = |d: &Draft| {
            d.head.as_deref().is_some_and(|h| {
                h == "people" || h.len() > 3 && h.ends_with('s') && !h.ends_with("ss")
            })
        };
        let compatible = |d: &Draft| {
            wanted.contains(&d.kind)
                && gender_fits(gender, d.gender)
                && !(gender.is_some() && plural(d))
        };
        // The latest named person in the text may be more recent than the latest speaker.
        // Of the last few, the latest whose given name does not say otherwise.
        let person = gender.and_then(|g| {
            let n = self
                .index
                .persons
                .partition_point(|&i| self.entities[i].tokens.end <= r.start);
            self.index.persons[..n]
                .iter()
                .rev()
                .take(MAX_PERSONS_BACK)
                .map(|&i| &self.entities[i])
                .find(|e| gender_fits(Some(g), self.person_gender(e)))
        });
        // "Bolton said he would advise …": the subject of a verb of saying just before,
        // in the same sentence.
        let reporter = person.filter(|p| {
            let end = p.tokens.end;
            end < r.start
                && doc.sentence_of[end] == doc.sentence_of[r.start]
                && crate::analysis::cues::verb(doc.low(end)).is_some_and(|(class, lemma)| {
                    class == CueClass::Speech && lemma != doc.low(end)
                })
        });
        if let Some(p) = reporter {
            let id = self.named(p.tokens.clone(), p);
            if id.is_some_and(|b| gender_fits(gender, self.drafts[b].gender)) {
                return self.touch(id?, r);
            }
        }
        // "Sanders credited Clinton's victory to …. He commanded": a pronoun that opens its
        // sentence most likely continues the previous sentence's subject; one inside it,
        // its own sentence's ("Fallon fired back: \"…,\" he wrote").
        let sentence = doc.sentence_of[r.start];
        let opens = doc.sentences[sentence].tokens.start == r.start;
        let subject_sentence = if opens {
            sentence.checked_sub(1)
        } else {
            Some(sentence)
        };
        if let Some(k) = subject_sentence.filter(|_| gender.is_some()) {
            let subject = self.subject_entity(k, r.start).filter(|e| {
                e.label == EntityLabel::Person && gender_fits(gender, self.person_gender(e))
            });
            if let Some(e) = subject {
                let id = self.named(e.tokens.clone(), e)?;
                return self.touch(id, r);
            }
        }
        let latest = self
            .latest(r.start, compatible)
            .map(|id| (id, self.drafts[id].last_seen));
        // A speaker mentioned in this or the previous two sentences beats a newer name.
        let recent = |seen: usize| doc.sentence_of[r.start] - doc.sentence_of[seen] <= 2;
        // "Electrolux saw its shares rise after it said", "German bank Deutsche Bank has
        // challenged …. In a court filing, it said": with no organization speaking before,
        // "it" is the organization that is the subject of its clause, as for "he" above,
        // or else the one named last in its own sentence ("Qantas shares fell after it
        // warned"). The organization named last anywhere near was wrong about as often as
        // right ("it had signed a deal with Scottish club Rangers. It hopes").
        let organization = || {
            let subject = self.subject_entity(subject_sentence?, r.start);
            subject.filter(|e| e.label == EntityLabel::Org).or_else(|| {
                let n = self.entities.partition_point(|e| e.tokens.end <= r.start);
                self.entities[..n]
                    .iter()
                    .rev()
                    .take_while(|e| doc.sentence_of[e.tokens.start] == sentence)
                    .find(|e| e.label == EntityLabel::Org)
            })
        };
        let named = if w != "it" {
            person
        } else if latest.is_none() {
            organization()
        } else {
            None
        };
        let id = match (latest, named) {
            (Some((id, seen)), Some(p)) if p.tokens.start > seen && !recent(seen) => {
                let by_entity = self.named(p.tokens.clone(), p);
                if by_entity.is_some_and(|b| gender_fits(gender, self.drafts[b].gender)) {
                    by_entity
                } else {
                    Some(id)
                }
            }
            (Some((id, _)), _) => Some(id),
            (None, Some(p)) => self.named(p.tokens.clone(), p),
            (None, None) => None,
        }?;
        if let Some(g) = gender {
            let d = &mut self.drafts[id];
            if d.kind == SpeakerKind::NamedPerson && d.gender.is_none() {
                d.gender = Some(g);
            }
        }
        self.touch(id, r)
    }
}
