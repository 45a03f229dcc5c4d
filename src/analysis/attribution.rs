//! Who said each quote, and what was said without quotation marks.
//!
//! Sieves run from the most precise to the loosest, as in CoreNLP's quote attribution:
//!
//! 1. a cue right after the closing mark whose source phrase follows the mark directly:
//!    `"…," Meloni said`, `"…," said Meloni`, `"…," Hugh Hill, a doctor, said`;
//! 2. a cue earlier in the quote's own sentence (`Meloni said: "…"`, `She noted that,
//!    while …, "…"`), a colon after the sentence's subject (`He put it bluntly: "…"`), or a
//!    speech tag ending the sentence before (`Bystrom agreed. "…"`);
//! 3. the speaker of the statement before it in the same paragraph, or of the next quote;
//! 4. the speaker of the previous paragraph's last statement, when this paragraph opens
//!    with the quote and names no one new.
//!
//! Indirect speech comes from every verb of saying whose subject is found: its content
//! clause is what follows it (`told senators that …`), what surrounds it (`…, he says,
//! because …`) or, when nothing follows, the clause before the subject (`…, a diplomatic
//! source said.`). Direct quotes are cut out of that clause; short partial quotes stay
//! inside, as in the original.
//!
//! Quoted words with no speaker are not speech when they are short or read like a title:
//! scare quotes, nicknames, slogans, book titles.

use super::cues::{self, Cue, CueClass, CueShape};
use super::lexicon;
use super::model::QuoteType;
use super::phrases;
use super::quotes::QuotedSpan;
use super::text::{Document, TokenKind};
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

/// Quotes of fewer words than this are partial: a fragment, not a statement.
pub const DIRECT_MIN_WORDS: usize = 4;

/// An indirect statement needs at least this many words.
const INDIRECT_MIN_WORDS: usize = 3;

/// How far into the sentence after a quote its verb of saying may sit and still tag it.
const MAX_TAG_OPENING: usize = 8;

/// Auxiliaries and modals: after a noun phrase, they make it a clause's subject.
const AUXILIARIES: &[&str] = &[
    "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can", "should",
    "may", "might", "must", "does", "did", "be",
];

#[derive(Clone, Debug, PartialEq)]
pub struct Attribution {
    pub content: Range<usize>,
    pub kind: QuoteType,
    pub cue: Option<Range<usize>>,
    pub class: CueClass,
    /// The phrases that name the speakers, nearest first.
    pub sources: Vec<Range<usize>>,
    /// Whether those phrases are at this statement, rather than carried over from the
    /// statement it continues.
    pub local: bool,
    pub confidence: f32,
}

/// A cue with its sources.
#[derive(Clone)]
struct Found {
    cue: Cue,
    sources: Vec<Range<usize>>,
    /// One past the cue, counting a hearer that belongs in it: "told AFP".
    cue_end: usize,
}

pub fn attribute(doc: &Document, quotes: &[QuotedSpan]) -> Vec<Attribution> {
    let extent = |q: &QuotedSpan| q.open..q.close.map_or(q.inner.end, |c| c + 1);
    let mut inside_quote = vec![false; doc.tokens.len()];
    // Direct quotes are cut out of indirect content; partial quotes, scare quotes and
    // titles stay part of the sentence around them.
    let mut direct_tokens = vec![false; doc.tokens.len()];
    for q in quotes {
        inside_quote[extent(q)].fill(true);
        if word_count(doc, q.inner.clone()) >= DIRECT_MIN_WORDS {
            direct_tokens[extent(q)].fill(true);
        }
    }
    // A verb inside quotation marks is the speaker's word, not an attribution.
    let cues: Vec<Option<Cue>> = (0..doc.tokens.len())
        .map(|i| {
            if inside_quote[i] {
                None
            } else {
                cues::cue_at(doc, i)
            }
        })
        .collect();
    let ctx = Context {
        doc,
        quotes,
        cues: &cues,
    };
    let mut quoted = ctx.local();
    ctx.share_across_paragraphs(&mut quoted);
    let indirect = ctx.indirect(&direct_tokens, &quoted);
    ctx.inherit(&mut quoted, &indirect);
    for (k, q) in quotes.iter().enumerate() {
        // A direct quote with no speaker at all counts only if it reads like speech.
        if quoted[k].as_ref().is_some_and(|a| a.sources.is_empty()) && !ctx.reads_like_speech(q) {
            quoted[k] = None;
        }
    }
    let mut all: Vec<Attribution> = quoted.into_iter().flatten().chain(indirect).collect();
    all.sort_by_key(|a| a.content.start);
    all
}

