//! A fixed table from short words to small values: the splitter's word
//! lists (letter names, abbreviations, sentence starters...), asked about
//! the word before every FULL STOP.

/// A [`WordMap`] key read as two integers: its first and last 8 bytes (4
/// bytes when it is shorter than 8; its first, middle and last byte when
/// shorter than 4). With the length, they hold every byte of a key of at
/// most 16 bytes, so such keys compare by the two integers alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Key {
    len: usize,
    head: u64,
    tail: u64,
}

impl Key {
    #[inline]
    fn of(b: &[u8]) -> Key {
        let n = b.len();
        let (head, tail) = match (b.first_chunk::<8>(), b.last_chunk::<8>()) {
            (Some(h), Some(t)) => (u64::from_le_bytes(*h), u64::from_le_bytes(*t)),
            _ => match (b.first_chunk::<4>(), b.last_chunk::<4>()) {
                (Some(h), Some(t)) => (
                    u64::from(u32::from_le_bytes(*h)),
                    u64::from(u32::from_le_bytes(*t)),
                ),
                _ => match (b.first(), b.get(n / 2), b.last()) {
                    (Some(&f), Some(&m), Some(&l)) => {
                        (u64::from(f) << 16 | u64::from(m) << 8 | u64::from(l), 0)
                    }
                    _ => (0, 0),
                },
            },
        };
        Key { len: n, head, tail }
    }

    /// Mixed by one wide multiplication (the scheme of wyhash for short
    /// inputs).
    #[inline]
    fn hash(self) -> u64 {
        let m = u128::from(self.head ^ 0xA076_1D64_78BD_642F)
            * u128::from(self.tail ^ 0xE703_7ED1_A0B4_28DB ^ self.len as u64);
        (m as u64) ^ (m >> 64) as u64
    }
}

/// A fixed map from short words to small values, built once: open
/// addressing over the hash of each key's [`Key`] integers, which each slot
/// keeps; a key of at most 16 bytes is compared by them alone, a longer
/// one byte by byte as well. A mask of the keys' lengths rejects most words
/// without reading them.
///
/// The splitter looks up the word before every FULL STOP; serial FNV-1a
/// steps over each byte and a `memcmp` call for each hit were half the time
/// of a chain of initials (`tests/hostile.rs` timing).
#[derive(Clone, Debug)]
pub(crate) struct WordMap<V> {
    slots: Vec<Option<(Key, &'static str, V)>>,
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
        for (word, value) in entries {
            map.lengths |= 1u64 << word.len().min(63);
            let key = Key::of(word.as_bytes());
            let mut i = map.home(key);
            // The table is at most half full: the probe meets an empty slot.
            while let Some(slot) = map.slots.get_mut(i) {
                match slot {
                    None => {
                        *slot = Some((key, word, value));
                        break;
                    }
                    Some((_, w, v)) if *w == word => {
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
    fn home(&self, key: Key) -> usize {
        (key.hash() as usize) & (self.slots.len() - 1)
    }

    /// The value of `word`, if it is a key.
    #[inline]
    pub(crate) fn get(&self, word: &str) -> Option<V> {
        let w = word.as_bytes();
        if self.lengths & (1u64 << w.len().min(63)) == 0 {
            return None;
        }
        let key = Key::of(w);
        let mut i = self.home(key);
        // The table is at most half full: the probe meets an empty slot.
        for _ in 0..self.slots.len() {
            match self.slots.get(i)? {
                None => return None,
                Some((k, kw, v)) if *k == key && (w.len() <= 16 || kw.as_bytes() == w) => {
                    return Some(*v)
                }
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
        // Every byte of a key of up to 16 bytes counts.
        let long: Vec<String> = (0..=16)
            .flat_map(|n| (0..n).map(move |k| (n, k)))
            .map(|(n, k)| {
                let mut b = vec![b'a'; n];
                b[k] = b'b';
                String::from_utf8(b).unwrap_or_default()
            })
            .collect();
        let leaked: Vec<&'static str> = long.iter().map(|s| &*s.clone().leak()).collect();
        let map = WordMap::new(leaked.iter().map(|k| (*k, 1)), |a, b| a + b);
        for n in 0..=17 {
            assert_eq!(map.get(&"a".repeat(n)), None, "{n}");
        }
        for k in &leaked {
            assert_eq!(map.get(k), Some(1), "{k}");
        }
    }
}
