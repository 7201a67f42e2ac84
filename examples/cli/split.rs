//! The record work of `split`: the sentences of a plain-text line, one per
//! output line, or of a JSON Lines record's field, added to the record as
//! an array.

use super::jsonl::{self, Object};
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
    type Acc = Vec<u8>;

    fn record(&self, record: &Record<'_>, out: &mut Vec<u8>) -> Result<(), BadRecord> {
        let Some((field, into)) = &self.jsonl else {
            separator(record.line_no, out);
            for s in self.splitter.sentences(&record.text) {
                // A CR is no line break (the splitter reads it as a space);
                // inside a sentence it is written as one, so that each
                // output line is one sentence for every reader.
                if s.contains('\r') {
                    out.extend_from_slice(s.replace('\r', " ").as_bytes());
                } else {
                    out.extend_from_slice(s.as_bytes());
                }
                out.push(b'\n');
            }
            return Ok(());
        };
        if record.is_blank() {
            out.extend_from_slice(record.text.as_bytes());
            return Ok(());
        }
        let (body, _) = jsonl::split_ending(&record.text);
        let obj = Object::parse(body).map_err(BadRecord::json)?;
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
        let mut array = vec![b'['];
        for (i, s) in self.splitter.sentences(&f.text).enumerate() {
            if i > 0 {
                array.extend_from_slice(comma);
            }
            jsonl::push_string(&mut array, s, f.ascii);
        }
        array.push(b']');
        obj.insert_before_close(into, &array, f.span, out);
        out.extend_from_slice(&record.text.as_bytes()[body.len()..]);
        Ok(())
    }

    fn set_aside(&self, line_no: u64, raw: &[u8], out: &mut Vec<u8>) {
        // The line unchanged in its place.
        if self.jsonl.is_none() {
            separator(line_no, out);
            out.extend_from_slice(raw);
            if raw.last() != Some(&b'\n') {
                out.push(b'\n');
            }
        } else {
            out.extend_from_slice(raw);
        }
    }
}
