//! Sieves 1 and 2: which cue in or beside its sentence tags a quote.

use super::{word_count, Attribution, CuedText, Found, DIRECT_MIN_WORDS};
use crate::analysis::cues::{Cue, CueClass, CueShape};
use crate::analysis::lexicon;
use crate::analysis::model::QuoteType;
use crate::analysis::phrases;
use crate::analysis::quotes::QuotedSpan;
use crate::analysis::text::TokenKind;
use std::ops::Range;

/// How far into the sentence after a quote its verb of saying may sit and still tag it.
pub(super) const MAX_TAG_OPENING: usize = 8;

/// The most words a label before a colon takes: `From Bush's Facebook post: "…"`.
pub(super) const MAX_LABEL: usize = 6;

impl CuedText<'_, '_> {
    /// Sieves 1 and 2 for every quoted span: its attribution, an attribution with no
    /// sources yet for a direct quote, or `None` for a title or scare quote.
    pub(super) fn local(&self) -> Vec<Option<Attribution>> {
        self.quotes
            .iter()
            .enumerate()
            .map(|(k, q)| {
                let words = word_count(self.doc, q.inner.clone());
                let kind = if words >= DIRECT_MIN_WORDS {
                    QuoteType::Direct
                } else {
                    QuoteType::Partial
                };
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
                    None if kind == QuoteType::Direct && !self.is_title_or_name(q) => {
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

    pub(super) fn local_cue(&self, k: usize, q: &QuotedSpan) -> Option<Found> {
        let doc = self.doc;
        let last = q.close.unwrap_or(q.inner.end - 1);
        let sentence = doc.sentence_of[q.open];
        let frame_start = doc.sentences[sentence].tokens.start;
        let frame_end = doc.sentences[doc.sentence_of[last]].tokens.end;
        // Neighbouring quotes in the same frame bound the search on each side. Quotes are
        // in reading order, so the scans stop at the frame's edges.
        // A title bounds nothing here either: `"…," Tom Reed, wearing "Rubio" pins, said`.
        let after_limit = self.quotes[k + 1..]
            .iter()
            .take_while(|n| n.open < frame_end)
            .find(|n| n.open > last && !(n.close.is_some() && self.is_title_or_name(n)))
            .map_or(frame_end, |n| n.open);
        // A title in quotes bounds nothing: `Hemsley, the co-author of "Going Viral," said`.
        let before_floor = self.quotes[..k]
            .iter()
            .rev()
            .take_while(|p| p.inner.end >= frame_start)
            .filter(|p| !self.is_title_or_name(p))
            .find_map(|p| p.close.filter(|&c| c >= frame_start && c < q.open))
            .map_or(frame_start, |c| c + 1);
        if q.close.is_some() {
            if let Some(f) = self.cue_after(last + 1, after_limit) {
                // `Trump claimed that "…" one prosecutor said the cases differ`: a quote
                // opening what a cue before it reports is that cue's, unless a bare tag
                // follows it (`Polling shows that "…," said Sylke Tempel.`).
                let bare_tag = f.sources.iter().any(|r| r.start >= f.cue.tokens.end)
                    || f.cue_end >= doc.tokens.len()
                    || doc.tokens[f.cue_end].kind == TokenKind::Punct;
                let opens_content = q.open > before_floor && doc.low(q.open - 1) == "that";
                let before = (opens_content && !bare_tag)
                    .then(|| self.cue_before(q.open, frame_start, before_floor))
                    .flatten()
                    .filter(|b| b.cue.takes_clause);
                return Some(before.unwrap_or(f));
            }
            // `"Why not?" Pence said.` splits in two sentences; a bare speech tag after
            // the quote still belongs to it.
            let next_in_paragraph = doc
                .sentences
                .get(doc.sentence_of[last] + 1)
                .is_some_and(|n| n.paragraph == doc.sentences[doc.sentence_of[last]].paragraph);
            // After a question or an exclamation, the sentence goes on in the tag, whatever
            // follows it: `"…?" Trump told ITV in an interview aired on Monday when asked …`.
            if after_limit == last + 1 && frame_end == last + 1 && next_in_paragraph {
                let next = doc.sentence_of[last] + 1;
                // Only for a quote that opens its sentence: one introduced before ("Clinton
                // responds with: …?") has its speaker already.
                let asks = q.open == frame_start
                    && q.inner.end > q.inner.start
                    && matches!(doc.word(q.inner.end - 1), "?" | "!");
                let tag = self
                    .speech_tag(next, false)
                    .or_else(|| asks.then(|| self.leading_tag(next)).flatten());
                if let Some(f) = tag {
                    if f.sources.last().is_some_and(|s| s.start == last + 1) {
                        return Some(f);
                    }
                }
            }
        }
        if let Some(f) = q.close.and_then(|c| self.byline(q.open, c)) {
            return Some(f);
        }
        // A title is speech only when a speech tag follows it directly:
        // `"Make America Great Again," Trump said`, but not `E. J. Fleming's "The Fixers"`.
        if self.is_title_or_name(q) && word_count(doc, q.inner.clone()) >= DIRECT_MIN_WORDS {
            return None;
        }
        if let Some(f) = self.labelled(q.open, before_floor) {
            return Some(f);
        }
        if let Some(f) = self.cue_before(q.open, frame_start, before_floor) {
            return Some(f);
        }
        // `He put it bluntly: "…"`: a colon introduces the subject's words, and so does a
        // comma after a statement named as such (`Trump issued a statement, "…"`), and a
        // dash before a quote that ends the sentence (`Trump embraced it -- "…"`).
        let ends_sentence = q.close.is_some_and(|c| {
            doc.sentence_of.get(c + 1) != Some(&doc.sentence_of[c])
                || matches!(doc.word(c + 1), "." | "!" | "?")
        });
        let introduced = q.open > before_floor + 1
            && match doc.word(q.open - 1) {
                ":" => true,
                w if phrases::is_dash(w) => ends_sentence && before_floor == frame_start,
                "," => matches!(
                    doc.low(q.open - 2),
                    "statement" | "tweet" | "email" | "message" | "post" | "letter" | "release"
                ),
                _ => false,
            };
        if introduced {
            // `HEADING - Frank Newport: "…"`: the source follows the last dash.
            let mut range = doc.sentences[sentence].tokens.clone();
            if let Some(dash) = (range.start..q.open - 1)
                .rev()
                .find(|&k| phrases::is_dash_or_hyphen(doc.word(k)))
            {
                range.start = dash + 1;
            }
            if let Some(subject) = phrases::clause_subject(doc, range, q.open - 1) {
                return Some(Found {
                    cue: Cue::mark(q.open - 1),
                    sources: vec![subject],
                    cue_end: q.open,
                });
            }
        }
        // `Bystrom agreed. "…"` or a paragraph ending `Meloni said:`.
        if q.open == frame_start && sentence > 0 && !q.continued {
            let prev = sentence - 1;
            let same_paragraph = doc.sentences[prev].paragraph == doc.sentences[sentence].paragraph;
            let prev_end = doc.sentences[prev].tokens.end - 1;
            if same_paragraph || doc.word(prev_end) == ":" {
                if let Some(f) = self.speech_tag(prev, true) {
                    return Some(f);
                }
            }
            // `Ruiz issued the following statement:` closing the paragraph before: its
            // subject speaks, as with a colon inside the sentence.
            if !same_paragraph && doc.word(prev_end) == ":" {
                let s = doc.sentences[prev].tokens.clone();
                if let Some(subject) = phrases::clause_subject(doc, s, prev_end) {
                    return Some(Found {
                        cue: Cue::mark(prev_end),
                        sources: vec![subject],
                        cue_end: prev_end + 1,
                    });
                }
            }
        }
        None
    }

    /// `Pollsters agree - Carl Bialik: "…"`: a name alone between a dash and the colon
    /// before a quote labels it, whatever verb came before the dash; so does the source
    /// after an opening "From".
    pub(super) fn labelled(&self, open: usize, floor: usize) -> Option<Found> {
        let doc = self.doc;
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

    /// A sentence that is only a speech tag: a cue with its source and nothing said after
    /// it ("Bystrom agreed.", "Pence said in response.", "Meloni said:"). A colon ending is
    /// allowed only when the tag introduces what follows.
    pub(super) fn speech_tag(&self, sentence: usize, introduces: bool) -> Option<Found> {
        let doc = self.doc;
        let s = doc.sentences.get(sentence)?.tokens.clone();
        let cue = (s.start..s.end).rev().find_map(|i| self.cues[i].as_ref())?;
        let found = self.sources_of(cue, s.start, s.end)?;
        let after = found
            .sources
            .iter()
            .map(|r| r.end)
            .chain([found.cue_end])
            .max()
            .unwrap_or(found.cue_end);
        // "Todd asked the real estate mogul.": the hearer closes the tag.
        let hears = cue.shape == CueShape::VerbWithHearer || cue.lemma == "ask";
        let after = hears
            .then(|| phrases::phrase_after(doc, after, s.end))
            .flatten()
            .map_or(after, |hearer| hearer.end);
        // "Clinton said to People.": someone spoken to, after "to".
        let to = after < s.end && doc.low(after) == "to" && found.cue.class == CueClass::Speech;
        let after = to
            .then(|| phrases::phrase_after(doc, after + 1, s.end))
            .flatten()
            .filter(|hearer| phrases::names_someone(doc, hearer))
            .map_or(after, |hearer| hearer.end);
        let mut rest = phrases::skip_adverbials(doc, after, s.end);
        // "Trump asked reporters rhetorically during a news conference late last month.":
        // an adverb or a phrase with no verb after the tag.
        let w = doc.low(rest.min(s.end - 1));
        let trailing = phrases::is_ly_adverb(w) || lexicon::PREPOSITIONS.contains(w);
        let opens = found.sources.iter().any(|r| r.start == s.start);
        if trailing
            && opens
            && (rest..s.end - 1).all(|k| {
                !phrases::is_verbish(doc, k) && !matches!(doc.word(k), "\"" | "“" | "”" | ":")
            })
        {
            rest = s.end - 1;
        }
        let ends = match doc.word(rest.min(s.end - 1)) {
            ":" => introduces,
            "." | "!" | "," => true,
            _ => false,
        };
        (rest + 1 >= s.end && ends).then_some(found)
    }

    /// The first verb of saying of sentence `sentence`, within its first words.
    pub(super) fn leading_tag(&self, sentence: usize) -> Option<Found> {
        let s = self.doc.sentences.get(sentence)?.tokens.clone();
        let cue = (s.start..s.end.min(s.start + MAX_TAG_OPENING))
            .find_map(|i| self.cues[i].as_ref())
            .filter(|cue| cue.class == CueClass::Speech)?;
        self.sources_of(cue, s.start, s.end)
    }

    /// `"…," Meloni said`, `"…," said Meloni`, `"…," Hugh Hill, a doctor, said`: the first
    /// cue after the closing mark, whose source phrase starts right after the mark (or
    /// right after the cue, when inverted).
    pub(super) fn cue_after(&self, from: usize, limit: usize) -> Option<Found> {
        let doc = self.doc;
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
            if matches!(doc.word(i), "." | "!" | "?" | ";" | "\"" | "“" | "”") && !abbreviation
            {
                return None;
            }
            let Some(cue) = &self.cues[i] else { continue };
            // `Mr. Zahed said: "…"` introduces the next quote, not this one.
            if cue.tokens.end < limit && doc.word(cue.tokens.end) == ":" {
                return None;
            }
            let found = self.sources_of(cue, start, limit)?;
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
        q.close.filter(|_| self.is_title_or_name(q))
    }

    /// `another friend, Mariam Emara told CNN`: a short noun phrase and a comma before the
    /// name.
    pub(super) fn is_apposition(&self, r: Range<usize>) -> bool {
        let doc = self.doc;
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
        let doc = self.doc;
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
                let cue = self.cues[i].as_ref()?;
                self.sources_of(cue, frame_start.max(floor), open)
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
                let cue = self.cues[i].as_ref()?;
                self.sources_of(cue, frame_start, open)
            });
            if let Some(outer) = found.chain(before_floor).find(speech) {
                return Some(outer);
            }
        }
        Some(nearest)
    }
}
