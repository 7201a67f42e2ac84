//! The package only holds the criterion benches of the `devanagari` crate
//! (`normalize.rs`, `sentences.rs`, `pipeline.rs`, `words.rs`; run them
//! with `cargo bench -p devanagari-benches`). Cargo needs a target besides
//! them, and this empty library is it.
