//! The model's label scores for each token, with each word's share computed once.
//!
//! Most features depend on a word alone (its spelling, shape, cluster) or on a neighbour
//! alone, and news repeats its words. So the scores a word contributes, as itself and as
//! each kind of neighbour, are computed once and kept for as long as the worker lives
//! (within a bound); what the article says about a word is computed once per article;
//! only the features of a token's place (its bigrams, its gazetteer match, its position)
//! are looked up every time. The sums equal the plain per-token scoring of
//! [`features::token_features`], which a test checks.

use super::crf::Crf;
use super::features::{self, DocContext};
use crate::analysis::text::Document;
use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;

/// Words kept in the lasting cache; past this, it starts afresh.
const CACHE_WORDS: usize = 200_000;

thread_local! {
    /// Per word, what it scores alone and what it lends as the neighbour at each of
    /// `OFFSETS`: `ROW_PARTS` rows of labels.
    static LASTING: RefCell<HashMap<String, Vec<f32>>> = RefCell::new(HashMap::default());
}

const OFFSETS: [isize; 4] = [-2, -1, 1, 2];

pub struct Scorer<'a, 'd> {
    doc: &'a Document<'d>,
    ctx: &'a DocContext<'d>,
    model: &'a Crf,
    /// Each distinct word of the article, by spelling, and its place in `table`.
    slots: HashMap<&'d str, usize>,
    /// Per word, `n` scores for each of: the word itself (alone and in this article),
    /// then the word as the neighbour at each of `OFFSETS`.
    table: Vec<f32>,
    /// What lies past a sentence's edge lends, at each of `OFFSETS`.
    boundary: [Vec<f32>; 4],
    /// The scores of the fixed-name features of a token's place.
    flags: HashMap<&'static str, Vec<f32>>,
    /// The slot of each token of the sentence being scored.
    sentence_slots: Vec<usize>,
    buf: String,
}

const ROW_PARTS: usize = 1 + OFFSETS.len();

impl<'a, 'd> Scorer<'a, 'd> {
    pub fn new(doc: &'a Document<'d>, ctx: &'a DocContext<'d>, model: &'a Crf) -> Self {
        let n = model.labels.len();
        let mut boundary: [Vec<f32>; 4] = Default::default();
        for (slot, &offset) in boundary.iter_mut().zip(&OFFSETS) {
            *slot = vec![0.0; n];
            features::boundary_features(offset, &mut |f| model.add(f, slot));
        }
        Scorer {
            doc,
            ctx,
            model,
            slots: HashMap::default(),
            table: Vec::new(),
            boundary,
            flags: HashMap::default(),
            sentence_slots: Vec::new(),
            buf: String::with_capacity(64),
        }
    }

    /// Fills `out` with the scores of sentence `s`: one row of labels per token.
    pub fn sentence(&mut self, s: usize, out: &mut Vec<f32>) {
        let range = self.doc.sentences[s].tokens.clone();
        LASTING.with_borrow_mut(|lasting| {
            if lasting.len() > CACHE_WORDS {
                lasting.clear();
            }
            let mut slots = std::mem::take(&mut self.sentence_slots);
            slots.clear();
            slots.extend(range.clone().map(|i| self.slot(lasting, i)));
            self.sentence_slots = slots;
        });
        self.score(s, out);
    }

    /// The place in `table` of token `i`'s word, filled in on the word's first use.
    fn slot(&mut self, lasting: &mut HashMap<String, Vec<f32>>, i: usize) -> usize {
        let (doc, model) = (self.doc, self.model);
        let word = doc.word(i);
        if let Some(&slot) = self.slots.get(word) {
            return slot;
        }
        let slot = self.slots.len();
        self.slots.insert(word, slot);
        if !lasting.contains_key(word) {
            let mut rows = scores_of(model, |emit| features::word_features(doc, i, emit));
            for &offset in &OFFSETS {
                rows.extend(scores_of(model, |emit| {
                    features::neighbour_features(doc, i, offset, emit)
                }));
            }
            lasting.insert(word.to_string(), rows);
        }
        let start = self.table.len();
        self.table.extend_from_slice(&lasting[word]);
        let ctx = self.ctx;
        let n = model.labels.len();
        features::document_features(doc, ctx, i, &mut |f| {
            model.add(f, &mut self.table[start..start + n])
        });
        slot
    }

    fn score(&mut self, s: usize, out: &mut Vec<f32>) {
        let (doc, ctx, model) = (self.doc, self.ctx, self.model);
        let n = model.labels.len();
        let range = doc.sentences[s].tokens.clone();
        out.clear();
        out.resize(range.len() * n, 0.0);
        let part = |slot: usize, k: usize| {
            let at = (slot * ROW_PARTS + k) * n;
            &self.table[at..at + n]
        };
        for (t, i) in range.clone().enumerate() {
            let row = &mut out[t * n..(t + 1) * n];
            add(row, part(self.sentence_slots[t], 0));
            for (k, &offset) in OFFSETS.iter().enumerate() {
                match t.checked_add_signed(offset) {
                    Some(u) if u < range.len() => add(row, part(self.sentence_slots[u], k + 1)),
                    _ => add(row, &self.boundary[k]),
                }
            }
            let flags = &mut self.flags;
            features::place_flags(doc, ctx, s, i, &mut |f| {
                let v = flags
                    .entry(f)
                    .or_insert_with(|| scores_of(model, |emit| emit(f)));
                add(row, v);
            });
            features::place_bigrams(doc, s, i, &mut self.buf, &mut |f| model.add(f, row));
        }
    }
}

/// The summed scores of the features `write` emits.
fn scores_of(model: &Crf, write: impl FnOnce(&mut dyn FnMut(&str))) -> Vec<f32> {
    let mut v = vec![0.0; model.labels.len()];
    write(&mut |f| model.add(f, &mut v));
    v
}

fn add(row: &mut [f32], v: &[f32]) {
    for (r, x) in row.iter_mut().zip(v) {
        *r += x;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::entities::crf;

    #[test]
    fn cached_scores_equal_plain_scores() {
        let text = "Italian Prime Minister Giorgia Meloni said on Saturday that Meloni's plan, \
                    backed by NATO and the U.S., would help Ukraine. Meloni said it twice.\n\n\
                    RUSSIA REJECTS PLAN";
        let doc = Document::new(text);
        let ctx = DocContext::new(&doc);
        let model = crf::get();
        let n = model.labels.len();
        let mut scorer = Scorer::new(&doc, &ctx, model);
        let mut cached = Vec::new();
        for (s, sentence) in doc.sentences.iter().enumerate() {
            scorer.sentence(s, &mut cached);
            for (t, i) in sentence.tokens.clone().enumerate() {
                let mut plain = vec![0.0; n];
                features::token_features(&doc, &ctx, s, i, &mut |f| model.add(f, &mut plain));
                for (a, b) in plain.iter().zip(&cached[t * n..(t + 1) * n]) {
                    assert!((a - b).abs() < 1e-4, "token {}: {a} != {b}", doc.word(i));
                }
            }
        }
    }
}
