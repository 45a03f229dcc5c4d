//! What general knowledge says of the spans the model found, after the article has had
//! its say: names our lists know as organizations, venues, parties, the people of a
//! place, and words that are no names at all (months, holidays, "MP", "PC").
//!
//! Each step only moves a span to the label its own words give it, so none depends on
//! the article's subject; the lists are in [`lexicon`] and the gazetteer.

use super::super::lexicon;
use super::super::model::EntityLabel;
use super::super::order;
use super::super::text::{Document, TokenKind};
use super::features::DocContext;
use super::gazetteer;
use super::EntitySpan;
use rustc_hash::FxHashSet as HashSet;
use std::ops::Range;

/// Runs every step, in an order where each sees the spans the one before left.
pub fn apply(doc: &Document, ctx: &DocContext, spans: &mut Vec<EntitySpan>) {
    split_at_slashes(doc, spans);
    drop_words_that_are_no_names(doc, spans);
    for s in spans.iter_mut() {
        drop_the(doc, s);
        extend_over_portfolios(doc, s);
        extend_to_venue(doc, s);
    }
    find_listed_organizations(doc, ctx, spans);
    let surnames = super::surnames(doc, spans);
    for s in spans.iter_mut() {
        // "Dell" after "Michael Dell" is the man.
        let named_person = s.label == EntityLabel::Person
            && (s.tokens.len() > 1 || surnames.contains(doc.word(s.tokens.start)));
        if named_person {
            continue;
        }
        if let Some(label) = label_by_knowledge(doc, ctx, &s.tokens, s.label) {
            s.label = label;
        }
    }
    join_party_nouns(doc, spans);
    super::add_words(doc, spans, |i| {
        lexicon::PARTY_NAMES
            .contains(doc.word(i))
            .then_some(EntityLabel::Org)
    });
    add_people_of_places(doc, spans);
}

/// "The Washington Post": an organization's name does not take its article, unless the
/// lists hold it with one ("The Hague", "The Hill").
fn drop_the(doc: &Document, s: &mut EntitySpan) {
    let r = s.tokens.clone();
    // Places keep it: "The Oval", "The Curragh".
    if s.label == EntityLabel::Org
        && r.len() > 1
        && doc.word(r.start) == "The"
        && gazetteer::get().label(doc.slice(r.clone())).is_none()
    {
        s.tokens.start += 1;
    }
}

/// "Department for Media, Culture and Sport", "Ministry of Economy, Trade and
/// Industry": a body's name with "of" or "for" goes on over a list of capitalized
/// words joined by commas and "and", where the model stopped at the first comma.
fn extend_over_portfolios(doc: &Document, s: &mut EntitySpan) {
    let r = s.tokens.clone();
    if s.label != EntityLabel::Org || !r.clone().any(|i| matches!(doc.low(i), "of" | "for")) {
        return;
    }
    let sentence_end = doc.sentences[doc.sentence_of[r.start]].tokens.end;
    let word = |k: usize| k < sentence_end && doc.is_capitalized(k);
    let mut k = r.end;
    while k + 1 < sentence_end && doc.word(k) == "," && word(k + 1) {
        k += 2;
    }
    if k > r.end && k + 1 < sentence_end && doc.low(k) == "and" && word(k + 1) {
        s.tokens.end = k + 2;
    }
}

/// "Olympic Stadium", "Iowa Events Center": a name right before the capitalized word
/// for a venue is part of the venue's name, a place.
fn extend_to_venue(doc: &Document, s: &mut EntitySpan) {
    let e = s.tokens.end;
    let n = doc.tokens.len();
    let venue = |k: usize| {
        lexicon::VENUE_ENDINGS.contains(doc.word(k))
            || (matches!(doc.word(k), "Center" | "Centre")
                && lexicon::VENUE_KINDS.contains(doc.word(k - 1)))
    };
    for k in e..(e + 2).min(n) {
        if !doc.is_capitalized(k) || doc.tokens[k].kind != TokenKind::Word {
            return;
        }
        if venue(k) && s.label != EntityLabel::Person {
            s.tokens.end = k + 1;
            s.label = EntityLabel::Loc;
            return;
        }
    }
}

