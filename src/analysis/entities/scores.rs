//! The model's label scores for each token, with each word's share computed once.
//!
//! Most features depend on a word alone (its spelling, shape, cluster) or on a neighbour
//! alone, and news repeats its words. So the scores a word contributes, as itself and as
//! each kind of neighbour, are computed once and kept for as long as the worker lives
//! (within a bound); what the article says about a word is computed once per article;
//! only the features of a token's place (its gazetteer match, its position, and its
//! bigrams, where the model has any for its words) are looked up every time. The sums
//! equal the plain per-token scoring of [`features::token_features`], which tests check.

use super::context::DocContext;
use super::crf::{
    Crf, Row, BIGRAM_AFTER_FIRST, BIGRAM_AFTER_SECOND, BIGRAM_BEFORE_FIRST, BIGRAM_BEFORE_SECOND,
    LABELS,
};
use super::features;
use crate::analysis::text::Document;
use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;

/// Words kept in the lasting cache; past this, it starts afresh.
const CACHE_WORDS: usize = 200_000;

thread_local! {
    static LASTING: RefCell<HashMap<String, Known>> = RefCell::new(HashMap::default());
}

/// What a word scores, the same in every article.
struct Known {
    /// What it scores alone and what it lends as the neighbour at each of `OFFSETS`.
    rows: [Row; ROW_PARTS],
    /// The sides it takes in the model's bigram features ([`Crf::bigram_sides`]).
    bigram_sides: u8,
}

const OFFSETS: [isize; 4] = [-2, -1, 1, 2];

pub struct Scorer<'a, 'd> {
    doc: &'a Document<'d>,
    ctx: &'a DocContext<'d>,
    model: &'a Crf,
    /// Each distinct word of the article, by spelling, and its place in `table`.
    slots: HashMap<&'d str, usize>,
    /// Per word, the scores of: the word itself (alone and in this article), then the
    /// word as the neighbour at each of `OFFSETS`.
    table: Vec<[Row; ROW_PARTS]>,
    /// Per word, as in `table`: the sides it takes in bigram features. Most bigrams of
    /// an article are not in the model, and these show which, without building them.
    bigram_sides: Vec<u8>,
    /// What lies past a sentence's edge lends, at each of `OFFSETS`.
    boundary: [Row; 4],
    /// The sides that the edge of a sentence takes in bigram features.
    boundary_sides: u8,
    /// What the bias scores.
    bias: Row,
    /// The scores of the fixed-name features of a token's place, by the address and
    /// length of their names: hashing two numbers is cheaper than hashing the names.
    flags: HashMap<(usize, usize), Row>,
    /// The slot of each token of the sentence being scored.
    sentence_slots: Vec<usize>,
    buf: String,
}

const ROW_PARTS: usize = 1 + OFFSETS.len();

impl<'a, 'd> Scorer<'a, 'd> {
    pub fn new(doc: &'a Document<'d>, ctx: &'a DocContext<'d>, model: &'a Crf) -> Self {
        let boundary = OFFSETS
            .map(|offset| scores_of(model, |emit| features::boundary_features(offset, emit)));
        Scorer {
            doc,
            ctx,
            model,
            slots: HashMap::with_capacity_and_hasher(
                super::context::distinct_words(doc, 2),
                Default::default(),
            ),
            table: Vec::new(),
            bigram_sides: Vec::new(),
            boundary,
            boundary_sides: model.bigram_sides("<s>"),
            bias: scores_of(model, |emit| emit(features::BIAS)),
            flags: HashMap::default(),
            sentence_slots: Vec::new(),
            buf: String::with_capacity(64),
        }
    }

