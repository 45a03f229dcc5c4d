//! What general knowledge says of the spans the model found, after the article has had
//! its say: names our lists know as organizations, venues, parties, the people of a
//! place, and words that are no names at all (months, holidays, "MP", "PC").
//!
//! Each step reads a span's own words, its neighbours and at most which places and people
//! the article names, so none depends on the article's subject; the lists are in
//! [`lexicon`] and the gazetteer.

use super::super::lexicon;
use super::super::model::EntityLabel;
use super::super::order;
use super::super::text::{Document, TokenKind};
use super::context::DocContext;
use super::datelines::opens_dateline;
use super::gazetteer;
use super::labels::surnames;
use super::spans::{add_words, EntitySpan};
use rustc_hash::FxHashSet as HashSet;
use std::ops::Range;

/// Runs every step, in an order where each sees the spans the one before left.
pub fn apply(doc: &Document, ctx: &DocContext, spans: &mut Vec<EntitySpan>) {
    drop_words_that_are_no_names(doc, spans);
    find_listed_organizations(doc, ctx, spans);
    let surnames = surnames(doc, spans);
    for s in spans.iter_mut() {
        // "Dell" after "Michael Dell" is the man, and so is "Ms Roche".
        let k = s.tokens.start;
        let titled = k > 0 && lexicon::is_honorific(doc.low(k - 1));
        let named_person = s.label == EntityLabel::Person
            && (s.tokens.len() > 1 || titled || surnames.contains(doc.word(k)));
        if named_person {
            continue;
        }
        if let Some(label) = label_by_knowledge(doc, ctx, &s.tokens, s.label) {
            s.label = label;
        }
    }
    join_party_nouns(doc, spans);
    let places = places(doc, spans);
    let people = |i: usize| names_people_of(doc.word(i), &places);
    for s in spans.iter_mut() {
        if s.tokens.len() == 1 && s.label != EntityLabel::Norp && people(s.tokens.start) {
            s.label = EntityLabel::Norp;
        }
    }
    // Words the model left out: parties by name, websites, the people of a place. One
    // pass, and only over capitalized words.
    add_words(doc, spans, |i| {
        let w = doc.word(i);
        if !doc.is_capitalized(i) || doc.tokens[i].kind != TokenKind::Word {
            None
        } else if lexicon::PARTY_NAMES.contains(w) || is_website(w) {
            Some(EntityLabel::Org)
        } else {
            people(i).then_some(EntityLabel::Norp)
        }
    });
}

/// "ColorOfChange.org", "Amazon.com": a website named by its address is an organization.
fn is_website(word: &str) -> bool {
    let Some((name, domain)) = word.rsplit_once('.') else {
        return false;
    };
    matches!(domain, "org" | "com" | "net")
        && name.len() > 1
        && name.chars().all(|c| c.is_alphanumeric() || c == '-')
        && name.chars().any(char::is_uppercase)
}

/// Months, days and holidays ("Feb.", "Christmas") and abbreviations of common nouns
/// ("MP", "PC", "CEO") are no names: spans of nothing else go, and such a word at a
/// span's end leaves it ("Conservative MP" is "Conservative").
fn drop_words_that_are_no_names(doc: &Document, spans: &mut Vec<EntitySpan>) {
    let common = |i: usize| lexicon::COMMON_ABBREVIATIONS.contains(doc.word(i));
    // Holidays of several words end in one of a few ("New Year's Day", "Christmas Eve"):
    // only those spans are lowered whole.
    let holiday = |r: Range<usize>| match r.len() {
        1 => lexicon::HOLIDAYS.contains(doc.low(r.start)),
        _ => {
            matches!(doc.low(r.end - 1), "day" | "eve" | "year" | "friday")
                && lexicon::HOLIDAYS.contains(&doc.slice(r).to_lowercase())
        }
    };
    let dated = |r: Range<usize>| {
        r.clone()
            .all(|i| lexicon::TIME_WORDS.contains(doc.low(i)) && doc.is_capitalized(i))
    };
    // "the committee chairman, MP Edward Leigh", "Brian Monteith MSP,": a role beside a
    // person's name stays for the speaker stage, which reads it as the person's title.
    let people: HashSet<usize> = spans
        .iter()
        .filter(|s| s.label == EntityLabel::Person)
        .map(|s| s.tokens.start)
        .collect();
    let beside_a_person =
        |s: &EntitySpan| s.label == EntityLabel::Person || people.contains(&s.tokens.end);
    for s in spans.iter_mut().filter(|s| !beside_a_person(s)) {
        while s.tokens.len() > 1 && common(s.tokens.end - 1) {
            s.tokens.end -= 1;
            if let Some(label) = gazetteer::get().label(doc.slice(s.tokens.clone())) {
                s.label = label;
            }
        }
    }
    // "Wednesday" alone, as an organization, is Sheffield's club; "Feb." is no club.
    let spelled_out_club =
        |s: &EntitySpan| s.label == EntityLabel::Org && !doc.word(s.tokens.end - 1).ends_with('.');
    // "the Freedom of Information Act": laws are none of our labels.
    let law = |s: &EntitySpan| s.tokens.len() > 1 && doc.word(s.tokens.end - 1) == "Act";
    spans.retain(|s| {
        let person = s.label == EntityLabel::Person;
        // "Theresa May" and "May" after her keep their label.
        (!s.tokens.clone().all(common) || beside_a_person(s))
            && !law(s)
            && !holiday(s.tokens.clone())
            && (person || !dated(s.tokens.clone()) || spelled_out_club(s))
    });
}

