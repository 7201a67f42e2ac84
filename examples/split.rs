//! `split`: split Devanagari text into sentences, streaming.
//!
//! ```text
//! cargo run --release --example split -- [FILE] [--jsonl [--field NAME]]
//!     [--lossy] [--jobs N] [--quiet]
//! ```
//!
//! Plain text: one sentence per output line, and a blank line between the
//! sentences of consecutive input lines. With `--jsonl`, each input line is a
//! JSON object; its string field NAME (default `text`) is split and the
//! object is written back with an added `"sentences": [...]`, every other
//! field kept.

#[path = "cli/mod.rs"]
mod cli;

use cli::{Args, Failure, Input, Progress, Record};
use devanagari::Splitter;
use std::io::Write;

const USAGE: &str = "usage: split [FILE] [--jsonl [--field NAME]] [--lossy] [--jobs N] [--quiet]";

fn process(
    splitter: &Splitter,
    jsonl: bool,
    field: &str,
    record: Record<'_>,
    out: &mut String,
) -> Result<(), Failure> {
    if jsonl {
        if cli::is_blank(&record) {
            out.push_str(&record.text);
            return Ok(());
        }
        let (mut map, text) = cli::parse_jsonl(&record, field)?;
        let v: Vec<serde_json::Value> = splitter
            .sentences(&text)
            .map(|s| serde_json::Value::String(s.to_string()))
            .collect();
        map.insert("sentences".to_string(), serde_json::Value::Array(v));
        out.push_str(&serde_json::Value::Object(map).to_string());
        out.push('\n');
        Ok(())
    } else {
        if record.line_no > 1 {
            out.push('\n');
        }
        for s in splitter.sentences(&record.text) {
            out.push_str(s);
            out.push('\n');
        }
        Ok(())
    }
}

fn run() -> Result<(), Failure> {
    let mut args = Args::from_env();
    if args.flag("--help") || args.flag("-h") {
        println!("{USAGE}");
        return Ok(());
    }
    let jsonl = args.flag("--jsonl");
    let field = args.value("--field")?.unwrap_or_else(|| "text".to_string());
    let lossy = args.flag("--lossy");
    let quiet = args.flag("--quiet");
    let jobs = cli::jobs(&mut args)?;
    let path = args.positional(USAGE)?;
    let mut input = Input::open(path.as_deref(), lossy)?;
    let splitter = Splitter::default();
    let mut out = cli::stdout();
    let mut progress = Progress::new(quiet, input.size);
    let work = |r: Record<'_>, out: &mut String| process(&splitter, jsonl, &field, r, out);
    let mut emit = |s: String| out.write_all(s.as_bytes()).map_err(Failure::output);
    let result = cli::run_batched(&mut input, jobs, &work, &mut emit, &mut progress);
    out.flush().map_err(Failure::output)?;
    result
}

fn main() {
    cli::finish(run(), "split");
}
