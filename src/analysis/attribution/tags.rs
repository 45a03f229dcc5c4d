//! Sieves 1 and 2: which cue in or beside its sentence tags a quote.
//!
//! Most quotes in news are tagged right there (`"…," Meloni said`, `Meloni said: "…"`),
//! and a tag there is rarely wrong, so these run before any quote borrows a speaker from
//! its neighbours. Each search stops at the neighbouring quotes of the sentence: a cue
//! beyond another quote is that quote's.

use super::cued::{word_count, Attribution, CuedText, Found, DIRECT_MIN_WORDS};
use super::speech::is_title_or_name;
use crate::analysis::cues::{Cue, CueClass};
use crate::analysis::model::QuoteType;
use crate::analysis::phrases;
use crate::analysis::quotes::QuotedSpan;
use crate::analysis::text::TokenKind;

/// The most words a label before a colon takes: `From Bush's Facebook post: "…"`.
pub(super) const MAX_LABEL: usize = 6;

/// Sieves 1 and 2 over the quotes: each looks for its own tag, in or beside its sentence.
/// Only these sieves read the quotes' kinds, and each sieve bounds its search by the
/// neighbouring quotes, so they hold them here.
pub(super) struct Tagger<'t> {
    pub(super) text: &'t CuedText<'t, 't>,
    pub(super) quotes: &'t [QuotedSpan],
    kinds: &'t [QuoteType],
}

impl<'t> Tagger<'t> {
    pub(super) fn new(
        text: &'t CuedText<'t, 't>,
        quotes: &'t [QuotedSpan],
        kinds: &'t [QuoteType],
    ) -> Self {
        Tagger {
            text,
            quotes,
            kinds,
        }
    }

    /// Sieves 1 and 2 for every quoted span: its attribution, an attribution with no
    /// sources yet for a direct quote, or `None` for a title or scare quote.
    pub(super) fn local(&self) -> Vec<Option<Attribution>> {
        self.quotes
            .iter()
            .enumerate()
            .map(|(k, q)| {
                let kind = self.kinds[k];
                match self.local_cue(k, q) {
                    Some(f) => Some(Attribution {
                        content: q.inner.clone(),
                        kind,
                        cue: Some(f.cue.tokens.start..f.cue_end),
                        class: f.cue.class,
                        sources: f.sources,
                        local: true,
                        confidence: if f.cue.class == CueClass::Speech {
                            0.95
                        } else {
                            0.6
                        },
                    }),
                    // A quote of a few words or more that names no speaker takes one from
                    // the statements around it (sieves 3 and 4), as long as it is no title.
                    None if word_count(self.text.doc, q.inner.clone()) >= DIRECT_MIN_WORDS
                        && !is_title_or_name(self.text.doc, q) =>
                    {
                        Some(Attribution {
                            content: q.inner.clone(),
                            kind,
                            cue: None,
                            class: CueClass::Speech,
                            sources: Vec::new(),
                            local: false,
                            confidence: 0.0,
                        })
                    }
                    None => None,
                }
            })
            .collect()
    }

    /// Sieves 1 and 2 for quote `k`, most precise first: a cue right after it, a tag
    /// sentence after it, a signature under it, a label or a cue before it in its
    /// sentence, a colon or dash that introduces it, a tag sentence before it.
    pub(super) fn local_cue(&self, k: usize, q: &QuotedSpan) -> Option<Found> {
        let f = self.quote_frame(k, q);
        if q.close.is_some() {
            if let Some(found) = self.tag_after(&f) {
                return Some(found);
            }
            if let Some(found) = self.tag_in_next_sentence(&f) {
                return Some(found);
            }
        }
        if let Some(found) = q.close.and_then(|c| self.byline(q.open, c)) {
            return Some(found);
        }
        // A title is speech only when a speech tag follows it directly:
        // `"Make America Great Again," Trump said`, but not `E. J. Fleming's "The Fixers"`.
        if is_title_or_name(self.text.doc, q)
            && word_count(self.text.doc, q.inner.clone()) >= DIRECT_MIN_WORDS
        {
            return None;
        }
        self.labelled(q.open, f.before_floor)
            .or_else(|| self.cue_before(q.open, f.start, f.before_floor))
            .or_else(|| self.introduced_by_mark(&f))
            .or_else(|| self.tag_in_sentence_before(&f))
    }

