//! Roles and titles: "Italy's premier" is the person titled so.
//!
//! A role may come before the name it stands for ("the minister said … Minister Ana
//! Ruiz"), so a role no one holds yet is kept as a placeholder that a named holder claims
//! at the end. Holders are looked for only near the mention, which keeps a text that
//! repeats a role thousands of times linear.

use super::index::EntityIndex;
use super::noun_phrase::head_index;
use super::persons::surname;
use super::registry::{name_matches, Key};
use super::Resolver;
use crate::analysis::entities::gazetteer;
use crate::analysis::entities::EntitySpan;
use crate::analysis::lexicon::{self, DEFINITE, INDEFINITE};
use crate::analysis::model::{EntityLabel, SpeakerKind};
use crate::analysis::text::Document;
use std::ops::Range;

/// How many people holding a title word a role looks at on each side of its mention: a
/// role points to someone named near it, and the bound keeps a text that repeats a role
/// thousands of times linear.
const MAX_HOLDERS: usize = 16;

/// How many sentences back, and how many people, a role looks for the person in focus.
const FOCUS_SENTENCES: usize = 8;
const MAX_FOCUS_PERSONS: usize = 4;

/// The title words of a role and their synonyms: "premier" is also looked up as "prime".
fn role_words(words: &[String]) -> Vec<&str> {
    words
        .iter()
        .filter(|w| lexicon::TITLES.contains(w))
        .map(String::as_str)
        .flat_map(|w| title_synonyms(w).iter().copied().chain([w]))
        .collect()
}

impl<'a, 'd> Resolver<'a, 'd> {
    /// "Italy's premier", "the minister": the person with that title, or a placeholder
    /// that a named person with that title may claim later.
    pub(super) fn role(&mut self, r: Range<usize>, words: &[String]) -> Option<usize> {
        let doc = self.doc;
        let phrase = doc.slice(r.clone()).to_string();
        // A named person whose title in the text matches this role: the nearest before
        // the mention, otherwise the first after it.
        let holders = holders(&self.index, words, r.start);
        let matching = self
            .index
            .before_in(&holders, r.start, 0)
            .next()
            .or_else(|| {
                let mut after = holders.iter().map(|&e| &self.entities[e]);
                after.find(|e| e.tokens.end > r.start)
            });
        if let Some(e) = matching {
            return self.stands_for(r, e);
        }
        if let Some(id) = self.person_in_focus(&r, words) {
            return self.registry.mention(id, r);
        }
        let key = phrase.to_lowercase();
        if let Some(id) = self.registry.phrase(&key) {
            return self.registry.mention(id, r);
        }
        // Someone the article does not name, whom a named holder of the role may claim.
        let id = self
            .registry
            .create(r, phrase, SpeakerKind::Anonymous, Key::Phrase(key))?;
        self.registry.drafts[id].role = true;
        self.registry.drafts[id].head = Some(words[head_index(words)].clone());
        Some(id)
    }

    /// "Vladimir Putin said … the Russian president said", "Tony Blair has said … The
    /// prime minister said": a definite role that no one in the article is titled with is
    /// the person named last before it who has spoken, a few sentences back at most, and
    /// whom no title of theirs rules out ("Home Secretary Charles Clarke" is no prime
    /// minister). In the lead, before anyone has spoken ("Russia's president has
    /// defended …"), it is the person the next sentence opens with.
    fn person_in_focus(&mut self, r: &Range<usize>, words: &[String]) -> Option<usize> {
        let doc = self.doc;
        // "the president", "Russia's president"; not "the president's spokesman", who is
        // someone else.
        let head = head_index(words);
        let possessed_by_other = words[2.min(head)..head].iter().any(|w| w == "'s");
        let definite = !possessed_by_other
            && (words.first().is_some_and(|w| w == "the")
                || words.get(1).is_some_and(|w| w == "'s"));
        if !definite {
            return None;
        }
        let sentence = doc.sentence_of[r.start];
        let floor = doc.sentences[sentence.saturating_sub(FOCUS_SENTENCES)]
            .tokens
            .start;
        let nearest = self
            .index
            .persons_before(r.start, floor)
            .take(MAX_FOCUS_PERSONS)
            .find(|e| {
                self.registry.has_spoken(doc, e) && untitled_or_titled_so(&self.index, e, words)
            });
        if let Some(e) = nearest {
            return self.named(e.tokens.clone(), e);
        }
        let spoke_before = self
            .registry
            .drafts
            .iter()
            .any(|d| d.kind == SpeakerKind::NamedPerson);
        let next = sentence + 1;
        if spoke_before || next >= doc.sentences.len() || doc.sentences[next].paragraph > 2 {
            return None;
        }
        let e = self
            .index
            .subject_entity(next, doc.sentences[next].tokens.end)
            .filter(|e| e.label == EntityLabel::Person)?;
        self.named(e.tokens.clone(), e)
    }

