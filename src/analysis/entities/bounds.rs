//! Where a name begins and ends, where the model drew its edges wrong: two names run
//! into one ("NBC/Wall Street Journal", "Lufthansa and France's Club Med"), a name cut
//! short ("Department for Media, Culture and Sport", "Communications Workers of
//! America", "Iowa Events Center"), or an article taken in ("The Washington Post").
//!
//! Each step looks only at the span and its neighbouring words.

use super::super::lexicon;
use super::super::model::EntityLabel;
use super::super::text::{Document, TokenKind};
use super::gazetteer;
use super::spans::EntitySpan;
use std::ops::Range;

/// Runs every step: first the splits, then each span's edges.
pub fn apply(doc: &Document, spans: &mut Vec<EntitySpan>) {
    split_at_slashes(doc, spans);
    split_coordinations(doc, spans);
    for s in spans.iter_mut() {
        drop_the(doc, s);
        extend_over_portfolios(doc, s);
        extend_over_place(doc, s);
        extend_to_venue(doc, s);
    }
    drop_overlaps(spans);
}

/// "The Washington Post": an organization's name does not take its article, unless the
/// lists hold it with one ("The Hague", "The Hill").
fn drop_the(doc: &Document, s: &mut EntitySpan) {
    let r = s.tokens.clone();
    // Places keep it: "The Oval", "The Curragh".
    if s.label == EntityLabel::Org
        && r.len() > 1
        && doc.word(r.start) == "The"
        && gazetteer::get().label(doc.slice(r.clone())).is_none()
        && !the_outlet(doc, r)
    {
        s.tokens.start += 1;
    }
}

/// Whether `r` opening with "The" is an outlet known only with it ("The Times", "The
/// Sun"; but "the Washington Post" is known both ways).
fn the_outlet(doc: &Document, r: Range<usize>) -> bool {
    let with = doc.slice(r.clone()).to_lowercase();
    let without = doc.slice(r.start + 1..r.end).to_lowercase();
    lexicon::MEDIA_OUTLETS.contains(&with) && !lexicon::MEDIA_OUTLETS.contains(&without)
}

/// "Department for Media, Culture and Sport", "Ministry of Economy, Trade and
/// Industry": a body's name with "of" or "for" goes on over a list of capitalized
/// words joined by commas and "and", where the model stopped at the first comma.
fn extend_over_portfolios(doc: &Document, s: &mut EntitySpan) {
    let r = s.tokens.clone();
    if s.label != EntityLabel::Org || !r.clone().any(|i| matches!(doc.low(i), "of" | "for")) {
        return;
    }
    let sentence_end = doc.sentences[doc.sentence_of[r.start]].tokens.end;
    let word = |k: usize| k < sentence_end && doc.is_capitalized(k);
    let mut k = r.end;
    while k + 1 < sentence_end && doc.word(k) == "," && word(k + 1) {
        k += 2;
    }
    if k > r.end && k + 1 < sentence_end && doc.low(k) == "and" && word(k + 1) {
        s.tokens.end = k + 2;
    }
}

/// "Olympic Stadium", "Iowa Events Center": a name right before the capitalized word
/// for a venue is part of the venue's name, a place.
fn extend_to_venue(doc: &Document, s: &mut EntitySpan) {
    let e = s.tokens.end;
    let n = doc.tokens.len();
    let venue = |k: usize| {
        lexicon::VENUE_ENDINGS.contains(doc.word(k))
            || (matches!(doc.word(k), "Center" | "Centre")
                && lexicon::VENUE_KINDS.contains(doc.word(k - 1)))
    };
    for k in e..(e + 2).min(n) {
        if !doc.is_capitalized(k) || doc.tokens[k].kind != TokenKind::Word {
            return;
        }
        if venue(k) && s.label != EntityLabel::Person {
            s.tokens.end = k + 1;
            s.label = EntityLabel::Loc;
            return;
        }
    }
}

