//! Noun phrases around a cue: the subject before a verb, the phrase after an inverted verb
//! or "according to", and the hearer of "told".
//!
//! There is no parser here. A subject is what lies between the verb and the nearest clause
//! boundary to its left (punctuation, a conjunction, a relative pronoun), once adverbs and
//! auxiliaries are stepped over; an apposition or relative clause set off by commas
//! ("Meloni, who was on the call, confirmed") is stepped over too. That is enough for the
//! way news copy attributes, and it fails visibly rather than inventing a speaker.

use super::lexicon::{self, CLAUSE_WORDS, TIME_WORDS, VERB_MODIFIERS};
use super::text::{Document, TokenKind};
use std::ops::Range;

/// The longest subject we accept; anything longer is a clause, not a name.
const MAX_SUBJECT: usize = 12;

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
        || lexicon::contains(lexicon::TITLES, w)
}

/// Steps left over adverbs and auxiliaries that sit before a verb ("has also said").
fn skip_verb_modifiers(doc: &Document, mut end: usize, floor: usize) -> usize {
    while end > floor {
        let w = doc.low(end - 1);
        let adverb = w.len() > 4 && w.ends_with("ly") && !doc.is_capitalized(end - 1);
        if lexicon::contains(VERB_MODIFIERS, w) || adverb {
            end -= 1;
        } else {
            break;
        }
    }
    end
}

/// The subject of the verb at token `verb`, searching no further left than `floor`.
/// Coordinated subjects ("Italy's premier and a diplomatic source") come back as several
/// phrases, nearest first.
pub fn subject_before(doc: &Document, verb: usize, floor: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut end = skip_verb_modifiers(doc, verb, floor);
    // Step back over asides: "Hugh Hill, a doctor, said", "Murphy — after a pause — told",
    // "Sen. Johnny Isakson (R-Ga.) said".
    loop {
        if end <= floor {
            return out;
        }
        match doc.word(end - 1) {
            "," | "—" | "–" | "--" => match aside_start(doc, end - 1, floor) {
                Some(open) => end = open,
                None => return out,
            },
            ")" => match (floor..end - 1).rev().find(|&k| doc.word(k) == "(") {
                Some(open) if open > floor => end = open,
                _ => return out,
            },
            _ => break,
        }
    }
    while let Some(np) = phrase_ending_at(doc, end, floor) {
        let start = np.start;
        out.push(np);
        // "X and Y said": both are sources.
        if start > floor + 1 && doc.low(start - 1) == "and" && out.len() < 4 {
            end = start - 1;
            continue;
        }
        break;
    }
    out
}

/// Given the delimiter at `close` just before a verb, the position of the delimiter of the
/// same kind that opens the aside, if the words between them can be one.
fn aside_start(doc: &Document, close: usize, floor: usize) -> Option<usize> {
    let kind = doc.word(close);
    let dash = |w: &str| matches!(w, "—" | "–" | "--");
    let mut k = close;
    while k > floor && close - k < 30 {
        k -= 1;
        let w = doc.word(k);
        if w == kind || (dash(kind) && dash(w)) {
            return (k > floor && k + 1 < close).then_some(k);
        }
        if matches!(w, "." | ";" | ":" | "\"" | "“" | "”" | "!" | "?") {
            return None;
        }
    }
    None
}

