//! Hostile text for the scaling benchmark: speech verbs, names, pronouns and punctuation
//! in a fixed pseudo-random order, with no quotation marks. News never reads like this,
//! but every rule finds something to chase in it, so a rule that scans back over all it
//! has seen shows up here as time growing with the square of the length.

/// `n` tokens of hostile text, the same for the same `n`.
pub fn hostile(n: usize) -> String {
    const PIECES: &[&str] = &[
        "said",
        "told",
        "says",
        "added",
        "according to",
        "he",
        "she",
        "they",
        "it",
        "who",
        "Ana Ruiz",
        "Ruiz",
        "Tom Hale",
        "the minister",
        "a source",
        "the source",
        "officials",
        "the company",
        ",",
        ".",
        ":",
        "-",
        "(",
        ")",
        "and",
        "that",
        "the",
        "Mr",
        "Reuters",
    ];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut out = String::new();
    for _ in 0..n {
        // xorshift64: a fixed sequence with no dependency.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        out.push_str(PIECES[(state % PIECES.len() as u64) as usize]);
        out.push(' ');
    }
    out
}
