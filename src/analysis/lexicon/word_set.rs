//! A fixed list of words, asked by hash.

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// A fixed list of words, looked up by hash: the engine asks these lists about every token.
pub struct WordSet {
    words: &'static [&'static str],
    /// Lists whose union this set also holds, so a class made of smaller classes
    /// ("auxiliaries": be, have, do, the modals) writes each word once.
    parts: &'static [&'static [&'static str]],
    set: OnceLock<FxHashSet<&'static str>>,
}

impl WordSet {
    pub const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet {
            words,
            parts: &[],
            set: OnceLock::new(),
        }
    }

    /// The union of `parts`.
    pub const fn union(parts: &'static [&'static [&'static str]]) -> WordSet {
        WordSet {
            words: &[],
            parts,
            set: OnceLock::new(),
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| {
                let parts = self.parts.iter().flat_map(|p| p.iter());
                self.words.iter().chain(parts).copied().collect()
            })
            .contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_union_holds_the_words_of_each_part() {
        static BOTH: WordSet = WordSet::union(&[&["a", "b"], &["c"]]);
        assert!(BOTH.contains("a") && BOTH.contains("c"));
        assert!(!BOTH.contains("d") && !BOTH.contains(""));
    }
}
