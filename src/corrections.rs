//! The reader's corrections: what a fact-checker fixed in the sidebar, kept as data.
//!
//! A correction is an operation anchored to the article's words, never to the engine's
//! numbering, which changes with every analysis: a statement by its words and where they
//! stand, a speaker by its name (and where it is first mentioned, to tell two of one name
//! apart). [`apply`] replays the list in order on each fresh analysis, so a correction
//! outlives every re-analysis; one whose words or speaker are gone does not apply and is
//! listed as dropped, never silently lost. [`shift`] carries the anchors through the
//! reader's edit of the text.

use crate::analysis::{Analysis, Channel, PersonGender, Quote, QuoteType, Speaker, SpeakerKind};
use crate::summary::{excerpt, gender_word, kind_words, statement_type};
use serde::{Deserialize, Serialize};

mod stored;

/// Words of the article, where they stood when the reader pointed at them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Anchor {
    /// UTF-8 byte offset of the words in the text.
    pub start: usize,
    pub text: String,
}

/// A speaker: its name as the sidebar shows it, and the byte offset of its first mention,
/// which tells apart two speakers of one name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Who {
    pub name: String,
    pub at: Option<usize>,
}

impl Who {
    pub fn of(speaker: &Speaker) -> Who {
        Who {
            name: speaker.name.clone(),
            at: speaker.mentions.first().map(|m| m.start),
        }
    }
}

/// Whom a statement goes to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Speaker(Who),
    /// A speaker the engine did not find; one of this name is joined if there is one.
    New {
        name: String,
        kind: SpeakerKind,
    },
    NoOne,
}

/// One fix, as the reader made it. Stored as one flat record (`stored.rs`), `{"op":
/// "rename", "speaker": …, "name": …}`: kept in the browser with the text, and in a saved
/// analysis.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(into = "stored::Flat", try_from = "stored::Flat")]
pub enum Correction {
    /// `speaker` is `into`: its statements and mentions join that row.
    Merge {
        speaker: Who,
        into: Who,
    },
    Rename {
        speaker: Who,
        name: String,
    },
    Kind {
        speaker: Who,
        kind: SpeakerKind,
    },
    Gender {
        speaker: Who,
        gender: PersonGender,
    },
    Move {
        statement: Anchor,
        to: Target,
    },
    /// The words are no statement at all.
    Remove {
        statement: Anchor,
    },
    Type {
        statement: Anchor,
        kind: QuoteType,
    },
    /// A passage the engine missed: said by `by`, as a statement of type `kind`.
    Attribute {
        passage: Anchor,
        by: Target,
        kind: QuoteType,
    },
}

/// The kinds a reader may give a speaker: "unknown" is the engine's word for not knowing.
pub const KINDS: [SpeakerKind; 5] = [
    SpeakerKind::NamedPerson,
    SpeakerKind::NamedOrganization,
    SpeakerKind::Anonymous,
    SpeakerKind::Media,
    SpeakerKind::Document,
];

/// What the reader did to an analysis: their corrections, which rows they changed, and
/// which corrections no longer apply.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reader {
    pub corrections: Vec<Correction>,
    /// By speaker id: renamed, given another kind or gender, merged into or new.
    pub speakers: Vec<bool>,
    /// By quote index: moved, retyped or added by the reader.
    pub quotes: Vec<bool>,
    /// Indices into `corrections` of those whose words or speaker are gone.
    pub dropped: Vec<usize>,
}

impl Reader {
    pub fn speaker(&self, id: usize) -> bool {
        self.speakers.get(id).copied().unwrap_or(false)
    }

    pub fn quote(&self, i: usize) -> bool {
        self.quotes.get(i).copied().unwrap_or(false)
    }

    pub fn is_dropped(&self, i: usize) -> bool {
        self.dropped.contains(&i)
    }
}

/// The analysis as corrected, while corrections are replayed: rows are marked gone, not
/// removed, so that ids stay put until [`Work::finish`] numbers them again.
struct Work<'a> {
    text: &'a str,
    a: Analysis,
    speaker_gone: Vec<bool>,
    speaker_mark: Vec<bool>,
    quote_gone: Vec<bool>,
    quote_mark: Vec<bool>,
}

