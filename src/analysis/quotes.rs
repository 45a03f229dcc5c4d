//! Quotation marks, paired into quoted spans.
//!
//! Straight marks are ambiguous, so each mark gets a role from what touches it: a mark
//! with a space before and a letter after opens, the reverse closes, and anything unclear
//! takes the role that fits the current state. Pairing restarts at every paragraph, which
//! is what keeps a stray or missing mark from flipping every quote after it. A quote left
//! open at a paragraph's end runs on into the next paragraph when that one begins with an
//! opening mark (the newspaper convention); otherwise it ends with its paragraph.
//!
//! An article quotes either with double marks (nesting single ones) or, in British style,
//! with single marks (nesting double ones); whichever opens more quotes is taken as the
//! outer kind, and marks of the other kind stay inside the quotes as text.

use super::text::{Document, TokenKind};
use std::ops::Range;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuotedSpan {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark, if the quote closes in its paragraph.
    pub close: Option<usize>,
    /// The tokens between the marks.
    pub inner: Range<usize>,
    /// The quote goes on in the next paragraph.
    pub continues: bool,
    /// The quote goes on from the previous paragraph.
    pub continued: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    Double,
    Single,
}

/// Finds the quoted spans of `doc`, in reading order.
pub fn find(doc: &Document) -> Vec<QuotedSpan> {
    let article_style = detect_style(doc);
    let styles: Vec<Style> = doc
        .paragraphs
        .iter()
        .map(|p| paragraph_style(doc, p.tokens.clone(), article_style))
        .collect();
    let mut out: Vec<QuotedSpan> = Vec::new();
    let mut carried = false;
    for (p, para) in doc.paragraphs.iter().enumerate() {
        let style = styles[p];
        let mut open: Option<usize> = None;
        // Whether the next quote goes on from the one before it.
        let mut continued = carried;
        for i in para.tokens.clone() {
            let Some(role) = role(doc, i, style) else {
                continue;
            };
            match (role, open) {
                // `… our 10m line. "It's very frustrating.`: paragraphs of one quote run
                // together, each still opening with a mark. The open quote ends at its
                // last sentence, and the new one goes on from it. A mark of another kind
                // is nested (`"… world. “They haven’t …,” he quoted …"`).
                (Role::Open, Some(o))
                    if doc.word(o) == doc.word(i) && ends_sentence_before(doc, i) =>
                {
                    if push(&mut out, o, None, i, continued) {
                        out.last_mut().expect("just pushed").continues = true;
                        continued = true;
                    }
                    open = Some(i);
                }
                (Role::Open, _) | (Role::Either, None) => open = Some(i),
                (Role::Close | Role::Either, Some(o)) => {
                    push(&mut out, o, Some(i), i, continued);
                    continued = false;
                    open = None;
                }
                (Role::Close, None) => {}
            }
        }
        let carries_on = open.is_some()
            && doc.paragraphs.get(p + 1).is_some_and(|next| {
                matches!(
                    role(doc, next.tokens.start, styles[p + 1]),
                    Some(Role::Open | Role::Either)
                )
            });
        if let Some(o) = open {
            let end = para.tokens.end;
            if push(&mut out, o, None, end, continued) {
                out.last_mut().expect("just pushed").continues = carries_on;
            }
        }
        carried = carries_on;
    }
    out
}

/// For each token of `doc`, whether it lies inside the quotation marks of `quotes`, marks
/// included.
pub fn inside(doc: &Document, quotes: &[QuotedSpan]) -> Vec<bool> {
    let mut inside = vec![false; doc.tokens.len()];
    for q in quotes {
        inside[q.open..q.close.map_or(q.inner.end, |c| c + 1)].fill(true);
    }
    inside
}

/// Whether mark `i` follows the end of a sentence: ". ", "? " or "! " before it.
fn ends_sentence_before(doc: &Document, i: usize) -> bool {
    i > 0
        && doc.tokens[i - 1].end < doc.tokens[i].start
        && matches!(doc.word(i - 1), "." | "?" | "!" | "…")
}

/// Records the quote from mark `open` to token `end`, unless it is empty.
fn push(
    out: &mut Vec<QuotedSpan>,
    open: usize,
    close: Option<usize>,
    end: usize,
    continued: bool,
) -> bool {
    let inner = open + 1..end;
    if inner.is_empty() {
        return false;
    }
    out.push(QuotedSpan {
        open,
        close,
        inner,
        continues: false,
        continued,
    });
    true
}

