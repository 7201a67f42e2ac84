//! Clean, canonical, splittable Devanagari text (Hindi, Marathi, Nepali,
//! Sanskrit).
//!
//! # Overview
//!
//! - [`normalize()`] / [`Normalizer`]: Unicode NFC plus Devanagari
//!   canonicalization, the `safe` profile by default, the lossy `nlp` profile
//!   and each rule on its own through [`NormalizeOptions`].
//! - [`clean()`] / [`Cleaner`]: normalization followed by mixed-script repair.
//! - [`words()`] / [`WordTokenizer`]: word tokens as slices with offsets,
//!   sharing the splitter's abbreviations; [`aksharas()`] and akshara-safe
//!   truncation ([`truncate_to_bytes`], [`truncate_to_aksharas`]).
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
//! # Example: split into sentences
//!
//! ```
//! use devanagari::sentences;
//! let v: Vec<&str> = sentences("कल डॉ. शर्मा ने जाँच की. दर 3.5 प्रतिशत रही।").collect();
//! assert_eq!(v, ["कल डॉ. शर्मा ने जाँच की.", "दर 3.5 प्रतिशत रही।"]);
//! ```
//!
//! # Example: words
//!
//! ```
//! use devanagari::{truncate_to_aksharas, words};
//! let v: Vec<&str> = words("डॉ. शर्मा ने कहा, “दर 3.5% है।”").collect();
//! assert_eq!(v, ["डॉ.", "शर्मा", "ने", "कहा", ",", "“", "दर", "3.5", "%", "है", "।", "”"]);
//! assert_eq!(truncate_to_aksharas("क्षत्रिय", 1), "क्ष");
//! ```
//!
//! # Example: repair mixed script
//!
//! ```
//! use devanagari::repair;
//! assert_eq!(repair("गैरGovernmentी संगठन"), "गैरसरकारी संगठन");
//! ```
//!
//! # Options and profiles
//!
//! [`NormalizeOptions::safe`] (the default) does only what cannot change what
//! a reader sees or means; [`NormalizeOptions::nlp`] adds the lossy folds,
//! each also a field of its own. [`RepairMode`] chooses how much repair does;
//! [`SplitOptions`] what a newline means and which extra abbreviations hold.
//!
//! # Guarantees
//!
//! - **No panics** on any `&str`, for every pass and option. Backed by the
//!   property tests over arbitrary and Devanagari-heavy strings
//!   (`tests/properties.rs`), the hostile inputs (`tests/hostile.rs`) and the
//!   fuzz targets (`fuzz/`).
//! - **Linear time** in the input length: the quick check and the sentence
//!   scan look at each byte a bounded number of times; each suspect line goes
//!   through a fixed number of passes, each linear (no backtracking regex, no
//!   per-cluster sorting: a run of a million NUKTAs is rebuilt in one pass).
//!   `tests/hostile.rs` runs the inputs of the hardening issue (a million
//!   NUKTAs, a 10 MB line, a million dots, an endless chain of initials...);
//!   its `#[ignore]`d timing test prints the time per MB of each beside
//!   ordinary Hindi. Against Hindi web text as scraped (the HPLT sample)
//!   every input and pass stays within 3 times its time per byte. Clean
//!   Hindi with nothing to fix costs a single scan, and against it the
//!   constant is larger for text that needs work at nearly every
//!   character: random bytes and every code point about 4 to 9 times,
//!   alternating vowel signs and NUKTAs about 8, an initial and its FULL
//!   STOP every five bytes about 6, and for repair a Latin letter beside a
//!   vowel sign in every word about 18. `benches/README.md` has the table.
//! - **Allocation only on change**: [`normalize()`], [`repair()`] and [`clean()`]
//!   return `Cow::Borrowed` exactly when the output equals the input (checked
//!   by the property tests); sentences are slices of the input.
//! - **Idempotence**: running a pass on its own output changes nothing
//!   (property tests, fuzz targets, hostile inputs).
//! - **Edits reproduce the output**: [`apply_edits`] of the input and the
//!   reported edits equals the output (property tests, fuzz targets).
//!
//! # Untrusted input
//!
//! The passes are meant for scraped web text: binary junk decoded as text,
//! megabyte lines, endless runs of combining marks, pages of dots or pipes.
//! The crate denies `unsafe` code (`#![deny(unsafe_code)]`) but for one
//! call (and its twin in the tests), allowed where it stands: the
//! normalizer's quick check classifies
//! 32 bytes at a time with AVX2 intrinsics, which Rust lets a function call
//! only inside `unsafe`, even right after asking the processor whether it
//! has AVX2 (the function itself reads nothing but safe slices). It took
//! `normalize` on real news from 2.5x to 5.4x ICU4X's NFC; the tests
//! compare it with the scan it accelerates and with a byte-at-a-time form.
//! No pass panics on any `&str`, by construction as well as by test: the
//! crate denies clippy's `indexing_slicing`, `string_slice`, `unwrap_used`,
//! `expect_used` and `panic` outside its tests, so every index into a text
//! is a `get` whose miss is handled. No pass recurses, and no pass keeps
//! more than its output and a bounded
//! look-ahead (the sentence scan looks at most 64 bytes past a FULL STOP). What a caller
//! controls is the size of the input: memory is linear in it for the passes
//! that rewrite, constant for sentence splitting. The bundled tools stream
//! line by line with bounded memory and report invalid UTF-8 with its
//! position (see the README).

#![deny(unsafe_code)]
// Never a panic on any text, by construction: no indexing or slicing that
// can be out of range or inside a character, no unwrapping (the tests may).
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::string_slice,
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic
    )
)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

mod akshara;
mod clean;
mod danda;
mod edit;
mod endings;
mod fnv;
mod language;
mod lexicon;
mod names;
mod normalize;
pub mod options;
mod repair;
mod rewrite;
pub mod script;
mod sentence;
mod url;
mod word_map;
mod words;

pub use clean::{clean, Cleaned, Cleaner};
pub use edit::{apply_edits, Edit, EditKind, KindSet};
pub use language::{Language, UnknownLanguage};
pub use lexicon::{Entry, Lexicon, LexiconError};
pub use normalize::{
    normalize, normalize_with_edits, AbbreviationSignPolicy, CandrabinduPolicy, DigitPolicy,
    JoinerPolicy, LoneCrPolicy, NasalPolicy, NormalizeOptions, Normalizer, NuktaPolicy,
    PunctuationPolicy,
};
pub use repair::{repair, Finding, FindingKind, RepairDetail, RepairMode, RepairOptions, Repairer};

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
pub use akshara::{
    akshara_count, akshara_indices, aksharas, truncate_to_aksharas, truncate_to_bytes,
    AksharaIndices, Aksharas,
};
pub use sentence::{
    sentence_indices, sentences, NewlinePolicy, SentenceIndices, Sentences, SplitOptions, Splitter,
};
pub use words::{
    word_indices, words, AbbreviationStops, HyphenPolicy, PunctuationTokens, WordIndices,
    WordOptions, WordTokenizer, Words,
};
