//! A linear-chain CRF: the entity model, read from a compact file and decoded by Viterbi.
//!
//! The model is trained by CRFsuite (`tools/ner/train.py`) on features from
//! [`super::features`] and packed with int8 weights: attribute strings sorted and
//! front-coded, each with its non-zero weights per label. Quantization costs nothing
//! measurable in accuracy and keeps the model small enough to ship in the page.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

const MODEL: &[u8] = include_bytes!("../../../assets/ner.model");
const MAGIC: &[u8] = b"WSCRF1";

pub struct Crf {
    pub labels: Vec<String>,
    /// `transitions[prev * n + cur]`.
    transitions: Vec<f32>,
    /// Attribute -> range in `weights`.
    attributes: HashMap<Box<str>, (u32, u8)>,
    /// (label, weight) pairs, already scaled.
    weights: Vec<(u8, f32)>,
}

pub fn get() -> &'static Crf {
    static CRF: OnceLock<Crf> = OnceLock::new();
    CRF.get_or_init(|| Crf::parse(MODEL).expect("the shipped entity model is well formed"))
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let out = self.bytes.get(self.at..self.at + n)?;
        self.at += n;
        Some(out)
    }
    fn u8(&mut self) -> Option<u8> {
        self.take(1).map(|b| b[0])
    }
    fn i8(&mut self) -> Option<i8> {
        self.u8().map(|b| b as i8)
    }
    fn u32(&mut self) -> Option<u32> {
        self.take(4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn f32(&mut self) -> Option<f32> {
        self.take(4)
            .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
}

impl Crf {
    fn parse(bytes: &[u8]) -> Option<Crf> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(MAGIC.len())? != MAGIC {
            return None;
        }
        let n = r.u8()? as usize;
        let mut labels = Vec::with_capacity(n);
        for _ in 0..n {
            let len = r.u8()? as usize;
            labels.push(String::from_utf8(r.take(len)?.to_vec()).ok()?);
        }
        let scale = r.f32()?;
        let mut transitions = Vec::with_capacity(n * n);
        for _ in 0..n * n {
            transitions.push(r.i8()? as f32 * scale);
        }
        let count = r.u32()? as usize;
        let mut attributes = HashMap::with_capacity_and_hasher(count, Default::default());
        let mut weights = Vec::with_capacity(count * 2);
        let mut previous: Vec<u8> = Vec::new();
        for _ in 0..count {
            let shared = r.u8()? as usize;
            let len = r.u8()? as usize;
            previous.truncate(shared);
            previous.extend_from_slice(r.take(len)?);
            let k = r.u8()?;
            let start = weights.len() as u32;
            for _ in 0..k {
                let label = r.u8()?;
                weights.push((label, r.i8()? as f32 * scale));
            }
            let name = std::str::from_utf8(&previous).ok()?;
            attributes.insert(name.into(), (start, k));
        }
        Some(Crf {
            labels,
            transitions,
            attributes,
            weights,
        })
    }

    /// Adds the weights of `attribute` to `scores` (one per label).
    pub fn add(&self, attribute: &str, scores: &mut [f32]) {
        if let Some(&(start, k)) = self.attributes.get(attribute) {
            for &(label, w) in &self.weights[start as usize..start as usize + k as usize] {
                scores[label as usize] += w;
            }
        }
    }

    /// The best label sequence for per-token label scores `emissions` (row-major,
    /// one row of `labels.len()` per token).
    pub fn viterbi(&self, emissions: &[f32]) -> Vec<usize> {
        let n = self.labels.len();
        let len = emissions.len() / n;
        if len == 0 {
            return Vec::new();
        }
        let mut score = emissions[..n].to_vec();
        let mut back = vec![0u8; len * n];
        for t in 1..len {
            let mut next = vec![f32::NEG_INFINITY; n];
            for cur in 0..n {
                let (best, from) = (0..n)
                    .map(|prev| (score[prev] + self.transitions[prev * n + cur], prev))
                    .fold((f32::NEG_INFINITY, 0), |a, b| if b.0 > a.0 { b } else { a });
                next[cur] = best + emissions[t * n + cur];
                back[t * n + cur] = from as u8;
            }
            score = next;
        }
        let mut path = vec![0; len];
        path[len - 1] = (0..n).fold(0, |a, b| if score[b] > score[a] { b } else { a });
        for t in (1..len).rev() {
            path[t - 1] = back[t * n + path[t]] as usize;
        }
        path
    }
}