/// `analysis` (of `text`) with `corrections` made to it, in order.
pub fn apply(analysis: &Analysis, text: &str, corrections: &[Correction]) -> (Analysis, Reader) {
    let mut w = Work {
        text,
        a: analysis.clone(),
        speaker_gone: vec![false; analysis.speakers.len()],
        speaker_mark: vec![false; analysis.speakers.len()],
        quote_gone: vec![false; analysis.quotes.len()],
        quote_mark: vec![false; analysis.quotes.len()],
    };
    // The engine numbers speakers by place; an imported analysis might not.
    for (i, s) in w.a.speakers.iter_mut().enumerate() {
        s.id = i;
    }
    let had_statements = w.statement_counts();
    let dropped = (corrections.iter().enumerate())
        .filter(|(_, c)| w.correct(c).is_none())
        .map(|(i, _)| i)
        .collect();
    w.drop_emptied(&had_statements);
    let (a, speakers, quotes) = w.finish();
    let reader = Reader {
        corrections: corrections.to_vec(),
        speakers,
        quotes,
        dropped,
    };
    (a, reader)
}

impl Work<'_> {
    /// Makes one correction; `None` if its words or speaker are gone.
    fn correct(&mut self, c: &Correction) -> Option<()> {
        match c {
            Correction::Merge { speaker, into } => {
                let (from, to) = (self.speaker(speaker)?, self.speaker(into)?);
                (from != to).then(|| self.merge(from, to))
            }
            Correction::Rename { speaker, name } => {
                let id = self.speaker(speaker)?;
                let name = name.trim();
                (!name.is_empty()).then(|| {
                    self.a.speakers[id].name = name.to_string();
                    self.speaker_mark[id] = true;
                })
            }
            Correction::Kind { speaker, kind } => {
                let id = self.speaker(speaker)?;
                self.set_kind(id, *kind);
                Some(())
            }
            Correction::Gender { speaker, gender } => {
                let id = self.speaker(speaker)?;
                let s = &mut self.a.speakers[id];
                is_person(s.kind).then(|| {
                    s.gender = Some(*gender);
                    s.gender_evidence = None;
                    self.speaker_mark[id] = true;
                })
            }
            Correction::Move { statement, to } => {
                let q = self.statement(statement)?;
                let to = self.target(to)?;
                self.give(q, to);
                Some(())
            }
            Correction::Remove { statement } => {
                let q = self.statement(statement)?;
                for i in self.with_parts(q) {
                    self.quote_gone[i] = true;
                }
                Some(())
            }
            Correction::Type { statement, kind } => {
                let q = self.statement(statement)?;
                self.a.quotes[q].kind = *kind;
                self.quote_mark[q] = true;
                Some(())
            }
            Correction::Attribute { passage, by, kind } => self.attribute(passage, by, *kind),
        }
    }

    /// The speaker `who` names: of its name, the one first mentioned where `who` says.
    fn speaker(&self, who: &Who) -> Option<usize> {
        let mut named = (self.a.speakers.iter().enumerate())
            .filter(|&(id, s)| !self.speaker_gone[id] && s.name == who.name)
            .map(|(id, _)| id);
        let first = named.next()?;
        let at = |id: usize| self.a.speakers[id].mentions.first().map(|m| m.start);
        Some(
            std::iter::once(first)
                .chain(named)
                .find(|&id| who.at.is_some() && at(id) == who.at)
                .unwrap_or(first),
        )
    }

    /// The statement at `anchor`: where it was, or else the nearest with its words, or
    /// else one that covers most of those words where they now are.
    fn statement(&self, anchor: &Anchor) -> Option<usize> {
        let live = |i: &usize| !self.quote_gone[*i];
        let quotes = &self.a.quotes;
        let same = (0..quotes.len())
            .filter(live)
            .filter(|&i| quotes[i].text == anchor.text);
        if let Some(i) = same.min_by_key(|&i| quotes[i].start.abs_diff(anchor.start)) {
            return Some(i);
        }
        let at = find(self.text, anchor)?;
        let end = at + anchor.text.len();
        let overlap = |q: &Quote| q.end.min(end).saturating_sub(q.start.max(at));
        (0..quotes.len())
            .filter(live)
            .filter(|&i| {
                let o = overlap(&quotes[i]);
                2 * o >= anchor.text.len() && 2 * o >= quotes[i].end - quotes[i].start
            })
            .max_by_key(|&i| overlap(&quotes[i]))
    }

    /// The speaker id a statement goes to (`Some(None)` for no one), making a new one.
    fn target(&mut self, target: &Target) -> Option<Option<usize>> {
        match target {
            Target::Speaker(who) => Some(Some(self.speaker(who)?)),
            Target::NoOne => Some(None),
            Target::New { name, kind } => {
                let name = name.trim();
                if name.is_empty() {
                    return None;
                }
                let who = Who {
                    name: name.to_string(),
                    at: None,
                };
                Some(Some(
                    self.speaker(&who).unwrap_or_else(|| self.add(name, *kind)),
                ))
            }
        }
    }

    fn add(&mut self, name: &str, kind: SpeakerKind) -> usize {
        let id = self.a.speakers.len();
        self.a.speakers.push(Speaker {
            id,
            name: name.to_string(),
            kind,
            description: None,
            anonymity_cue: None,
            anonymity_cue_span: None,
            mentions: Vec::new(),
            gender: is_person(kind).then_some(PersonGender::Unknown),
            gender_evidence: None,
            vague: false,
        });
        self.speaker_gone.push(false);
        self.speaker_mark.push(true);
        id
    }

    /// Statement `q`, and the partial quotes inside it that are part of it (as the
    /// sidebar counts them: the same speakers), which go wherever it goes.
    fn with_parts(&self, q: usize) -> Vec<usize> {
        let outer = &self.a.quotes[q];
        let mut all = vec![q];
        if outer.kind == QuoteType::Indirect {
            all.extend((0..self.a.quotes.len()).filter(|&i| {
                let p = &self.a.quotes[i];
                i != q
                    && !self.quote_gone[i]
                    && p.kind == QuoteType::Partial
                    && outer.start <= p.start
                    && p.end <= outer.end
                    && p.speakers == outer.speakers
            }));
        }
        all
    }

    /// Gives statement `q` (and its parts) to `to`. The phrase that named the old
    /// speaker no longer names its source, so it is no longer marked as one.
    fn give(&mut self, q: usize, to: Option<usize>) {
        for i in self.with_parts(q) {
            let quote = &mut self.a.quotes[i];
            quote.speaker = to;
            quote.speakers = to.into_iter().collect();
            quote.source_mention = None;
            self.quote_mark[i] = true;
        }
    }

    fn set_kind(&mut self, id: usize, kind: SpeakerKind) {
        let s = &mut self.a.speakers[id];
        s.kind = kind;
        if !is_person(kind) {
            (s.gender, s.gender_evidence) = (None, None);
        } else if s.gender.is_none() {
            s.gender = Some(PersonGender::Unknown);
        }
        if kind != SpeakerKind::Anonymous {
            // A named source needs no reason for being unnamed, and cannot be vague.
            (s.anonymity_cue, s.anonymity_cue_span, s.vague) = (None, None, false);
        }
        self.speaker_mark[id] = true;
    }

    /// Speaker `from` is `to`: its statements, its mentions and what `to` lacks join `to`.
    fn merge(&mut self, from: usize, to: usize) {
        for q in &mut self.a.quotes {
            if q.speakers.contains(&from) {
                q.speakers.retain(|&s| s != from && s != to);
                q.speakers.insert(0, to);
                q.speaker = Some(to);
            }
        }
        let f = std::mem::replace(&mut self.a.speakers[from], placeholder());
        let s = &mut self.a.speakers[to];
        s.mentions.extend(f.mentions);
        s.mentions.sort_by_key(|m| m.start);
        s.description = s.description.take().or(f.description);
        if s.kind == SpeakerKind::Anonymous && s.anonymity_cue.is_none() {
            (s.anonymity_cue, s.anonymity_cue_span) = (f.anonymity_cue, f.anonymity_cue_span);
        }
        let unknown = matches!(s.gender, None | Some(PersonGender::Unknown));
        if is_person(s.kind) && unknown && f.gender_evidence.is_some() {
            (s.gender, s.gender_evidence) = (f.gender, f.gender_evidence);
        }
        self.speaker_gone[from] = true;
        self.speaker_mark[to] = true;
    }

    /// A passage the reader attributes: the statement at its words if the engine found
    /// one there, or else a new one.
    fn attribute(&mut self, passage: &Anchor, by: &Target, kind: QuoteType) -> Option<()> {
        let start = find(self.text, passage)?;
        let end = start + passage.text.len();
        let to = self.target(by)?;
        let existing = (0..self.a.quotes.len()).find(|&i| {
            !self.quote_gone[i] && self.a.quotes[i].start == start && self.a.quotes[i].end == end
        });
        let q = existing.unwrap_or_else(|| {
            let at = self.a.quotes.partition_point(|q| q.start <= start);
            self.a
                .quotes
                .insert(at, new_quote(self.text, start, end, kind));
            self.quote_gone.insert(at, false);
            self.quote_mark.insert(at, true);
            at
        });
        self.a.quotes[q].kind = kind;
        self.give(q, to);
        Some(())
    }

    /// How many statements each speaker has.
    fn statement_counts(&self) -> Vec<usize> {
        let mut counts = vec![0; self.a.speakers.len()];
        for (i, q) in self.a.quotes.iter().enumerate() {
            for &s in q.speakers.iter().filter(|_| !self.quote_gone[i]) {
                if let Some(n) = counts.get_mut(s) {
                    *n += 1;
                }
            }
        }
        counts
    }

    /// A speaker whose every statement the reader took away was no speaker.
    fn drop_emptied(&mut self, had: &[usize]) {
        let now = self.statement_counts();
        for (id, &n) in had.iter().enumerate() {
            if n > 0 && now[id] == 0 {
                self.speaker_gone[id] = true;
            }
        }
    }

    /// The rows left, the speakers in order of their first statement and numbered by
    /// place as the engine numbers them, and which of them the reader changed.
    fn finish(self) -> (Analysis, Vec<bool>, Vec<bool>) {
        let Work {
            mut a,
            speaker_gone,
            speaker_mark,
            quote_gone,
            quote_mark,
            ..
        } = self;
        let kept: Vec<usize> = (0..quote_gone.len()).filter(|&i| !quote_gone[i]).collect();
        let quote_marks = kept.iter().map(|&i| quote_mark[i]).collect();
        let mut quotes = std::mem::take(&mut a.quotes);
        let mut n = 0;
        quotes.retain(|_| {
            n += 1;
            !quote_gone[n - 1]
        });
        let mut first = vec![usize::MAX; a.speakers.len()];
        for (i, q) in quotes.iter().enumerate().rev() {
            for &s in &q.speakers {
                if let Some(f) = first.get_mut(s) {
                    *f = i;
                }
            }
        }
        let mut order: Vec<usize> = (0..a.speakers.len())
            .filter(|&id| !speaker_gone[id])
            .collect();
        order.sort_by_key(|&id| first[id]);
        let mut number = vec![None; a.speakers.len()];
        for (new, &old) in order.iter().enumerate() {
            number[old] = Some(new);
        }
        for q in &mut quotes {
            q.speakers = q.speakers.iter().filter_map(|&s| number[s]).collect();
            q.speakers.dedup();
            q.speaker = q.speakers.first().copied();
        }
        let mut old = std::mem::take(&mut a.speakers);
        a.speakers = (order.iter().enumerate())
            .map(|(new, &id)| {
                let mut s = std::mem::replace(&mut old[id], placeholder());
                s.id = new;
                s
            })
            .collect();
        let speaker_marks = order.iter().map(|&id| speaker_mark[id]).collect();
        a.quotes = quotes;
        (a, speaker_marks, quote_marks)
    }
}

