//! Reported speech learned from PolNeAR's 840 annotated articles.
//!
//! The rules before this find a quote's speaker very precisely, but reported speech comes
//! in more shapes than rules can list ("urged rapid action to …", "analysts expect …",
//! "court papers say …"), and each new rule moved the measures by a few thousandths. So a
//! linear-chain CRF (the entity model's machinery, [`crate::analysis::crf`]) tags each
//! token of a paragraph as source, cue, content or nothing, reading what the rules found as
//! features of its own ([`features`]). Where its content overlaps a rules' statement of
//! reported speech, that statement stays, cut where the model ends it sooner; the rest,
//! the statements the rules missed, must read as a reader's statement: a clause after a
//! verb of saying, from a source phrase that names someone. Quotes and their speakers
//! stay the rules'.
//!
//! `tools/attribution/train.sh` trains it on PolNeAR train and writes
//! `assets/attribution.model`; a paragraph with no verb of saying is not read, which keeps
//! the cost to a fraction of the entity model's.

mod decode;
pub mod features;

use super::cued::{word_count, Attribution, INDIRECT_MIN_WORDS};
use crate::analysis::crf::Crf;
use crate::analysis::cues::{Cue, CueClass};
use crate::analysis::entities::{self, EntitySpan};
use crate::analysis::lexicon;
use crate::analysis::model::QuoteType;
use crate::analysis::order;
use crate::analysis::phrases;
use crate::analysis::quotes::QuotedSpan;
use crate::analysis::text::Document;
use decode::Found;
use features::Context;
use std::ops::Range;
use std::sync::OnceLock;

const MODEL: &[u8] = include_bytes!("../../../../assets/attribution.model");

/// O, and B- and I- of source, cue, content (of a verb of saying) and belief (a content
/// of another cue: "wants", "fears", "mocked").
pub const LABELS: usize = 9;

pub type Model = Crf<LABELS>;

/// The shipped model.
pub fn get() -> &'static Model {
    static MODEL_READ: OnceLock<Model> = OnceLock::new();
    MODEL_READ
        .get_or_init(|| Model::parse(MODEL).expect("the shipped attribution model is well formed"))
}

/// What one article gives the model: the text, its cues (none inside quotation marks),
/// which tokens are quoted, the quotes, the names, and the rules' statements.
pub struct Article<'a, 'd> {
    pub doc: &'a Document<'d>,
    pub cues: &'a [Option<Cue>],
    pub inside: &'a [bool],
    pub quotes: &'a [QuotedSpan],
    pub entities: &'a [EntitySpan],
}

impl Article<'_, '_> {
    /// The features of every token, for training (`examples/attr_features.rs`).
    pub fn features(&self, rules: &[Attribution]) -> Vec<Vec<String>> {
        let ctx = self.context(rules);
        (0..self.doc.tokens.len())
            .map(|i| {
                let mut out = Vec::new();
                ctx.features(i, &mut |f| out.push(f.to_string()));
                out
            })
            .collect()
    }

    fn context(&self, rules: &[Attribution]) -> Context<'_, '_> {
        Context::new(
            self.doc,
            self.cues,
            self.inside,
            self.quotes,
            self.entities,
            rules,
        )
    }

