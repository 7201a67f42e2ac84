//! JSON Lines without re-serialization: a record is validated and its
//! top-level fields located (with `serde_json`'s `RawValue`, which keeps
//! each value's bytes as written), then the tools write the record back
//! byte for byte, replacing only the span of the field they write
//! ([`splice`]) or inserting a field before the closing brace
//! ([`Object::insert_before_close`]). A record whose text does not change is
//! written back as it was read. Numbers (`123456789012345678901234567890`,
//! `1e3`, `-0`), key order, escapes, whitespace and duplicate keys outside
//! the field are kept as they are.

use serde_json::value::RawValue;
use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

/// JSON's whitespace (RFC 8259): the only bytes allowed around tokens.
const JSON_WS: [char; 4] = [' ', '\t', '\n', '\r'];

/// A record parsed enough to locate its top-level fields.
pub struct Object<'a> {
    /// The record, without its line ending.
    pub body: &'a str,
    /// The last occurrence of each key (as JSON parsers read duplicates).
    fields: HashMap<Key, &'a RawValue>,
}

/// A key, decoded as bytes: serde_json then reads a lone surrogate escape
/// in a key (which Python's `json.dumps` writes) instead of refusing the
/// record; such a key equals no field name a user can type.
#[derive(PartialEq, Eq, Hash)]
struct Key(Vec<u8>);

impl std::borrow::Borrow<[u8]> for Key {
    fn borrow(&self) -> &[u8] {
        &self.0
    }
}

impl<'de> serde::Deserialize<'de> for Key {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Key, D::Error> {
        struct Bytes;
        impl serde::de::Visitor<'_> for Bytes {
            type Value = Key;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a key")
            }
            fn visit_bytes<E>(self, v: &[u8]) -> Result<Key, E> {
                Ok(Key(v.to_vec()))
            }
            fn visit_str<E>(self, v: &str) -> Result<Key, E> {
                Ok(Key(v.as_bytes().to_vec()))
            }
        }
        d.deserialize_bytes(Bytes)
    }
}

/// A string field located and decoded.
pub struct Field<'a> {
    /// The byte span of the value in the record, quotes included.
    pub span: Range<usize>,
    /// The decoded text (borrowed when the value has no escape).
    pub text: Cow<'a, str>,
    /// Lone surrogate escapes replaced by U+FFFD (only with `lossy`).
    pub lone_surrogates: Vec<LoneSurrogate>,
    /// The value escapes non-ASCII characters (`\u0915`, as Python's
    /// `json.dumps` writes by default): write it back the same way.
    pub ascii: bool,
}

/// A lone surrogate escape replaced by U+FFFD.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoneSurrogate {
    /// Byte offset of the U+FFFD in the decoded text.
    pub at: usize,
    /// The escape as written (`\ud800`).
    pub escape: String,
}

fn kind_of(raw: &str) -> &'static str {
    match raw.as_bytes().first() {
        Some(b'"') => "a string",
        Some(b'{') => "an object",
        Some(b'[') => "an array",
        Some(b't' | b'f') => "a boolean",
        Some(b'n') => "null",
        _ => "a number",
    }
}

