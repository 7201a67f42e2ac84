//! `audit`: what normalization and repair would change in a corpus, and what
//! they find, counted by kind, with examples. Run it before trusting a corpus.
//!
//! ```text
//! cargo run --release --example audit -- [FILE] [--jsonl [--field NAME]]
//!     [--profile safe|nlp] [--examples N] [--json] [--lossy] [--jobs N] [--quiet]
//! ```
//!
//! Nothing is written but the report: the corpus itself is not changed.

#[path = "cli/mod.rs"]
mod cli;

use cli::{exit, Args, Failure, Input, Progress, Record};
use devanagari::{FindingKind, Normalizer, Repairer, Splitter};
use std::collections::BTreeMap;
use std::io::Write;

const USAGE: &str =
    "usage: audit [FILE] [--jsonl [--field NAME]] [--profile safe|nlp] [--examples N] [--json] [--lossy] [--jobs N] [--quiet]";

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

struct Tools {
    normalizer: Normalizer,
    repairer: Repairer,
    splitter: Splitter,
    jsonl: bool,
    field: String,
    max_examples: usize,
}

fn audit_record(t: &Tools, record: Record<'_>, total: &mut Stats) -> Result<(), Failure> {
    let mut st = Stats {
        records: 1,
        bytes: record.text.len() as u64,
        ..Stats::default()
    };
    let text = if t.jsonl {
        if cli::is_blank(&record) {
            total.merge(st, t.max_examples);
            return Ok(());
        }
        cli::parse_jsonl(&record, &t.field)?.1
    } else {
        record.text.to_string()
    };
    let max = t.max_examples;
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
        "bytes": st.bytes,
        "records_changed": st.records_changed,
        "sentences": st.sentences,
        "kinds": kinds,
    });
    writeln!(out, "{v}")
}

fn run() -> Result<(), Failure> {
    let mut args = Args::from_env();
    if args.flag("--help") || args.flag("-h") {
        println!("{USAGE}");
        return Ok(());
    }
    let options = cli::profile(&mut args)?;
    let jsonl = args.flag("--jsonl");
    let field = args.value("--field")?.unwrap_or_else(|| "text".to_string());
    let max_examples = match args.value("--examples")? {
        None => 3,
        Some(v) => v.parse().map_err(|_| {
            Failure::new(exit::USAGE, format!("--examples takes a number, not {v:?}"))
        })?,
    };
    let json = args.flag("--json");
    let lossy = args.flag("--lossy");
    let quiet = args.flag("--quiet");
    let jobs = cli::jobs(&mut args)?;
    let path = args.positional(USAGE)?;
    let mut input = Input::open(path.as_deref(), lossy)?;
    let tools = Tools {
        normalizer: Normalizer::new(options),
        repairer: Repairer::default(),
        splitter: Splitter::default(),
        jsonl,
        field,
        max_examples,
    };
    let mut total = Stats::default();
    let mut progress = Progress::new(quiet, input.size);
    let work = |r: Record<'_>, acc: &mut Stats| audit_record(&tools, r, acc);
    let mut emit = |s: Stats| {
        total.merge(s, max_examples);
        Ok(())
    };
    cli::run_batched(&mut input, jobs, &work, &mut emit, &mut progress)?;
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
