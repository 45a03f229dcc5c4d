//! Sieves 3 and 4: whose turn a quote with no cue of its own continues.
//!
//! News runs a speaker's quotes on without repeating the tag, within a paragraph and into
//! the next. These are the loosest sieves, so they run last, after indirect speech, whose
//! speakers take turns too; the confidence falls with each step away from a tag.

use super::cued::{Attribution, CuedText};
use crate::analysis::quotes::QuotedSpan;
use crate::analysis::{order, phrases};
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

/// Sieves 3 and 4: a quote with no cue of its own continues a speaker's turn, the
/// statement's before it in its paragraph, the next quote's, or the last one's of the
/// paragraph before. They run after indirect speech is found, which also takes turns.
pub(super) struct Turns<'t> {
    text: &'t CuedText<'t, 't>,
    quotes: &'t [QuotedSpan],
}

impl<'t> Turns<'t> {
    pub(super) fn new(text: &'t CuedText<'t, 't>, quotes: &'t [QuotedSpan]) -> Self {
        Turns { text, quotes }
    }

    /// A quote that runs over several paragraphs takes the cue found anywhere in it.
    pub(super) fn share_across_paragraphs(&self, out: &mut [Option<Attribution>]) {
        let mut k = 0;
        while k < self.quotes.len() {
            let mut end = k;
            while self.quotes[end].continues
                && end + 1 < self.quotes.len()
                && self.quotes[end + 1].continued
            {
                end += 1;
            }
            let attributed =
                (k..=end).find(|&j| out[j].as_ref().is_some_and(|a| !a.sources.is_empty()));
            if let Some(src) = attributed {
                let (sources, cue, class) = {
                    let a = out[src].as_ref().expect("found above");
                    (a.sources.clone(), a.cue.clone(), a.class)
                };
                for slot in out[k..=end].iter_mut() {
                    if let Some(a) = slot.as_mut().filter(|a| a.sources.is_empty()) {
                        a.sources = sources.clone();
                        a.cue = cue.clone();
                        a.class = class;
                        a.confidence = 0.9;
                    }
                }
            }
            k = end + 1;
        }
    }

    /// Sieves 3 and 4: quotes that found no cue share the speaker of a neighbouring
    /// statement.
    pub(super) fn inherit(&self, out: &mut [Option<Attribution>], indirect: &[Attribution]) {
        let doc = self.text.doc;
        // Statements with a speaker, by position: (start, sources). The latest quote that
        // inherited a speaker counts too, so a run of quotes passes its speaker along.
        let mut statements: Vec<(usize, Vec<Range<usize>>)> = out
            .iter()
            .flatten()
            .chain(indirect)
            .filter(|a| !a.sources.is_empty() && !a.content.is_empty())
            .map(|a| (a.content.start, a.sources.clone()))
            .collect();
        order::by_key(&mut statements, |(start, _)| *start as u64);
        // Where each source's last word first spoke, for `paragraph_lead`.
        let mut first_spoke: HashMap<&str, usize> = HashMap::default();
        for (start, sources) in &statements {
            for r in sources {
                first_spoke.entry(doc.low(r.end - 1)).or_insert(*start);
            }
        }
        let mut inherited: Option<(usize, Vec<Range<usize>>)> = None;
        for k in 0..self.quotes.len() {
            if !out[k].as_ref().is_some_and(|a| a.sources.is_empty()) {
                continue;
            }
            let q = &self.quotes[k];
            let para = doc.paragraph_of(q.open);
            let at = statements.partition_point(|(start, _)| *start < q.open);
            let listed = at.checked_sub(1).map(|i| &statements[i]);
            let before = match (listed, &inherited) {
                (Some(l), Some(i)) if i.0 > l.0 => Some(i),
                (None, Some(i)) => Some(i),
                (l, _) => l,
            };
            let next_quote = (k + 1..self.quotes.len())
                .take_while(|&j| doc.paragraph_of(self.quotes[j].open) == para)
                .find_map(|j| out[j].as_ref().filter(|a| !a.sources.is_empty()));
            // `Then, later that month on CNN: "…"`: an introduction that names no one
            // opens the paragraph as well as the quote would.
            let para_start = doc.paragraphs[para].tokens.start;
            let introduced = q.open > para_start
                && doc.word(q.open - 1) == ":"
                && (para_start..q.open).all(|i| self.text.cues[i].is_none());
            let opens_paragraph = q.open == para_start || q.continued || introduced;
            // The statement before, if it stands `back` paragraphs before this one.
            let before_in =
                |back: usize| before.filter(|(start, _)| doc.paragraph_of(*start) + back == para);
            let (sources, confidence) = if let Some((_, sources)) = before_in(0) {
                (sources.clone(), 0.85)
            } else if let Some(a) = next_quote {
                (a.sources.clone(), 0.8)
            } else if let Some(np) = self.speaker_in_focus(para, q.open) {
                (vec![np], 0.75)
            } else if let Some((_, sources)) = before_in(1).filter(|_| opens_paragraph) {
                (sources.clone(), 0.7)
            } else if opens_paragraph && self.fills_paragraph(q) && para > 0 {
                // "Valastro praised Christie's leadership." then a paragraph that is only
                // a quote: the one who praised speaks on (the first such verb of the
                // paragraph is its main one).
                let lead = self.paragraph_lead(para - 1, &first_spoke);
                (lead.into_iter().collect(), 0.65)
            } else {
                (Vec::new(), 0.0)
            };
            if let Some(a) = out[k].as_mut().filter(|_| !sources.is_empty()) {
                inherited = Some((a.content.start, sources.clone()));
                a.sources = sources;
                a.confidence = confidence;
            }
        }
    }

