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

/// Words kept in the lasting caches; past this, they start afresh.
const CACHE_WORDS: usize = 200_000;

/// A word's own scores, and what it lends as the neighbour at each of `OFFSETS`.
#[derive(Default)]
struct Lasting {
    words: HashMap<String, Vec<f32>>,
    neighbours: [HashMap<String, Vec<f32>>; 4],
}

thread_local! {
    static LASTING: RefCell<Lasting> = RefCell::new(Lasting::default());
}

const OFFSETS: [isize; 4] = [-2, -1, 1, 2];

pub struct Scorer<'a, 'd> {
    doc: &'a Document<'d>,
    ctx: &'a DocContext<'d>,
    model: &'a Crf,
    /// What the article says about a word, by spelling.
    in_article: HashMap<&'d str, Vec<f32>>,
    /// What lies past a sentence's edge lends, at each of `OFFSETS`.
    boundary: [Vec<f32>; 4],
    /// The scores of the fixed-name features of a token's place.
    flags: HashMap<&'static str, Vec<f32>>,
    buf: String,
}

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
            in_article: HashMap::default(),
            boundary,
            flags: HashMap::default(),
            buf: String::with_capacity(64),
        }
    }

    /// Fills `out` with the scores of sentence `s`: one row of labels per token.
    pub fn sentence(&mut self, s: usize, out: &mut Vec<f32>) {
        LASTING.with_borrow_mut(|lasting| {
            if lasting.words.len() > CACHE_WORDS {
                *lasting = Lasting::default();
            }
            self.score(lasting, s, out)
        });
    }

    fn score(&mut self, lasting: &mut Lasting, s: usize, out: &mut Vec<f32>) {
        let (doc, ctx, model) = (self.doc, self.ctx, self.model);
        let n = model.labels.len();
        let range = doc.sentences[s].tokens.clone();
        out.clear();
        out.resize(range.len() * n, 0.0);
        for (t, i) in range.clone().enumerate() {
            let row = &mut out[t * n..(t + 1) * n];
            let word = doc.word(i);
            if let Some(v) = lasting.words.get(word) {
                add(row, v);
            } else {
                let v = scores_of(model, |emit| features::word_features(doc, i, emit));
                add(row, &v);
                lasting.words.insert(word.to_string(), v);
            }
            let in_article = self.in_article.entry(word).or_insert_with(|| {
                scores_of(model, |emit| features::document_features(doc, ctx, i, emit))
            });
            add(row, in_article);
            for (k, &offset) in OFFSETS.iter().enumerate() {
                let j = i as isize + offset;
                if j < range.start as isize || j >= range.end as isize {
                    add(row, &self.boundary[k]);
                    continue;
                }
                let j = j as usize;
                let cache = &mut lasting.neighbours[k];
                if let Some(v) = cache.get(doc.word(j)) {
                    add(row, v);
                } else {
                    let v = scores_of(model, |emit| {
                        features::neighbour_features(doc, j, offset, emit)
                    });
                    add(row, &v);
                    cache.insert(doc.word(j).to_string(), v);
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
