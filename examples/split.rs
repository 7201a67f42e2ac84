//! `split`: split Devanagari text into sentences, streaming. Run it with
//! `--help` for its options, their defaults and the exit codes:
//!
//! ```text
//! cargo run --release --example split -- --help
//! ```

#[path = "cli/mod.rs"]
mod cli;

use cli::args::{self, Command, Jobs, Opt};
use cli::{files, Failure, Input, Progress};
use devanagari::Splitter;
use std::io::Write;

const SENTENCES_FIELD: Opt = Opt {
    name: "sentences-field",
    value: Some("NAME"),
    needs: Some("jsonl"),
    help: "The field the sentences are added as (default: sentences). A record\n\
           that already has it is a bad record: split never overwrites a field.",
};

const TOOL: args::Tool = args::Tool {
    name: "split",
    summary: "split Devanagari text into sentences, streaming",
    description: "\
Reads FILE (standard input when FILE is absent or -). Plain text: one
sentence per output line, and a blank line between the sentences of
consecutive input lines (a CR inside a sentence is written as a space). With
--jsonl, each record gets its sentences as an added field (--sentences-field,
default sentences) before its closing brace; every other byte of the record
is kept.",
    options: &[
        args::JSONL,
        args::FIELD,
        SENTENCES_FIELD,
        args::SKIP_BAD,
        args::LOSSY,
        args::JOBS,
        args::QUIET,
    ],
};

fn run() -> Result<(), Failure> {
    let parsed = match args::parse(&TOOL, std::env::args_os().skip(1))? {
        Command::Run(p) => p,
        Command::Help(h) => {
            print!("{h}");
            return Ok(());
        }
        Command::Version(v) => {
            println!("{v}");
            return Ok(());
        }
    };
    let jsonl = parsed.flag("jsonl");
    let field = parsed.value("field").unwrap_or("text").to_string();
    let into = parsed
        .value("sentences-field")
        .unwrap_or("sentences")
        .to_string();
    if jsonl && field == into {
        return Err(Failure::new(
            cli::exit::USAGE,
            format!("--sentences-field {into} is the field read: split never overwrites a field (see --help)"),
        ));
    }
    let jobs = parsed.get("jobs", Jobs::all())?.0;
    let lossy = parsed.flag("lossy");
    let quiet = parsed.flag("quiet");
    let skip_path = parsed.value("skip-bad");
    let outputs: Vec<(&str, &str)> = skip_path.map(|p| ("skip-bad", p)).into_iter().collect();
    files::check_outputs(parsed.file.as_deref(), &outputs)?;

    let mut input = Input::open(parsed.file.as_deref(), lossy)?;
    let mut skip = skip_path.map(cli::create).transpose()?;
    let tool = cli::split::Split {
        splitter: Splitter::default(),
        jsonl: jsonl.then_some((field, into)),
        lossy,
    };
    let mut out = cli::stdout();
    let mut progress = Progress::new(quiet, input.size);
    let mut emit =
        |s: cli::out::Out, chunk: &[u8]| s.write_to(chunk, &mut out).map_err(Failure::output);
    let result = cli::run_batched(
        &mut input,
        &tool,
        jobs,
        skip.as_mut().map(|w| w as &mut dyn Write),
        &mut emit,
        &mut progress,
    );
    out.flush().map_err(Failure::output)?;
    if let Some(mut w) = skip {
        w.flush().map_err(|e| {
            Failure::new(
                cli::exit::OUTPUT,
                format!("cannot write --skip-bad file: {e}"),
            )
        })?;
    }
    let totals = result?;
    if let Some(p) = skip_path {
        cli::print_totals("split", &totals, "written", p);
    }
    Ok(())
}

fn main() {
    cli::finish(run(), "split");
}
