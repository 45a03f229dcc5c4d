//! Quotes signed under them: a name after a dash, or a paragraph of its own.
//!
//! Epigraphs, readers' letters and lists of comments sign a quote instead of tagging it.
//! Only a short run of capitalized words counts as a name, and a quote that a cue before
//! it governs keeps that cue: the dash may sign the reporter's brief, not the quote.

use super::cued::Found;
use super::tags::Tagger;
use crate::analysis::cues::Cue;
use crate::analysis::phrases;

/// Tokens in a name under a quote: "Christina N Luis Olidem", "Oscar P. Quintero".
pub(super) const MAX_BYLINE: usize = 6;

impl Tagger<'_> {
    /// `"…" ― Steve Quinlan.`: a name after a dash that ends the paragraph, as under an
    /// epigraph or in a list of readers' comments; or a paragraph of its own after the
    /// quote's (`-Michelle Marks, Philadelphia.`). A quote that a cue before it in its
    /// sentence governs is that cue's: `Rajoy insisted his party was "…"--Kim Hjelmgaard.`
    /// signs a reporter's brief.
    pub(super) fn byline(&self, open: usize, close: usize) -> Option<Found> {
        let doc = self.text.doc;
        let para = doc.paragraph_of(close);
        let end = doc.paragraphs[para].tokens.end;
        if (close + 1..end).any(|k| doc.word(k) != ".") {
            let start = doc.sentences[doc.sentence_of[open]].tokens.start;
            let governed = (start..open).any(|k| self.text.cues[k].is_some());
            return self.dash_byline(close + 1, end).filter(|_| !governed);
        }
        let next = doc.paragraphs.get(para + 1)?.tokens.clone();
        self.dash_byline(next.start, next.end)
    }

    /// The name after the dash at `dash`, before the first comma or the end of the
    /// paragraph at `end`.
    pub(super) fn dash_byline(&self, dash: usize, end: usize) -> Option<Found> {
        let doc = self.text.doc;
        // Beside the dashes of asides, the horizontal bar of epigraphs and a bare hyphen.
        let signs = |w: &str| phrases::is_dash_or_hyphen(w) || w == "―";
        if dash >= end || !signs(doc.word(dash)) {
            return None;
        }
        let mut name_end = (dash + 1..end.min(dash + 2 + MAX_BYLINE))
            .find(|&k| doc.word(k) == ",")
            .unwrap_or(end);
        while name_end > dash + 1 && doc.word(name_end - 1) == "." {
            name_end -= 1;
        }
        let name = dash + 1..name_end;
        let is_name = (1..=MAX_BYLINE).contains(&name.len())
            && doc.is_capitalized(name.start)
            && phrases::is_name_run(doc, name.clone());
        is_name.then(|| Found {
            cue: Cue::mark(dash),
            sources: vec![name],
            cue_end: dash + 1,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::source_of;

    #[test]
    fn a_name_after_a_dash_signs_the_quote() {
        let text = "\"The harbour was the heart of this town.\" ― Steve Quinlan";
        assert_eq!(
            source_of(text, "The harbour was the heart of this town.").as_deref(),
            Some("Steve Quinlan")
        );
    }

    #[test]
    fn a_name_in_the_next_paragraph_signs_it_too() {
        let text = "\"We waited three years for this bridge.\"\n\n-Michelle Marks, Dover.";
        assert_eq!(
            source_of(text, "We waited three years for this bridge.").as_deref(),
            Some("Michelle Marks")
        );
    }
}
