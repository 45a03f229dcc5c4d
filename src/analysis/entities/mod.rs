//! Named entities: people, organizations, places, nationalities and groups.
//!
//! Entities matter twice: the reader sees them highlighted, and the speaker stage asks them
//! whether a source is a person or an organization. A CRF trained on CoNLL-2003 finds
//! names and tells people, organizations, places and other names apart; the gazetteer then
//! splits places into political ones (GPE: countries, cities, states) and natural ones (LOC:
//! seas, regions, mountains), and keeps of the other names the nationalities and groups
//! (NORP). Finally a name keeps one label for the whole article, so "Meloni" after
//! "Giorgia Meloni" is a person, even in a headline where capitals say nothing.

mod bounds;
pub mod clusters;
pub mod crf;
pub mod features;
pub mod gazetteer;
mod known;
mod packed;
pub mod scores;

use super::lexicon;
use super::model::EntityLabel;
use super::order;
use super::text::{Document, TokenKind};
use features::DocContext;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntitySpan {
    pub tokens: Range<usize>,
    pub label: EntityLabel,
}

/// Last words that make a place a natural one.
const LOC_ENDINGS: &[&str] = &[
    "River",
    "Lake",
    "Mountain",
    "Mountains",
    "Sea",
    "Ocean",
    "Bay",
    "Valley",
    "Island",
    "Islands",
    "Desert",
    "Forest",
    "Gulf",
    "Canyon",
    "Peninsula",
    "Coast",
    "Strait",
    "Basin",
    "Plateau",
    "Hills",
    "Delta",
    "Park",
    "Range",
    "Channel",
];

pub fn recognize(doc: &Document) -> Vec<EntitySpan> {
    let ctx = DocContext::new(doc);
    let model = crf::get();
    let mut spans = Vec::new();
    let mut emissions = Vec::new();
    let mut scorer = scores::Scorer::new(doc, &ctx, model);
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
                        .then(|| our_label(doc, &ctx, o, &range))
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
    split_titled_people(doc, &mut spans);
    add_listed_groups(doc, &ctx, &mut spans);
    share_labels(doc, &ctx, &mut spans);
    name_abbreviations(doc, &ctx, &mut spans);
    name_organizations_by_kind(doc, &ctx, &mut spans);
    read_the_surroundings(doc, &mut spans);
    make_consistent(doc, &mut spans);
    fill_results_lines(doc, &mut spans);
    place_datelines(doc, &mut spans);
    bounds::apply(doc, &mut spans);
    known::apply(doc, &ctx, &mut spans);
    spans
}

