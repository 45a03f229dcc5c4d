//! The highlighted article as a tree of marks, ready to render.
//!
//! Highlights overlap: an entity sits inside a source phrase, a partial quote inside an
//! indirect one, and a quote may cross a source phrase's edge. HTML needs them properly
//! nested, so each paragraph's marks are sorted outermost first and any mark that crosses
//! the edge of an enclosing one is split in two. This is pure logic, tested natively; the
//! browser only walks the tree.

use crate::analysis::{order, Analysis, EntityLabel, QuoteType, SpeakerKind};
use std::collections::VecDeque;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkKind {
    Quote(QuoteType),
    Source { anonymous: bool },
    Anonymity,
    Entity(EntityLabel),
    Cue,
}

impl MarkKind {
    /// The `data-kind` attribute: a quote type, an entity label, "cue", "source",
    /// "source-anonymous" or "anonymity".
    pub fn code(self) -> &'static str {
        match self {
            MarkKind::Quote(t) => t.code(),
            MarkKind::Source { anonymous: false } => "source",
            MarkKind::Source { anonymous: true } => "source-anonymous",
            MarkKind::Anonymity => "anonymity",
            MarkKind::Entity(l) => l.code(),
            MarkKind::Cue => "cue",
        }
    }

    /// Outer marks first when two cover the same text.
    fn rank(self) -> u8 {
        match self {
            MarkKind::Quote(_) => 0,
            MarkKind::Source { .. } => 1,
            MarkKind::Anonymity => 2,
            MarkKind::Entity(_) => 3,
            MarkKind::Cue => 4,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    pub kind: MarkKind,
    /// The quote this mark belongs to (a quote, its cue or its source phrase).
    pub quote: Option<usize>,
    pub speaker: Option<usize>,
    /// This piece goes on from an earlier piece of the same highlight, split off where
    /// highlights cross or a paragraph ends.
    pub continued: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Text { start: usize, end: usize },
    Mark { mark: Mark, children: Vec<Node> },
}

#[derive(Clone, Debug, PartialEq)]
pub struct MarkedParagraph {
    pub start: usize,
    pub end: usize,
    pub nodes: Vec<Node>,
}

/// Every highlight of `analysis`, unnested.
pub fn marks(analysis: &Analysis) -> Vec<Mark> {
    let mut out = Vec::new();
    for (i, q) in analysis.quotes.iter().enumerate() {
        out.push(Mark {
            start: q.start,
            end: q.end,
            kind: MarkKind::Quote(q.kind),
            quote: Some(i),
            speaker: q.speaker,
            continued: false,
        });
        if let Some(c) = &q.cue {
            out.push(Mark {
                start: c.start,
                end: c.end,
                kind: MarkKind::Cue,
                quote: Some(i),
                speaker: q.speaker,
                continued: false,
            });
        }
        if let Some(s) = &q.source_mention {
            let anonymous = q
                .speaker
                .and_then(|id| analysis.speaker(id))
                .is_some_and(|s| s.kind == SpeakerKind::Anonymous);
            out.push(Mark {
                start: s.start,
                end: s.end,
                kind: MarkKind::Source { anonymous },
                quote: Some(i),
                speaker: q.speaker,
                continued: false,
            });
        }
    }
    for s in &analysis.speakers {
        if let Some(c) = &s.anonymity_cue_span {
            out.push(Mark {
                start: c.start,
                end: c.end,
                kind: MarkKind::Anonymity,
                quote: None,
                speaker: Some(s.id),
                continued: false,
            });
        }
    }
    for e in &analysis.entities {
        out.push(Mark {
            start: e.start,
            end: e.end,
            kind: MarkKind::Entity(e.label),
            quote: None,
            speaker: None,
            continued: false,
        });
    }
    // The same source phrase may serve several quotes; show it once.
    // By start, the longer first, then by rank: the sort is stable, so rank goes first.
    order::by_key(&mut out, |m| m.kind.rank() as u64);
    order::by_key(&mut out, |m| order::start_then_longer(m.start, m.end));
    out.dedup_by(|b, a| a.start == b.start && a.end == b.end && a.kind == b.kind);
    out
}

/// The article's paragraphs with their highlights nested.
pub fn layout(analysis: &Analysis) -> Vec<MarkedParagraph> {
    let all = marks(analysis);
    let mut next = 0;
    analysis
        .paragraphs
        .iter()
        .map(|p| {
            // Marks are sorted by start; skip those that ended before this paragraph.
            while next < all.len() && all[next].end <= p.start {
                next += 1;
            }
            let mut queue: VecDeque<Mark> = all[next..]
                .iter()
                .take_while(|m| m.start < p.end)
                .filter(|m| m.end > p.start)
                .map(|m| Mark {
                    start: m.start.max(p.start),
                    end: m.end.min(p.end),
                    continued: m.start < p.start,
                    ..m.clone()
                })
                .filter(|m| m.start < m.end)
                .collect();
            MarkedParagraph {
                start: p.start,
                end: p.end,
                nodes: nest(&mut queue, p.start, p.end),
            }
        })
        .collect()
}

/// Builds the nodes of `start..end` from the sorted `queue`, consuming the marks that start
/// inside it and splitting any that cross its end.
fn nest(queue: &mut VecDeque<Mark>, start: usize, end: usize) -> Vec<Node> {
    let mut nodes = Vec::new();
    let mut pos = start;
    while queue.front().is_some_and(|m| m.start < end) {
        let mut mark = queue.pop_front().expect("checked above");
        if mark.start < pos {
            // Overlaps a sibling already placed: keep only what lies after it.
            mark.start = pos;
            mark.continued = true;
            if mark.start >= mark.end {
                continue;
            }
        }
        if mark.end > end {
            let rest = Mark {
                start: end,
                continued: true,
                ..mark.clone()
            };
            let at = queue
                .iter()
                .position(|m| {
                    (m.start, std::cmp::Reverse(m.end)) > (rest.start, std::cmp::Reverse(rest.end))
                })
                .unwrap_or(queue.len());
            queue.insert(at, rest);
            mark.end = end;
        }
        if mark.start > pos {
            nodes.push(Node::Text {
                start: pos,
                end: mark.start,
            });
        }
        let children = nest(queue, mark.start, mark.end);
        pos = mark.end;
        nodes.push(Node::Mark { mark, children });
    }
    if pos < end {
        nodes.push(Node::Text { start: pos, end });
    }
    nodes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze;

    /// Renders nodes as text with [kind ...] brackets.
    fn show(text: &str, nodes: &[Node]) -> String {
        nodes
            .iter()
            .map(|n| match n {
                Node::Text { start, end } => text[*start..*end].to_string(),
                Node::Mark { mark, children } => {
                    format!("[{} {}]", mark.kind.code(), show(text, children))
                }
            })
            .collect()
    }

    #[test]
    fn nests_entities_in_sources_and_keeps_every_byte() {
        let text = "\"We will build it,\" Mayor Elena Vasquez said on Tuesday.";
        let analysis = analyze(text);
        let paras = layout(&analysis);
        assert_eq!(
            show(text, &paras[0].nodes),
            "\"[direct We will build it,]\" [source Mayor [PERSON Elena Vasquez]] [cue said] on Tuesday."
        );
    }

    #[test]
    fn splits_marks_that_cross() {
        let mut queue: VecDeque<Mark> = [
            (0, 10, MarkKind::Cue),
            (5, 15, MarkKind::Entity(EntityLabel::Org)),
        ]
        .into_iter()
        .map(|(start, end, kind)| Mark {
            start,
            end,
            kind,
            quote: None,
            speaker: None,
            continued: false,
        })
        .collect();
        let text = "abcdefghijklmnopqrst";
        assert_eq!(
            show(text, &nest(&mut queue, 0, 20)),
            "[cue abcde[ORG fghij]][ORG klmno]pqrst"
        );
    }
}
