//! The first stage of the pipeline: paragraphs, sentences and tokens, with offsets.
//!
//! Every later stage works on token indices into one [`Document`], and only turns them back
//! into byte offsets when it writes the [`Analysis`](super::Analysis). A paragraph is a run
//! of non-blank lines' text up to any line break: news copy pasted from the web uses both
//! blank lines and single line breaks between paragraphs, and a quotation mark left open at
//! the end of one is how a quote runs on into the next.

pub mod sentences;
pub mod tokens;

use std::ops::Range;
pub use tokens::{Token, TokenKind};

/// A paragraph: its token range and its sentences.
#[derive(Clone, Debug)]
pub struct Paragraph {
    pub start: usize,
    pub end: usize,
    pub tokens: Range<usize>,
    pub sentences: Range<usize>,
    /// Written in title case ("Meloni Backs Plan For Ukraine"): its capitals say nothing
    /// about names, and its verbs are capitalized.
    pub headline: bool,
}

#[derive(Clone, Debug)]
pub struct Sentence {
    pub tokens: Range<usize>,
    pub paragraph: usize,
}

pub struct Document<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    /// Every token's text in lower case, with curly apostrophes made straight, end to end;
    /// `lower_at` says where each token's is.
    lower: String,
    lower_at: Vec<(u32, u32)>,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    /// The sentence of each token.
    pub sentence_of: Vec<usize>,
}

impl<'a> Document<'a> {
    pub fn new(text: &'a str) -> Document<'a> {
        let mut tokens = Vec::new();
        let mut paragraphs = Vec::new();
        let mut sentences = Vec::new();
        for (start, end) in paragraph_bounds(text) {
            let first = tokens.len();
            tokens.extend(
                tokens::tokenize(&text[start..end])
                    .into_iter()
                    .map(|t| Token {
                        start: t.start + start,
                        end: t.end + start,
                        kind: t.kind,
                    }),
            );
            if tokens.len() == first {
                continue;
            }
            let first_sentence = sentences.len();
            for range in sentences::split(text, &tokens, first..tokens.len()) {
                sentences.push(Sentence {
                    tokens: range,
                    paragraph: paragraphs.len(),
                });
            }
            paragraphs.push(Paragraph {
                start,
                end,
                tokens: first..tokens.len(),
                sentences: first_sentence..sentences.len(),
                headline: is_title_case(text, &tokens[first..]),
            });
        }
        let mut sentence_of = vec![0; tokens.len()];
        for (s, sentence) in sentences.iter().enumerate() {
            for i in sentence.tokens.clone() {
                sentence_of[i] = s;
            }
        }
        let mut lower = String::with_capacity(text.len());
        let mut lower_at = Vec::with_capacity(tokens.len());
        for t in &tokens {
            let start = lower.len() as u32;
            let word = &text[t.start..t.end];
            if word.is_ascii() {
                // Most words, without the Unicode case tables.
                lower.push_str(word);
                lower[start as usize..].make_ascii_lowercase();
            } else {
                for c in word.chars() {
                    if c == '’' {
                        lower.push('\'');
                    } else {
                        lower.extend(c.to_lowercase());
                    }
                }
            }
            lower_at.push((start, lower.len() as u32));
        }
        Document {
            text,
            tokens,
            lower,
            lower_at,
            paragraphs,
            sentences,
            sentence_of,
        }
    }

    /// The text of token `i`.
    pub fn word(&self, i: usize) -> &'a str {
        let t = &self.tokens[i];
        &self.text[t.start..t.end]
    }

    /// The lower-cased text of token `i`.
    pub fn low(&self, i: usize) -> &str {
        let (start, end) = self.lower_at[i];
        &self.lower[start as usize..end as usize]
    }

    /// The bytes covered by tokens `range` (which must not be empty).
    pub fn bytes(&self, range: Range<usize>) -> Range<usize> {
        self.tokens[range.start].start..self.tokens[range.end - 1].end
    }

    /// The text of tokens `range`.
    pub fn slice(&self, range: Range<usize>) -> &'a str {
        if range.is_empty() {
            return "";
        }
        let b = self.bytes(range);
        &self.text[b]
    }

    pub fn is_capitalized(&self, i: usize) -> bool {
        // Asked of every token several times over: an ASCII first byte needs no decoding.
        match self.text.as_bytes().get(self.tokens[i].start) {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => self.word(i).chars().next().is_some_and(char::is_uppercase),
        }
    }

    /// The paragraph of token `i`.
    pub fn paragraph_of(&self, i: usize) -> usize {
        self.sentences[self.sentence_of[i]].paragraph
    }

    /// Whether token `i` opens its sentence, where capitals say nothing of names.
    pub fn opens_sentence(&self, i: usize) -> bool {
        self.sentences[self.sentence_of[i]].tokens.start == i
    }

    /// Whether token `i` is capitalized inside its sentence, and so part of a name:
    /// "Theresa May said", "George Will urged", not the modals.
    pub fn is_name_word(&self, i: usize) -> bool {
        // "(That said, …": a bracket or an opening mark starts a sentence of its own.
        self.is_capitalized(i)
            && !self.opens_sentence(i)
            && (i == 0 || !matches!(self.word(i - 1), "(" | "[" | "“" | "‘"))
    }
}

/// Headlines capitalize nearly every longer word and rarely end with a period.
fn is_title_case(text: &str, tokens: &[Token]) -> bool {
    let word = |t: &Token| &text[t.start..t.end];
    if tokens.last().is_none_or(|t| word(t) == ".") {
        return false;
    }
    let long: Vec<&str> = tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word && t.end - t.start > 3)
        .map(word)
        .collect();
    let capitalized = long
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    long.len() >= 3 && capitalized * 10 >= long.len() * 8
}

/// Byte ranges of the non-blank lines of `text`, trimmed of surrounding spaces.
fn paragraph_bounds(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut push = |start: usize, end: usize| {
        let line = &text[start..end];
        let trimmed = line.trim_start();
        let s = start + (line.len() - trimmed.len());
        let e = s + trimmed.trim_end().len();
        if s < e {
            out.push((s, e));
        }
    };
    for (i, c) in text.char_indices() {
        if matches!(
            c,
            '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{0B}' | '\u{0C}' | '\u{85}'
        ) {
            push(line_start, i);
            line_start = i + c.len_utf8();
        }
    }
    push(line_start, text.len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_on_blank_and_single_line_breaks() {
        let text = "One. Two.\n\nThree\r\nFour.\n   \n Five ";
        let doc = Document::new(text);
        let paras: Vec<&str> = doc
            .paragraphs
            .iter()
            .map(|p| &text[p.start..p.end])
            .collect();
        assert_eq!(paras, ["One. Two.", "Three", "Four.", "Five"]);
        assert_eq!(doc.sentences.len(), 5);
        assert_eq!(doc.paragraph_of(doc.tokens.len() - 1), 3);
    }

    #[test]
    fn empty_and_blank_text() {
        assert!(Document::new("").tokens.is_empty());
        assert!(Document::new(" \n\n\t").paragraphs.is_empty());
    }
}
