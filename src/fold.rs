//! Small helpers shared by the lexicon stages: a fast hasher for short keys
//! and ASCII case folding into a stack buffer.

use std::hash::{BuildHasherDefault, Hasher};

/// FxHash-style hasher: a multiply-rotate over 8-byte words. The keys are short
/// words from trusted tables and text, where SipHash's DoS resistance buys
/// nothing and costs a third of the lookup time.
#[derive(Clone, Copy, Default)]
pub(crate) struct FastHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FastHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type FastBuild = BuildHasherDefault<FastHasher>;
pub(crate) type FastMap<K, V> = std::collections::HashMap<K, V, FastBuild>;
pub(crate) type FastSet<K> = std::collections::HashSet<K, FastBuild>;

/// Lower-cases an ASCII word of at most `N` bytes into `buf`; `None` if the
/// word is longer or not ASCII.
#[inline]
pub(crate) fn ascii_lower<'b, const N: usize>(word: &str, buf: &'b mut [u8; N]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.len() > N {
        return None;
    }
    for (slot, &b) in buf.iter_mut().zip(bytes) {
        if b >= 0x80 {
            return None;
        }
        *slot = b.to_ascii_lowercase();
    }
    // ASCII bytes are valid UTF-8.
    std::str::from_utf8(&buf[..bytes.len()]).ok()
}

/// Index of a word's first two letters, case-folded (26 for anything but
/// an ASCII letter): with a length, the "shape" that cheap filters test
/// before hashing.
#[inline]
pub(crate) fn shape_index(word: &[u8]) -> usize {
    // Asked of most tokens (start index, stopwords, common words): a table
    // read per letter instead of a range test and a fold.
    let letter = |b: Option<&u8>| b.map_or(26, |&b| LETTER_INDEX[b as usize] as usize);
    letter(word.first()) * 27 + letter(word.get(1))
}

/// Per byte: its letter's index in the alphabet (either case), 26 for
/// anything else.
static LETTER_INDEX: [u8; 256] = {
    let mut table = [26u8; 256];
    let mut b = 0;
    while b < 26 {
        table[b'a' as usize + b] = b as u8;
        table[b'A' as usize + b] = b as u8;
        b += 1;
    }
    table
};

/// Number of distinct shape indices.
pub(crate) const SHAPES: usize = 27 * 27;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_lower_folds_short_ascii_only() {
        let mut buf = [0u8; 8];
        assert_eq!(ascii_lower("YanG", &mut buf), Some("yang"));
        assert_eq!(ascii_lower("panjangsekali", &mut buf), None);
        assert_eq!(ascii_lower("dé", &mut buf), None);
    }

    #[test]
    fn shape_index_folds_the_first_two_letters() {
        assert_eq!(shape_index(b"Ab"), 1);
        assert_eq!(shape_index(b"zZ"), 25 * 27 + 25);
        assert_eq!(shape_index(b"b"), 27 + 26);
        assert_eq!(shape_index(b"@["), SHAPES - 1);
        assert_eq!(shape_index("é".as_bytes()), SHAPES - 1);
        assert_eq!(shape_index(b""), SHAPES - 1);
    }
}
