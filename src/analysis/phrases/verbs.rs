//! Where a verb is, without a tagger: a listed form, a verb of saying in a form no noun
//! shares, or a lower-case "-ed" word no determiner makes an adjective.
//!
//! Every other question here asks it, to know where a subject ends and a clause begins.
//! It errs towards nouns ("reports", "claims"), since taking a noun for a verb cuts a
//! source phrase short.

use crate::analysis::cues;
use crate::analysis::lexicon;
use crate::analysis::text::{Document, TokenKind};
use std::ops::Range;

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
    let cue_form = cues::verb(w).is_some_and(|(_, lemma)| {
        lemma != w && (w == "says" || !w.ends_with('s') || names_then_clause())
    });
    if lexicon::VERB_FORMS.contains(w) || cue_form {
        return true;
    }
    let after_determiner = i > 0 && lexicon::DETERMINERS.contains(doc.low(i - 1));
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

#[cfg(test)]
mod tests {
    use super::super::token;
    use super::*;

    fn verbish(text: &str, word: &str) -> bool {
        let doc = Document::new(text);
        is_verbish(&doc, token(&doc, word))
    }

    #[test]
    fn a_listed_form_or_a_past_of_saying_is_a_verb() {
        assert!(verbish("the board met on Monday", "met"));
        assert!(verbish("the mayor said no", "said"));
        assert!(!verbish("the reports were wrong", "reports"));
    }

    #[test]
    fn an_s_form_of_saying_is_a_verb_after_a_name_before_its_clause() {
        assert!(verbish("Napster claims the price is fair", "claims"));
        assert!(!verbish("the claims of fraud", "claims"));
        assert!(verbish("the mayor says it is fair", "says"));
    }

    #[test]
    fn an_ed_word_after_a_determiner_is_an_adjective() {
        assert!(verbish("the plan collapsed in May", "collapsed"));
        assert!(!verbish("a retired general spoke", "retired"));
        assert!(!verbish("Mr Reed spoke", "Reed"));
    }

    #[test]
    fn a_clause_opens_with_a_pronoun_or_has_a_verb_soon() {
        let doc = Document::new("they need money . the city would cover half . his running mate");
        assert!(is_clause(&doc, &(0..3)));
        assert!(is_clause(&doc, &(4..9)));
        assert!(!is_clause(&doc, &(10..13)));
        assert!(!is_clause(&doc, &(3..3)));
    }
}
