//! `clean`: normalize (and repair) Devanagari text, streaming; the same
//! tool as `devanagari clean`. Run it with `--help` for its options, their
//! defaults and the exit codes:
//!
//! ```text
//! cargo run --release --example clean -- --help
//! ```

#[path = "cli/mod.rs"]
mod cli;

fn main() {
    cli::finish(
        cli::clean::main("clean", std::env::args_os().skip(1)),
        "clean",
    );
}
