//! Lookups over the article's entities, built once so that resolving stays linear: each
//! question resolution asks of them ("the nearest person before here") is no scan.

use super::noun_phrase::head_index;
use super::persons::{doubtful, gender_fits, given_gender, surname};
use super::registry::strip_the;
use crate::analysis::entities::EntitySpan;
use crate::analysis::lexicon;
use crate::analysis::model::{EntityLabel, Gender};
use crate::analysis::text::{Document, TokenKind};
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

/// Where in a list of full names the first that is not doubtful stands, and the first
/// at all.
pub(super) type Earliest = (Option<usize>, Option<usize>);

/// Lookups over the article's entities, built once so that resolving stays linear.
pub(super) struct EntityIndex<'a, 'd> {
    pub(super) doc: &'a Document<'d>,
    pub(super) entities: &'a [EntitySpan],
    /// Indices of every entity, and of PERSON entities, in reading order.
    pub(super) all: Vec<usize>,
    /// PERSON entities outside quotation marks, and all of them.
    pub(super) persons: Vec<usize>,
    pub(super) persons_anywhere: Vec<usize>,
    /// The entity ending at each token end.
    pub(super) ending_at: HashMap<usize, usize>,
    /// The entity starting at each token.
    pub(super) starting_at: HashMap<usize, usize>,
    /// PERSON entities by family name.
    pub(super) by_surname: HashMap<&'d str, Vec<usize>>,
    /// PERSON entities of more than one word (with a given name) by family name.
    pub(super) full_by_surname: HashMap<&'d str, Vec<usize>>,
    /// The last two words of PERSON entities of three words or more ("Ten Cate").
    long_tails: rustc_hash::FxHashSet<&'d str>,
    /// PERSON entities of more than one word by their first word.
    pub(super) full_by_first: HashMap<&'d str, Vec<usize>>,
    /// For each family name and courtesy gender (none, a man's, a woman's): where in its
    /// `full_by_surname` list the first full name of a fitting gender stands that is not
    /// doubtful, and the first at all. Found once, so a family name alone costs no scan.
    earliest_full: HashMap<(&'d str, Option<Gender>), Earliest>,
    /// PERSON entities with a title, by family name, one for each distinct given name
    /// and title: the few a role is checked against.
    pub(super) titled_by_surname: HashMap<&'d str, Vec<usize>>,
    /// The title words before each PERSON entity ("Italian Prime Minister").
    pub(super) titles: HashMap<usize, Range<usize>>,
    /// The role set after a PERSON entity between commas, worded as a later
    /// description words it: "Julian Ruiz, the founder of Portleaks," is a "portleaks
    /// founder".
    pub(super) titles_after: HashMap<usize, Vec<String>>,
    /// PERSON entities by each lower-case word of their title, before or after them.
    pub(super) by_title_word: HashMap<String, Vec<usize>>,
    /// Organizations, places and groups by name, lower case, without "the".
    pub(super) by_name: HashMap<String, Vec<usize>>,
}

impl<'a, 'd> EntityIndex<'a, 'd> {
    pub(super) fn new(
        doc: &'a Document<'d>,
        entities: &'a [EntitySpan],
        in_quotes: &[bool],
    ) -> Self {
        let mut index = EntityIndex {
            doc,
            entities,
            // The nearest-entity queries pass over names inside quotation marks.
            all: (0..entities.len())
                .filter(|&i| !in_quotes[entities[i].tokens.start])
                .collect(),
            persons: Vec::new(),
            persons_anywhere: Vec::new(),
            ending_at: HashMap::default(),
            starting_at: HashMap::default(),
            by_surname: HashMap::default(),
            full_by_surname: HashMap::default(),
            full_by_first: HashMap::default(),
            titled_by_surname: HashMap::default(),
            long_tails: Default::default(),
            earliest_full: HashMap::default(),
            titles: HashMap::default(),
            titles_after: HashMap::default(),
            by_title_word: HashMap::default(),
            by_name: HashMap::default(),
        };
        for (i, e) in entities.iter().enumerate() {
            index.ending_at.insert(e.tokens.end, i);
            index.starting_at.insert(e.tokens.start, i);
        }
        for (i, e) in entities.iter().enumerate() {
            if e.label == EntityLabel::Person {
                if !in_quotes[e.tokens.start] {
                    index.persons.push(i);
                }
                index.persons_anywhere.push(i);
                let family = surname(doc, &e.tokens);
                index.by_surname.entry(family).or_default().push(i);
                if e.tokens.len() > 2 {
                    index
                        .long_tails
                        .insert(doc.slice(e.tokens.end - 2..e.tokens.end));
                }
                if e.tokens.len() > 1 {
                    index.full_by_surname.entry(family).or_default().push(i);
                    let first = doc.word(e.tokens.start);
                    index.full_by_first.entry(first).or_default().push(i);
                }
                index.add_titles(i, family);
            } else {
                let name = strip_the(doc.slice(e.tokens.clone())).to_lowercase();
                index.by_name.entry(name).or_default().push(i);
            }
        }
        index.settle_full_names();
        index
    }

