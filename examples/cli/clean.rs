//! The record work of `clean`: a line (or a paragraph, for `--repair
//! document` in plain text) of plain text, or the field of a JSON Lines
//! record, through the [`Cleaner`], with the report lines of its edits.

use super::jsonl::{self, Object};
use super::{BadRecord, Lines, Record, Tool};
use devanagari::{Cleaner, Edit};

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
    pub out: Vec<u8>,
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

    fn set_aside(&self, _line_no: u64, raw: &[u8], done: &mut Done) {
        // The line unchanged: output lines still match input lines.
        done.out.extend_from_slice(raw);
    }
}

fn push_json(out: &mut Vec<u8>, v: &serde_json::Value) {
    out.extend_from_slice(v.to_string().as_bytes());
    out.push(b'\n');
}

impl Clean {
    fn plain(&self, record: &Record<'_>, done: &mut Done) {
        let text = &record.text;
        if !self.report {
            done.out
                .extend_from_slice(self.cleaner.clean(text).as_bytes());
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
                &serde_json::json!({"line": line, "start": at, "end": at + 1, "kind": "invalid_utf8", "old": null, "new": "\u{FFFD}"}),
            );
        }
        report_edits(&mut done.report, &edits, text, |o| {
            lines.locate(record.line_no, o)
        });
        done.out.extend_from_slice(out.as_bytes());
    }

    fn jsonl(&self, record: &Record<'_>, field: &str, done: &mut Done) -> Result<(), BadRecord> {
        if record.is_blank() {
            done.out.extend_from_slice(record.text.as_bytes());
            return Ok(());
        }
        let (body, ending) = jsonl::split_ending(&record.text);
        let obj = Object::parse(body).map_err(BadRecord::json)?;
        let f = obj.string(field, self.lossy).map_err(BadRecord::json)?;
        let (out, edits) = if self.report {
            self.cleaner.clean_with_edits(&f.text)
        } else {
            (self.cleaner.clean(&f.text), Vec::new())
        };
        let changed = matches!(out, std::borrow::Cow::Owned(_)) || !f.lone_surrogates.is_empty();
        if self.report {
            let at = |o: usize| (record.line_no, o);
            for &offset in &record.replaced {
                push_json(
                    &mut done.report,
                    &serde_json::json!({"line": record.line_no, "start": offset, "end": offset + 1, "kind": "invalid_utf8", "old": null, "new": "\u{FFFD}"}),
                );
            }
            for s in &f.lone_surrogates {
                push_json(
                    &mut done.report,
                    &serde_json::json!({"line": record.line_no, "start": s.at, "end": s.at + 3, "kind": "lone_surrogate", "old": s.escape, "new": "\u{FFFD}"}),
                );
            }
            report_edits(&mut done.report, &edits, &f.text, at);
        }
        if changed {
            jsonl::splice(body, f.span, &out, f.ascii, &mut done.out);
            done.out.extend_from_slice(ending.as_bytes());
        } else {
            // Byte for byte as read (after --lossy, if it replaced something).
            done.out.extend_from_slice(record.text.as_bytes());
        }
        Ok(())
    }
}

/// The report lines of `edits` of `input`; `locate` turns an offset into a
/// line and an offset in it.
fn report_edits(
    out: &mut Vec<u8>,
    edits: &[Edit],
    input: &str,
    locate: impl Fn(usize) -> (u64, usize),
) {
    for e in edits {
        let (line, start) = locate(e.range.start);
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
        push_json(out, &v);
    }
}
