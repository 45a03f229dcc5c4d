//! Names, descriptions and every mention of each speaker, once all are known.
//!
//! A speaker is first met by whatever phrase named it ("Clinton", "the official"); the
//! article's fullest name for it, its title or apposition and all its mentions, quoted or
//! not, are known only at the end, so this is a pass of its own over the drafts.

use super::index::EntityIndex;
use super::registry::{name_matches, Draft, Key};
use crate::analysis::lexicon;
use crate::analysis::model::SpeakerKind;
use crate::analysis::order;
use crate::analysis::text::Document;
use std::ops::Range;

/// Names, descriptions and every mention of each named speaker in the text.
pub(super) fn describe(drafts: &mut [Draft], index: &EntityIndex) {
    let (doc, entities) = (index.doc, index.entities);
    for draft in drafts.iter_mut() {
        let occurrences: Vec<usize> = match (&draft.kind, &draft.key) {
            (SpeakerKind::NamedPerson, Key::Person { surname, .. }) => index
                .by_surname
                .get(surname.as_str())
                .map(|es| {
                    es.iter()
                        .copied()
                        .filter(|&e| name_matches(doc, &entities[e], draft))
                        .collect()
                })
                .unwrap_or_default(),
            (SpeakerKind::NamedOrganization | SpeakerKind::Media, Key::Org(name)) => {
                index.by_name.get(name).cloned().unwrap_or_default()
            }
            _ => Vec::new(),
        };
        match draft.kind {
            SpeakerKind::NamedPerson => {
                if let Some(&full) = occurrences
                    .iter()
                    .max_by_key(|&&e| entities[e].tokens.len())
                {
                    draft.name = doc.slice(entities[full].tokens.clone()).to_string();
                }
                let title = occurrences
                    .iter()
                    .map(|&e| index.title(e))
                    .find(|t| !t.is_empty());
                let found = title.map(|t| doc.slice(t).to_string()).or_else(|| {
                    occurrences
                        .iter()
                        .find_map(|&e| apposition(doc, entities[e].tokens.end))
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
            .extend(occurrences.iter().map(|&e| entities[e].tokens.clone()));
        // In reading order, without mentions inside a longer one.
        order::by_key(&mut draft.mentions, |m| {
            order::start_then_longer(m.start, m.end)
        });
        let mut kept: Vec<Range<usize>> = Vec::with_capacity(draft.mentions.len());
        for m in draft.mentions.drain(..) {
            if kept.last().is_none_or(|k| m.start >= k.end) {
                kept.push(m);
            }
        }
        draft.mentions = kept;
    }
}

/// "Hugh Hill, a doctor at the hospital, said": the phrase after the comma.
pub(super) fn apposition(doc: &Document, after: usize) -> Option<String> {
    if after + 2 >= doc.tokens.len()
        || doc.word(after) != ","
        || !lexicon::ARTICLES.contains(&doc.low(after + 1))
    {
        return None;
    }
    let s = doc.sentence_of[after];
    let end = (after + 1..doc.sentences[s].tokens.end)
        .find(|&i| matches!(doc.word(i), "," | "." | ";" | ":" | "\"" | "“" | "”" | "''"))?;
    (end - after <= 12).then(|| doc.slice(after + 1..end).to_string())
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_person_is_described_by_an_apposition_or_a_title() {
        let a = crate::analysis::analyze(
            "\"We are ready,\" said Dana Okafor, the chief engineer. Mayor Ana Ruiz said the \
             bridge would open.",
        );
        let description = |name: &str| {
            a.speakers
                .iter()
                .find(|s| s.name == name)
                .and_then(|s| s.description.clone())
        };
        assert_eq!(
            description("Dana Okafor").as_deref(),
            Some("the chief engineer")
        );
        assert_eq!(description("Ana Ruiz").as_deref(), Some("Mayor"));
    }
}
