//! Phrases headed by a common noun: unnamed sources, documents, offices, and
//! descriptions of someone named ("the company", "the Ballymena-born actor").

use super::names::{is_media, strip_the};
use super::ORGANIZATION_REACH;
use super::{Draft, Key, Resolver};
use crate::analysis::entities::gazetteer::{self};
use crate::analysis::entities::EntitySpan;
use crate::analysis::lexicon::{self, singular, DEFINITE, INDEFINITE, ORDINALS};
use crate::analysis::model::{EntityLabel, SpeakerKind};
use crate::analysis::text::Document;
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

/// How many sentences back a description ("The businessman said") looks for the person
/// it describes: the one before, or past a line or two that name no one.
const DESCRIBED_SENTENCES_BACK: usize = 3;

impl<'a, 'd> Resolver<'a, 'd> {
    /// A phrase headed by a common noun: an unnamed source, a document, an office, a
    /// role, or a description of someone named.
    pub(super) fn common_noun(&mut self, r: Range<usize>) -> Option<usize> {
        let np = NounPhrase::new(self.doc, r.clone());
        if let Some(id) = self.spokesperson(&np, &r) {
            return self.record_mention(id, r);
        }
        if let Some(id) = self.author_of(&np, &r) {
            return self.record_mention(id, r);
        }
        if lexicon::MEDIA_HEADS.contains(&np.head) && np.definite() {
            if let Some(id) = self.latest(r.start, |d| d.kind == SpeakerKind::Media) {
                return self.record_mention(id, r);
            }
        }
        let kind = match self.kind_of(&np, &r) {
            Heads::Kind(kind) => kind,
            // "The official said" after "A White House official said" is that official;
            // with none before, a role is someone named, or a placeholder.
            Heads::Role => {
                if let Some(id) = self.earlier_unnamed(&np, SpeakerKind::Anonymous) {
                    return self.record_mention(id, r);
                }
                return self.role(r, &np.words);
            }
            Heads::MissedName(span) => return self.named(r, &span),
            Heads::NoOne => {
                self.nameless.insert((r.start, r.end));
                return None;
            }
        };
        if let Some(id) = self.earlier_unnamed(&np, kind) {
            return self.record_mention(id, r);
        }
        // "Tesco said … The company said": a kind of organization after "the" stands for
        // the organization just named.
        if np.det == "the"
            && lexicon::ORGANIZATION_KINDS.contains(&np.head)
            && !lexicon::MEDIA_HEADS.contains(&np.head)
        {
            if let Some(id) = self.organization_meant(r.clone(), &np.head) {
                self.drafts[id].kind = SpeakerKind::NamedOrganization;
                return Some(id);
            }
        }
        let person_noun = lexicon::PERSON_NOUNS.contains(&np.head);
        if let Some(e) = person_noun
            .then(|| self.described_person(&r, &np.words))
            .flatten()
        {
            return self.stands_for(r, e);
        }
        let key = Key::Phrase(np.phrase.to_lowercase());
        let id = self.create(r, np.phrase.clone(), kind, key)?;
        self.heads.entry(head_key(&np.head)).or_default().push(id);
        let d = &mut self.drafts[id];
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
        if let Some(&id) = self.phrases.get(key.phrase()) {
            return Some(id);
        }
        let id = self.create(
            r.clone(),
            spokesperson_name(doc, r),
            SpeakerKind::Anonymous,
            key,
        )?;
        self.heads.entry(head_key(&np.head)).or_default().push(id);
        self.drafts[id].head = Some(np.head.clone());
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

    /// What the head noun of `np` makes the phrase: a kind of speaker, a role, a name the
    /// recognizer missed (two or three capitalized words are a person), or no one at all.
    fn kind_of(&self, np: &NounPhrase, r: &Range<usize>) -> Heads {
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
            && !self.doc.is_name_word(r.end - 1)
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
        } else if self.missed(r, head) {
            return Heads::MissedName(self.missed_name(r));
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
    fn missed(&self, r: &Range<usize>, head: &str) -> bool {
        let doc = self.doc;
        let last = r.end - 1;
        doc.is_capitalized(last)
            && !self.index.ending_at.contains_key(&r.end)
            && (doc.is_name_word(last) || !lexicon::names_people(head))
    }

    /// The name at the end of phrase `r` that no entity covers.
    fn missed_name(&self, r: &Range<usize>) -> EntitySpan {
        let doc = self.doc;
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

    /// The unnamed speaker that `np` points back to: "the second source" by order, "the
    /// other diplomat" by being not the newest, "the diplomatic source" by its head noun
    /// and the modifiers it repeats, a bare "officials" by the same words. "A source",
    /// "another source" are someone new. Unnamed people share one pool: "a city engineer"
    /// … "the engineer".
    fn earlier_unnamed(&self, np: &NounPhrase, kind: SpeakerKind) -> Option<usize> {
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
            self.phrases.get(&np.phrase.to_lowercase()).copied()
        }
    }

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
        let fits = |e: &EntitySpan| self.may_stand_for(e, at, kind);
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
        let quoted = self.latest(at, |d| {
            d.last_seen >= previous
                && matches!(d.key, Key::Org(_))
                && d.kind == SpeakerKind::NamedOrganization
                && may_be(kind, &d.name)
        });
        if let Some(id) = quoted {
            return self.record_mention(id, r);
        }
        let e = (first..sentence)
            .rev()
            .find_map(subject)
            .or_else(|| named_last(doc.sentences[first].tokens.start))?;
        self.stands_for(r, e)
    }

    /// Whether "the company" (headed by `kind`) at token `at` may stand for entity `e`:
    /// an organization named before it that may be of that kind, not the employer of
    /// someone quoted ("analyst at Dresdner Kleinwort"); or a one-word "person" that is
    /// the company the model took for one.
    fn may_stand_for(&self, e: &EntitySpan, at: usize, kind: &str) -> bool {
        let doc = self.doc;
        e.tokens.end <= at
            && doc.low(e.tokens.start.saturating_sub(1)) != "at"
            && match e.label {
                EntityLabel::Org => may_be(kind, doc.slice(e.tokens.clone())),
                EntityLabel::Person => self.untitled_single_name(e),
                _ => false,
            }
    }

    /// "Tesco said … the company said": a one-word name never named in full, nor given a
    /// title ("Mr McManus") or a given name.
    fn untitled_single_name(&self, e: &EntitySpan) -> bool {
        let doc = self.doc;
        let word = doc.word(e.tokens.start);
        let titled = |&p: &usize| {
            let start = self.entities[p].tokens.start;
            !self.index.titles[&p].is_empty()
                || start > 0 && lexicon::is_honorific(doc.low(start - 1))
        };
        e.tokens.len() == 1
            && !self.index.full_by_surname.contains_key(word)
            && !self
                .index
                .by_surname
                .get(word)
                .is_some_and(|people| people.iter().any(titled))
            && gazetteer::get().given_name(word).is_none()
    }

    /// The phrase `r` ("the minister") stands for the person named at `e`.
    pub(super) fn stands_for(&mut self, r: Range<usize>, e: &EntitySpan) -> Option<usize> {
        let id = self.named(e.tokens.clone(), e)?;
        // The entity's own mention is not a mention at this statement.
        self.drafts[id].mentions.retain(|m| *m != e.tokens);
        self.record_mention(id, r)
    }

    /// "Liam Neeson has held a dinner … The Ballymena-born actor said": a description
    /// with "the" and a noun the article has not used before stands for a person just
    /// named, and so does a later description with the same noun ("the Oscar-nominated
    /// actor"). A noun met before ("a producer warned … the producer said") may be
    /// someone else, as may anyone described by another ("the theatre's chef") or several
    /// ("the actors"). Titles are left out: "the Vermont senator" is rarely the person
    /// just named.
    pub(super) fn described_person(
        &mut self,
        r: &Range<usize>,
        words: &[String],
    ) -> Option<&'a EntitySpan> {
        let doc = self.doc;
        let head = &words[head_index(words)];
        let possessed = words.iter().any(|w| w == "'s");
        // "the boss of the organisation" is a role of its own, not a description.
        let modified = head_index(words) + 1 < words.len();
        if words.len() < 2
            || words[0] != "the"
            || possessed
            || modified
            || singular(head) != head.as_str()
        {
            return None;
        }
        // "The Oscar-nominated actor" later is the same actor.
        if let Some(&e) = self.described.get(head.as_str()) {
            return Some(e);
        }
        if self.first_use(head) < r.start {
            return None;
        }
        // The nearest person named before it in its sentence ("called on Republicans to
        // unendorse Trump after the billionaire mogul claimed"), or else the first in the
        // nearest sentence before that names anyone, the one that sentence is about, past
        // a line or two that name no one ("Like the page:").
        let sentence = doc.sentence_of[r.start];
        let start = doc.sentences[sentence].tokens.start;
        let nearest = self.index.persons_anywhere_before(r.start, 0).next()?;
        let e = if nearest.tokens.start >= start {
            nearest
        } else {
            let named_in = doc.sentence_of[nearest.tokens.start];
            if sentence - named_in > DESCRIBED_SENTENCES_BACK {
                return None;
            }
            let from = doc.sentences[named_in].tokens.start;
            self.index.persons_anywhere_before(r.start, from).last()?
        };
        self.described.insert(head.clone(), e);
        Some(e)
    }

