//! FNV-1a, the hash of the crate's small word sets (the lexicon's keys, the
//! splitter's abbreviation and letter-name lists). Their keys are short
//! words looked up once for every Latin word or FULL STOP of a text; the
//! standard library's SipHash was a tenth of the time of repair on
//! Latin-heavy text (`tests/hostile.rs` timing), and binary searches most
//! of the time of period-ended text (`benches/sentences.rs`).

use std::hash::{BuildHasherDefault, Hasher};

/// The FNV-1a 64-bit hasher.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xCBF2_9CE4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01B3);
        }
    }
}

/// Builds [`Fnv`] hashers for `HashMap` and `HashSet`.
pub(crate) type FnvBuild = BuildHasherDefault<Fnv>;

/// The hash of a [`WordMap`] key: at most the first and last 8 bytes and
/// the length, read as two integers and mixed by one wide multiplication
/// (the scheme of wyhash for short inputs). Serial FNV-1a steps over each
/// byte were a third of the time of a chain of initials, where the splitter
/// looks up two words at every FULL STOP (`tests/hostile.rs` timing). Keys
/// that share these bytes only collide: the probe still compares them.
#[inline]
fn word_hash(b: &[u8]) -> u64 {
    let n = b.len();
    let (x, y) = match (b.first_chunk::<8>(), b.last_chunk::<8>()) {
        (Some(head), Some(tail)) => (u64::from_le_bytes(*head), u64::from_le_bytes(*tail)),
        _ => match (b.first_chunk::<4>(), b.last_chunk::<4>()) {
            (Some(head), Some(tail)) => (
                u64::from(u32::from_le_bytes(*head)),
                u64::from(u32::from_le_bytes(*tail)),
            ),
            _ => match (b.first(), b.last()) {
                (Some(&first), Some(&last)) => (
                    u64::from(first) << 16 | u64::from(b[n / 2]) << 8 | u64::from(last),
                    0,
                ),
                _ => (0, 0),
            },
        },
    };
    let m =
        u128::from(x ^ 0xA076_1D64_78BD_642F) * u128::from(y ^ 0xE703_7ED1_A0B4_28DB ^ n as u64);
    (m as u64) ^ (m >> 64) as u64
}

/// Whether `a` and `b` hold the same bytes, compared inline: the keys of a
/// [`WordMap`] are a few bytes long, and the library `memcmp` call of `==`
/// on slices was a quarter of the time of the splitter on a chain of
/// initials (`tests/hostile.rs` timing).
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut a8 = a.chunks_exact(8);
    let mut b8 = b.chunks_exact(8);
    for (x, y) in (&mut a8).zip(&mut b8) {
        if x.iter().zip(y).fold(0u8, |d, (p, q)| d | (p ^ q)) != 0 {
            return false;
        }
    }
    a8.remainder()
        .iter()
        .zip(b8.remainder())
        .fold(0u8, |d, (p, q)| d | (p ^ q))
        == 0
}

/// A fixed map from short words to small values, built once: open
/// addressing over a short-key hash ([`word_hash`]). Each slot keeps its key's full hash, so
/// a probe compares bytes only on a hash match, and a mask of the keys'
/// lengths rejects most words without hashing them.
#[derive(Clone, Debug)]
pub(crate) struct WordMap<V> {
    slots: Vec<Option<(u64, &'static str, V)>>,
    /// Bit `n` is set when some key is `n` bytes long; keys of 64 bytes or
    /// more all share bit 63.
    lengths: u64,
}

impl<V: Copy> WordMap<V> {
    /// The map of `entries`; a key given twice gets `merge(old, new)`.
    pub(crate) fn new(
        entries: impl IntoIterator<Item = (&'static str, V)>,
        merge: impl Fn(V, V) -> V,
    ) -> WordMap<V> {
        let entries: Vec<(&'static str, V)> = entries.into_iter().collect();
        let size = (entries.len() * 2).next_power_of_two().max(8);
        let mut map = WordMap {
            slots: vec![None; size],
            lengths: 0,
        };
        for (key, value) in entries {
            map.lengths |= 1u64 << key.len().min(63);
            let h = word_hash(key.as_bytes());
            let mut i = map.home(h);
            loop {
                match &mut map.slots[i] {
                    slot @ None => {
                        *slot = Some((h, key, value));
                        break;
                    }
                    Some((_, k, v)) if *k == key => {
                        *v = merge(*v, value);
                        break;
                    }
                    Some(_) => i = (i + 1) & (size - 1),
                }
            }
        }
        map
    }

    #[inline]
    fn home(&self, h: u64) -> usize {
        (h as usize) & (self.slots.len() - 1)
    }

    /// The value of `word`, if it is a key.
    #[inline]
    pub(crate) fn get(&self, word: &str) -> Option<V> {
        let w = word.as_bytes();
        if self.lengths & (1u64 << w.len().min(63)) == 0 {
            return None;
        }
        let h = word_hash(w);
        let mut i = self.home(h);
        // The table is at most half full: the probe meets an empty slot.
        for _ in 0..self.slots.len() {
            match self.slots.get(i)? {
                None => return None,
                Some((kh, k, v)) if *kh == h && same_bytes(k.as_bytes(), w) => return Some(*v),
                Some(_) => i = (i + 1) & (self.slots.len() - 1),
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_map_finds_exactly_its_keys() {
        let keys = [
            "a",
            "ab",
            "क",
            "कख",
            "abcdefgh",
            "abcdefghi",
            "abcdefgh12345678x",
        ];
        let map = WordMap::new(keys.iter().map(|k| (*k, k.len())), |a, b| a + b);
        for k in keys {
            assert_eq!(map.get(k), Some(k.len()), "{k}");
            for other in [
                format!("{k}x"),
                k.chars().skip(1).collect(),
                k.to_uppercase(),
            ] {
                let want = keys.contains(&other.as_str()).then_some(other.len());
                assert_eq!(map.get(&other), want, "{other}");
            }
        }
        assert_eq!(map.get(""), None);
        let twice = WordMap::new([("x", 1), ("y", 2), ("x", 4)], |a, b| a | b);
        assert_eq!((twice.get("x"), twice.get("y")), (Some(5), Some(2)));
        assert!(same_bytes(b"abcdefghij", b"abcdefghij"));
        assert!(!same_bytes(b"abcdefghij", b"abcdefghik"));
        assert!(!same_bytes(b"abcdefgzij", b"abcdefghij"));
    }
}
