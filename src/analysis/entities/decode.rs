//! From the model's labels to spans: the best path of labels through each sentence,
//! read as names with our labels.
//!
//! The model knows four kinds of name (people, organizations, places, other); our labels
//! split places into political ones (GPE) and natural ones (LOC) by the gazetteer and a
//! place's last word, and keep of the other names only nationalities and groups (NORP).

use super::super::lexicon;
use super::super::model::EntityLabel;
use super::super::text::{Document, TokenKind};
use super::context::DocContext;
use super::spans::EntitySpan;
use super::{crf, gazetteer, scores};
use std::ops::Range;

/// The model's names in `doc`, with our labels: the best path of the CRF through each
/// sentence, read as spans, trimmed of titles and punctuation.
pub(super) fn decode(doc: &Document, ctx: &DocContext) -> Vec<EntitySpan> {
    let model = crf::get();
    let mut spans = Vec::new();
    let mut emissions = Vec::new();
    let mut scorer = scores::Scorer::new(doc, ctx, model);
    for (s, sentence) in doc.sentences.iter().enumerate() {
        scorer.sentence(s, &mut emissions);
        let path = model.viterbi(&emissions);
        let mut open: Option<(usize, &str)> = None;
        for (t, &label) in path.iter().chain([&0usize]).enumerate() {
            let tag = if t < path.len() {
                model.labels[label].as_str()
            } else {
                "O"
            };
            let (prefix, typ) = tag.split_once('-').unwrap_or(("O", ""));
            let continues = prefix == "I" && open.is_some_and(|(_, o)| o == typ);
            if !continues {
                if let Some((start, o)) = open.take() {
                    let mut range = sentence.tokens.start + start..sentence.tokens.start + t;
                    // "Ms Atlas" is a person, whatever the model took "Atlas" for.
                    let courtesy = range.len() > 1
                        && lexicon::honorific(doc.low(range.start))
                            .is_some_and(lexicon::Honorific::is_courtesy);
                    let o = if courtesy { "PER" } else { o };
                    trim_span(doc, &mut range, o == "PER");
                    let label = (range.start < range.end)
                        .then(|| our_label(doc, ctx, o, &range))
                        .flatten();
                    if let Some(label) = label {
                        spans.push(EntitySpan {
                            tokens: range,
                            label,
                        });
                    }
                }
                if prefix != "O" {
                    open = Some((t, typ));
                }
            }
        }
    }
    spans
}

/// Drops what is not part of a name from a span's edges: punctuation, and a person's
/// titles ("Mayor Elena Vasquez" is "Elena Vasquez").
fn trim_span(doc: &Document, r: &mut Range<usize>, person: bool) {
    let edge = |i: usize| doc.tokens[i].kind == TokenKind::Punct;
    // "Ivo Marsh (D-Ore.)": a name ends where a parenthesis opens.
    if let Some(open) = r.clone().find(|&i| doc.word(i) == "(") {
        r.end = open;
    }
    while r.start < r.end
        && (edge(r.start) || (person && r.len() > 1 && lexicon::is_title(doc.low(r.start))))
    {
        r.start += 1;
    }
    // "Later Tom Hale said", "Neither Donald J. Trump nor …": opening a sentence, a word
    // that is no given name before one that is is no part of the name ("M. Dane Waters"
    // keeps its initial).
    let gaz = gazetteer::get();
    if person
        && r.len() > 2
        && doc.opens_sentence(r.start)
        && !doc.word(r.start).ends_with('.')
        && gaz.given_name(doc.word(r.start)).is_none()
        && gaz.given_name(doc.word(r.start + 1)).is_some()
    {
        r.start += 1;
    }
    while r.start < r.end && (edge(r.end - 1) || doc.low(r.end - 1) == "'s") {
        r.end -= 1;
    }
}

/// Our label for a span the model calls `typ` (PER, ORG, LOC or MISC).
fn our_label(doc: &Document, ctx: &DocContext, typ: &str, r: &Range<usize>) -> Option<EntityLabel> {
    let listed = ctx
        .gazetteer_label(r.start)
        .filter(|_| (r.clone()).all(|i| ctx.gazetteer_label(i).is_some()));
    match typ {
        // "Pirelli" is a person to the model where nothing near it says otherwise; "Pirelli
        // SpA" elsewhere in the article does (but "Leopoldo Pirelli" is a person).
        "PER"
            if (r.len() == 1 && ctx.names_a_company(doc, r.start))
                || lexicon::is_company_ending(doc.word(r.end - 1)) =>
        {
            Some(EntityLabel::Org)
        }
        "PER" => Some(EntityLabel::Person),
        "ORG" => Some(EntityLabel::Org),
        "LOC" => {
            let natural = listed == Some(EntityLabel::Loc)
                || lexicon::LOC_ENDINGS.contains(&doc.word(r.end - 1));
            Some(if natural {
                EntityLabel::Loc
            } else {
                EntityLabel::Gpe
            })
        }
        // Other names (events, works, products) are not among our labels; nationalities,
        // religions and political groups are.
        _ => (listed == Some(EntityLabel::Norp) || looks_like_group(doc, r))
            .then_some(EntityLabel::Norp),
    }
}

/// "Zairean", "Croat", "Moslem": a single capitalized word with a nationality's ending.
fn looks_like_group(doc: &Document, r: &Range<usize>) -> bool {
    if r.len() != 1 {
        return false;
    }
    let w = doc.low(r.start);
    [
        "an", "ans", "ian", "ians", "ese", "ish", "i", "is", "ic", "ics", "ist", "ists", "ite",
        "ites", "em", "ems",
    ]
    .iter()
    .any(|s| w.ends_with(s))
}

#[cfg(test)]
mod tests {
    use super::super::tests::entities;
    use super::*;

    #[test]
    fn people_places_groups() {
        use EntityLabel::*;
        let found = entities(
            "Italian Prime Minister Giorgia Meloni spoke to the Ministry of Defence in Rome near the Black Sea.",
        );
        for e in [
            ("Italian", Norp),
            ("Giorgia Meloni", Person),
            ("Ministry of Defence", Org),
            ("Rome", Gpe),
            ("Black Sea", Loc),
        ] {
            assert!(
                found.contains(&(e.0.to_string(), e.1)),
                "{e:?} not in {found:?}"
            );
        }
    }

    #[test]
    fn a_person_loses_the_titles_before_the_name() {
        let found = entities("Mayor Elena Vasquez opened the bridge over the Tamar River.");
        assert!(
            found.contains(&("Elena Vasquez".into(), EntityLabel::Person)),
            "{found:?}"
        );
        assert!(
            found.contains(&("Tamar River".into(), EntityLabel::Loc)),
            "{found:?}"
        );
    }
}
