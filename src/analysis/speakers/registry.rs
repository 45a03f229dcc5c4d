//! The speakers met so far: creating one, recording a mention, the latest that fits.

use super::RECENT;
use super::{Draft, Key, Resolver};
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
            role: false,
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

#[cfg(test)]
mod tests {
    use super::super::speakers_of;

    #[test]
    fn the_latest_fitting_speaker_is_the_one_mentioned_last() {
        // "They" skips the person and goes back to the group mentioned last.
        let text = "Critics said the plan was rushed. Ana Ruiz said it was sound. Residents \
                    said the noise was too much. They said the trucks came at night.";
        let names = speakers_of(text);
        assert_eq!(names[3].as_deref(), Some("Residents"));
    }
}
