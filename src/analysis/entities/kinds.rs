//! "Italian airline Alitalia", "Ohio-based KeyCorp": a name after a kind of organization,
//! or after where it is based, is that organization all through the article, though the
//! model took it for a person or an unlisted place.

use super::super::lexicon;
use super::super::model::EntityLabel;
use super::super::text::{Document, TokenKind};
use super::context::DocContext;
use super::gazetteer;
use super::spans::EntitySpan;
use rustc_hash::FxHashSet as HashSet;

/// "Yugoslav news agency Tanjug", "mineral water firm Multico", "Italian airline
/// Alitalia", "Ohio-based KeyCorp": a name after a kind of organization, or after where
/// it is based, is that organization, all through the article, though the model took it
/// for a person or for a place no list has. Only after a modified kind: in "told the
/// newspaper Smith had…", Smith is a person.
pub(super) fn name_organizations_by_kind(
    doc: &Document,
    ctx: &DocContext,
    spans: &mut [EntitySpan],
) {
    let after_kind = |k: usize| {
        k >= 2
            && lexicon::ORGANIZATION_KINDS.contains(doc.low(k - 1))
            && doc.tokens[k - 2].kind == TokenKind::Word
            && !lexicon::DETERMINERS.contains(doc.low(k - 2))
    };
    // "US-based Alistair Cragg" is a person, based somewhere.
    let based = |s: &EntitySpan| {
        let k = s.tokens.start;
        k >= 1
            && doc.low(k - 1).ends_with("-based")
            && gazetteer::get().given_name(doc.word(k)).is_none()
    };
    // "Building society Halifax" is the society, but "club side Norwich" keeps the
    // city's label: a listed place may also be a country's team.
    let unlisted_place = |s: &EntitySpan| {
        s.label == EntityLabel::Gpe && ctx.gazetteer_label(s.tokens.start).is_none()
    };
    let mistaken = |s: &EntitySpan| s.label == EntityLabel::Person || unlisted_place(s);
    let named: HashSet<&str> = spans
        .iter()
        .filter(|s| s.label == EntityLabel::Org || mistaken(s))
        .filter(|s| after_kind(s.tokens.start) || based(s))
        .map(|s| doc.slice(s.tokens.clone()))
        .collect();
    if named.is_empty() {
        return;
    }
    for s in spans.iter_mut() {
        if mistaken(s) && named.contains(doc.slice(s.tokens.clone())) {
            s.label = EntityLabel::Org;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{entities, names_an_organization};
    use super::*;

    #[test]
    fn a_name_after_a_kind_of_organization_is_no_place() {
        names_an_organization(
            "Italian airline Vellora asked for a loan. Staff at Vellora were worried, and \
             unions in Vellora met on Monday.",
            "Vellora",
            3,
        );
    }

    #[test]
    fn a_name_after_a_film_studio_is_an_organization() {
        names_an_organization(
            "Film studio Marlow has bought the rights to the novel, and Marlow will start \
             filming in May. Marlow paid a record sum.",
            "Marlow",
            3,
        );
    }

    #[test]
    fn a_name_after_where_it_is_based_is_an_organization_unless_a_person() {
        let found = entities(
            "Ohio-based Kessler Brandt agreed to buy the bank. Kessler Brandt will pay cash.",
        );
        assert_eq!(
            found,
            vec![
                ("Kessler Brandt".to_string(), EntityLabel::Org),
                ("Kessler Brandt".to_string(), EntityLabel::Org)
            ]
        );
        let found = entities(
            "US-based Alistair Cragg and Mark Carroll are the only Irish runners picked so \
             far. Cragg will defend his title.",
        );
        assert!(
            found
                .iter()
                .all(|(t, l)| !t.contains("Cragg") || *l == EntityLabel::Person),
            "{found:?}"
        );
    }
}