    /// The subject of the last verb of saying or characterizing in paragraph `para` before
    /// token `before`: "Clinton touted her credentials. \"We need …\"".
    pub(super) fn speaker_in_focus(&self, para: usize, before: usize) -> Option<Range<usize>> {
        let start = self.text.doc.paragraphs[para].tokens.start;
        (start..before)
            .rev()
            .find_map(|i| self.text.subject_of_cue(i))
    }

    /// Who paragraph `para` is about: the source of its first verb of saying, else the
    /// subject of its first sentence, if that one spoke earlier ("Viguerie is upbeat
    /// about …" after Viguerie's statements).
    pub(super) fn paragraph_lead(
        &self,
        para: usize,
        first_spoke: &HashMap<&str, usize>,
    ) -> Option<Range<usize>> {
        let doc = self.text.doc;
        let tokens = doc.paragraphs[para].tokens.clone();
        if let Some(np) = tokens.clone().find_map(|i| self.text.subject_of_cue(i)) {
            return Some(np);
        }
        let first = doc.sentences[doc.sentence_of[tokens.start]].tokens.clone();
        let np = phrases::clause_subject(doc, first.clone(), first.end)?;
        // "She pauses." between two of a caller's quotes: the pronoun resolves later.
        if matches!(doc.low(np.start), "he" | "she") {
            return Some(np.start..np.start + 1);
        }
        let spoke = first_spoke
            .get(doc.low(np.end - 1))
            .is_some_and(|&start| start < tokens.start);
        (doc.is_capitalized(np.end - 1) && spoke).then_some(np)
    }

    /// Whether quote `q` is all its paragraph holds, up to a final period.
    pub(super) fn fills_paragraph(&self, q: &QuotedSpan) -> bool {
        let doc = self.text.doc;
        let para = &doc.paragraphs[doc.paragraph_of(q.open)];
        let end = q.close.map_or(q.inner.end, |c| c + 1);
        q.open == para.tokens.start && (end..para.tokens.end).all(|k| doc.word(k) == ".")
    }
}

#[cfg(test)]
mod tests {
    use super::super::source_of;

    #[test]
    fn a_quote_continues_the_statement_before_it() {
        let text = "\"The money is there,\" Ruiz said. \"We only need the permits now.\"";
        assert_eq!(
            source_of(text, "We only need the permits now.").as_deref(),
            Some("Ruiz")
        );
    }

    #[test]
    fn a_quote_takes_the_next_quotes_speaker() {
        let text = "\"The money is there.\" It was late. \"We only need the permits,\" Ruiz said.";
        assert_eq!(
            source_of(text, "The money is there.").as_deref(),
            Some("Ruiz")
        );
    }

    #[test]
    fn a_paragraph_opening_with_a_quote_continues_the_last_speaker() {
        let text =
            "Ruiz said the money was there.\n\n\"We only need the permits now, and a dry week.\"";
        assert_eq!(
            source_of(text, "We only need the permits now, and a dry week.").as_deref(),
            Some("Ruiz")
        );
    }
}
