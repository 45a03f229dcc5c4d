//! The entity model: a CRF over O and B- and I- of four kinds of name, built into the
//! binary from `assets/ner.model` (trained by `tools/ner/train.sh`).

use std::sync::OnceLock;

pub use crate::analysis::crf::{
    BIGRAM_AFTER_FIRST, BIGRAM_AFTER_SECOND, BIGRAM_BEFORE_FIRST, BIGRAM_BEFORE_SECOND,
};

pub(crate) const MODEL: &[u8] = include_bytes!("../../../assets/ner.model");

/// How many labels the model has: O and B- and I- of four types.
pub const LABELS: usize = 9;

/// A score per label.
pub type Row = [f32; LABELS];

pub type Crf = crate::analysis::crf::Crf<LABELS>;

pub fn get() -> &'static Crf {
    static CRF: OnceLock<Crf> = OnceLock::new();
    CRF.get_or_init(|| Crf::parse(MODEL).expect("the shipped entity model is well formed"))
}
