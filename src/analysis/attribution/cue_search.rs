//! The nearest usable cue after a quote's closing mark or before its opening one.
//!
//! Nearest is not always right: a belief or a finding inside what an earlier verb of
//! saying reports, or a cue in a relative clause that closes before the quote, passes the
//! quote on to the cue that governs it. Those exceptions live here, with the search.

use super::cued::Found;
use super::speech::is_title_or_name;
use super::tags::Tagger;
use crate::analysis::cues::{CueClass, CueShape};
use crate::analysis::lexicon;
use crate::analysis::phrases;
use std::ops::Range;

impl Tagger<'_> {
    /// `"…," Meloni said`, `"…," said Meloni`, `"…," Hugh Hill, a doctor, said`: the first
    /// cue after the closing mark, whose source phrase starts right after the mark (or
    /// right after the cue, when inverted).
    pub(super) fn cue_after(&self, from: usize, limit: usize) -> Option<Found> {
        let doc = self.text.doc;
        let mut start = from;
        while start < limit && matches!(doc.word(start), "," | "—" | "–" | "-" | "--") {
            start += 1;
        }
        let end = limit.min(start + 40);
        let mut next = start;
        while next < end {
            let i = next;
            next += 1;
            // A party label, "(D-Ore.)", is stepped over whole: its period ends nothing.
            if doc.word(i) == "(" {
                if let Some(close) = (i + 1..end.min(i + 6)).find(|&k| doc.word(k) == ")") {
                    next = close + 1;
                    continue;
                }
            }
            // A title in quotes is stepped over whole, as after_limit allows.
            if let Some(close) = self.title_closing(i) {
                next = close + 1;
                continue;
            }
            // "Tim Kaine, D-Va., said": an abbreviation's period before a comma ends nothing.
            let abbreviation = doc.word(i) == "." && i + 1 < end && doc.word(i + 1) == ",";
            if matches!(doc.word(i), "." | "!" | "?" | ";" | "\"" | "“" | "”" | "''")
                && !abbreviation
            {
                return None;
            }
            let Some(cue) = &self.text.cues[i] else {
                continue;
            };
            // `Mr. Zahed said: "…"` introduces the next quote, not this one.
            if cue.tokens.end < limit && doc.word(cue.tokens.end) == ":" {
                return None;
            }
            let found = self.text.sources_of(cue, start, limit)?;
            let subject = &found.sources[found.sources.len() - 1];
            // `"…" if she lost, said David Wasserman`: an inverted tag after a comma.
            let inverted =
                subject.start == cue.tokens.end && (i == start || doc.word(i - 1) == ",");
            let adjacent =
                subject.start == start || inverted || self.is_apposition(start..subject.start);
            return adjacent.then_some(found);
        }
        None
    }

    /// The closing mark of the title in quotes that opens at token `open`, if one does.
    pub(super) fn title_closing(&self, open: usize) -> Option<usize> {
        let k = self.quotes.binary_search_by_key(&open, |q| q.open).ok()?;
        let q = &self.quotes[k];
        q.close.filter(|_| is_title_or_name(self.text.doc, q))
    }

    /// `another friend, Mariam Emara told CNN`: a short noun phrase and a comma before the
    /// name.
    pub(super) fn is_apposition(&self, r: Range<usize>) -> bool {
        let doc = self.text.doc;
        r.len() >= 2
            && r.len() <= 7
            && doc.word(r.end - 1) == ","
            // `"…" and Ms. Warren, she said, "…"`: a conjunction and a noun open a new
            // clause; `"…" and against the law, Clinton said` goes on with the quote.
            && (!matches!(doc.low(r.start), "and" | "but" | "or")
                || lexicon::PREPOSITIONS.contains(doc.low(r.start + 1)))
            && (r.start..r.end - 1).all(|k| {
                !phrases::is_verbish(doc, k) && !phrases::is_boundary_punct(doc.word(k))
                    || doc.word(k) == ","
            })
    }

    /// `Meloni said: "…"`, `She noted that, while …, "…"`: the nearest usable cue before
    /// the quote in its sentence.
    pub(super) fn cue_before(
        &self,
        open: usize,
        frame_start: usize,
        floor: usize,
    ) -> Option<Found> {
        let doc = self.text.doc;
        // `the announcement, which some have argued was a ploy, was an "insult"`: a cue in
        // a relative clause that closes before the quote does not govern it.
        // A comma right before the quote introduces it: `the report, which notes, "…"`.
        let last_comma = (floor..open)
            .rev()
            .find(|&k| doc.word(k) == ",")
            .filter(|&c| c + 1 < open);
        let in_closed_aside = |i: usize| {
            last_comma.is_some_and(|c| c > i)
                && (floor..i)
                    .rev()
                    .take_while(|&k| doc.word(k) != ",")
                    .any(|k| {
                        matches!(doc.low(k), "which" | "who") && k > floor && doc.word(k - 1) == ","
                    })
        };
        let mut found = (floor..open)
            .rev()
            .filter(|&i| !in_closed_aside(i))
            .filter_map(|i| {
                let cue = self.text.cues[i].as_ref()?;
                self.text.sources_of(cue, frame_start.max(floor), open)
            });
        let nearest = found.next()?;
        // `X said the way they treated women who complained "…"`: a restrictive "who"
        // heads a clause inside what an earlier cue reports; that cue's source speaks.
        // Not after a verb with an object: in `thanked a nurse who said "…"`, the nurse.
        let restrictive_who = nearest.sources.len() == 1 && {
            let r = &nearest.sources[0];
            r.len() == 1 && doc.low(r.start) == "who" && r.start > 0 && doc.word(r.start - 1) != ","
        };
        if restrictive_who {
            // "He praised those who left but said": "who" is not the cue's own subject.
            let own = nearest.sources[0].end == nearest.cue.tokens.start;
            if let Some(outer) = found.next().filter(|f| f.cue.takes_clause || !own) {
                return Some(outer);
            }
        }
        // `She protested, saying they were "unfair" because they knew "…"`: a belief (or
        // a finding: `said voters would find it "…"`) inside what an earlier verb of
        // saying reports, even one before an earlier quote of the sentence; the quoted
        // words are that verb's source's.
        // So does "according to" there: `X said that according to its analysis, …, "…"`.
        let according = nearest.cue.shape == CueShape::AccordingTo;
        if matches!(nearest.cue.class, CueClass::Belief | CueClass::Finding) || according {
            let speech = |f: &Found| {
                f.cue.class == CueClass::Speech
                    && !(according && f.cue.shape == CueShape::AccordingTo)
            };
            let before_floor = (frame_start..floor).rev().filter_map(|i| {
                let cue = self.text.cues[i].as_ref()?;
                self.text.sources_of(cue, frame_start, open)
            });
            if let Some(outer) = found.chain(before_floor).find(speech) {
                return Some(outer);
            }
        }
        Some(nearest)
    }
}

#[cfg(test)]
mod tests {
    use super::super::source_of;

    #[test]
    fn an_inverted_cue_after_the_quote() {
        let text = "\"We are ready for the storm,\" said Dana Okafor, the chief engineer.";
        assert_eq!(
            source_of(text, "We are ready for the storm,").as_deref(),
            Some("Dana Okafor")
        );
    }

    #[test]
    fn a_name_after_a_short_apposition() {
        let text = "\"It was a long night for all of us,\" another nurse, Mia Holt told reporters.";
        assert_eq!(
            source_of(text, "It was a long night for all of us,").as_deref(),
            Some("Mia Holt")
        );
    }

    #[test]
    fn the_nearest_cue_before_the_quote() {
        let text = "Ruiz said the council would meet, and Hale added: \"We will be there.\"";
        assert_eq!(
            source_of(text, "We will be there.").as_deref(),
            Some("Hale")
        );
    }

    #[test]
    fn a_belief_inside_a_report_is_the_reporters() {
        let text = "Ruiz said she thinks the plan is \"a fine piece of work by all of them.\"";
        assert_eq!(
            source_of(text, "a fine piece of work by all of them.").as_deref(),
            Some("Ruiz")
        );
    }
}