    /// The rules' statements with their reported speech revised by `model`: the model's
    /// contents, each with the source of the rules' statement it overlaps, and the rules'
    /// reported speech the model does not cover.
    pub fn revise(&self, model: &Model, rules: Vec<Attribution>) -> Vec<Attribution> {
        let mut indirect: Vec<&Attribution> = (rules.iter())
            .filter(|a| a.kind == QuoteType::Indirect)
            .collect();
        indirect.sort_by_key(|a| a.content.start);
        // Each with the rules' statement it overlaps most, if any.
        let mut found: Vec<(Found, Option<&Attribution>)> = self
            .tag(model, &rules)
            .into_iter()
            .map(|f| self.rules_source(self.without_that(f)))
            .map(|f| {
                let rule = self.overlapped_most(&f, &indirect);
                (f, rule)
            })
            .filter(|(f, rule)| {
                self.reports_speech(f) && self.reads_as_statement(f, rule.is_some())
            })
            .collect();
        found.sort_by_key(|(f, _)| f.content.start);
        let doc = self.doc;
        let covered = |a: &Attribution| {
            a.kind == QuoteType::Indirect
                && overlapping(doc, &found, |(f, _)| &f.content, &a.content)
                    .next()
                    .is_some()
        };
        let mut out: Vec<Attribution> = (found.iter())
            .map(|(f, rule)| self.statement(f, *rule))
            .collect();
        out.extend(rules.iter().filter(|a| !covered(a)).cloned());
        order::by_key(&mut out, |a| a.content.start as u64);
        out
    }

    /// A content without its opening "that", as the rules and FORMAT.md's readers mark it.
    fn without_that(&self, mut f: Found) -> Found {
        if f.content.len() > 1 && self.doc.low(f.content.start) == "that" {
            f.content.start += 1;
        }
        f
    }

    /// A source as the rules read it beside its cue: the model tags a name with its
    /// appositive ("said Kevin Book, the managing director who leads …") or a subject with
    /// its time ("The Kremlin on Friday dismissed …"), and the speaker is the name.
    fn rules_source(&self, mut f: Found) -> Found {
        let (Some(s), Some(c)) = (f.source.clone(), f.cue.clone()) else {
            return f;
        };
        let read = if s.start >= c.end {
            phrases::phrase_after(self.doc, s.start, s.end)
        } else if s.end <= c.start {
            // Coordinated subjects ("X and Y dismissed"), nearest first, as one phrase.
            let subjects = phrases::subject_before(self.doc, c.start, s.start);
            subjects
                .last()
                .zip(subjects.first())
                .map(|(a, b)| a.start..b.end)
        } else {
            None
        };
        f.source = read.or(f.source);
        f
    }

