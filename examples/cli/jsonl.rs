//! JSON Lines without re-serialization: a record is validated and its
//! top-level fields located (with `serde_json`'s `RawValue`, which keeps
//! each value's bytes as written), then the tools write the record back
//! byte for byte, replacing only the span of the field they write
//! ([`push_text`] between the bytes as read) or inserting a field before the closing brace
//! ([`Object::insert_before_close`]). A record whose text does not change is
//! written back as it was read. Numbers (`123456789012345678901234567890`,
//! `1e3`, `-0`), key order, escapes, whitespace and duplicate keys outside
//! the field are kept as they are.

use super::out::Out;
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;
use std::borrow::Cow;
use std::ops::Range;

/// JSON's whitespace (RFC 8259): the only bytes allowed around tokens.
const JSON_WS: [char; 4] = [' ', '\t', '\n', '\r'];

/// The most fields a tool looks up in a record (split: the field read, the
/// field added and the language's field).
const MAX_KEYS: usize = 3;

/// A record parsed enough to locate the top-level fields a tool asks for.
pub struct Object<'a> {
    /// The record, without its line ending.
    pub body: &'a str,
    /// The fields asked for.
    keys: [&'a str; MAX_KEYS],
    /// The value of each field asked for, at its last occurrence (as JSON
    /// parsers read duplicates).
    found: [Option<&'a RawValue>; MAX_KEYS],
    /// How many fields the record has.
    fields: usize,
}

/// The parse of a record: serde_json validates all of it, and the values
/// of the fields asked for are kept as written (`RawValue`); nothing else
/// is kept or allocated.
struct Fields<'k> {
    keys: &'k [&'k str],
}

type Found<'de> = ([Option<&'de RawValue>; MAX_KEYS], usize);

impl<'de> DeserializeSeed<'de> for Fields<'_> {
    type Value = Found<'de>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Found<'de>, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Fields<'_> {
    type Value = Found<'de>;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Found<'de>, M::Error> {
        let mut found = [None; MAX_KEYS];
        let mut fields = 0;
        while let Some(k) = map.next_key_seed(Key { keys: self.keys })? {
            fields += 1;
            match k {
                Some(i) => found[i] = Some(map.next_value::<&'de RawValue>()?),
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok((found, fields))
    }
}

/// A key, read as bytes (so that a lone surrogate escape in a key, which
/// Python's `json.dumps` writes, does not make the record unreadable; such
/// a key equals no field name a user can type) and compared with the keys
/// asked for: which one it is, if any.
struct Key<'k> {
    keys: &'k [&'k str],
}

impl<'de> DeserializeSeed<'de> for Key<'_> {
    type Value = Option<usize>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<usize>, D::Error> {
        d.deserialize_bytes(self)
    }
}

