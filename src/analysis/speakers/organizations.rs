//! "The company said": which organization a kind of organization stands for.
//!
//! News names a company, then calls it "the company" or "the carrier". The organization
//! meant is the subject of the sentence, or one named or quoted just before; never an
//! outlet, a body of another kind ("the Competition Commission") or the employer of
//! someone quoted. A role ("the minister") stands for its holder the same way.

use super::index::EntityIndex;
use super::registry::{is_media, Key};
use super::{Resolver, ORGANIZATION_REACH};
use crate::analysis::entities::gazetteer;
use crate::analysis::entities::EntitySpan;
use crate::analysis::lexicon;
use crate::analysis::model::{EntityLabel, SpeakerKind};
use std::ops::Range;

impl<'a, 'd> Resolver<'a, 'd> {
    /// The organization that "the company" at `r` stands for: the subject of its
    /// sentence, else one named earlier in the sentence, else an organization quoted in the
    /// sentence before ("…, the LSE said. Last week, the group rejected"), else the subject
    /// of the nearest sentence, a few back at most, that has one for its subject, else the
    /// one named last ("TimeWarner is to restate its accounts … under review by the SEC. The
    /// company said" is TimeWarner). Not an outlet, nor a body of another kind ("the
    /// Competition Commission"), nor the employer of someone quoted ("said Hannes Wittig,
    /// analyst at Dresdner Kleinwort").
    pub(super) fn organization_meant(&mut self, r: Range<usize>, kind: &str) -> Option<usize> {
        let at = r.start;
        let doc = self.doc;
        let sentence = doc.sentence_of[at];
        let first = sentence.saturating_sub(ORGANIZATION_REACH);
        let fits = |e: &EntitySpan| may_stand_for(&self.index, e, at, kind);
        let named_last = |from: usize| {
            self.index
                .before(at, from)
                .find(|e| e.label == EntityLabel::Org && fits(e))
        };
        let subject = |k: usize| self.index.subject_entity(k, at).filter(|e| fits(e));
        if let Some(e) =
            subject(sentence).or_else(|| named_last(doc.sentences[sentence].tokens.start))
        {
            return self.stands_for(r, e);
        }
        let previous = doc.sentences[sentence.saturating_sub(1)].tokens.start;
        let quoted = self.registry.latest(at, |d| {
            d.last_seen >= previous
                && matches!(d.key, Key::Org(_))
                && d.kind == SpeakerKind::NamedOrganization
                && may_be(kind, &d.name)
        });
        if let Some(id) = quoted {
            return self.registry.mention(id, r);
        }
        let e = (first..sentence)
            .rev()
            .find_map(subject)
            .or_else(|| named_last(doc.sentences[first].tokens.start))?;
        self.stands_for(r, e)
    }

    /// The phrase `r` ("the minister") stands for the person named at `e`.
    pub(super) fn stands_for(&mut self, r: Range<usize>, e: &EntitySpan) -> Option<usize> {
        let id = self.named(e.tokens.clone(), e)?;
        // The entity's own mention is not a mention at this statement.
        self.registry.drafts[id].mentions.retain(|m| *m != e.tokens);
        self.registry.mention(id, r)
    }
}

/// Whether "the company" (headed by `kind`) at token `at` may stand for entity `e`:
/// an organization named before it that may be of that kind, not the employer of
/// someone quoted ("analyst at Dresdner Kleinwort"); or a one-word "person" that is
/// the company the model took for one.
fn may_stand_for(index: &EntityIndex, e: &EntitySpan, at: usize, kind: &str) -> bool {
    let doc = index.doc;
    e.tokens.end <= at
        && doc.low(e.tokens.start.saturating_sub(1)) != "at"
        && match e.label {
            EntityLabel::Org => may_be(kind, doc.slice(e.tokens.clone())),
            EntityLabel::Person => untitled_single_name(index, e),
            _ => false,
        }
}

/// "Tesco said … the company said": a one-word name never named in full, nor given a
/// title ("Mr McManus") or a given name.
fn untitled_single_name(index: &EntityIndex, e: &EntitySpan) -> bool {
    let doc = index.doc;
    let word = doc.word(e.tokens.start);
    let titled = |&p: &usize| {
        let start = index.entities[p].tokens.start;
        !index.titles[&p].is_empty() || start > 0 && lexicon::is_honorific(doc.low(start - 1))
    };
    e.tokens.len() == 1
        && !index.full_by_surname.contains_key(word)
        && !index
            .by_surname
            .get(word)
            .is_some_and(|people| people.iter().any(titled))
        && gazetteer::get().given_name(word).is_none()
}

/// Whether "the company" (a phrase headed by `kind`) may stand for the organization
/// `name`: not an outlet, nor a body of another kind ("the Competition Commission"), though
/// "the group" may be any ("the National Golf Foundation").
pub(super) fn may_be(kind: &str, name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or_default().to_lowercase();
    let other_body = kind != "group"
        && lexicon::ORGANIZATION_HEADS.contains(&last)
        && !lexicon::ORGANIZATION_KINDS.contains(&last);
    !other_body && !is_media(name)
}

#[cfg(test)]
mod tests {
    use super::super::speakers_of;
    use super::may_be;

    #[test]
    fn the_company_is_the_one_just_named() {
        let text = "Microsoft raised its prices. The company said costs had risen sharply.";
        assert_eq!(speakers_of(text), [Some("Microsoft".to_string())]);
    }

    #[test]
    fn the_company_is_no_outlet_nor_a_body_of_another_kind() {
        assert!(may_be("company", "Tesco"));
        assert!(!may_be("company", "Reuters"));
        assert!(!may_be("company", "Competition Commission"));
        assert!(may_be("group", "National Golf Foundation"));
    }
}
