//! Noun phrases around a cue: the subject before a verb, the phrase after an inverted verb
//! or "according to", the subject of the clause a participle hangs from.
//!
//! There is no parser here. A subject is what lies between the verb and the nearest clause
//! boundary to its left (punctuation, a conjunction, a relative pronoun), once adverbs and
//! auxiliaries are stepped over; an aside set off by commas, dashes or parentheses
//! ("Meloni, who was on the call, confirmed") is stepped over too. That is enough for the
//! way news copy attributes, and it fails visibly rather than inventing a speaker.

use super::lexicon::{self, WordSet, CLAUSE_WORDS, TIME_WORDS, VERB_MODIFIERS};
use super::order;
use super::text::{Document, TokenKind};
use std::ops::Range;

/// The longest subject we accept; anything longer is a clause, not a name.
const MAX_SUBJECT: usize = 12;

/// An aside longer than this is not one.
const MAX_ASIDE: usize = 30;

pub fn is_boundary_punct(word: &str) -> bool {
    matches!(
        word,
        "," | ";"
            | ":"
            | "("
            | ")"
            | "["
            | "]"
            | "\""
            | "“"
            | "”"
            | "''"
            | "``"
            | "‘"
            | "’"
            | "'"
            | "«"
            | "»"
            | "„"
            | "—"
            | "–"
            | "--"
            | "."
            | "!"
            | "?"
            | "…"
            | "|"
            | "/"
            | "*"
    )
}

pub fn is_dash(word: &str) -> bool {
    matches!(word, "—" | "–" | "--")
}

/// A dash, or a lone hyphen standing in for one ("HEADING - Frank Newport:").
pub fn is_dash_or_hyphen(word: &str) -> bool {
    is_dash(word) || word == "-"
}

/// A dash setting off an aside, or a hyphen with spaces around it standing in for one
/// (`Laah Chong-gyu, director of Korea Development Bank - one of its creditors - said`).
fn is_aside_dash(doc: &Document, k: usize) -> bool {
    let spaced = || {
        k > 0
            && k + 1 < doc.tokens.len()
            && doc.tokens[k - 1].end < doc.tokens[k].start
            && doc.tokens[k].end < doc.tokens[k + 1].start
    };
    is_dash(doc.word(k)) || (doc.word(k) == "-" && spaced())
}

/// Words that may start an apposition or relative clause set off by commas.
fn opens_aside(doc: &Document, i: usize) -> bool {
    let w = doc.low(i);
    matches!(
        w,
        "who"
            | "whose"
            | "which"
            | "a"
            | "an"
            | "the"
            | "one"
            | "himself"
            | "herself"
            | "themselves"
            | "itself"
            | "speaking"
            | "citing"
            | "in"
            | "on"
            | "at"
            | "for"
            | "after"
            | "while"
            | "like"
            | "whom"
            | "his"
            | "her"
            | "their"
            | "its"
    ) || doc.tokens[i].kind == TokenKind::Number
        || lexicon::TITLES.contains(w)
}

/// Steps left over adverbs, auxiliaries and short time phrases that sit before a verb
/// ("has also said", "has in the past described", "on Monday said").
fn skip_verb_modifiers(doc: &Document, mut end: usize, floor: usize) -> usize {
    while end > floor {
        let w = doc.low(end - 1);
        // "also", "reportedly"; but "a rally" and "the family" are nouns.
        let determined = end >= floor + 2 && matches!(doc.low(end - 2), "a" | "an" | "the");
        let adverb = is_ly_adverb(w) && !doc.is_capitalized(end - 1) && !determined;
        if (VERB_MODIFIERS.contains(w) && !doc.is_name_word(end - 1)) || adverb {
            end -= 1;
            continue;
        }
        if TIME_WORDS.contains(w) || w == "past" {
            if let Some(k) = time_phrase_opener(doc, end, floor) {
                end = k;
                continue;
            }
        }
        // "Sanders during a rally thanked": a "during" phrase is never the subject's (but
        // "during which callers asked", "during college, Allen said" end in one).
        let during = (end.saturating_sub(4).max(floor)..end - 1)
            .rev()
            .take_while(|&k| doc.tokens[k].kind != TokenKind::Punct)
            .find(|&k| doc.low(k) == "during")
            .filter(|&k| !matches!(doc.low(k + 1), "which" | "whom" | "whose" | "that"));
        if let Some(k) = during {
            end = k;
            continue;
        }
        break;
    }
    end
}

/// Where a short time phrase ending at `end` opens ("on Monday", "in the past", "last
/// week"), no further left than `floor`.
fn time_phrase_opener(doc: &Document, end: usize, floor: usize) -> Option<usize> {
    (end.saturating_sub(4).max(floor)..end - 1)
        .rev()
        .find(|&k| matches!(doc.low(k), "in" | "on" | "at" | "last" | "this" | "earlier"))
}

