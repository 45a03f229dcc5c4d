//! A name keeps one label through the article: each occurrence takes the label most of
//! its occurrences have, an occurrence the model left out takes it too, and a family name
//! alone is the person named in full ("Meloni" after "Giorgia Meloni").
//!
//! Capitals and neighbours say little in a headline or a table, so what the rest of the
//! article says of a name is worth more there than what the model read in place.

use super::super::model::EntityLabel;
use super::super::order;
use super::super::text::Document;
use super::context::DocContext;
use super::features;
use super::gazetteer;
use super::spans::{add_words, covered, majority, EntitySpan};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// A name keeps one label through the article: each occurrence takes the label most of
/// its occurrences have, and an occurrence the model left out (often in a headline or a
/// table, where capitals and neighbours say little) takes it too.
pub(super) fn share_labels(doc: &Document, ctx: &DocContext, spans: &mut Vec<EntitySpan>) {
    let mut votes: HashMap<&str, [u32; 5]> = HashMap::default();
    for s in spans.iter() {
        votes.entry(doc.slice(s.tokens.clone())).or_default()[features::label_index(s.label)] += 1;
    }
    // Each name by its first word, with its length in tokens and its label.
    let mut by_first: HashMap<&str, Vec<(usize, &str, EntityLabel)>> = HashMap::default();
    for s in spans.iter_mut() {
        let name = doc.slice(s.tokens.clone());
        if let Some(label) = majority(&votes[name]) {
            s.label = label;
            let names = by_first.entry(doc.word(s.tokens.start)).or_default();
            // Bounded, so that many names sharing a first word keep this linear.
            if names.len() < MAX_NAMES_PER_FIRST_WORD && !names.iter().any(|n| n.1 == name) {
                names.push((s.tokens.len(), name, label));
            }
        }
    }
    let covered = covered(doc, spans);
    let mut added = Vec::new();
    for sentence in &doc.sentences {
        let mut i = sentence.tokens.start;
        while i < sentence.tokens.end {
            let longest = (!covered[i] && doc.is_capitalized(i) && !ctx.is_lowercase_word(doc, i))
                .then(|| by_first.get(doc.word(i)))
                .flatten()
                .and_then(|names| {
                    names
                        .iter()
                        .filter(|&&(len, name, _)| {
                            let end = i + len;
                            end <= sentence.tokens.end
                                && !covered[i..end].contains(&true)
                                && doc.slice(i..end) == name
                        })
                        .max_by_key(|n| n.0)
                });
            match longest {
                Some(&(len, _, label)) => {
                    added.push(EntitySpan {
                        tokens: i..i + len,
                        label,
                    });
                    i += len;
                }
                None => i += 1,
            }
        }
    }
    spans.extend(added);
    order::by_key(spans, |s| s.tokens.start as u64);
}

const MAX_NAMES_PER_FIRST_WORD: usize = 16;

/// A lone capitalized word that is a person's surname elsewhere in the article is that
/// person: "Meloni" after "Giorgia Meloni", in a headline or before "'s", and "Bolton"
/// after "John Bolton" even where the model took it for an organization (a place keeps
/// its label: "Washington" after "George Washington").
pub(super) fn make_consistent(doc: &Document, spans: &mut Vec<EntitySpan>) {
    let surnames = surnames(doc, spans);
    // "Henk Ten Cate … Ten Cate": a family name of two words, alone, is the person too.
    let long_surnames: HashSet<&str> = spans
        .iter()
        .filter(|s| s.label == EntityLabel::Person && s.tokens.len() > 2)
        .map(|s| doc.slice(s.tokens.end - 2..s.tokens.end))
        .collect();
    let gaz = gazetteer::get();
    for s in spans.iter_mut() {
        let one = s.tokens.len() == 1 && surnames.contains(doc.word(s.tokens.start));
        let two = s.tokens.len() == 2 && long_surnames.contains(doc.slice(s.tokens.clone()));
        // A listed place keeps its label: "George Washington … Washington".
        let place = s.label != EntityLabel::Org
            && gaz
                .longest_at(doc, s.tokens.start, s.tokens.end)
                .is_some_and(|(len, _)| len == s.tokens.len());
        if s.label != EntityLabel::Person && (one || two) && !place {
            s.label = EntityLabel::Person;
        }
    }
    add_words(doc, spans, |i| {
        (doc.is_capitalized(i) && surnames.contains(doc.word(i))).then_some(EntityLabel::Person)
    });
}

/// The last words of the names of people of two words or more: "Meloni" of "Giorgia
/// Meloni".
pub(super) fn surnames<'d>(doc: &Document<'d>, spans: &[EntitySpan]) -> HashSet<&'d str> {
    spans
        .iter()
        .filter(|s| s.label == EntityLabel::Person && s.tokens.len() > 1)
        .map(|s| doc.word(s.tokens.end - 1))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::tests::entities;
    use super::*;

    #[test]
    fn a_name_found_once_is_found_everywhere() {
        // Alone, the model misses the second "Ashcombe", before "coach".
        let found = entities(
            "Riverton beat Ashcombe 3-1 on Saturday. Ashcombe coach Dale Prentiss said \
             Riverton deserved it.",
        );
        let ashcombe = found.iter().filter(|e| e.0 == "Ashcombe").count();
        assert_eq!(ashcombe, 2, "{found:?}");
        assert!(found
            .iter()
            .all(|e| e.0 != "Ashcombe" || e.1 == EntityLabel::Org));
    }

    #[test]
    fn a_surname_keeps_its_label_in_headlines_and_possessives() {
        use EntityLabel::*;
        let found =
            entities("Meloni Backs Plan For Ukraine\n\nGiorgia Meloni spoke. Meloni's aide left.");
        assert!(found.contains(&("Ukraine".into(), Gpe)));
        // Alone, the model takes this "Ford" for the company.
        let ford = entities("Edsel Ford spoke on Monday. Ford said the plant would close.");
        assert_eq!(ford[1], ("Ford".into(), Person), "{ford:?}");
        assert_eq!(
            found
                .iter()
                .filter(|e| e.0 == "Meloni" && e.1 == Person)
                .count(),
            2,
            "{found:?}"
        );
    }
}
