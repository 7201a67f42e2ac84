//! The record work of `split`: the sentences of a plain-text line, one per
//! output line, or of a JSON Lines record's field, added to the record as
//! an array.

use super::jsonl::{self, Object};
use super::out::Out;
use super::{BadRecord, Record, Tool};
use devanagari::Splitter;

/// What `split` does with each record.
pub struct Split {
    pub splitter: Splitter,
    /// `Some((field, into))` with `--jsonl`: the field read and the field
    /// added.
    pub jsonl: Option<(String, String)>,
    pub lossy: bool,
}

/// The plain-text separator before the sentences of a line: a blank line
/// between the sentences of consecutive input lines.
fn separator(line_no: u64, out: &mut Vec<u8>) {
    if line_no > 1 {
        out.push(b'\n');
    }
}

impl Tool for Split {
    type Acc = Out;

    fn record(&self, record: &Record<'_>, out: &mut Out) -> Result<(), BadRecord> {
        let Some((field, into)) = &self.jsonl else {
            out.write(|out| {
                separator(record.line_no, out);
                for s in self.splitter.sentences(&record.text) {
                    // A CR is no line break (the splitter reads it as a
                    // space); inside a sentence it is written as one, so
                    // that each output line is one sentence for every
                    // reader.
                    if s.contains('\r') {
                        out.extend_from_slice(s.replace('\r', " ").as_bytes());
                    } else {
                        out.extend_from_slice(s.as_bytes());
                    }
                    out.push(b'\n');
                }
            });
            return Ok(());
        };
        let at = record.text_at();
        if record.is_blank() {
            out.text(&record.text, 0..record.text.len(), at);
            return Ok(());
        }
        let (body, _) = jsonl::split_ending(&record.text);
        let obj = Object::parse(body, &[field, into]).map_err(BadRecord::json)?;
        let f = obj.string(field, self.lossy).map_err(BadRecord::json)?;
        if obj.has(into) {
            return Err(BadRecord::json(format!(
                "field {into:?} is already there; split adds the sentences as {into:?} (name another field with --sentences-field NAME)"
            )));
        }
        let comma: &[u8] = if obj.spaced(f.span.clone()) {
            b", "
        } else {
            b","
        };
        obj.insert_before_close(into, f.span.clone(), out, at, |array| {
            array.push(b'[');
            for (i, s) in self.splitter.sentences(&f.text).enumerate() {
                if i > 0 {
                    array.extend_from_slice(comma);
                }
                jsonl::push_string(array, s, f.ascii);
            }
            array.push(b']');
        });
        out.text(&record.text, body.len()..record.text.len(), at);
        Ok(())
    }

    fn set_aside(&self, record: &Record<'_>, out: &mut Out) {
        // The line unchanged in its place.
        if self.jsonl.is_none() {
            out.write(|b| separator(record.line_no, b));
            out.input(record.range());
            if record.raw.last() != Some(&b'\n') {
                out.bytes(b"\n");
            }
        } else {
            out.input(record.range());
        }
    }
}