/// Whether a speaker of `kind` may be one person, with a gender.
pub fn is_person(kind: SpeakerKind) -> bool {
    matches!(kind, SpeakerKind::NamedPerson | SpeakerKind::Anonymous)
}

fn placeholder() -> Speaker {
    Speaker {
        id: 0,
        name: String::new(),
        kind: SpeakerKind::Unknown,
        description: None,
        anonymity_cue: None,
        anonymity_cue_span: None,
        mentions: Vec::new(),
        gender: None,
        gender_evidence: None,
        vague: false,
    }
}

fn new_quote(text: &str, start: usize, end: usize, kind: QuoteType) -> Quote {
    Quote {
        start,
        end,
        text: text[start..end].to_string(),
        kind,
        speaker: None,
        speakers: Vec::new(),
        source_mention: None,
        cue: None,
        // The reader's word.
        confidence: 1.0,
        channel: Channel::Unknown,
    }
}

/// Where `anchor`'s words are in `text`: where they were, or else the nearest place
/// they are now.
pub fn find(text: &str, anchor: &Anchor) -> Option<usize> {
    let words = anchor.text.as_str();
    if words.is_empty() {
        return None;
    }
    let end = anchor.start.saturating_add(words.len());
    if text.get(anchor.start..end) == Some(words) {
        return Some(anchor.start);
    }
    text.match_indices(words)
        .map(|(at, _)| at)
        .min_by_key(|at| at.abs_diff(anchor.start))
}