/// "European Justice and Home Affairs Commissioner Franco Frattini", "Liberal Democrat
/// peer Lord Carlile": the model sometimes runs an organization, a title and a person's
/// name into one organization. A title inside the span, then a given name or a peer's
/// honorific and at most three capitalized words, splits it into the organization and
/// the person ("General Motors" stays whole: "Motors" is no given name).
fn split_titled_people(doc: &Document, spans: &mut Vec<EntitySpan>) {
    let gaz = gazetteer::get();
    let title = |k: usize| lexicon::is_title(doc.low(k)) || doc.low(k) == "peer";
    let mut people = Vec::new();
    for s in spans.iter_mut().filter(|s| s.label == EntityLabel::Org) {
        let r = s.tokens.clone();
        // The person's name after the last title: "Justice" in "European Justice and
        // Home Affairs Commissioner" is part of the organization's.
        let Some(name) = (r.start + 1..r.end).rev().find(|&k| title(k - 1)) else {
            continue;
        };
        let mut k = name - 1;
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
            && (honorific || gaz.given_name(doc.word(name)).is_some());
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

/// "The World Trade Organisation (WTO) … the WTO said": an abbreviation defined in
/// brackets after a name, of its capitalized words' initials, is that kind of name all
/// through the article, whatever the model made of it alone (a place, or nothing).
fn name_abbreviations(doc: &Document, ctx: &DocContext, spans: &mut Vec<EntitySpan>) {
    let mut defined: HashMap<&str, EntityLabel> = HashMap::default();
    for s in spans.iter() {
        let e = s.tokens.end;
        if e + 2 < doc.tokens.len()
            && doc.word(e) == "("
            && doc.word(e + 2) == ")"
            && abbreviates(doc.word(e + 1), doc, &s.tokens)
        {
            defined.insert(doc.word(e + 1), s.label);
        }
    }
    if defined.is_empty() {
        return;
    }
    for s in spans.iter_mut().filter(|s| s.tokens.len() == 1) {
        if let Some(&label) = defined.get(doc.word(s.tokens.start)) {
            s.label = label;
        }
    }
    // In a headline in capitals, "WHO" may be the word.
    add_words(doc, spans, |i| {
        (!ctx.is_shouting(doc.sentence_of[i]))
            .then(|| defined.get(doc.word(i)).copied())
            .flatten()
    });
}

/// Whether `short` ("WTO") is the initials of the capitalized words of `name`
/// ("World Trade Organisation"), in order.
fn abbreviates(short: &str, doc: &Document, name: &Range<usize>) -> bool {
    let initials = name
        .clone()
        .filter(|&i| doc.is_capitalized(i))
        .filter_map(|i| doc.word(i).chars().next());
    short.len() >= 2 && short.bytes().all(|b| b.is_ascii_uppercase()) && initials.eq(short.chars())
}

/// "Yugoslav news agency Tanjug", "mineral water firm Multico", "Italian airline
/// Alitalia", "Ohio-based KeyCorp": a name after a kind of organization, or after where
/// it is based, is that organization, all through the article, though the model took it
/// for a person or for a place no list has. Only after a modified kind: in "told the
/// newspaper Smith had…", Smith is a person.
fn name_organizations_by_kind(doc: &Document, ctx: &DocContext, spans: &mut [EntitySpan]) {
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

/// "Bath 56 Sale 31 Wasps 33": a line of results lists one kind of name (clubs, or
/// countries), so a name there the model left out ("Sale", "Wasps") takes the label the
/// others have.
fn fill_results_lines(doc: &Document, spans: &mut Vec<EntitySpan>) {
    let mut added = Vec::new();
    // Built at the first results line: most articles have none.
    let mut taken: Option<Vec<bool>> = None;
    for sentence in &doc.sentences {
        let Some(runs) = results_line(doc, sentence.tokens.clone()) else {
            continue;
        };
        let label_of = |r: &Range<usize>| {
            let k = spans.partition_point(|e| e.tokens.start < r.start);
            spans.get(k).filter(|e| e.tokens == *r).map(|e| e.label)
        };
        let mut votes = [0u32; 5];
        for label in runs.iter().filter_map(label_of) {
            votes[features::label_index(label)] += 1;
        }
        let Some(label) = majority(&votes) else {
            continue;
        };
        let taken = taken.get_or_insert_with(|| covered(doc, spans));
        for r in runs.into_iter().filter(|r| !r.clone().any(|i| taken[i])) {
            added.push(EntitySpan { tokens: r, label });
        }
    }
    spans.extend(added);
    order::by_key(spans, |s| s.tokens.start as u64);
}

/// The names of a sentence made only of names each followed by a number, at least two.
fn results_line(doc: &Document, sentence: Range<usize>) -> Option<Vec<Range<usize>>> {
    let mut runs = Vec::new();
    let mut start = None;
    for i in sentence {
        if doc.tokens[i].kind == TokenKind::Number {
            runs.push(start.take()?..i);
        } else if doc.tokens[i].kind == TokenKind::Word && doc.is_capitalized(i) {
            start.get_or_insert(i);
        } else {
            return None;
        }
    }
    (start.is_none() && runs.len() >= 2).then_some(runs)
}

/// "MILWAUKEE, Wisconsin 1996-08-29", "NEW YORK, Aug. 30": a name opening a dateline is the
/// place the story was filed from, though in a sports story the model reads a city as its
/// team. Only that occurrence: in the results below it, the city may be the team.
fn place_datelines(doc: &Document, spans: &mut [EntitySpan]) {
    for s in spans.iter_mut() {
        if matches!(s.label, EntityLabel::Org | EntityLabel::Person)
            && opens_dateline(doc, &s.tokens)
        {
            s.label = EntityLabel::Gpe;
        }
    }
}

/// Whether the name at `r` opens a dateline: the state or country, then the date; or,
/// in the first paragraphs, a name in capitals, then a dash or the agency ("RIVERTON —
/// The council …", "WASHINGTON (Reuters) - ").
fn opens_dateline(doc: &Document, r: &Range<usize>) -> bool {
    let sentence = doc.sentences[doc.sentence_of[r.start]].tokens.clone();
    if r.start != sentence.start {
        return false;
    }
    // Not a section heading over a headline in capitals ("RUGBY UNION - SOUTH AFRICA
    // BEAT …"): the story goes on in ordinary case.
    let capitals = |k: usize| features::is_upper(doc.word(k));
    let story_after = |k: usize| k < sentence.end && !capitals(k);
    let after = r.end;
    let dash = after < sentence.end && matches!(doc.word(after), "—" | "–" | "-");
    let agency = after < sentence.end && doc.word(after) == "(";
    // Near the top, where a dateline is ("RTRS - Budget cuts …" further down is a
    // wire code over the next story).
    let top = doc.sentences[doc.sentence_of[r.start]].paragraph <= 2;
    if top && r.clone().all(capitals) && (dash && story_after(after + 1) || agency) {
        return true;
    }
    let mut k = r.end;
    if k < sentence.end && doc.word(k) == "," {
        k += 1;
        // The state or country: "MILWAUKEE, Wisconsin".
        while k + 1 < sentence.end
            && doc.is_capitalized(k)
            && !lexicon::TIME_WORDS.contains(doc.low(k))
        {
            k += 1;
        }
    }
    let number = |k: usize| k < sentence.end && doc.tokens[k].kind == TokenKind::Number;
    let iso_date = number(k) && {
        let w = doc.word(k);
        w.len() == 10 && w.as_bytes()[4] == b'-' && w.as_bytes()[7] == b'-'
    };
    iso_date || (k < sentence.end && lexicon::TIME_WORDS.contains(doc.low(k)) && number(k + 1))
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
                || features::is_company_ending(doc.word(r.end - 1)) =>
        {
            Some(EntityLabel::Org)
        }
        "PER" => Some(EntityLabel::Person),
        "ORG" => Some(EntityLabel::Org),
        "LOC" => {
            let natural =
                listed == Some(EntityLabel::Loc) || LOC_ENDINGS.contains(&doc.word(r.end - 1));
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

/// Nationalities and groups in the gazetteer that the model left out ("Western",
/// "Europeans"), when capitalized.
fn add_listed_groups(doc: &Document, ctx: &DocContext, spans: &mut Vec<EntitySpan>) {
    add_words(doc, spans, |i| {
        (ctx.gazetteer_label(i) == Some(EntityLabel::Norp) && doc.is_capitalized(i))
            .then_some(EntityLabel::Norp)
    });
}

/// The label with the most votes (by [`features::label_index`]), if one has more than
/// every other.
fn majority(votes: &[u32; 5]) -> Option<EntityLabel> {
    let best = (0..5).max_by_key(|&k| votes[k]).unwrap_or(0);
    (votes.iter().filter(|&&n| n == votes[best]).count() == 1).then(|| features::LABELS[best])
}

/// A name keeps one label through the article: each occurrence takes the label most of
/// its occurrences have, and an occurrence the model left out (often in a headline or a
/// table, where capitals and neighbours say little) takes it too.
fn share_labels(doc: &Document, ctx: &DocContext, spans: &mut Vec<EntitySpan>) {
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

/// Per token, whether one of `spans` covers it.
fn covered(doc: &Document, spans: &[EntitySpan]) -> Vec<bool> {
    let mut covered = vec![false; doc.tokens.len()];
    for s in spans {
        covered[s.tokens.clone()].fill(true);
    }
    covered
}

/// What the words around a name say of it: "Luay Sami, 33, the coordinator" gives an
/// age, so a person; "Recently, he said" opens a sentence with an adverb, no name.
fn read_the_surroundings(doc: &Document, spans: &mut Vec<EntitySpan>) {
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

/// A lone capitalized word that is a person's surname elsewhere in the article is that
/// person: "Meloni" after "Giorgia Meloni", in a headline or before "'s", and "Bolton"
/// after "John Bolton" even where the model took it for an organization (a place keeps
/// its label: "Washington" after "George Washington").
fn make_consistent(doc: &Document, spans: &mut Vec<EntitySpan>) {
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
fn surnames<'d>(doc: &Document<'d>, spans: &[EntitySpan]) -> HashSet<&'d str> {
    spans
        .iter()
        .filter(|s| s.label == EntityLabel::Person && s.tokens.len() > 1)
        .map(|s| doc.word(s.tokens.end - 1))
        .collect()
}

/// Adds a one-word span for each word that no span covers and that `label_of` gives a
/// label, keeping `spans` in reading order.
fn add_words(
    doc: &Document,
    spans: &mut Vec<EntitySpan>,
    label_of: impl Fn(usize) -> Option<EntityLabel>,
) {
    let covered = covered(doc, spans);
    spans.extend(
        (0..doc.tokens.len())
            .filter(|&i| !covered[i])
            .filter_map(|i| {
                Some(EntitySpan {
                    tokens: i..i + 1,
                    label: label_of(i)?,
                })
            }),
    );
    order::by_key(spans, |s| s.tokens.start as u64);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each entity of `text`, with its label (also for the tests of the steps' modules).
    pub(super) fn entities(text: &str) -> Vec<(String, EntityLabel)> {
        let doc = Document::new(text);
        recognize(&doc)
            .into_iter()
            .map(|s| (doc.slice(s.tokens).to_string(), s.label))
            .collect()
    }

    /// Asserts that `text` names `name` as an organization `times` times, and never as
    /// anything else.
    fn names_an_organization(text: &str, name: &str, times: usize) {
        let found = entities(text);
        let named: Vec<_> = found.iter().filter(|(t, _)| t == name).collect();
        assert_eq!(named.len(), times, "{found:?}");
        assert!(
            named.iter().all(|(_, l)| *l == EntityLabel::Org),
            "{found:?}"
        );
    }

    #[test]
    fn an_abbreviation_in_brackets_is_the_name_before_it() {
        names_an_organization(
            "The World Trade Organisation (WTO) will end the quota system next month. \
             The WTO said poorer countries would adjust.",
            "WTO",
            2,
        );
    }

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
