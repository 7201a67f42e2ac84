//! `clean`: normalize (and repair) Devanagari text, streaming.
//!
//! ```text
//! cargo run --release --example clean -- [FILE] [--profile safe|nlp]
//!     [--repair off|artifacts|document|all] [--jsonl [--field NAME]]
//!     [--report FILE] [--lossy] [--jobs N] [--quiet]
//! ```
//!
//! Reads FILE (or standard input) line by line and writes the cleaned text to
//! standard output, one output line per input line. With `--jsonl`, each line
//! is a JSON object whose string field NAME (default `text`) is cleaned; every
//! other field is kept. `--report FILE` writes every edit as a JSON line:
//! `{"line", "start", "end", "kind", "old", "new"}` (byte offsets in the line,
//! or in the field's text with `--jsonl`).

#[path = "cli/mod.rs"]
mod cli;

use cli::{exit, Args, Failure, Input, Progress, Record};
use devanagari::{Cleaner, Edit, RepairMode};
use std::io::Write;

const USAGE: &str = "usage: clean [FILE] [--profile safe|nlp] [--repair off|artifacts|document|all] [--jsonl [--field NAME]] [--report FILE] [--lossy] [--jobs N] [--quiet]";

struct Config {
    cleaner: Cleaner,
    jsonl: bool,
    field: String,
    report: bool,
}

/// The output of records: their lines and their report lines.
#[derive(Default)]
struct Done {
    line: String,
    report: String,
}

/// The line (1-based) and the offset in it of byte `offset` of `record`. A
/// record with `line_no == 0` is a whole document of several lines.
fn locate(record: &Record<'_>, offset: usize) -> (u64, usize) {
    if record.line_no != 0 {
        return (record.line_no, offset);
    }
    let head = record.text.get(..offset).unwrap_or("");
    let line = 1 + head.bytes().filter(|&b| b == b'\n').count() as u64;
    let start = head.rfind('\n').map_or(0, |i| i + 1);
    (line, offset - start)
}

fn report_lines(out: &mut String, record: &Record<'_>, edits: &[Edit], input: &str) {
    for &offset in &record.replaced {
        let (line, at) = locate(record, offset);
        let v = serde_json::json!({"line": line, "start": at, "end": at + 1, "kind": "invalid_utf8", "old": null, "new": "\u{FFFD}"});
        out.push_str(&v.to_string());
        out.push('\n');
    }
    for e in edits {
        let (line, start) = locate(record, e.range.start);
        let mut v = serde_json::json!({
            "line": line,
            "start": start,
            "end": start + e.range.len(),
            "kind": e.kind.name(),
            "old": input.get(e.range.clone()).unwrap_or(""),
            "new": e.replacement,
        });
        if !e.also.is_empty() {
            v["also"] = e.also.iter().map(|k| k.name()).collect::<Vec<_>>().into();
        }
        if let Some(r) = &e.repair {
            v["repair"] = serde_json::json!({
                "entry": r.entry,
                "english": r.english,
                "ambiguous": r.ambiguous,
                "licensed_by": r.licensed_by,
            });
        }
        out.push_str(&v.to_string());
        out.push('\n');
    }
}

fn process(cfg: &Config, record: Record<'_>, done: &mut Done) -> Result<(), Failure> {
    let report = &mut done.report;
    if cfg.jsonl {
        if cli::is_blank(&record) {
            done.line.push_str(&record.text);
            return Ok(());
        }
        let (mut map, text) = cli::parse_jsonl(&record, &cfg.field)?;
        let (out, edits) = if cfg.report {
            let (o, e) = cfg.cleaner.clean_with_edits(&text);
            (o.into_owned(), e)
        } else {
            (cfg.cleaner.clean(&text).into_owned(), Vec::new())
        };
        if cfg.report {
            report_lines(report, &record, &edits, &text);
        }
        map.insert(cfg.field.clone(), serde_json::Value::String(out));
        done.line
            .push_str(&serde_json::Value::Object(map).to_string());
        done.line.push('\n');
        Ok(())
    } else {
        let (out, edits) = if cfg.report {
            cfg.cleaner.clean_with_edits(&record.text)
        } else {
            (cfg.cleaner.clean(&record.text), Vec::new())
        };
        if cfg.report {
            report_lines(report, &record, &edits, &record.text);
        }
        done.line.push_str(&out);
        Ok(())
    }
}

fn whole_document(
    input: &mut Input,
    work: &dyn Fn(Record<'_>, &mut Done) -> Result<(), Failure>,
    emit: &mut dyn FnMut(Done) -> Result<(), Failure>,
) -> Result<(), Failure> {
    let mut text = String::new();
    let mut replaced = Vec::new();
    for r in input.read_records()? {
        replaced.extend(r.replaced.iter().map(|o| text.len() + o));
        text.push_str(&r.text);
    }
    let mut done = Done::default();
    work(
        Record {
            line_no: 0,
            text: text.into(),
            replaced,
        },
        &mut done,
    )?;
    emit(done)
}

fn run() -> Result<(), Failure> {
    let mut args = Args::from_env();
    if args.flag("--help") || args.flag("-h") {
        println!("{USAGE}");
        return Ok(());
    }
    let options = cli::profile(&mut args)?;
    let mode = match args.value("--repair")?.as_deref() {
        None | Some("artifacts") => RepairMode::Artifacts,
        Some("off") => RepairMode::Off,
        Some("document") => RepairMode::Document,
        Some("all") => RepairMode::All,
        Some(m) => {
            return Err(Failure::new(
                exit::USAGE,
                format!("unknown repair mode {m:?} (off|artifacts|document|all)"),
            ))
        }
    };
    let jsonl = args.flag("--jsonl");
    let field = args.value("--field")?.unwrap_or_else(|| "text".to_string());
    let report_path = args.value("--report")?;
    let lossy = args.flag("--lossy");
    let quiet = args.flag("--quiet");
    let jobs = cli::jobs(&mut args)?;
    let path = args.positional(USAGE)?;

    let mut input = Input::open(path.as_deref(), lossy)?;
    let mut report = match &report_path {
        Some(p) => Some(cli::create(p)?),
        None => None,
    };
    let cfg = Config {
        cleaner: Cleaner::new(options, mode),
        jsonl,
        field,
        report: report.is_some(),
    };
    let mut out = cli::stdout();
    let mut progress = Progress::new(quiet, input.size);
    let work = |r: Record<'_>, d: &mut Done| process(&cfg, r, d);
    let mut emit = |d: Done| -> Result<(), Failure> {
        out.write_all(d.line.as_bytes()).map_err(Failure::output)?;
        if let Some(rep) = report.as_mut() {
            rep.write_all(d.report.as_bytes())
                .map_err(|e| Failure::new(exit::OUTPUT, format!("cannot write report: {e}")))?;
        }
        Ok(())
    };
    let result = if !cfg.jsonl && mode == RepairMode::Document {
        // In plain text the whole input is one document: a repaired artifact
        // anywhere licenses substituted words everywhere. This holds the input
        // in memory; with --jsonl each record is a document and streams.
        whole_document(&mut input, &work, &mut emit)
    } else {
        cli::run_batched(&mut input, jobs, &work, &mut emit, &mut progress)
    };
    // Flush what was written before reporting a failure, so that every record
    // before the bad one is complete.
    out.flush().map_err(Failure::output)?;
    if let Some(mut rep) = report {
        rep.flush()
            .map_err(|e| Failure::new(exit::OUTPUT, format!("cannot write report: {e}")))?;
    }
    result
}

fn main() {
    cli::finish(run(), "clean");
}