    /// Role placeholders that a named person turned out to hold are folded into them.
    pub(super) fn merge_roles(&mut self, of: &mut [Vec<usize>]) {
        let doc = self.doc;
        let mut target: Vec<Option<usize>> = vec![None; self.registry.drafts.len()];
        for (i, d) in self.registry.drafts.iter().enumerate() {
            if !d.role {
                continue;
            }
            let Some(m) = d.mentions.first() else {
                continue;
            };
            let words: Vec<String> = m.clone().map(|k| doc.low(k).to_string()).collect();
            target[i] = holders(&self.index, &words, m.start)
                .into_iter()
                .find_map(|e| {
                    let e = &self.entities[e];
                    self.registry
                        .people(surname(doc, &e.tokens))
                        .iter()
                        .copied()
                        .find(|&p| {
                            self.registry.drafts[p].kind == SpeakerKind::NamedPerson
                                && name_matches(doc, e, &self.registry.drafts[p])
                        })
                });
        }
        for (i, t) in target.iter().enumerate() {
            if let Some(t) = *t {
                let moved = std::mem::take(&mut self.registry.drafts[i].mentions);
                self.registry.drafts[t].mentions.extend(moved);
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
}

/// PERSON entities whose title fits the role `words`, in reading order: of those
/// holding each title word, at most `MAX_HOLDERS` on either side of token `at`, so
/// that a role asked of again and again stays linear.
fn holders(index: &EntityIndex, words: &[String], at: usize) -> Vec<usize> {
    let entities = index.entities;
    let mut out: Vec<usize> = role_words(words)
        .iter()
        .filter_map(|w| index.by_title_word.get(*w))
        .flat_map(|list| {
            let n = list.partition_point(|&i| entities[i].tokens.end <= at);
            let before = &list[n.saturating_sub(MAX_HOLDERS)..n];
            before.iter().chain(list[n..].iter().take(MAX_HOLDERS))
        })
        .copied()
        .filter(|&e| {
            title_matches(index.doc, index.title(e), words)
                || (index.titles_after.get(&e)).is_some_and(|t| words_fit(t, words))
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether no title the article gives the person at `e` (under any form of their
/// name) rules out the role `words`.
fn untitled_or_titled_so(index: &EntityIndex, e: &EntitySpan, words: &[String]) -> bool {
    let doc = index.doc;
    let family = surname(doc, &e.tokens);
    // Two given names the gazetteer knows, and differ, are two people ("Hillary" and
    // "Bill" Clinton); "De Blasio" is "Bill de Blasio".
    let given = |x: &EntitySpan| {
        let w = doc.word(x.tokens.start);
        let particle = lexicon::NAME_PARTICLES.contains(doc.low(x.tokens.start));
        let known = gazetteer::get().given_name(w).is_some();
        (x.tokens.len() > 1 && known && !particle).then_some(w)
    };
    let entities = index.titled_by_surname.get(family);
    entities.into_iter().flatten().all(|&o| {
        let other = &index.entities[o];
        let same = match (given(e), given(other)) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        let title = index.title(o);
        !same || title.is_empty() || title_matches(doc, title, words)
    })
}

/// Whether the title tokens `title` fit a role phrase's words ("premier" fits "Prime
/// Minister"; "Italy's" fits "Italian").
pub(super) fn title_matches(doc: &Document, title: Range<usize>, words: &[String]) -> bool {
    if title.is_empty() {
        return false;
    }
    let t: Vec<String> = title.map(|i| doc.low(i).to_string()).collect();
    words_fit(&t, words)
}

/// Whether the title words `t` fit a role phrase's words.
fn words_fit(t: &[String], words: &[String]) -> bool {
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
    t.iter().any(fits) && places_agree(t, words)
}

/// Other ways of writing a title: "premier" is a "prime minister", "sen." a "senator".
pub(super) fn title_synonyms(title: &str) -> &'static [&'static str] {
    match title {
        "premier" => &["prime"],
        "senator" | "sen." => &["senator", "sen."],
        "governor" | "gov." => &["governor", "gov."],
        "representative" | "rep." => &["representative", "rep."],
        _ => &[],
    }
}

/// "Italy's premier" and "Italian Prime Minister" name the same country, and "Austrian
/// chancellor" and "Australia's" two; "the president" names none, and agrees with any. A
/// place the gazetteer does not know agrees only with itself.
fn places_agree(title: &[String], words: &[String]) -> bool {
    let place = |ws: &[String]| -> Option<String> {
        let w = ws.iter().find(|w| {
            w.chars().next().is_some_and(|c| c.is_alphabetic())
                && !lexicon::TITLES.contains(w)
                && !DEFINITE.contains(w.as_str())
                && !INDEFINITE.contains(w)
                && w.as_str() != "'s"
                && w.as_str() != "former"
        })?;
        let nation = gazetteer::get().nation(w);
        Some(nation.map_or_else(|| w.clone(), str::to_string))
    };
    match (place(title), place(words)) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::places_agree;

    fn words(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn a_country_agrees_with_its_nationality_and_no_other() {
        let agree = |a: &str, b: &str| places_agree(&words(a), &words(b));
        assert!(agree("italian prime minister", "italy 's premier"));
        assert!(agree("french president", "france 's president"));
        assert!(agree("polish president", "poland 's president"));
        assert!(agree("spanish king", "spain 's king"));
        assert!(!agree("austrian chancellor", "australia 's chancellor"));
        assert!(!agree("slovak president", "slovenia 's president"));
        assert!(!agree("nigerian president", "niger 's president"));
        assert!(agree("the president", "nigerian president"));
    }
}
