//! Word clusters: which words keep the same company in news text.
//!
//! A word's cluster tells the entity model what a word it never saw labelled is like
//! ("Bombardier" among the companies). `tools/ner/clusters.py` learns them from unlabeled
//! news and packs them as described there: the words sorted and front-coded, then each
//! word's cluster, low bytes then high bytes.

use crate::analysis::packed::Reader;
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

const CLUSTERS: &[u8] = include_bytes!("../../../assets/clusters.bin");
const MAGIC: &[u8] = b"WSCL1";

pub struct Clusters {
    of_word: HashMap<Box<str>, u16>,
    /// Each cluster's number written out, as the feature value.
    names: Vec<String>,
}

pub fn get() -> &'static Clusters {
    static CLUSTERS_OF_WORDS: OnceLock<Clusters> = OnceLock::new();
    CLUSTERS_OF_WORDS.get_or_init(|| {
        Clusters::parse(CLUSTERS).expect("the shipped word clusters are well formed")
    })
}

impl Clusters {
    fn parse(bytes: &[u8]) -> Option<Clusters> {
        let mut r = Reader::new(bytes);
        if r.take(MAGIC.len())? != MAGIC {
            return None;
        }
        let clusters = r.u16()?;
        let count = r.u32()? as usize;
        let mut words = Vec::with_capacity(count);
        let mut word: Vec<u8> = Vec::new();
        for _ in 0..count {
            let shared = r.u8()? as usize;
            word.truncate(shared);
            word.extend_from_slice(r.until(b'\n')?);
            words.push(Box::<str>::from(std::str::from_utf8(&word).ok()?));
        }
        let low = r.take(count)?;
        let high = r.take(count)?;
        if !r.finished() {
            return None;
        }
        let of_word = words
            .into_iter()
            .zip(low.iter().zip(high))
            .map(|(w, (&lo, &hi))| (w, u16::from(lo) | u16::from(hi) << 8))
            .collect();
        Some(Clusters {
            of_word,
            names: (0..clusters).map(|n| n.to_string()).collect(),
        })
    }

    /// The cluster of `word`, as the feature value.
    pub fn of(&self, word: &str) -> Option<&str> {
        let n = *self.of_word.get(word)?;
        self.names.get(usize::from(n)).map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_is_read_with_its_cluster() {
        let clusters = get();
        assert_eq!(clusters.of_word.len(), 25_000);
        assert_eq!(clusters.of("Moscow"), Some("0"));
        assert_eq!(clusters.of("Monday"), Some("254"));
        assert_eq!(clusters.of("Tuesday"), Some("254"));
        // Past 255: the high byte counts.
        assert_eq!(clusters.of("18th"), Some("299"));
        assert_eq!(clusters.of("Monday,"), None);
    }

    #[test]
    fn a_cut_or_longer_file_is_refused_without_a_panic() {
        for n in [0, 4, 11, CLUSTERS.len() / 2, CLUSTERS.len() - 1] {
            assert!(Clusters::parse(&CLUSTERS[..n]).is_none(), "{n} bytes");
        }
        assert!(Clusters::parse(&[CLUSTERS, &[0]].concat()).is_none());
    }
}