    /// Full names, once all are known: "Ten Cate" after "Henk Ten Cate" is a family name,
    /// no full name of its own; and for each family name and courtesy gender, the first
    /// full name that fits (see `earliest_full`).
    fn settle_full_names(&mut self) {
        let (doc, entities) = (self.doc, self.entities);
        let family_only: rustc_hash::FxHashSet<usize> = self
            .full_by_surname
            .values()
            .flatten()
            .copied()
            .filter(|&i| self.is_family_name(&entities[i]))
            .collect();
        for list in self.full_by_surname.values_mut() {
            list.retain(|i| !family_only.contains(i));
        }
        let mut earliest = HashMap::default();
        for (&family, full) in &self.full_by_surname {
            for courtesy in [None, Some(Gender::Male), Some(Gender::Female)] {
                let fits = |&i: &usize| gender_fits(courtesy, given_gender(doc, &entities[i]));
                let any = full.iter().position(fits);
                let sure = any.and_then(|a| {
                    let rest = full[a..]
                        .iter()
                        .position(|i| fits(i) && !doubtful(doc, &entities[*i]));
                    rest.map(|p| a + p)
                });
                earliest.insert((family, courtesy), (sure, any));
            }
        }
        self.earliest_full = earliest;
    }

    /// The first full names of `family` that fit `courtesy`: see `earliest_full`.
    pub(super) fn earliest_full(&self, family: &str, courtesy: Option<Gender>) -> Earliest {
        self.earliest_full
            .get(&(family, courtesy))
            .copied()
            .unwrap_or((None, None))
    }

    /// Of the entities listed in `list` (indices in reading order), those that end by
    /// token `at` and start at or after token `floor`, nearest first: the one query behind
    /// every "the nearest person (or organization) before here".
    pub(super) fn before_in<'s>(
        &'s self,
        list: &'s [usize],
        at: usize,
        floor: usize,
    ) -> impl Iterator<Item = &'a EntitySpan> + 's {
        let entities = self.entities;
        let n = list.partition_point(|&i| entities[i].tokens.end <= at);
        list[..n]
            .iter()
            .rev()
            .map(move |&i| &entities[i])
            .take_while(move |e| e.tokens.start >= floor)
    }

    /// Every entity before token `at`, back to `floor`, nearest first.
    pub(super) fn before(
        &self,
        at: usize,
        floor: usize,
    ) -> impl Iterator<Item = &'a EntitySpan> + '_ {
        self.before_in(&self.all, at, floor)
    }

    /// Every person before token `at`, back to `floor`, nearest first, also those named
    /// inside quotation marks: whom an article goes on about ("For Trump to both
    /// encourage that …," she said. The New York businessman has praised Putin).
    pub(super) fn persons_anywhere_before(
        &self,
        at: usize,
        floor: usize,
    ) -> impl Iterator<Item = &'a EntitySpan> + '_ {
        self.before_in(&self.persons_anywhere, at, floor)
    }

    /// Every person outside quotation marks before token `at`, back to `floor`, nearest
    /// first.
    pub(super) fn persons_before(
        &self,
        at: usize,
        floor: usize,
    ) -> impl Iterator<Item = &'a EntitySpan> + '_ {
        self.before_in(&self.persons, at, floor)
    }