/// The lengths of the start and the end that an edit of `old` into `new` left alone,
/// on character boundaries.
fn unchanged(old: &str, new: &str) -> (usize, usize) {
    let mut prefix = (old.bytes().zip(new.bytes()))
        .take_while(|(a, b)| a == b)
        .count();
    while !old.is_char_boundary(prefix) {
        prefix -= 1;
    }
    let most = old.len().min(new.len()) - prefix;
    let mut suffix = (old.bytes().rev().zip(new.bytes().rev()))
        .take(most)
        .take_while(|(a, b)| a == b)
        .count();
    while !old.is_char_boundary(old.len() - suffix) {
        suffix -= 1;
    }
    (prefix, suffix)
}

/// `corrections` with their anchors carried through the edit of `old` into `new`: words
/// after the edit move with it, words before it stay; words it touched keep their place,
/// for [`apply`] to find again if the edit left them.
pub fn shift(corrections: &[Correction], old: &str, new: &str) -> Vec<Correction> {
    let (_, suffix) = unchanged(old, new);
    let after = old.len() - suffix;
    let mut out = corrections.to_vec();
    for c in &mut out {
        for start in c.positions() {
            if *start >= after {
                // Never below `after` in the new text, and never past the largest offset.
                *start = start.saturating_add(new.len()).saturating_sub(old.len());
            }
        }
    }
    out
}