impl<'a> Object<'a> {
    /// Validates `body` (one record, without its line ending) as a JSON
    /// object. The error is the reason, for the message or `--skip-bad`.
    pub fn parse(body: &'a str) -> Result<Object<'a>, String> {
        if !body.trim_start_matches(JSON_WS).starts_with('{') {
            let what = match body.trim_start_matches(JSON_WS).as_bytes().first() {
                Some(b'[') => "an array",
                Some(b'"') => "a string",
                Some(b't' | b'f' | b'n' | b'-' | b'0'..=b'9') => "a scalar",
                _ => "not JSON",
            };
            return Err(format!("not a JSON object ({what})"));
        }
        let fields: HashMap<Key, &RawValue> =
            serde_json::from_str(body).map_err(|e| format!("malformed JSON: {e}"))?;
        Ok(Object { body, fields })
    }

    /// Whether the record has a top-level field `key`.
    pub fn has(&self, key: &str) -> bool {
        self.fields.contains_key(key.as_bytes())
    }

    /// The byte span of field `key`'s value in the record.
    fn span(&self, raw: &RawValue) -> Range<usize> {
        let s = raw.get();
        // `RawValue` borrows from `body`: its offset is the distance.
        let start = (s.as_ptr() as usize).saturating_sub(self.body.as_ptr() as usize);
        start..start + s.len()
    }

    /// The string field `key`, decoded. A lone surrogate escape is an error,
    /// or with `lossy` a U+FFFD.
    pub fn string(&self, key: &str, lossy: bool) -> Result<Field<'a>, String> {
        let Some(raw) = self.fields.get(key.as_bytes()) else {
            return Err(format!("field {key:?} is missing"));
        };
        let s = raw.get();
        if !s.starts_with('"') {
            return Err(format!("field {key:?} is not a string ({})", kind_of(s)));
        }
        let inner = s.get(1..s.len().saturating_sub(1)).unwrap_or("");
        let (text, lone_surrogates, ascii) = decode(inner, lossy).map_err(|esc| {
            format!(
                "field {key:?} holds a lone surrogate escape {esc}, which is no character (--lossy replaces it with U+FFFD)"
            )
        })?;
        Ok(Field {
            span: self.span(raw),
            text,
            lone_surrogates,
            ascii,
        })
    }

    /// The offset of the closing brace (the last byte that is not whitespace).
    fn close(&self) -> usize {
        self.body.trim_end_matches(JSON_WS).len().saturating_sub(1)
    }

    /// Whether the record writes `", "` and `": "` between its tokens (as
    /// Python's `json.dumps` does), judged by the colon before `near`.
    pub fn spaced(&self, near: Range<usize>) -> bool {
        let head = self.body.get(..near.start).unwrap_or("");
        head.trim_end_matches(JSON_WS).ends_with(':') && head.ends_with(JSON_WS)
    }

    /// Writes the record with `"key": value` added before its closing brace
    /// (`value` is JSON already), every other byte as it was. `like` is a
    /// field whose spacing the new one follows.
    pub fn insert_before_close(
        &self,
        key: &str,
        value: &[u8],
        like: Range<usize>,
        out: &mut Vec<u8>,
    ) {
        let close = self.close();
        let spaced = self.spaced(like);
        // The last byte before the brace that is not whitespace: `{` when
        // the object is empty.
        let head = self.body.get(..close).unwrap_or("");
        let head_trim = head.trim_end_matches(JSON_WS);
        out.extend_from_slice(head_trim.as_bytes());
        if !self.fields.is_empty() {
            out.extend_from_slice(if spaced { b", " } else { b"," });
        }
        push_string(out, key, false);
        out.extend_from_slice(if spaced { b": " } else { b":" });
        out.extend_from_slice(value);
        // The whitespace before the brace, the brace and what follows.
        out.extend_from_slice(self.body.get(head_trim.len()..).unwrap_or("").as_bytes());
    }
}

/// Writes `body` with the bytes of `span` replaced by `text` as a JSON
/// string (escaping non-ASCII when `ascii`).
pub fn splice(body: &str, span: Range<usize>, text: &str, ascii: bool, out: &mut Vec<u8>) {
    out.extend_from_slice(body.get(..span.start).unwrap_or("").as_bytes());
    push_string(out, text, ascii);
    out.extend_from_slice(body.get(span.end..).unwrap_or("").as_bytes());
}

fn hex4(s: &str) -> Option<u32> {
    let h = s.get(..4)?;
    if !h.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u32::from_str_radix(h, 16).ok()
}