/// "NBC/Wall Street Journal": a slash between names joins two of them.
fn split_at_slashes(doc: &Document, spans: &mut Vec<EntitySpan>) {
    let slashed = |s: &EntitySpan| s.tokens.clone().any(|i| doc.word(i) == "/");
    if !spans.iter().any(slashed) {
        return;
    }
    let mut out = Vec::with_capacity(spans.len() + 1);
    for s in spans.drain(..) {
        // "CDU/CSU", "Bodo/Glimt" are one name: split only where a part is a listed
        // organization.
        let listed = s.tokens.clone().any(|i| {
            gazetteer::get()
                .longest_at(doc, i, s.tokens.end)
                .is_some_and(|(len, label)| {
                    label == EntityLabel::Org
                        && (i + len == s.tokens.end || doc.word(i + len) == "/")
                })
        });
        if !slashed(&s) || !listed {
            out.push(s);
            continue;
        }
        let mut start = s.tokens.start;
        for i in s.tokens.clone().chain([s.tokens.end]) {
            if i == s.tokens.end || doc.word(i) == "/" {
                if start < i {
                    out.push(EntitySpan {
                        tokens: start..i,
                        label: s.label,
                    });
                }
                start = i + 1;
            }
        }
    }
    *spans = out;
}

/// Months, days and holidays ("Feb.", "Christmas") and abbreviations of common nouns
/// ("MP", "PC", "CEO") are no names: spans of nothing else go, and such a word at a
/// span's end leaves it ("Conservative MP" is "Conservative").
fn drop_words_that_are_no_names(doc: &Document, spans: &mut Vec<EntitySpan>) {
    let common = |i: usize| lexicon::COMMON_ABBREVIATIONS.contains(doc.word(i));
    let holiday = |r: Range<usize>| lexicon::HOLIDAYS.contains(&doc.slice(r).to_lowercase());
    let dated = |r: Range<usize>| {
        r.clone()
            .all(|i| lexicon::TIME_WORDS.contains(doc.low(i)) && doc.is_capitalized(i))
    };
    for s in spans.iter_mut() {
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
    spans.retain(|s| {
        let person = s.label == EntityLabel::Person;
        // "Theresa May" and "May" after her keep their label.
        !s.tokens.clone().all(common)
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
            match gaz.organization_at(doc, i, sentence.tokens.end) {
                Some(len)
                    if doc.is_capitalized(i)
                        && doc.is_capitalized(i + len - 1)
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
    // does a person's full name ("John Deere" the man, not the company).
    let overlaps_other = |r: &Range<usize>| {
        spans.iter().any(|s| {
            let person = s.label == EntityLabel::Person && s.tokens.len() > 1;
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
        && !super::opens_dateline(doc, r);
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

/// "Londoners", "Iowans", "Britons": the people of a place the article names, called
/// after it, are a group (NORP), also where the model made them an organization or a
/// person. The place must be in the article: "Palmans" is a cycling team, not the
/// people of Palma.
fn add_people_of_places(doc: &Document, spans: &mut Vec<EntitySpan>) {
    let places: HashSet<&str> = spans
        .iter()
        .filter(|s| matches!(s.label, EntityLabel::Gpe | EntityLabel::Loc))
        .map(|s| doc.slice(s.tokens.clone()))
        .collect();
    let people = |i: usize| doc.is_capitalized(i) && names_people_of(doc.word(i), &places);
    for s in spans.iter_mut() {
        if s.tokens.len() == 1 && s.label != EntityLabel::Norp && people(s.tokens.start) {
            s.label = EntityLabel::Norp;
        }
    }
    super::add_words(doc, spans, |i| {
        (doc.tokens[i].kind == TokenKind::Word && people(i)).then_some(EntityLabel::Norp)
    });
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

#[cfg(test)]
mod tests {
    use super::super::recognize;
    use super::*;

    fn entities(text: &str) -> Vec<(String, EntityLabel)> {
        let doc = Document::new(text);
        recognize(&doc)
            .into_iter()
            .map(|s| (doc.slice(s.tokens).to_string(), s.label))
            .collect()
    }

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
        let found = entities(
            "A Conservative MP said on Feb. 3 that Christmas sales of the PC fell.",
        );
        assert!(has(&found, "Conservative", EntityLabel::Norp), "{found:?}");
        for word in ["Feb.", "Christmas", "PC", "Conservative MP"] {
            assert!(found.iter().all(|(t, _)| t != word), "{word}: {found:?}");
        }
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
