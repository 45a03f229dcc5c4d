//! A linear-chain CRF read from a compact file and decoded by Viterbi: the shape of both
//! trained models, the entity model (`entities`) and the attribution model
//! (`attribution::model`).
//!
//! Each is trained by CRFsuite (`tools/ner/train.py`, `tools/attribution/train.py`) on
//! features from the engine's own code and packed with int8 weights: the attribute
//! strings sorted and front-coded, then a mask of the labels each weighs, then those
//! weights, each kind of data in a run of its own because gzip packs them smaller so.
//! Quantization costs nothing measurable in accuracy and keeps the models small enough to
//! ship in the page. The number of labels is a type parameter, so that a row of scores is
//! an array whose loops the compiler unrolls.

use super::packed::Reader;
use rustc_hash::FxHashMap as HashMap;

const MAGIC: &[u8] = b"WSCRF2";

/// The prefix of a bigram feature of a word and the word before it: `w-1|w=first|second`.
pub const BIGRAM_BEFORE: &str = "w-1|w=";
/// The prefix of a bigram feature of a word and the word after it: `w|w+1=first|second`.
pub const BIGRAM_AFTER: &str = "w|w+1=";

/// A CRF over `L` labels.
pub struct Crf<const L: usize> {
    pub labels: Vec<String>,
    /// Transition weights by the label moved into: `transitions_into[cur][prev]`, so
    /// that Viterbi reads each label's incoming weights in one run.
    transitions_into: [[f32; L]; L],
    /// The highest weight into each label: no previous label gains more on the way.
    best_into: [f32; L],
    /// Attribute -> range in `weights`.
    attributes: HashMap<Box<str>, (u32, u8)>,
    /// (label, weight) pairs, already scaled.
    weights: Vec<(u8, f32)>,
    /// The sides each word takes in the model's bigram features, as `BIGRAM_*` bits.
    bigram_sides: HashMap<Box<str>, u8>,
}

/// The first word of a feature `w-1|w=first|second`.
pub const BIGRAM_BEFORE_FIRST: u8 = 1;
/// Its second word.
pub const BIGRAM_BEFORE_SECOND: u8 = 2;
/// The first word of a feature `w|w+1=first|second`.
pub const BIGRAM_AFTER_FIRST: u8 = 4;
/// Its second word.
pub const BIGRAM_AFTER_SECOND: u8 = 8;

impl<const L: usize> Crf<L> {
    /// The model packed in `bytes`; `None` if they are not a whole model of `L` labels.
    pub fn parse(bytes: &[u8]) -> Option<Crf<L>> {
        let mut r = Reader::new(bytes);
        if r.take(MAGIC.len())? != MAGIC {
            return None;
        }
        let n = r.u8()? as usize;
        if n != L {
            return None;
        }
        let mut labels = Vec::with_capacity(n);
        for _ in 0..n {
            let len = r.u8()? as usize;
            labels.push(String::from_utf8(r.take(len)?.to_vec()).ok()?);
        }
        let scale = r.f32()?;
        // Stored `[prev * n + cur]`.
        let mut transitions_into = [[0.0; L]; L];
        for at in 0..n * n {
            transitions_into[at % n][at / n] = r.i8()? as f32 * scale;
        }
        let best_into =
            transitions_into.map(|column| column.into_iter().fold(f32::NEG_INFINITY, f32::max));
        let count = r.u32()? as usize;
        let mut attributes = HashMap::with_capacity_and_hasher(count, Default::default());
        let mut weights = Vec::with_capacity(count * 2);
        let mut previous: Vec<u8> = Vec::new();
        let mut names = Vec::with_capacity(count);
        for _ in 0..count {
            let shared = r.u8()? as usize;
            let len = r.u8()? as usize;
            previous.truncate(shared);
            previous.extend_from_slice(r.take(len)?);
            names.push(Box::<str>::from(std::str::from_utf8(&previous).ok()?));
        }
        let masks = r.take(count * 2)?;
        let mut bigram_sides: HashMap<Box<str>, u8> = HashMap::default();
        for (name, mask) in names.into_iter().zip(masks.chunks_exact(2)) {
            let mask = u16::from_le_bytes([mask[0], mask[1]]);
            let start = weights.len() as u32;
            for label in 0..L as u8 {
                if mask & 1 << label != 0 {
                    weights.push((label, r.i8()? as f32 * scale));
                }
            }
            for (prefix, first, second) in [
                (BIGRAM_BEFORE, BIGRAM_BEFORE_FIRST, BIGRAM_BEFORE_SECOND),
                (BIGRAM_AFTER, BIGRAM_AFTER_FIRST, BIGRAM_AFTER_SECOND),
            ] {
                let Some(pair) = name.strip_prefix(prefix) else {
                    continue;
                };
                // A word may hold a "|" itself: each way of splitting counts.
                for (at, _) in pair.match_indices('|') {
                    *bigram_sides.entry(pair[..at].into()).or_default() |= first;
                    *bigram_sides.entry(pair[at + 1..].into()).or_default() |= second;
                }
            }
            attributes.insert(name, (start, mask.count_ones() as u8));
        }
        if !r.finished() {
            return None;
        }
        Some(Crf {
            labels,
            transitions_into,
            best_into,
            attributes,
            weights,
            bigram_sides,
        })
    }

