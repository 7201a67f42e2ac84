//! The record work of `clean`: a line (or a paragraph, for `--repair
//! document` in plain text) of plain text, or the field of a JSON Lines
//! record, through the [`Cleaner`], with the report lines of its edits.

use super::args::{self, Jobs, Profile};
use super::jsonl::{self, Object};
use super::out::Out;
use super::run::{self, Plan, Sinks};
use super::{BadRecord, Failure, Lines, Record, Tool};
use devanagari::{Cleaner, Edit, RepairMode};
use std::borrow::Cow;
use std::ffi::OsString;

/// The command line of `clean`.
pub const TOOL: args::Tool = args::Tool {
    name: "clean",
    summary: "normalize and repair Devanagari text, streaming",
    description: "\
Writes the cleaned text of its inputs to standard output (or --output, or
one file per input under --output-dir): one output line per input line,
always (a lone CR is not a line break: it becomes a space). With --jsonl,
the field --field of each record is cleaned and the record written back
byte for byte around it; a record whose text does not change is written
back as it was read.",
    options: &[
        args::PROFILE,
        args::REPAIR,
        args::JSONL,
        args::FIELD,
        args::OUTPUT,
        args::OUTPUT_DIR,
        args::REPORT,
        args::SKIP_BAD,
        args::LOSSY,
        args::JOBS,
        args::QUIET,
    ],
};

/// Runs `clean` with `args` (without the program name); `prog` is how it
/// was called.
pub fn main(prog: &str, args: impl IntoIterator<Item = OsString>) -> Result<(), Failure> {
    let Some(parsed) = args::parse(&TOOL, prog, args)?.run_or_print() else {
        return Ok(());
    };
    let jsonl = parsed.flag("jsonl");
    let profile: Profile = parsed.get("profile", Profile::Safe)?;
    let mode: RepairMode = parsed.get("repair", RepairMode::Artifacts)?;
    let plan = Plan {
        inputs: parsed.files.clone(),
        records: parsed.records(),
        report: parsed.value("report").map(str::to_string),
        skip_bad: parsed.value("skip-bad").map(str::to_string),
        jobs: parsed.get("jobs", Jobs::all())?.0,
        lossy: parsed.flag("lossy"),
        quiet: parsed.flag("quiet"),
        paragraphs: !jsonl && mode == RepairMode::Document,
    };
    let tool = Clean {
        cleaner: Cleaner::new(args::normalize_options(profile, !jsonl), mode),
        field: jsonl.then(|| parsed.value("field").unwrap_or("text").to_string()),
        report: plan.report.is_some(),
        lossy: plan.lossy,
        paragraphs: plan.paragraphs,
    };
    let mut emit = |d: Done, chunk: &[u8], sinks: &mut Sinks<'_>| -> Result<(), Failure> {
        d.out
            .write_to(chunk, &mut *sinks.records)
            .map_err(|e| sinks.records.failure(e))?;
        if let Some(rep) = sinks.report.as_mut() {
            rep.put(&d.report)?;
        }
        Ok(())
    };
    let totals = run::run_files(&plan, &tool, &mut emit)?;
    if let Some(p) = &plan.skip_bad {
        super::print_totals(prog, &totals, "written", p);
    }
    Ok(())
}

/// What `clean` does with each record.
pub struct Clean {
    pub cleaner: Cleaner,
    /// `Some(field)` with `--jsonl`.
    pub field: Option<String>,
    /// Write report lines.
    pub report: bool,
    pub lossy: bool,
    /// Records are paragraphs ([`super::Input::paragraphs`]): in plain text
    /// with `--repair document`, a document is a paragraph (lines up to a
    /// blank line), so a repaired artifact licenses substituted words in its
    /// own paragraph only. With `--jsonl` each record is a document.
    pub paragraphs: bool,
}

/// The output of records: their lines and their report lines.
#[derive(Default)]
pub struct Done {
    pub out: Out,
    pub report: Vec<u8>,
}