    /// The rules' statement whose content overlaps most of what the model found.
    fn overlapped_most<'r>(
        &self,
        f: &Found,
        indirect: &[&'r Attribution],
    ) -> Option<&'r Attribution> {
        let overlap = |a: &Attribution| {
            a.content.end.min(f.content.end) as isize
                - a.content.start.max(f.content.start) as isize
        };
        overlapping(self.doc, indirect, |a| &a.content, &f.content)
            .max_by_key(|a| overlap(a))
            .copied()
    }

    /// Whether what the model found is a statement a reader would list: one the rules
    /// found too, or a clause (PolNeAR also marks the object of "criticized the move",
    /// FORMAT.md does not) from a source that names someone.
    fn reads_as_statement(&self, f: &Found, by_rules: bool) -> bool {
        // A "whether" clause follows the verb that asks it: before another verb it is
        // the question someone was asked ("When asked whether she would run, X replied").
        let question = matches!(self.doc.low(f.content.start), "whether" | "if");
        let asked_after = f.cue.as_ref().is_some_and(|c| c.start > f.content.start);
        by_rules
            || phrases::is_clause(self.doc, &f.content)
                && f.source.as_ref().is_some_and(|r| self.names_a_source(r))
                && !(question && asked_after)
    }

    /// The model's statements, paragraph by paragraph.
    fn tag(&self, model: &Model, rules: &[Attribution]) -> Vec<Found> {
        let ctx = self.context(rules);
        let mut found = Vec::new();
        let mut emissions: Vec<[f32; LABELS]> = Vec::new();
        for p in &self.doc.paragraphs {
            if !ctx.worth_reading(p.tokens.clone()) {
                continue;
            }
            emissions.clear();
            for i in p.tokens.clone() {
                let mut row = [0.0; LABELS];
                ctx.features(i, &mut |f| model.add(f, &mut row));
                emissions.push(row);
            }
            let labels: Vec<&str> = model
                .viterbi(&emissions)
                .into_iter()
                .map(|l| model.labels[l].as_str())
                .collect();
            found.extend(decode::statements(&decode::runs(&labels, p.tokens.start)));
        }
        found
    }

    /// Whether a content the model found is reported speech that the quotes do not hold
    /// already: some words of its own outside quotation marks, after a verb of saying.
    fn reports_speech(&self, f: &Found) -> bool {
        let doc = self.doc;
        let own = f
            .content
            .clone()
            .filter(|&k| !self.inside[k])
            .map(|k| word_count(doc, k..k + 1))
            .sum::<usize>();
        own >= INDIRECT_MIN_WORDS && f.cue.as_ref().is_some_and(|c| self.speech_in(c))
    }

    /// Whether a source phrase the model found names someone: a name, a pronoun, or a
    /// word for people, a body or a document ("analysts", "the ministry", "court papers"),
    /// not "the years" or a dateline.
    fn names_a_source(&self, r: &Range<usize>) -> bool {
        let doc = self.doc;
        let named = |k: usize| entities::at(self.entities, k).is_some();
        r.clone().any(|k| {
            let w = doc.low(k);
            named(k)
                || lexicon::PERSONAL_PRONOUNS.contains(w)
                || lexicon::names_people(w)
                || lexicon::is_source_noun(w)
        })
    }

    /// Whether a cue the model found holds a verb of saying the cue stage kept (not "did
    /// not say", not "asked not to be named") or reads "according to".
    fn speech_in(&self, cue: &Range<usize>) -> bool {
        cue.clone().any(|k| {
            self.cues[k]
                .as_ref()
                .is_some_and(|c| c.class == CueClass::Speech)
                || self.doc.low(k) == "according"
        })
    }

    /// A found content as a statement: with the source phrases of the rules' statement it
    /// overlaps, which are the more precise, or else the model's own.
    fn statement(&self, f: &Found, rule: Option<&Attribution>) -> Attribution {
        match rule {
            // Where both read a statement, it begins where the rules begin it (they skip
            // adverbials) and ends at the earlier end (the rules stop at a writer's
            // participle or a second attribution); an attribution nested in the rules'
            // content ("said his report would mention …") leaves it whole.
            Some(a) => Attribution {
                content: match &f.cue {
                    Some(cue) if a.content.start <= cue.start => a.content.clone(),
                    _ => a.content.start..f.content.end.min(a.content.end),
                },
                ..(*a).clone()
            },
            None => Attribution {
                content: f.content.clone(),
                kind: QuoteType::Indirect,
                cue: f.cue.clone(),
                class: (f.cue.clone().into_iter().flatten())
                    .find_map(|k| self.cues[k].as_ref().map(|c| c.class))
                    .unwrap_or(CueClass::Speech),
                sources: f.source.iter().cloned().collect(),
                local: true,
                confidence: MODEL_CONFIDENCE,
            },
        }
    }
}

/// The items of `sorted` (by the start of `span`) whose span overlaps `r`. Reported speech
/// stays within its paragraph, so only those from `r`'s paragraph on are read: a binary
/// search, not a pass over the article for each statement (a 5 MB paste holds 100,000).
fn overlapping<'s, T>(
    doc: &Document,
    sorted: &'s [T],
    span: fn(&T) -> &Range<usize>,
    r: &Range<usize>,
) -> impl Iterator<Item = &'s T> + 's {
    let from = doc.paragraphs[doc.paragraph_of(r.start)].tokens.start;
    let lo = sorted.partition_point(|t| span(t).start < from);
    let hi = sorted.partition_point(|t| span(t).start < r.end).max(lo);
    let r = r.clone();
    sorted[lo..hi].iter().filter(move |t| overlaps(span(t), &r))
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// How sure a statement only the model found is: less than the rules' own.
const MODEL_CONFIDENCE: f32 = 0.7;