fn detect_style(doc: &Document) -> Style {
    let mut doubles = 0usize;
    let mut single_opens = 0usize;
    for para in &doc.paragraphs {
        // Single marks inside double ones are nested quotes, and say the article quotes
        // with double marks (`“He said, ‘Hi, this is Bill.’” she said`).
        let mut in_double = false;
        for i in para.tokens.clone() {
            match doc.word(i) {
                "\"" | "''" => {
                    doubles += 1;
                    in_double = !in_double;
                }
                "``" => {
                    doubles += 1;
                    in_double = true;
                }
                "“" | "„" | "«" | "‟" => {
                    doubles += 1;
                    in_double = true;
                }
                "”" | "»" => {
                    doubles += 1;
                    in_double = false;
                }
                "‘" | "'"
                    if !in_double && flanks(doc, i) == (true, false) && !is_elision(doc, i) =>
                {
                    single_opens += 1
                }
                _ => {}
            }
        }
    }
    if single_opens * 2 > doubles {
        Style::Single
    } else {
        Style::Double
    }
}

/// In an article quoting with double marks, a paragraph with single marks only quotes
/// with those, when they pair up: a headline over the article (`Kasich: ‘We Are Going All
/// The Way.’`). Unpaired, they are more likely apostrophes (`In 't Veld`). Not the other
/// way: in British style, a paragraph's lone double marks are mostly scare quotes.
fn paragraph_style(doc: &Document, para: Range<usize>, article: Style) -> Style {
    if article == Style::Single {
        return article;
    }
    let (mut opens, mut closes) = (0, 0);
    for i in para {
        if role(doc, i, Style::Double).is_some() {
            return article;
        }
        match role(doc, i, Style::Single) {
            Some(Role::Open) => opens += 1,
            Some(Role::Close) => closes += 1,
            _ => {}
        }
    }
    if opens > 0 && opens == closes {
        Style::Single
    } else {
        article
    }
}

/// (left-flanking, right-flanking): whether the mark touches a word on its right, on its left.
fn flanks(doc: &Document, i: usize) -> (bool, bool) {
    let t = &doc.tokens[i];
    let prev = doc.text[..t.start].chars().next_back();
    let next = doc.text[t.end..].chars().next();
    let opening_context = |c: char| c.is_whitespace() || "([{—–-/\"“‘'«„".contains(c);
    let closing_context = |c: char| c.is_whitespace() || ".,;:!?)]}—–-\"”’'»…".contains(c);
    let left = next.is_some_and(|c| !c.is_whitespace()) && prev.is_none_or(opening_context);
    let right = prev.is_some_and(|c| !c.is_whitespace()) && next.is_none_or(closing_context);
    (left, right)
}

fn neighbours(doc: &Document, i: usize) -> (Option<char>, Option<char>) {
    let t = &doc.tokens[i];
    (
        doc.text[..t.start].chars().next_back(),
        doc.text[t.end..].chars().next(),
    )
}

/// "'90s", "'em", "rock 'n' roll": an apostrophe where a word was shortened.
fn is_elision(doc: &Document, i: usize) -> bool {
    let Some(next) = doc.tokens.get(i + 1) else {
        return false;
    };
    if next.start != doc.tokens[i].end {
        return false;
    }
    let w = doc.low(i + 1);
    w.starts_with(|c: char| c.is_ascii_digit())
        || matches!(w, "em" | "til" | "cause" | "n" | "tis" | "twas")
}

fn role(doc: &Document, i: usize, style: Style) -> Option<Role> {
    // Every token passes here: only punctuation needs its surroundings read.
    if doc.tokens[i].kind != TokenKind::Punct {
        return None;
    }
    let word = doc.word(i);
    let (left, right) = flanks(doc, i);
    let (prev, next) = neighbours(doc, i);
    let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let by_flanking = || match (left, right) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        _ => Role::Either,
    };
    match (style, word) {
        (Style::Double, "``") => Some(Role::Open),
        // Two apostrophes, as some archives write a straight double mark.
        (Style::Double, "\"" | "''") => {
            // 5" is a length, not a quotation mark ("#Trump2016" is a word), unless
            // punctuation follows: `it "will rise toward 13,000", predicted …`.
            let after_number = i > 0
                && doc.tokens[i - 1].end == doc.tokens[i].start
                && doc.tokens[i - 1].kind == TokenKind::Number;
            let closes_clause = next.is_none_or(|c| ",.;:!?".contains(c));
            if after_number && !letter(next) && !closes_clause {
                return None;
            }
            // `datetime="2016-09-01">` in a pasted embed: markup's marks, not speech.
            if prev == Some('=') || next == Some('>') {
                return None;
            }
            Some(by_flanking())
        }
        (Style::Double, "“") | (Style::Double, "«") => Some(if !left && right {
            Role::Either
        } else {
            Role::Open
        }),
        (Style::Double, "”") | (Style::Double, "»") => Some(if left && !right {
            Role::Either
        } else {
            Role::Close
        }),
        (Style::Double, "„" | "‟" | "‘‘") => Some(Role::Open),
        (Style::Double, "’’") => Some(Role::Close),
        (Style::Single, "‘" | "’" | "'") => {
            if letter(prev) && letter(next) {
                return None; // an apostrophe inside a word
            }
            if prev.is_some_and(|c| c.is_ascii_digit()) || is_elision(doc, i) {
                return None;
            }
            if right && !left && is_plural_possessive(doc, i) {
                return None;
            }
            match (word, by_flanking()) {
                ("'", Role::Either) => None,
                ("‘", Role::Either) => Some(Role::Open),
                ("’", Role::Either) => Some(Role::Close),
                (_, role) => Some(role),
            }
        }
        _ => None,
    }
}