impl Tool for Clean {
    type Acc = Done;

    fn record(&self, record: &Record<'_>, done: &mut Done) -> Result<(), BadRecord> {
        match &self.field {
            Some(field) => self.jsonl(record, field, done),
            None => {
                self.plain(record, done);
                Ok(())
            }
        }
    }

    fn set_aside(&self, record: &Record<'_>, done: &mut Done) {
        // The line unchanged: output lines still match input lines.
        done.out.input(record.range());
    }

    fn wants_by_value(&self) -> bool {
        true
    }

    fn record_by_value(
        &self,
        file: &str,
        line_no: u64,
        text: String,
        done: &mut Done,
    ) -> Option<String> {
        match &self.field {
            Some(field) => self.jsonl_by_value(field, file, line_no, text, done),
            None => {
                // The line is the record: the cleaner lets it go once its
                // normalized form exists.
                let cleaned = self.clean_owned(text, file, line_no, done);
                done.out.owned(cleaned.into_bytes());
                None
            }
        }
    }
}

fn push_json(out: &mut Vec<u8>, v: &serde_json::Value) {
    let _ = serde_json::to_writer(&mut *out, v);
    out.push(b'\n');
}

/// Writes the cleaned text of a plain-text record: the record as read when
/// nothing changed, else the library's output (moved in when long).
fn push_cleaned(out: &mut Out, record: &Record<'_>, cleaned: Cow<'_, str>) {
    match cleaned {
        Cow::Borrowed(t) if t.len() == record.text.len() => {
            out.text(&record.text, 0..t.len(), record.text_at())
        }
        Cow::Borrowed(t) => out.bytes(t.as_bytes()),
        Cow::Owned(t) => out.owned(t.into_bytes()),
    }
}

impl Clean {
    /// Cleans a long text of line `line_no` taken by value (a whole line,
    /// or a record's field), with its report lines: the text is held at
    /// most twice, the report's `old` texts read before it goes.
    fn clean_owned(&self, text: String, file: &str, line_no: u64, done: &mut Done) -> String {
        if !self.report {
            return self.cleaner.clean_owned(text);
        }
        let cleaned = self.cleaner.clean_owned_with_edits(text);
        report_edits(
            &mut done.report,
            &cleaned.edits,
            |i, _| cleaned.replaced(i).unwrap_or(""),
            file,
            |o| (line_no, o),
        );
        cleaned.text
    }

    fn plain(&self, record: &Record<'_>, done: &mut Done) {
        let text = &record.text;
        if !self.report {
            push_cleaned(&mut done.out, record, self.cleaner.clean(text));
            return;
        }
        let (out, edits) = self.cleaner.clean_with_edits(text);
        let lines = Lines::new(text.as_bytes());
        let raw_lines = Lines::new(record.raw);
        for &offset in &record.replaced {
            // Offsets in the raw line.
            let (line, at) = raw_lines.locate(record.line_no, offset);
            push_json(
                &mut done.report,
                &serde_json::json!({"file": record.file, "line": line, "start": at, "end": at + 1, "kind": "invalid_utf8", "old": null, "new": "\u{FFFD}"}),
            );
        }
        report_edits(
            &mut done.report,
            &edits,
            |_, e| text.get(e.range.clone()).unwrap_or(""),
            record.file,
            |o| lines.locate(record.line_no, o),
        );
        push_cleaned(&mut done.out, record, out);
    }

