//! Roles and titles: "Italy's premier" is the person titled so.

use super::names::{name_matches, surname};
use super::{Key, Resolver};
use crate::analysis::entities::gazetteer;
use crate::analysis::lexicon::{self, DEFINITE, INDEFINITE};
use crate::analysis::model::SpeakerKind;
use crate::analysis::text::Document;
use std::ops::Range;

/// How many people holding a title word a role looks at on each side of its mention: a
/// role points to someone named near it, and the bound keeps a text that repeats a role
/// thousands of times linear.
const MAX_HOLDERS: usize = 16;

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
    /// PERSON entities whose title fits the role `words`, in reading order: of those
    /// holding each title word, at most `MAX_HOLDERS` on either side of token `at`, so
    /// that a role asked of again and again stays linear.
    fn holders(&self, words: &[String], at: usize) -> Vec<usize> {
        let entities = self.entities;
        let mut out: Vec<usize> = role_words(words)
            .iter()
            .filter_map(|w| self.index.by_title_word.get(*w))
            .flat_map(|list| {
                let n = list.partition_point(|&i| entities[i].tokens.end <= at);
                let before = &list[n.saturating_sub(MAX_HOLDERS)..n];
                before.iter().chain(list[n..].iter().take(MAX_HOLDERS))
            })
            .copied()
            .filter(|&e| title_matches(self.doc, self.index.title(e), words))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// "Italy's premier", "the minister": the person with that title, or a placeholder
    /// that a named person with that title may claim later.
    pub(super) fn role(&mut self, r: Range<usize>, words: &[String]) -> Option<usize> {
        let doc = self.doc;
        let phrase = doc.slice(r.clone()).to_string();
        // A named person whose title in the text matches this role: the nearest before
        // the mention, otherwise the first after it.
        let holders = self.holders(words, r.start);
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
        let key = phrase.to_lowercase();
        if let Some(&id) = self.phrases.get(&key) {
            return self.record_mention(id, r);
        }
        let id = self.create(r, phrase, SpeakerKind::Unknown, Key::Phrase(key))?;
        self.drafts[id].head = words.last().cloned();
        Some(id)
    }

    /// Role placeholders that a named person turned out to hold are folded into them.
    pub(super) fn merge_roles(&mut self, of: &mut [Vec<usize>]) {
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
            target[i] = self.holders(&words, m.start).into_iter().find_map(|e| {
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
}

/// Whether the title tokens `title` fit a role phrase's words ("premier" fits "Prime
/// Minister"; "Italy's" fits "Italian").
pub(super) fn title_matches(doc: &Document, title: Range<usize>, words: &[String]) -> bool {
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
                && !DEFINITE.contains(&w.as_str())
                && !INDEFINITE.contains(&w.as_str())
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
