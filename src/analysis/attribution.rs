//! Who said each quote, and what was said without quotation marks.
//!
//! Sieves run from the most precise to the loosest, as in CoreNLP's quote attribution:
//!
//! 1. a cue right after the closing mark: `"…," Meloni said` / `"…," said Meloni`;
//! 2. a cue earlier in the quote's own sentence: `Meloni said: "…"`, `She noted that,
//!    while …, "…"`;
//! 3. the speaker of a neighbouring quote in the same paragraph (`"…," he said. "…"`);
//! 4. the speaker of the quote that the paragraph continues, or of the previous paragraph
//!    when this one opens with a quote and names no one new.
//!
//! Indirect speech comes from every verb of saying whose subject is found: its content
//! clause is what follows it (`told senators that …`) or, when nothing follows, the
//! clause before the subject (`…, a diplomatic source said.`). Direct quotes inside that
//! clause are cut out of it; short partial quotes stay inside, as in the original.
//!
//! Quoted words with no cue in their sentence are not speech when they are short or read
//! like a title: scare quotes, nicknames, slogans, book titles.

use super::cues::{self, Cue, CueClass, CueShape};
use super::lexicon;
use super::model::QuoteType;
use super::phrases;
use super::quotes::QuotedSpan;
use super::text::{Document, TokenKind};
use std::ops::Range;

/// Quotes of fewer words than this are partial: a fragment, not a statement.
pub const DIRECT_MIN_WORDS: usize = 4;

/// An indirect statement needs at least this many words.
const INDIRECT_MIN_WORDS: usize = 3;

#[derive(Clone, Debug, PartialEq)]
pub struct Attribution {
    pub content: Range<usize>,
    pub kind: QuoteType,
    pub cue: Option<Range<usize>>,
    pub class: CueClass,
    /// The phrases that name the speakers, nearest first.
    pub sources: Vec<Range<usize>>,
    /// Whether those phrases are at this statement, rather than carried over from the
    /// quote it continues.
    pub local: bool,
    pub confidence: f32,
}

/// How a quote found its cue.
struct Found {
    cue: Cue,
    sources: Vec<Range<usize>>,
    /// Tokens of the hearer or outlet that belong in the cue: "told AFP".
    cue_end: usize,
}

pub fn attribute(doc: &Document, quotes: &[QuotedSpan]) -> Vec<Attribution> {
    let mut inside_quote = vec![false; doc.tokens.len()];
    for q in quotes {
        inside_quote[q.open..q.close.map_or(q.inner.end, |c| c + 1)].fill(true);
    }
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
    let mut out = ctx.quoted();
    // Direct quotes are cut out of indirect content; partial quotes, scare quotes and
    // titles stay part of the sentence around them.
    let mut direct_tokens = vec![false; doc.tokens.len()];
    for q in quotes {
        if word_count(doc, q.inner.clone()) >= DIRECT_MIN_WORDS {
            direct_tokens[q.open..q.close.map_or(q.inner.end, |c| c + 1)].fill(true);
        }
    }
    let mut found: Vec<Attribution> = out.drain(..).flatten().collect();
    found.extend(ctx.indirect(&direct_tokens, &found));
    found.sort_by_key(|a| a.content.start);
    found
}

struct Context<'a, 'd> {
    doc: &'a Document<'d>,
    quotes: &'a [QuotedSpan],
    cues: &'a [Option<Cue>],
}

