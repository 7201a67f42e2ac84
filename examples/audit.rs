//! `audit`: what normalization and repair would change in a corpus, and what
//! they find, counted by kind, with examples; the same tool as `devanagari
//! audit`. Run it before trusting a corpus; `--help` gives its options,
//! their defaults and the exit codes:
//!
//! ```text
//! cargo run --release --example audit -- --help
//! ```

#[path = "cli/mod.rs"]
mod cli;

fn main() {
    cli::finish(
        cli::audit::main("audit", std::env::args_os().skip(1)),
        "audit",
    );
}
