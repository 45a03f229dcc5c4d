//! The speakers met so far: creating one, recording a mention, the latest that fits.

use super::*;
use crate::analysis::model::SpeakerKind;
use std::ops::Range;

impl<'a, 'd> Resolver<'a, 'd> {
    pub(super) fn record_mention(&mut self, id: usize, r: Range<usize>) -> Option<usize> {
        let d = &mut self.drafts[id];
        d.last_seen = r.start;
        if d.mentions.last() != Some(&r) {
            d.mentions.push(r);
        }
        self.recent.retain(|&x| x != id);
        self.recent.push_back(id);
        if self.recent.len() > RECENT {
            self.recent.pop_front();
        }
        Some(id)
    }

    pub(super) fn create(
        &mut self,
        r: Range<usize>,
        name: String,
        kind: SpeakerKind,
        key: Key,
    ) -> Option<usize> {
        let id = self.drafts.len();
        match &key {
            Key::Person { surname, .. } => self.people.entry(surname.clone()).or_default().push(id),
            Key::Org(name) => {
                self.organizations.insert(name.clone(), id);
            }
            Key::Phrase(phrase) => {
                self.phrases.entry(phrase.clone()).or_insert(id);
            }
        }
        self.drafts.push(Draft {
            name,
            kind,
            description: None,
            anonymity_cue: None,
            mentions: Vec::new(),
            key,
            gender: None,
            head: None,
            modifiers: Vec::new(),
            last_seen: r.start,
        });
        self.record_mention(id, r)
    }

    /// The most recently mentioned speaker that `f` accepts, mentioned before `before`.
    pub(super) fn latest(&self, before: usize, f: impl Fn(&Draft) -> bool) -> Option<usize> {
        self.recent
            .iter()
            .rev()
            .copied()
            .find(|&id| self.drafts[id].last_seen < before && f(&self.drafts[id]))
    }
}
