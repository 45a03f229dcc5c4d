//! "MILWAUKEE, Wisconsin 1996-08-29", "WASHINGTON (Reuters) -": a name opening a dateline
//! is the place the story was filed from, though in a sports story the model reads a
//! city as its team. Only that occurrence: in the results below it, it may be the team.

use super::super::lexicon;
use super::super::model::EntityLabel;
use super::super::text::{Document, TokenKind};
use super::context::is_upper;
use super::spans::EntitySpan;
use std::ops::Range;

/// "MILWAUKEE, Wisconsin 1996-08-29", "NEW YORK, Aug. 30": a name opening a dateline is the
/// place the story was filed from, though in a sports story the model reads a city as its
/// team. Only that occurrence: in the results below it, the city may be the team.
pub(super) fn place_datelines(doc: &Document, spans: &mut [EntitySpan]) {
    for s in spans.iter_mut() {
        if matches!(s.label, EntityLabel::Org | EntityLabel::Person)
            && opens_dateline(doc, &s.tokens)
        {
            s.label = EntityLabel::Gpe;
        }
    }
}

/// Whether the name at `r` opens a dateline: the state or country, then the date; or,
/// in the first paragraphs, a name in capitals, then a dash or the agency ("RIVERTON —
/// The council …", "WASHINGTON (Reuters) - ").
pub(super) fn opens_dateline(doc: &Document, r: &Range<usize>) -> bool {
    let sentence = doc.sentences[doc.sentence_of[r.start]].tokens.clone();
    if r.start != sentence.start {
        return false;
    }
    // Not a section heading over a headline in capitals ("RUGBY UNION - SOUTH AFRICA
    // BEAT …"): the story goes on in ordinary case.
    let capitals = |k: usize| is_upper(doc.word(k));
    let story_after = |k: usize| k < sentence.end && !capitals(k);
    let after = r.end;
    let dash = after < sentence.end && matches!(doc.word(after), "—" | "–" | "-");
    let agency = after < sentence.end && doc.word(after) == "(";
    // Near the top, where a dateline is ("RTRS - Budget cuts …" further down is a
    // wire code over the next story).
    let top = doc.sentences[doc.sentence_of[r.start]].paragraph <= 2;
    if top && r.clone().all(capitals) && (dash && story_after(after + 1) || agency) {
        return true;
    }
    let mut k = r.end;
    if k < sentence.end && doc.word(k) == "," {
        k += 1;
        // The state or country: "MILWAUKEE, Wisconsin".
        while k + 1 < sentence.end
            && doc.is_capitalized(k)
            && !lexicon::TIME_WORDS.contains(doc.low(k))
        {
            k += 1;
        }
    }
    let number = |k: usize| k < sentence.end && doc.tokens[k].kind == TokenKind::Number;
    let iso_date = number(k) && {
        let w = doc.word(k);
        w.len() == 10 && w.as_bytes()[4] == b'-' && w.as_bytes()[7] == b'-'
    };
    iso_date || (k < sentence.end && lexicon::TIME_WORDS.contains(doc.low(k)) && number(k + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_then_its_state_and_a_date_opens_a_dateline() {
        let doc = Document::new("MILWAUKEE, Wisconsin 1996-08-29\n\nThe Brewers won.");
        assert!(opens_dateline(&doc, &(0..1)));
        let doc = Document::new("WASHINGTON (Reuters) - The council met.");
        assert!(opens_dateline(&doc, &(0..1)));
        let doc = Document::new("Milwaukee beat Boston on Sunday.");
        assert!(!opens_dateline(&doc, &(0..1)));
    }
}
