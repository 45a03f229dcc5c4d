//! From source phrases to speakers: who is "she", which source is "that source".
//!
//! Mentions are resolved in reading order against the speakers met so far:
//!
//! - a name joins the person or organization with that name ("Meloni" joins
//!   "Giorgia Meloni", but "Bill Clinton" does not join "Hillary Clinton");
//! - a pronoun joins the latest speaker it can stand for ("she" a woman or a person of
//!   unknown gender, "it" an organization), or the latest named person in the text;
//! - "a source", "another source" always introduce someone new; "the source", "that
//!   source" and "the second source" point back to one already introduced, by head noun,
//!   modifiers ("the diplomatic source") and order;
//! - a role ("Italy's premier", "the minister") joins the person whose title it matches,
//!   even when the name comes later;
//! - a new description ("the Ballymena-born actor") joins the person just named.
//!
//! Each speaker gets a kind (person, organization, anonymous, media, document), the best
//! description the article gives, and the phrase that says why a source is unnamed.
//!
//! Reading order matters because "he" and "the source" point back: each mention is
//! resolved once, against what came before it, and the pass stays linear (the entity
//! index is built once, every look-back is bounded). A phrase that cannot be resolved
//! keeps no speaker rather than a guessed one.
//!
//! `registry` remembers the speakers met so far and `index` answers questions about the
//! article's entities; `names`, `pronouns` and `unnamed` (with `organizations`, `roles`
//! and `epithets`) resolve each kind of phrase; `describe` names and describes each
//! speaker once all are known.

mod describe;
mod epithets;
pub mod gender;
mod index;
mod names;
mod noun_phrase;
mod organizations;
mod persons;
mod pronouns;
mod registry;
mod roles;
mod unnamed;
pub mod vague;

pub use registry::Draft;

use epithets::Epithets;
use index::EntityIndex;
use registry::Registry;

use super::anonymity::anonymity_cue;
use super::entities::EntitySpan;
use super::model::SpeakerKind;
use super::order;
use super::quotes::QuotedSpan;
use super::text::Document;
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

pub struct Speakers {
    pub drafts: Vec<Draft>,
    /// For each statement's list of source phrases, the speakers they name.
    pub by_statement: Vec<Vec<usize>>,
    /// For each statement, whether its source phrases name no one at all ("their smiles
    /// said a lot"), rather than naming someone who could not be resolved ("he" with no
    /// one before it).
    pub names_no_one: Vec<bool>,
}

/// The speakers of each statement's source phrases. A name inside one of the `quotes` is
/// never a speaker's antecedent ("You know, I love Larry" is no Larry speaking, nor "he"
/// after it).
pub fn resolve(
    doc: &Document,
    entities: &[EntitySpan],
    sources: &[Vec<Range<usize>>],
    quotes: &[QuotedSpan],
) -> Speakers {
    let mut r = Resolver::new(doc, entities, quotes);
    let mut by_statement = Vec::with_capacity(sources.len());
    let mut names_no_one = Vec::with_capacity(sources.len());
    // A phrase carried over to a continuing quote resolves as it did the first time.
    let mut resolved: HashMap<(usize, usize), usize> = HashMap::default();
    for phrases in sources {
        let mut found = Vec::new();
        for p in phrases {
            let id = match resolved.get(&(p.start, p.end)) {
                Some(&id) => Some(id),
                None => r.mention(p.clone()),
            };
            if let Some(id) = id {
                resolved.insert((p.start, p.end), id);
                found.push((p.start, id));
            }
        }
        // Speakers who share a statement in the order the article names them: "Italy's
        // premier and a diplomatic source said" is the premier's first.
        order::by_key(&mut found, |&(start, _)| start as u64);
        let mut ids: Vec<usize> = Vec::new();
        for (_, id) in found {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        let nameless = !phrases.is_empty()
            && phrases
                .iter()
                .all(|p| r.nameless.contains(&(p.start, p.end)));
        names_no_one.push(nameless);
        by_statement.push(ids);
    }
    r.merge_roles(&mut by_statement);
    describe::describe(&mut r.registry.drafts, &r.index);
    Speakers {
        drafts: r.registry.drafts,
        by_statement,
        names_no_one,
    }
}

/// How many named people back "he" or "she" looks for one of its gender.
pub(super) const MAX_PERSONS_BACK: usize = 4;

/// How many sentences back "the company" looks for the organization it stands for.
pub(super) const ORGANIZATION_REACH: usize = 4;

/// Resolution in progress: the article and its entities, read; the speakers met so far,
/// written as each mention is read.
struct Resolver<'a, 'd> {
    doc: &'a Document<'d>,
    entities: &'a [EntitySpan],
    index: EntityIndex<'a, 'd>,
    registry: Registry,
    epithets: Epithets<'a>,
    /// Source phrases that name no one, by their bounds.
    nameless: rustc_hash::FxHashSet<(usize, usize)>,
    /// The opening mark of each quotation, by its closing mark.
    opened_at: HashMap<usize, usize>,
}

impl<'a, 'd> Resolver<'a, 'd> {
    fn new(doc: &'a Document<'d>, entities: &'a [EntitySpan], quotes: &[QuotedSpan]) -> Self {
        let in_quotes = super::quotes::inside(doc, quotes);
        Resolver {
            doc,
            entities,
            index: EntityIndex::new(doc, entities, &in_quotes),
            registry: Registry::new(),
            epithets: Epithets::default(),
            nameless: Default::default(),
            opened_at: (quotes.iter())
                .filter_map(|q| Some((q.close?, q.open)))
                .collect(),
        }
    }

    /// The speaker of the phrase `r`.
    fn mention(&mut self, r: Range<usize>) -> Option<usize> {
        let doc = self.doc;
        let r = self.index.headline_name(r);
        let id = if r.len() == 1 && super::lexicon::is_pronoun(doc.low(r.start)) {
            self.pronoun(r.clone())
        } else if let Some(e) = self.index.head_entity(&r) {
            self.named(r.clone(), e)
        } else if let Some(e) = self.index.running_past(r.end - 1, r.end) {
            self.named(r.clone(), e)
        } else if let Some(e) = self.index.named_after(&r) {
            let id = self.named(r.clone(), e)?;
            let described = &mut self.registry.drafts[id].description;
            described.get_or_insert_with(|| doc.slice(r.clone()).to_string());
            Some(id)
        } else {
            self.common_noun(r.clone())
        }?;
        let sentence = doc.sentences[doc.sentence_of[r.start]].tokens.clone();
        if let Some(cue) = anonymity_cue(doc, sentence) {
            let d = &mut self.registry.drafts[id];
            if d.kind == SpeakerKind::Anonymous && d.anonymity_cue.is_none() {
                d.anonymity_cue = Some(cue);
            }
        }
        Some(id)
    }
}

/// The speaker named for each statement of a text written for a test, in reading order:
/// what each resolution step's tests read.
#[cfg(test)]
fn speakers_of(text: &str) -> Vec<Option<String>> {
    let a = super::analyze(text);
    a.quotes
        .iter()
        .map(|q| {
            q.speaker
                .and_then(|id| a.speaker(id))
                .map(|s| s.name.clone())
        })
        .collect()
}
