//! From source phrases to speakers: who is "she", which source is "that source".
//!
//! Mentions are resolved in reading order against the speakers met so far:
//!
//! - a name joins the person or organization with that name ("Meloni" joins
//!   "Giorgia Meloni", but "Bill Clinton" does not join "Hillary Clinton");
//! - a pronoun joins the latest speaker it can stand for ("she" a woman or a person of
//!   unknown gender, "it" an organization), or the latest named person in the text;
//! - "a source", "another source" always introduce someone new; "the source", "that
//!   source" and "the second source" point back to one already introduced, by head noun,
//!   modifiers ("the diplomatic source") and order;
//! - a role ("Italy's premier", "the minister") joins the person whose title it matches,
//!   even when the name comes later;
//! - a new description ("the Ballymena-born actor") joins the person just named.
//!
//! Each speaker gets a kind (person, organization, anonymous, media, document), the best
//! description the article gives, and the phrase that says why a source is unnamed.

use super::cues::CueClass;
use super::entities::gazetteer::{self, Gender};
use super::entities::EntitySpan;
use super::lexicon::{self, DEFINITE, INDEFINITE, ORDINALS};
use super::model::{EntityLabel, SpeakerKind};
use super::text::{Document, TokenKind};
use rustc_hash::FxHashMap as HashMap;
use std::collections::VecDeque;
use std::ops::Range;

#[derive(Clone, Debug)]
pub struct Draft {
    pub name: String,
    pub kind: SpeakerKind,
    pub description: Option<String>,
    pub anonymity_cue: Option<Range<usize>>,
    /// Token ranges of every mention, in reading order.
    pub mentions: Vec<Range<usize>>,
    key: Key,
    gender: Option<Gender>,
    /// Lower-case head noun and modifiers of an unnamed source ("source", ["diplomatic"]).
    head: Option<String>,
    modifiers: Vec<String>,
    last_seen: usize,
}

#[derive(Clone, Debug, PartialEq)]
enum Key {
    Person {
        surname: String,
        given: Option<String>,
    },
    Org(String),
    /// An unnamed source, document or role, known by the phrase that introduced it.
    Phrase(String),
}

pub struct Speakers {
    pub drafts: Vec<Draft>,
    /// For each input phrase list, the speaker of each phrase.
    pub of: Vec<Vec<usize>>,
}

