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