struct Context<'a, 'd> {
    doc: &'a Document<'d>,
    quotes: &'a [QuotedSpan],
    cues: &'a [Option<Cue>],
}

impl Context<'_, '_> {
    /// Sieves 1 and 2 for every quoted span: its attribution, an attribution with no
    /// sources yet for a direct quote, or `None` for a title or scare quote.
    fn local(&self) -> Vec<Option<Attribution>> {
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

    fn local_cue(&self, k: usize, q: &QuotedSpan) -> Option<Found> {
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
    fn labelled(&self, open: usize, floor: usize) -> Option<Found> {
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
    fn speech_tag(&self, sentence: usize, introduces: bool) -> Option<Found> {
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
    fn leading_tag(&self, sentence: usize) -> Option<Found> {
        let s = self.doc.sentences.get(sentence)?.tokens.clone();
        let cue = (s.start..s.end.min(s.start + MAX_TAG_OPENING))
            .find_map(|i| self.cues[i].as_ref())
            .filter(|cue| cue.class == CueClass::Speech)?;
        self.sources_of(cue, s.start, s.end)
    }

    /// `"…," Meloni said`, `"…," said Meloni`, `"…," Hugh Hill, a doctor, said`: the first
    /// cue after the closing mark, whose source phrase starts right after the mark (or
    /// right after the cue, when inverted).
    fn cue_after(&self, from: usize, limit: usize) -> Option<Found> {
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
    fn title_closing(&self, open: usize) -> Option<usize> {
        let k = self.quotes.binary_search_by_key(&open, |q| q.open).ok()?;
        let q = &self.quotes[k];
        q.close.filter(|_| self.is_title_or_name(q))
    }

    /// `another friend, Mariam Emara told CNN`: a short noun phrase and a comma before the
    /// name.
    fn is_apposition(&self, r: Range<usize>) -> bool {
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
    fn cue_before(&self, open: usize, frame_start: usize, floor: usize) -> Option<Found> {
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

    /// The sources of `cue`, looking no further left than `floor` or right than `limit`.
    fn sources_of(&self, cue: &Cue, floor: usize, limit: usize) -> Option<Found> {
        let doc = self.doc;
        let start = cue.tokens.start;
        let infinitive = start > floor && doc.low(start - 1) == "to" && doc.low(start) == cue.lemma;
        let caused = if infinitive {
            self.caused_to(start - 1, floor)
        } else {
            None
        };
        let sources: Vec<Range<usize>> = match cue.shape {
            CueShape::AccordingTo | CueShape::Passive => {
                phrases::phrase_after(doc, cue.tokens.end, limit)
                    .into_iter()
                    .collect()
            }
            // "Trump is telling supporters": a progressive's subject sits before "is".
            _ if cue.participle && start > floor && cues::is_be(doc.low(start - 1)) => {
                phrases::subject_before(doc, start - 1, floor)
            }
            _ if caused.is_some() => caused.iter().cloned().collect(),
            _ if cue.participle || infinitive => {
                // "…, saying …", "went on to say": the governing clause's subject speaks.
                let at = if infinitive { start - 1 } else { start };
                self.governing_subject(at).into_iter().collect()
            }
            _ => {
                // "Braynard is quoted as saying": the subject sits before "is".
                let mut verb = start;
                while doc.low(start) == "quoted" && verb > floor && cues::is_be(doc.low(verb - 1)) {
                    verb -= 1;
                }
                let subject = phrases::subject_before(doc, verb, floor);
                if !subject.is_empty() {
                    subject
                } else if let Some(s) = self.coordinated_subject(cue) {
                    vec![s]
                } else if self.may_invert(cue, floor) {
                    // "said the candidate could be …": a phrase followed by its own verb is
                    // the subject of what was said, not an inverted speaker.
                    phrases::phrase_after(doc, cue.tokens.end, limit)
                        .filter(|np| {
                            !(np.start..(np.end + 1).min(limit)).any(|k| {
                                AUXILIARIES.contains(&doc.low(k)) && !phrases::is_name_word(doc, k)
                            })
                        })
                        .into_iter()
                        .collect()
                } else {
                    Vec::new()
                }
            }
        };
        if sources.is_empty() {
            return None;
        }
        let inverted = sources[0].start >= cue.tokens.end;
        let cue_end = if inverted {
            cue.tokens.end
        } else {
            self.hearer_end(cue, limit)
        };
        Some(Found {
            cue: cue.clone(),
            sources,
            cue_end,
        })
    }

    /// "led Reince Priebus to declare", "prompting aides to say": the object of a verb
    /// that makes someone speak, before the "to" at `to`.
    fn caused_to(&self, to: usize, floor: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        let verb = (to.saturating_sub(MAX_CAUSED_OBJECT).max(floor)..to)
            .rev()
            .take_while(|&k| !phrases::is_boundary_punct(doc.word(k)) || doc.word(k) == ",")
            .find(|&k| CAUSES_TO_SPEAK.contains(&doc.low(k)))?;
        // "prompted Dave Leip, who tracks elections, to state": the name before its aside.
        let end = (verb + 1..to).find(|&k| doc.word(k) == ",").unwrap_or(to);
        let np = verb + 1..end;
        (!np.is_empty() && phrases::names_someone(doc, &np)).then_some(np)
    }

    /// The speaker of a participle or infinitive at `at`: the subject of an earlier verb of
    /// saying in the sentence ("Clinton responded, remarking …"), else the governing
    /// clause's.
    fn governing_subject(&self, at: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        let s = doc.sentences[doc.sentence_of[at]].tokens.clone();
        let earlier = (s.start..at).rev().find_map(|i| {
            let cue = self.cues[i].as_ref().filter(|c| !c.participle)?;
            phrases::subject_before(doc, cue.tokens.start, s.start)
                .into_iter()
                .next()
                // "a class called "Perception" …, writing": a name, not a speaker's verb.
                .filter(|np| phrases::names_someone(doc, np))
        });
        // ", saying", "by saying", "while adding": the participle hangs from the clause.
        let detached = at > s.start
            && (doc.word(at - 1) == "," || lexicon::PREPOSITIONS.contains(doc.low(at - 1)));
        // "with Trump reportedly yelling": the noun of the absolute phrase speaks.
        let absolute = || {
            let k = before_modifiers(doc, at, s.start);
            (s.start.max(k.saturating_sub(5))..k)
                .rev()
                .find(|&j| doc.low(j) == "with")
                .map(|w| w + 1..k)
                .filter(|np| {
                    !np.is_empty() && np.clone().all(|j| doc.tokens[j].kind == TokenKind::Word)
                })
        };
        // "footage of Trump saying", "the ad shows Trump saying": the one shown speaks.
        let name_start = (s.start..at)
            .rev()
            .take_while(|&k| doc.tokens[k].kind == TokenKind::Word && doc.is_capitalized(k))
            .last();
        let shown = name_start
            .filter(|&k| !detached && k > s.start && SHOWING.contains(&doc.low(k - 1)))
            .map(|k| k..at);
        shown.or(earlier).or_else(absolute).or_else(|| {
            if detached || doc.low(at) == "to" {
                phrases::governing_subject(doc, at)
            } else {
                // "Trump yelling": the subject is right before, if it names someone; in
                // "this framework involves understanding" the gerund has none.
                let mut end = at;
                while end > s.start && lexicon::TIME_WORDS.contains(doc.low(end - 1)) {
                    end -= 1;
                }
                let np = phrases::subject_before(doc, end, s.start)
                    .into_iter()
                    .next()
                    .filter(|np| phrases::names_someone(doc, np))?;
                // "The town released a statement Wednesday saying …": after a verb's
                // object, the participle hangs from the clause.
                let object =
                    (np.start.max(s.start + 1) - 1..np.end).any(|k| phrases::is_verbish(doc, k));
                if object {
                    phrases::governing_subject(doc, at)
                } else {
                    Some(np)
                }
            }
        })
    }

    /// "Her campaign announced new support and said …": the second verb of a coordinated
    /// predicate shares the clause's subject.
    fn coordinated_subject(&self, cue: &Cue) -> Option<Range<usize>> {
        let doc = self.doc;
        let s = doc.sentences[doc.sentence_of[cue.tokens.start]]
            .tokens
            .clone();
        let k = before_modifiers(doc, cue.tokens.start, s.start);
        if k > s.start && matches!(doc.low(k - 1), "and" | "but" | "then") {
            // "Marsh did not say when the move would happen, but said …": after a comma
            // the verb goes with the main clause, not the subordinate one before it.
            if k - 1 > s.start && doc.word(k - 2) == "," {
                return phrases::clause_subject(doc, s, k - 1);
            }
            phrases::governing_subject(doc, k - 1)
        } else {
            None
        }
    }

    /// Only a finite verb right after a quote or a comma inverts: `"…," said Meloni`;
    /// "asked" only right after the quote.
    fn may_invert(&self, cue: &Cue, floor: usize) -> bool {
        let doc = self.doc;
        let i = cue.tokens.start;
        // "read" is its own past: `"…," read the statement`.
        let finite = (doc.low(i) != cue.lemma || cue.lemma == "read") && !cue.participle;
        let after_break = i == floor || matches!(doc.word(i - 1), "," | "\"" | "”" | "—" | "–");
        finite && after_break && (cue.lemma != "tell") && (cue.lemma != "ask" || i == floor)
    }

    /// Where the cue ends when its hearer is an outlet or reporters: "told AFP".
    fn hearer_end(&self, cue: &Cue, limit: usize) -> usize {
        let doc = self.doc;
        let end = cue.tokens.end;
        if cue.shape != CueShape::VerbWithHearer || end >= limit {
            return end;
        }
        if let Some(np) = phrases::phrase_after(doc, end, limit) {
            let text = doc.slice(np.clone()).to_lowercase();
            let outlet = lexicon::MEDIA_OUTLETS.contains(&text)
                || matches!(
                    text.as_str(),
                    "reporters" | "journalists" | "the newspaper" | "the paper"
                )
                || text
                    .strip_prefix("the ")
                    .is_some_and(|t| lexicon::MEDIA_OUTLETS.contains(t));
            if outlet {
                return np.end;
            }
        }
        end
    }

    /// A quote that runs over several paragraphs takes the cue found anywhere in it.
    fn share_across_paragraphs(&self, out: &mut [Option<Attribution>]) {
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
    fn inherit(&self, out: &mut [Option<Attribution>], indirect: &[Attribution]) {
        let doc = self.doc;
        // Statements with a speaker, by position: (start, sources). The latest quote that
        // inherited a speaker counts too, so a run of quotes passes its speaker along.
        let mut statements: Vec<(usize, Vec<Range<usize>>)> = out
            .iter()
            .flatten()
            .chain(indirect)
            .filter(|a| !a.sources.is_empty() && !a.content.is_empty())
            .map(|a| (a.content.start, a.sources.clone()))
            .collect();
        statements.sort_by_key(|(start, _)| *start);
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
                && (para_start..q.open).all(|i| self.cues[i].is_none());
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
    fn speaker_in_focus(&self, para: usize, before: usize) -> Option<Range<usize>> {
        let start = self.doc.paragraphs[para].tokens.start;
        (start..before).rev().find_map(|i| self.subject_of_cue(i))
    }

    /// Who paragraph `para` is about: the source of its first verb of saying, else the
    /// subject of its first sentence, if that one spoke earlier ("Viguerie is upbeat
    /// about …" after Viguerie's statements).
    fn paragraph_lead(
        &self,
        para: usize,
        first_spoke: &HashMap<&str, usize>,
    ) -> Option<Range<usize>> {
        let doc = self.doc;
        let tokens = doc.paragraphs[para].tokens.clone();
        if let Some(np) = tokens.clone().find_map(|i| self.subject_of_cue(i)) {
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

    /// The source of the cue at token `i`, if there is one and it names someone.
    fn subject_of_cue(&self, i: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        let cue = self.cues[i].as_ref()?;
        let s = doc.sentences[doc.sentence_of[i]].tokens.clone();
        self.sources_of(cue, s.start, s.end)?
            .sources
            .into_iter()
            .next()
            .filter(|np| phrases::names_someone(doc, np))
    }

    /// Whether quote `q` is all its paragraph holds, up to a final period.
    fn fills_paragraph(&self, q: &QuotedSpan) -> bool {
        let doc = self.doc;
        let para = &doc.paragraphs[doc.paragraph_of(q.open)];
        let end = q.close.map_or(q.inner.end, |c| c + 1);
        q.open == para.tokens.start && (end..para.tokens.end).all(|k| doc.word(k) == ".")
    }

    /// Book and film titles, slogans and nicknames: title case, or named as such; and a
    /// short phrase mentioned as a word ("the word \"tremendous\"").
    fn is_title_or_name(&self, q: &QuotedSpan) -> bool {
        let doc = self.doc;
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
                doc.tokens[i].kind != TokenKind::Word
                    || !doc.word(i).chars().any(char::is_lowercase)
            });
        // A headline capitalizes every word, so a sentence quoted in one is speech:
        // `Kasich: ‘We Are Going All The Way.’`
        let headline_sentence = matches!(doc.word(q.inner.end - 1), "!" | "." | "?")
            && doc.paragraphs[doc.paragraph_of(q.open)].headline;
        !shouted
            && !headline_sentence
            && phrases::title_case_words(doc, q.inner.clone())
                .is_some_and(|n| (2..=12).contains(&n))
    }

    /// A direct quote with no speaker counts only if it reads like a spoken sentence.
    fn reads_like_speech(&self, q: &QuotedSpan) -> bool {
        let doc = self.doc;
        if self.is_title_or_name(q) {
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

    /// Indirect speech: content clauses of verbs of saying outside direct quotes.
    fn indirect(&self, direct: &[bool], quoted: &[Option<Attribution>]) -> Vec<Attribution> {
        let doc = self.doc;
        let mut used = vec![false; doc.tokens.len()];
        for a in quoted.iter().flatten() {
            if a.kind == QuoteType::Direct {
                used[a.content.clone()].fill(true);
            }
        }
        let mut out = Vec::new();
        for sentence in &doc.sentences {
            let range = sentence.tokens.clone();
            // The plainest verbs of saying first: in "X proposed Y, Z said", "said" is the
            // attribution and "proposed" part of what was said.
            for core in [true, false] {
                let mut i = range.start;
                while i < range.end {
                    let cue = self.cues[i]
                        .as_ref()
                        .filter(|c| !used[i] && cues::is_core(c.lemma) == core);
                    let Some(cue) = cue else {
                        i += 1;
                        continue;
                    };
                    match self.indirect_at(cue, range.clone(), direct, &used) {
                        Some(a) => {
                            for t in a
                                .content
                                .clone()
                                .chain(a.sources.iter().flat_map(|s| s.clone()))
                            {
                                used[t] = true;
                            }
                            used[cue.tokens.clone()].fill(true);
                            i = a.content.end.max(cue.tokens.end);
                            out.push(a);
                        }
                        None => i += 1,
                    }
                }
            }
        }
        out
    }

    fn indirect_at(
        &self,
        cue: &Cue,
        sentence: Range<usize>,
        direct: &[bool],
        used: &[bool],
    ) -> Option<Attribution> {
        let doc = self.doc;
        if !cue.takes_clause {
            return None;
        }
        if cue.class == CueClass::Finding && !self.followed_by_that(cue, sentence.end) {
            return None;
        }
        let blocked = |i: usize| direct[i] || used[i];
        let floor = (sentence.start..cue.tokens.start)
            .rev()
            .find(|&i| blocked(i))
            .map_or(sentence.start, |i| i + 1);
        let limit = (cue.tokens.end..sentence.end)
            .find(|&i| blocked(i))
            .unwrap_or(sentence.end);
        // `said he believes he "may represent change"`: a quote that goes on with the
        // clause, with no punctuation before it, carries the statement; the words before it
        // are no statement of their own.
        let embedded = limit < sentence.end
            && limit > cue.tokens.end
            && direct[limit]
            && !phrases::is_boundary_punct(doc.word(limit - 1));
        let found = self.sources_of(cue, floor, limit)?;
        let inverted = found.sources[0].start >= cue.tokens.end;
        let source_end = found
            .sources
            .iter()
            .map(|s| s.end)
            .max()
            .unwrap_or(cue.tokens.end);
        let source_start = found
            .sources
            .iter()
            .map(|s| s.start)
            .min()
            .unwrap_or(cue.tokens.start);
        // Whether "that" or a colon introduces the content.
        let mut introduced = false;
        let right = if cue.shape == CueShape::AccordingTo {
            if cue.tokens.start > floor && doc.word(cue.tokens.start - 1) == "," {
                // "Sales rose, according to X, but …": what X says is the clause before;
                // what follows is the source's apposition or the sentence going on.
                limit..limit
            } else {
                // "According to X, content": skip the comma after the source.
                let mut s = source_end.max(found.cue_end);
                if s < limit && doc.word(s) == "," {
                    s += 1;
                }
                s..limit
            }
        } else if inverted || cue.shape == CueShape::Passive {
            // "…, said Dana Okafor, the chief engineer": what follows describes the source.
            limit..limit
        } else {
            let mut s = found.cue_end.max(cue.tokens.end);
            if cue.shape == CueShape::VerbWithHearer && s == cue.tokens.end {
                let hearer = phrases::phrase_after(doc, s, limit).map_or(s, |h| h.end);
                s = told_subject(doc, s, limit).unwrap_or(hearer);
            }
            s = phrases::skip_adverbials(doc, s, limit);
            // "explained through a spokesman that …": "that" a few words on.
            if let Some(that) = (s..limit.min(s + 8))
                .take_while(|&k| !phrases::is_boundary_punct(doc.word(k)))
                .find(|&k| doc.low(k) == "that")
            {
                s = that;
            }
            while s < limit && matches!(doc.low(s), "that" | ":" | ",") {
                introduced = true;
                s += 1;
            }
            s..limit
        };
        // "He grows angry, he says, because …": the statement surrounds its tag.
        let parenthetical = !inverted
            && cue.shape != CueShape::AccordingTo
            && source_start > floor + 2
            && doc.word(source_start - 1) == ","
            && right.start > cue.tokens.end
            && doc.word(right.start - 1) == ","
            && word_count(doc, right.clone()) >= INDIRECT_MIN_WORDS;
        if parenthetical {
            let whole = trim_punct(doc, floor..limit);
            return Some(indirect_statement(cue, found, whole));
        }
        // "the Post, which said it would …, said it would …": a relative clause's content
        // ends at its first comma if the main clause's verb resumes there ("who said his
        // father, a tailor, was" goes on).
        let relative =
            (source_start..cue.tokens.start).any(|k| matches!(doc.low(k), "who" | "which"));
        let first_comma =
            (right.start + 1..right.end.saturating_sub(1)).find(|&k| doc.word(k) == ",");
        let right = match first_comma {
            Some(k) if relative && phrases::is_verbish(doc, k + 1) => right.start..k,
            _ => right,
        };
        let right = trim_punct(doc, self.cut_at_comment(right));
        let clause =
            introduced || cue.shape == CueShape::AccordingTo || phrases::is_clause(doc, &right);
        // "responded on Twitter, calling it …": a participle after a comma adds to the
        // act; it does not say what was said.
        let participle = !right.is_empty()
            && right.start > 0
            && doc.word(right.start - 1) == ","
            && phrases::is_ing_form(doc, right.start)
            && !matches!(
                doc.low(right.start),
                "during"
                    | "nothing"
                    | "something"
                    | "anything"
                    | "everything"
                    | "morning"
                    | "evening"
            );
        // `"…," she said, in a caution to her backers`: the tag of a quote says nothing
        // more after it unless "that" or a colon opens a clause. (With a verb of saying in
        // what follows, `"…," Trump assured Jones, after Jones assured Trump that …`, the
        // statement stays, and keeps that verb from taking the next quote.)
        let tags_quote = floor > sentence.start
            && (floor..source_start.min(cue.tokens.start))
                .all(|k| doc.tokens[k].kind == TokenKind::Punct)
            && !(cue.tokens.end..right.start).any(|k| matches!(doc.low(k), "that" | ":"))
            && right.clone().all(|k| self.cues[k].is_none());
        if tags_quote {
            return None;
        }
        let content = if clause
            && !participle
            && word_count(doc, right.clone()) >= INDIRECT_MIN_WORDS
            && (introduced || opens_clause(doc, &right))
        {
            if embedded {
                return None;
            }
            right
        } else {
            // Nothing after the verb: the content is the clause before the source.
            let end = if inverted {
                cue.tokens.start
            } else {
                source_start
            };
            let mut left = floor..end;
            while left.end > left.start && matches!(doc.word(left.end - 1), "," | "—" | "–") {
                left.end -= 1;
            }
            let left = trim_punct(doc, left);
            // "When asked about it, X replied": a lone adverbial clause opening the
            // sentence (after a quote it goes on with the quote: `"…" because she
            // would …, he said`).
            let adverbial = || {
                floor == sentence.start
                    && lexicon::SUBORDINATORS.contains(doc.low(left.start))
                    && left.clone().all(|k| doc.word(k) != ",")
            };
            // "In a statement Thursday, X said": an adverbial, not what was said; "The crowd
            // cheered Okafor, who said", "the report, which said": the clause that the
            // relative pronoun hangs from. The whole clause is known here, so its verb may
            // come late ("Talks with … and with … will continue, the LSE said").
            if left.is_empty()
                || relative
                || adverbial()
                || word_count(doc, left.clone()) < INDIRECT_MIN_WORDS
                || doc.word(end.saturating_sub(1)) != ","
                || !(left.start + 1..left.end).any(|i| phrases::is_verbish(doc, i))
                    && !phrases::is_clause(doc, &left)
            {
                return None;
            }
            left
        };
        Some(indirect_statement(cue, found, content))
    }

    /// Ends a content clause where the writer's own comment begins ("all staffers sign NDAs,
    /// though she did not discuss their terms", "…, throwing a wrench in …"), where the terms
    /// of anonymity begin ("on condition of anonymity because …"), or where the speaker's
    /// next statement begins ("she has released 30 years of tax returns and called on
    /// Sanders to do the same").
    fn cut_at_comment(&self, r: Range<usize>) -> Range<usize> {
        let doc = self.doc;
        let cut = (r.start + 1..r.end.saturating_sub(1)).find(|&k| {
            let comment = doc.word(k) == ","
                && matches!(
                    doc.low(k + 1),
                    "though" | "although" | "but" | "whereas" | "while" | "even"
                );
            let participle = doc.word(k) == "," && phrases::is_ing_form(doc, k + 1);
            let anonymity = doc.low(k) == "on"
                && (doc.low(k + 1) == "condition"
                    || (doc.low(k + 1) == "the" && k + 2 < r.end && doc.low(k + 2) == "condition"));
            let next_statement = doc.low(k) == "and"
                && self.cues[k + 1].as_ref().is_some_and(|c| !c.participle)
                && word_count(doc, r.start..k) >= INDIRECT_MIN_WORDS;
            comment || participle || anonymity || next_statement
        });
        match cut {
            Some(k) => r.start..k,
            None => r,
        }
    }

    fn followed_by_that(&self, cue: &Cue, limit: usize) -> bool {
        let doc = self.doc;
        let i = phrases::skip_adverbials(doc, cue.tokens.end, limit);
        i < limit && doc.low(i) == "that"
    }
}

impl Context<'_, '_> {
    /// `"…" ― Steve Quinlan.`: a name after a dash that ends the paragraph, as under an
    /// epigraph or in a list of readers' comments; or a paragraph of its own after the
    /// quote's (`-Michelle Marks, Philadelphia.`). A quote that a cue before it in its
    /// sentence governs is that cue's: `Rajoy insisted his party was "…"--Kim Hjelmgaard.`
    /// signs a reporter's brief.
    fn byline(&self, open: usize, close: usize) -> Option<Found> {
        let doc = self.doc;
        let para = doc.paragraph_of(close);
        let end = doc.paragraphs[para].tokens.end;
        if (close + 1..end).any(|k| doc.word(k) != ".") {
            let start = doc.sentences[doc.sentence_of[open]].tokens.start;
            let governed = (start..open).any(|k| self.cues[k].is_some());
            return self.dash_byline(close + 1, end).filter(|_| !governed);
        }
        let next = doc.paragraphs.get(para + 1)?.tokens.clone();
        self.dash_byline(next.start, next.end)
    }

    /// The name after the dash at `dash`, before the first comma or the end of the
    /// paragraph at `end`.
    fn dash_byline(&self, dash: usize, end: usize) -> Option<Found> {
        let doc = self.doc;
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

/// Verbs that make their object speak: "led Reince Priebus to declare".
#[rustfmt::skip]
const CAUSES_TO_SPEAK: &[&str] = &[
    "led", "leading", "prompted", "prompting", "prompt", "prompts", "pushed", "pushing",
    "forced", "forcing", "caused", "causing", "urged", "encouraged", "inspired",
];

/// Words before a name whose participle tells what the one shown or heard said: "footage
/// of Trump saying", "the ad shows Clinton telling".
#[rustfmt::skip]
const SHOWING: &[&str] = &[
    "of", "show", "shows", "showed", "showing", "hear", "hears", "heard", "caught",
    "filmed", "recorded", "features", "featured", "featuring",
];

/// Tokens in the object of "led … to say", asides included.
const MAX_CAUSED_OBJECT: usize = 24;

/// Tokens in a name under a quote: "Christina N Luis Olidem", "Oscar P. Quintero".
const MAX_BYLINE: usize = 6;

/// The most words a label before a colon takes: `From Bush's Facebook post: "…"`.
const MAX_LABEL: usize = 6;

/// Where the verb at `at` starts counting its modifiers ("has also", "reportedly").
fn before_modifiers(doc: &Document, mut at: usize, floor: usize) -> usize {
    while at > floor && lexicon::VERB_MODIFIERS.contains(doc.low(at - 1)) {
        at -= 1;
    }
    at
}

fn indirect_statement(cue: &Cue, found: Found, content: Range<usize>) -> Attribution {
    let confidence = match cue.class {
        CueClass::Speech => 0.8,
        CueClass::Finding => 0.6,
        CueClass::Belief => 0.4,
    };
    Attribution {
        content,
        kind: QuoteType::Indirect,
        cue: Some(cue.tokens.start..found.cue_end.max(cue.tokens.end)),
        class: cue.class,
        sources: found.sources,
        local: true,
        confidence,
    }
}

/// Whether the words after a verb can be its content clause: not an infinitive ("told him
/// to leave"), a prepositional phrase ("told AFP on condition of anonymity") or a
/// participle ("added, reflecting her lead").
fn opens_clause(doc: &Document, r: &Range<usize>) -> bool {
    if r.is_empty() {
        return false;
    }
    let w = doc.low(r.start);
    let participle = phrases::is_ing_form(doc, r.start);
    // "told a station … when asked about it": an adverbial clause, not what was said.
    let adverbial = matches!(
        w,
        "when" | "while" | "after" | "before" | "because" | "since" | "until" | "though"
    );
    !lexicon::PREPOSITIONS.contains(w) && !participle && !adverbial && w != "not"
}

/// The subject of what was told, a few words after "told" with no "that" between: "told
/// reporters he would run", "told the BBC the party had" (not "the party" in "told the
/// head of the party that", "told him and his aides"). The hearer is a noun phrase: a
/// verb or "to" before the subject means there is none ("promised to declare it").
fn told_subject(doc: &Document, hearer: usize, limit: usize) -> Option<usize> {
    if hearer >= limit || lexicon::PREPOSITIONS.contains(doc.low(hearer)) {
        return None; // "warned of the implications a Trump presidency would have"
    }
    // "what she told the FBI with what she told Congress", "tell you who I am".
    let stops = |k: usize| {
        matches!(
            doc.low(k),
            "that"
                | "to"
                | "with"
                | "about"
                | "for"
                | "what"
                | "who"
                | "how"
                | "why"
                | "when"
                | "where"
                | "whether"
                | "if"
        ) || phrases::is_boundary_punct(doc.word(k))
            || phrases::is_verbish(doc, k)
    };
    let k = (hearer..limit.min(hearer + 6))
        .take_while(|&k| !stops(k))
        .skip(1)
        .find(|&k| {
            let w = doc.low(k);
            (lexicon::PERSONAL_PRONOUNS.contains(w)
                || matches!(
                    w,
                    "the"
                        | "a"
                        | "an"
                        | "his"
                        | "their"
                        | "its"
                        | "our"
                        | "this"
                        | "these"
                        | "those"
                ))
                && !lexicon::PREPOSITIONS.contains(doc.low(k - 1))
                && !matches!(doc.low(k - 1), "and" | "or")
        })?;
    // What follows it is a clause: its verb comes within a few words.
    (k + 1..limit.min(k + 8))
        .any(|i| phrases::is_verbish(doc, i))
        .then_some(k)
}

/// Drops punctuation at both ends of a content clause.
fn trim_punct(doc: &Document, mut r: Range<usize>) -> Range<usize> {
    let keeps = |w: &str| matches!(w, "\"" | "“" | "”" | "‘" | "’" | "'" | "[" | "]" | ")");
    while r.start < r.end
        && doc.tokens[r.start].kind == TokenKind::Punct
        && !matches!(doc.word(r.start), "\"" | "“" | "‘" | "'" | "[")
    {
        r.start += 1;
    }
    while r.end > r.start
        && doc.tokens[r.end - 1].kind == TokenKind::Punct
        && !keeps(doc.word(r.end - 1))
    {
        r.end -= 1;
    }
    r
}

pub fn word_count(doc: &Document, r: Range<usize>) -> usize {
    // Counted as the evaluation counts them, by runs of letters and digits: "we'll" and
    // "stand-down" are two.
    r.filter(|&i| doc.tokens[i].kind != TokenKind::Punct)
        .map(|i| {
            doc.word(i)
                .split(|c: char| !c.is_alphanumeric())
                .filter(|piece| !piece.is_empty())
                .count()
        })
        .sum()
}
