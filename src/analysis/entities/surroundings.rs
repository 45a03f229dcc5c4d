//! What the words around a name say of it: an age makes a person ("Luay Sami, 33,"), a
//! courtesy title too ("Ms Atlas"), a town's council a town, and a lone adverb opening a
//! sentence is no name at all.

use super::super::lexicon;
use super::super::model::EntityLabel;
use super::super::text::{Document, TokenKind};
use super::gazetteer;
use super::spans::EntitySpan;
use std::ops::Range;

/// What the words around a name say of it: "Luay Sami, 33, the coordinator" gives an
/// age, so a person; "Recently, he said" opens a sentence with an adverb, no name.
pub(super) fn read_the_surroundings(doc: &Document, spans: &mut Vec<EntitySpan>) {
    let n = doc.tokens.len();
    for s in spans.iter_mut() {
        let e = s.tokens.end;
        let aged = e + 2 < n
            && doc.word(e) == ","
            && doc.tokens[e + 1].kind == TokenKind::Number
            && doc.word(e + 1).len() <= 3
            && doc.word(e + 2) == ",";
        // "Ms Atlas": a name after a courtesy title is a person's, whatever the model
        // took it for.
        let courtesy = s.tokens.start > 0
            && lexicon::honorific(doc.low(s.tokens.start - 1))
                .is_some_and(lexicon::Honorific::is_courtesy);
        let aged = aged && s.label != EntityLabel::Person && !place_listed(doc, &s.tokens);
        if courtesy || aged {
            s.label = EntityLabel::Person;
        }
        // "The Riverton city council", "Riverton council": a name before a lower-case
        // word for a town or its council is the town.
        let municipal =
            e < n && !doc.is_capitalized(e) && lexicon::MUNICIPAL_NOUNS.contains(&doc.low(e));
        if municipal && s.label == EntityLabel::Org {
            s.label = EntityLabel::Gpe;
        }
    }
    spans.retain(|s| {
        let w = doc.low(s.tokens.start);
        let adverb = s.tokens.len() == 1
            && doc.opens_sentence(s.tokens.start)
            && w.len() > 4
            && w.ends_with("ly")
            && doc
                .tokens
                .get(s.tokens.end)
                .is_some_and(|_| doc.word(s.tokens.end) == ",");
        !adverb
    });
}

/// Whether the gazetteer lists the words `r` as a place.
fn place_listed(doc: &Document, r: &Range<usize>) -> bool {
    gazetteer::get()
        .longest_at(doc, r.start, r.end)
        .is_some_and(|(len, label)| {
            len == r.len() && matches!(label, EntityLabel::Gpe | EntityLabel::Loc)
        })
}

#[cfg(test)]
mod tests {
    use super::super::tests::entities;
    use super::*;

    fn label_of(text: &str, name: &str) -> Option<EntityLabel> {
        let found = entities(text);
        found.iter().find(|(t, _)| t == name).map(|(_, l)| *l)
    }

    #[test]
    fn a_courtesy_title_makes_a_person() {
        assert_eq!(
            label_of("Ms Atlas said the talks went well.", "Atlas"),
            Some(EntityLabel::Person)
        );
    }

    #[test]
    fn a_council_after_a_name_makes_it_a_town() {
        assert_eq!(
            label_of("The Riverton council voted to close the pier.", "Riverton"),
            Some(EntityLabel::Gpe)
        );
    }
}