/// The subject of the verb at token `verb`, searching no further left than `floor`.
/// Coordinated subjects ("Italy's premier and a diplomatic source") come back as several
/// phrases, nearest first.
pub fn subject_before(doc: &Document, verb: usize, floor: usize) -> Vec<Range<usize>> {
    let end = skip_verb_modifiers(doc, verb, floor);
    let nearest = nearest_subject(doc, end, floor);
    // "a White House official who spoke anonymously to discuss internal strategy said":
    // when the words before the verb name no one, a restrictive "who" names its subject.
    let restrictive = || {
        let who = (end.saturating_sub(MAX_SUBJECT).max(floor)..end)
            .rev()
            .take_while(|&k| !is_boundary_punct(doc.word(k)))
            .find(|&k| matches!(doc.low(k), "who" | "which" | "that"))?;
        (who > floor && doc.word(who - 1) != ",")
            .then(|| antecedent(doc, who, floor))
            .filter(|np| names_someone(doc, np))
    };
    let Some(mut np) = (match nearest {
        Some(np) if names_someone(doc, &np) => Some(np),
        other => restrictive().or(other),
    }) else {
        return Vec::new();
    };
    // "Katie Packer, who is chairman of the PAC said": the relative clause never closed.
    // Punctuation between closes it: `"… primaries, which is costly," he said`.
    if let Some(who) = (np.start.saturating_sub(8).max(floor)..np.start)
        .rev()
        .take_while(|&k| !is_boundary_punct(doc.word(k)))
        .find(|&k| matches!(doc.low(k), "who" | "which"))
    {
        // "bodies, which he called …": a subject right after "which" is the clause's own.
        if who > floor && doc.word(who - 1) == "," && np.start > who + 1 {
            if let Some(antecedent) = phrase_ending_at(doc, who - 1, floor) {
                np = antecedent;
            }
        }
    }
    let mut out = vec![np];
    // "X and Y said": both are sources. "The company collapsed in 2002 and prosecutors
    // claim": a clause before "and" is no second source.
    while out.len() < 4 {
        let start = out[out.len() - 1].start;
        if start <= floor + 1 || doc.low(start - 1) != "and" {
            break;
        }
        match phrase_ending_at(doc, start - 1, floor) {
            // "The influential delegate and conservative activist warned": a bare noun
            // after "and" goes on describing one person.
            Some(np)
                if described_further(doc, &out[out.len() - 1])
                    || counts_without_noun(doc, &np, &out[out.len() - 1]) =>
            {
                let last = out.len() - 1;
                out[last].start = np.start;
            }
            Some(np) if !np.clone().any(|k| is_verbish(doc, k)) => out.push(np),
            _ => break,
        }
    }
    out
}

/// "Eleven progressive and Muslim organizations said": a counted phrase before "and"
/// whose last word is no plural noun shares the plural head of the phrase after it.
fn counts_without_noun(doc: &Document, before: &Range<usize>, after: &Range<usize>) -> bool {
    let first = doc.low(before.start);
    let counted =
        lexicon::PLURAL_COUNTS.contains(first) || first.starts_with(|c: char| c.is_ascii_digit());
    let last = doc.low(before.end - 1);
    before.len() > 1
        && counted
        && !lexicon::is_plural(last)
        && !doc.is_capitalized(before.end - 1)
        && lexicon::is_plural(doc.low(after.end - 1))
}

/// Whether the phrase `np` after an "and" is a bare common noun phrase, with no
/// determiner, name or pronoun of its own: it goes on describing the one before it.
fn described_further(doc: &Document, np: &Range<usize>) -> bool {
    let first = doc.low(np.start);
    np.clone().all(|k| !doc.is_capitalized(k))
        && !is_pronoun(first)
        && !lexicon::DEFINITE.contains(&first)
        && !lexicon::INDEFINITE.contains(first)
        && !matches!(first, "his" | "her" | "their" | "its" | "our")
        && !lexicon::is_plural(doc.low(np.end - 1))
}

/// The noun phrase ending at `end`, or before the asides that end there: "Hugh Hill, a
/// doctor, said", "Murphy — after a pause — told", "Sen. Johnny Isakson (R-Ga.) said",
/// "Clinton, during a meeting in Columbus, Ohio, said".
fn nearest_subject(doc: &Document, end: usize, floor: usize) -> Option<Range<usize>> {
    subject_before_asides(doc, end, floor, MAX_NESTED_ASIDES)
}

/// Asides skipped one inside another at most. News needs two ("Clinton, during a meeting
/// in Columbus, Ohio, said"); each level tries up to three openings, so without a bound a
/// run of commas costs exponential time.
const MAX_NESTED_ASIDES: usize = 4;

fn subject_before_asides(
    doc: &Document,
    end: usize,
    floor: usize,
    depth: usize,
) -> Option<Range<usize>> {
    if end <= floor {
        return None;
    }
    // "Gov. John Kasich (R-OH), said": a party label, then the comma.
    if depth > 0 && end >= floor + 2 && doc.word(end - 1) == "," && doc.word(end - 2) == ")" {
        if let Some(np) = subject_before_asides(doc, end - 1, floor, depth - 1)
            .filter(|np| names_someone(doc, np))
        {
            return Some(np);
        }
    }
    match doc.word(end - 1) {
        w if w == "," || is_aside_dash(doc, end - 1) => aside_openings(doc, end - 1, floor)
            .into_iter()
            .filter(|_| depth > 0)
            .find_map(|open| {
                let np = subject_before_asides(doc, open, floor, depth - 1)
                    .filter(|np| names_someone(doc, np))?;
                // "Giovanni Vian, the editor of the Vatican's newspaper, L'Osservatore
                // Romano, said", "Laah Chong-gyu, executive director of Korea Development
                // Bank - one of its creditors - said": a description after a name and a
                // comma is the name's.
                let described = np.start > floor + 1
                    && doc.word(np.start - 1) == ","
                    && (matches!(doc.word(np.start), "the" | "a" | "an")
                        || (!doc.is_capitalized(np.start)
                            && super::lexicon::TITLES.contains(doc.low(np.start))));
                let name = described
                    .then(|| phrase_ending_at(doc, np.start - 1, floor))
                    .flatten()
                    .filter(|n| is_name_run(doc, n.clone()));
                Some(name.unwrap_or(np))
            })
            // "another fraternity brother, Stuart Oltchick, recalled": the name itself sits
            // between commas, after a description that names no one.
            .or_else(|| {
                phrase_ending_at(doc, end - 1, floor).filter(|np| {
                    np.start > floor
                        && doc.word(np.start - 1) == ","
                        && is_name_run(doc, np.clone())
                })
            }),
        ")" if depth > 0 => {
            let open = (floor..end - 1).rev().find(|&k| doc.word(k) == "(")?;
            subject_before_asides(doc, open, floor, depth - 1)
        }
        ")" => None,
        _ => phrase_ending_at(doc, end, floor),
    }
}

