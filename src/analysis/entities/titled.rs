//! "Liberal Democrat peer Lord Carlile": the model sometimes runs an organization, a
//! title and a person's name into one organization; a title inside the span, then a
//! person's name, splits it in two.

use super::super::lexicon;
use super::super::model::EntityLabel;
use super::super::order;
use super::super::text::Document;
use super::gazetteer;
use super::spans::EntitySpan;

/// "European Justice and Home Affairs Commissioner Franco Frattini", "Liberal Democrat
/// peer Lord Carlile": the model sometimes runs an organization, a title and a person's
/// name into one organization. A title inside the span, then a given name or a peer's
/// honorific and at most three capitalized words, splits it into the organization and
/// the person ("General Motors" stays whole: "Motors" is no given name).
pub(super) fn split_titled_people(doc: &Document, spans: &mut Vec<EntitySpan>) {
    let gaz = gazetteer::get();
    let title = |k: usize| lexicon::is_title(doc.low(k)) || doc.low(k) == "peer";
    // "Eva-Marie": a hyphenated given name, each part a given name.
    let given = |k: usize| {
        let w = doc.word(k);
        gaz.given_name(w).is_some()
            || w.contains('-') && w.split('-').all(|p| gaz.given_name(p).is_some())
    };
    let mut people = Vec::new();
    for s in spans.iter_mut().filter(|s| s.label == EntityLabel::Org) {
        let r = s.tokens.clone();
        // The person's name after the last title: "Justice" in "European Justice and
        // Home Affairs Commissioner" is part of the organization's. After "Director of",
        // the office's body opens the span: "Public Prosecution Eva-Marie Persson".
        let office = r.start >= 2 && doc.low(r.start - 1) == "of" && title(r.start - 2);
        let after_title = (r.start + 1..r.end).rev().find(|&k| title(k - 1));
        let after_office = || {
            (r.end.saturating_sub(3).max(r.start + 1)..r.end.saturating_sub(1)).find(|&k| given(k))
        };
        let Some(name) = after_title.or_else(|| office.then(after_office).flatten()) else {
            continue;
        };
        let mut k = if title(name - 1) { name - 1 } else { name };
        while k > r.start && title(k - 1) {
            k -= 1;
        }
        // A one-word name only after a peer's honorific ("Lord Dubs"): "Criminal Justice
        // Bill" is a law. And "Export & Finance Bank": a body's head noun is no name.
        let honorific =
            lexicon::honorific(doc.low(name - 1)).is_some_and(lexicon::Honorific::is_peerage);
        let words = if honorific { 1..=3 } else { 2..=3 };
        let person = !title(name)
            && words.contains(&(r.end - name))
            && (name..r.end).all(|i| {
                doc.is_capitalized(i) && !lexicon::ORGANIZATION_HEADS.contains(doc.low(i))
            })
            && (honorific || given(name));
        if person {
            // "Attorney General Lord Goldsmith": titles alone leave no organization.
            s.tokens = r.start..k;
            people.push(EntitySpan {
                tokens: name..r.end,
                label: EntityLabel::Person,
            });
        }
    }
    spans.retain(|s| !s.tokens.is_empty());
    spans.extend(people);
    order::by_key(spans, |s| s.tokens.start as u64);
}

#[cfg(test)]
mod tests {
    use super::super::tests::entities;
    use super::*;

    #[test]
    fn a_title_splits_an_organization_from_the_person_after_it() {
        let found = entities(
            "Liberal Democrat peer Lord Carlile said the bill was flawed. Manhattan Supreme \
             Court Justice Frank Nervo agreed. The Criminal Justice Bill passed.",
        );
        for (name, label) in [
            ("Carlile", EntityLabel::Person),
            ("Frank Nervo", EntityLabel::Person),
        ] {
            assert!(found.contains(&(name.to_string(), label)), "{found:?}");
        }
        assert!(found.iter().all(|(t, _)| t != "Bill"), "{found:?}");
    }
}