/// "“We found more silt…”": a statement's words, short, in quotation marks.
fn quoted(anchor: &Anchor) -> String {
    format!("“{}”", excerpt(&anchor.text, 60))
}

/// "a direct quote", "reported speech".
fn a_type(t: QuoteType) -> String {
    match t {
        QuoteType::Indirect => statement_type(t).to_string(),
        _ => format!("a {}", statement_type(t)),
    }
}

fn target_name(t: &Target) -> String {
    match t {
        Target::Speaker(who) => who.name.clone(),
        Target::New { name, .. } => format!("a new speaker, {}", name.trim()),
        Target::NoOne => "no one".to_string(),
    }
}

impl Correction {
    /// The correction in the reader's words, for the notice, the list and the report.
    pub fn describe(&self) -> String {
        match self {
            Correction::Merge { speaker, into } => {
                format!("Merged {} into {}", speaker.name, into.name)
            }
            Correction::Rename { speaker, name } => {
                format!("Renamed {} to {}", speaker.name, name.trim())
            }
            Correction::Kind { speaker, kind } => {
                format!("Made {} {}", speaker.name, kind_words(*kind).0)
            }
            Correction::Gender { speaker, gender } => {
                format!("Set {}'s gender: {}", speaker.name, gender_word(*gender))
            }
            Correction::Move { statement, to } => {
                format!("Gave {} to {}", quoted(statement), target_name(to))
            }
            Correction::Remove { statement } => {
                format!("Removed {}: not a statement", quoted(statement))
            }
            Correction::Type { statement, kind } => {
                format!("Made {} {}", quoted(statement), a_type(*kind))
            }
            Correction::Attribute { passage, by, kind } => format!(
                "Attributed {} to {}, as {}",
                quoted(passage),
                target_name(by),
                a_type(*kind)
            ),
        }
    }
}

fn who_at(w: &mut Who) -> Option<&mut usize> {
    w.at.as_mut()
}

fn target_at(t: &mut Target) -> Option<&mut usize> {
    match t {
        Target::Speaker(w) => who_at(w),
        _ => None,
    }
}

impl Correction {
    /// Every offset the correction holds.
    fn positions(&mut self) -> Vec<&mut usize> {
        match self {
            Correction::Merge { speaker, into } => {
                who_at(speaker).into_iter().chain(who_at(into)).collect()
            }
            Correction::Rename { speaker, .. }
            | Correction::Kind { speaker, .. }
            | Correction::Gender { speaker, .. } => who_at(speaker).into_iter().collect(),
            Correction::Move { statement, to } => std::iter::once(&mut statement.start)
                .chain(target_at(to))
                .collect(),
            Correction::Remove { statement } | Correction::Type { statement, .. } => {
                vec![&mut statement.start]
            }
            Correction::Attribute { passage, by, .. } => std::iter::once(&mut passage.start)
                .chain(target_at(by))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze;

    const TEXT: &str = "\"We found more silt than the survey predicted,\" said Dana Okafor, \
                        the authority's chief engineer.\n\n\
                        A contractor, who asked not to be named, said the equipment had been \
                        idle for weeks.\n\n\
                        \"We will not cut corners,\" Okafor said.\n\n\
                        Another worker said the crews had been sent home twice.";

    fn who(a: &Analysis, name: &str) -> Who {
        Who::of(a.speakers.iter().find(|s| s.name == name).expect(name))
    }

    fn statement(a: &Analysis, words: &str) -> Anchor {
        let q = a
            .quotes
            .iter()
            .find(|q| q.text.contains(words))
            .expect(words);
        Anchor {
            start: q.start,
            text: q.text.clone(),
        }
    }

    fn passage(text: &str, words: &str) -> Anchor {
        Anchor {
            start: text.find(words).expect(words),
            text: words.to_string(),
        }
    }

    fn names(a: &Analysis) -> Vec<&str> {
        a.speakers.iter().map(|s| s.name.as_str()).collect()
    }

    /// Who says the statement holding `words`, by name ("" for no one).
    fn said_by<'a>(a: &'a Analysis, words: &str) -> &'a str {
        let q = a
            .quotes
            .iter()
            .find(|q| q.text.contains(words))
            .expect(words);
        q.speaker.map_or("", |id| a.speakers[id].name.as_str())
    }

