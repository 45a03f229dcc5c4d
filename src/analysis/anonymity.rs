//! The terms on which a source goes unnamed: "on condition of anonymity", "who asked not
//! to be named".
//!
//! Two stages read them, for different ends: attribution ends a content clause where the
//! terms begin (they are the writer's, not the source's words), and the speaker stage
//! shows them on the anonymous source as the reason it is unnamed. They sit here, below
//! both, so that neither stage reaches into the other.

use super::text::Document;
use std::ops::Range;

/// The phrase in sentence `range` that says why a source is unnamed: "on condition of
/// anonymity", "who asked not to be named", "because he was not authorized to speak".
pub fn anonymity_cue(doc: &Document, range: Range<usize>) -> Option<Range<usize>> {
    let trigger = range.clone().find(|&i| {
        let w = doc.low(i);
        matches!(w, "anonymity" | "anonymously" | "condition")
            || (matches!(
                w,
                "named" | "identified" | "authorized" | "authorised" | "permitted" | "allowed"
            ) && (range.start..i).rev().take(3).any(|k| doc.low(k) == "not"))
    })?;
    let start = (range.start.max(trigger.saturating_sub(8))..trigger)
        .rev()
        .find(|&k| {
            matches!(
                doc.low(k),
                "on" | "who"
                    | "speaking"
                    | "because"
                    | "as"
                    | "since"
                    | "requesting"
                    | "asking"
                    | "declining"
            ) || doc.word(k) == ","
        })
        .map(|k| if doc.word(k) == "," { k + 1 } else { k })?;
    let end = (trigger..range.end)
        .find(|&k| {
            matches!(
                doc.word(k),
                "," | "." | ";" | ":" | "\"" | "“" | "”" | "''" | "—"
            )
        })
        .unwrap_or(range.end);
    (start < end).then_some(start..end)
}

/// Whether the terms of anonymity open at token `k`, before `end`: "on condition of
/// anonymity", "on the condition that they not be named". A content clause ends there.
pub fn terms_open_at(doc: &Document, k: usize, end: usize) -> bool {
    doc.low(k) == "on"
        && k + 1 < end
        && (doc.low(k + 1) == "condition"
            || (doc.low(k + 1) == "the" && k + 2 < end && doc.low(k + 2) == "condition"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_terms_open_at_on_condition() {
        let doc = Document::new("said so on the condition that he not be named, on Monday");
        let end = doc.tokens.len();
        let at = |w: &str| (0..end).filter(|&k| doc.word(k) == w).collect::<Vec<_>>();
        let on = at("on");
        assert!(terms_open_at(&doc, on[0], end));
        assert!(!terms_open_at(&doc, on[1], end));
        // The words past `end` are not read.
        assert!(!terms_open_at(&doc, on[0], on[0] + 2));
    }

    #[test]
    fn anonymity_phrases() {
        let text = "The source told AFP on condition they not be identified in any way. An aide, who asked not to be named, said so.";
        let doc = Document::new(text);
        let s0 = doc.sentences[0].tokens.clone();
        let s1 = doc.sentences[1].tokens.clone();
        assert_eq!(
            anonymity_cue(&doc, s0).map(|r| doc.slice(r)),
            Some("on condition they not be identified in any way")
        );
        assert_eq!(
            anonymity_cue(&doc, s1).map(|r| doc.slice(r)),
            Some("who asked not to be named")
        );
    }
}