impl Context<'_, '_> {
    /// One entry per quoted span: its attribution, or `None` when it is not speech.
    fn quoted(&self) -> Vec<Option<Attribution>> {
        let doc = self.doc;
        let mut local: Vec<Option<Found>> = self
            .quotes
            .iter()
            .enumerate()
            .map(|(k, q)| self.local_cue(k, q))
            .collect();
        // A quote that runs over several paragraphs takes the cue found anywhere in it.
        let mut k = 0;
        while k < self.quotes.len() {
            let mut end = k;
            while self.quotes[end].continues
                && end + 1 < self.quotes.len()
                && self.quotes[end + 1].continued
            {
                end += 1;
            }
            if end > k {
                if let Some(src) = (k..=end).find(|&j| local[j].is_some()) {
                    for j in k..=end {
                        if j != src && local[j].is_none() {
                            local[j] = local[src].as_ref().map(|f| Found {
                                cue: f.cue.clone(),
                                sources: f.sources.clone(),
                                cue_end: f.cue_end,
                            });
                        }
                    }
                }
            }
            k = end + 1;
        }
        let mut out: Vec<Option<Attribution>> = Vec::with_capacity(self.quotes.len());
        for (k, q) in self.quotes.iter().enumerate() {
            let words = word_count(doc, q.inner.clone());
            let kind = if words >= DIRECT_MIN_WORDS {
                QuoteType::Direct
            } else {
                QuoteType::Partial
            };
            let attribution = match &local[k] {
                Some(f) => Some(Attribution {
                    content: q.inner.clone(),
                    kind,
                    cue: Some(f.cue.tokens.start..f.cue_end),
                    class: f.cue.class,
                    sources: f.sources.clone(),
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
            };
            out.push(attribution);
        }
        self.inherit_speakers(&mut out);
        // Direct quotes that found no speaker at all are kept (speaker unknown) only when
        // they read like speech: a sentence, not a phrase.
        for (k, q) in self.quotes.iter().enumerate() {
            let unknown = out[k].as_ref().is_some_and(|a| a.sources.is_empty());
            if unknown && !self.reads_like_speech(q) {
                out[k] = None;
            }
        }
        out
    }

    /// Sieves 1 and 2: a cue in the quote's own sentence.
    fn local_cue(&self, k: usize, q: &QuotedSpan) -> Option<Found> {
        let doc = self.doc;
        let para = &doc.paragraphs[doc.paragraph_of(q.open)];
        let last = q.close.unwrap_or(q.inner.end - 1);
        let frame_start = doc.sentences[doc.sentence_of[q.open]].tokens.start;
        let mut frame_end = doc.sentences[doc.sentence_of[last]].tokens.end;
        // `"Why not?" Pence said.` splits as two sentences; the speech tag belongs here.
        let next = doc.sentence_of[last] + 1;
        if frame_end == last + 1
            && next < doc.sentences.len()
            && doc.sentences[next].paragraph == doc.paragraph_of(last)
        {
            frame_end = doc.sentences[next].tokens.end;
        }
        // Neighbouring quotes in the same frame bound the search on each side.
        let after_limit = self.quotes[k + 1..]
            .iter()
            .find(|n| n.open > last && n.open < frame_end)
            .map_or(frame_end, |n| n.open);
        let before_floor = self.quotes[..k]
            .iter()
            .rev()
            .find(|p| p.close.is_some_and(|c| c >= frame_start && c < q.open))
            .and_then(|p| p.close)
            .map_or(frame_start, |c| c + 1);
        if q.close.is_some() {
            if let Some(f) = self.cue_after(last + 1, after_limit) {
                return Some(f);
            }
        }
        if let Some(f) = self.cue_before(q.open, frame_start, before_floor) {
            return Some(f);
        }
        // `He played up his strength: "…"`: the colon introduces the sentence subject's words.
        if q.open > before_floor && doc.word(q.open - 1) == ":" {
            let sentence = doc.sentences[doc.sentence_of[q.open]].tokens.clone();
            if let Some(subject) = phrases::clause_subject(doc, sentence, q.open - 1) {
                return Some(Found {
                    cue: Cue::colon(q.open - 1),
                    sources: vec![subject],
                    cue_end: q.open,
                });
            }
        }
        // A paragraph that ends "Meloni said:" introduces the quote that opens the next.
        if q.open == para.tokens.start && !q.continued {
            let p = doc.paragraph_of(q.open);
            if p > 0 {
                let prev = &doc.paragraphs[p - 1];
                if doc.word(prev.tokens.end - 1) == ":" {
                    let s = doc.sentence_of[prev.tokens.end - 1];
                    return self.cue_before(
                        prev.tokens.end - 1,
                        doc.sentences[s].tokens.start,
                        doc.sentences[s].tokens.start,
                    );
                }
            }
        }
        None
    }

    /// `"…," Meloni said`, `"…," said Meloni`, `"…," Meloni, a senator, said`: a cue whose
    /// source phrase starts right after the closing mark (or right after the cue).
    fn cue_after(&self, from: usize, limit: usize) -> Option<Found> {
        let doc = self.doc;
        let mut start = from;
        while start < limit && matches!(doc.word(start), "," | "—" | "–" | "-" | "--") {
            start += 1;
        }
        for i in start..limit.min(start + 40) {
            if matches!(doc.word(i), "." | "!" | "?" | ";" | "\"" | "“" | "”") {
                break;
            }
            let Some(cue) = &self.cues[i] else { continue };
            if let Some(found) = self.sources_of(cue, start, limit) {
                let first = &found.sources[found.sources.len() - 1];
                let adjacent =
                    first.start == start || (i == start && first.start == cue.tokens.end);
                if adjacent {
                    return Some(found);
                }
            }
            // Only the first cue after a quote can be its cue.
            break;
        }
        None
    }

    /// `Meloni said: "…"`, `She noted that, while …, "…"`: the nearest usable cue before the
    /// quote in its sentence.
    fn cue_before(&self, open: usize, frame_start: usize, floor: usize) -> Option<Found> {
        (floor..open).rev().find_map(|i| {
            let cue = self.cues[i].as_ref()?;
            self.sources_of(cue, frame_start.max(floor), open)
        })
    }

    /// The sources of `cue`, looking no further left than `floor` or right than `limit`.
    fn sources_of(&self, cue: &Cue, floor: usize, limit: usize) -> Option<Found> {
        let doc = self.doc;
        let after = cue.tokens.end;
        let (sources, cue_end) = match cue.shape {
            CueShape::AccordingTo => (
                phrases::phrase_after(doc, after, limit)
                    .into_iter()
                    .collect(),
                cue.tokens.end,
            ),
            CueShape::Verb | CueShape::VerbWithHearer if cue.participle => {
                // "…, saying …": the subject of the main clause speaks.
                let s = doc.sentences[doc.sentence_of[cue.tokens.start]]
                    .tokens
                    .clone();
                let subject = (cue.tokens.start > s.start && doc.word(cue.tokens.start - 1) == ",")
                    .then(|| phrases::clause_subject(doc, s, cue.tokens.start))
                    .flatten();
                (subject.into_iter().collect(), self.hearer_end(cue, limit))
            }
            CueShape::Verb | CueShape::VerbWithHearer => {
                let subject = phrases::subject_before(doc, cue.tokens.start, floor);
                if !subject.is_empty() {
                    (subject, self.hearer_end(cue, limit))
                } else if let Some(subject) = self.coordinated_subject(cue) {
                    (vec![subject], self.hearer_end(cue, limit))
                } else if self.may_invert(cue, floor) {
                    // Inverted: "…," said Meloni.
                    let np = phrases::phrase_after(doc, after, limit);
                    (np.into_iter().collect(), cue.tokens.end)
                } else {
                    (Vec::new(), cue.tokens.end)
                }
            }
        };
        if sources.is_empty() {
            return None;
        }
        Some(Found {
            cue: cue.clone(),
            sources,
            cue_end,
        })
    }

    /// "Her campaign announced new support and said …": the second verb of a coordinated
    /// predicate shares the clause's subject.
    fn coordinated_subject(&self, cue: &Cue) -> Option<Range<usize>> {
        let doc = self.doc;
        let s = doc.sentences[doc.sentence_of[cue.tokens.start]]
            .tokens
            .clone();
        let mut k = cue.tokens.start;
        while k > s.start && lexicon::contains(lexicon::VERB_MODIFIERS, doc.low(k - 1)) {
            k -= 1;
        }
        (k > s.start && matches!(doc.low(k - 1), "and" | "but" | "then"))
            .then(|| phrases::clause_subject(doc, s, k - 1))
            .flatten()
    }

    /// Only a finite verb right after a quote or a comma inverts: `"…," said Meloni`.
    fn may_invert(&self, cue: &Cue, floor: usize) -> bool {
        let doc = self.doc;
        let i = cue.tokens.start;
        let finite = doc.low(i) != cue.lemma;
        let after_break = i == floor || matches!(doc.word(i - 1), "," | "\"" | "”" | "—" | "–");
        finite && after_break && !matches!(cue.lemma, "tell" | "ask")
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
            let outlet = lexicon::contains(lexicon::MEDIA_OUTLETS, &text)
                || matches!(
                    text.as_str(),
                    "reporters" | "journalists" | "the newspaper" | "the paper"
                )
                || text.starts_with("the ")
                    && lexicon::contains(lexicon::MEDIA_OUTLETS, &text[4..]);
            if outlet {
                return np.end;
            }
        }
        end
    }

    /// Sieves 3 and 4: quotes that found no cue share the speaker of a neighbour.
    fn inherit_speakers(&self, out: &mut [Option<Attribution>]) {
        let doc = self.doc;
        let has_speaker =
            |a: &Option<Attribution>| a.as_ref().is_some_and(|a| !a.sources.is_empty());
        for k in 0..self.quotes.len() {
            let needs = out[k].as_ref().is_some_and(|a| a.sources.is_empty());
            if !needs {
                continue;
            }
            let q = &self.quotes[k];
            let para = doc.paragraph_of(q.open);
            let same_para = |j: usize| doc.paragraph_of(self.quotes[j].open) == para;
            // Sieve 3: a neighbour in the same paragraph, the previous one first.
            let prev = (0..k)
                .rev()
                .take_while(|&j| same_para(j))
                .find(|&j| has_speaker(&out[j]));
            let next = (k + 1..self.quotes.len())
                .take_while(|&j| same_para(j))
                .find(|&j| has_speaker(&out[j]));
            let (source, confidence) = match (prev, next) {
                (Some(j), _) => (Some(j), 0.85),
                (None, Some(j)) => (Some(j), 0.8),
                (None, None) => (self.previous_paragraph_speaker(k, out), 0.7),
            };
            if let Some(j) = source {
                let sources = out[j]
                    .as_ref()
                    .map(|a| a.sources.clone())
                    .unwrap_or_default();
                if let Some(a) = out[k].as_mut() {
                    a.sources = sources;
                    a.confidence = confidence;
                }
            }
        }
    }

    /// Sieve 4: the quote continues one from the previous paragraph, or opens a paragraph
    /// right after a paragraph whose last statement is a direct quote.
    fn previous_paragraph_speaker(&self, k: usize, out: &[Option<Attribution>]) -> Option<usize> {
        let doc = self.doc;
        let q = &self.quotes[k];
        let para = doc.paragraph_of(q.open);
        if para == 0 || (q.open != doc.paragraphs[para].tokens.start && !q.continued) {
            return None;
        }
        let j = (0..k).rev().find(|&j| out[j].is_some())?;
        let prev_para = doc.paragraph_of(self.quotes[j].open);
        let attributed = out[j].as_ref().is_some_and(|a| !a.sources.is_empty());
        (prev_para + 1 == para
            && attributed
            && out[j].as_ref().is_some_and(|a| a.kind == QuoteType::Direct))
        .then_some(j)
    }

    /// Book and film titles, slogans and nicknames: title case, or named as such.
    fn is_title_or_name(&self, q: &QuotedSpan) -> bool {
        let doc = self.doc;
        if q.open > 0 {
            let before = doc.low(q.open - 1);
            if matches!(
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
                    | "word"
                    | "words"
                    | "term"
                    | "phrase"
            ) {
                return true;
            }
        }
        let words: Vec<usize> = q
            .inner
            .clone()
            .filter(|&i| doc.tokens[i].kind == TokenKind::Word && doc.word(i).len() > 3)
            .collect();
        !words.is_empty() && words.len() <= 10 && words.iter().all(|&i| doc.is_capitalized(i))
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

    /// Indirect speech: content clauses of verbs of saying outside quotation marks.
    fn indirect(&self, quoted: &[bool], direct: &[Attribution]) -> Vec<Attribution> {
        let doc = self.doc;
        let mut used = vec![false; doc.tokens.len()];
        for a in direct {
            if a.kind == QuoteType::Direct {
                for i in a.content.clone() {
                    used[i] = true;
                }
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
                    if let Some(a) = self.indirect_at(cue, range.clone(), quoted, &used) {
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
                    } else {
                        i += 1;
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
        quoted: &[bool],
        used: &[bool],
    ) -> Option<Attribution> {
        let doc = self.doc;
        // Verbs of characterizing ("called it a disaster") take no content clause.
        if !cue.takes_clause {
            return None;
        }
        let floor = (sentence.start..cue.tokens.start)
            .rev()
            .find(|&i| quoted[i] || used[i])
            .map_or(sentence.start, |i| i + 1);
        let limit = (cue.tokens.end..sentence.end)
            .find(|&i| quoted[i] || used[i])
            .unwrap_or(sentence.end);
        let found = self.sources_of(cue, floor, limit)?;
        let inverted = found
            .sources
            .first()
            .is_some_and(|s| s.start >= cue.tokens.end);
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
            // "According to X, content": skip the comma after the source.
            let mut s = source_end.max(found.cue_end);
            if s < limit && doc.word(s) == "," {
                s += 1;
            }
            s..limit
        } else if inverted {
            // "…, said Dana Okafor, the chief engineer": what follows describes the source.
            limit..limit
        } else {
            let mut s = found.cue_end.max(cue.tokens.end);
            if cue.shape == CueShape::VerbWithHearer && s == cue.tokens.end {
                if let Some(h) = phrases::phrase_after(doc, s, limit) {
                    s = h.end;
                }
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
            return Some(self.indirect_statement(cue, found, whole));
        }
        let right = cut_at_comment(doc, right);
        let right = trim_punct(doc, right);
        let clause =
            introduced || cue.shape == CueShape::AccordingTo || phrases::is_clause(doc, &right);
        let content = if clause
            && word_count(doc, right.clone()) >= INDIRECT_MIN_WORDS
            && opens_clause(doc, &right)
        {
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
            if left.is_empty()
                || word_count(doc, left.clone()) < INDIRECT_MIN_WORDS
                || doc.word(end.saturating_sub(1)) != ","
            {
                return None;
            }
            left
        };
        if cue.class == CueClass::Finding && !self.followed_by_that(cue, sentence.end) {
            return None;
        }
        Some(self.indirect_statement(cue, found, content))
    }

    fn indirect_statement(&self, cue: &Cue, found: Found, content: Range<usize>) -> Attribution {
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

    fn followed_by_that(&self, cue: &Cue, limit: usize) -> bool {
        let doc = self.doc;
        let i = phrases::skip_adverbials(doc, cue.tokens.end, limit);
        i < limit && doc.low(i) == "that"
    }
}

/// Whether the words after a verb can be its content clause: not an infinitive ("told him
/// to leave") or a prepositional phrase ("told AFP on condition of anonymity").
fn opens_clause(doc: &Document, r: &Range<usize>) -> bool {
    !r.is_empty()
        && !matches!(
            doc.low(r.start),
            "to" | "on"
                | "in"
                | "at"
                | "for"
                | "with"
                | "about"
                | "during"
                | "by"
                | "from"
                | "of"
                | "into"
                | "over"
                | "under"
                | "after"
                | "before"
                | "through"
                | "without"
                | "via"
        )
}

/// Ends a content clause where the writer's own comment begins: "all staffers sign NDAs,
/// though she did not discuss their terms".
fn cut_at_comment(doc: &Document, r: Range<usize>) -> Range<usize> {
    let cut = (r.start + 1..r.end.saturating_sub(1)).find(|&k| {
        doc.word(k) == ","
            && matches!(
                doc.low(k + 1),
                "though" | "although" | "but" | "whereas" | "while" | "even"
            )
    });
    match cut {
        Some(k) => r.start..k,
        None => r,
    }
}

/// Drops punctuation at both ends of a content clause.
fn trim_punct(doc: &Document, mut r: Range<usize>) -> Range<usize> {
    while r.start < r.end
        && doc.tokens[r.start].kind == TokenKind::Punct
        && !matches!(doc.word(r.start), "\"" | "“" | "‘" | "'" | "[")
    {
        r.start += 1;
    }
    while r.end > r.start
        && doc.tokens[r.end - 1].kind == TokenKind::Punct
        && !matches!(doc.word(r.end - 1), "\"" | "”" | "’" | "'" | "]" | ")")
    {
        r.end -= 1;
    }
    r
}

pub fn word_count(doc: &Document, r: Range<usize>) -> usize {
    r.filter(|&i| doc.tokens[i].kind != TokenKind::Punct)
        .count()
}