    /// The sentences around quote `k` and the neighbouring quotes that bound the search
    /// on each side. Quotes are in reading order, so the scans stop at the frame's edges.
    fn quote_frame<'q>(&self, k: usize, q: &'q QuotedSpan) -> QuoteFrame<'q> {
        let doc = self.text.doc;
        let last = q.close.unwrap_or(q.inner.end - 1);
        let sentence = doc.sentence_of[q.open];
        let start = doc.sentences[sentence].tokens.start;
        let end = doc.sentences[doc.sentence_of[last]].tokens.end;
        // A title bounds nothing here either: `"…," Tom Reed, wearing "Rubio" pins, said`.
        let after_limit = self.quotes[k + 1..]
            .iter()
            .take_while(|n| n.open < end)
            .find(|n| n.open > last && !(n.close.is_some() && is_title_or_name(self.text.doc, n)))
            .map_or(end, |n| n.open);
        // A title in quotes bounds nothing: `Hemsley, the co-author of "Going Viral," said`.
        let before_floor = self.quotes[..k]
            .iter()
            .rev()
            .take_while(|p| p.inner.end >= start)
            .filter(|p| !is_title_or_name(self.text.doc, p))
            .find_map(|p| p.close.filter(|&c| c >= start && c < q.open))
            .map_or(start, |c| c + 1);
        QuoteFrame {
            q,
            last,
            sentence,
            start,
            end,
            after_limit,
            before_floor,
        }
    }

    /// Sieve 1: the cue right after the closing mark. `Trump claimed that "…" one
    /// prosecutor said the cases differ`: a quote opening what a cue before it reports is
    /// that cue's, unless a bare tag follows it (`Polling shows that "…," said Sylke
    /// Tempel.`).
    fn tag_after(&self, f: &QuoteFrame) -> Option<Found> {
        let doc = self.text.doc;
        let found = self.cue_after(f.last + 1, f.after_limit)?;
        let bare_tag = found
            .sources
            .iter()
            .any(|r| r.start >= found.cue.tokens.end)
            || found.cue_end >= doc.tokens.len()
            || doc.tokens[found.cue_end].kind == TokenKind::Punct;
        let open = f.q.open;
        let opens_content = open > f.before_floor && doc.low(open - 1) == "that";
        let before = (opens_content && !bare_tag)
            .then(|| self.cue_before(open, f.start, f.before_floor))
            .flatten()
            .filter(|b| b.cue.takes_clause);
        Some(before.unwrap_or(found))
    }

    /// `"Why not?" Pence said.` splits in two sentences; a bare speech tag after the quote
    /// still belongs to it. After a question or an exclamation, the sentence goes on in
    /// the tag, whatever follows it: `"…?" Trump told ITV in an interview aired on Monday
    /// when asked …`.
    fn tag_in_next_sentence(&self, f: &QuoteFrame) -> Option<Found> {
        let doc = self.text.doc;
        let (q, last) = (f.q, f.last);
        let next = doc.sentence_of[last] + 1;
        let next_in_paragraph = doc
            .sentences
            .get(next)
            .is_some_and(|n| n.paragraph == doc.sentences[doc.sentence_of[last]].paragraph);
        if f.after_limit != last + 1 || f.end != last + 1 || !next_in_paragraph {
            return None;
        }
        // Only for a quote that opens its sentence: one introduced before ("Clinton
        // responds with: …?") has its speaker already.
        let asks = q.open == f.start
            && q.inner.end > q.inner.start
            && matches!(doc.word(q.inner.end - 1), "?" | "!");
        self.text
            .speech_tag(next, false)
            .or_else(|| asks.then(|| self.text.leading_tag(next)).flatten())
            .filter(|found| found.sources.last().is_some_and(|s| s.start == last + 1))
    }

    /// `He put it bluntly: "…"`: a colon introduces the subject's words, and so does a
    /// comma after a statement named as such (`Trump issued a statement, "…"`), and a
    /// dash before a quote that ends the sentence (`Trump embraced it -- "…"`).
    fn introduced_by_mark(&self, f: &QuoteFrame) -> Option<Found> {
        let doc = self.text.doc;
        let q = f.q;
        let ends_sentence = q.close.is_some_and(|c| {
            doc.sentence_of.get(c + 1) != Some(&doc.sentence_of[c])
                || matches!(doc.word(c + 1), "." | "!" | "?")
        });
        let introduced = q.open > f.before_floor + 1
            && match doc.word(q.open - 1) {
                ":" => true,
                w if phrases::is_dash(w) => ends_sentence && f.before_floor == f.start,
                // Fewer than SPEECH_NOUNS: after "his memoir," a quoted title follows.
                "," => matches!(
                    doc.low(q.open - 2),
                    "statement" | "tweet" | "email" | "message" | "post" | "letter" | "release"
                ),
                _ => false,
            };
        if !introduced {
            return None;
        }
        // `HEADING - Frank Newport: "…"`: the source follows the last dash.
        let mut range = doc.sentences[f.sentence].tokens.clone();
        if let Some(dash) = (range.start..q.open - 1)
            .rev()
            .find(|&k| phrases::is_dash_or_hyphen(doc.word(k)))
        {
            range.start = dash + 1;
        }
        let subject = phrases::clause_subject(doc, range, q.open - 1)?;
        Some(Found {
            cue: Cue::mark(q.open - 1),
            sources: vec![subject],
            cue_end: q.open,
        })
    }

    /// `Bystrom agreed. "…"` or a paragraph ending `Meloni said:` before a quote that
    /// opens its sentence; or `Ruiz issued the following statement:` closing the paragraph
    /// before, whose subject speaks, as with a colon inside the sentence.
    fn tag_in_sentence_before(&self, f: &QuoteFrame) -> Option<Found> {
        let doc = self.text.doc;
        let (q, sentence) = (f.q, f.sentence);
        if q.open != f.start || sentence == 0 || q.continued {
            return None;
        }
        let prev = sentence - 1;
        let same_paragraph = doc.sentences[prev].paragraph == doc.sentences[sentence].paragraph;
        let prev_end = doc.sentences[prev].tokens.end - 1;
        let colon = doc.word(prev_end) == ":";
        if same_paragraph || colon {
            if let Some(found) = self.text.speech_tag(prev, true) {
                return Some(found);
            }
        }
        if same_paragraph || !colon {
            return None;
        }
        let s = doc.sentences[prev].tokens.clone();
        let subject = phrases::clause_subject(doc, s, prev_end)?;
        Some(Found {
            cue: Cue::mark(prev_end),
            sources: vec![subject],
            cue_end: prev_end + 1,
        })
    }

    /// `Pollsters agree - Carl Bialik: "…"`: a name alone between a dash and the colon
    /// before a quote labels it, whatever verb came before the dash; so does the source
    /// after an opening "From".
    pub(super) fn labelled(&self, open: usize, floor: usize) -> Option<Found> {
        let doc = self.text.doc;
        let colon = open
            .checked_sub(1)
            .filter(|&c| c > floor && doc.word(c) == ":")?;
        // `From the report: "…"`: what it is quoted from.
        let source = if doc.low(floor) == "from" && colon - floor <= MAX_LABEL {
            floor + 1..colon
        } else {
            let dash = (floor..colon)
                .rev()
                .take(MAX_LABEL)
                .find(|&k| phrases::is_dash_or_hyphen(doc.word(k)))?;
            let name = dash + 1..colon;
            if !name.clone().all(|k| doc.is_capitalized(k)) {
                return None;
            }
            name
        };
        (!source.is_empty()).then(|| Found {
            cue: Cue::mark(colon),
            sources: vec![source],
            cue_end: open,
        })
    }
}

