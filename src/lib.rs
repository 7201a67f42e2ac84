//! Clean, canonical, splittable Devanagari text (Hindi, Marathi, Nepali,
//! Sanskrit).
//!
//! # Overview
//!
//! - [`normalize()`] / [`Normalizer`]: Unicode NFC plus Devanagari
//!   canonicalization, the `safe` profile by default, the lossy `nlp` profile
//!   and each rule on its own through [`NormalizeOptions`].
//! - [`clean()`] / [`Cleaner`]: normalization followed by mixed-script repair.
//! - Every pass has a `*_with_edits` variant reporting each change as an
//!   [`Edit`]; [`apply_edits`] rebuilds the output from the input.
//!
//! # Example: normalize
//!
//! ```
//! use devanagari::normalize;
//! assert_eq!(normalize("अत: वह घर गया |"), "अतः वह घर गया।");
//! ```
//!
//! # Example: audit edits
//!
//! ```
//! use devanagari::{apply_edits, normalize_with_edits};
//! let input = "राम  ने कहा ।";
//! let (output, edits) = normalize_with_edits(input);
//! for e in &edits {
//!     println!("{:?} {:?} -> {:?} ({})", e.range, &input[e.range.clone()], e.replacement, e.kind);
//! }
//! assert_eq!(apply_edits(input, &edits), output);
//! ```
//!
//! # Guarantees
//!
//! - No panics on any `&str`, linear time in the input length (property
//!   tests in `tests/properties.rs`).
//! - `Cow::Borrowed` exactly when nothing changes.
//! - Idempotence: a second run changes nothing.
//! - Edits applied to the input reproduce the output.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

mod clean;
mod edit;
mod lexicon;
mod normalize;
mod repair;
mod rewrite;
pub mod script;
mod sentence;

pub use clean::{clean, Cleaner};
pub use edit::{apply_edits, Edit, EditKind, KindSet};
pub use lexicon::{Entry, Lexicon, LexiconError};
pub use normalize::{
    normalize, normalize_with_edits, AbbreviationSignPolicy, CandrabinduPolicy, DigitPolicy,
    JoinerPolicy, NasalPolicy, NormalizeOptions, Normalizer, NuktaPolicy, PunctuationPolicy,
};
pub use repair::{repair, Finding, FindingKind, RepairDetail, RepairMode, RepairOptions, Repairer};

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
pub use sentence::{
    sentence_indices, sentences, NewlinePolicy, SentenceIndices, Sentences, SplitOptions, Splitter,
};
