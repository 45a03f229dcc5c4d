//! "Bath 56 Sale 31 Wasps 33": a line of results lists one kind of name, so a name there
//! the model left out takes the label the others have.

use super::super::order;
use super::super::text::{Document, TokenKind};
use super::features;
use super::spans::{covered, majority, EntitySpan};
use std::ops::Range;

/// "Bath 56 Sale 31 Wasps 33": a line of results lists one kind of name (clubs, or
/// countries), so a name there the model left out ("Sale", "Wasps") takes the label the
/// others have.
pub(super) fn fill_results_lines(doc: &Document, spans: &mut Vec<EntitySpan>) {
    let mut added = Vec::new();
    // Built at the first results line: most articles have none.
    let mut taken: Option<Vec<bool>> = None;
    for sentence in &doc.sentences {
        let Some(runs) = results_line(doc, sentence.tokens.clone()) else {
            continue;
        };
        let label_of = |r: &Range<usize>| {
            let k = spans.partition_point(|e| e.tokens.start < r.start);
            spans.get(k).filter(|e| e.tokens == *r).map(|e| e.label)
        };
        let mut votes = [0u32; 5];
        for label in runs.iter().filter_map(label_of) {
            votes[features::label_index(label)] += 1;
        }
        let Some(label) = majority(&votes) else {
            continue;
        };
        let taken = taken.get_or_insert_with(|| covered(doc, spans));
        for r in runs.into_iter().filter(|r| !r.clone().any(|i| taken[i])) {
            added.push(EntitySpan { tokens: r, label });
        }
    }
    spans.extend(added);
    order::by_key(spans, |s| s.tokens.start as u64);
}

/// The names of a sentence made only of names each followed by a number, at least two.
fn results_line(doc: &Document, sentence: Range<usize>) -> Option<Vec<Range<usize>>> {
    let mut runs = Vec::new();
    let mut start = None;
    for i in sentence {
        if doc.tokens[i].kind == TokenKind::Number {
            runs.push(start.take()?..i);
        } else if doc.tokens[i].kind == TokenKind::Word && doc.is_capitalized(i) {
            start.get_or_insert(i);
        } else {
            return None;
        }
    }
    (start.is_none() && runs.len() >= 2).then_some(runs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::model::EntityLabel;

    #[test]
    fn a_results_line_is_names_each_followed_by_a_number() {
        let doc = Document::new("Bath 56 Sale 31 Wasps 33");
        let runs = results_line(&doc, doc.sentences[0].tokens.clone()).unwrap();
        let names: Vec<&str> = runs.into_iter().map(|r| doc.slice(r)).collect();
        assert_eq!(names, ["Bath", "Sale", "Wasps"]);
        let doc = Document::new("Bath beat Sale 31 to 3");
        assert_eq!(results_line(&doc, doc.sentences[0].tokens.clone()), None);
    }

    #[test]
    fn a_name_left_out_takes_the_label_of_the_others() {
        let doc = Document::new("Bath 56 Sale 31 Wasps 33");
        let org = |r: Range<usize>| EntitySpan {
            tokens: r,
            label: EntityLabel::Org,
        };
        let mut spans = vec![org(0..1), org(4..5)];
        fill_results_lines(&doc, &mut spans);
        assert_eq!(spans, [org(0..1), org(2..3), org(4..5)]);
    }
}
