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
//!   even when the name comes later.
//!
//! Each speaker gets a kind (person, organization, anonymous, media, document), the best
//! description the article gives, and the phrase that says why a source is unnamed.

use super::entities::gazetteer::{self, Gender};
use super::entities::EntitySpan;
use super::lexicon::{self, DEFINITE, INDEFINITE, ORDINALS};
use super::model::{EntityLabel, SpeakerKind};
use super::text::Document;
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
    let mut r = Resolver {
        doc,
        entities,
        drafts: Vec::new(),
    };
    let mut of = Vec::with_capacity(sources.len());
    let mut cache: Vec<(Range<usize>, usize)> = Vec::new();
    for phrases in sources {
        let mut ids = Vec::new();
        for p in phrases {
            // A phrase carried over to a continuing quote resolves as it did the first time.
            let id = match cache.iter().find(|(r, _)| r == p) {
                Some(&(_, id)) => Some(id),
                None => r.mention(p.clone()),
            };
            if let Some(id) = id {
                cache.push((p.clone(), id));
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

struct Resolver<'a, 'd> {
    doc: &'a Document<'d>,
    entities: &'a [EntitySpan],
    drafts: Vec<Draft>,
}

impl Resolver<'_, '_> {
    fn entity_in(&self, r: &Range<usize>, label: EntityLabel) -> Option<&EntitySpan> {
        self.entities
            .iter()
            .rev()
            .find(|e| e.label == label && e.tokens.start >= r.start && e.tokens.end <= r.end)
    }

    /// The entity that is the head of phrase `r`: one that ends it, not followed by "'s".
    fn head_entity(&self, r: &Range<usize>) -> Option<&EntitySpan> {
        self.entities
            .iter()
            .find(|e| e.tokens.end == r.end && e.tokens.start >= r.start)
    }

    fn touch(&mut self, id: usize, r: Range<usize>) -> Option<usize> {
        let d = &mut self.drafts[id];
        d.last_seen = r.start;
        if !d.mentions.contains(&r) {
            d.mentions.push(r);
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
        self.drafts.push(Draft {
            name,
            kind,
            description: None,
            anonymity_cue: None,
            mentions: vec![r.clone()],
            key,
            gender: None,
            head: None,
            modifiers: Vec::new(),
            last_seen: r.start,
        });
        Some(self.drafts.len() - 1)
    }

    /// The speaker of the phrase `r`.
    fn mention(&mut self, r: Range<usize>) -> Option<usize> {
        let doc = self.doc;
        let id = if r.len() == 1 && is_pronoun(doc.low(r.start)) {
            self.pronoun(r.clone())
        } else if let Some(e) = self.head_entity(&r).cloned() {
            self.named(r.clone(), &e)
        } else {
            self.common(r.clone())
        }?;
        if let Some(cue) =
            anonymity_cue(doc, doc.sentences[doc.sentence_of[r.start]].tokens.clone())
        {
            let d = &mut self.drafts[id];
            if d.kind == SpeakerKind::Anonymous && d.anonymity_cue.is_none() {
                d.anonymity_cue = Some(cue);
            }
        }
        Some(id)
    }

    fn pronoun(&mut self, r: Range<usize>) -> Option<usize> {
        let doc = self.doc;
        let w = doc.low(r.start).to_string();
        if w == "who" {
            // "Trump, who said": the phrase before the comma.
            let s = doc.sentences[doc.sentence_of[r.start]].tokens.start;
            if r.start >= s + 2 && doc.word(r.start - 1) == "," {
                let antecedent = super::phrases::subject_before(doc, r.start - 1, s);
                if let Some(a) = antecedent.into_iter().next() {
                    let id = self.mention(a)?;
                    return self.touch(id, r);
                }
            }
            return None;
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
        let compatible = |d: &Draft| {
            wanted.contains(&d.kind)
                && match (gender, d.gender) {
                    (Some(g), Some(dg)) => dg == g || dg == Gender::Either,
                    _ => true,
                }
        };
        // The latest named person in the text may be more recent than the latest speaker.
        let person = if gender.is_some() {
            self.entities
                .iter()
                .rev()
                .find(|e| e.label == EntityLabel::Person && e.tokens.end <= r.start)
                .cloned()
        } else {
            None
        };
        let latest = self
            .drafts
            .iter()
            .enumerate()
            .filter(|(_, d)| d.last_seen < r.start && compatible(d))
            .max_by_key(|(_, d)| d.last_seen)
            .map(|(i, d)| (i, d.last_seen));
        // A speaker mentioned in this or the previous two sentences beats a newer name.
        let recent = |seen: usize| doc.sentence_of[r.start] - doc.sentence_of[seen] <= 2;
        let id = match (latest, person) {
            (Some((id, seen)), Some(p)) if p.tokens.start > seen && !recent(seen) => {
                let by_entity = self.named(p.tokens.clone(), &p);
                if by_entity.is_some_and(|b| {
                    gender.is_none()
                        || self.drafts[b]
                            .gender
                            .is_none_or(|g| Some(g) == gender || g == Gender::Either)
                }) {
                    by_entity
                } else {
                    Some(id)
                }
            }
            (Some((id, _)), _) => Some(id),
            (None, Some(p)) => self.named(p.tokens.clone(), &p),
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
                let found = self
                    .drafts
                    .iter()
                    .enumerate()
                    .filter(|(_, d)| match &d.key {
                        Key::Person {
                            surname: s,
                            given: g,
                        } => *s == surname && (given.is_none() || g.is_none() || *g == given),
                        _ => false,
                    })
                    .max_by_key(|(_, d)| d.last_seen)
                    .map(|(i, _)| i);
                if let Some(id) = found {
                    if let Key::Person {
                        given: g @ None, ..
                    } = &mut self.drafts[id].key
                    {
                        *g = given;
                    }
                    return self.touch(id, r);
                }
                let id = self.create(
                    r,
                    doc.slice(e.tokens.clone()).to_string(),
                    SpeakerKind::NamedPerson,
                    Key::Person {
                        surname,
                        given: given.clone(),
                    },
                )?;
                self.drafts[id].gender = given.and_then(|g| gazetteer::get().given_name(&g));
                Some(id)
            }
            EntityLabel::Org | EntityLabel::Gpe | EntityLabel::Norp | EntityLabel::Loc => {
                let name = doc.slice(e.tokens.clone()).to_string();
                let key = Key::Org(strip_the(&name).to_lowercase());
                if let Some(id) = self.drafts.iter().position(|d| d.key == key) {
                    return self.touch(id, r);
                }
                let kind = if is_media(&name) {
                    SpeakerKind::Media
                } else {
                    SpeakerKind::NamedOrganization
                };
                self.create(r, name, kind, key)
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
        if matches!(
            head.as_str(),
            "spokesman" | "spokeswoman" | "spokesperson" | "representative" | "statement"
        ) || words
            .iter()
            .any(|w| w == "spokesman" || w == "spokeswoman" || w == "spokesperson")
        {
            if let Some(org) = self.entity_in(&r, EntityLabel::Org).cloned() {
                let id = self.named(org.tokens.clone(), &org)?;
                return self.touch(id, r);
            }
        }
        if lexicon::contains(lexicon::MEDIA_HEADS, &head) && DEFINITE.contains(&det.as_str()) {
            if let Some(id) = self.latest(|d| d.kind == SpeakerKind::Media) {
                return self.touch(id, r);
            }
        }
        let kind = if lexicon::contains(lexicon::DOCUMENT_HEADS, &head) {
            SpeakerKind::Document
        } else if lexicon::contains(lexicon::ORGANIZATION_HEADS, &head)
            || phrase.to_lowercase().ends_with("white house")
        {
            SpeakerKind::NamedOrganization
        } else if lexicon::contains(lexicon::MEDIA_HEADS, &head) {
            SpeakerKind::Media
        } else if lexicon::contains(lexicon::ANONYMOUS_HEADS, &head)
            || INDEFINITE.contains(&det.as_str())
        {
            // "a source", but also "a city engineer": someone the article does not name.
            SpeakerKind::Anonymous
        } else if lexicon::contains(lexicon::TITLES, &head) {
            return self.role(r, &words);
        } else if doc.is_capitalized(r.end - 1) {
            // A name the recognizer missed: two or three capitalized words are a person.
            let caps = r
                .clone()
                .rev()
                .take_while(|&i| doc.is_capitalized(i))
                .count();
            let name_tokens = r.end - caps..r.end;
            if (2..=3).contains(&caps) {
                let span = EntitySpan {
                    tokens: name_tokens,
                    label: EntityLabel::Person,
                };
                return self.named(r, &span);
            }
            let span = EntitySpan {
                tokens: name_tokens,
                label: EntityLabel::Org,
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
        let kinds_agree = |k: SpeakerKind| k == kind || (unnamed(k) && unnamed(kind));
        let same_head = |d: &Draft| {
            kinds_agree(d.kind) && d.head.as_deref().is_some_and(|h| same_noun(h, &head))
        };
        let fresh = INDEFINITE.contains(&det.as_str()) && ordinal.is_none();
        if !fresh {
            let found = if let Some(n) = ordinal {
                self.drafts
                    .iter()
                    .enumerate()
                    .filter(|(_, d)| same_head(d))
                    .nth(n - 1)
                    .map(|(i, _)| i)
            } else if words.iter().any(|w| w == "other") {
                let latest = self.latest(same_head);
                self.drafts
                    .iter()
                    .enumerate()
                    .filter(|(i, d)| same_head(d) && Some(*i) != latest)
                    .max_by_key(|(_, d)| d.last_seen)
                    .map(|(i, _)| i)
            } else if DEFINITE.contains(&det.as_str()) {
                // Prefer the one whose modifiers this phrase repeats ("the diplomatic source").
                self.drafts
                    .iter()
                    .enumerate()
                    .filter(|(_, d)| same_head(d))
                    .max_by_key(|(_, d)| {
                        (
                            modifiers.iter().filter(|m| d.modifiers.contains(m)).count(),
                            d.last_seen,
                        )
                    })
                    .map(|(i, _)| i)
            } else {
                // A bare "officials" joins earlier "officials" only by the same words.
                let key = Key::Phrase(phrase.to_lowercase());
                self.drafts.iter().position(|d| d.key == key)
            };
            if let Some(id) = found {
                return self.touch(id, r);
            }
        }
        let id = self.create(r, phrase.clone(), kind, Key::Phrase(phrase.to_lowercase()))?;
        let d = &mut self.drafts[id];
        d.head = Some(head);
        d.modifiers = modifiers;
        Some(id)
    }

    /// "Italy's premier", "the minister": the person with that title, or a placeholder
    /// that a named person with that title may claim later.
    fn role(&mut self, r: Range<usize>, words: &[String]) -> Option<usize> {
        let doc = self.doc;
        let phrase = doc.slice(r.clone()).to_string();
        // A named person whose title in the text matches this role.
        let matching = self
            .entities
            .iter()
            .filter(|e| {
                e.label == EntityLabel::Person && title_matches(doc, self.title_before(e), words)
            })
            .max_by_key(|e| {
                // Prefer one before the mention, the nearest; otherwise the first after it.
                if e.tokens.end <= r.start {
                    (1, e.tokens.start as isize)
                } else {
                    (0, -(e.tokens.start as isize))
                }
            })
            .cloned();
        if let Some(e) = matching {
            let id = self.named(e.tokens.clone(), &e)?;
            // The entity's own mention is not a mention at this statement.
            self.drafts[id].mentions.retain(|m| *m != e.tokens);
            return self.touch(id, r);
        }
        let key = Key::Phrase(phrase.to_lowercase());
        if let Some(id) = self.drafts.iter().position(|d| d.key == key) {
            return self.touch(id, r);
        }
        let id = self.create(r, phrase, SpeakerKind::Unknown, key)?;
        self.drafts[id].head = words.last().cloned();
        Some(id)
    }

    /// The title words right before a person's name: "Italian Prime Minister".
    fn title_before(&self, e: &EntitySpan) -> Range<usize> {
        let doc = self.doc;
        let floor = doc.sentences[doc.sentence_of[e.tokens.start]].tokens.start;
        let mut start = e.tokens.start;
        while start > floor {
            let w = doc.low(start - 1);
            let modifier = self.entities.iter().any(|x| {
                x.tokens.end == start
                    && matches!(
                        x.label,
                        EntityLabel::Gpe | EntityLabel::Norp | EntityLabel::Org
                    )
            });
            if lexicon::contains(lexicon::TITLES, w) || w == "'s" || modifier {
                start = self
                    .entities
                    .iter()
                    .find(|x| x.tokens.end == start)
                    .map_or(start - 1, |x| x.tokens.start);
            } else {
                break;
            }
        }
        start..e.tokens.start
    }

    fn latest(&self, f: impl Fn(&Draft) -> bool) -> Option<usize> {
        self.drafts
            .iter()
            .enumerate()
            .filter(|(_, d)| f(d))
            .max_by_key(|(_, d)| d.last_seen)
            .map(|(i, _)| i)
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
            target[i] = self.drafts.iter().position(|p| {
                p.kind == SpeakerKind::NamedPerson
                    && self.entities.iter().any(|e| {
                        e.label == EntityLabel::Person
                            && name_matches(doc, e, p)
                            && title_matches(doc, self.title_before(e), &words)
                    })
            });
        }
        for (i, t) in target.iter().enumerate() {
            if let Some(t) = *t {
                let moved = std::mem::take(&mut self.drafts[i].mentions);
                self.drafts[t].mentions.extend(moved);
                self.drafts[t].mentions.sort_by_key(|m| m.start);
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
            let draft = self.drafts[d].clone();
            if draft.kind == SpeakerKind::NamedPerson {
                let occurrences: Vec<EntitySpan> = self
                    .entities
                    .iter()
                    .filter(|e| e.label == EntityLabel::Person && name_matches(doc, e, &draft))
                    .cloned()
                    .collect();
                if let Some(full) = occurrences.iter().max_by_key(|e| e.tokens.len()) {
                    self.drafts[d].name = doc.slice(full.tokens.clone()).to_string();
                }
                let title = occurrences
                    .iter()
                    .map(|e| self.title_before(e))
                    .find(|t| !t.is_empty());
                self.drafts[d].description =
                    title.map(|t| doc.slice(t).to_string()).or_else(|| {
                        occurrences
                            .iter()
                            .find_map(|e| apposition(doc, e.tokens.end))
                    });
                for e in occurrences {
                    if !self.drafts[d]
                        .mentions
                        .iter()
                        .any(|m| m.start <= e.tokens.start && e.tokens.end <= m.end)
                    {
                        self.drafts[d].mentions.push(e.tokens);
                    }
                }
            } else if matches!(
                draft.kind,
                SpeakerKind::NamedOrganization | SpeakerKind::Media
            ) {
                if let Key::Org(name) = &draft.key {
                    for e in self
                        .entities
                        .iter()
                        .filter(|e| strip_the(doc.slice(e.tokens.clone())).to_lowercase() == *name)
                    {
                        if !self.drafts[d]
                            .mentions
                            .iter()
                            .any(|m| m.start <= e.tokens.start && e.tokens.end <= m.end)
                        {
                            self.drafts[d].mentions.push(e.tokens.clone());
                        }
                    }
                }
            } else if draft.kind == SpeakerKind::Anonymous || draft.kind == SpeakerKind::Unknown {
                self.drafts[d].description =
                    draft.mentions.first().and_then(|m| apposition(doc, m.end));
            }
            self.drafts[d].mentions.sort_by_key(|m| m.start);
        }
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
        .filter(|w| lexicon::contains(lexicon::TITLES, w))
        .collect();
    let head = match role_words.last() {
        Some(h) => h.as_str(),
        None => return false,
    };
    let synonyms: &[&str] = match head {
        "premier" | "minister" if words.iter().any(|w| w == "prime") || head == "premier" => {
            &["premier", "prime"]
        }
        "president" => &["president"],
        "senator" | "sen." => &["senator", "sen."],
        "governor" | "gov." => &["governor", "gov."],
        "chancellor" => &["chancellor"],
        h => return t.iter().any(|w| w == h) && places_agree(&t, words),
    };
    t.iter().any(|w| synonyms.contains(&w.as_str())) && places_agree(&t, words)
}

/// "Italy's premier" and "Italian Prime Minister" name the same country; "the president"
/// names none, and agrees with any.
fn places_agree(title: &[String], words: &[String]) -> bool {
    let place = |ws: &[String]| -> Option<String> {
        ws.iter()
            .find(|w| {
                w.chars().next().is_some_and(|c| c.is_alphabetic())
                    && !lexicon::contains(lexicon::TITLES, w)
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
            matches!(
                w.as_str(),
                "with"
                    | "of"
                    | "from"
                    | "in"
                    | "at"
                    | "for"
                    | "familiar"
                    | "close"
                    | "knowledgeable"
                    | "briefed"
                    | "involved"
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

fn same_noun(a: &str, b: &str) -> bool {
    a.trim_end_matches('s') == b.trim_end_matches('s')
}

fn is_pronoun(w: &str) -> bool {
    lexicon::contains(lexicon::PERSONAL_PRONOUNS, w) || w == "who"
}

fn strip_the(name: &str) -> &str {
    name.strip_prefix("the ")
        .or_else(|| name.strip_prefix("The "))
        .unwrap_or(name)
}

fn is_media(name: &str) -> bool {
    let low = name.to_lowercase();
    lexicon::contains(lexicon::MEDIA_OUTLETS, &low)
        || lexicon::contains(lexicon::MEDIA_OUTLETS, strip_the(&low))
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