    /// Speakers are numbered by place, and every statement names one that exists.
    fn assert_numbered(a: &Analysis) {
        for (i, s) in a.speakers.iter().enumerate() {
            assert_eq!(s.id, i);
        }
        for q in &a.quotes {
            assert!(q.speakers.iter().all(|&s| s < a.speakers.len()), "{q:?}");
            assert_eq!(q.speaker, q.speakers.first().copied());
            assert_eq!(q.text, TEXT[q.start..q.end]);
        }
    }

    #[test]
    fn the_engine_reads_the_test_article_as_the_tests_expect() {
        let a = analyze(TEXT);
        assert_eq!(names(&a), ["Dana Okafor", "A contractor", "Another worker"]);
        assert_eq!(a.quotes.len(), 4);
    }

    #[test]
    fn no_corrections_change_nothing() {
        let a = analyze(TEXT);
        let (b, reader) = apply(&a, TEXT, &[]);
        assert_eq!(b, a);
        assert!(reader.speakers.iter().chain(&reader.quotes).all(|m| !m));
        assert!(reader.dropped.is_empty());
    }

    #[test]
    fn rename_kind_and_gender_change_the_row_and_mark_it() {
        let a = analyze(TEXT);
        let fixes = [
            Correction::Rename {
                speaker: who(&a, "A contractor"),
                name: " Harbour Dredging Ltd ".to_string(),
            },
            Correction::Kind {
                speaker: Who {
                    name: "Harbour Dredging Ltd".to_string(),
                    at: None,
                },
                kind: SpeakerKind::NamedOrganization,
            },
            Correction::Gender {
                speaker: who(&a, "Dana Okafor"),
                gender: PersonGender::Female,
            },
        ];
        let (b, reader) = apply(&a, TEXT, &fixes);
        assert_eq!(
            names(&b),
            ["Dana Okafor", "Harbour Dredging Ltd", "Another worker"]
        );
        let ltd = &b.speakers[1];
        assert_eq!(ltd.kind, SpeakerKind::NamedOrganization);
        assert_eq!(
            (ltd.gender, &ltd.anonymity_cue),
            (None, &None),
            "an organization"
        );
        assert_eq!(b.speakers[0].gender, Some(PersonGender::Female));
        assert_eq!(b.speakers[0].gender_evidence, None, "the reader's word");
        assert_eq!(reader.speakers, [true, true, false]);
        assert!(reader.dropped.is_empty());
        assert_numbered(&b);
    }

    #[test]
    fn a_gender_for_no_person_does_not_apply() {
        let mut a = analyze(TEXT);
        a.speakers[1].kind = SpeakerKind::Media;
        let fix = Correction::Gender {
            speaker: who(&a, "A contractor"),
            gender: PersonGender::Male,
        };
        let (b, reader) = apply(&a, TEXT, &[fix]);
        assert_eq!(reader.dropped, [0]);
        assert_eq!(b.speakers[1].gender, a.speakers[1].gender);
    }