/// "Islamic State", "Wall Street Journal": a name of two words or more that the lists
/// hold as an organization is one, replacing the spans the model found inside it.
fn find_listed_organizations(doc: &Document, ctx: &DocContext, spans: &mut Vec<EntitySpan>) {
    let gaz = gazetteer::get();
    // One word alone only where capitals mean a name: not opening a sentence or in a
    // headline, and never written in lower case in the article ("Next", "Shell").
    let alone = |i: usize| {
        doc.is_name_word(i)
            && !ctx.is_shouting(doc.sentence_of[i])
            && !ctx.is_lowercase_word(doc, i)
    };
    let mut found: Vec<Range<usize>> = Vec::new();
    for (s, sentence) in doc.sentences.iter().enumerate() {
        let mut i = sentence.tokens.start;
        while i < sentence.tokens.end {
            // Most words are in lower case and begin no name: no lookup for them.
            let at = doc.is_capitalized(i);
            match at
                .then(|| gaz.organization_at(doc, i, sentence.tokens.end))
                .flatten()
            {
                // "BBC Radio 4" ends in a number.
                Some(len)
                    if (doc.is_capitalized(i + len - 1)
                        || doc.tokens[i + len - 1].kind == TokenKind::Number)
                        && (len > 1 || (alone(i) && !ctx.is_shouting(s))) =>
                {
                    found.push(i..i + len);
                    i += len;
                }
                _ => i += 1,
            }
        }
    }
    if found.is_empty() {
        return;
    }
    let within =
        |s: &EntitySpan, r: &Range<usize>| r.start <= s.tokens.start && s.tokens.end <= r.end;
    // A span reaching out of the listed name ("Islamic State of Iraq") keeps it, and so
    // does a person ("John Deere" the man, not the company; a one-word person is left
    // to `label_by_knowledge`, which knows the article's surnames).
    let overlaps_other = |r: &Range<usize>| {
        spans.iter().any(|s| {
            let person = s.label == EntityLabel::Person;
            s.tokens.start < r.end && r.start < s.tokens.end && (person || !within(s, r))
        })
    };
    let found: Vec<Range<usize>> = found.into_iter().filter(|r| !overlaps_other(r)).collect();
    spans.retain(|s| !found.iter().any(|r| within(s, r)));
    spans.extend(found.into_iter().map(|tokens| EntitySpan {
        tokens,
        label: EntityLabel::Org,
    }));
    order::by_key(spans, |s| s.tokens.start as u64);
}

/// The label a span's own words give it, where they say more than the model could:
/// an organization our lists hold ("White House", "Kremlin", "UEFA" are no places), a
/// venue ("Sheffield Arena", "the Olympic Stadium") or a British party by name.
fn label_by_knowledge(
    doc: &Document,
    ctx: &DocContext,
    r: &Range<usize>,
    label: EntityLabel,
) -> Option<EntityLabel> {
    let name = doc.slice(r.clone());
    // "UEFA", "NATO": a place's abbreviation is listed ("US", "UAE"); an unlisted one
    // names a body (but a headline in capitals says nothing).
    let acronym = r.len() == 1
        && (3..=4).contains(&name.len())
        && name.bytes().all(|b| b.is_ascii_uppercase())
        && !ctx.is_shouting(doc.sentence_of[r.start])
        && !opens_dateline(doc, r);
    if acronym && label == EntityLabel::Gpe && ctx.gazetteer_label(r.start).is_none() {
        return Some(EntityLabel::Org);
    }
    let last = doc.word(r.end - 1);
    // "Labour" said, but "Labour Day" is a holiday.
    let named_alone = r.end >= doc.tokens.len()
        || !doc.is_capitalized(r.end)
        || lexicon::COMMON_ABBREVIATIONS.contains(doc.word(r.end));
    if lexicon::PARTY_NAMES.contains(name) && named_alone {
        return Some(EntityLabel::Org);
    }
    // "Fox" alone may be a person; "Fox News" is not.
    let outlet = lexicon::MEDIA_OUTLETS.contains(&name.to_lowercase())
        && (label != EntityLabel::Person || r.len() > 1);
    let given = gazetteer::get().given_name(doc.word(r.start)).is_some();
    let organization =
        gazetteer::get().is_organization(name) && !(label == EntityLabel::Person && given);
    if organization || outlet {
        return Some(EntityLabel::Org);
    }
    let venue = lexicon::VENUE_ENDINGS.contains(last)
        || (matches!(last, "Center" | "Centre")
            && r.len() > 1
            && lexicon::VENUE_KINDS.contains(doc.word(r.end - 2)));
    (venue && label != EntityLabel::Person && r.len() > 1).then_some(EntityLabel::Loc)
}