/// "the players’ union": an s, the mark, a space and a lower-case word.
fn is_plural_possessive(doc: &Document, i: usize) -> bool {
    let t = &doc.tokens[i];
    let before_s = doc.text[..t.start].ends_with(['s', 'S']);
    let rest = &doc.text[t.end..];
    let mut chars = rest.chars();
    before_s && chars.next() == Some(' ') && chars.next().is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        find(&doc)
            .iter()
            .map(|q| doc.slice(q.inner.clone()).to_string())
            .collect()
    }

    #[test]
    fn straight_and_curly_marks() {
        assert_eq!(
            quotes("\"We won,\" he said. “We lost,” she said."),
            ["We won,", "We lost,"]
        );
    }

    #[test]
    fn guillemets_and_low_marks() {
        assert_eq!(quotes("«Da», sagte er. „Ja“, sagte sie."), ["Da", "Ja"]);
    }

    #[test]
    fn quote_running_into_the_next_paragraph() {
        let text = "He said: \"The first part.\n\n\"The second part,\" he added.";
        let doc = Document::new(text);
        let q = find(&doc);
        assert_eq!(q.len(), 2);
        assert!(q[0].continues && !q[0].continued && q[0].close.is_none());
        assert!(q[1].continued && !q[1].continues);
        assert_eq!(doc.slice(q[0].inner.clone()), "The first part.");
    }

    #[test]
    fn paragraphs_of_one_quote_run_together() {
        let text = "\"We lost,\" he said. \"They kicked well. \"We will be back.\" Then he left.";
        let doc = Document::new(text);
        let q = find(&doc);
        let inner: Vec<_> = q.iter().map(|q| doc.slice(q.inner.clone())).collect();
        assert_eq!(inner, ["We lost,", "They kicked well.", "We will be back."]);
        assert!(q[1].continues && !q[1].continued && q[1].close.is_none());
        assert!(q[2].continued && !q[2].continues);
    }

    #[test]
    fn a_mark_of_another_kind_after_a_sentence_is_nested() {
        let text = "\"The data was ignored. “Nobody read it,” one analyst said, he wrote.\"";
        assert_eq!(quotes(text), ["Nobody read it,"]);
    }

    #[test]
    fn a_stray_mark_does_not_flip_later_paragraphs() {
        let text =
            "The 5\" screen and a stray \" mark.\n\n\"Fine,\" she said.\n\n\"Good,\" he said.";
        assert_eq!(quotes(text), ["mark.", "Fine,", "Good,"]);
    }

    #[test]
    fn single_marks_nested_in_double_ones_do_not_make_the_style() {
        let text = "“He said, ‘Hi, it is Bill.’ I said, ‘Go away.’ He said, ‘Why?’” she said.";
        assert_eq!(
            quotes(text),
            ["He said, ‘Hi, it is Bill.’ I said, ‘Go away.’ He said, ‘Why?’"]
        );
    }

    #[test]
    fn a_mark_after_a_number_closes_a_quote_before_punctuation() {
        let text = "A 5\" screen. It \"will rise toward 13,000\", he predicted.";
        assert_eq!(quotes(text), ["will rise toward 13,000"]);
    }

    #[test]
    fn a_headline_in_single_marks_over_double_marks() {
        let text = "Ruiz: ‘The Bridge Will Open.’\n\nIn ’t Hooft’s words, it is late.\n\n\
                    \"It is late,\" she said. \"It will open.\"";
        assert_eq!(
            quotes(text),
            ["The Bridge Will Open.", "It is late,", "It will open."]
        );
    }

    #[test]
    fn british_single_marks_with_apostrophes() {
        let text = "‘The players’ union won’t back down,’ he said. ‘It’s over.’";
        assert_eq!(
            quotes(text),
            ["The players’ union won’t back down,", "It’s over."]
        );
    }

    #[test]
    fn nested_single_marks_stay_inside() {
        assert_eq!(
            quotes("\"He called it 'a disaster' today,\" she said."),
            ["He called it 'a disaster' today,"]
        );
    }
}