/// Decodes the inside of a JSON string (validated by the parser). Returns
/// the text (borrowed without escapes), the lone surrogates replaced and
/// whether non-ASCII characters were written as escapes only. A lone
/// surrogate without `lossy` is an error holding the escape.
pub fn decode(
    inner: &str,
    lossy: bool,
) -> Result<(Cow<'_, str>, Vec<LoneSurrogate>, bool), String> {
    if !inner.contains('\\') {
        return Ok((Cow::Borrowed(inner), Vec::new(), false));
    }
    let mut out = String::with_capacity(inner.len());
    let mut lone = Vec::new();
    let mut escaped_non_ascii = false;
    let mut rest = inner;
    while let Some(k) = rest.find('\\') {
        out.push_str(&rest[..k]);
        let after = &rest[k + 1..];
        let Some(c) = after.chars().next() else {
            return Ok((Cow::Owned(out), lone, false));
        };
        rest = &after[c.len_utf8()..];
        let simple = match c {
            '"' => Some('"'),
            '\\' => Some('\\'),
            '/' => Some('/'),
            'b' => Some('\u{8}'),
            'f' => Some('\u{c}'),
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            _ => None,
        };
        if let Some(ch) = simple {
            out.push(ch);
            continue;
        }
        // `\uXXXX` (the parser accepted nothing else).
        let Some(u) = hex4(rest) else {
            out.push(c);
            continue;
        };
        let escape = &after[..5.min(after.len())];
        rest = &rest[4..];
        let ch = if (0xD800..0xDC00).contains(&u) {
            // A high surrogate: a pair only with a low one after it.
            let low = rest
                .strip_prefix("\\u")
                .and_then(hex4)
                .filter(|l| (0xDC00..0xE000).contains(l));
            match low {
                Some(l) => {
                    rest = &rest[6..];
                    char::from_u32(0x10000 + ((u - 0xD800) << 10) + (l - 0xDC00))
                }
                None => None,
            }
        } else {
            char::from_u32(u)
        };
        match ch {
            Some(ch) => {
                escaped_non_ascii |= !ch.is_ascii();
                out.push(ch);
            }
            None if lossy => {
                lone.push(LoneSurrogate {
                    at: out.len(),
                    escape: format!("\\{escape}"),
                });
                out.push('\u{FFFD}');
            }
            None => return Err(format!("\\{escape}")),
        }
    }
    out.push_str(rest);
    let ascii = escaped_non_ascii && inner.is_ascii();
    Ok((Cow::Owned(out), lone, ascii))
}

/// Writes `s` as a JSON string: `"` and `\` escaped, control characters as
/// `\n`, `\r`, `\t`, `\b`, `\f` or `\u00XX`; with `ascii`, every non-ASCII
/// character as `\uXXXX` (a surrogate pair beyond the BMP).
pub fn push_string(out: &mut Vec<u8>, s: &str, ascii: bool) {
    out.push(b'"');
    let bytes = s.as_bytes();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let plain = b >= 0x20 && b != b'"' && b != b'\\' && (b < 0x80 || !ascii);
        if plain {
            continue;
        }
        if b >= 0x80 {
            // ascii: escape the character that starts here (continuation
            // bytes are written with their lead byte).
            if b & 0xC0 == 0x80 {
                continue;
            }
            out.extend_from_slice(&bytes[start..i]);
            let c = s[i..].chars().next().unwrap_or('\u{FFFD}');
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                out.extend_from_slice(format!("\\u{u:04x}").as_bytes());
            }
            start = i + c.len_utf8();
            continue;
        }
        out.extend_from_slice(&bytes[start..i]);
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0C => out.extend_from_slice(b"\\f"),
            _ => out.extend_from_slice(format!("\\u{b:04x}").as_bytes()),
        }
        start = i + 1;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

/// Splits a line into the record and its line ending (`\n`, `\r\n` or none).
pub fn split_ending(line: &str) -> (&str, &str) {
    let body = line.strip_suffix('\n').unwrap_or(line);
    let body = body.strip_suffix('\r').unwrap_or(body);
    line.split_at(body.len())
}
