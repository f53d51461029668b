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
            self.add(tail_word(rest));
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

/// The bytes of `rest` (fewer than eight) as a little-endian word padded
/// with zero bytes: the value a copy into a zeroed `[u8; 8]` gives, read
/// with two overlapping loads instead (a copy of a variable length is a
/// call to `memcpy`, asked for most words hashed).
#[inline]
pub(crate) fn tail_word(rest: &[u8]) -> u64 {
    let n = rest.len();
    debug_assert!(n < 8);
    let pair = |lo: u64, hi: u64, width: usize| lo | hi << (8 * (n - width));
    match n {
        4.. => pair(
            u64::from(u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]])),
            u64::from(u32::from_le_bytes([
                rest[n - 4],
                rest[n - 3],
                rest[n - 2],
                rest[n - 1],
            ])),
            4,
        ),
        2.. => pair(
            u64::from(u16::from_le_bytes([rest[0], rest[1]])),
            u64::from(u16::from_le_bytes([rest[n - 2], rest[n - 1]])),
            2,
        ),
        1 => u64::from(rest[0]),
        _ => 0,
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
    let out = &mut buf[..bytes.len()];
    // Eight bytes at a time: canonical titles and lexicon forms are asked
    // whole ("Kepala Dinas Kesehatan"), several words long.
    let mut from = bytes.chunks_exact(8);
    let mut to = out.chunks_exact_mut(8);
    for (f, t) in (&mut from).zip(&mut to) {
        let word = u64::from_le_bytes(f.try_into().ok()?);
        t.copy_from_slice(&lower_word(word)?.to_le_bytes());
    }
    for (t, &b) in to.into_remainder().iter_mut().zip(from.remainder()) {
        if b >= 0x80 {
            return None;
        }
        *t = b.to_ascii_lowercase();
    }
    debug_assert!(out.is_ascii());
    // SAFETY: every byte of `out` is ASCII: `lower_word` refuses a chunk
    // with a byte of 0x80 or more and the loop above a remaining byte, and
    // lower-casing maps ASCII bytes to ASCII bytes. ASCII is valid UTF-8.
    // (`from_utf8` checked it again: a call per lookup, about 3 M
    // instructions per MB of news.)
    Some(unsafe { std::str::from_utf8_unchecked(out) })
}

/// Eight bytes lower-cased at once, `None` if one is not ASCII: a byte
/// from 'A' to 'Z' gains 0x20, found by two additions whose high bits say
/// "at least 'A'" and "past 'Z'" (ASCII bytes never carry into the next).
#[inline]
fn lower_word(word: u64) -> Option<u64> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    if word & HIGH != 0 {
        return None;
    }
    let at_least_a = word + ONES * (0x80 - b'A' as u64);
    let past_z = word + ONES * (0x80 - b'Z' as u64 - 1);
    let upper = at_least_a & !past_z & HIGH;
    Some(word | upper >> 2)
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
    fn tail_word_is_the_zero_padded_copy() {
        let bytes: Vec<u8> = (1..=7).map(|b| b * 31).collect();
        for n in 0..8 {
            let rest = &bytes[..n];
            let mut word = [0u8; 8];
            word[..n].copy_from_slice(rest);
            assert_eq!(tail_word(rest), u64::from_le_bytes(word), "{n}");
        }
    }

    #[test]
    fn ascii_lower_folds_short_ascii_only() {
        let mut buf = [0u8; 8];
        assert_eq!(ascii_lower("YanG", &mut buf), Some("yang"));
        assert_eq!(ascii_lower("panjangsekali", &mut buf), None);
        assert_eq!(ascii_lower("dé", &mut buf), None);
    }

    #[test]
    fn ascii_lower_folds_every_ascii_byte_in_every_position() {
        let mut buf = [0u8; 32];
        for b in 0u8..0x80 {
            for len in 1..=20 {
                for at in 0..len {
                    let mut word = vec![b'Q'; len];
                    word[at] = b;
                    let word = String::from_utf8(word).unwrap();
                    let expected = word.to_ascii_lowercase();
                    assert_eq!(ascii_lower(&word, &mut buf), Some(expected.as_str()));
                }
            }
        }
        assert_eq!(ascii_lower("ABCDEFGHé", &mut buf), None);
        assert_eq!(ascii_lower("éABCDEFGH", &mut buf), None);
        assert_eq!(ascii_lower("ABCDEFGHIJKLMNOé", &mut buf), None);
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