impl Visitor<'_> for Key<'_> {
    type Value = Option<usize>;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a key")
    }
    fn visit_bytes<E>(self, v: &[u8]) -> Result<Option<usize>, E> {
        Ok(self.keys.iter().position(|k| k.as_bytes() == v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Option<usize>, E> {
        Ok(self.keys.iter().position(|k| *k == v))
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
    /// object and locates the top-level fields `keys` (three at most). The
    /// error is the reason, for the message or `--skip-bad`.
    pub fn parse(body: &'a str, keys: &[&'a str]) -> Result<Object<'a>, String> {
        if !body.trim_start_matches(JSON_WS).starts_with('{') {
            let what = match body.trim_start_matches(JSON_WS).as_bytes().first() {
                Some(b'[') => "an array",
                Some(b'"') => "a string",
                Some(b't' | b'f' | b'n' | b'-' | b'0'..=b'9') => "a scalar",
                _ => "not JSON",
            };
            return Err(format!("not a JSON object ({what})"));
        }
        let malformed = |e: serde_json::Error| format!("malformed JSON: {e}");
        let mut de = serde_json::Deserializer::from_str(body);
        let keys = &keys[..keys.len().min(MAX_KEYS)];
        let (found, fields) = Fields { keys }.deserialize(&mut de).map_err(malformed)?;
        de.end().map_err(malformed)?;
        let mut all = [""; MAX_KEYS];
        all[..keys.len()].copy_from_slice(keys);
        Ok(Object {
            body,
            keys: all,
            found,
            fields,
        })
    }

    /// The value of field `key` (one of those asked for), if the record has
    /// it.
    fn get(&self, key: &str) -> Option<&'a RawValue> {
        let i = self.keys.iter().position(|k| *k == key)?;
        self.found[i]
    }

    /// Whether the record has a top-level field `key` (one of those asked
    /// for).
    pub fn has(&self, key: &str) -> bool {
        self.get(key).is_some()
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
        let Some(raw) = self.get(key) else {
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

    /// Writes the record with `"key": value` added before its closing brace,
    /// every other byte as it was (from the chunk when `at` says where the
    /// record is in it, see [`Out::text`]); `value` adds the value (JSON).
    /// `like` is a field whose spacing the new one follows. The line ending
    /// is not written.
    pub fn insert_before_close(
        &self,
        key: &str,
        like: Range<usize>,
        out: &mut Out,
        at: Option<usize>,
        value: impl FnOnce(&mut Out),
    ) {
        let close = self.close();
        let spaced = self.spaced(like);
        // Up to the last byte before the brace that is not whitespace: `{`
        // when the object is empty.
        let head = self.body.get(..close).unwrap_or("");
        let head_len = head.trim_end_matches(JSON_WS).len();
        out.text(self.body, 0..head_len, at);
        let first = self.fields == 0;
        out.write(|b| {
            if !first {
                b.extend_from_slice(if spaced { b", " } else { b"," });
            }
            push_string(b, key, false);
            b.extend_from_slice(if spaced { b": " } else { b":" });
        });
        value(out);
        // The whitespace before the brace, the brace and what follows.
        out.text(self.body, head_len..self.body.len(), at);
    }
}

/// Writes `text` as a JSON string (escaping non-ASCII when `ascii`). A long
/// text the library returned is moved in, not copied: as it is when it
/// needs no escape, else escaped only when the output is written, a window
/// at a time (so a 200 MB field is not held a second time, escaped).
pub fn push_text(out: &mut Out, text: Cow<'_, str>, ascii: bool) {
    match text {
        Cow::Owned(s) if !ascii && s.len() >= 1 << 16 && is_plain_string(&s) => {
            out.bytes(b"\"");
            out.owned(s.into_bytes());
            out.bytes(b"\"");
        }
        Cow::Owned(s) if s.len() >= 1 << 16 => out.json_string(s, ascii),
        t => out.write(|b| push_string(b, &t, ascii)),
    }
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
    if memchr::memchr(b'\\', inner.as_bytes()).is_none() {
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
    out.reserve(s.len() + 2);
    out.push(b'"');
    push_string_body(out, s, ascii);
    out.push(b'"');
}

/// [`push_string`] without the quotes: the escaped characters of `s`, so a
/// long string can be written in pieces cut between characters.
pub fn push_string_body(out: &mut Vec<u8>, s: &str, ascii: bool) {
    if ascii {
        push_escaped::<true>(out, s)
    } else {
        push_escaped::<false>(out, s)
    }
}

/// Whether byte `b` must be escaped in a JSON string (`ASCII`: non-ASCII
/// too).
#[inline(always)]
fn needs_escape<const ASCII: bool>(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\' || (ASCII && b >= 0x80)
}

/// Whether any byte of `x` (eight bytes) must be escaped (`ASCII`:
/// non-ASCII too): the bit tricks of "Bit Twiddling Hacks" (a byte less
/// than n, a byte equal to zero), exact as a yes/no answer.
#[inline(always)]
fn word_needs_escape<const ASCII: bool>(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has_zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let control = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
    let quote = has_zero(x ^ (ONES * u64::from(b'"')));
    let backslash = has_zero(x ^ (ONES * u64::from(b'\\')));
    let high = if ASCII { x & HIGH } else { 0 };
    (control | quote | backslash | high) != 0
}

/// The first byte at or after `from` that must be escaped. Words of eight
/// bytes are tested four at a time without a branch per byte: most text
/// has nothing to escape.
fn next_escape<const ASCII: bool>(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(block) = bytes.get(i..i + 32) {
        let mut any = false;
        for w in block.chunks_exact(8) {
            let mut word = [0u8; 8];
            word.copy_from_slice(w);
            any |= word_needs_escape::<ASCII>(u64::from_le_bytes(word));
        }
        if any {
            break;
        }
        i += 32;
    }
    bytes
        .get(i..)?
        .iter()
        .position(|&b| needs_escape::<ASCII>(b))
        .map(|k| i + k)
}

/// Whether `s` can be written between quotes as it is (no byte to escape).
pub fn is_plain_string(s: &str) -> bool {
    next_escape::<false>(s.as_bytes(), 0).is_none()
}

fn push_escaped<const ASCII: bool>(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    let mut start = 0;
    while let Some(i) = next_escape::<ASCII>(bytes, start) {
        out.extend_from_slice(&bytes[start..i]);
        let b = bytes[i];
        if b >= 0x80 {
            // ASCII: escape the character that starts here (a valid &str:
            // `i` is a character boundary, since every byte of a non-ASCII
            // character is escaped with its first).
            let c = s[i..].chars().next().unwrap_or('\u{FFFD}');
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                push_u_escape(out, *u);
            }
            start = i + c.len_utf8();
            continue;
        }
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0C => out.extend_from_slice(b"\\f"),
            _ => push_u_escape(out, u16::from(b)),
        }
        start = i + 1;
    }
    out.extend_from_slice(&bytes[start..]);
}

/// Writes `\uXXXX` (lower-case hex, as before).
fn push_u_escape(out: &mut Vec<u8>, u: u16) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.extend_from_slice(b"\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[usize::from((u >> shift) & 0xF)]);
    }
}

/// `s` cut into windows of about `size` bytes (at least one character
/// each), every cut between two characters: a long string is escaped a
/// window at a time, since escapes are per character.
pub fn windows(s: &str, size: usize) -> impl Iterator<Item = &str> {
    let mut rest = s;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let mut cut = rest.len().min(size.max(1));
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        let (window, after) = rest.split_at(cut);
        rest = after;
        Some(window)
    })
}

/// Whether writing `text` as a JSON string ([`push_string`], non-ASCII
/// escaped when `ascii`) gives back `field`, a JSON string as read (its
/// quotes included), byte for byte: then the bytes as read need not be
/// kept to write the field back unchanged. Compared a window at a time,
/// without building the escaped string.
pub fn writes_back(field: &[u8], text: &str, ascii: bool) -> bool {
    let Some(mut rest) = field
        .strip_prefix(b"\"")
        .and_then(|f| f.strip_suffix(b"\""))
    else {
        return false;
    };
    let mut buf = Vec::new();
    for window in windows(text, 1 << 16) {
        buf.clear();
        push_string_body(&mut buf, window, ascii);
        match rest.strip_prefix(&buf[..]) {
            Some(after) => rest = after,
            None => return false,
        }
    }
    rest.is_empty()
}

/// Splits a line into the record and its line ending (`\n`, `\r\n` or none).
pub fn split_ending(line: &str) -> (&str, &str) {
    let body = line.strip_suffix('\n').unwrap_or(line);
    let body = body.strip_suffix('\r').unwrap_or(body);
    line.split_at(body.len())
}
