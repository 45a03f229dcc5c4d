//! Punctuation that bounds a phrase, and the asides it sets off: "Meloni, who was on the
//! call, confirmed", "Murphy — after a pause — told", "Isakson (R-Ga.) said".
//!
//! An aside is found by its delimiters alone, with no parse of what is inside: a comma or
//! dash that may open it, a short quoted title that belongs to it, a comma that only parts
//! a place from its state. The other questions step over what this file finds.

use crate::analysis::lexicon;
use crate::analysis::order;
use crate::analysis::text::{Document, TokenKind};
use std::ops::Range;

/// An aside longer than this is not one.
pub(super) const MAX_ASIDE: usize = 30;

/// Punctuation that no phrase runs across: a comma, a bracket, a quotation mark, a dash,
/// an end of sentence. A lone hyphen is none: it joins words more often than it parts them.
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
            | "’’"
            | "‘‘"
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

/// An em or en dash, or two hyphens for one.
pub fn is_dash(word: &str) -> bool {
    matches!(word, "—" | "–" | "--")
}

/// A dash, or a lone hyphen standing in for one ("HEADING - Frank Newport:").
pub fn is_dash_or_hyphen(word: &str) -> bool {
    is_dash(word) || word == "-"
}

/// A dash setting off an aside, or a hyphen with spaces around it standing in for one
/// (`Laah Chong-gyu, director of Korea Development Bank - one of its creditors - said`).
pub(super) fn is_aside_dash(doc: &Document, k: usize) -> bool {
    let spaced = || {
        k > 0
            && k + 1 < doc.tokens.len()
            && doc.tokens[k - 1].end < doc.tokens[k].start
            && doc.tokens[k].end < doc.tokens[k + 1].start
    };
    is_dash(doc.word(k)) || (doc.word(k) == "-" && spaced())
}

/// Words that may start an apposition or relative clause set off by commas.
pub(super) fn opens_aside(doc: &Document, i: usize) -> bool {
    let w = doc.low(i);
    let opener = matches!(
        w,
        "who"
            | "whose"
            | "which"
            | "whom"
            | "one"
            | "speaking"
            | "citing"
            | "in"
            | "on"
            | "at"
            | "for"
            | "after"
            | "while"
            | "like"
    );
    opener
        || lexicon::ARTICLES.contains(&w)
        || lexicon::REFLEXIVES.contains(&w)
        || lexicon::POSSESSIVES.contains(&w)
        || doc.tokens[i].kind == TokenKind::Number
        || lexicon::TITLES.contains(w)
}

/// The delimiters of the same kind that may open the aside closed at `close`, nearest first.
pub(super) fn aside_openings(doc: &Document, close: usize, floor: usize) -> Vec<usize> {
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
        if matches!(w, ";" | ":" | "\"" | "“" | "”" | "''" | "’’" | "!" | "?") {
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
pub(super) fn quoted_title_before(doc: &Document, end: usize, floor: usize) -> Option<usize> {
    let close = end.checked_sub(1).filter(|&c| c > floor)?;
    if !matches!(doc.word(close), "\"" | "”" | "''" | "’’") {
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

/// Whether the apostrophe at `k` closes a plural possessive ("the Musicians' Union"):
/// it touches an "s" on its left and a space on its right.
pub(super) fn is_plural_possessive(doc: &Document, k: usize) -> bool {
    matches!(doc.word(k), "'" | "’")
        && k > 0
        && doc.tokens[k - 1].end == doc.tokens[k].start
        && doc.low(k - 1).ends_with('s')
        && doc
            .tokens
            .get(k + 1)
            .is_some_and(|n| n.start > doc.tokens[k].end)
}

#[cfg(test)]
mod tests {
    use super::super::token;
    use super::*;

    #[test]
    fn a_boundary_is_punctuation_but_no_hyphen() {
        assert!(is_boundary_punct(","));
        assert!(is_boundary_punct("—"));
        assert!(!is_boundary_punct("-"));
        assert!(is_dash_or_hyphen("-") && !is_dash("-"));
    }

    #[test]
    fn a_hyphen_with_spaces_around_it_sets_off_an_aside() {
        let doc = Document::new("Ruiz - one of its lenders -said");
        assert!(is_aside_dash(&doc, 1));
        assert!(!is_aside_dash(&doc, 6), "{:?}", doc.word(6));
    }

    #[test]
    fn a_relative_clause_opening_comes_first() {
        let doc = Document::new("Mr. Slinker, whose start-up, Paradata, uses it, said");
        let close = token(&doc, "said") - 1;
        let openings = aside_openings(&doc, close, 0);
        assert_eq!(doc.word(openings[0] + 1), "whose", "{openings:?}");
        assert_eq!(openings.len(), 3);
    }

    #[test]
    fn a_comma_before_a_state_opens_no_aside() {
        let doc = Document::new("Jo Hale, who retired in Albany, N.Y., said");
        let close = token(&doc, "said") - 1;
        let openings = aside_openings(&doc, close, 0);
        let words: Vec<&str> = openings.iter().map(|&k| doc.word(k + 1)).collect();
        assert_eq!(words, ["who"]);
    }

    #[test]
    fn a_title_in_quotes_belongs_to_the_aside() {
        let doc = Document::new("Hemsley, the co-author of \"Going Viral,\" about it, said");
        let close = token(&doc, "said") - 1;
        let openings = aside_openings(&doc, close, 0);
        assert_eq!(openings, [1], "the comma inside the title opens nothing");
    }

    #[test]
    fn a_run_of_capitals_and_points_is_a_name() {
        let doc = Document::new("Oscar P. Quintero of N.Y. and the city");
        assert!(is_name_run(&doc, 0..3));
        assert!(!is_name_run(&doc, 0..5));
    }

    #[test]
    fn a_title_counts_its_capitalized_words() {
        let doc = Document::new("The Art of the Deal and the art of war");
        assert_eq!(title_case_words(&doc, 0..5), Some(2));
        assert_eq!(title_case_words(&doc, 6..10), None);
    }

    #[test]
    fn a_short_quoted_title_closing_here() {
        let doc = Document::new("the authors of the \"Growth and Opportunity Project\" wrote");
        let open = quoted_title_before(&doc, token(&doc, "wrote"), 0);
        assert_eq!(open, Some(4));
        let doc = Document::new("he said \"we will not go along with that at all\" today");
        assert_eq!(quoted_title_before(&doc, token(&doc, "today"), 0), None);
    }

    #[test]
    fn an_apostrophe_after_an_s_closes_a_plural_possessive() {
        let doc = Document::new("the Musicians' Union and 'hello'");
        assert!(is_plural_possessive(&doc, 2));
        let last = doc.tokens.len() - 1;
        assert!(!is_plural_possessive(&doc, last));
    }

    #[test]
    fn an_aside_opens_with_a_relative_an_article_or_a_title() {
        let doc = Document::new("Ruiz who said a 34 Senator and voted");
        for w in ["who", "a", "34", "Senator"] {
            assert!(opens_aside(&doc, token(&doc, w)), "{w}");
        }
        for w in ["Ruiz", "said", "and", "voted"] {
            assert!(!opens_aside(&doc, token(&doc, w)), "{w}");
        }
    }
}