    pub(super) fn title(&self, e: usize) -> Range<usize> {
        self.titles.get(&e).cloned().unwrap_or(0..0)
    }

    /// The full name that the one-word name at `e` opens, named before it, if the word is
    /// nobody's family name: "Jarek" after "Jarek Kujda", and "Mr. Lou" after "Lou
    /// Jiwei", whose family name comes first.
    pub(super) fn opened_full_name(&self, e: &EntitySpan) -> Option<&'a EntitySpan> {
        let doc = self.doc;
        let word = doc.word(e.tokens.start);
        if e.tokens.len() != 1 || self.full_by_surname.contains_key(word) {
            return None;
        }
        let full = self.full_by_first.get(word)?;
        self.before_in(full, e.tokens.start, 0).next()
    }

    /// Whether the person's name at `e`, of two words, is a family name alone: one
    /// opening with a particle ("De Blasio"), or the last two words of a longer name in
    /// the article ("Ten Cate" after "Henk Ten Cate").
    pub(super) fn is_family_name(&self, e: &EntitySpan) -> bool {
        let doc = self.doc;
        if e.tokens.len() != 2 {
            return false;
        }
        lexicon::NAME_PARTICLES.contains(doc.low(e.tokens.start))
            || self.long_tails.contains(doc.slice(e.tokens.clone()))
    }

    /// Whether token `k` may stand between a preposition and the name it governs: an
    /// article, a title ("Democratic presidential candidate"), a courtesy title; not
    /// another name ("Bank of England governor Mervyn King" is no object of "of").
    fn before_a_name(&self, k: usize) -> bool {
        let doc = self.doc;
        let w = doc.low(k);
        let other_name = self
            .ending_at
            .get(&(k + 1))
            .is_some_and(|&e| self.entities[e].label != EntityLabel::Norp)
            || self.running_past(k, k + 1).is_some();
        let title = |w: &str| {
            lexicon::is_title(w)
                || matches!(w, "presidential" | "former" | "acting" | "senior" | "vice")
        };
        // A capitalized word only before a title: "Democratic presidential candidate".
        let adjective = doc.is_name_word(k) && k + 1 < doc.tokens.len() && title(doc.low(k + 1));
        !other_name && (w == "the" || title(w) || lexicon::is_honorific(w) || adjective)
    }

    /// The entity that covers token `k` and goes on past `end`: "The Chartered Institute
    /// of Purchasing" split from "and Supply" by the phrase finder.
    pub(super) fn running_past(&self, k: usize, end: usize) -> Option<&'a EntitySpan> {
        let n = self.entities.partition_point(|e| e.tokens.start <= k);
        let e = &self.entities[n.checked_sub(1)?];
        (e.tokens.end > end && e.tokens.start <= k).then_some(e)
    }

    /// The last entity labelled `label` inside phrase `r`.
    pub(super) fn entity_in(&self, r: &Range<usize>, label: EntityLabel) -> Option<&'a EntitySpan> {
        let first = self.entities.partition_point(|e| e.tokens.start < r.start);
        self.entities[first..]
            .iter()
            .take_while(|e| e.tokens.start < r.end)
            .filter(|e| e.label == label && e.tokens.end <= r.end)
            .last()
    }

    /// The entity that is the head of phrase `r`: the one that ends it, unless it is the
    /// object of "of" or "for" after a common noun ("supporters of Hillary Clinton", "a
    /// spokesman for Clinton"). A person named before "of" or "from" and a place is the
    /// head: "Jason Gilbert of Cheyenne".
    pub(super) fn head_entity(&self, r: &Range<usize>) -> Option<&'a EntitySpan> {
        let e = &self.entities[*self.ending_at.get(&r.end)?];
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
            && (doc.low(prep - 1) == "the" || crate::analysis::lexicon::is_title(doc.low(prep - 1)))
        {
            prep -= 1;
        }
        let modified = prep >= r.start + 2
            && matches!(doc.low(prep - 1), "to" | "with" | "in" | "on")
            && lexicon::is_source_modifier(doc.low(prep - 2));
        if modified {
            return None;
        }
        // "of the Centre for Economic Policy", "a spokesman for Mr Prescott", "a
        // spokesman for Democratic presidential candidate Hillary Clinton": the
        // preposition before the article, the courtesy title or the title.
        while start > r.start && self.before_a_name(start - 1) {
            start -= 1;
        }
        let prepositions = ["of", "for", "from", "including"];
        if start < r.start + 2 || !prepositions.contains(&doc.low(start - 1)) {
            return Some(e);
        }
        // "Jane Doe of the Centre for Economic Policy" is Jane Doe; "a spokesman for the
        // Centre" speaks for it.
        let affiliation = matches!(e.label, EntityLabel::Gpe | EntityLabel::Loc)
            || (e.label == EntityLabel::Org && doc.low(start - 1) != "for");
        let person_before = self
            .ending_at
            .get(&(start - 1))
            .map(|&i| &self.entities[i])
            .filter(|p| p.label == EntityLabel::Person && p.tokens.start >= r.start);
        if let Some(p) = person_before.filter(|_| affiliation) {
            return Some(p);
        }
        let object = doc.low(start - 1) != "from"
            && !doc.is_name_word(start - 2)
            && doc.tokens[start - 2].kind == TokenKind::Word;
        (!object).then_some(e)
    }

    /// "Trump Addresses Munich Attack: ‘…’": a headline capitalizes its verbs too, so a
    /// source phrase there that opens with a name is that name.
    pub(super) fn headline_name(&self, r: Range<usize>) -> Range<usize> {
        let doc = self.doc;
        if !doc.paragraphs[doc.paragraph_of(r.start)].headline {
            return r;
        }
        self.starting_at
            .get(&r.start)
            .map(|&i| &self.entities[i])
            .filter(|e| {
                matches!(e.label, EntityLabel::Person | EntityLabel::Org) && e.tokens.end < r.end
            })
            .map_or(r, |e| e.tokens.clone())
    }

    /// The entity that heads the subject of sentence `k`'s main clause, before `limit`.
    pub(super) fn subject_entity(&self, k: usize, limit: usize) -> Option<&'a EntitySpan> {
        let doc = self.doc;
        let before = doc.sentences[k].tokens.start..limit.min(doc.sentences[k].tokens.end);
        crate::analysis::phrases::clause_subject(doc, before.clone(), before.end)
            .and_then(|np| self.head_entity(&np))
    }

    /// "Argentina's economy minister, Roberto Lavagna, said", `said EEF chief economist,
    /// Steve Radley.`: the person named between commas after a description is the one
    /// it describes. Not after a document, an organization or an outlet ("According to
    /// the report, Intifada, Closures and …", a title the model read as a name).
    pub(super) fn named_after(&self, r: &Range<usize>) -> Option<&'a EntitySpan> {
        /// Words of an office that may come between the comma and the name.
        const MAX_APPOSITIVE_TITLE: usize = 10;
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
        // "the work's author, US playwright Eve Ensler, says", "another witness, former
        // White House Russia adviser Fiona Hill": places, titles and the words of an
        // office ("special envoy to Ukraine") may come before the name.
        let mut k = r.end + 1;
        while k < sentence.end.min(r.end + 1 + MAX_APPOSITIVE_TITLE) {
            if let Some(&x) = self.starting_at.get(&k) {
                let x = &self.entities[x];
                if x.label == EntityLabel::Person {
                    break;
                }
                k = x.tokens.end;
                continue;
            }
            let w = doc.low(k);
            let office = lexicon::TITLE_MODIFIERS.contains(w)
                || matches!(w, "of" | "to" | "for" | "at" | "the")
                || doc.is_capitalized(k) && doc.tokens[k].kind == TokenKind::Word;
            if !lexicon::is_title(w) && !lexicon::PERSON_NOUNS.contains(w) && !office {
                break;
            }
            k += 1;
        }
        let e = &self.entities[*self.starting_at.get(&k)?];
        let closed =
            e.tokens.end >= sentence.end || matches!(doc.word(e.tokens.end), "," | "." | ";" | ":");
        (e.label == EntityLabel::Person && closed).then_some(e)
    }
}

mod titles;

#[cfg(test)]
mod tests;
