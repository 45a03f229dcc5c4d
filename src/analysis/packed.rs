//! Reading the packed files the engine ships: its two models and the word clusters.
//!
//! They are binary rather than text because, laid out as runs of one kind of data each,
//! they gzip far smaller, and every byte of them is downloaded with the page. Both are
//! written by our own tools and built into the binary, so a malformed file is a bug:
//! readers return `None` on one rather than panic.

pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, at: 0 }
    }
    pub fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let out = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(out)
    }
    /// The bytes up to `end`, which is passed over.
    pub fn until(&mut self, end: u8) -> Option<&'a [u8]> {
        let n = self.bytes.get(self.at..)?.iter().position(|&b| b == end)?;
        let out = self.take(n)?;
        self.at += 1;
        Some(out)
    }
    /// Whether every byte has been read: a file that runs on is not the one expected.
    pub fn finished(&self) -> bool {
        self.at == self.bytes.len()
    }
    pub fn u8(&mut self) -> Option<u8> {
        self.take(1).map(|b| b[0])
    }
    pub fn i8(&mut self) -> Option<i8> {
        self.u8().map(|b| b as i8)
    }
    pub fn u16(&mut self) -> Option<u16> {
        self.take(2).map(|b| u16::from_le_bytes([b[0], b[1]]))
    }
    pub fn u32(&mut self) -> Option<u32> {
        self.take(4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    pub fn f32(&mut self) -> Option<f32> {
        self.take(4)
            .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
}

/// Undoes the front coding of one line: its first character says how many characters
/// (`'0'` for none) it shares with the line before, which `line` holds; the rest follow.
/// Sorted lists of names share long beginnings, and gzip alone leaves much of that.
pub fn front_decode(line: &mut String, coded: &str) {
    let mut chars = coded.chars();
    let shared = chars
        .next()
        .map_or(0, |c| (c as usize).saturating_sub('0' as usize));
    let keep = line
        .char_indices()
        .nth(shared)
        .map_or(line.len(), |(at, _)| at);
    line.truncate(keep);
    line.push_str(chars.as_str());
}
