//! From the model's labels to statements: runs of content, cue and source tokens, each
//! content tied to its nearest cue and that cue to its nearest source.

use std::ops::Range;

/// What a run of tokens is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Source,
    Cue,
    Content,
    /// What a cue that is no verb of saying governs: a belief, a wish, a judgement.
    Belief,
}

/// A run of tokens of one part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    pub part: Part,
    pub tokens: Range<usize>,
}

/// One statement the model found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub content: Range<usize>,
    pub cue: Option<Range<usize>>,
    pub source: Option<Range<usize>>,
}

/// The runs of a label sequence over the tokens from `first`. Labels are `O`, or `B-`
/// or `I-` and a part; an `I-` after another part opens a run as `B-` does.
pub fn runs(labels: &[&str], first: usize) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    let mut open: Option<(Part, usize)> = None;
    for (t, label) in labels.iter().chain([&"O"]).enumerate() {
        let (prefix, part) = match label.split_once('-') {
            Some((p, "SRC")) => (p, Some(Part::Source)),
            Some((p, "CUE")) => (p, Some(Part::Cue)),
            Some((p, "CON")) => (p, Some(Part::Content)),
            Some((p, "BEL")) => (p, Some(Part::Belief)),
            _ => ("O", None),
        };
        let continues = prefix == "I" && open.is_some_and(|(o, _)| Some(o) == part);
        if !continues {
            if let Some((o, start)) = open.take() {
                out.push(Run {
                    part: o,
                    tokens: first + start..first + t,
                });
            }
            open = part.map(|p| (p, t));
        }
    }
    out
}

/// Tokens between two runs, 0 where they touch or overlap.
fn gap(a: &Range<usize>, b: &Range<usize>) -> usize {
    if a.end <= b.start {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}

/// Each content run with its nearest cue, and that cue's nearest source; ties go to the
/// earlier run.
pub fn statements(runs: &[Run]) -> Vec<Found> {
    let of = |part: Part| runs.iter().filter(move |r| r.part == part);
    let nearest = |part: Part, to: &Range<usize>| {
        of(part)
            .min_by_key(|r| gap(&r.tokens, to))
            .map(|r| r.tokens.clone())
    };
    of(Part::Content)
        .map(|c| {
            let cue = nearest(Part::Cue, &c.tokens);
            let source = cue.as_ref().and_then(|q| nearest(Part::Source, q));
            Found {
                content: c.tokens.clone(),
                cue,
                source,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_open_at_b_and_at_a_change_of_part() {
        let labels = ["B-SRC", "B-CUE", "B-CON", "I-CON", "O", "I-CON", "I-SRC"];
        let parts: Vec<(Part, Range<usize>)> = runs(&labels, 10)
            .into_iter()
            .map(|r| (r.part, r.tokens))
            .collect();
        assert_eq!(
            parts,
            [
                (Part::Source, 10..11),
                (Part::Cue, 11..12),
                (Part::Content, 12..14),
                (Part::Content, 15..16),
                (Part::Source, 16..17),
            ]
        );
    }

    #[test]
    fn a_content_takes_its_nearest_cue_and_that_cue_its_nearest_source() {
        // "Smith said the plan failed, Jones told reporters."
        let labels = [
            "B-SRC", "B-CUE", "B-CON", "I-CON", "I-CON", "O", "B-SRC", "B-CUE", "I-CUE",
        ];
        let found = statements(&runs(&labels, 0));
        assert_eq!(
            found,
            [Found {
                content: 2..5,
                cue: Some(1..2),
                source: Some(0..1),
            }]
        );
    }
}
