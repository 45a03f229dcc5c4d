//! The speakers met so far, and the keys each is known again by.
//!
//! Resolution reads the article once, in order, and each mention either joins a speaker
//! met before or makes a new one. This is what that reading remembers: the speakers, the
//! keys they are looked up by (a person's family name, an organization's name, the phrase
//! that introduced an unnamed source, its head noun) and which were mentioned last. It
//! decides nothing about the article's words: the other files say which speaker a phrase
//! is, and ask here whether one is known.

use super::noun_phrase::NounPhrase;
use super::persons::surname;
use crate::analysis::entities::EntitySpan;
use crate::analysis::lexicon::{self, singular, INDEFINITE};
use crate::analysis::model::{Gender, SpeakerKind};
use crate::analysis::text::Document;
use rustc_hash::FxHashMap as HashMap;
use std::collections::VecDeque;
use std::ops::Range;

/// How many recently mentioned speakers a pronoun or "the newspaper" may point back to.
pub(super) const RECENT: usize = 32;

#[derive(Clone, Debug)]
pub struct Draft {
    pub name: String,
    pub kind: SpeakerKind,
    pub description: Option<String>,
    pub anonymity_cue: Option<Range<usize>>,
    /// Token ranges of every mention, in reading order.
    pub mentions: Vec<Range<usize>>,
    pub(super) key: Key,
    pub(super) gender: Option<Gender>,
    /// Lower-case head noun and modifiers of an unnamed source ("source", ["diplomatic"]).
    pub(super) head: Option<String>,
    pub(super) modifiers: Vec<String>,
    pub(super) last_seen: usize,
    /// A role no one named held when it was met ("the minister"), which a named holder
    /// may claim at the end.
    pub(super) role: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub(super) enum Key {
    Person {
        surname: String,
        given: Option<String>,
    },
    Org(String),
    /// An unnamed source, document or role, known by the phrase that introduced it.
    Phrase(String),
}

impl Key {
    /// The phrase of a `Key::Phrase`, or "".
    pub(super) fn phrase(&self) -> &str {
        match self {
            Key::Phrase(p) => p,
            _ => "",
        }
    }
}

/// The speakers met so far, with the keys that find them again.
#[derive(Default)]
pub(super) struct Registry {
    pub(super) drafts: Vec<Draft>,
    /// Person speakers by family name.
    people: HashMap<String, Vec<usize>>,
    /// Organization and outlet speakers by name.
    organizations: HashMap<String, usize>,
    /// Unnamed speakers by the words that introduced them.
    phrases: HashMap<String, usize>,
    /// Unnamed speakers by head noun (singular), in order of introduction.
    heads: HashMap<String, Vec<usize>>,
    /// The most recently mentioned speakers, latest last.
    recent: VecDeque<usize>,
}

impl Registry {
    pub(super) fn new() -> Registry {
        Registry {
            recent: VecDeque::with_capacity(RECENT + 1),
            ..Registry::default()
        }
    }

    /// Records that phrase `r` mentions speaker `id`, which is now the latest.
    pub(super) fn mention(&mut self, id: usize, r: Range<usize>) -> Option<usize> {
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

    /// A new speaker, first mentioned by phrase `r`.
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
        self.mention(id, r)
    }

    /// The most recently mentioned speaker that `f` accepts, mentioned before `before`.
    pub(super) fn latest(&self, before: usize, f: impl Fn(&Draft) -> bool) -> Option<usize> {
        self.recent
            .iter()
            .rev()
            .copied()
            .find(|&id| self.drafts[id].last_seen < before && f(&self.drafts[id]))
    }

    /// The recently mentioned speaker that phrase `r` itself mentions.
    pub(super) fn mentioned_as(&self, r: &Range<usize>) -> Option<usize> {
        (self.recent.iter().rev().copied()).find(|&id| self.drafts[id].mentions.contains(r))
    }

    /// The latest person met with family name `surname` and a given name that does not
    /// contradict `given`.
    pub(super) fn person(&self, surname: &str, given: &Option<String>) -> Option<usize> {
        self.people.get(surname).and_then(|ids| {
            ids.iter()
                .copied()
                .filter(|&id| match &self.drafts[id].key {
                    Key::Person { given: g, .. } => given.is_none() || g.is_none() || g == given,
                    _ => false,
                })
                .max_by_key(|&id| self.drafts[id].last_seen)
        })
    }

    /// Every person met with family name `surname`.
    pub(super) fn people(&self, surname: &str) -> &[usize] {
        self.people.get(surname).map_or(&[], Vec::as_slice)
    }

