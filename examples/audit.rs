//! `audit`: what normalization and repair would change in a corpus, and what
//! they find, counted by kind, with examples. Run it before trusting a
//! corpus; `--help` gives its options, their defaults and the exit codes:
//!
//! ```text
//! cargo run --release --example audit -- --help
//! ```

#[path = "cli/mod.rs"]
mod cli;

use cli::args::{self, Command, Jobs, Opt, Profile};
use cli::jsonl::Object;
use cli::{files, BadRecord, Failure, Input, Progress, Record};
use devanagari::{FindingKind, Normalizer, Repairer, Splitter};
use std::collections::BTreeMap;
use std::io::Write;

const EXAMPLES: Opt = Opt {
    name: "examples",
    value: Some("N"),
    needs: None,
    help: "Examples shown for each kind (default: 3).",
};

const JSON: Opt = Opt {
    name: "json",
    value: None,
    needs: None,
    help: "Print the report as one JSON object (default: a table).",
};

const TOOL: args::Tool = args::Tool {
    name: "audit",
    summary: "what clean would change in a corpus, and what it finds",
    description: "\
Reads FILE (standard input when FILE is absent or -) and prints, counted by
kind, what normalization (--profile) and artifact repair would change and
what repair finds (orphan marks, fused tokens, glue, substituted-word
candidates), with examples and their line numbers. Nothing is written but
the report. Records are lines, blank ones included (counted apart); with
--skip-bad, bad records are counted and set aside instead of stopping.",
    options: &[
        args::JSONL,
        args::FIELD,
        args::PROFILE,
        EXAMPLES,
        JSON,
        args::SKIP_BAD,
        args::LOSSY,
        args::JOBS,
        args::QUIET,
    ],
};

/// `--examples N`.
struct Examples(usize);

impl std::str::FromStr for Examples {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        s.parse()
            .map(Examples)
            .map_err(|_| format!("takes a number, not {s:?}"))
    }
}

/// One example of a kind: where, and the text around it.
#[derive(Clone, Debug)]
struct Example {
    line: u64,
    offset: usize,
    old: String,
    new: String,
    context: String,
}

/// Counts and examples, mergeable across records.
#[derive(Default, Debug)]
struct Stats {
    records: u64,
    bytes: u64,
    /// Records empty or only whitespace (kept as they are by `clean`).
    blank: u64,
    /// Bad records set aside (`--skip-bad`).
    set_aside: u64,
    records_changed: u64,
    sentences: u64,
    lines_with_text: u64,
    /// kind name -> (count, examples)
    kinds: BTreeMap<&'static str, (u64, Vec<Example>)>,
}

impl Stats {
    fn add(&mut self, kind: &'static str, ex: Example, max: usize) {
        let slot = self.kinds.entry(kind).or_default();
        slot.0 += 1;
        if slot.1.len() < max {
            slot.1.push(ex);
        }
    }

    fn merge(&mut self, other: Stats, max: usize) {
        self.records += other.records;
        self.bytes += other.bytes;
        self.blank += other.blank;
        self.set_aside += other.set_aside;
        self.records_changed += other.records_changed;
        self.sentences += other.sentences;
        self.lines_with_text += other.lines_with_text;
        for (k, (n, exs)) in other.kinds {
            let slot = self.kinds.entry(k).or_default();
            slot.0 += n;
            for e in exs {
                if slot.1.len() < max {
                    slot.1.push(e);
                }
            }
        }
    }
}

/// What each edit or finding kind is called in the report.
fn label(kind: &str) -> &'static str {
    match kind {
        "nfc" => "non-NFC spans",
        "invisible" => "invisible characters",
        "joiner" => "ZWJ/ZWNJ without meaning",
        "do_not_emit" => "DoNotEmit sequences",
        "mark_order" => "mark-order errors",
        "danda" => "pipes or doubled dandas as danda",
        "visarga" => "colons that are visarga",
        "space" => "space runs and unusual spaces",
        "line_ending" => "CR or CRLF line endings",
        "punctuation_space" => "spaces before punctuation",
        "orphan_mark" => "orphan marks (lexicon word)",
        "orphan_mark_unknown" => "orphan marks (unknown word, kept)",
        "fused_token" => "fused tokens (lexicon word)",
        "fused_token_unknown" => "fused tokens (unknown word, kept)",
        "glue" => "glue (left alone)",
        "substituted_word" => "substituted-word candidates",
        "invalid_utf8" => "invalid UTF-8 (replaced with --lossy)",
        "lone_surrogate" => "lone surrogate escapes (replaced with --lossy)",
        _ => "other",
    }
}