/// The noun phrase that ends just before token `end`.
fn phrase_ending_at(doc: &Document, end: usize, floor: usize) -> Option<Range<usize>> {
    let mut start = end;
    while start > floor && end - start < MAX_SUBJECT {
        let w = doc.low(start - 1);
        if is_boundary_punct(doc.word(start - 1)) || lexicon::contains(CLAUSE_WORDS, w) {
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
        if super::cues::verb(w).is_some() && !doc.is_capitalized(start - 1) {
            break;
        }
        start -= 1;
    }
    let np = trim_leading(doc, start..end);
    looks_like_source(doc, np.clone()).then_some(np)
}

/// Whether token `i` starts a clause: it opens the sentence or follows punctuation or a
/// conjunction.
fn opens_phrase(doc: &Document, i: usize, floor: usize) -> bool {
    i == floor
        || is_boundary_punct(doc.word(i - 1))
        || matches!(
            doc.low(i - 1),
            "but" | "and" | "so" | "yet" | "then" | "however"
        )
}

/// Drops sentence adverbs and prepositional openers: "But that source" -> "that source",
/// "In March Meloni" stays as is only if nothing better is found.
fn trim_leading(doc: &Document, mut np: Range<usize>) -> Range<usize> {
    while np.len() > 1 {
        let w = doc.low(np.start);
        let opener = matches!(
            w,
            "but"
                | "and"
                | "so"
                | "yet"
                | "however"
                | "meanwhile"
                | "still"
                | "then"
                | "now"
                | "also"
                | "indeed"
                | "instead"
                | "separately"
                | "later"
                | "earlier"
        );
        if opener {
            np.start += 1;
            continue;
        }
        // "In March Meloni", "On Saturday the minister": an adverbial without a comma.
        if matches!(
            w,
            "in" | "on" | "at" | "after" | "before" | "during" | "last" | "this"
        ) {
            if let Some(k) = (np.start + 1..np.end).find(|&k| {
                let next = doc.low(k);
                lexicon::contains(TIME_WORDS, next) || next.chars().all(|c| c.is_ascii_digit())
            }) {
                np.start = k + 1;
                continue;
            }
        }
        break;
    }
    np
}

/// Whether `np` can name a source: it ends in a pronoun, a name or a noun, not in a verb.
fn looks_like_source(doc: &Document, np: Range<usize>) -> bool {
    if np.is_empty() {
        return false;
    }
    let last = np.end - 1;
    let w = doc.low(last);
    if lexicon::contains(lexicon::PERSONAL_PRONOUNS, w) || w == "who" {
        return np.len() == 1;
    }
    if doc.tokens[last].kind == TokenKind::Punct || lexicon::contains(TIME_WORDS, w) {
        return false;
    }
    if doc.is_capitalized(last) {
        return true;
    }
    !(w.ends_with("ed") || w.ends_with("ing")) || is_source_noun(w)
}

/// Nouns that can head the phrase for a source.
pub fn is_source_noun(w: &str) -> bool {
    lexicon::contains(lexicon::ANONYMOUS_HEADS, w)
        || lexicon::contains(lexicon::DOCUMENT_HEADS, w)
        || lexicon::contains(lexicon::ORGANIZATION_HEADS, w)
        || lexicon::contains(lexicon::MEDIA_HEADS, w)
        || lexicon::contains(lexicon::TITLES, w)
}

/// Auxiliaries and common irregular past forms: with the lexicon's verbs and "-ed" words
/// they tell where a subject ends and its verb begins.
#[rustfmt::skip]
const VERB_FORMS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
    "could", "should", "may", "might", "must", "do", "does", "did", "went", "came", "made",
    "took", "gave", "got", "began", "became", "met", "left", "kept", "held", "ran", "won",
    "lost", "brought", "bought", "sought", "fought", "caught", "stood", "sat", "spoke",
    "chose", "drove", "rose", "fell", "built", "sent", "spent", "paid", "led", "heard",
    "grew", "drew", "threw", "flew", "seems", "seemed", "appears", "appeared", "wants",
    "wanted", "plans", "planned", "goes", "gets", "makes", "takes", "gives", "comes", "puts",
    "put", "sees", "saw", "hopes", "tries", "tried", "needs", "needed", "remains", "remained",
];

/// Whether `r` reads as a clause: it opens with a pronoun subject ("they need …"), or a
/// verb comes within its first dozen words ("the city would cover half"), unlike a bare
/// object ("announced his running mate").
pub fn is_clause(doc: &Document, r: &Range<usize>) -> bool {
    if r.is_empty() {
        return false;
    }
    let pronoun = matches!(
        doc.low(r.start),
        "he" | "she" | "it" | "they" | "we" | "i" | "you" | "there"
    );
    pronoun || (r.start + 1..r.end.min(r.start + 12)).any(|i| is_verbish(doc, i))
}

/// Whether token `i` reads as a verb: a listed form, a verb of saying, or a lower-case
/// "-ed" word that no determiner makes an adjective ("the so-called", "a retired general").
pub fn is_verbish(doc: &Document, i: usize) -> bool {
    if doc.is_capitalized(i) || doc.tokens[i].kind != TokenKind::Word {
        return false;
    }
    let w = doc.low(i);
    // A verb of saying in a form no noun shares: "said", "told", "argued", "says" (but
    // not "reports" or "claims").
    let cue_form = super::cues::verb(w)
        .is_some_and(|(_, lemma)| lemma != w && (w == "says" || !w.ends_with('s')));
    if lexicon::contains(VERB_FORMS, w) || cue_form {
        return true;
    }
    let after_determiner = i > 0
        && matches!(
            doc.low(i - 1),
            "a" | "an" | "the" | "his" | "her" | "its" | "their" | "our" | "this" | "that"
        );
    w.len() > 4 && w.ends_with("ed") && !after_determiner
}

