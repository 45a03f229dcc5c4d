//! The titles a name carries: the words before it ("Italian Prime Minister Giorgia
//! Meloni"), and a role set after it between commas ("Julian Ruiz, the founder of
//! Portleaks,"), which a later description takes up ("the Portleaks founder said").

use super::EntityIndex;
use crate::analysis::entities::EntitySpan;
use crate::analysis::lexicon;
use crate::analysis::model::EntityLabel;
use crate::analysis::text::Document;
use std::ops::Range;

impl<'d> EntityIndex<'_, 'd> {
    /// Indexes the titles of the person at entity `i`, before and after the name, by
    /// their words; and by `family` name, one for each given name and title.
    pub(super) fn add_titles(&mut self, i: usize, family: &'d str) {
        let (doc, entities) = (self.doc, self.entities);
        let e = &entities[i];
        let title = self.title_before(doc, entities, e);
        for k in title.clone() {
            let list = self.by_title_word.entry(doc.low(k).to_string());
            list.or_default().push(i);
        }
        if !title.is_empty() {
            let titles = &self.titles;
            let list = self.titled_by_surname.entry(family).or_default();
            let same = |&o: &usize| {
                doc.word(entities[o].tokens.start) == doc.word(e.tokens.start)
                    && doc.slice(titles[&o].clone()) == doc.slice(title.clone())
            };
            if !list.iter().any(same) {
                list.push(i);
            }
        }
        self.titles.insert(i, title);
        let after = title_after(self, e);
        for w in after.iter().filter(|w| lexicon::TITLES.contains(w)) {
            self.by_title_word.entry(w.clone()).or_default().push(i);
        }
        if !after.is_empty() {
            self.titles_after.insert(i, after);
        }
    }

    /// The title words right before a person's name: "Italian Prime Minister".
    pub(in crate::analysis::speakers) fn title_before(
        &self,
        doc: &Document,
        entities: &[EntitySpan],
        e: &EntitySpan,
    ) -> Range<usize> {
        let floor = doc.sentences[doc.sentence_of[e.tokens.start]].tokens.start;
        let mut start = e.tokens.start;
        // "Ofsted chief, David Bell": a title, a comma, then the name.
        let comma = start >= floor + 2
            && doc.word(start - 1) == ","
            && lexicon::TITLES.contains(doc.low(start - 2));
        if comma {
            start -= 1;
        }
        let name_start = start;
        while start > floor {
            let w = doc.low(start - 1);
            let before = self.ending_at.get(&start).map(|&x| &entities[x]);
            let modifier = before.is_some_and(|x| {
                matches!(
                    x.label,
                    EntityLabel::Gpe | EntityLabel::Norp | EntityLabel::Org
                )
            });
            // "special envoy to Ukraine", "Director of Public Prosecution": an office's
            // preposition after its title, and the words that qualify a title.
            let office = matches!(w, "of" | "to" | "for")
                && start >= floor + 2
                && lexicon::TITLES.contains(doc.low(start - 2));
            if lexicon::TITLES.contains(w)
                || w == "'s"
                || modifier
                || office
                || lexicon::TITLE_MODIFIERS.contains(w)
            {
                start = before.map_or(start - 1, |x| x.tokens.start);
            } else {
                break;
            }
        }
        // A place or a body alone before a name is no title ("Ukraine Kurt Volker"), but
        // one that owns it is ("Yahoo's Yonca Brunini").
        if !(start..name_start).any(|k| lexicon::TITLES.contains(doc.low(k)) || doc.low(k) == "'s")
        {
            return name_start..name_start;
        }
        // "the city's finance director, Tom Hale": a possessive's owner is no title; nor
        // is the object of a preposition ("as secretary of state, Hillary Clinton"), a
        // role of the past or of the clause; but a body's name may follow one ("criticised
        // by Ofsted chief, David Bell").
        let body = self
            .starting_at
            .get(&start)
            .is_some_and(|&x| entities[x].label == EntityLabel::Org);
        if comma
            && (doc.low(start) == "'s"
                || start > floor && !body && lexicon::PREPOSITIONS.contains(doc.low(start - 1)))
        {
            return name_start..name_start;
        }
        start..name_start
    }
}

/// "Julian Ruiz, the founder of Portleaks,", "Ruiz, Portleaks' founder,": a role
/// after the name, between a comma and the end of its phrase, as the words a later
/// description uses: the body it is of, its modifiers, then its title ("portleaks
/// founder"). Nothing for "a founder" (one of several), for a title that is someone
/// else's ("the founder's lawyer") or for a phrase that goes on ("the founder who").
fn title_after(index: &EntityIndex, e: &EntitySpan) -> Vec<String> {
    let doc = index.doc;
    let end = doc.sentences[doc.sentence_of[e.tokens.start]].tokens.end;
    let mut k = e.tokens.end;
    if k + 2 >= end || doc.word(k) != "," {
        return Vec::new();
    }
    k += 1;
    if doc.low(k) == "the" {
        k += 1;
    }
    let (mut words, mut titled) = (Vec::new(), false);
    while k < end {
        let w = doc.low(k);
        if let Some(body) = body_at(index, k) {
            words.extend(body.tokens.clone().map(|j| doc.low(j).to_string()));
            k = body.tokens.end;
            if k < end && matches!(doc.low(k), "'s" | "'" | "’") {
                k += 1;
            }
        } else if lexicon::TITLES.contains(w) || lexicon::TITLE_MODIFIERS.contains(w) {
            titled |= lexicon::TITLES.contains(w);
            words.push(w.to_string());
            k += 1;
        } else {
            break;
        }
    }
    // "the founder of Portleaks": the body comes first, as in "the Portleaks founder".
    if titled && k + 1 < end && matches!(doc.low(k), "of" | "at" | "for") {
        if let Some(body) = body_at(index, k + 1) {
            let of = body.tokens.clone().map(|j| doc.low(j).to_string());
            words.splice(0..0, of);
            k = body.tokens.end;
        }
    }
    let closed = k >= end || matches!(doc.word(k), "," | "." | ";" | ")" | "—" | "–");
    if titled && closed {
        words
    } else {
        Vec::new()
    }
}

/// The organization, place or people named from token `k`.
fn body_at<'a>(index: &EntityIndex<'a, '_>, k: usize) -> Option<&'a EntitySpan> {
    let e = &index.entities[*index.starting_at.get(&k)?];
    matches!(
        e.label,
        EntityLabel::Org | EntityLabel::Gpe | EntityLabel::Norp
    )
    .then_some(e)
}
