//! Whether quoted words are speech at all, or a title, a name or a scare quote.
//!
//! News quotes more than speech: book titles, slogans, nicknames, a word held at arm's
//! length. Those are no statement, so a quote no cue tags must read like a spoken
//! sentence to count, and title case or a word that names a title ("dubbed", "the book")
//! says it is none.

use super::cued::{word_count, DIRECT_MIN_WORDS};
use crate::analysis::phrases;
use crate::analysis::quotes::QuotedSpan;
use crate::analysis::text::{Document, TokenKind};

/// Book and film titles, slogans and nicknames: title case, or named as such; and a
/// short phrase mentioned as a word ("the word \"tremendous\"").
pub(super) fn is_title_or_name(doc: &Document, q: &QuotedSpan) -> bool {
    // As written: "by Paul Song \"…\"" names no song.
    let before = if q.open > 0 { doc.word(q.open - 1) } else { "" };
    let named = matches!(
        before,
        "so-called"
            | "dubbed"
            | "titled"
            | "entitled"
            | "named"
            | "nicknamed"
            | "headlined"
            | "slogan"
            | "hashtag"
            | "book"
            | "film"
            | "movie"
            | "song"
            | "album"
            | "show"
            | "series"
    );
    let mentioned = matches!(before, "word" | "term" | "phrase")
        && word_count(doc, q.inner.clone()) < DIRECT_MIN_WORDS;
    if named || mentioned {
        return true;
    }
    // A web address is not speech either.
    let text = doc.slice(q.inner.clone());
    if text.contains("://") || text.starts_with("www.") {
        return true;
    }
    // "IMMIGRANTS FOR TRUMP! JOIN THE TRAIN!": a shouted sentence, not a title.
    let shouted = matches!(doc.word(q.inner.end - 1), "!" | "." | "?")
        && q.inner.clone().all(|i| {
            doc.tokens[i].kind != TokenKind::Word || !doc.word(i).chars().any(char::is_lowercase)
        });
    // A headline capitalizes every word, so a sentence quoted in one is speech:
    // `Kasich: ‘We Are Going All The Way.’`
    let headline_sentence = matches!(doc.word(q.inner.end - 1), "!" | "." | "?")
        && doc.paragraphs[doc.paragraph_of(q.open)].headline;
    !shouted
        && !headline_sentence
        && phrases::title_case_words(doc, q.inner.clone()).is_some_and(|n| (2..=12).contains(&n))
}

/// A direct quote with no speaker counts only if it reads like a spoken sentence.
pub(super) fn reads_like_speech(doc: &Document, q: &QuotedSpan) -> bool {
    if is_title_or_name(doc, q) {
        return false;
    }
    let last = doc.word(q.inner.end - 1);
    let sentence_end = matches!(last, "." | "!" | "?" | "," | "…");
    let first_person = q
        .inner
        .clone()
        .any(|i| matches!(doc.low(i), "i" | "we" | "my" | "our" | "me" | "us" | "you"));
    sentence_end && (first_person || word_count(doc, q.inner.clone()) >= 8)
}

#[cfg(test)]
mod tests {
    use super::super::statements;

    #[test]
    fn titles_and_names_in_quotes_are_no_speech() {
        assert!(statements("She read the book \"The Art of the Long Game\" twice.").is_empty());
        assert!(statements("He was nicknamed \"the Bulldozer\" at school.").is_empty());
    }

    #[test]
    fn an_unattributed_sentence_in_the_first_person_is_speech() {
        let found = statements("\"I have never seen the harbour this empty.\"");
        assert_eq!(found.len(), 1);
        let found = statements("The sign said nothing. \"Closed for works.\"");
        assert!(
            found.iter().all(|(c, _)| c != "Closed for works."),
            "{found:?}"
        );
    }
}
