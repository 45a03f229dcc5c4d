//! Words, numbers and punctuation with their byte offsets.
//!
//! The tokens follow news-agency conventions closely enough for the entity model, which was
//! trained on Reuters text: abbreviations keep their periods ("U.S.", "Mr."), hyphenated
//! compounds stay whole ("NATO-style"), and a possessive "'s" is a token of its own so that
//! "Meloni's" yields the name "Meloni". Every other character that is not a letter, digit
//! or space is a token of one character, so quotation marks can be paired later.

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with digits, inner hyphens, apostrophes or periods.
    Word,
    /// Starts with a digit: "2022", "1,000", "3.5", "45-year-old".
    Number,
    /// Any other single character (or an ellipsis "...").
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

/// Abbreviations that take a period without ending a sentence, matched case-sensitively.
#[rustfmt::skip]
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov", "Gen", "Lt", "Col",
    "Capt", "Cmdr", "Adm", "Maj", "Sgt", "Cpl", "Pvt", "Rev", "Hon", "Pres", "Supt", "Insp",
    "Det", "Atty", "Amb", "Sec", "Jr", "Sr", "St", "Mt", "Ft", "Inc", "Corp", "Co", "Ltd",
    "Bros", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun", "vs", "etc", "approx",
    "est", "Ave", "Blvd", "Rd", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla",
    "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont",
    "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "Ph",
    "vol", "pp", "cf", "al",
];

pub fn is_abbreviation(word: &str) -> bool {
    ABBREVIATIONS.contains(&word)
}

fn is_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
        )
}

/// Splits `text` into tokens. Never fails; every offset lies on a character boundary.
pub fn tokenize(text: &str) -> Vec<Token> {
    // Most paragraphs are ASCII: their characters are their bytes, with no decoding.
    let chars: Vec<(usize, char)> = if text.is_ascii() {
        text.bytes().map(char::from).enumerate().collect()
    } else {
        text.char_indices().collect()
    };
    let byte_at = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let mut tokens = Vec::with_capacity(chars.len() / 5 + 1);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if is_space(c) {
            i += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let end = scan_word(&chars, i);
            let mut end_byte = byte_at(end);
            let word = &text[byte_at(i)..end_byte];
            // A possessive or contracted "'s" is its own token.
            let (word_end, possessive) = split_possessive(word);
            if let Some(len) = possessive {
                let split = byte_at(i) + word_end;
                tokens.push(word_token(text, byte_at(i), split));
                tokens.push(Token {
                    start: split,
                    end: split + len,
                    kind: TokenKind::Word,
                });
                i = end;
                continue;
            }
            let mut next = end;
            let period = chars.get(end).map(|&(_, c)| c) == Some('.');
            // "No. 1" is a number sign; "No." alone is an answer.
            let number_sign = matches!(word, "No" | "Nos")
                && chars.get(end + 1).map(|&(_, c)| c) == Some(' ')
                && chars.get(end + 2).is_some_and(|&(_, c)| c.is_ascii_digit());
            if period && (takes_period(word) || number_sign) {
                end_byte += 1;
                next += 1;
            }
            tokens.push(word_token(text, byte_at(i), end_byte));
            i = next;
            continue;
        }
        // A detached possessive, as in tokenized text: "Meloni 's".
        if matches!(c, '\'' | '’')
            && chars.get(i + 1).is_some_and(|&(_, n)| n == 's' || n == 'S')
            && chars.get(i + 2).is_none_or(|&(_, n)| !n.is_alphanumeric())
        {
            tokens.push(Token {
                start: byte_at(i),
                end: byte_at(i + 2),
                kind: TokenKind::Word,
            });
            i += 2;
            continue;
        }
        let j = punct_end(&chars, i);
        tokens.push(Token {
            start: byte_at(i),
            end: byte_at(j),
            kind: TokenKind::Punct,
        });
        i = j;
    }
    tokens
}

/// One past the punctuation token at `i`. Ellipses and dashes made of several
/// characters stay whole, and so do the two apostrophes or backquotes that some archives
/// (the New York Times') write for a quotation mark: ''…'' and ``…'', and the two
/// curly single marks some wire copy closes a quote with: “…’’.
fn punct_end(chars: &[(usize, char)], i: usize) -> usize {
    let c = chars[i].1;
    if matches!(c, '\'' | '`' | '’' | '‘') && chars.get(i + 1).is_some_and(|&(_, n)| n == c) {
        return i + 2;
    }
    let mut j = i + 1;
    if c == '.' || c == '-' {
        while j < chars.len() && chars[j].1 == c {
            j += 1;
        }
        if j - i == 1 || (c == '.' && j - i < 3) {
            j = i + 1;
        }
    }
    j
}

