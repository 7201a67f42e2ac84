//! `devanagari`: the command-line tools in one program, as `git` and `cargo`
//! are: `devanagari clean|split|audit [OPTIONS] [FILE...]`. Install it with
//!
//! ```text
//! cargo install --path . --example devanagari
//! ```
//!
//! (the `clean`, `split` and `audit` examples are the same tools under
//! their own names, for running in place; installed, `split` would shadow
//! coreutils' `split`).

#[path = "cli/mod.rs"]
mod cli;

fn main() {
    let (name, result) = cli::dispatch(std::env::args_os().skip(1));
    cli::finish(result, &name);
}
