//! The entity spans, and what every step asks of the list: which tokens it covers, which
//! label most occurrences of a name have, and adding one-word names in reading order.

use super::super::model::EntityLabel;
use super::super::order;
use super::super::text::Document;
use super::features;
use std::ops::Range;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntitySpan {
    pub tokens: Range<usize>,
    pub label: EntityLabel,
}

/// The span of `spans` (in reading order, none overlapping) that holds token `k`.
pub fn at(spans: &[EntitySpan], k: usize) -> Option<&EntitySpan> {
    let i = spans.partition_point(|e| e.tokens.end <= k);
    spans.get(i).filter(|e| e.tokens.contains(&k))
}

/// The label with the most votes (by [`features::label_index`]), if one has more than
/// every other.
pub(super) fn majority(votes: &[u32; 5]) -> Option<EntityLabel> {
    let best = (0..5).max_by_key(|&k| votes[k]).unwrap_or(0);
    (votes.iter().filter(|&&n| n == votes[best]).count() == 1).then(|| features::LABELS[best])
}

/// Per token, whether one of `spans` covers it.
pub(super) fn covered(doc: &Document, spans: &[EntitySpan]) -> Vec<bool> {
    let mut covered = vec![false; doc.tokens.len()];
    for s in spans {
        covered[s.tokens.clone()].fill(true);
    }
    covered
}

/// Adds a one-word span for each word that no span covers and that `label_of` gives a
/// label, keeping `spans` in reading order.
pub(super) fn add_words(
    doc: &Document,
    spans: &mut Vec<EntitySpan>,
    label_of: impl Fn(usize) -> Option<EntityLabel>,
) {
    let covered = covered(doc, spans);
    spans.extend(
        (0..doc.tokens.len())
            .filter(|&i| !covered[i])
            .filter_map(|i| {
                Some(EntitySpan {
                    tokens: i..i + 1,
                    label: label_of(i)?,
                })
            }),
    );
    order::by_key(spans, |s| s.tokens.start as u64);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_majority_needs_more_votes_than_any_other() {
        assert_eq!(majority(&[0, 3, 1, 0, 0]), Some(features::LABELS[1]));
        assert_eq!(majority(&[2, 2, 0, 0, 0]), None);
    }

    #[test]
    fn one_word_names_join_in_reading_order_where_none_covers() {
        let doc = Document::new("Ann met Bo and Cy");
        let mut spans = vec![EntitySpan {
            tokens: 2..3,
            label: EntityLabel::Person,
        }];
        add_words(&doc, &mut spans, |i| {
            doc.is_capitalized(i).then_some(EntityLabel::Org)
        });
        let starts: Vec<(usize, EntityLabel)> =
            spans.iter().map(|s| (s.tokens.start, s.label)).collect();
        use EntityLabel::*;
        assert_eq!(starts, [(0, Org), (2, Person), (4, Org)]);
        assert_eq!(covered(&doc, &spans), [true, false, true, false, true]);
    }
}