    /// [`Clean::jsonl`] for a long record given by value: once the field is
    /// decoded, the record keeps only the bytes around it, so that the
    /// record as read, the field and its cleaned form are never all held at
    /// once. A field is written back as read when it is unchanged; so the
    /// record is kept (and goes through [`Clean::jsonl`]) unless writing its
    /// decoded text gives the field as read back (the usual case: escapes
    /// as serde_json or Python write them), and when the field is not a
    /// plain decodable string (a bad record, a lone surrogate).
    fn jsonl_by_value(
        &self,
        field: &str,
        file: &str,
        line_no: u64,
        text: String,
        done: &mut Done,
    ) -> Option<String> {
        if text.trim().is_empty() {
            return Some(text);
        }
        let (body, _) = jsonl::split_ending(&text);
        let Ok(obj) = Object::parse(body, &[field]) else {
            return Some(text);
        };
        let Ok(f) = obj.string(field, self.lossy) else {
            return Some(text);
        };
        let span = f.span.clone();
        let as_read = text.as_bytes().get(span.clone()).unwrap_or(&[]);
        if !f.lone_surrogates.is_empty() || !jsonl::writes_back(as_read, &f.text, f.ascii) {
            return Some(text);
        }
        let (head, tail) = (&text.as_bytes()[..span.start], &text.as_bytes()[span.end..]);
        done.out.bytes(head);
        let tail = tail.to_vec();
        let ascii = f.ascii;
        let field_text = f.text.into_owned();
        drop(text);
        let cleaned = self.clean_owned(field_text, file, line_no, done);
        jsonl::push_text(&mut done.out, Cow::Owned(cleaned), ascii);
        done.out.bytes(&tail);
        None
    }

    fn jsonl(&self, record: &Record<'_>, field: &str, done: &mut Done) -> Result<(), BadRecord> {
        let at = record.text_at();
        let all = 0..record.text.len();
        if record.is_blank() {
            done.out.text(&record.text, all, at);
            return Ok(());
        }
        let (body, _) = jsonl::split_ending(&record.text);
        let obj = Object::parse(body, &[field]).map_err(BadRecord::json)?;
        let f = obj.string(field, self.lossy).map_err(BadRecord::json)?;
        let (out, edits) = if self.report {
            self.cleaner.clean_with_edits(&f.text)
        } else {
            (self.cleaner.clean(&f.text), Vec::new())
        };
        let changed = matches!(out, Cow::Owned(_)) || !f.lone_surrogates.is_empty();
        if self.report {
            for &offset in &record.replaced {
                push_json(
                    &mut done.report,
                    &serde_json::json!({"file": record.file, "line": record.line_no, "start": offset, "end": offset + 1, "kind": "invalid_utf8", "old": null, "new": "\u{FFFD}"}),
                );
            }
            for s in &f.lone_surrogates {
                push_json(
                    &mut done.report,
                    &serde_json::json!({"file": record.file, "line": record.line_no, "start": s.at, "end": s.at + 3, "kind": "lone_surrogate", "old": s.escape, "new": "\u{FFFD}"}),
                );
            }
            report_edits(
                &mut done.report,
                &edits,
                |_, e| f.text.get(e.range.clone()).unwrap_or(""),
                record.file,
                |o| (record.line_no, o),
            );
        }
        if changed {
            // The bytes around the field as read; the field written anew.
            done.out.text(&record.text, 0..f.span.start, at);
            jsonl::push_text(&mut done.out, out, f.ascii);
            done.out.text(&record.text, f.span.end..all.end, at);
        } else {
            // Byte for byte as read (after --lossy, if it replaced something).
            done.out.text(&record.text, all, at);
        }
        Ok(())
    }
}

/// The report lines of `edits`; `old` gives the text the `i`th edit
/// replaced, `locate` turns an offset into a line and an offset in it.
fn report_edits<'t>(
    out: &mut Vec<u8>,
    edits: &[Edit],
    old: impl Fn(usize, &Edit) -> &'t str,
    file: &str,
    locate: impl Fn(usize) -> (u64, usize),
) {
    for (i, e) in edits.iter().enumerate() {
        let (line, start) = locate(e.range.start);
        let mut v = serde_json::json!({
            "file": file,
            "line": line,
            "start": start,
            "end": start + e.range.len(),
            "kind": e.kind.name(),
            "old": old(i, e),
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
                "licensed_by": r.licensed_by.as_ref().map(|l| [l.start, l.end]),
            });
        }
        push_json(out, &v);
    }
}
