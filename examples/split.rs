//! `split`: split Devanagari text into sentences, streaming; the same tool
//! as `devanagari split`. Run it with `--help` for its options, their
//! defaults and the exit codes:
//!
//! ```text
//! cargo run --release --example split -- --help
//! ```
//!
//! Installed, it would shadow coreutils' `split`: install `devanagari`
//! instead (`cargo install --path . --example devanagari`).

#[path = "cli/mod.rs"]
mod cli;

fn main() {
    cli::finish(
        cli::split::main("split", std::env::args_os().skip(1)),
        "split",
    );
}