fn context(text: &str, start: usize, end: usize) -> String {
    let mut a = start.saturating_sub(30);
    while a > 0 && !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (end + 30).min(text.len());
    while b < text.len() && !text.is_char_boundary(b) {
        b += 1;
    }
    text.get(a..b).unwrap_or("").replace('\n', "⏎")
}

struct Audit {
    normalizer: Normalizer,
    repairer: Repairer,
    splitter: Splitter,
    /// `Some(field)` with `--jsonl`.
    field: Option<String>,
    lossy: bool,
    max_examples: usize,
}

impl cli::Tool for Audit {
    type Acc = Stats;

    fn record(&self, record: &Record<'_>, total: &mut Stats) -> Result<(), BadRecord> {
        audit_record(self, record, total)
    }

    fn set_aside(&self, _record: &Record<'_>, total: &mut Stats) {
        total.records += 1;
        total.set_aside += 1;
    }
}

fn audit_record(t: &Audit, record: &Record<'_>, total: &mut Stats) -> Result<(), BadRecord> {
    let mut st = Stats {
        records: 1,
        bytes: record.raw.len() as u64,
        ..Stats::default()
    };
    if record.is_blank() {
        st.blank = 1;
        total.merge(st, t.max_examples);
        return Ok(());
    }
    let max = t.max_examples;
    let text = match &t.field {
        Some(field) => {
            let (body, _) = cli::jsonl::split_ending(&record.text);
            let obj = Object::parse(body, &[field]).map_err(BadRecord::json)?;
            let f = obj.string(field, t.lossy).map_err(BadRecord::json)?;
            for s in &f.lone_surrogates {
                st.add(
                    "lone_surrogate",
                    Example {
                        line: record.line_no,
                        offset: s.at,
                        old: s.escape.clone(),
                        new: "\u{FFFD}".into(),
                        context: String::new(),
                    },
                    max,
                );
            }
            f.text.into_owned()
        }
        None => record.text.to_string(),
    };
    for &o in &record.replaced {
        st.add(
            "invalid_utf8",
            Example {
                line: record.line_no,
                offset: o,
                old: String::new(),
                new: "\u{FFFD}".into(),
                context: String::new(),
            },
            max,
        );
    }
    let (normalized, edits) = t.normalizer.normalize_with_edits(&text);
    for e in &edits {
        for k in e.kinds().iter() {
            st.add(
                k.name(),
                Example {
                    line: record.line_no,
                    offset: e.range.start,
                    old: text.get(e.range.clone()).unwrap_or("").to_string(),
                    new: e.replacement.clone(),
                    context: context(&text, e.range.start, e.range.end),
                },
                max,
            );
        }
    }
    let mut changed = !edits.is_empty();
    for f in t.repairer.findings(&normalized) {
        let known = f.entry.is_some();
        let kind = match (f.kind, known) {
            (FindingKind::OrphanMark, true) => "orphan_mark",
            (FindingKind::OrphanMark, false) => "orphan_mark_unknown",
            (FindingKind::FusedToken, true) => "fused_token",
            (FindingKind::FusedToken, false) => "fused_token_unknown",
            (FindingKind::Glue, _) => "glue",
            (FindingKind::SubstitutedWord, _) => "substituted_word",
            _ => "other",
        };
        changed |= matches!(kind, "orphan_mark" | "fused_token");
        st.add(
            kind,
            Example {
                line: record.line_no,
                offset: f.token.start,
                old: normalized.get(f.token.clone()).unwrap_or("").to_string(),
                new: f
                    .entry
                    .as_ref()
                    .map(|e| e.devanagari.clone())
                    .unwrap_or_default(),
                context: context(&normalized, f.token.start, f.token.end),
            },
            max,
        );
    }
    st.records_changed = u64::from(changed);
    let n = t.splitter.sentences(&normalized).count() as u64;
    st.sentences = n;
    st.lines_with_text = u64::from(n > 0);
    total.merge(st, max);
    Ok(())
}