    /// Where the article first uses the lower-case word `w`.
    pub(super) fn first_use(&mut self, w: &str) -> usize {
        let doc = self.doc;
        let first = self.first_use.get_or_insert_with(|| {
            let mut first: HashMap<&'a str, usize> = HashMap::default();
            for i in (0..doc.tokens.len()).rev() {
                first.insert(doc.low(i), i);
            }
            first
        });
        first.get(w).copied().unwrap_or(usize::MAX)
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

/// A phrase headed by a common noun, read once: its words, head noun, determiner,
/// the modifiers that tell one unnamed source from another, and an ordinal.
pub(super) struct NounPhrase {
    /// Lower-case words.
    pub(super) words: Vec<String>,
    pub(super) head: String,
    /// The first word, which is the determiner if there is one.
    det: String,
    /// The phrase as written.
    phrase: String,
    /// Words other than the head, the determiner and an ordinal ("diplomatic").
    modifiers: Vec<String>,
    /// "the second source": 2.
    ordinal: Option<usize>,
    /// Someone's: "the prime minister's spokesman", "the charity's director".
    possessed: bool,
}

impl NounPhrase {
    pub(super) fn new(doc: &Document, r: Range<usize>) -> NounPhrase {
        let words: Vec<String> = r.clone().map(|i| doc.low(i).to_string()).collect();
        // "A Department for Education and Skills source": a "for" between two capitalized
        // words is inside a name, and the head comes after it.
        let in_name = |p: usize| {
            let k = r.start + p;
            k > r.start && k + 1 < r.end && doc.is_name_word(k - 1) && doc.is_capitalized(k + 1)
        };
        let mut at = head_index(&words);
        while at + 1 < words.len() && in_name(at + 1) {
            at = (at + 2) + head_index(&words[at + 2..]);
        }
        // "thousands of people", "two-thirds of primary voters": a quantity is of its
        // people.
        while at + 2 < words.len() && words[at + 1] == "of" && lexicon::is_quantity(&words[at]) {
            at = (at + 2) + head_index(&words[at + 2..]);
        }
        let at = at.min(words.len() - 1);
        let head = words[at].clone();
        let possessed = words[1.min(at)..at].iter().any(|w| w == "'s");
        let det = words.first().cloned().unwrap_or_default();
        let modifiers = words
            .iter()
            .filter(|w| **w != head)
            .filter(|w| {
                !DEFINITE.contains(w.as_str())
                    && !INDEFINITE.contains(w)
                    && !ORDINALS.iter().any(|(o, _)| o == w)
            })
            .cloned()
            .collect();
        let ordinal = words
            .iter()
            .find_map(|w| ORDINALS.iter().find(|(o, _)| o == w).map(|&(_, n)| n));
        NounPhrase {
            possessed,
            head,
            det,
            phrase: doc.slice(r).to_string(),
            modifiers,
            ordinal,
            words,
        }
    }

    /// "the source", "that source": pointing back.
    fn definite(&self) -> bool {
        DEFINITE.contains(self.det.as_str())
    }
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

/// The head noun of a phrase: the last word before a post-modifier ("source with knowledge
/// of the matter", "official familiar with the budget").
pub(super) fn head_index(words: &[String]) -> usize {
    words
        .iter()
        .skip(1)
        .position(|w| {
            lexicon::is_source_modifier(w)
                || matches!(
                    w.as_str(),
                    "with"
                        | "of"
                        | "from"
                        | "in"
                        | "at"
                        | "for"
                        | "who"
                        | "that"
                        | "on"
                        | "inside"
                        | "within"
                        | "near"
                        | "including"
                )
        })
        .map_or(words.len() - 1, |p| p)
}

/// The head under which an unnamed source is remembered: "a person familiar with the
/// talks" … "the source", "a source" … "the person" are one speaker.
pub(super) fn head_key(head: &str) -> String {
    match singular(head).as_ref() {
        "person" | "people" | "individual" => "source".to_string(),
        noun => noun.to_string(),
    }
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
    use super::*;

    #[test]
    fn a_noun_phrase_read_once() {
        let doc = Document::new("the second diplomatic source close to the talks");
        let np = NounPhrase::new(&doc, 0..doc.tokens.len());
        assert_eq!(np.head, "source");
        assert_eq!(np.ordinal, Some(2));
        assert!(np.modifiers.contains(&"diplomatic".to_string()));
        assert!(np.definite());
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

    #[test]
    fn the_company_is_the_one_just_named() {
        let text = "Microsoft raised its prices. The company said costs had risen sharply.";
        assert_eq!(speakers_of(text), [Some("Microsoft".to_string())]);
    }

    #[test]
    fn a_new_description_is_the_person_just_named() {
        let text = "Liam Neeson held a dinner. The Ballymena-born actor said it was a fine night.";
        assert_eq!(speakers_of(text), [Some("Liam Neeson".to_string())]);
    }
}