/// The delimiters of the same kind that may open the aside closed at `close`, nearest first.
fn aside_openings(doc: &Document, close: usize, floor: usize) -> Vec<usize> {
    let dash = is_aside_dash(doc, close);
    let mut out = Vec::new();
    let mut k = close;
    while k > floor && close - k < MAX_ASIDE && out.len() < 3 {
        k -= 1;
        let w = doc.word(k);
        let opens = if dash {
            is_aside_dash(doc, k)
        } else {
            w == ","
        };
        if opens && k > floor && k + 1 < close && !splits_place(doc, k, close) {
            out.push(k);
        }
        // `Hemsley, the co-author of "Going Viral," about …, said`: a title in quotes is
        // part of the aside.
        if let Some(open) = quoted_title_before(doc, k + 1, floor) {
            k = open;
            continue;
        }
        if matches!(w, ";" | ":" | "\"" | "“" | "”" | "''" | "!" | "?") {
            break;
        }
    }
    // "Mr. Slinker, whose latest start-up, Paradata, uses …, said": a relative clause's
    // opening comes first.
    order::by_key(&mut out, |&k| {
        u64::from(!matches!(doc.low(k + 1), "who" | "whose" | "which"))
    });
    out
}

/// `retired in Albany, N.Y., said`: the comma at `comma` only parts a place from its
/// state or country, up to `close`.
fn splits_place(doc: &Document, comma: usize, close: usize) -> bool {
    let Some(run) = (comma.saturating_sub(4)..comma)
        .rev()
        .find(|&k| !is_name_run(doc, k..k + 1))
    else {
        return false;
    };
    close - comma <= 4
        && run + 1 < comma
        && matches!(doc.low(run), "in" | "of" | "from" | "near")
        && is_name_run(doc, comma + 1..close)
}

/// Whether every token of `r` is capitalized or an abbreviation's period, as in a name
/// or a place: "Oscar P. Quintero", "N.Y.".
pub fn is_name_run(doc: &Document, r: Range<usize>) -> bool {
    r.into_iter()
        .all(|k| doc.is_capitalized(k) || doc.word(k) == ".")
}

/// The opening mark of a short title in quotes that closes just before `end`: at most
/// six words, all capitalized ("Going Viral,").
fn quoted_title_before(doc: &Document, end: usize, floor: usize) -> Option<usize> {
    let close = end.checked_sub(1).filter(|&c| c > floor)?;
    if !matches!(doc.word(close), "\"" | "”" | "''") {
        return None;
    }
    let open = (close.saturating_sub(8).max(floor)..close)
        .rev()
        .find(|&k| matches!(doc.word(k), "\"" | "“" | "``" | "''"))?;
    let short_title = title_case_words(doc, open + 1..close).is_some_and(|n| (1..=6).contains(&n));
    short_title.then_some(open)
}

/// The number of words in `r` other than small ones ("of", "the"), when every one of them
/// is capitalized, as in a title: "The Art of the Deal".
pub fn title_case_words(doc: &Document, r: Range<usize>) -> Option<usize> {
    let small = |w: &str| {
        matches!(
            w,
            "a" | "an"
                | "the"
                | "of"
                | "and"
                | "or"
                | "for"
                | "in"
                | "on"
                | "at"
                | "to"
                | "with"
                | "from"
                | "by"
                | "is"
                | "as"
                | "vs."
                | "'s"
        )
    };
    let mut n = 0;
    for i in r.filter(|&i| doc.tokens[i].kind == TokenKind::Word && !small(doc.low(i))) {
        if !doc.is_capitalized(i) {
            return None;
        }
        n += 1;
    }
    Some(n)
}

/// Whether a phrase names a source rather than a place or time: it has a capitalized word,
/// a pronoun or a source noun, and does not open with a preposition.
pub fn names_someone(doc: &Document, np: &Range<usize>) -> bool {
    !lexicon::PREPOSITIONS.contains(doc.low(np.start))
        && np
            .clone()
            .any(|i| doc.is_capitalized(i) || is_source_noun(doc.low(i)) || is_pronoun(doc.low(i)))
}

/// A personal pronoun, or "who", which stands for a source as a pronoun does.
pub fn is_pronoun(w: &str) -> bool {
    lexicon::PERSONAL_PRONOUNS.contains(w) || w == "who"
}

/// The noun phrase a restrictive relative pronoun at `who` hangs from: the words right
/// before it, back to a preposition, a verb or a clause word ("faced pressure from
/// exporter groups which have stated" is "exporter groups"), with their determiner.
fn antecedent(doc: &Document, who: usize, floor: usize) -> Range<usize> {
    let mut k = who;
    while k > floor && who - k < MAX_SUBJECT {
        let w = doc.low(k - 1);
        if is_boundary_punct(doc.word(k - 1))
            || lexicon::PREPOSITIONS.contains(w)
            || CLAUSE_WORDS.contains(w)
            || is_verbish(doc, k - 1)
        {
            break;
        }
        k -= 1;
        if matches!(
            w,
            "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our"
        ) {
            break;
        }
    }
    k..who
}

