//! FNV-1a, the hash of the lexicon's maps and sets. Their keys are short
//! words looked up once for every Latin word of a text; the standard
//! library's SipHash was a tenth of the time of repair on Latin-heavy text
//! (`tests/hostile.rs` timing). (The splitter's fixed word lists have their
//! own table, [`crate::word_map::WordMap`].)

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