    /// The sides (`BIGRAM_*` bits) that `word`, in lower case, takes in bigram features:
    /// a bigram whose words do not take its sides is not in the model.
    pub fn bigram_sides(&self, word: &str) -> u8 {
        self.bigram_sides.get(word).copied().unwrap_or(0)
    }

    /// The name of every attribute the model weighs.
    #[cfg(test)]
    pub fn attribute_names(&self) -> impl Iterator<Item = &str> {
        self.attributes.keys().map(|name| &**name)
    }

    /// Adds the weights of `attribute` to `scores` (one per label).
    pub fn add(&self, attribute: &str, scores: &mut [f32]) {
        if let Some(&(start, k)) = self.attributes.get(attribute) {
            for &(label, w) in &self.weights[start as usize..start as usize + k as usize] {
                scores[label as usize] += w;
            }
        }
    }

    /// The best label sequence for per-token label scores `emissions`.
    pub fn viterbi(&self, emissions: &[[f32; L]]) -> Vec<usize> {
        let Some(first_row) = emissions.first() else {
            return Vec::new();
        };
        let mut score = *first_row;
        let mut back = vec![[0u8; L]; emissions.len()];
        for (row, backs) in emissions.iter().zip(&mut back).skip(1) {
            // Mostly one previous label leads the others by more than any transition can
            // make up, and is then the only one to try.
            let (mut first, mut second) = (0, f32::NEG_INFINITY);
            for (prev, &s) in score.iter().enumerate().skip(1) {
                if s > score[first] {
                    (first, second) = (prev, score[first]);
                } else if s > second {
                    second = s;
                }
            }
            // The lead must also clear the sums' rounding.
            let lead = score[first] - second - (score[first].abs() + 1.0) * 1e-5;
            let mut next = [0.0; L];
            for (cur, column) in self.transitions_into.iter().enumerate() {
                let (best, from) = if column[first] + lead > self.best_into[cur] {
                    (score[first] + column[first], first)
                } else {
                    // The first best wins a tie.
                    let (mut best, mut from) = (f32::NEG_INFINITY, 0);
                    for (prev, (s, t)) in score.iter().zip(column).enumerate() {
                        if s + t > best {
                            (best, from) = (s + t, prev);
                        }
                    }
                    (best, from)
                };
                next[cur] = best + row[cur];
                backs[cur] = from as u8;
            }
            score = next;
        }
        let len = emissions.len();
        let mut path = vec![0; len];
        path[len - 1] = (0..L).fold(0, |a, b| if score[b] > score[a] { b } else { a });
        for t in (1..len).rev() {
            path[t - 1] = back[t][path[t]] as usize;
        }
        path
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::entities::crf::{get, Row, LABELS, MODEL};

    type Crf = super::Crf<LABELS>;

    /// The score of `path` under `emissions`.
    fn path_score(crf: &Crf, emissions: &[Row], path: &[usize]) -> f32 {
        let mut total = emissions[0][path[0]];
        for t in 1..path.len() {
            total += crf.transitions_into[path[t]][path[t - 1]] + emissions[t][path[t]];
        }
        total
    }

    /// The best score over every label sequence, by trying them all.
    fn brute_force(crf: &Crf, emissions: &[Row]) -> f32 {
        let len = emissions.len();
        let mut best = f32::NEG_INFINITY;
        let mut path = vec![0; len];
        for code in 0..LABELS.pow(len as u32) {
            let mut c = code;
            for label in path.iter_mut() {
                *label = c % LABELS;
                c /= LABELS;
            }
            best = best.max(path_score(crf, emissions, &path));
        }
        best
    }

    #[test]
    fn the_model_reads_whole_and_a_cut_or_longer_one_is_refused() {
        let crf = get();
        assert_eq!(crf.labels.len(), LABELS);
        // "said" after a word weighs against its being a place.
        let &(start, n) = crf.attributes.get("w+1=said").expect("a common attribute");
        let weights = &crf.weights[start as usize..][..usize::from(n)];
        assert!(weights
            .iter()
            .any(|&(label, w)| crf.labels[usize::from(label)] == "B-PER" && w > 0.0));
        for n in [0, 7, MODEL.len() / 2, MODEL.len() - 1] {
            assert!(Crf::parse(&MODEL[..n]).is_none(), "{n} bytes");
        }
        assert!(Crf::parse(&[MODEL, &[0]].concat()).is_none());
    }

    #[test]
    fn viterbi_finds_the_best_sequence() {
        let crf = get();
        let mut seed = 7u32;
        let mut random = move || {
            seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            (seed >> 8) as f32 / (1 << 24) as f32
        };
        // Close calls, where every previous label is a candidate, and clear leads, where
        // one is: scaled from fractions of a transition weight to many times one.
        for scale in [0.1, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0, 100.0] {
            for len in 1..=4 {
                for _ in 0..10 {
                    let emissions: Vec<Row> = (0..len)
                        .map(|_| std::array::from_fn(|_| random() * scale))
                        .collect();
                    let path = crf.viterbi(&emissions);
                    let found = path_score(crf, &emissions, &path);
                    let best = brute_force(crf, &emissions);
                    assert!(
                        (found - best).abs() <= 1e-3,
                        "scale {scale}: {found} < {best}"
                    );
                }
            }
        }
    }
}