/// The noun phrase that ends just before token `end`.
fn phrase_ending_at(doc: &Document, end: usize, floor: usize) -> Option<Range<usize>> {
    // "the report, which notes": a "which" after a comma speaks for the phrase before it.
    if end >= floor + 2 && doc.low(end - 1) == "which" && doc.word(end - 2) == "," {
        return phrase_ending_at(doc, end - 2, floor);
    }
    if let Some(pronoun) = pronoun_after_opening(doc, end, floor) {
        return Some(pronoun);
    }
    let mut start = end;
    while start > floor && end - start < MAX_SUBJECT {
        // `the authors of the "Growth and Opportunity Project" wrote`.
        if let Some(open) = quoted_title_before(doc, start, floor) {
            start = open;
            continue;
        }
        if joined_by_and(doc, start, end, floor) {
            start -= 1;
            continue;
        }
        let w = doc.low(start - 1);
        // "a source close to the White House": the modifier's object is no subject.
        let modifier = w == "to" && start >= floor + 2 && is_source_modifier(doc.low(start - 2));
        if is_boundary_punct(doc.word(start - 1)) && !is_plural_possessive(doc, start - 1)
            || CLAUSE_WORDS.contains(w) && !doc.is_name_word(start - 1) && !modifier
        {
            // "who" is itself a subject: "Trump, who said ...".
            if start == end && w == "who" {
                start -= 1;
            }
            // "But that source": a demonstrative opening the phrase, not a conjunction.
            if start < end && matches!(w, "that" | "this") && opens_phrase(doc, start - 1, floor) {
                start -= 1;
            }
            break;
        }
        if verb_before(doc, start, end, floor) || opens_own_phrase(doc, start, end) {
            break;
        }
        start -= 1;
    }
    // "had planned to give remarks": a verb after "to" is no subject ("to the forum" is
    // a phrase).
    let determined = matches!(
        doc.low(start),
        "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "this" | "these"
    );
    if start > floor && doc.low(start - 1) == "to" && !doc.is_capitalized(start) && !determined {
        return None;
    }
    let np = trim_edges(doc, start..end);
    looks_like_source(doc, np.clone()).then_some(np)
}

/// Whether the apostrophe at `k` closes a plural possessive ("the Musicians' Union"):
/// it touches an "s" on its left and a space on its right.
fn is_plural_possessive(doc: &Document, k: usize) -> bool {
    matches!(doc.word(k), "'" | "’")
        && k > 0
        && doc.tokens[k - 1].end == doc.tokens[k].start
        && doc.low(k - 1).ends_with('s')
        && doc
            .tokens
            .get(k + 1)
            .is_some_and(|n| n.start > doc.tokens[k].end)
}

/// "In a statement she said": a subject pronoun ending at `end` after an opening
/// prepositional phrase without a comma is the whole subject.
fn pronoun_after_opening(doc: &Document, end: usize, floor: usize) -> Option<Range<usize>> {
    if end <= floor || !matches!(doc.low(end - 1), "he" | "she" | "it" | "they" | "we" | "i") {
        return None;
    }
    let opening = (floor..end - 1)
        .rev()
        .take(MAX_SUBJECT)
        .take_while(|&k| !is_boundary_punct(doc.word(k)) && !is_verbish(doc, k))
        .last()
        .filter(|&k| opens_phrase(doc, k, floor) && k + 1 < end - 1);
    opening
        .is_some_and(|k| lexicon::PREPOSITIONS.contains(doc.low(k)))
        .then_some(end - 1..end)
}

/// "Ministers from European and Asian governments", "the Institute of Purchasing and
/// Supply": two capitalized words joined by the "and" before `start`, after a
/// preposition, are one phrase's modifiers or name, not two subjects.
fn joined_by_and(doc: &Document, start: usize, end: usize, floor: usize) -> bool {
    start >= floor + 3
        && start < end
        && doc.low(start - 1) == "and"
        && doc.is_capitalized(start)
        && doc.is_capitalized(start - 2)
        && lexicon::PREPOSITIONS.contains(doc.low(start - 3))
}

/// Whether the word before `start` is a verb that ends the phrase: "Cruz's thinking" and
/// "the report" are nouns, "state" before a title is none ("state Sen. Jason Holsman"),
/// nor is the word right before the verb, the subject's head ("a 2014 committee report
/// found").
fn verb_before(doc: &Document, start: usize, end: usize, floor: usize) -> bool {
    let w = doc.low(start - 1);
    let owned = start >= floor + 2
        && matches!(
            doc.low(start - 2),
            "'s" | "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our"
        );
    let state_title = w == "state" && start < end && lexicon::TITLES.contains(doc.low(start));
    let noun = state_title || start == end;
    super::cues::verb(w).is_some() && !doc.is_capitalized(start - 1) && !owned && !noun
}

/// Whether a phrase of its own opens at `start`, after a common noun: "at which point the
/// crowd chanted" ("all the", "of the" go on), "surprised by the announcement many
/// analysts had already said".
fn opens_own_phrase(doc: &Document, start: usize, end: usize) -> bool {
    let w = doc.low(start - 1);
    start < end
        && matches!(
            doc.low(start),
            "the" | "a" | "an" | "many" | "some" | "several" | "most" | "few"
        )
        && !doc.is_capitalized(start - 1)
        && !lexicon::PREPOSITIONS.contains(w)
        && !matches!(w, "all" | "both" | "half")
}

/// Whether token `i` starts a clause: it opens the sentence or follows punctuation or a
/// conjunction.
fn opens_phrase(doc: &Document, i: usize, floor: usize) -> bool {
    i == floor
        || is_boundary_punct(doc.word(i - 1))
        || lexicon::CLAUSE_OPENERS.contains(doc.low(i - 1))
}