    /// Fills `out` with the scores of sentence `s`: one row of labels per token.
    pub fn sentence(&mut self, s: usize, out: &mut Vec<Row>) {
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
    fn slot(&mut self, lasting: &mut HashMap<String, Known>, i: usize) -> usize {
        let (doc, model) = (self.doc, self.model);
        let word = doc.word(i);
        if let Some(&slot) = self.slots.get(word) {
            return slot;
        }
        let slot = self.slots.len();
        self.slots.insert(word, slot);
        if !lasting.contains_key(word) {
            let mut rows = [[0.0; LABELS]; ROW_PARTS];
            rows[0] = scores_of(model, |emit| features::word_features(doc, i, emit));
            for (row, &offset) in rows[1..].iter_mut().zip(&OFFSETS) {
                *row = scores_of(model, |emit| {
                    features::neighbour_features(doc, i, offset, emit)
                });
            }
            let bigram_sides = model.bigram_sides(doc.low(i));
            lasting.insert(word.to_string(), Known { rows, bigram_sides });
        }
        let known = &lasting[word];
        let mut rows = known.rows;
        self.bigram_sides.push(known.bigram_sides);
        features::document_features(doc, self.ctx, i, &mut |f| model.add(f, &mut rows[0]));
        self.table.push(rows);
        slot
    }

    fn score(&mut self, s: usize, out: &mut Vec<Row>) {
        let (doc, ctx, model) = (self.doc, self.ctx, self.model);
        let range = doc.sentences[s].tokens.clone();
        out.clear();
        out.resize(range.len(), [0.0; LABELS]);
        let part = |slot: usize, k: usize| &self.table[slot][k];
        for ((t, i), row) in range.clone().enumerate().zip(out.iter_mut()) {
            add(row, part(self.sentence_slots[t], 0));
            for (k, &offset) in OFFSETS.iter().enumerate() {
                match t.checked_add_signed(offset) {
                    Some(u) if u < range.len() => add(row, part(self.sentence_slots[u], k + 1)),
                    _ => add(row, &self.boundary[k]),
                }
            }
            add(row, &self.bias);
            let flags = &mut self.flags;
            features::place_flags(doc, ctx, s, i, &mut |f| {
                let v = flags
                    .entry((f.as_ptr() as usize, f.len()))
                    .or_insert_with(|| scores_of(model, |emit| emit(f)));
                add(row, v);
            });
            let sides_at = |u: usize| match self.sentence_slots.get(u) {
                Some(&slot) => self.bigram_sides[slot],
                None => self.boundary_sides,
            };
            let own = sides_at(t);
            let before = t.checked_sub(1).map_or(self.boundary_sides, sides_at);
            let after = sides_at(t + 1);
            if before & BIGRAM_BEFORE_FIRST != 0 && own & BIGRAM_BEFORE_SECOND != 0 {
                features::bigram_before(doc, s, i, &mut self.buf, &mut |f| model.add(f, row));
            }
            if own & BIGRAM_AFTER_FIRST != 0 && after & BIGRAM_AFTER_SECOND != 0 {
                features::bigram_after(doc, s, i, &mut self.buf, &mut |f| model.add(f, row));
            }
        }
    }
}

/// The summed scores of the features `write` emits.
fn scores_of(model: &Crf, write: impl FnOnce(&mut dyn FnMut(&str))) -> Row {
    let mut v = [0.0; LABELS];
    write(&mut |f| model.add(f, &mut v));
    v
}

fn add(row: &mut Row, v: &Row) {
    for (r, x) in row.iter_mut().zip(v) {
        *r += x;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::entities::crf;
    use crate::analysis::entities::features::{BIGRAM_AFTER, BIGRAM_BEFORE};

    /// Checks the scorer's sums against the plain per-token scoring of every token.
    fn assert_cached_equals_plain(text: &str) {
        let doc = Document::new(text);
        let ctx = DocContext::new(&doc);
        let model = crf::get();
        let mut scorer = Scorer::new(&doc, &ctx, model);
        let mut cached = Vec::new();
        for (s, sentence) in doc.sentences.iter().enumerate() {
            scorer.sentence(s, &mut cached);
            for (t, i) in sentence.tokens.clone().enumerate() {
                let mut plain = [0.0; LABELS];
                features::token_features(&doc, &ctx, s, i, &mut |f| model.add(f, &mut plain));
                for (a, b) in plain.iter().zip(&cached[t]) {
                    assert!((a - b).abs() < 1e-4, "token {}: {a} != {b}", doc.word(i));
                }
            }
        }
    }

    #[test]
    fn cached_scores_equal_plain_scores() {
        assert_cached_equals_plain(
            "Italian Prime Minister Giorgia Meloni said on Saturday that Meloni's plan, \
             backed by NATO and the U.S., would help Ukraine. Meloni said it twice.\n\n\
             RUSSIA REJECTS PLAN",
        );
    }

    /// Every pair of words the model has a bigram feature for, each pair a paragraph: the
    /// scorer looks up only the bigrams whose words can form one, and must miss none.
    #[test]
    fn cached_scores_keep_every_bigram_of_the_model() {
        let mut pairs: Vec<String> = crf::get()
            .attribute_names()
            .filter_map(|name| {
                let pair = name
                    .strip_prefix(BIGRAM_BEFORE)
                    .or_else(|| name.strip_prefix(BIGRAM_AFTER))?;
                Some(pair.replace("<s>", "").replace('|', " "))
            })
            .collect();
        pairs.sort();
        assert!(pairs.len() > 1000, "{} bigrams", pairs.len());
        assert_cached_equals_plain(&pairs.join("\n\n"));
    }
}