/// "NBC/Wall Street Journal": a slash between names joins two of them.
fn split_at_slashes(doc: &Document, spans: &mut Vec<EntitySpan>) {
    let slashed = |s: &EntitySpan| s.tokens.clone().any(|i| doc.word(i) == "/");
    if !spans.iter().any(slashed) {
        return;
    }
    let mut out = Vec::with_capacity(spans.len() + 1);
    // "CDU/CSU", "Bodo/Glimt" are one name: split only where a part is a listed
    // organization.
    let listed = |s: &EntitySpan| {
        s.tokens.clone().any(|i| {
            gazetteer::get()
                .longest_at(doc, i, s.tokens.end)
                .is_some_and(|(len, label)| {
                    label == EntityLabel::Org
                        && (i + len == s.tokens.end || doc.word(i + len) == "/")
                })
        })
    };
    for s in spans.drain(..) {
        if !slashed(&s) || !listed(&s) {
            out.push(s);
            continue;
        }
        let mut start = s.tokens.start;
        for i in s.tokens.clone().chain([s.tokens.end]) {
            if i == s.tokens.end || doc.word(i) == "/" {
                if start < i {
                    out.push(EntitySpan {
                        tokens: start..i,
                        label: s.label,
                    });
                }
                start = i + 1;
            }
        }
    }
    *spans = out;
}

/// "Lufthansa and France's Club Med", "Munich Re and Swiss Re", "Presente.org, Islamic
/// Society of Boston": two organizations the model ran into one, joined by "and" or a
/// comma. A span is cut there when the part after opens with a place's possessive, when
/// both parts end in the same word, or at a comma not followed by a list of portfolios
/// ("Ministry of Economy, Trade and Industry" stays whole).
fn split_coordinations(doc: &Document, spans: &mut Vec<EntitySpan>) {
    // Most articles have none: no new list for them.
    if !spans.iter().any(|s| coordination(doc, s).is_some()) {
        return;
    }
    let mut out = Vec::with_capacity(spans.len() + 1);
    for s in spans.drain(..) {
        match coordination(doc, &s) {
            Some((left, right)) => {
                // "Lib Dems, Vince Cable": a given name opens a person's.
                let person =
                    right.len() > 1 && gazetteer::get().given_name(doc.word(right.start)).is_some();
                let label = if person { EntityLabel::Person } else { s.label };
                out.push(EntitySpan {
                    tokens: left,
                    label: s.label,
                });
                out.push(EntitySpan {
                    tokens: right,
                    label,
                });
            }
            None => out.push(s),
        }
    }
    *spans = out;
}

/// The two names an organization span holds, if it joins two (see
/// [`split_coordinations`]).
fn coordination(doc: &Document, s: &EntitySpan) -> Option<(Range<usize>, Range<usize>)> {
    let r = s.tokens.clone();
    if s.label != EntityLabel::Org || gazetteer::get().is_organization(doc.slice(r.clone())) {
        return None;
    }
    let join = (r.start + 1..r.end - 1).find(|&k| matches!(doc.word(k), "and" | "&" | ","))?;
    let left = r.start..join;
    let mut right = join + 1..r.end;
    if right.is_empty() || left.is_empty() {
        return None;
    }
    if doc.word(join) == "," {
        let listing = (join + 1..r.end).any(|k| doc.low(k) == "and")
            && (join + 1..r.end)
                .all(|k| doc.is_capitalized(k) || matches!(doc.word(k), "," | "and"));
        // "Goldman, Sachs & Co", "BioVest Research, Inc": partners' names of one firm.
        let firm = (join + 1..r.end).any(|k| doc.word(k) == "&")
            || lexicon::is_company_ending(doc.word(r.end - 1));
        return (!listing && !firm).then_some((left, right));
    }
    // "France's Club Med": the place is where the second is from.
    let possessive = right.len() > 2 && doc.low(right.start + 1) == "'s";
    if possessive {
        right.start += 2;
        return Some((left, right));
    }
    let same_end = left.len() > 1 && doc.word(left.end - 1) == doc.word(right.end - 1);
    same_end.then_some((left, right))
}