/// Drops sentence adverbs and a time adverbial without a comma: "But that source" ->
/// "that source", "On Saturday the minister" -> "the minister"; and an emphatic
/// reflexive at the end: "the president himself" -> "the president".
fn trim_edges(doc: &Document, mut np: Range<usize>) -> Range<usize> {
    if np.len() > 1
        && matches!(
            doc.low(np.end - 1),
            "himself" | "herself" | "itself" | "themselves"
        )
    {
        np.end -= 1;
    }
    while np.len() > 1 {
        let w = doc.low(np.start);
        // "Recently she", "Finally the president"; not "Kelly Ayotte".
        let adverb = is_ly_adverb(w)
            && !doc.is_name_word(np.start)
            && doc.tokens[np.start + 1].kind == TokenKind::Word
            && !doc.is_capitalized(np.start + 1);
        if lexicon::CLAUSE_OPENERS.contains(w)
            || matches!(w, "later" | "earlier" | "yesterday" | "today" | "tonight")
            || adverb
        {
            np.start += 1;
            continue;
        }
        // "WASHINGTON (Reuters) - Mayor Ana Ruiz said": the dateline is no part of it.
        if let Some(dash) = (np.start..np.end - 1).find(|&k| doc.word(k) == "-") {
            let dateline = (np.start..dash)
                .all(|k| doc.is_capitalized(k) || matches!(doc.word(k), "(" | ")" | ","));
            if dateline {
                np.start = dash + 1;
                continue;
            }
        }
        // "remarks made by a campaign volunteer who said", "echoed by Richard Eyre who
        // called": the agent is the phrase.
        if w == "by" {
            np.start += 1;
            continue;
        }
        if np.len() > 2 && doc.low(np.start + 1) == "by" && !doc.is_capitalized(np.start) {
            np.start += 2;
            continue;
        }
        if matches!(
            w,
            "in" | "on" | "at" | "after" | "before" | "during" | "last" | "this"
        ) {
            if let Some(k) = (np.start + 1..np.end).find(|&k| {
                let next = doc.low(k);
                TIME_WORDS.contains(next) || next.chars().all(|c| c.is_ascii_digit())
            }) {
                np.start = k + 1;
                continue;
            }
        }
        break;
    }
    np
}

/// Whether `np` can name a source: it ends in a pronoun, a name or a noun, and holds no
/// verb ("run through the last primaries") or opening preposition ("for the racial").
fn looks_like_source(doc: &Document, np: Range<usize>) -> bool {
    if np.is_empty() {
        return false;
    }
    let first = doc.low(np.start);
    let last = np.end - 1;
    let w = doc.low(last);
    // "Theresa May", "Al From", and a lone "May" or "From" inside a sentence are names;
    // "in May" is a time.
    let surname = doc.is_name_word(last)
        && if last > np.start {
            doc.is_capitalized(last - 1)
        } else {
            lexicon::PREPOSITIONS.contains(w) || matches!(w, "may" | "will" | "june" | "april")
        };
    if lexicon::PREPOSITIONS.contains(first) && !(surname && np.len() == 1)
        || lexicon::SUBORDINATORS.contains(w) && np.len() == 1 && !doc.is_capitalized(last)
        || is_ing_form(doc, np.start)
        || lexicon::PREPOSITIONS.contains(w) && !surname
    {
        return false;
    }
    if quoted_title_before(doc, np.end, np.start).is_some() {
        return true;
    }
    if is_pronoun(w) {
        return np.len() == 1;
    }
    if doc.tokens[last].kind == TokenKind::Punct || TIME_WORDS.contains(w) && !surname {
        return false;
    }
    if doc.is_capitalized(last) {
        return true;
    }
    // `said quietly`: a lone adverb, not an inverted subject.
    if np.len() == 1 && is_ly_adverb(w) {
        return false;
    }
    // "a source involved in the creation": a source noun with a modifier after it.
    // "one Republican involved in the planning": a name before such a modifier. "the
    // director of commercial planning": a source noun before "of" or "for".
    let modified_source = np.clone().any(|i| {
        lexicon::ANONYMOUS_HEADS.contains(doc.low(i))
            || i > np.start && is_source_modifier(doc.low(i)) && doc.is_capitalized(i - 1)
            || i + 1 < np.end
                && is_source_noun(doc.low(i))
                && matches!(doc.low(i + 1), "of" | "for")
    });
    !(w.ends_with("ed") || w.ends_with("ing")) || is_source_noun(w) || modified_source
}

/// Whether lowercase `w` looks like an adverb in -ly ("quietly", "reportedly"); whether
/// it is one ("rally", "family") is for its neighbours to say.
pub fn is_ly_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly")
}

/// Whether token `i` is a lowercase form in -ing ("saying", "calling"): a participle or a
/// gerund, not a subject's head.
pub fn is_ing_form(doc: &Document, i: usize) -> bool {
    let w = doc.low(i);
    w.len() > 4 && w.ends_with("ing") && !doc.is_capitalized(i)
}

/// Words after a source's head that say how it knows: "a person familiar with the matter".
pub fn is_source_modifier(w: &str) -> bool {
    matches!(
        w,
        "involved"
            | "familiar"
            | "close"
            | "knowledgeable"
            | "briefed"
            | "working"
            | "speaking"
            | "talking"
    )
}

/// Nouns that can head the phrase for a source, in the singular or the plural
/// ("groups", "companies").
pub fn is_source_noun(w: &str) -> bool {
    let listed = |w: &str| {
        lexicon::ANONYMOUS_HEADS.contains(w)
            || lexicon::DOCUMENT_HEADS.contains(w)
            || lexicon::ORGANIZATION_HEADS.contains(w)
            || lexicon::MEDIA_HEADS.contains(w)
            || lexicon::TITLES.contains(w)
    };
    listed(w) || lexicon::is_plural(w) && listed(&lexicon::singular(w))
}