fn word_token(text: &str, start: usize, end: usize) -> Token {
    let first = text[start..end].chars().next();
    let kind = if first.is_some_and(|c| c.is_ascii_digit()) {
        TokenKind::Number
    } else {
        TokenKind::Word
    };
    Token { start, end, kind }
}

/// The index one past the word starting at `i`: letters and digits, joined by single
/// hyphens, apostrophes, slashes between digits, or the periods of "U.S" and "3.5".
fn scan_word(chars: &[(usize, char)], i: usize) -> usize {
    let mut j = i;
    let mut letters_since_period = 0usize;
    let mut all_single_letter_groups = true;
    while j < chars.len() {
        let c = chars[j].1;
        if c.is_alphanumeric() || is_combining(c) {
            j += 1;
            letters_since_period += 1;
            continue;
        }
        let next = chars.get(j + 1).map(|&(_, c)| c);
        let prev = chars[j - 1].1;
        let next_alnum = next.is_some_and(|n| n.is_alphanumeric());
        match c {
            '-' | '‐' | '‑' if next_alnum => {}
            '\'' | '’' if next_alnum => {}
            ',' | '/' | ':'
                if prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()) => {}
            '.' if prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()) => {}
            // "S&P", "AT&T".
            '&' if prev.is_uppercase() && next.is_some_and(|n| n.is_uppercase()) => {}
            '.' if next.is_some_and(|n| n.is_alphabetic()) => {
                // "U.S", "a.m", "Ph.D": single letters (or short groups) between periods.
                if letters_since_period > 2 {
                    all_single_letter_groups = false;
                }
                if !all_single_letter_groups {
                    break;
                }
                letters_since_period = 0;
            }
            _ => break,
        }
        j += 1;
    }
    j
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{20D0}'..='\u{20FF}')
}

/// Where a trailing "'s" (or "’s") starts in `word`, and its byte length.
fn split_possessive(word: &str) -> (usize, Option<usize>) {
    for suffix in ["'s", "’s", "'S", "’S"] {
        if word.len() > suffix.len() && word.ends_with(suffix) {
            return (word.len() - suffix.len(), Some(suffix.len()));
        }
    }
    (word.len(), None)
}

/// Whether a period right after `word` belongs to it: initials, dotted abbreviations
/// ("U.S." "a.m.") and known short forms ("Mr.", "Sept.").
fn takes_period(word: &str) -> bool {
    let mut chars = word.chars();
    let first = chars.next();
    if first.is_some_and(|c| c.is_uppercase()) && chars.next().is_none() {
        return true;
    }
    if word.contains('.') && !word.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    is_abbreviation(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect()
    }

    #[test]
    fn keeps_abbreviations_and_splits_possessives() {
        assert_eq!(
            words("Mr. Smith met U.S. officials in Meloni's office."),
            [
                "Mr.",
                "Smith",
                "met",
                "U.S.",
                "officials",
                "in",
                "Meloni",
                "'s",
                "office",
                "."
            ]
        );
    }

    #[test]
    fn keeps_compounds_and_numbers() {
        assert_eq!(
            words("A NATO-style pact, worth $1,000.50, don’t you think?"),
            [
                "A",
                "NATO-style",
                "pact",
                ",",
                "worth",
                "$",
                "1,000.50",
                ",",
                "don’t",
                "you",
                "think",
                "?"
            ]
        );
    }

    #[test]
    fn detached_possessives_and_ampersands() {
        assert_eq!(
            words("Meloni 's S&P rating"),
            ["Meloni", "'s", "S&P", "rating"]
        );
    }

    #[test]
    fn quote_marks_are_tokens() {
        assert_eq!(
            words("“Yes,” she said."),
            ["“", "Yes", ",", "”", "she", "said", "."]
        );
        assert_eq!(words("'No' said"), ["'", "No", "'", "said"]);
    }

    #[test]
    fn offsets_survive_odd_unicode() {
        let text = "e\u{301}lan \u{200B}Zoë\u{0}—ok…";
        for t in tokenize(text) {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
            assert!(t.start < t.end);
        }
        assert_eq!(words(text), ["e\u{301}lan", "Zoë", "\u{0}", "—", "ok", "…"]);
    }
}
