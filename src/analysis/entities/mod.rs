//! Named entities: people, organizations, places, nationalities and groups.
//!
//! Entities matter twice: the reader sees them highlighted, and the speaker stage asks them
//! whether a source is a person or an organization. This first recognizer reads runs of
//! capitalized words, strips titles, and labels them from the gazetteer, from suffixes
//! ("Ministry", "Party") and from given names. A name recognized once keeps its label
//! for the whole article, so "Meloni" after "Giorgia Meloni" is a person, even in a
//! headline where capitals say nothing.

pub mod gazetteer;

use super::lexicon;
use super::model::EntityLabel;
use super::text::{Document, TokenKind};
use std::collections::{HashMap, HashSet};
use std::ops::Range;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntitySpan {
    pub tokens: Range<usize>,
    pub label: EntityLabel,
}

/// Last words that make a capitalized run an organization.
#[rustfmt::skip]
const ORG_ENDINGS: &[&str] = &[
    "Ministry", "Party", "Council", "Agency", "Inc.", "Corp.", "Co.", "Ltd.", "LLC",
    "University", "Times", "Post", "News", "Department", "Committee", "Bank", "Union",
    "Organization", "Organisation", "Association", "Institute", "Commission", "Court",
    "Parliament", "Congress", "Group", "Company", "Foundation", "Fund", "Service", "Forces",
    "Army", "Navy", "Guard", "Office", "Bureau", "Authority", "Board", "Club", "Network",
    "Journal", "Telegraph", "Herald", "Tribune", "Press", "Agency", "Corporation", "Center",
    "Centre", "College", "School", "Hospital", "Senate", "House", "Federation", "League",
    "Alliance", "Coalition", "Campaign", "Police", "Airlines", "Motors", "Holdings", "Gazette",
    "Chronicle", "Observer", "Courier", "Magazine", "Radio", "Television", "Broadcasting",
    "Daily", "Inquirer", "Examiner", "Sentinel", "Dispatch", "Bulletin",
];

/// Last words that make a capitalized run a natural place.
#[rustfmt::skip]
const LOC_ENDINGS: &[&str] = &[
    "River", "Lake", "Mountain", "Mountains", "Sea", "Ocean", "Bay", "Valley", "Island",
    "Islands", "Desert", "Forest", "Gulf", "Canyon", "Peninsula", "Coast", "Strait", "Basin",
    "Plateau", "Hills", "Delta", "Park",
];

/// Last words that make a capitalized run a political place.
const GPE_ENDINGS: &[&str] = &["City", "County", "Province", "Oblast", "Region", "District"];

/// First words that make a capitalized run an organization ("Ministry of Defence").
#[rustfmt::skip]
const ORG_OPENINGS: &[&str] = &[
    "Ministry", "University", "Department", "Bank", "Council", "Office", "Institute",
    "Committee", "Court", "Federation", "Union", "Party",
];

/// Lower-case words allowed inside a name: "Bank of England", "Leonardo da Vinci".
#[rustfmt::skip]
const CONNECTORS: &[&str] = &[
    "of", "de", "da", "di", "del", "van", "von", "der", "al", "bin", "la", "le", "du", "for",
    "&",
];

pub fn recognize(doc: &Document) -> Vec<EntitySpan> {
    let gaz = gazetteer::get();
    let mut spans = Vec::new();
    let lowercase_words: HashSet<&str> = (0..doc.tokens.len())
        .filter(|&i| !doc.is_capitalized(i))
        .map(|i| doc.low(i))
        .collect();
    for para in &doc.paragraphs {
        let headline = para.headline;
        let mut i = para.tokens.start;
        while i < para.tokens.end {
            let listed = gaz.longest_at(doc, i, para.tokens.end);
            // "Vladimir Putin": a place that is also a first name, before a name, is a name.
            let given_name_first = listed.is_some_and(|(len, _)| len == 1)
                && !headline
                && gaz.given_name(doc.word(i)).is_some()
                && i + 1 < para.tokens.end
                && starts_name(doc, i + 1)
                && gaz.longest_at(doc, i + 1, para.tokens.end).is_none();
            if let Some((len, label)) = listed.filter(|_| !given_name_first) {
                spans.push(EntitySpan {
                    tokens: i..i + len,
                    label,
                });
                i += len;
                continue;
            }
            if headline || !starts_name(doc, i) {
                i += 1;
                continue;
            }
            let end = name_run_end(doc, i, para.tokens.end);
            if let Some(span) = classify_run(doc, i..end, &lowercase_words) {
                spans.push(span);
            }
            i = end;
        }
    }
    propagate_names(doc, &mut spans);
    spans
}

fn starts_name(doc: &Document, i: usize) -> bool {
    doc.tokens[i].kind == TokenKind::Word
        && doc.is_capitalized(i)
        && !doc.word(i).contains(['-', '‐'])
}