/// The subject of the main clause of the sentence `sentence`, looking no further than
/// `before`: the first noun phrase, after an opening adverbial ("On Friday, Mr. Carson
/// endorsed …") or conjunction. Participles ("…, saying") and colons take it as source.
pub fn clause_subject(
    doc: &Document,
    sentence: Range<usize>,
    before: usize,
) -> Option<Range<usize>> {
    let mut start = sentence.start;
    while start < before {
        let w = doc.low(start);
        if matches!(
            w,
            "but"
                | "and"
                | "so"
                | "yet"
                | "still"
                | "meanwhile"
                | "however"
                | "instead"
                | "also"
                | "then"
                | "now"
        ) {
            start += 1;
            continue;
        }
        let opener = matches!(
            w,
            "in" | "on"
                | "at"
                | "after"
                | "before"
                | "during"
                | "when"
                | "while"
                | "as"
                | "although"
                | "though"
                | "if"
                | "since"
                | "because"
                | "despite"
                | "with"
                | "without"
                | "for"
                | "by"
                | "from"
                | "under"
                | "over"
                | "asked"
                | "speaking"
                | "earlier"
                | "later"
                | "last"
        );
        if opener {
            match (start..before).find(|&k| doc.word(k) == ",") {
                Some(comma) => {
                    start = comma + 1;
                    continue;
                }
                None => return None,
            }
        }
        break;
    }
    let mut end = start;
    while end < before && end - start < MAX_SUBJECT {
        let word = doc.word(end);
        if word == "," {
            // "Hoff, who declined to comment, proposes": step over the aside.
            let close = (end + 1..before).find(|&k| doc.word(k) == ",");
            match close {
                Some(c) if opens_aside(doc, end + 1) => {
                    let np = trim_leading(doc, start..end);
                    return (c + 1 < before && looks_like_source(doc, np.clone())).then_some(np);
                }
                _ => break,
            }
        }
        if is_boundary_punct(word)
            || is_verbish(doc, end)
            || lexicon::contains(CLAUSE_WORDS, doc.low(end))
        {
            break;
        }
        end += 1;
    }
    let np = trim_leading(doc, start..end);
    looks_like_source(doc, np.clone()).then_some(np)
}

/// The noun phrase starting at `start` (after an inverted verb or "according to"),
/// ending before `limit`.
pub fn phrase_after(doc: &Document, start: usize, limit: usize) -> Option<Range<usize>> {
    if start < limit
        && matches!(
            doc.low(start),
            "of" | "in"
                | "on"
                | "at"
                | "to"
                | "for"
                | "with"
                | "about"
                | "during"
                | "after"
                | "before"
                | "by"
                | "from"
                | "that"
                | "it"
                | "so"
                | "as"
                | "yes"
                | "no"
        )
    {
        return None;
    }
    let mut end = start;
    while end < limit && end - start < MAX_SUBJECT {
        let w = doc.low(end);
        if is_boundary_punct(doc.word(end)) {
            break;
        }
        let stops = matches!(
            w,
            "in" | "on"
                | "at"
                | "during"
                | "after"
                | "before"
                | "when"
                | "as"
                | "while"
                | "who"
                | "that"
                | "which"
                | "because"
                | "since"
                | "about"
                | "to"
                | "and"
                | "but"
                | "with"
                | "is"
                | "was"
                | "has"
                | "had"
                | "will"
                | "would"
                | "last"
                | "this"
                | "earlier"
                | "later"
                | "told"
                | "said"
                | "says"
                | "from"
                | "by"
                | "if"
        );
        if stops || (end > start && lexicon::contains(TIME_WORDS, w)) {
            break;
        }
        end += 1;
    }
    let np = start..end;
    if np.is_empty() || lexicon::contains(TIME_WORDS, doc.low(start)) {
        return None;
    }
    looks_like_source(doc, np.clone()).then_some(np)
}

/// Words of a time or manner phrase that may follow a verb before its content:
/// "said on Saturday that", "said in a statement that", "said last week".
pub fn skip_adverbials(doc: &Document, mut i: usize, limit: usize) -> usize {
    loop {
        let start = i;
        if i < limit && lexicon::contains(TIME_WORDS, doc.low(i)) {
            i += 1;
        }
        if i < limit
            && matches!(
                doc.low(i),
                "in" | "on" | "at" | "during" | "last" | "this" | "late" | "early" | "earlier"
            )
        {
            // A short phrase: up to four words, ending at a time word or a noun like
            // "statement" or "interview".
            let mut k = i + 1;
            while k < limit && k - i <= 5 && !is_boundary_punct(doc.word(k)) && doc.low(k) != "that"
            {
                k += 1;
            }
            let tail = doc.low(k - 1);
            let ends_ok = lexicon::contains(TIME_WORDS, tail)
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
                || tail.chars().all(|c| c.is_ascii_digit());
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
            subject("Italian Prime Minister Giorgia Meloni, who was on the call with Trump, confirmed it", "confirmed"),
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