pub fn resolve(doc: &Document, entities: &[EntitySpan], sources: &[Vec<Range<usize>>]) -> Speakers {
    let mut r = Resolver::new(doc, entities);
    let mut of = Vec::with_capacity(sources.len());
    // A phrase carried over to a continuing quote resolves as it did the first time.
    let mut resolved: HashMap<(usize, usize), usize> = HashMap::default();
    for phrases in sources {
        let mut ids = Vec::new();
        for p in phrases {
            let id = match resolved.get(&(p.start, p.end)) {
                Some(&id) => Some(id),
                None => r.mention(p.clone()),
            };
            if let Some(id) = id {
                resolved.insert((p.start, p.end), id);
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        of.push(ids);
    }
    r.merge_roles(&mut of);
    r.describe();
    Speakers {
        drafts: r.drafts,
        of,
    }
}

/// How many recently mentioned speakers a pronoun or "the newspaper" may point back to.
const RECENT: usize = 32;

/// How many named people back "he" or "she" looks for one of its gender.
const MAX_PERSONS_BACK: usize = 4;

/// How many sentences back "the company" looks for the organization it stands for.
const ORGANIZATION_REACH: usize = 4;

/// Lookups over the article's entities, built once so that resolving stays linear.
struct EntityIndex<'d> {
    /// Indices of PERSON entities, in reading order.
    persons: Vec<usize>,
    /// The entity ending at each token end.
    ending_at: HashMap<usize, usize>,
    /// The entity starting at each token.
    starting_at: HashMap<usize, usize>,
    /// PERSON entities by family name.
    by_surname: HashMap<&'d str, Vec<usize>>,
    /// PERSON entities of more than one word (with a given name) by family name.
    full_by_surname: HashMap<&'d str, Vec<usize>>,
    /// The title words before each PERSON entity ("Italian Prime Minister").
    titles: HashMap<usize, Range<usize>>,
    /// PERSON entities by each lower-case word of their title.
    by_title_word: HashMap<String, Vec<usize>>,
    /// Organizations, places and groups by name, lower case, without "the".
    by_name: HashMap<String, Vec<usize>>,
}

impl<'d> EntityIndex<'d> {
    fn new(doc: &Document<'d>, entities: &[EntitySpan]) -> Self {
        let mut index = EntityIndex {
            persons: Vec::new(),
            ending_at: HashMap::default(),
            starting_at: HashMap::default(),
            by_surname: HashMap::default(),
            full_by_surname: HashMap::default(),
            titles: HashMap::default(),
            by_title_word: HashMap::default(),
            by_name: HashMap::default(),
        };
        for (i, e) in entities.iter().enumerate() {
            index.ending_at.insert(e.tokens.end, i);
            index.starting_at.insert(e.tokens.start, i);
        }
        for (i, e) in entities.iter().enumerate() {
            if e.label == EntityLabel::Person {
                index.persons.push(i);
                let family = surname(doc, &e.tokens);
                index.by_surname.entry(family).or_default().push(i);
                if e.tokens.len() > 1 {
                    index.full_by_surname.entry(family).or_default().push(i);
                }
                let title = index.title_before(doc, entities, e);
                for k in title.clone() {
                    index
                        .by_title_word
                        .entry(doc.low(k).to_string())
                        .or_default()
                        .push(i);
                }
                index.titles.insert(i, title);
            } else {
                let name = strip_the(doc.slice(e.tokens.clone())).to_lowercase();
                index.by_name.entry(name).or_default().push(i);
            }
        }
        index
    }

    /// The title words right before a person's name: "Italian Prime Minister".
    fn title_before(
        &self,
        doc: &Document,
        entities: &[EntitySpan],
        e: &EntitySpan,
    ) -> Range<usize> {
        let floor = doc.sentences[doc.sentence_of[e.tokens.start]].tokens.start;
        let mut start = e.tokens.start;
        while start > floor {
            let w = doc.low(start - 1);
            let before = self.ending_at.get(&start).map(|&x| &entities[x]);
            let modifier = before.is_some_and(|x| {
                matches!(
                    x.label,
                    EntityLabel::Gpe | EntityLabel::Norp | EntityLabel::Org
                )
            });
            if lexicon::TITLES.contains(w) || w == "'s" || modifier {
                start = before.map_or(start - 1, |x| x.tokens.start);
            } else {
                break;
            }
        }
        start..e.tokens.start
    }

    fn title(&self, e: usize) -> Range<usize> {
        self.titles.get(&e).cloned().unwrap_or(0..0)
    }

    /// PERSON entities whose title holds one of `words`.
    fn titled(&self, words: &[&str]) -> Vec<usize> {
        let mut out: Vec<usize> = words
            .iter()
            .filter_map(|w| self.by_title_word.get(*w))
            .flatten()
            .copied()
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

struct Resolver<'a, 'd> {
    doc: &'a Document<'d>,
    entities: &'a [EntitySpan],
    index: EntityIndex<'d>,
    drafts: Vec<Draft>,
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
    /// Nouns that described a named person ("actor"), with that person's entity.
    described: HashMap<String, usize>,
    /// Where each lower-case word is first used, built when first needed.
    first_use: Option<HashMap<&'a str, usize>>,
}

impl<'a, 'd> Resolver<'a, 'd> {
    fn new(doc: &'a Document<'d>, entities: &'a [EntitySpan]) -> Self {
        Resolver {
            doc,
            entities,
            index: EntityIndex::new(doc, entities),
            drafts: Vec::new(),
            people: HashMap::default(),
            organizations: HashMap::default(),
            phrases: HashMap::default(),
            heads: HashMap::default(),
            recent: VecDeque::with_capacity(RECENT + 1),
            described: HashMap::default(),
            first_use: None,
        }
    }

    /// The last entity labelled `label` inside phrase `r`.
    fn entity_in(&self, r: &Range<usize>, label: EntityLabel) -> Option<&'a EntitySpan> {
        let first = self.entities.partition_point(|e| e.tokens.start < r.start);
        self.entities[first..]
            .iter()
            .take_while(|e| e.tokens.start < r.end)
            .filter(|e| e.label == label && e.tokens.end <= r.end)
            .last()
    }

    /// A person's name in full: the mention itself when it has a given name, else a full
    /// mention of the same family name before it: the one just before, in the same
    /// sentence or the one before ("Bill Clinton spoke with voters. Clinton said"), else
    /// the first, who is most often the one the article is about ("Bernie Sanders … his
    /// wife, Jane Sanders … said Sanders"). After "Mr." or "Mrs." only a name of that
    /// gender will do, and a name opening a sentence with no known given name is the last
    /// choice.
    fn full_name(&self, e: &'a EntitySpan) -> Option<&'a EntitySpan> {
        let doc = self.doc;
        if e.tokens.len() > 1 {
            return Some(e);
        }
        let full = self.index.full_by_surname.get(surname(doc, &e.tokens))?;
        let n = full.partition_point(|&i| self.entities[i].tokens.start <= e.tokens.start);
        let courtesy = match doc
            .low(e.tokens.start.saturating_sub(1))
            .trim_end_matches('.')
        {
            "mr" => Some(Gender::Male),
            "mrs" | "ms" | "miss" => Some(Gender::Female),
            _ => None,
        };
        let given = |f: &EntitySpan| gazetteer::get().person_gender(doc.word(f.tokens.start));
        let mut before: Vec<&EntitySpan> = full[..n]
            .iter()
            .map(|&i| &self.entities[i])
            .filter(|&f| gender_fits(courtesy, given(f)))
            .collect();
        // "Maybe Trump" opening a sentence is no full name when the article has another.
        let doubtful = |f: &EntitySpan| doc.opens_sentence(f.tokens.start) && given(f).is_none();
        if before.iter().any(|&f| !doubtful(f)) {
            before.retain(|&f| !doubtful(f));
        }
        let last = *before.last()?;
        let sentence = doc.sentence_of[e.tokens.start];
        if doc.sentence_of[last.tokens.start] + 1 >= sentence {
            Some(last)
        } else {
            before.first().copied()
        }
    }

    /// The gender of a person's given name, from their full name.
    fn person_gender(&self, e: &'a EntitySpan) -> Option<Gender> {
        let full = self.full_name(e)?;
        gazetteer::get().person_gender(self.doc.word(full.tokens.start))
    }

    /// The entity that is the head of phrase `r`: the one that ends it, unless it is the
    /// object of "of" or "for" after a common noun ("supporters of Hillary Clinton", "a
    /// spokesman for Clinton"). A person named before "of" or "from" and a place is the
    /// head: "Jason Gilbert of Cheyenne".
    fn head_entity(&self, r: &Range<usize>) -> Option<&'a EntitySpan> {
        let e = &self.entities[*self.index.ending_at.get(&r.end)?];
        let doc = self.doc;
        let mut start = e.tokens.start;
        // "The Chartered Institute of Purchasing and Supply said": the phrase finder split
        // the name at "and"; its tail still stands for the whole name.
        if start < r.start {
            return Some(e);
        }
        // "a source close to the White House" is not the White House, nor "people close
        // to Ms. Reed" Reed.
        let mut prep = start;
        while prep > r.start
            && (doc.low(prep - 1) == "the" || super::lexicon::TITLES.contains(doc.low(prep - 1)))
        {
            prep -= 1;
        }
        let modified = prep >= r.start + 2
            && matches!(doc.low(prep - 1), "to" | "with" | "in" | "on")
            && super::phrases::is_source_modifier(doc.low(prep - 2));
        if modified {
            return None;
        }
        // "of the Centre for Economic Policy": the preposition before the article.
        if start > r.start && doc.low(start - 1) == "the" {
            start -= 1;
        }
        if start < r.start + 2 || !matches!(doc.low(start - 1), "of" | "for" | "from") {
            return Some(e);
        }
        // "Jane Doe of the Centre for Economic Policy" is Jane Doe; "a spokesman for the
        // Centre" speaks for it.
        let affiliation = matches!(e.label, EntityLabel::Gpe | EntityLabel::Loc)
            || (e.label == EntityLabel::Org && doc.low(start - 1) != "for");
        let person_before = self
            .index
            .ending_at
            .get(&(start - 1))
            .map(|&i| &self.entities[i])
            .filter(|p| p.label == EntityLabel::Person && p.tokens.start >= r.start);
        if let Some(p) = person_before.filter(|_| affiliation) {
            return Some(p);
        }
        let object = doc.low(start - 1) != "from"
            && !doc.is_capitalized(start - 2)
            && doc.tokens[start - 2].kind == TokenKind::Word;
        (!object).then_some(e)
    }

    fn touch(&mut self, id: usize, r: Range<usize>) -> Option<usize> {
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

    fn create(
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
        self.touch(id, r)
    }

    /// The most recently mentioned speaker that `f` accepts, mentioned before `before`.
    fn latest(&self, before: usize, f: impl Fn(&Draft) -> bool) -> Option<usize> {
        self.recent
            .iter()
            .rev()
            .copied()
            .find(|&id| self.drafts[id].last_seen < before && f(&self.drafts[id]))
    }

    /// The speaker of the phrase `r`.
    fn mention(&mut self, r: Range<usize>) -> Option<usize> {
        let doc = self.doc;
        let r = self.headline_name(r);
        let id = if r.len() == 1 && super::phrases::is_pronoun(doc.low(r.start)) {
            self.pronoun(r.clone())
        } else if let Some(e) = self.head_entity(&r) {
            self.named(r.clone(), e)
        } else if let Some(e) = self.named_after(&r) {
            let id = self.named(r.clone(), e)?;
            let described = &mut self.drafts[id].description;
            described.get_or_insert_with(|| doc.slice(r.clone()).to_string());
            Some(id)
        } else {
            self.common(r.clone())
        }?;
        let sentence = doc.sentences[doc.sentence_of[r.start]].tokens.clone();
        if let Some(cue) = anonymity_cue(doc, sentence) {
            let d = &mut self.drafts[id];
            if d.kind == SpeakerKind::Anonymous && d.anonymity_cue.is_none() {
                d.anonymity_cue = Some(cue);
            }
        }
        Some(id)
    }

    /// "Trump Addresses Munich Attack: ‘…’": a headline capitalizes its verbs too, so a
    /// source phrase there that opens with a name is that name.
    fn headline_name(&self, r: Range<usize>) -> Range<usize> {
        let doc = self.doc;
        if !doc.paragraphs[doc.paragraph_of(r.start)].headline {
            return r;
        }
        self.index
            .starting_at
            .get(&r.start)
            .map(|&i| &self.entities[i])
            .filter(|e| {
                matches!(e.label, EntityLabel::Person | EntityLabel::Org) && e.tokens.end < r.end
            })
            .map_or(r, |e| e.tokens.clone())
    }

    fn pronoun(&mut self, r: Range<usize>) -> Option<usize> {
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
                        super::phrases::subject_before(doc, c, s)
                            .into_iter()
                            .next()
                            .filter(|np| self.head_entity(np).is_some())
                    })
            };
            let antecedent = match super::phrases::subject_before(doc, end, s)
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
                && super::cues::verb(doc.low(end)).is_some_and(|(class, lemma)| {
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

    fn named(&mut self, r: Range<usize>, e: &EntitySpan) -> Option<usize> {
        let doc = self.doc;
        match e.label {
            EntityLabel::Person => {
                let surname = surname(doc, &e.tokens).to_string();
                let given = (e.tokens.len() > 1).then(|| doc.word(e.tokens.start).to_string());
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
                    return self.touch(id, r);
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
                    return self.touch(id, r);
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

    /// A phrase headed by a common noun: an unnamed source, a document, an office, a role.
    fn common(&mut self, r: Range<usize>) -> Option<usize> {
        let doc = self.doc;
        let words: Vec<String> = r.clone().map(|i| doc.low(i).to_string()).collect();
        let head = words[head_index(&words)].clone();
        let det = words.first().cloned().unwrap_or_default();
        let phrase = doc.slice(r.clone()).to_string();
        // "a Kremlin spokesman", "a spokesman for the ministry": the organization speaks.
        let spokes = |w: &str| matches!(w, "spokesman" | "spokeswoman" | "spokesperson");
        if spokes(&head)
            || matches!(head.as_str(), "representative" | "statement")
            || words.iter().any(|w| spokes(w))
        {
            if let Some(org) = self.entity_in(&r, EntityLabel::Org) {
                let id = self.named(org.tokens.clone(), org)?;
                return self.touch(id, r);
            }
        }
        if lexicon::MEDIA_HEADS.contains(&head) && DEFINITE.contains(&det.as_str()) {
            if let Some(id) = self.latest(r.start, |d| d.kind == SpeakerKind::Media) {
                return self.touch(id, r);
            }
        }
        let kind = if lexicon::DOCUMENT_HEADS.contains(&head) {
            SpeakerKind::Document
        } else if lexicon::ORGANIZATION_HEADS.contains(&head)
            || head == "house" && phrase.to_lowercase().ends_with("white house")
        {
            SpeakerKind::NamedOrganization
        } else if lexicon::MEDIA_HEADS.contains(&head) {
            SpeakerKind::Media
        } else if lexicon::ANONYMOUS_HEADS.contains(&head) || INDEFINITE.contains(&det.as_str()) {
            // "a source", but also "a city engineer": someone the article does not name.
            SpeakerKind::Anonymous
        } else if lexicon::TITLES.contains(&head) {
            return self.role(r, &words);
        } else if doc.is_capitalized(r.end - 1) && !self.index.ending_at.contains_key(&r.end) {
            // A name the recognizer missed: two or three capitalized words are a person.
            let caps = r
                .clone()
                .rev()
                .take_while(|&i| doc.is_capitalized(i))
                .count();
            let label = if (2..=3).contains(&caps) {
                EntityLabel::Person
            } else {
                EntityLabel::Org
            };
            let span = EntitySpan {
                tokens: r.end - caps..r.end,
                label,
            };
            return self.named(r, &span);
        } else {
            SpeakerKind::Unknown
        };
        let modifiers: Vec<String> = words
            .iter()
            .filter(|w| **w != head)
            .filter(|w| {
                !DEFINITE.contains(&w.as_str())
                    && !INDEFINITE.contains(&w.as_str())
                    && !ORDINALS.iter().any(|(o, _)| o == w)
            })
            .cloned()
            .collect();
        let ordinal = words
            .iter()
            .find_map(|w| ORDINALS.iter().find(|(o, _)| o == w).map(|&(_, n)| n));
        // Unnamed people share one pool: "a city engineer" ... "the engineer".
        let unnamed = |k: SpeakerKind| matches!(k, SpeakerKind::Anonymous | SpeakerKind::Unknown);
        let agrees = |k: SpeakerKind| k == kind || (unnamed(k) && unnamed(kind));
        let noun = head_key(&head);
        let same_head: Vec<usize> = self
            .heads
            .get(&noun)
            .map(|ids| {
                ids.iter()
                    .copied()
                    .filter(|&id| agrees(self.drafts[id].kind))
                    .collect()
            })
            .unwrap_or_default();
        let fresh = INDEFINITE.contains(&det.as_str()) && ordinal.is_none();
        if !fresh {
            let latest = |ids: &mut dyn Iterator<Item = usize>| {
                ids.max_by_key(|&id| self.drafts[id].last_seen)
            };
            let found = if let Some(n) = ordinal {
                same_head.get(n - 1).copied()
            } else if words.iter().any(|w| w == "other") {
                let newest = latest(&mut same_head.iter().copied());
                latest(&mut same_head.iter().copied().filter(|&id| Some(id) != newest))
            } else if DEFINITE.contains(&det.as_str()) {
                // Prefer the one whose modifiers this phrase repeats ("the diplomatic source").
                same_head.iter().copied().max_by_key(|&id| {
                    let d = &self.drafts[id];
                    (
                        modifiers.iter().filter(|m| d.modifiers.contains(m)).count(),
                        d.last_seen,
                    )
                })
            } else {
                // A bare "officials" joins earlier "officials" only by the same words.
                self.phrases.get(&phrase.to_lowercase()).copied()
            };
            if let Some(id) = found {
                return self.touch(id, r);
            }
        }
        // "Tesco said … The company said": a kind of organization after "the" stands for
        // the organization just named.
        if det == "the"
            && lexicon::ORGANIZATION_KINDS.contains(&head)
            && !lexicon::MEDIA_HEADS.contains(&head)
        {
            if let Some(id) = self.organization_meant(r.clone(), &head) {
                self.drafts[id].kind = SpeakerKind::NamedOrganization;
                return Some(id);
            }
        }
        let person_noun = kind == SpeakerKind::Unknown && lexicon::PERSON_NOUNS.contains(&head);
        if let Some(e) = person_noun
            .then(|| self.described_person(&r, &words))
            .flatten()
        {
            return self.stands_for(r, e);
        }
        let id = self.create(r, phrase.clone(), kind, Key::Phrase(phrase.to_lowercase()))?;
        self.heads.entry(noun).or_default().push(id);
        let d = &mut self.drafts[id];
        d.head = Some(head);
        d.modifiers = modifiers;
        Some(id)
    }

    /// The entity that heads the subject of sentence `k`'s main clause, before `limit`.
    fn subject_entity(&self, k: usize, limit: usize) -> Option<&'a EntitySpan> {
        let doc = self.doc;
        let before = doc.sentences[k].tokens.start..limit.min(doc.sentences[k].tokens.end);
        super::phrases::clause_subject(doc, before.clone(), before.end)
            .and_then(|np| self.head_entity(&np))
    }

    /// The organization that "the company" at `r` stands for: the subject of its
    /// sentence, else one named earlier in the sentence, else an organization quoted in the
    /// sentence before ("…, the LSE said. Last week, the group rejected"), else the subject
    /// of the nearest sentence, a few back at most, that has one for its subject, else the
    /// one named last ("TimeWarner is to restate its accounts … under review by the SEC. The
    /// company said" is TimeWarner). Not an outlet, nor a body of another kind ("the
    /// Competition Commission"), nor the employer of someone quoted ("said Hannes Wittig,
    /// analyst at Dresdner Kleinwort").
    fn organization_meant(&mut self, r: Range<usize>, kind: &str) -> Option<usize> {
        let at = r.start;
        let doc = self.doc;
        let sentence = doc.sentence_of[at];
        let first = sentence.saturating_sub(ORGANIZATION_REACH);
        let fits = |e: &EntitySpan| {
            e.tokens.end <= at
                && doc.low(e.tokens.start.saturating_sub(1)) != "at"
                && match e.label {
                    EntityLabel::Org => may_be(kind, doc.slice(e.tokens.clone())),
                    // "Tesco said … the company said": a one-word "person" never named in
                    // full nor given a title ("Mr McManus") is, as a subject, the company
                    // the model took for one.
                    EntityLabel::Person => {
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
                    _ => false,
                }
        };
        let named_last = |from: usize| {
            let n = self.entities.partition_point(|e| e.tokens.start < at);
            self.entities[..n]
                .iter()
                .rev()
                .take_while(|e| e.tokens.start >= from)
                .find(|e| e.label == EntityLabel::Org && fits(e))
        };
        let subject = |k: usize| self.subject_entity(k, at).filter(|e| fits(e));
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
            return self.touch(id, r);
        }
        let e = (first..sentence)
            .rev()
            .find_map(subject)
            .or_else(|| named_last(doc.sentences[first].tokens.start))?;
        self.stands_for(r, e)
    }

    /// The phrase `r` ("the minister") stands for the person named at `e`.
    fn stands_for(&mut self, r: Range<usize>, e: &EntitySpan) -> Option<usize> {
        let id = self.named(e.tokens.clone(), e)?;
        // The entity's own mention is not a mention at this statement.
        self.drafts[id].mentions.retain(|m| *m != e.tokens);
        self.touch(id, r)
    }

    /// "Argentina's economy minister, Roberto Lavagna, said", `said EEF chief economist,
    /// Steve Radley.`: the person named between commas after a description is the one
    /// it describes. Not after a document, an organization or an outlet ("According to
    /// the report, Intifada, Closures and …", a title the model read as a name).
    fn named_after(&self, r: &Range<usize>) -> Option<&'a EntitySpan> {
        let doc = self.doc;
        let sentence = &doc.sentences[doc.sentence_of[r.start]].tokens;
        if r.end + 1 >= sentence.end || doc.word(r.end) != "," {
            return None;
        }
        let words: Vec<String> = r.clone().map(|i| doc.low(i).to_string()).collect();
        let head = words[head_index(&words)].as_str();
        if lexicon::DOCUMENT_HEADS.contains(head)
            || lexicon::ORGANIZATION_HEADS.contains(head)
            || lexicon::MEDIA_HEADS.contains(head)
        {
            return None;
        }
        let e = &self.entities[*self.index.starting_at.get(&(r.end + 1))?];
        let closed =
            e.tokens.end >= sentence.end || matches!(doc.word(e.tokens.end), "," | "." | ";" | ":");
        (e.label == EntityLabel::Person && closed).then_some(e)
    }

    /// "Liam Neeson has held a dinner … The Ballymena-born actor said": a description
    /// with "the" and a noun the article has not used before stands for a person just
    /// named, and so does a later description with the same noun ("the Oscar-nominated
    /// actor"). A noun met before ("a producer warned … the producer said") may be
    /// someone else, as may anyone described by another ("the theatre's chef") or several
    /// ("the actors"). Titles are left out: "the Vermont senator" is rarely the person
    /// just named.
    fn described_person(&mut self, r: &Range<usize>, words: &[String]) -> Option<&'a EntitySpan> {
        let doc = self.doc;
        let head = &words[head_index(words)];
        let possessed = words.iter().any(|w| w == "'s");
        if words.len() < 2 || words[0] != "the" || possessed || singular(head) != head {
            return None;
        }
        // "The Oscar-nominated actor" later is the same actor.
        if let Some(&e) = self.described.get(head.as_str()) {
            return Some(&self.entities[e]);
        }
        if self.first_use(head) < r.start {
            return None;
        }
        // The nearest person named before it in its sentence ("called on Republicans to
        // unendorse Trump after the billionaire mogul claimed"), or else the first in the
        // sentence before, the one that sentence is about.
        let persons = &self.index.persons;
        let sentence = &doc.sentences[doc.sentence_of[r.start]];
        let before = persons.partition_point(|&e| self.entities[e].tokens.end <= r.start);
        let nearest = *persons.get(before.checked_sub(1)?)?;
        let e = if self.entities[nearest].tokens.start >= sentence.tokens.start {
            nearest
        } else {
            let from = doc.sentences[doc.sentence_of[r.start].checked_sub(1)?]
                .tokens
                .start;
            let first =
                *persons.get(persons.partition_point(|&e| self.entities[e].tokens.start < from))?;
            if self.entities[first].tokens.start >= sentence.tokens.start {
                return None;
            }
            first
        };
        self.described.insert(head.clone(), e);
        Some(&self.entities[e])
    }

    /// Where the article first uses the lower-case word `w`.
    fn first_use(&mut self, w: &str) -> usize {
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

    /// PERSON entities whose title fits the role `words`.
    fn holders(&self, words: &[String]) -> Vec<usize> {
        let role: Vec<&str> = words
            .iter()
            .filter(|w| lexicon::TITLES.contains(w))
            .map(String::as_str)
            .flat_map(|w| title_synonyms(w).iter().copied().chain([w]))
            .collect();
        let doc = self.doc;
        self.index
            .titled(&role)
            .into_iter()
            .filter(|&e| title_matches(doc, self.index.title(e), words))
            .collect()
    }

    /// "Italy's premier", "the minister": the person with that title, or a placeholder
    /// that a named person with that title may claim later.
    fn role(&mut self, r: Range<usize>, words: &[String]) -> Option<usize> {
        let doc = self.doc;
        let phrase = doc.slice(r.clone()).to_string();
        // A named person whose title in the text matches this role: the nearest before
        // the mention, otherwise the first after it.
        let matching = self.holders(words).into_iter().max_by_key(|&e| {
            let e = &self.entities[e];
            if e.tokens.end <= r.start {
                (1, e.tokens.start as isize)
            } else {
                (0, -(e.tokens.start as isize))
            }
        });
        if let Some(e) = matching.map(|e| &self.entities[e]) {
            return self.stands_for(r, e);
        }
        let key = phrase.to_lowercase();
        if let Some(&id) = self.phrases.get(&key) {
            return self.touch(id, r);
        }
        let id = self.create(r, phrase, SpeakerKind::Unknown, Key::Phrase(key))?;
        self.drafts[id].head = words.last().cloned();
        Some(id)
    }

    /// Role placeholders that a named person turned out to hold are folded into them.
    fn merge_roles(&mut self, of: &mut [Vec<usize>]) {
        let doc = self.doc;
        let mut target: Vec<Option<usize>> = vec![None; self.drafts.len()];
        for (i, d) in self.drafts.iter().enumerate() {
            if d.kind != SpeakerKind::Unknown {
                continue;
            }
            let Some(m) = d.mentions.first() else {
                continue;
            };
            let words: Vec<String> = m.clone().map(|k| doc.low(k).to_string()).collect();
            target[i] = self.holders(&words).into_iter().find_map(|e| {
                let e = &self.entities[e];
                self.people
                    .get(surname(doc, &e.tokens))?
                    .iter()
                    .copied()
                    .find(|&p| {
                        self.drafts[p].kind == SpeakerKind::NamedPerson
                            && name_matches(doc, e, &self.drafts[p])
                    })
            });
        }
        for (i, t) in target.iter().enumerate() {
            if let Some(t) = *t {
                let moved = std::mem::take(&mut self.drafts[i].mentions);
                self.drafts[t].mentions.extend(moved);
            }
        }
        for ids in of.iter_mut() {
            for id in ids.iter_mut() {
                if let Some(t) = target[*id] {
                    *id = t;
                }
            }
            let mut seen = Vec::new();
            ids.retain(|id| {
                let fresh = !seen.contains(id);
                seen.push(*id);
                fresh
            });
        }
    }

    /// Names, descriptions and every mention of each named speaker in the text.
    fn describe(&mut self) {
        let doc = self.doc;
        for d in 0..self.drafts.len() {
            let occurrences: Vec<usize> = match (&self.drafts[d].kind, &self.drafts[d].key) {
                (SpeakerKind::NamedPerson, Key::Person { surname, .. }) => self
                    .index
                    .by_surname
                    .get(surname.as_str())
                    .map(|es| {
                        es.iter()
                            .copied()
                            .filter(|&e| name_matches(doc, &self.entities[e], &self.drafts[d]))
                            .collect()
                    })
                    .unwrap_or_default(),
                (SpeakerKind::NamedOrganization | SpeakerKind::Media, Key::Org(name)) => {
                    self.index.by_name.get(name).cloned().unwrap_or_default()
                }
                _ => Vec::new(),
            };
            let draft = &mut self.drafts[d];
            match draft.kind {
                SpeakerKind::NamedPerson => {
                    if let Some(&full) = occurrences
                        .iter()
                        .max_by_key(|&&e| self.entities[e].tokens.len())
                    {
                        draft.name = doc.slice(self.entities[full].tokens.clone()).to_string();
                    }
                    let title = occurrences
                        .iter()
                        .map(|&e| self.index.title(e))
                        .find(|t| !t.is_empty());
                    let found = title.map(|t| doc.slice(t).to_string()).or_else(|| {
                        occurrences
                            .iter()
                            .find_map(|&e| apposition(doc, self.entities[e].tokens.end))
                    });
                    // Else the description a mention put before the name.
                    draft.description = found.or(draft.description.take());
                }
                SpeakerKind::Anonymous | SpeakerKind::Unknown => {
                    draft.description = draft.mentions.first().and_then(|m| apposition(doc, m.end));
                }
                _ => {}
            }
            draft
                .mentions
                .extend(occurrences.iter().map(|&e| self.entities[e].tokens.clone()));
            // In reading order, without mentions inside a longer one.
            draft
                .mentions
                .sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
            let mut kept: Vec<Range<usize>> = Vec::with_capacity(draft.mentions.len());
            for m in draft.mentions.drain(..) {
                if kept.last().is_none_or(|k| m.start >= k.end) {
                    kept.push(m);
                }
            }
            draft.mentions = kept;
        }
    }
}

/// Whether a name known to be of gender `known` may be the "he" or "she" of `pronoun`:
/// either is unknown, they agree, or the given name is used for both.
fn gender_fits(pronoun: Option<Gender>, known: Option<Gender>) -> bool {
    match (pronoun, known) {
        (Some(p), Some(k)) => k == p || k == Gender::Either,
        _ => true,
    }
}

/// The family name in a person's name: its last word, not counting "Jr." or "III".
fn surname<'d>(doc: &Document<'d>, name: &Range<usize>) -> &'d str {
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

fn name_matches(doc: &Document, e: &EntitySpan, d: &Draft) -> bool {
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

/// Whether the title tokens `title` fit a role phrase's words ("premier" fits "Prime
/// Minister"; "Italy's" fits "Italian").
fn title_matches(doc: &Document, title: Range<usize>, words: &[String]) -> bool {
    if title.is_empty() {
        return false;
    }
    let t: Vec<String> = title.map(|i| doc.low(i).to_string()).collect();
    let role_words: Vec<&String> = words
        .iter()
        .filter(|w| lexicon::TITLES.contains(w))
        .collect();
    let head = match role_words.last() {
        Some(h) => h.as_str(),
        None => return false,
    };
    let prime_minister =
        head == "premier" || (head == "minister" && words.iter().any(|w| w == "prime"));
    let synonyms: &[&str] = if prime_minister {
        &["premier", "prime"]
    } else {
        title_synonyms(head)
    };
    let fits = |w: &String| w == head || synonyms.contains(&w.as_str());
    t.iter().any(fits) && places_agree(&t, words)
}

/// Other ways of writing a title: "premier" is a "prime minister", "sen." a "senator".
fn title_synonyms(title: &str) -> &'static [&'static str] {
    match title {
        "premier" => &["prime"],
        "senator" | "sen." => &["senator", "sen."],
        "governor" | "gov." => &["governor", "gov."],
        "representative" | "rep." => &["representative", "rep."],
        _ => &[],
    }
}

/// "Italy's premier" and "Italian Prime Minister" name the same country; "the president"
/// names none, and agrees with any.
fn places_agree(title: &[String], words: &[String]) -> bool {
    let place = |ws: &[String]| -> Option<String> {
        ws.iter()
            .find(|w| {
                w.chars().next().is_some_and(|c| c.is_alphabetic())
                    && !lexicon::TITLES.contains(w)
                    && !DEFINITE.contains(&w.as_str())
                    && !INDEFINITE.contains(&w.as_str())
                    && w.as_str() != "'s"
                    && w.as_str() != "former"
            })
            .map(|w| w.chars().take(4).collect())
    };
    match (place(title), place(words)) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

/// "Hugh Hill, a doctor at the hospital, said": the phrase after the comma.
fn apposition(doc: &Document, after: usize) -> Option<String> {
    if after + 2 >= doc.tokens.len()
        || doc.word(after) != ","
        || !matches!(doc.low(after + 1), "a" | "an" | "the")
    {
        return None;
    }
    let s = doc.sentence_of[after];
    let end = (after + 1..doc.sentences[s].tokens.end)
        .find(|&i| matches!(doc.word(i), "," | "." | ";" | ":" | "\"" | "“" | "”"))?;
    (end - after <= 12).then(|| doc.slice(after + 1..end).to_string())
}

/// The head noun of a phrase: the last word before a post-modifier ("source with knowledge
/// of the matter", "official familiar with the budget").
fn head_index(words: &[String]) -> usize {
    words
        .iter()
        .skip(1)
        .position(|w| {
            super::phrases::is_source_modifier(w)
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
                )
        })
        .map_or(words.len() - 1, |p| p)
}

/// A head noun without its plural "s": "sources" and "source" are one noun.
fn singular(noun: &str) -> &str {
    noun.trim_end_matches('s')
}

/// The head under which an unnamed source is remembered: "a person familiar with the
/// talks" … "the source", "a source" … "the person" are one speaker.
fn head_key(head: &str) -> String {
    match singular(head) {
        "person" | "people" | "individual" => "source".to_string(),
        noun => noun.to_string(),
    }
}

fn strip_the(name: &str) -> &str {
    name.strip_prefix("the ")
        .or_else(|| name.strip_prefix("The "))
        .unwrap_or(name)
}

/// Whether "the company" (a phrase headed by `kind`) may stand for the organization
/// `name`: not an outlet, nor a body of another kind ("the Competition Commission"), though
/// "the group" may be any ("the National Golf Foundation").
fn may_be(kind: &str, name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or_default().to_lowercase();
    let other_body = kind != "group"
        && lexicon::ORGANIZATION_HEADS.contains(&last)
        && !lexicon::ORGANIZATION_KINDS.contains(&last);
    !other_body && !is_media(name)
}

fn is_media(name: &str) -> bool {
    let low = name.to_lowercase();
    lexicon::MEDIA_OUTLETS.contains(&low) || lexicon::MEDIA_OUTLETS.contains(strip_the(&low))
}

/// The phrase in sentence `range` that says why a source is unnamed: "on condition of
/// anonymity", "who asked not to be named", "because he was not authorized to speak".
pub fn anonymity_cue(doc: &Document, range: Range<usize>) -> Option<Range<usize>> {
    let trigger = range.clone().find(|&i| {
        let w = doc.low(i);
        matches!(w, "anonymity" | "anonymously" | "condition")
            || (matches!(
                w,
                "named" | "identified" | "authorized" | "authorised" | "permitted" | "allowed"
            ) && (range.start..i).rev().take(3).any(|k| doc.low(k) == "not"))
    })?;
    let start = (range.start.max(trigger.saturating_sub(8))..trigger)
        .rev()
        .find(|&k| {
            matches!(
                doc.low(k),
                "on" | "who"
                    | "speaking"
                    | "because"
                    | "as"
                    | "since"
                    | "requesting"
                    | "asking"
                    | "declining"
            ) || doc.word(k) == ","
        })
        .map(|k| if doc.word(k) == "," { k + 1 } else { k })?;
    let end = (trigger..range.end)
        .find(|&k| matches!(doc.word(k), "," | "." | ";" | ":" | "\"" | "“" | "”" | "—"))
        .unwrap_or(range.end);
    (start < end).then_some(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anonymity_phrases() {
        let text = "The source told AFP on condition they not be identified in any way. An aide, who asked not to be named, said so.";
        let doc = Document::new(text);
        let s0 = doc.sentences[0].tokens.clone();
        let s1 = doc.sentences[1].tokens.clone();
        assert_eq!(
            anonymity_cue(&doc, s0).map(|r| doc.slice(r)),
            Some("on condition they not be identified in any way")
        );
        assert_eq!(
            anonymity_cue(&doc, s1).map(|r| doc.slice(r)),
            Some("who asked not to be named")
        );
    }
}