/// One past the last token of the capitalized run starting at `i`.
fn name_run_end(doc: &Document, i: usize, limit: usize) -> usize {
    let gaz = gazetteer::get();
    let mut end = i + 1;
    while end < limit {
        if starts_name(doc, end) {
            // A listed place or nationality starts a new entity: "Italian Prime Minister".
            if gaz.longest_at(doc, end, limit).is_some() && !is_title(doc, end - 1) {
                break;
            }
            end += 1;
        } else if CONNECTORS.contains(&doc.word(end))
            && end + 1 < limit
            && starts_name(doc, end + 1)
        {
            end += 2;
        } else {
            break;
        }
    }
    end
}

fn is_title(doc: &Document, i: usize) -> bool {
    lexicon::contains(lexicon::TITLES, doc.low(i))
}

fn classify_run(
    doc: &Document,
    run: Range<usize>,
    lowercase_words: &HashSet<&str>,
) -> Option<EntitySpan> {
    let gaz = gazetteer::get();
    let mut start = run.start;
    let sentence_start = doc.sentences[doc.sentence_of[run.start]].tokens.start == run.start;
    // "In March", "The Riverton council": a common word capitalized only because it opens
    // the sentence, or an article.
    let article = matches!(doc.word(start), "The" | "A" | "An");
    if run.len() > 1 && (article || sentence_start && lowercase_words.contains(doc.low(start))) {
        start += 1;
    }
    let before_titles = start;
    while start < run.end && is_title(doc, start) {
        start += 1;
    }
    // Months and days are dates, not names.
    if run.end - start == 1 && lexicon::contains(lexicon::TIME_WORDS, doc.low(start)) {
        return None;
    }
    let titled = start > before_titles;
    let tokens = start..run.end;
    if tokens.is_empty() {
        return None;
    }
    let first = doc.word(tokens.start);
    let last = doc.word(tokens.end - 1);
    let single = tokens.len() == 1;
    if single && !titled && sentence_start && lowercase_words.contains(doc.low(tokens.start)) {
        return None; // a common word that happens to open the sentence
    }
    let label = if ORG_ENDINGS.contains(&last) || ORG_OPENINGS.contains(&first) {
        EntityLabel::Org
    } else if LOC_ENDINGS.contains(&last) && !single {
        EntityLabel::Loc
    } else if GPE_ENDINGS.contains(&last) && !single {
        EntityLabel::Gpe
    } else if titled || gaz.given_name(first).is_some() && !single {
        EntityLabel::Person
    } else if single && is_acronym(first) {
        EntityLabel::Org
    } else if !single && tokens.len() <= 4 {
        EntityLabel::Person
    } else if single && !lowercase_words.contains(doc.low(tokens.start)) {
        // A lone unknown name: a person if a verb of saying follows it.
        let next = tokens.end;
        let speaks = next < doc.tokens.len()
            && super::cues::verb(doc.low(next)).is_some()
            && !doc.is_capitalized(next);
        if speaks {
            EntityLabel::Person
        } else {
            return None;
        }
    } else {
        return None;
    };
    Some(EntitySpan { tokens, label })
}

fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.len() <= 6 && letters.iter().all(|c| c.is_uppercase())
}

/// Gives every lone occurrence of a known person's surname, and of any name recognized
/// somewhere, the label it had there.
fn propagate_names(doc: &Document, spans: &mut Vec<EntitySpan>) {
    let mut known: HashMap<String, EntityLabel> = HashMap::new();
    for s in spans.iter() {
        known.insert(doc.slice(s.tokens.clone()).to_string(), s.label);
        if s.label == EntityLabel::Person && s.tokens.len() > 1 {
            known
                .entry(doc.word(s.tokens.end - 1).to_string())
                .or_insert(EntityLabel::Person);
        }
    }
    let mut covered = vec![false; doc.tokens.len()];
    for s in spans.iter() {
        covered[s.tokens.clone()].fill(true);
    }
    for (i, _) in covered.iter().enumerate().filter(|(_, c)| !**c) {
        if !doc.is_capitalized(i) {
            continue;
        }
        if let Some(&label) = known.get(doc.word(i)) {
            spans.push(EntitySpan {
                tokens: i..i + 1,
                label,
            });
        }
    }
    spans.sort_by_key(|s| s.tokens.start);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entities(text: &str) -> Vec<(String, EntityLabel)> {
        let doc = Document::new(text);
        recognize(&doc)
            .into_iter()
            .map(|s| (doc.slice(s.tokens).to_string(), s.label))
            .collect()
    }

    #[test]
    fn titles_places_and_nationalities() {
        use EntityLabel::*;
        assert_eq!(
            entities(
                "Italian Prime Minister Giorgia Meloni spoke to the Ministry of Defence in Rome."
            ),
            [
                ("Italian".into(), Norp),
                ("Giorgia Meloni".into(), Person),
                ("Ministry of Defence".into(), Org),
                ("Rome".into(), Gpe)
            ]
        );
    }

    #[test]
    fn a_surname_keeps_its_label_in_headlines_and_possessives() {
        use EntityLabel::*;
        let found =
            entities("Meloni Backs Plan For Ukraine\n\nGiorgia Meloni spoke. Meloni's aide left.");
        assert!(found.contains(&("Ukraine".into(), Gpe)));
        assert_eq!(
            found
                .iter()
                .filter(|e| e.0 == "Meloni" && e.1 == Person)
                .count(),
            2
        );
    }
}
