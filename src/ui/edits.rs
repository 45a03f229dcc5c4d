//! How much an edit changed, which tells typing (analyzed after a pause) from a new text
//! (analyzed at once). Plain Rust, tested natively.

/// How many bytes differ between `old` and `new`: what lies between their common start
/// and their common end, in the longer of the two. Compared eight bytes at a time, so that
/// a key typed at the end of a megabyte costs a fraction of a millisecond.
pub fn changed_bytes(old: &str, new: &str) -> usize {
    let (a, b) = (old.as_bytes(), new.as_bytes());
    let shorter = a.len().min(b.len());
    let block = |x: &[u8], k: usize| {
        x.get(k..k + 8)
            .map(|s| u64::from_ne_bytes(s.try_into().unwrap_or([0; 8])))
    };
    let mut start = 0;
    while start + 8 <= shorter && block(a, start) == block(b, start) {
        start += 8;
    }
    while start < shorter && a[start] == b[start] {
        start += 1;
    }
    // The common end, within what is left after the common start.
    let room = shorter - start;
    let mut end = 0;
    while end + 8 <= room && block(a, a.len() - end - 8) == block(b, b.len() - end - 8) {
        end += 8;
    }
    while end < room && a[a.len() - end - 1] == b[b.len() - end - 1] {
        end += 1;
    }
    a.len().max(b.len()) - start - end
}

#[cfg(test)]
mod tests {
    use super::changed_bytes;

    #[test]
    fn counts_what_lies_between_the_common_start_and_end() {
        let long = "word ".repeat(1000);
        assert_eq!(changed_bytes("", ""), 0);
        assert_eq!(changed_bytes(&long, &long), 0);
        assert_eq!(
            changed_bytes(&long, &format!("{long}x")),
            1,
            "a key at the end"
        );
        assert_eq!(
            changed_bytes(&long, &format!("x{long}")),
            1,
            "a key at the start"
        );
        assert_eq!(
            changed_bytes(&long, &long[..long.len() - 1]),
            1,
            "a backspace"
        );
        let mid = format!("{}XYZ{}", &long[..2501], &long[2501..]);
        assert_eq!(changed_bytes(&long, &mid), 3, "three bytes in the middle");
        assert_eq!(changed_bytes("", &long), long.len(), "a new text");
        assert_eq!(changed_bytes(&long, ""), long.len(), "cleared");
        let same_length = "drow ".repeat(1000);
        assert_eq!(
            changed_bytes(&long, &same_length),
            long.len() - 1,
            "replaced, as long"
        );
    }

    #[test]
    fn repeated_text_is_not_counted_twice() {
        // The common start and end may overlap in a repeated text: counted once.
        assert_eq!(changed_bytes("aaaa", "aaaaa"), 1);
        assert_eq!(changed_bytes("abab", "ab"), 2);
        assert_eq!(changed_bytes("é", "éé"), 2);
    }
}