fn print_text(st: &Stats, out: &mut impl Write) -> std::io::Result<()> {
    writeln!(out, "records            {}", st.records)?;
    writeln!(out, "blank records      {}", st.blank)?;
    if st.set_aside > 0 {
        writeln!(out, "set aside          {}", st.set_aside)?;
    }
    writeln!(out, "bytes              {}", st.bytes)?;
    writeln!(
        out,
        "records changed    {} ({:.1}%) by normalization or artifact repair",
        st.records_changed,
        100.0 * st.records_changed as f64 / st.records.max(1) as f64
    )?;
    writeln!(
        out,
        "sentences          {} ({:.2} per non-empty record)",
        st.sentences,
        st.sentences as f64 / st.lines_with_text.max(1) as f64
    )?;
    writeln!(out)?;
    writeln!(out, "{:>10}  kind", "count")?;
    let mut kinds: Vec<_> = st.kinds.iter().collect();
    kinds.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
    for (k, (n, exs)) in kinds {
        writeln!(out, "{n:>10}  {k}: {}", label(k))?;
        for e in exs {
            writeln!(
                out,
                "{:>12}line {}, byte {}: “{}” -> “{}”   …{}…",
                "", e.line, e.offset, e.old, e.new, e.context
            )?;
        }
    }
    Ok(())
}

fn print_json(st: &Stats, out: &mut impl Write) -> std::io::Result<()> {
    let kinds: serde_json::Map<String, serde_json::Value> = st
        .kinds
        .iter()
        .map(|(k, (n, exs))| {
            let exs: Vec<serde_json::Value> = exs
                .iter()
                .map(|e| serde_json::json!({"line": e.line, "offset": e.offset, "old": e.old, "new": e.new, "context": e.context}))
                .collect();
            (k.to_string(), serde_json::json!({"count": n, "label": label(k), "examples": exs}))
        })
        .collect();
    let v = serde_json::json!({
        "records": st.records,
        "blank": st.blank,
        "set_aside": st.set_aside,
        "bytes": st.bytes,
        "records_changed": st.records_changed,
        "sentences": st.sentences,
        "kinds": kinds,
    });
    writeln!(out, "{v}")
}

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
    let max_examples = parsed.get("examples", Examples(3))?.0;
    let json = parsed.flag("json");
    let lossy = parsed.flag("lossy");
    let quiet = parsed.flag("quiet");
    let jobs = parsed.get("jobs", Jobs::all())?.0;
    let skip_path = parsed.value("skip-bad");
    let outputs: Vec<(&str, &str)> = skip_path.map(|p| ("skip-bad", p)).into_iter().collect();
    files::check_outputs(parsed.file.as_deref(), &outputs)?;
    let mut input = Input::open(parsed.file.as_deref(), lossy)?;
    let mut skip = skip_path.map(cli::create).transpose()?;
    let tool = Audit {
        normalizer: Normalizer::new(profile.options(!jsonl)),
        repairer: Repairer::default(),
        splitter: Splitter::default(),
        field: jsonl.then(|| parsed.value("field").unwrap_or("text").to_string()),
        lossy,
        max_examples,
    };
    let mut total = Stats::default();
    let mut progress = Progress::new(quiet, input.size);
    let mut emit = |s: Stats, _: &[u8]| {
        total.merge(s, max_examples);
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
        cli::print_totals("audit", &totals, "audited", p);
    }
    let mut out = cli::stdout();
    if json {
        print_json(&total, &mut out)
    } else {
        print_text(&total, &mut out)
    }
    .and_then(|_| out.flush())
    .map_err(Failure::output)
}

fn main() {
    cli::finish(run(), "audit");
}
