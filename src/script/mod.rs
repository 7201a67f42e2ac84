//! Script knowledge shared by every pass: named code points, character
//! classes, and the Unicode "do not emit" table. No policy lives here.
//!
//! This module is public and stable (under semver like the rest of the
//! API): the constants are named as in the Unicode character names
//! (`DEVANAGARI_SIGN_VIRAMA`), and each class says which code points it
//! holds as Unicode and the Devanagari block chart do, so a tokenizer or a
//! filter built on this crate can use the same classes the rules use,
//! instead of restating ranges. What may change is only what Unicode adds
//! to the block; the "do not emit" table and the NFC boundary helper stay
//! crate-private (they serve the rules, not users).
//!
//! ```
//! use devanagari::script::{is_consonant, is_dependent_vowel_sign, DEVANAGARI_SIGN_VIRAMA};
//! assert!(is_consonant('क') && !is_consonant('अ'));
//! assert!(is_dependent_vowel_sign('ा'));
//! assert_eq!(DEVANAGARI_SIGN_VIRAMA, '\u{094D}');
//! ```

mod chars;
mod class;
mod nfc_boundary;
mod spaces;
#[rustfmt::skip]
pub(crate) mod do_not_emit;

pub use chars::*;
pub use class::*;
pub(crate) use nfc_boundary::has_nfc_boundary_before;
pub(crate) use spaces::is_unusual_space;