/// Auxiliaries and common irregular past forms: with the lexicon's verbs and "-ed" words
/// they tell where a subject ends and its verb begins.
#[rustfmt::skip]
static VERB_FORMS: WordSet = WordSet::union(&[
    lexicon::BE_FORMS,
    lexicon::HAVE_FORMS,
    lexicon::DO_FORMS,
    lexicon::MODALS,
    &[
         "went", "came", "made", "took", "gave", "got", "began", "became", "met", "left", "kept",
         "held", "ran", "won", "lost", "brought", "bought", "sought", "fought", "caught",
         "stood", "sat", "spoke", "chose", "drove", "rose", "fell", "built", "sent", "spent",
         "paid", "led", "heard", "grew", "drew", "threw", "flew", "seems", "seemed", "appears",
         "appeared", "wants", "wanted", "plans", "planned", "goes", "gets", "makes", "takes",
         "gives", "comes", "puts", "put", "sees", "saw", "hopes", "tries", "tried", "needs",
         "needed", "remains", "remained", "used", "died", "fled", "owed", "lied",
    ],
]);

/// Whether token `i` reads as a verb: a listed form, a verb of saying in a form no noun
/// shares ("said", not "reports"), or a lower-case "-ed" word that no determiner makes an
/// adjective ("a retired general").
pub fn is_verbish(doc: &Document, i: usize) -> bool {
    if doc.is_capitalized(i) || doc.tokens[i].kind != TokenKind::Word {
        return false;
    }
    let w = doc.low(i);
    // "Napster claims the higher price is …": a name, then the -s form and its clause;
    // otherwise "claims" and "reports" are more often nouns.
    let names_then_clause = || {
        i > 0
            && i + 1 < doc.tokens.len()
            && doc.is_capitalized(i - 1)
            && matches!(
                doc.low(i + 1),
                "that" | "the" | "it" | "he" | "she" | "they"
            )
    };
    let cue_form = super::cues::verb(w).is_some_and(|(_, lemma)| {
        lemma != w && (w == "says" || !w.ends_with('s') || names_then_clause())
    });
    if VERB_FORMS.contains(w) || cue_form {
        return true;
    }
    let after_determiner = i > 0
        && matches!(
            doc.low(i - 1),
            "a" | "an" | "the" | "his" | "her" | "its" | "their" | "our" | "this" | "that"
        );
    w.len() > 4 && w.ends_with("ed") && !after_determiner
}

/// Whether `r` reads as a clause: it opens with a pronoun subject ("they need …"), or a
/// verb comes within its first dozen words ("the city would cover half"), unlike a bare
/// object ("announced his running mate").
pub fn is_clause(doc: &Document, r: &Range<usize>) -> bool {
    if r.is_empty() {
        return false;
    }
    let w = doc.low(r.start);
    let pronoun = lexicon::PERSONAL_PRONOUNS.contains(w) || w == "there";
    pronoun || (r.start + 1..r.end.min(r.start + 12)).any(|i| is_verbish(doc, i))
}

/// The subject of the main clause of the sentence `sentence`, looking no further than
/// `before`: its first noun phrase, after any conjunction and opening adverbial ("At a
/// campaign event in Ames, Iowa, on Sunday, Mrs. Clinton …").
pub fn clause_subject(
    doc: &Document,
    sentence: Range<usize>,
    before: usize,
) -> Option<Range<usize>> {
    let mut start = sentence.start;
    while start < before {
        let w = doc.low(start);
        if lexicon::CLAUSE_OPENERS.contains(w) {
            start += 1;
            continue;
        }
        // "Appearing before supporters, Suu Kyi said": an opening participial phrase. A
        // name in -ing is followed by its possessive or its verb ("Schilling's son",
        // "Manning said"; `low` has made curly apostrophes straight).
        let participle = start == sentence.start
            && w.len() > 4
            && w.ends_with("ing")
            && !(start + 1 < before && (doc.low(start + 1) == "'s" || is_verbish(doc, start + 1)));
        // "Eight years ago, he …", "Two weeks later, she …": an opening time phrase.
        let time = (start..before.min(start + 5))
            .find(|&k| doc.word(k) == ",")
            .is_some_and(|comma| comma > start && TIME_WORDS.contains(doc.low(comma - 1)));
        if lexicon::OPENERS.contains(w) || participle || time {
            start = (start..before).find(|&k| doc.word(k) == ",")? + 1;
            // "in Ames, Iowa, on Sunday,": short place or time pieces after the first comma.
            while let Some(next) = (start..before.min(start + 5)).find(|&k| doc.word(k) == ",") {
                let piece = start..next;
                let bare = piece.clone().all(|k| !is_verbish(doc, k));
                let place_or_time = doc.is_capitalized(start)
                    || lexicon::PREPOSITIONS.contains(doc.low(start))
                    || TIME_WORDS.contains(doc.low(start));
                if bare && place_or_time && next + 1 < before {
                    start = next + 1;
                } else {
                    break;
                }
            }
            continue;
        }
        break;
    }
    // `Mr. Manafort, citing "…"`: a participle and its quote right after the subject.
    let quoting_participle = before + 1 < doc.tokens.len()
        && doc.low(before).ends_with("ing")
        && matches!(doc.word(before + 1), "\"" | "“" | "``" | "''" | "‘");
    let mut end = start;
    while end < before && end - start < MAX_SUBJECT {
        let word = doc.word(end);
        if word == "," && end + 1 == before && quoting_participle {
            break;
        }
        if word == "," {
            // "Tracy Martin, Trayvon's father, issued": a name, an aside, then the verb.
            let close = (end + 1..before.min(end + MAX_ASIDE)).find(|&k| doc.word(k) == ",");
            let verb_after = close
                .is_some_and(|c| c + 1 < before && (is_verbish(doc, c + 1) || c + 1 == before));
            if verb_after || close.is_some_and(|c| c + 1 < before) && opens_aside(doc, end + 1) {
                break;
            }
            return None;
        }
        let clause_word = CLAUSE_WORDS.contains(doc.low(end)) && !doc.is_name_word(end);
        if is_boundary_punct(word) || is_verbish(doc, end) || clause_word {
            break;
        }
        end += 1;
    }
    // "Donald Trump on Thursday ratcheted up": a time phrase after the subject.
    if end > start && TIME_WORDS.contains(doc.low(end - 1)) {
        if let Some(k) = time_phrase_opener(doc, end, start + 1) {
            end = k;
        }
    }
    let np = trim_edges(doc, start..end);
    looks_like_source(doc, np.clone()).then_some(np)
}

