//! `audit`: what normalization and repair would change in a corpus, and
//! what they find, counted by kind, with examples. Run it before trusting a
//! corpus.

use super::args::{self, Jobs, Opt, Profile};
use super::jsonl::{self, Object};
use super::run::{self, Plan, Records};
use super::stream::Sink;
use super::{BadRecord, Failure, Record};
use devanagari::{FindingKind, Normalizer, Repairer, Splitter};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ffi::OsString;
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

/// The command line of `audit`.
pub const TOOL: args::Tool = args::Tool {
    name: "audit",
    summary: "what clean would change in a corpus, and what it finds",
    description: "\
Reads its inputs and prints, counted by
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
pub struct Example {
    file: String,
    line: u64,
    offset: usize,
    old: String,
    new: String,
    context: String,
}

impl Example {
    /// An input fault (`old`, at `offset` of line `line` of `file`) that
    /// --lossy replaces with U+FFFD.
    fn replaced(file: &str, line: u64, offset: usize, old: &str) -> Example {
        Example {
            file: file.to_string(),
            line,
            offset,
            old: old.to_string(),
            new: "\u{FFFD}".into(),
            context: String::new(),
        }
    }
}

/// Counts and examples, mergeable across records.
#[derive(Default, Debug)]
pub struct Stats {
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
    /// Counts one of `kind`, and keeps its example (made only then) while
    /// the kind has fewer than `max`.
    fn add(&mut self, kind: &'static str, ex: impl FnOnce() -> Example, max: usize) {
        let slot = self.kinds.entry(kind).or_default();
        slot.0 += 1;
        if slot.1.len() < max {
            slot.1.push(ex());
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
/// What a counted kind means: one of the findings and input faults only
/// `audit` counts, or an edit kind's own description.
fn label(kind: &str) -> &'static str {
    match kind {
        "orphan_mark_unknown" => "orphan marks (unknown word, kept)",
        "fused_token_unknown" => "fused tokens (unknown word, kept)",
        "glue" => "glue (left alone)",
        "substituted_word" => "substituted-word candidates",
        "invalid_utf8" => "invalid UTF-8 (replaced with --lossy)",
        "lone_surrogate" => "lone surrogate escapes (replaced with --lossy)",
        _ => kind
            .parse::<devanagari::EditKind>()
            .map_or("other", devanagari::EditKind::description),
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

/// What `audit` does with each record.
pub struct Audit {
    normalizer: Normalizer,
    repairer: Repairer,
    splitter: Splitter,
    /// `Some(field)` with `--jsonl`.
    field: Option<String>,
    lossy: bool,
    max_examples: usize,
}

impl Audit {
    /// The audit of the field `field` of JSON Lines records, or (`None`)
    /// of plain-text lines, with `max_examples` examples a kind.
    pub fn new(profile: Profile, field: Option<String>, lossy: bool, max_examples: usize) -> Audit {
        Audit {
            normalizer: Normalizer::new(args::normalize_options(profile, field.is_none())),
            repairer: Repairer::default(),
            splitter: Splitter::default(),
            field,
            lossy,
            max_examples,
        }
    }
}

impl super::Tool for Audit {
    type Acc = Stats;

    fn record(&self, record: &Record<'_>, total: &mut Stats) -> Result<(), BadRecord> {
        audit_record(self, record, total)
    }

    fn set_aside(&self, _record: &Record<'_>, total: &mut Stats) {
        total.records += 1;
        total.set_aside += 1;
    }

    fn wants_by_value(&self) -> bool {
        // In plain text the line is the text audited: nothing to let go.
        // In JSON Lines the record is let go once its field is read.
        self.field.is_some()
    }

    fn record_by_value(
        &self,
        file: &str,
        line_no: u64,
        text: String,
        total: &mut Stats,
    ) -> Option<String> {
        if self.field.is_none() || text.trim().is_empty() {
            return Some(text);
        }
        let mut st = Stats {
            records: 1,
            bytes: text.len() as u64,
            ..Stats::default()
        };
        let Ok(field) = field_text(self, file, line_no, &text, &mut st) else {
            return Some(text);
        };
        let field = field.into_owned();
        drop(text);
        audit_text(self, file, line_no, &field, st, total);
        None
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
    // The text, borrowed from the chunk unless the JSON string has escapes.
    let text: Cow<'_, str> = match &t.field {
        Some(_) => field_text(t, record.file, record.line_no, &record.text, &mut st)?,
        None => Cow::Borrowed(&*record.text),
    };
    for &o in &record.replaced {
        st.add(
            "invalid_utf8",
            || Example::replaced(record.file, record.line_no, o, ""),
            t.max_examples,
        );
    }
    audit_text(t, record.file, record.line_no, &text, st, total);
    Ok(())
}

/// The field audited of a JSON Lines record `line` (line `line_no` of
/// `file`), decoded; its lone surrogates counted in `st`.
fn field_text<'a>(
    t: &'a Audit,
    file: &str,
    line_no: u64,
    line: &'a str,
    st: &mut Stats,
) -> Result<Cow<'a, str>, BadRecord> {
    let field = t.field.as_deref().unwrap_or("text");
    let (body, _) = jsonl::split_ending(line);
    let obj = Object::parse(body, &[field]).map_err(BadRecord::json)?;
    let f = obj.string(field, t.lossy).map_err(BadRecord::json)?;
    for s in &f.lone_surrogates {
        st.add(
            "lone_surrogate",
            || Example::replaced(file, line_no, s.at, &s.escape),
            t.max_examples,
        );
    }
    Ok(f.text)
}

/// Counts what normalization and repair would change in `text` (of line
/// `line_no` of `file`) and its sentences into `st`, then adds `st` to
/// `total`.
fn audit_text(t: &Audit, file: &str, line_no: u64, text: &str, mut st: Stats, total: &mut Stats) {
    let max = t.max_examples;
    let example = |offset: usize, old: &str, new: &str, context: String| Example {
        file: file.to_string(),
        line: line_no,
        offset,
        old: old.to_string(),
        new: new.to_string(),
        context,
    };
    let (normalized, edits) = t.normalizer.normalize_with_edits(text);
    for e in &edits {
        for k in e.kinds().iter() {
            st.add(
                k.name(),
                || {
                    example(
                        e.range.start,
                        text.get(e.range.clone()).unwrap_or(""),
                        &e.replacement,
                        context(text, e.range.start, e.range.end),
                    )
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
            || {
                example(
                    f.token.start,
                    normalized.get(f.token.clone()).unwrap_or(""),
                    f.entry.as_ref().map_or("", |e| e.devanagari.as_str()),
                    context(&normalized, f.token.start, f.token.end),
                )
            },
            max,
        );
    }
    st.records_changed = u64::from(changed);
    let n = t.splitter.sentences(&normalized).count() as u64;
    st.sentences = n;
    st.lines_with_text = u64::from(n > 0);
    total.merge(st, max);
}

/// The report as a table; `files`: name the file of each example.
fn print_text(st: &Stats, files: bool, out: &mut impl Write) -> std::io::Result<()> {
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
            let file = if files {
                format!("{} ", e.file)
            } else {
                String::new()
            };
            writeln!(
                out,
                "{:>12}{file}line {}, byte {}: “{}” -> “{}”   …{}…",
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
                .map(|e| serde_json::json!({"file": e.file, "line": e.line, "offset": e.offset, "old": e.old, "new": e.new, "context": e.context}))
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

/// Runs `audit` with `args` (without the program name); `prog` is how it
/// was called.
pub fn main(prog: &str, args: impl IntoIterator<Item = OsString>) -> Result<(), Failure> {
    let Some(parsed) = args::parse(&TOOL, prog, args)?.run_or_print() else {
        return Ok(());
    };
    let jsonl = parsed.flag("jsonl");
    let profile: Profile = parsed.get("profile", Profile::Safe)?;
    let max_examples = parsed.get("examples", Examples(3))?.0;
    let json = parsed.flag("json");
    let plan = Plan {
        inputs: parsed.files.clone(),
        // Nothing but the report, on standard output.
        records: Records::Stdout,
        report: None,
        skip_bad: parsed.value("skip-bad").map(str::to_string),
        jobs: parsed.get("jobs", Jobs::all())?.0,
        lossy: parsed.flag("lossy"),
        quiet: parsed.flag("quiet"),
        paragraphs: false,
    };
    let field = jsonl.then(|| parsed.value("field").unwrap_or("text").to_string());
    let tool = Audit::new(profile, field, plan.lossy, max_examples);
    let mut total = Stats::default();
    let mut emit = |s: Stats, _: &[u8], _: &mut run::Sinks<'_>| {
        total.merge(s, max_examples);
        Ok(())
    };
    let totals = run::run_files(&plan, &tool, &mut emit)?;
    if let Some(p) = &plan.skip_bad {
        super::print_totals(prog, &totals, "audited", p);
    }
    let mut out = Sink::stdout();
    let files = plan.inputs.len() > 1;
    if json {
        print_json(&total, &mut out)
    } else {
        print_text(&total, files, &mut out)
    }
    .map_err(|e| out.failure(e))?;
    out.finish()
}
