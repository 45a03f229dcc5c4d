//! A person's name read in parts: the family name, and what gender the given name or a
//! title gives. The entity index, the registry and resolution all read names this way,
//! so it sits below them.

use crate::analysis::entities::gazetteer;
use crate::analysis::entities::EntitySpan;
use crate::analysis::model::Gender;
use crate::analysis::text::Document;
use std::ops::Range;

/// The family name in a person's name: its last word, not counting "Jr." or "III".
pub(super) fn surname<'d>(doc: &Document<'d>, name: &Range<usize>) -> &'d str {
    let last = name.end - 1;
    let suffix = matches!(
        doc.word(last),
        "Jr." | "Sr." | "Jr" | "Sr" | "II" | "III" | "IV"
    );
    doc.word(if suffix && last > name.start {
        last - 1
    } else {
        last
    })
}

/// Whether a name known to be of gender `known` may be the "he" or "she" of `pronoun`:
/// either is unknown, they agree, or the given name is used for both.
pub(super) fn gender_fits(pronoun: Option<Gender>, known: Option<Gender>) -> bool {
    match (pronoun, known) {
        (Some(p), Some(k)) => k == p || k == Gender::Either,
        _ => true,
    }
}

/// The gender of the given name that opens the full name `f`.
pub(super) fn given_gender(doc: &Document, f: &EntitySpan) -> Option<Gender> {
    gazetteer::get().person_gender(doc.word(f.tokens.start))
}

/// A full name opening a sentence with no known given name ("Maybe Trump said"): the
/// last choice for a family name alone.
pub(super) fn doubtful(doc: &Document, f: &EntitySpan) -> bool {
    doc.opens_sentence(f.tokens.start) && given_gender(doc, f).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::model::EntityLabel;

    #[test]
    fn the_family_name_is_the_last_word_but_a_suffix() {
        let doc = Document::new("Martin Luther King Jr. and Ann Ruiz");
        assert_eq!(surname(&doc, &(0..4)), "King");
        assert_eq!(surname(&doc, &(5..7)), "Ruiz");
    }

    #[test]
    fn genders_fit_unless_both_known_and_different() {
        use Gender::*;
        assert!(gender_fits(Some(Male), None) && gender_fits(None, Some(Female)));
        assert!(gender_fits(Some(Female), Some(Either)));
        assert!(!gender_fits(Some(Female), Some(Male)));
    }

    #[test]
    fn a_name_opening_a_sentence_without_a_known_given_name_is_doubtful() {
        let doc = Document::new("Maybe Trump said so. Then Donald Trump spoke.");
        let span = |r: Range<usize>| EntitySpan {
            tokens: r,
            label: EntityLabel::Person,
        };
        assert!(doubtful(&doc, &span(0..2)));
        let donald = (0..doc.tokens.len())
            .find(|&i| doc.word(i) == "Donald")
            .unwrap();
        assert!(!doubtful(&doc, &span(donald..donald + 2)));
    }
}
