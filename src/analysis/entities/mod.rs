//! Named entities: people, organizations, places, nationalities and groups.
//!
//! Entities matter twice: the reader sees them highlighted, and the speaker stage asks them
//! whether a source is a person or an organization. A CRF trained on CoNLL-2003 finds
//! names and tells people, organizations, places and other names apart; the gazetteer then
//! splits places into political ones (GPE: countries, cities, states) and natural ones (LOC:
//! seas, regions, mountains), and keeps of the other names the nationalities and groups
//! (NORP). Finally a name keeps one label for the whole article, so "Meloni" after
//! "Giorgia Meloni" is a person, even in a headline where capitals say nothing.
//!
//! [`recognize`] is the model's names (`decode`) and then the fix-ups, each in a file of
//! its own and each reading the spans the one before left: what a title, a name's shape, an abbreviation,
//! a kind of organization or the words around a name say of it, one label per name
//! through the article, lines of results and datelines, then the bounds of a name and
//! what general knowledge says of it.

mod abbreviations;
mod bounds;
pub mod clusters;
mod context;
pub mod crf;
mod datelines;
mod decode;
pub mod features;
pub mod gazetteer;
mod kinds;
mod known;
mod labels;
mod results;
pub mod scores;
mod shapes;
mod spans;
mod surroundings;
mod titled;

pub use spans::{at, EntitySpan};

use super::text::Document;
use context::DocContext;

/// The people, organizations, places and groups that `doc` names, in reading order.
pub fn recognize(doc: &Document) -> Vec<EntitySpan> {
    let ctx = DocContext::new(doc);
    let mut spans = decode::decode(doc, &ctx);
    titled::split_titled_people(doc, &mut spans);
    shapes::apply(doc, &mut spans);
    known::add_listed_groups(doc, &ctx, &mut spans);
    labels::share_labels(doc, &ctx, &mut spans);
    abbreviations::name_abbreviations(doc, &ctx, &mut spans);
    kinds::name_organizations_by_kind(doc, &ctx, &mut spans);
    surroundings::read_the_surroundings(doc, &mut spans);
    labels::make_consistent(doc, &mut spans);
    results::fill_results_lines(doc, &mut spans);
    datelines::place_datelines(doc, &mut spans);
    bounds::apply(doc, &mut spans);
    known::apply(doc, &ctx, &mut spans);
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::model::EntityLabel;

    /// Each entity of `text`, with its label (also for the tests of the steps' modules).
    pub(super) fn entities(text: &str) -> Vec<(String, EntityLabel)> {
        let doc = Document::new(text);
        recognize(&doc)
            .into_iter()
            .map(|s| (doc.slice(s.tokens).to_string(), s.label))
            .collect()
    }

    /// Asserts that `text` names `name` as an organization `times` times, and never as
    /// anything else.
    pub(super) fn names_an_organization(text: &str, name: &str, times: usize) {
        let found = entities(text);
        let named: Vec<_> = found.iter().filter(|(t, _)| t == name).collect();
        assert_eq!(named.len(), times, "{found:?}");
        assert!(
            named.iter().all(|(_, l)| *l == EntityLabel::Org),
            "{found:?}"
        );
    }
}