    /// The organization or outlet met with name `key` (lower case, without "the").
    pub(super) fn organization(&self, key: &str) -> Option<usize> {
        self.organizations.get(key).copied()
    }

    /// The unnamed speaker introduced by phrase `key` (lower case).
    pub(super) fn phrase(&self, key: &str) -> Option<usize> {
        self.phrases.get(key).copied()
    }

    /// Remembers speaker `id` under head noun `head`: "the ministry" may stand for it.
    pub(super) fn add_head(&mut self, head: &str, id: usize) {
        self.heads.entry(head_key(head)).or_default().push(id);
    }

    /// The unnamed speaker that `np` points back to: "the second source" by order, "the
    /// other diplomat" by being not the newest, "the diplomatic source" by its head noun
    /// and the modifiers it repeats, a bare "officials" by the same words. "A source",
    /// "another source" are someone new. Unnamed people share one pool: "a city engineer"
    /// … "the engineer".
    pub(super) fn earlier_unnamed(&self, np: &NounPhrase, kind: SpeakerKind) -> Option<usize> {
        if INDEFINITE.contains(&np.det) && np.ordinal.is_none() {
            return None;
        }
        let unnamed = |k: SpeakerKind| matches!(k, SpeakerKind::Anonymous | SpeakerKind::Unknown);
        let agrees = |k: SpeakerKind| k == kind || (unnamed(k) && unnamed(kind));
        // "The witness said" is not the "witnesses" quoted before.
        let plural = lexicon::is_plural(&np.head);
        let same_number = |d: &Draft| {
            d.head
                .as_deref()
                .is_none_or(|h| lexicon::is_plural(h) == plural)
        };
        let same_head: Vec<usize> = self
            .heads
            .get(&head_key(&np.head))
            .map(|ids| {
                ids.iter()
                    .copied()
                    .filter(|&id| agrees(self.drafts[id].kind) && same_number(&self.drafts[id]))
                    .collect()
            })
            .unwrap_or_default();
        let latest =
            |ids: &mut dyn Iterator<Item = usize>| ids.max_by_key(|&id| self.drafts[id].last_seen);
        if let Some(n) = np.ordinal {
            same_head.get(n - 1).copied()
        } else if np.words.iter().any(|w| w == "other") {
            let newest = latest(&mut same_head.iter().copied());
            latest(&mut same_head.iter().copied().filter(|&id| Some(id) != newest))
        } else if np.definite() {
            // Prefer the one whose modifiers this phrase repeats ("the diplomatic source").
            same_head.iter().copied().max_by_key(|&id| {
                let d = &self.drafts[id];
                let repeated = np.modifiers.iter().filter(|m| d.modifiers.contains(m));
                (repeated.count(), d.last_seen)
            })
        } else {
            // A bare "officials" joins earlier "officials" only by the same words.
            self.phrase(&np.phrase.to_lowercase())
        }
    }

    /// Whether the person at `e` is a speaker already: the subject of an article rarely
    /// speaks only through a role ("the Bishop" is not Dan Brown, whose book he reviews).
    pub(super) fn has_spoken(&self, doc: &Document, e: &EntitySpan) -> bool {
        let ids = self.people(surname(doc, &e.tokens));
        ids.iter().any(|&id| name_matches(doc, e, &self.drafts[id]))
    }
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

/// The head under which an unnamed source is remembered: "a person familiar with the
/// talks" … "the source", "a source" … "the person" are one speaker.
pub(super) fn head_key(head: &str) -> String {
    match singular(head).as_ref() {
        "person" | "people" | "individual" => "source".to_string(),
        noun => noun.to_string(),
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
    use super::*;

    #[test]
    fn keys_by_head_noun_and_by_name_without_the() {
        assert_eq!(head_key("people"), "source");
        assert_eq!(head_key("ministries"), "ministry");
        assert_eq!(strip_the("The Guardian"), "Guardian");
        assert!(is_media("The New York Times") && is_media("Reuters"));
        assert!(!is_media("Tesco"));
    }

    #[test]
    fn the_latest_fitting_speaker_is_the_one_mentioned_last() {
        // "They" skips the person and goes back to the group mentioned last.
        let text = "Critics said the plan was rushed. Ana Ruiz said it was sound. Residents \
                    said the noise was too much. They said the trucks came at night.";
        let names = speakers_of(text);
        assert_eq!(names[3].as_deref(), Some("Residents"));
    }
}