    #[test]
    fn a_statement_moves_to_a_speaker_a_new_one_or_no_one() {
        let a = analyze(TEXT);
        let to = |t: Target, words: &str| Correction::Move {
            statement: statement(&a, words),
            to: t,
        };
        let fixes = [
            to(Target::Speaker(who(&a, "Dana Okafor")), "idle for weeks"),
            to(
                Target::New {
                    name: "Ana Ruiz".to_string(),
                    kind: SpeakerKind::NamedPerson,
                },
                "cut corners",
            ),
            to(Target::NoOne, "sent home twice"),
        ];
        let (b, reader) = apply(&a, TEXT, &fixes);
        assert_eq!(said_by(&b, "idle for weeks"), "Dana Okafor");
        assert_eq!(said_by(&b, "cut corners"), "Ana Ruiz");
        assert_eq!(said_by(&b, "sent home twice"), "");
        // The contractor and the worker said nothing after all; Ana Ruiz speaks third.
        assert_eq!(names(&b), ["Dana Okafor", "Ana Ruiz"]);
        assert_eq!(b.speakers[1].kind, SpeakerKind::NamedPerson);
        assert_eq!(b.speakers[1].gender, Some(PersonGender::Unknown));
        assert_eq!(reader.speakers, [false, true]);
        assert_eq!(reader.quotes, [false, true, true, true]);
        let moved = b.quotes.iter().find(|q| q.text.contains("idle")).unwrap();
        assert_eq!(
            moved.source_mention, None,
            "\"A contractor\" names no source of it now"
        );
        assert_numbered(&b);
    }

    #[test]
    fn a_statement_removed_goes_with_its_parts_and_a_type_changes() {
        let text = "Dana Okafor said the dredging was \"a costly nuisance\" for shippers.\n\n\
                    \"We will dredge again in May,\" she said.";
        let a = analyze(text);
        let kinds: Vec<QuoteType> = a.quotes.iter().map(|q| q.kind).collect();
        assert_eq!(
            kinds,
            [QuoteType::Indirect, QuoteType::Partial, QuoteType::Direct]
        );
        let fixes = [
            Correction::Remove {
                statement: statement(&a, "the dredging"),
            },
            Correction::Type {
                statement: statement(&a, "dredge again"),
                kind: QuoteType::Partial,
            },
        ];
        let (b, reader) = apply(&a, text, &fixes);
        assert_eq!(
            b.quotes.len(),
            1,
            "the partial quote was part of the statement"
        );
        assert_eq!(b.quotes[0].kind, QuoteType::Partial);
        assert_eq!(reader.quotes, [true]);
    }

    #[test]
    fn a_passage_is_attributed_as_a_new_statement_or_the_one_already_there() {
        let a = analyze(TEXT);
        let fixes = [
            Correction::Attribute {
                passage: passage(TEXT, "the authority's chief engineer"),
                by: Target::Speaker(who(&a, "Another worker")),
                kind: QuoteType::Indirect,
            },
            Correction::Attribute {
                passage: statement(&a, "cut corners"),
                by: Target::Speaker(who(&a, "A contractor")),
                kind: QuoteType::Partial,
            },
        ];
        let (b, reader) = apply(&a, TEXT, &fixes);
        assert_eq!(b.quotes.len(), 5);
        assert!(
            b.quotes.windows(2).all(|w| w[0].start <= w[1].start),
            "in reading order"
        );
        assert_eq!(said_by(&b, "chief engineer"), "Another worker");
        let new = b
            .quotes
            .iter()
            .position(|q| q.text.contains("chief engineer"))
            .unwrap();
        assert!(reader.quote(new));
        let cut = b
            .quotes
            .iter()
            .find(|q| q.text.contains("cut corners"))
            .unwrap();
        assert_eq!(
            (cut.kind, said_by(&b, "cut corners")),
            (QuoteType::Partial, "A contractor")
        );
        // The worker now speaks first, in the chief engineer's sentence.
        assert_eq!(names(&b), ["Dana Okafor", "Another worker", "A contractor"]);
        assert_numbered(&b);
    }

    #[test]
    fn a_merged_row_joins_the_other_with_its_statements_and_mentions() {
        let a = analyze(TEXT);
        let fix = Correction::Merge {
            speaker: who(&a, "Another worker"),
            into: who(&a, "A contractor"),
        };
        let (b, reader) = apply(&a, TEXT, &[fix]);
        assert_eq!(names(&b), ["Dana Okafor", "A contractor"]);
        assert_eq!(said_by(&b, "sent home twice"), "A contractor");
        assert_eq!(b.speakers[1].mentions.len(), 2);
        assert_eq!(reader.speakers, [false, true]);
        assert_numbered(&b);
    }

    #[test]
    fn two_speakers_of_one_name_are_told_apart_by_their_first_mention() {
        let mut a = analyze(TEXT);
        a.speakers[2].name = "A contractor".to_string();
        let second = Who::of(&a.speakers[2]);
        let fix = Correction::Rename {
            speaker: second,
            name: "A second contractor".to_string(),
        };
        let (b, _) = apply(&a, TEXT, &[fix]);
        assert_eq!(
            names(&b),
            ["Dana Okafor", "A contractor", "A second contractor"]
        );
    }