/// The subject of the clause that a non-finite cue at `i` hangs from: "Trump, saying",
/// "He went on to say". The nearest clause if it is subordinate ("…, when protesters
/// interrupted her, shouting"), else the main clause.
pub fn governing_subject(doc: &Document, i: usize) -> Option<Range<usize>> {
    let sentence = doc.sentences[doc.sentence_of[i]].tokens.clone();
    let verb = (sentence.start..i).rev().find(|&k| is_verbish(doc, k));
    if let Some(v) = verb {
        // "was prompted": a passive's subject sits before "was".
        let passive = v > sentence.start && super::cues::is_be(doc.low(v - 1));
        let head = if passive { v - 1 } else { v };
        if let Some(np) = subject_before(doc, head, sentence.start).into_iter().next() {
            let subordinate =
                np.start > sentence.start && lexicon::SUBORDINATORS.contains(doc.low(np.start - 1));
            // "Mr. Trump was prompted to say", "kept saying": the verb right before governs.
            let adjacent = v + 1 == i;
            if subordinate || adjacent {
                return Some(np);
            }
        }
    }
    clause_subject(doc, sentence, i)
}

/// The noun phrase starting at `start` (after an inverted verb or "according to"),
/// ending before `limit`.
pub fn phrase_after(doc: &Document, start: usize, limit: usize) -> Option<Range<usize>> {
    if start >= limit
        || lexicon::PREPOSITIONS.contains(doc.low(start))
        || TIME_WORDS.contains(doc.low(start))
        || matches!(doc.low(start), "that" | "it" | "so" | "yes" | "no")
    {
        return None;
    }
    let mut end = start;
    while end < limit && end - start < MAX_SUBJECT && !ends_phrase_after(doc, start, end, limit) {
        end += 1;
    }
    let np = start..end;
    looks_like_source(doc, np.clone()).then_some(np)
}

/// Words that end a phrase after a verb, unless part of a name ("said Will Doyle").
#[rustfmt::skip]
static AFTER_PHRASE_STOPS: WordSet = WordSet::new(&[
    "in", "on", "at", "during", "after", "before", "when", "where", "as", "while", "who",
    "that", "which", "because", "since", "about", "to", "and", "but", "with", "is", "was",
    "are", "were", "there", "has", "had", "will", "would", "last", "this", "earlier",
    "later", "told", "said", "says", "from", "by", "if",
]);

/// Whether token `end` ends the phrase that opens at `start`.
fn ends_phrase_after(doc: &Document, start: usize, end: usize, limit: usize) -> bool {
    let w = doc.low(end);
    if is_boundary_punct(doc.word(end)) {
        return true;
    }
    let stops = !doc.is_name_word(end) && AFTER_PHRASE_STOPS.contains(w);
    // "a source involved in the creation", "a person familiar with the matter".
    let modifier = end > start
        && matches!(w, "in" | "with" | "to" | "on")
        && is_source_modifier(doc.low(end - 1));
    // "said Nortel president and chief executive Bill Owens": one person's titles; but
    // "the president and Mrs. Clinton" are two people.
    let titles = w == "and"
        && end > start
        && end + 1 < limit
        && lexicon::TITLES.contains(doc.low(end - 1))
        && lexicon::TITLES.contains(doc.low(end + 1))
        && !lexicon::is_honorific(doc.low(end + 1));
    if topic_after_name(doc, start, end, limit) || number_after_noun(doc, start, end) {
        return true;
    }
    !modifier && !titles && (stops || (end > start && TIME_WORDS.contains(w)))
}

/// `said analyst Gerard Rijk of Inbev's strong performance`, "said Smith of the plan":
/// "of" after a name, then a common noun (after any article or possessive name), is what
/// was spoken of, not an affiliation ("of IT firm Dimension Data", "Bank of England
/// deputy governor", "of Newark last week").
fn topic_after_name(doc: &Document, start: usize, end: usize, limit: usize) -> bool {
    if doc.low(end) != "of" || end == start || !doc.is_name_word(end - 1) {
        return false;
    }
    let mut k = end + 1;
    if k < limit && matches!(doc.low(k), "the" | "a" | "an") {
        k += 1;
    }
    if k + 1 < limit && doc.is_capitalized(k) && doc.low(k + 1) == "'s" {
        k += 2;
    }
    k < limit && doc.tokens[k].kind == TokenKind::Word && !doc.is_capitalized(k)
}

/// "According to the commission's report 12 million people are …": with no comma, a
/// number after a common noun opens what was said.
fn number_after_noun(doc: &Document, start: usize, end: usize) -> bool {
    end > start
        && doc.tokens[end].kind == TokenKind::Number
        && !doc.is_capitalized(end - 1)
        && doc.tokens[end - 1].kind == TokenKind::Word
        && !lexicon::PREPOSITIONS.contains(doc.low(end - 1))
        && !lexicon::DEFINITE.contains(&doc.low(end - 1))
        && !lexicon::INDEFINITE.contains(doc.low(end - 1))
}

/// Where words are published or broadcast: "said on Twitter", "told CNN on television".
#[rustfmt::skip]
static PLATFORMS: WordSet = WordSet::new(&[
    "twitter", "facebook", "instagram", "youtube", "tiktok", "television", "tv", "radio",
    "air", "camera", "podcast", "website", "blog", "cnn", "msnbc", "news",
]);

