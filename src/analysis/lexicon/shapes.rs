//! What a word's shape says of it: a plural, its singular, an adverb in -ly, a form in
//! -ing, a quantity. Tests, not lists: the classes are open.

use super::grammar::QUANTIFIERS;
use crate::analysis::text::Document;

/// Whether a lower-case noun is plural: "sources", "people"; not "boss", "actress",
/// "analysis" or "news".
pub fn is_plural(noun: &str) -> bool {
    noun == "people"
        || noun.len() > 3
            && noun.ends_with('s')
            && !noun.ends_with("ss")
            && !noun.ends_with("is")
            && noun != "news"
}

/// A noun in the singular: "sources" is "source", "witnesses" "witness", "companies"
/// "company"; "actress" and "people" stay as they are.
pub fn singular(noun: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    if !is_plural(noun) || noun == "people" {
        Cow::Borrowed(noun)
    } else if noun.len() > 4 && noun.ends_with("ies") {
        Cow::Owned(format!("{}y", &noun[..noun.len() - 3]))
    } else if noun.ends_with("sses") || noun.ends_with("ches") || noun.ends_with("shes") {
        Cow::Borrowed(&noun[..noun.len() - 2])
    } else {
        Cow::Borrowed(&noun[..noun.len() - 1])
    }
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

/// Whether a lower-case word is a quantity that heads a phrase of people ("thousands of
/// people", "two-thirds of voters", "a majority of members").
pub fn is_quantity(w: &str) -> bool {
    QUANTIFIERS.contains(&w)
        || matches!(
            w,
            "thousands"
                | "hundreds"
                | "millions"
                | "dozens"
                | "scores"
                | "half"
                | "majority"
                | "minority"
                | "proportion"
                | "share"
                | "percent"
                | "number"
                | "none"
                | "each"
                | "one"
                | "two"
                | "three"
                | "rest"
                | "group"
                | "handful"
        )
        || w.ends_with("thirds")
        || w.ends_with("fourths")
        || w.ends_with("fifths")
        || w.ends_with('%')
        || w.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ly_adverb_is_long_enough() {
        assert!(is_ly_adverb("quietly") && is_ly_adverb("rally"));
        assert!(!is_ly_adverb("fly") && !is_ly_adverb("only"));
    }

    #[test]
    fn an_ing_form_is_lower_case_and_long_enough() {
        let doc = Document::new("Manning was saying it to sing");
        let forms: Vec<&str> = (0..doc.tokens.len())
            .filter(|&i| is_ing_form(&doc, i))
            .map(|i| doc.word(i))
            .collect();
        assert_eq!(forms, ["saying"]);
    }

    #[test]
    fn plurals_and_their_singulars() {
        assert!(is_plural("sources") && is_plural("people"));
        assert!(!is_plural("boss") && !is_plural("analysis") && !is_plural("news"));
        assert_eq!(singular("companies"), "company");
        assert_eq!(singular("witnesses"), "witness");
        assert_eq!(singular("actress"), "actress");
    }

    #[test]
    fn quantities_by_word_or_by_shape() {
        for w in ["most", "thousands", "two-thirds", "40%", "1200", "handful"] {
            assert!(is_quantity(w), "{w}");
        }
        assert!(!is_quantity("voters") && !is_quantity("other"));
    }
}