    #[test]
    fn a_correction_whose_words_or_speaker_are_gone_is_dropped_not_lost() {
        let a = analyze(TEXT);
        let fixes = vec![
            Correction::Remove {
                statement: statement(&a, "idle for weeks"),
            },
            Correction::Rename {
                speaker: who(&a, "Another worker"),
                name: "A crane driver".to_string(),
            },
        ];
        let edited = TEXT
            .replace("idle for weeks", "idle for a month")
            .replace("Another worker", "A driver");
        let b = analyze(&edited);
        let (c, reader) = apply(&b, &edited, &shift(&fixes, TEXT, &edited));
        assert_eq!(reader.dropped, [0, 1]);
        assert_eq!(reader.corrections.len(), 2, "kept, to list");
        assert_eq!(c.quotes.len(), b.quotes.len());
    }

    #[test]
    fn corrections_follow_their_words_through_an_edit() {
        let a = analyze(TEXT);
        let fixes = vec![
            Correction::Move {
                statement: statement(&a, "sent home twice"),
                to: Target::Speaker(who(&a, "Dana Okafor")),
            },
            Correction::Type {
                statement: statement(&a, "cut corners"),
                kind: QuoteType::Partial,
            },
        ];
        let edited = format!("Harbour news\n\n{TEXT}");
        let shifted = shift(&fixes, TEXT, &edited);
        let Correction::Move {
            statement: moved,
            to: Target::Speaker(okafor),
        } = &shifted[0]
        else {
            panic!("{shifted:?}");
        };
        assert_eq!(
            &edited[moved.start..moved.start + moved.text.len()],
            moved.text
        );
        assert_eq!(okafor.at, who(&a, "Dana Okafor").at.map(|at| at + 14));
        let b = analyze(&edited);
        let (c, reader) = apply(&b, &edited, &shifted);
        assert!(reader.dropped.is_empty(), "{:?}", reader.dropped);
        assert_eq!(said_by(&c, "sent home twice"), "Dana Okafor");
        // Even with anchors left where they were, the words are found where they went.
        let (d, reader) = apply(&b, &edited, &fixes);
        assert!(reader.dropped.is_empty());
        assert_eq!(d, c);
    }

    #[test]
    fn the_unchanged_ends_of_an_edit_fall_on_characters() {
        assert_eq!(unchanged("abc", "abXc"), (2, 1));
        assert_eq!(unchanged("aaa", "aaaa"), (3, 0));
        // "é" and "è" share their first byte; the prefix stops before the character.
        assert_eq!(unchanged("café!", "cafè!"), (3, 1));
        assert_eq!(unchanged("", "new"), (0, 0));
    }

    #[test]
    fn bad_anchors_never_panic() {
        let a = analyze(TEXT);
        let fixes = [
            Correction::Attribute {
                passage: Anchor {
                    start: 9_999,
                    text: String::new(),
                },
                by: Target::NoOne,
                kind: QuoteType::Direct,
            },
            Correction::Attribute {
                passage: Anchor {
                    start: usize::MAX - 2,
                    text: "zzz".to_string(),
                },
                by: Target::New {
                    name: "  ".to_string(),
                    kind: SpeakerKind::Media,
                },
                kind: QuoteType::Direct,
            },
            Correction::Merge {
                speaker: who(&a, "A contractor"),
                into: who(&a, "A contractor"),
            },
        ];
        let (b, reader) = apply(&a, TEXT, &fixes);
        assert_eq!(reader.dropped, [0, 1, 2]);
        assert_eq!(b, a);
        let shifted = shift(&fixes, TEXT, "");
        assert_eq!(shifted.len(), 3);
    }

    #[test]
    fn corrections_are_kept_as_json() {
        let a = analyze(TEXT);
        let fixes = vec![
            Correction::Kind {
                speaker: who(&a, "A contractor"),
                kind: SpeakerKind::Media,
            },
            Correction::Attribute {
                passage: passage(TEXT, "chief engineer"),
                by: Target::New {
                    name: "Ana".to_string(),
                    kind: SpeakerKind::NamedPerson,
                },
                kind: QuoteType::Direct,
            },
        ];
        let json = serde_json::to_string(&fixes).unwrap();
        assert!(
            json.starts_with(r#"[{"op":"kind","speaker":"A contractor","at":"#),
            "{json}"
        );
        let back: Vec<Correction> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, fixes);
    }
}
