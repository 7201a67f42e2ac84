//! `clean`: normalize (and repair) Devanagari text, streaming. Run it with
//! `--help` for its options, their defaults and the exit codes:
//!
//! ```text
//! cargo run --release --example clean -- --help
//! ```

#[path = "cli/mod.rs"]
mod cli;

use cli::args::{self, Command, Jobs, Profile, Repair};
use cli::{exit, files, Failure, Input, Progress};
use devanagari::{Cleaner, RepairMode};
use std::io::Write;

const TOOL: args::Tool = args::Tool {
    name: "clean",
    summary: "normalize and repair Devanagari text, streaming",
    description: "\
Reads FILE (standard input when FILE is absent or -) and writes the cleaned
text to standard output: one output line per input line, always (a lone CR
is not a line break: it becomes a space). With --jsonl, the field --field of
each record is cleaned and the record written back byte for byte around it;
a record whose text does not change is written back as it was read.",
    options: &[
        args::PROFILE,
        args::REPAIR,
        args::JSONL,
        args::FIELD,
        args::REPORT,
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
    let profile: Profile = parsed.get("profile", Profile::Safe)?;
    let mode: RepairMode = parsed.get("repair", Repair::Artifacts)?.into();
    let jobs = parsed.get("jobs", Jobs::all())?.0;
    let lossy = parsed.flag("lossy");
    let quiet = parsed.flag("quiet");
    let report_path = parsed.value("report");
    let skip_path = parsed.value("skip-bad");
    let outputs: Vec<(&str, &str)> = [("report", report_path), ("skip-bad", skip_path)]
        .into_iter()
        .filter_map(|(o, p)| p.map(|p| (o, p)))
        .collect();
    // Before anything is opened for writing.
    files::check_outputs(parsed.file.as_deref(), &outputs)?;

    let mut input = Input::open(parsed.file.as_deref(), lossy)?;
    let mut report = report_path.map(cli::create).transpose()?;
    let mut skip = skip_path.map(cli::create).transpose()?;
    let tool = cli::clean::Clean {
        cleaner: Cleaner::new(profile.options(!jsonl), mode),
        field: jsonl.then(|| parsed.value("field").unwrap_or("text").to_string()),
        report: report.is_some(),
        lossy,
        paragraphs: !jsonl && mode == RepairMode::Document,
    };
    input.paragraphs = tool.paragraphs;
    let mut out = cli::stdout();
    let mut progress = Progress::new(quiet, input.size);
    let mut emit = |d: cli::clean::Done, chunk: &[u8]| -> Result<(), Failure> {
        d.out.write_to(chunk, &mut out).map_err(Failure::output)?;
        if let Some(rep) = report.as_mut() {
            rep.write_all(&d.report)
                .map_err(|e| Failure::new(exit::OUTPUT, format!("cannot write report: {e}")))?;
        }
        Ok(())
    };
    let result = cli::run_batched(
        &mut input,
        &tool,
        jobs,
        skip.as_mut().map(|w| w as &mut dyn Write),
        &mut emit,
        &mut progress,
    );
    // Flush what was written before reporting a failure, so that every record
    // before the bad one is complete.
    out.flush().map_err(Failure::output)?;
    for (w, what) in [(report, "report"), (skip, "--skip-bad file")] {
        if let Some(mut w) = w {
            w.flush()
                .map_err(|e| Failure::new(exit::OUTPUT, format!("cannot write {what}: {e}")))?;
        }
    }
    let totals = result?;
    if let Some(p) = skip_path {
        cli::print_totals("clean", &totals, "written", p);
    }
    Ok(())
}

fn main() {
    cli::finish(run(), "clean");
}
