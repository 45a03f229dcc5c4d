//! "The World Trade Organisation (WTO) … the WTO said": an abbreviation defined in
//! brackets after a name is that kind of name all through the article.

use super::super::model::EntityLabel;
use super::super::text::Document;
use super::context::DocContext;
use super::spans::{add_words, EntitySpan};
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

/// "The World Trade Organisation (WTO) … the WTO said": an abbreviation defined in
/// brackets after a name, of its capitalized words' initials, is that kind of name all
/// through the article, whatever the model made of it alone (a place, or nothing).
pub(super) fn name_abbreviations(doc: &Document, ctx: &DocContext, spans: &mut Vec<EntitySpan>) {
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

#[cfg(test)]
mod tests {
    use super::super::tests::names_an_organization;
    use super::*;

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
    fn an_abbreviation_is_the_initials_of_the_capitalized_words() {
        let doc = Document::new("World Trade Organisation and the Bank of England");
        assert!(abbreviates("WTO", &doc, &(0..3)));
        assert!(abbreviates("BE", &doc, &(5..8)));
        assert!(!abbreviates("WT", &doc, &(0..3)) && !abbreviates("wto", &doc, &(0..3)));
    }
}