/// A quote in its sentences, with the neighbouring quotes that bound the search for its
/// cue: computed once, read by every sieve.
struct QuoteFrame<'q> {
    q: &'q QuotedSpan,
    /// The closing mark, or the last token of a quote left open.
    last: usize,
    /// The sentence the quote opens in, and where it starts.
    sentence: usize,
    start: usize,
    /// Where the sentence the quote closes in ends.
    end: usize,
    /// Where the next quote in that sentence opens.
    after_limit: usize,
    /// After the previous quote in the opening sentence.
    before_floor: usize,
}

#[cfg(test)]
mod tests {
    use super::super::source_of;

    #[test]
    fn a_cue_right_after_the_quote() {
        let text = "\"The bridge will open in May,\" Ana Ruiz said.";
        assert_eq!(
            source_of(text, "The bridge will open in May,").as_deref(),
            Some("Ana Ruiz")
        );
    }

    #[test]
    fn a_tag_sentence_after_a_question() {
        let text = "\"Why would we wait any longer?\" Ruiz asked the council.";
        assert_eq!(
            source_of(text, "Why would we wait any longer?").as_deref(),
            Some("Ruiz")
        );
    }

    #[test]
    fn a_colon_after_the_subject() {
        let text = "The mayor put her case plainly: \"We cannot wait for the money.\"";
        assert_eq!(
            source_of(text, "We cannot wait for the money.").as_deref(),
            Some("The mayor")
        );
    }

    #[test]
    fn a_tag_sentence_before_the_quote() {
        let text = "Hale agreed. \"The budget has doubled since the spring.\"";
        assert_eq!(
            source_of(text, "The budget has doubled since the spring.").as_deref(),
            Some("Hale")
        );
    }

    #[test]
    fn a_name_between_a_dash_and_a_colon() {
        let text = "Engineers disagree - Tom Hale: \"The channel is not deep enough.\"";
        assert_eq!(
            source_of(text, "The channel is not deep enough.").as_deref(),
            Some("Tom Hale")
        );
    }
}