/// "Communications Workers of America", "Islamic Society of Boston": an organization's
/// name goes on over "of" and a place right after it, where the model made the place a
/// name of its own.
fn extend_over_place(doc: &Document, s: &mut EntitySpan) {
    let e = s.tokens.end;
    let n = doc.tokens.len();
    if s.label != EntityLabel::Org || e + 1 >= n || doc.low(e) != "of" || s.tokens.len() < 2 {
        return;
    }
    // A body of people named after what they do ("Workers", "Society"); "Benetton of
    // Italy" and "Kia Motor Corp of South Korea" are a company and where it is from.
    let last = doc.word(e - 1);
    let body = ["ers", "ists", "ians"]
        .iter()
        .any(|end| last.ends_with(end))
        || lexicon::BODIES_OF_PEOPLE.contains(last);
    if !body {
        return;
    }
    let place = gazetteer::get()
        .longest_at(doc, e + 1, n)
        .filter(|&(_, label)| matches!(label, EntityLabel::Gpe | EntityLabel::Loc));
    if let Some((len, _)) = place {
        let after = e + 1 + len;
        // "… of Boston Cultural Center" goes on: the model's span there is another name.
        if after >= n || !doc.is_capitalized(after) {
            s.tokens.end = after;
        }
    }
}

/// After the edges moved, a span the longer one now covers goes ("America" inside
/// "Communications Workers of America"). `spans` stay in reading order.
fn drop_overlaps(spans: &mut Vec<EntitySpan>) {
    let mut reach = 0;
    spans.retain(|s| {
        let inside = s.tokens.start < reach;
        reach = reach.max(s.tokens.end);
        !inside
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs the steps over `name` in `text`, taken for one organization, and gives the
    /// names they leave.
    fn bound(text: &str, name: &str) -> Vec<String> {
        let doc = Document::new(text);
        let from = text.find(name).unwrap();
        let to = from + name.len();
        let start = doc.tokens.iter().position(|t| t.start == from).unwrap();
        let end = doc.tokens.iter().position(|t| t.end == to).unwrap() + 1;
        let mut spans = vec![EntitySpan {
            tokens: start..end,
            label: EntityLabel::Org,
        }];
        apply(&doc, &mut spans);
        spans
            .into_iter()
            .map(|s| doc.slice(s.tokens).to_string())
            .collect()
    }

    #[test]
    fn two_organizations_run_together_are_two() {
        let text = "Shares in Munich Re and Swiss Re fell, as did Lufthansa and France's \
                    Club Med and Presente.org, Islamic Society of Boston.";
        assert_eq!(
            bound(text, "Munich Re and Swiss Re"),
            ["Munich Re", "Swiss Re"]
        );
        assert_eq!(
            bound(text, "Lufthansa and France's Club Med"),
            ["Lufthansa", "Club Med"]
        );
        assert_eq!(
            bound(text, "Presente.org, Islamic Society of Boston"),
            ["Presente.org", "Islamic Society of Boston"]
        );
    }

    #[test]
    fn a_firm_of_partners_and_a_list_of_portfolios_stay_whole() {
        let text = "The Ministry of Economy, Trade and Industry hired Goldman, Sachs & Co \
                    and Marks and Spencer.";
        for name in [
            "Ministry of Economy, Trade and Industry",
            "Goldman, Sachs & Co",
            "Marks and Spencer",
        ] {
            assert_eq!(bound(text, name), [name]);
        }
    }

    #[test]
    fn a_body_of_people_goes_on_over_its_place_a_club_does_not() {
        let text = "The Communications Workers of America struck. Benetton of Italy won.";
        assert_eq!(
            bound(text, "Communications Workers"),
            ["Communications Workers of America"]
        );
        assert_eq!(bound(text, "Benetton"), ["Benetton"]);
    }
}