/// "the Republican party", "the Green Party": a group's name before "party" names the
/// party, one organization.
fn join_party_nouns(doc: &Document, spans: &mut [EntitySpan]) {
    for s in spans.iter_mut() {
        let e = s.tokens.end;
        let party = lexicon::PARTY_ADJECTIVES.contains(doc.slice(s.tokens.clone()));
        if party && e < doc.tokens.len() && doc.low(e) == "party" {
            s.tokens.end += 1;
            s.label = EntityLabel::Org;
        }
    }
}

/// The places the article names. "Londoners", "Iowans", "Britons": the people of one of
/// them, called after it, are a group (NORP), also where the model made them an
/// organization or a person. The place must be in the article: "Palmans" is a cycling
/// team, not the people of Palma.
fn places<'d>(doc: &Document<'d>, spans: &[EntitySpan]) -> HashSet<&'d str> {
    spans
        .iter()
        .filter(|s| matches!(s.label, EntityLabel::Gpe | EntityLabel::Loc))
        .map(|s| doc.slice(s.tokens.clone()))
        .collect()
}

/// Whether `word` is a plural naming the people of one of `places` ("Londoners",
/// "Iowans"), or of a country (the gazetteer's nationality words: "Britons").
fn names_people_of(word: &str, places: &HashSet<&str>) -> bool {
    let gaz = gazetteer::get();
    if !word.ends_with('s') || gaz.label(word).is_some() {
        return false;
    }
    let place = |stem: &str| places.contains(stem);
    (gaz.nation(&word.to_lowercase()).is_some() && gaz.label(&word[..word.len() - 1]).is_none())
        || ["ers", "ns", "ites"]
            .iter()
            .any(|end| word.strip_suffix(end).is_some_and(place))
}

/// Nationalities and groups in the gazetteer that the model left out ("Western",
/// "Europeans"), when capitalized.
pub(super) fn add_listed_groups(doc: &Document, ctx: &DocContext, spans: &mut Vec<EntitySpan>) {
    add_words(doc, spans, |i| {
        (ctx.gazetteer_label(i) == Some(EntityLabel::Norp) && doc.is_capitalized(i))
            .then_some(EntityLabel::Norp)
    });
}

#[cfg(test)]
mod tests {
    use super::super::tests::entities;
    use super::*;

    fn has(found: &[(String, EntityLabel)], name: &str, label: EntityLabel) -> bool {
        found.iter().any(|(t, l)| t == name && *l == label)
    }

    #[test]
    fn listed_organizations_are_no_places() {
        let found = entities(
            "The White House said on Friday that the Kremlin had not replied. A poll by \
             NBC/Wall Street Journal found the same.",
        );
        for name in ["White House", "Kremlin", "NBC", "Wall Street Journal"] {
            assert!(has(&found, name, EntityLabel::Org), "{name}: {found:?}");
        }
    }

    #[test]
    fn months_holidays_and_common_abbreviations_are_no_names() {
        let found =
            entities("A Conservative MP said on Feb. 3 that Christmas sales of the PC fell.");
        assert!(has(&found, "Conservative", EntityLabel::Norp), "{found:?}");
        for word in ["Feb.", "Christmas", "PC", "Conservative MP"] {
            assert!(found.iter().all(|(t, _)| t != word), "{word}: {found:?}");
        }
        // Beside a person's name, the role stays: the speaker stage reads it as a title
        // ("The Tory finance spokesman, Colin Marr MSP, said").
        let found = entities("The Tory finance spokesman, Colin Marr MSP, said it was a tax.");
        assert!(
            has(&found, "Colin Marr MSP", EntityLabel::Person),
            "{found:?}"
        );
    }

    #[test]
    fn venues_parties_and_the_people_of_a_place() {
        let found = entities(
            "Labour said the Tories had lost the vote. The Republican party met at the \
             Sheffield Arena. In London, Londoners queued for hours; Palmans, a team, \
             did not.",
        );
        for (name, label) in [
            ("Labour", EntityLabel::Org),
            ("Tories", EntityLabel::Org),
            ("Republican party", EntityLabel::Org),
            ("Sheffield Arena", EntityLabel::Loc),
            ("Londoners", EntityLabel::Norp),
        ] {
            assert!(has(&found, name, label), "{name}: {found:?}");
        }
        // No Palma in the article: no people of Palma.
        assert!(!has(&found, "Palmans", EntityLabel::Norp), "{found:?}");
    }
}
