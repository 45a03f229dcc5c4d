//! The subject before a verb: "Meloni confirmed", "Hugh Hill, a doctor, said", "Italy's
//! premier and a diplomatic source said".
//!
//! The subject is what lies between the verb and the nearest clause boundary to its left,
//! once adverbs, auxiliaries and short time phrases are stepped over, and asides too.
//! Coordinated subjects come back as several phrases, because each is a source.

use super::asides::{aside_openings, is_aside_dash, is_boundary_punct, is_name_run};
use super::noun_phrase::{antecedent, names_someone, phrase_ending_at, MAX_SUBJECT};
use super::verbs::is_verbish;
use crate::analysis::lexicon::{self, TIME_WORDS, VERB_MODIFIERS};
use crate::analysis::text::{Document, TokenKind};
use std::ops::Range;

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

/// Steps left over adverbs, auxiliaries and short time phrases that sit before a verb
/// ("has also said", "has in the past described", "on Monday said").
fn skip_verb_modifiers(doc: &Document, mut end: usize, floor: usize) -> usize {
    while end > floor {
        let w = doc.low(end - 1);
        // "also", "reportedly"; but "a rally" and "the family" are nouns.
        let determined = end >= floor + 2 && lexicon::ARTICLES.contains(&doc.low(end - 2));
        let adverb = lexicon::is_ly_adverb(w) && !doc.is_capitalized(end - 1) && !determined;
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
pub(super) fn time_phrase_opener(doc: &Document, end: usize, floor: usize) -> Option<usize> {
    (end.saturating_sub(4).max(floor)..end - 1)
        .rev()
        .find(|&k| lexicon::TIME_OPENERS.contains(&doc.low(k)) || doc.low(k) == "earlier")
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
        && !lexicon::is_pronoun(first)
        && !lexicon::DEFINITE.contains(first)
        && !lexicon::INDEFINITE.contains(first)
        && !lexicon::POSSESSIVES.contains(&first)
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
                    && (lexicon::ARTICLES.contains(&doc.word(np.start))
                        || (!doc.is_capitalized(np.start)
                            && lexicon::TITLES.contains(doc.low(np.start))));
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

#[cfg(test)]
mod tests {
    use super::super::token;
    use super::*;

    fn subject(text: &str, verb: &str) -> Vec<String> {
        let doc = Document::new(text);
        subject_before(&doc, token(&doc, verb), 0)
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
    fn a_bare_noun_after_and_goes_on_describing_one_person() {
        assert_eq!(
            subject(
                "The influential delegate and conservative activist warned them",
                "warned"
            ),
            ["The influential delegate and conservative activist"]
        );
    }

    #[test]
    fn a_clause_before_and_is_no_second_source() {
        assert_eq!(
            subject("The company collapsed and prosecutors claim it", "claim"),
            ["prosecutors"]
        );
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
    fn adverbs_auxiliaries_and_times_before_the_verb_are_stepped_over() {
        assert_eq!(subject("She has also said it", "said"), ["She"]);
        assert_eq!(
            subject("Donald Trump on Monday said it", "said"),
            ["Donald Trump"]
        );
        assert_eq!(
            subject("Sanders during a rally thanked them", "thanked"),
            ["Sanders"]
        );
        assert_eq!(
            subject("The mayor has in the past described it", "described"),
            ["The mayor"]
        );
    }

    #[test]
    fn a_restrictive_who_names_the_subject() {
        assert_eq!(
            subject(
                "a White House official who spoke anonymously to discuss strategy said",
                "said"
            ),
            ["a White House official"]
        );
    }

    #[test]
    fn subjects_behind_asides() {
        assert_eq!(
            subject("Sen. Jo Isakson (R-Ga.) said so", "said"),
            ["Sen. Jo Isakson"]
        );
        assert_eq!(
            subject("Gov. John Kasich (R-OH), said so", "said"),
            ["Gov. John Kasich"]
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
    fn a_name_between_commas_after_a_description() {
        assert_eq!(
            subject(
                "another fraternity brother, Stuart Oltchick, recalled it",
                "recalled"
            ),
            ["Stuart Oltchick"]
        );
        assert_eq!(
            subject(
                "Gio Vian, the editor of the paper, L'Osservatore Romano, said it",
                "said"
            ),
            ["Gio Vian"]
        );
    }
}
