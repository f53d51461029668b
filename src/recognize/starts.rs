//! Which lexicons may have a pattern starting at a token: one lookup per
//! token decides which (if any) of the lexicons' automaton walks to run.
//!
//! The index is a prefilter, so it may err on the side of "maybe": the
//! automaton walk that follows checks every candidate. That allows a
//! lossy, cache-friendly layout: the folded token is hashed into a table of
//! lexicon bits (a key sets its bits in one slot; colliding keys merge
//! theirs), and lowercase words are first checked against the shapes (first
//! two letters and length) of the few keys they can match.

use crate::fold::{shape_index, FastMap, SHAPES};

/// Slots of the bit table: 256 KiB, about twenty slots per key.
const TABLE_BITS: u32 = 18;

/// Folded first tokens of patterns, each with its lexicon bits.
pub(crate) struct StartIndex {
    /// For keys a lowercase word can match: which (first two letters,
    /// length) shapes occur. Most lowercase words are rejected here.
    lower_shapes: Box<[u32; SHAPES]>,
    /// Lexicon bits by hash of the folded key (fixed sizes: a slot or shape
    /// index needs no bounds check).
    table: Box<[u8; 1 << TABLE_BITS]>,
    /// Bits that may match a token written in lowercase: the lexicons that
    /// ignore case.
    lowercase_bits: u8,
}

/// Hash of a word with ASCII letters folded to lowercase; `None` for
/// non-ASCII words. Reads eight bytes at a time: setting bit 5 of every
/// byte lowercases ASCII letters, and the few other characters it changes
/// change the same way when the index is built, so lookups stay consistent.
#[inline]
fn folded_hash(word: &[u8]) -> Option<u64> {
    const FOLD: u64 = 0x2020_2020_2020_2020;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut hash: u64 = word.len() as u64;
    let mut chunks = word.chunks_exact(8);
    let mut mix = |chunk: u64| -> Option<()> {
        if chunk & HIGH != 0 {
            return None;
        }
        hash = (hash.rotate_left(5) ^ (chunk | FOLD)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        Some(())
    };
    for chunk in &mut chunks {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(chunk);
        mix(u64::from_le_bytes(bytes))?;
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // Padding bytes fold to 0x20 like real spaces, but the length
        // mixed in first tells "ab" from "ab ".
        mix(crate::fold::tail_word(rest))?;
    }
    hash ^= hash >> 29;
    Some(hash.wrapping_mul(0xbf58_476d_1ce4_e5b9))
}

#[inline]
fn slot(hash: u64) -> usize {
    (hash >> (64 - TABLE_BITS)) as usize
}

impl StartIndex {
    /// Builds the index from folded keys and their bits; `lowercase_bits`
    /// are the bits of lexicons that ignore case. Non-ASCII keys are left to
    /// the caller's exact map.
    pub fn new(entries: &FastMap<Box<str>, u8>, lowercase_bits: u8) -> StartIndex {
        let mut table: Box<[u8; 1 << TABLE_BITS]> = vec![0u8; 1 << TABLE_BITS]
            .into_boxed_slice()
            .try_into()
            .expect("the table's size");
        let mut lower_shapes: Box<[u32; SHAPES]> = vec![0u32; SHAPES]
            .into_boxed_slice()
            .try_into()
            .expect("the shapes' size");
        for (key, &bits) in entries {
            let Some(hash) = folded_hash(key.as_bytes()) else {
                continue;
            };
            table[slot(hash)] |= bits;
            if bits & lowercase_bits != 0 {
                lower_shapes[shape_index(key.as_bytes())] |= 1 << key.len().min(31);
            }
        }
        StartIndex {
            lower_shapes,
            table,
            lowercase_bits,
        }
    }

    /// The lexicon bits a token's text may start (a superset: a hash
    /// collision can add bits, never remove them); `None` for non-ASCII
    /// text, which the caller looks up exactly.
    #[inline]
    pub fn bits(&self, word: &str) -> Option<u8> {
        let bytes = word.as_bytes();
        let first = *bytes.first()?;
        // A lowercase word can only start a case-insensitive pattern.
        let lowercase = first.is_ascii_lowercase();
        if lowercase && self.lower_shapes[shape_index(bytes)] & (1 << bytes.len().min(31)) == 0 {
            return Some(0);
        }
        let bits = self.table[slot(folded_hash(bytes)?)];
        Some(if lowercase {
            bits & self.lowercase_bits
        } else {
            bits
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_keys_in_any_case() {
        let mut entries: FastMap<Box<str>, u8> = FastMap::default();
        entries.insert("bupati".into(), 2);
        entries.insert("palu".into(), 1);
        entries.insert("kep.".into(), 1);
        let index = StartIndex::new(&entries, 2);
        assert_eq!(index.bits("Bupati"), Some(2));
        assert_eq!(index.bits("bupati"), Some(2));
        assert_eq!(index.bits("BUPATI"), Some(2));
        assert_eq!(index.bits("Palu"), Some(1));
        // A lowercase word cannot start a capitalised-only pattern.
        assert_eq!(index.bits("palu"), Some(0));
        assert_eq!(index.bits("Kep."), Some(1));
        assert_eq!(index.bits("Désa"), None);
        assert_eq!(index.bits(""), None);
    }

    #[test]
    fn misses_are_rare() {
        let mut entries: FastMap<Box<str>, u8> = FastMap::default();
        for i in 0..10_000 {
            entries.insert(format!("key{i}").into_boxed_str(), 1);
        }
        let index = StartIndex::new(&entries, 0);
        let false_hits = (0..10_000)
            .filter(|i| index.bits(&format!("Other{i}")) != Some(0))
            .count();
        assert!(false_hits < 500, "{false_hits} false hits in 10,000");
    }
}
