//! Sentence boundaries inside a paragraph.
//!
//! A sentence ends at ".", "!", "?" or "…" (with any closing quotation marks or brackets
//! that follow) when the next token could start a sentence. "?\" he asked" is therefore one
//! sentence, as is "\"Yes,\" she said." Abbreviations carry their period inside the token, so
//! "Mr. Smith" never splits; "U.S." ends a sentence only before a word that usually starts one.

use super::tokens::{Token, TokenKind};
use std::ops::Range;

/// Words that begin sentences far more often than they follow "U.S." inside one.
#[rustfmt::skip]
const SENTENCE_STARTERS: &[&str] = &[
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "And", "In", "This", "That",
    "There", "Its", "His", "Her", "Their", "Our", "As", "At", "On", "For", "If", "When",
    "While", "After", "Before", "Some", "Many", "Most", "Officials", "So", "Yet", "Still",
    "Meanwhile",
];

const CLOSERS: &[&str] = &["\"", "”", "''", "’", "'", "»", ")", "]", "}"];

/// Past this many tokens without an end, a "sentence" is a list, a table or noise, and is
/// cut: every later stage scans within sentences, so this keeps them linear in the text.
const MAX_SENTENCE: usize = 300;

/// Splits the tokens `range` (one paragraph) into sentence ranges.
pub fn split(text: &str, tokens: &[Token], range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = range.start;
    let mut i = range.start;
    while i < range.end {
        if i - start >= MAX_SENTENCE {
            out.push(start..i);
            start = i;
        }
        let t = &tokens[i];
        let s = &text[t.start..t.end];
        let terminal = match t.kind {
            TokenKind::Punct => {
                matches!(s, "." | "!" | "?" | "…" | "...") || (s.starts_with('.') && s.len() >= 3)
            }
            TokenKind::Word => s.len() > 2 && s.ends_with('.') && s[..s.len() - 1].contains('.'),
            TokenKind::Number => false,
        };
        if !terminal {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        // Closing marks touch what they close; a mark after a space opens the next sentence.
        while end < range.end
            && tokens[end].start == tokens[end - 1].end
            && CLOSERS.contains(&token_text(text, &tokens[end]))
        {
            end += 1;
        }
        let breaks = match tokens.get(end).filter(|_| end < range.end) {
            None => true,
            Some(next) => {
                let n = token_text(text, next);
                if t.kind == TokenKind::Word {
                    // "U.S." and the like: only before a typical sentence opener.
                    SENTENCE_STARTERS.contains(&n)
                } else {
                    starts_sentence(n)
                }
            }
        };
        if breaks {
            out.push(start..end);
            start = end;
        }
        i = end;
    }
    if start < range.end {
        out.push(start..range.end);
    }
    out
}

fn token_text<'a>(text: &'a str, t: &Token) -> &'a str {
    &text[t.start..t.end]
}

fn starts_sentence(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(|c| {
        c.is_uppercase()
            || c.is_ascii_digit()
            || matches!(
                c,
                '"' | '“' | '‘' | '\'' | '«' | '„' | '(' | '[' | '—' | '-'
            )
            // "eBay", "iPhone": a name that keeps its small first letter.
            || c.is_lowercase() && chars.next().is_some_and(char::is_uppercase)
    })
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn sentences(text: &str) -> Vec<String> {
        let tokens = tokenize(text);
        split(text, &tokens, 0..tokens.len())
            .into_iter()
            .map(|r| text[tokens[r.start].start..tokens[r.end - 1].end].to_string())
            .collect()
    }

    #[test]
    fn splits_after_quotes_and_keeps_speech_tags() {
        assert_eq!(
            sentences(
                "\"Will it work?\" he asked. \"No.\" Mr. Lee left the U.S. on Monday. The end"
            ),
            [
                "\"Will it work?\" he asked.",
                "\"No.\"",
                "Mr. Lee left the U.S. on Monday.",
                "The end"
            ]
        );
    }

    #[test]
    fn a_run_without_an_end_is_cut() {
        let text = "said ".repeat(1000);
        let cut = sentences(&text);
        assert_eq!(cut.len(), 4);
        assert!(cut
            .iter()
            .all(|s| s.split_whitespace().count() <= MAX_SENTENCE));
    }

    #[test]
    fn a_name_with_a_small_first_letter_starts_a_sentence() {
        assert_eq!(
            sentences("Sales were up. eBay said it would act. It was 5 p.m. on Friday."),
            [
                "Sales were up.",
                "eBay said it would act.",
                "It was 5 p.m. on Friday."
            ]
        );
    }

    #[test]
    fn abbreviation_at_the_end_of_a_sentence() {
        assert_eq!(
            sentences("He flew to the U.S. The talks failed."),
            ["He flew to the U.S.", "The talks failed."]
        );
    }
}