/// Words of a time or manner phrase that may follow a verb before its content:
/// "said on Saturday that", "said in a statement that", "said last week".
pub fn skip_adverbials(doc: &Document, mut i: usize, limit: usize) -> usize {
    loop {
        let start = i;
        if i < limit && TIME_WORDS.contains(doc.low(i)) {
            i += 1;
        }
        let opens = |w: &str| {
            matches!(
                w,
                "in" | "on" | "at" | "during" | "last" | "this" | "late" | "early" | "earlier"
            )
        };
        if i < limit && opens(doc.low(i)) {
            // A short phrase ending at a time word or a noun like "statement".
            let mut k = i + 1;
            while k < limit && k - i <= 5 && !is_boundary_punct(doc.word(k)) && doc.low(k) != "that"
            {
                k += 1;
            }
            let tail = doc.low(k - 1);
            let ends_ok = TIME_WORDS.contains(tail)
                || matches!(
                    tail,
                    "statement"
                        | "interview"
                        | "tweet"
                        | "post"
                        | "letter"
                        | "speech"
                        | "conference"
                        | "briefing"
                        | "email"
                        | "call"
                        | "rally"
                        | "address"
                        | "appearance"
                        | "debate"
                        | "hearing"
                        | "meeting"
                        | "remarks"
                        | "op-ed"
                        | "broadcast"
                        | "video"
                        | "message"
                        | "release"
                        | "report"
                        | "filing"
                        | "response"
                        | "reply"
                )
                || tail.chars().all(|c| c.is_ascii_digit())
                // "on Twitter", but not "during a taping of a MSNBC town hall".
                || (PLATFORMS.contains(tail)
                    && (k == limit || is_boundary_punct(doc.word(k)) || doc.low(k) == "that"));
            if ends_ok && k > i + 1 {
                i = k;
            }
        }
        if i < limit
            && matches!(
                doc.low(i),
                "also"
                    | "repeatedly"
                    | "again"
                    | "previously"
                    | "recently"
                    | "publicly"
                    | "privately"
            )
        {
            i += 1;
        }
        if i == start {
            return i;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subject(text: &str, verb: &str) -> Vec<String> {
        let doc = Document::new(text);
        let v = (0..doc.tokens.len())
            .find(|&i| doc.word(i) == verb)
            .unwrap();
        subject_before(&doc, v, 0)
            .into_iter()
            .map(|r| doc.slice(r).to_string())
            .collect()
    }

    #[test]
    fn a_count_before_and_shares_the_noun_after_it() {
        let got = subject(
            "Eleven progressive and Muslim organizations said so.",
            "said",
        );
        assert_eq!(got, ["Eleven progressive and Muslim organizations"]);
        let got = subject("Two senators and a judge said so.", "said");
        assert_eq!(got, ["a judge", "Two senators"]);
    }

    #[test]
    fn subjects_in_common_orders() {
        assert_eq!(
            subject("But that source added: no.", "added"),
            ["that source"]
        );
        assert_eq!(
            subject("In March, Meloni told senators", "told"),
            ["Meloni"]
        );
        assert_eq!(
            subject(
                "Ana Ruiz, executive director of Port Bank - one of its lenders - said so",
                "said"
            ),
            ["Ana Ruiz"]
        );
        assert_eq!(
            subject(
                "Italian Prime Minister Giorgia Meloni, who was on the call with Trump, confirmed it",
                "confirmed"
            ),
            ["Italian Prime Minister Giorgia Meloni"]
        );
        assert_eq!(
            subject("Hugh Hill, a doctor, said so", "said"),
            ["Hugh Hill"]
        );
        assert_eq!(subject("She has also said it", "said"), ["She"]);
        assert_eq!(
            subject(
                "It rained, Italy's premier and a diplomatic source said",
                "said"
            ),
            ["a diplomatic source", "Italy's premier"]
        );
        assert_eq!(subject("Trump, who said it", "said"), ["who"]);
        assert!(subject("The plan was never said", "said").is_empty());
    }

    #[test]
    fn subjects_behind_asides() {
        assert_eq!(
            subject("Sen. Jo Isakson (R-Ga.) said so", "said"),
            ["Sen. Jo Isakson"]
        );
        assert_eq!(
            subject("Ann Murphy — after a pause — told me", "told"),
            ["Ann Murphy"]
        );
        assert_eq!(
            subject(
                "Clinton, during a meeting in Columbus, Ohio, said it",
                "said"
            ),
            ["Clinton"]
        );
        assert_eq!(
            subject("Katie Packer, who is chairman of the PAC said it", "said"),
            ["Katie Packer"]
        );
    }

    #[test]
    fn subjects_of_clauses_and_participles() {
        let doc =
            Document::new("At an event in Ames, Iowa, on Sunday, Mrs. Clinton spoke, saying it.");
        let saying = (0..doc.tokens.len())
            .find(|&i| doc.word(i) == "saying")
            .unwrap();
        assert_eq!(
            governing_subject(&doc, saying).map(|r| doc.slice(r)),
            Some("Mrs. Clinton")
        );
        let doc = Document::new("The incident came, when protesters interrupted her, shouting it.");
        let shouting = (0..doc.tokens.len())
            .find(|&i| doc.word(i) == "shouting")
            .unwrap();
        assert_eq!(
            governing_subject(&doc, shouting).map(|r| doc.slice(r)),
            Some("protesters")
        );
    }

    #[test]
    fn phrases_after_inverted_verbs() {
        let doc = Document::new("said Hugh Hill, a doctor, on Monday");
        assert_eq!(
            phrase_after(&doc, 1, doc.tokens.len()).map(|r| doc.slice(r)),
            Some("Hugh Hill")
        );
        let doc = Document::new("said on Monday in a statement that it");
        assert_eq!(doc.word(skip_adverbials(&doc, 1, doc.tokens.len())), "that");
    }
}
