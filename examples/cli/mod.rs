//! What the bundled command-line tools share: the command line
//! ([`args`]), streaming record input with exact error positions, JSON Lines
//! without re-serialization ([`jsonl`]), bad records stopped or set aside,
//! ordered parallel processing, output files that are never the input
//! ([`files`]), progress on a terminal, and exit codes. The record work of
//! `clean` and `split` lives here too ([`clean`], [`split`]), so that the
//! tests run it in process.
#![allow(dead_code)]

pub mod args;
pub mod audit;
pub mod clean;
pub mod files;
pub mod jsonl;
pub mod out;
pub mod run;
pub mod split;
pub mod stream;

use std::borrow::Cow;
use std::fs::File;
use std::io::{self, BufRead, IsTerminal, Read, Write};
use std::time::{Duration, Instant};

/// Exit codes, one per kind of failure, so scripts can tell them apart.
pub mod exit {
    /// Bad command line.
    pub const USAGE: i32 = 2;
    /// The input file could not be opened or read.
    pub const INPUT: i32 = 3;
    /// The input is not valid UTF-8 (without `--lossy`).
    pub const INVALID_UTF8: i32 = 4;
    /// A JSON Lines record is malformed, not an object, its field missing or
    /// not a string or holding a lone surrogate, or a field the tool would
    /// add is already there.
    pub const BAD_RECORD: i32 = 5;
    /// Standard output was closed before the end (e.g. `| head`).
    pub const OUTPUT_CLOSED: i32 = 6;
    /// Another output error (disk full, report file not writable).
    pub const OUTPUT: i32 = 7;
    /// An internal error (a bug): please report it.
    pub const INTERNAL: i32 = 70;
}

/// How a tool is run: its program name for messages, and its arguments.
type Main = fn(&str, std::vec::IntoIter<std::ffi::OsString>) -> Result<(), Failure>;

/// A tool of the `devanagari` program: its command line (whose name is
/// the command) and how it runs.
pub struct Command {
    pub tool: &'static args::Tool,
    main: Main,
}

/// The tools of the `devanagari` program, the one list of its commands.
pub const COMMANDS: [Command; 3] = [
    Command {
        tool: &clean::TOOL,
        main: |prog, args| clean::main(prog, args),
    },
    Command {
        tool: &split::TOOL,
        main: |prog, args| split::main(prog, args),
    },
    Command {
        tool: &audit::TOOL,
        main: |prog, args| audit::main(prog, args),
    },
];

/// The command names, for messages: `clean, split or audit`.
fn command_names() -> String {
    let names: Vec<&str> = COMMANDS.iter().map(|c| c.tool.name).collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => names.join(""),
    }
}

/// The `--help` of the `devanagari` program.
pub fn dispatch_help() -> String {
    let mut s = format!(
        "devanagari {}: Devanagari text tools, streaming\n\n\
         usage: devanagari COMMAND [OPTIONS] [FILE...]\n\ncommands:\n",
        env!("CARGO_PKG_VERSION")
    );
    for c in &COMMANDS {
        s.push_str(&format!("  {:7} {}\n", c.tool.name, c.tool.summary));
    }
    s.push_str(
        "\n`devanagari COMMAND --help` gives the options of each, their defaults\n\
         and the exit codes. The clean, split and audit examples are the same\n\
         tools under their own names.\n",
    );
    s
}

/// Runs the `devanagari` program: its first argument names the tool.
/// Returns the name to prefix messages with, and the result.
pub fn dispatch(
    args: impl IntoIterator<Item = std::ffi::OsString>,
) -> (String, Result<(), Failure>) {
    let mut args = args.into_iter();
    let first = args.next();
    let command = first.as_ref().map(|a| a.to_string_lossy().into_owned());
    let found = COMMANDS
        .iter()
        .find(|c| command.as_deref() == Some(c.tool.name));
    let name = found.map_or_else(
        || "devanagari".to_string(),
        |c| format!("devanagari {}", c.tool.name),
    );
    let usage = |m: String| Err(Failure::new(exit::USAGE, format!("{m} (see --help)")));
    let result = match (found, command.as_deref()) {
        (Some(c), _) => (c.main)(&name, args.collect::<Vec<_>>().into_iter()),
        (None, Some("-h" | "--help" | "help")) => {
            print!("{}", dispatch_help());
            Ok(())
        }
        (None, Some("-V" | "--version")) => {
            println!("devanagari {}", env!("CARGO_PKG_VERSION"));
            Ok(())
        }
        (None, None) => usage(format!("a command is needed: {}", command_names())),
        (None, Some(other)) => usage(format!("unknown command {other:?}: {}", command_names())),
    };
    (name, result)
}

/// A failure with its message and exit code.
#[derive(Debug)]
pub struct Failure {
    pub code: i32,
    pub message: String,
}

impl Failure {
    pub fn new(code: i32, message: impl Into<String>) -> Self {
        Failure {
            code,
            message: message.into(),
        }
    }

    pub fn output(e: io::Error) -> Self {
        if e.kind() == io::ErrorKind::BrokenPipe {
            Failure::new(exit::OUTPUT_CLOSED, "output closed before the end; stopped")
        } else {
            Failure::new(exit::OUTPUT, format!("cannot write output: {e}"))
        }
    }
}

/// Prints the failure and exits with its code.
pub fn finish(result: Result<(), Failure>, tool: &str) -> ! {
    match result {
        Ok(()) => std::process::exit(0),
        Err(f) => {
            let _ = writeln!(io::stderr(), "{tool}: {}", f.message);
            std::process::exit(f.code)
        }
    }
}

/// A record the tool cannot process: why, and the exit code if it stops the
/// run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadRecord {
    pub code: i32,
    pub reason: String,
}

impl BadRecord {
    /// A bad JSON Lines record (exit 5).
    pub fn json(reason: impl Into<String>) -> Self {
        BadRecord {
            code: exit::BAD_RECORD,
            reason: reason.into(),
        }
    }
}

/// The input: a file or standard input, read in chunks of whole lines (or,
/// for `paragraphs`, whole paragraphs), with its size when known.
pub struct Input {
    reader: Box<dyn BufRead + Send>,
    /// The file name, or `<stdin>`: every message about a record names it.
    pub name: String,
    pub size: Option<u64>,
    /// Lines read so far.
    pub line_no: u64,
    /// Bytes read so far.
    pub bytes_read: u64,
    pub lossy: bool,
    /// Chunks end at a blank line (or the end): the records handed to the
    /// tool are paragraphs (non-blank lines up to a blank one) and blank lines.
    pub paragraphs: bool,
    /// A line this long or longer, alone in its chunk, is handed to the tool
    /// by value ([`Tool::record_by_value`]); [`WHOLE_AT`] unless a test
    /// says otherwise.
    pub whole_at: usize,
}

/// The length from which a line alone in its chunk is handed to the tool
/// by value. From there, what a tool keeps of a record beside its output
/// is what the run costs in memory (the chunks in flight are a few MB);
/// below it, the copy spared costs less than the check that turns the
/// bytes into a `String` (the standard library's UTF-8 check, about 5 %
/// of `clean`'s time on a long Hindi line, where the chunk is checked with
/// SIMD).
pub const WHOLE_AT: usize = 16 << 20;

/// One record as text (borrowed from the chunk read, unless `--lossy`
/// replaced something in it): a line, or a paragraph of lines.
pub struct Record<'a> {
    /// The input's name (a file name or `<stdin>`).
    pub file: &'a str,
    /// The line number (1-based) of its first line.
    pub line_no: u64,
    pub text: Cow<'a, str>,
    /// Byte offsets (in `raw`) of invalid sequences replaced by U+FFFD.
    pub replaced: Vec<usize>,
    /// The bytes as read, line endings included.
    pub raw: &'a [u8],
    /// Where `raw` starts in the chunk (see [`out::Out::input`]).
    pub at: usize,
}

impl Record<'_> {
    /// Where the record's text starts in the chunk, when it is the bytes as
    /// read (not when `--lossy` replaced some): see [`out::Out::text`].
    pub fn text_at(&self) -> Option<usize> {
        matches!(self.text, Cow::Borrowed(_)).then_some(self.at)
    }

    /// The record's bytes in the chunk, as read.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.at..self.at + self.raw.len()
    }

    /// Whether the record is empty or only whitespace.
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }
}

/// Where the lines of a record start, to turn a byte offset into a line and
/// an offset in it (one binary search per edit).
pub struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    pub fn new(text: &[u8]) -> Lines {
        let mut starts = vec![0];
        let body = text.strip_suffix(b"\n").unwrap_or(text);
        starts.extend(memchr::memchr_iter(b'\n', body).map(|i| i + 1));
        Lines { starts }
    }

    pub fn locate(&self, first_line: u64, offset: usize) -> (u64, usize) {
        let k = self.starts.partition_point(|&s| s <= offset).max(1) - 1;
        (first_line + k as u64, offset - self.starts[k])
    }
}

/// Whole lines of the input, as read: the unit handed to a worker.
pub struct Chunk {
    data: Vec<u8>,
    first_line: u64,
    first_byte: u64,
}

/// Whether a line is empty or only whitespace (a JSON Lines blank line, a
/// paragraph break in plain text).
pub fn is_blank_bytes(line: &[u8]) -> bool {
    line.iter().all(|b| b.is_ascii_whitespace())
        || std::str::from_utf8(line).is_ok_and(|s| s.trim().is_empty())
}

impl Input {
    /// Opens a file (`None`: standard input), decompressed when its name or
    /// its first bytes say gzip or zstd ([`stream::reader`]).
    pub fn open(path: Option<&str>, lossy: bool) -> Result<Input, Failure> {
        let (raw, name, size, by_name): (Box<dyn Read + Send>, &str, Option<u64>, _) = match path {
            None => (
                Box::new(io::stdin()),
                "<stdin>",
                None,
                stream::Compression::None,
            ),
            Some(p) => {
                let f = File::open(p)
                    .map_err(|e| Failure::new(exit::INPUT, format!("cannot open {p}: {e}")))?;
                if f.metadata().is_ok_and(|m| m.is_dir()) {
                    return Err(Failure::new(
                        exit::INPUT,
                        format!("cannot read {p}: it is a directory"),
                    ));
                }
                let size = f.metadata().ok().map(|m| m.len());
                (Box::new(f), p, size, stream::Compression::of_name(p))
            }
        };
        let (reader, format) = stream::reader(raw, name, by_name)?;
        // The progress line's percentage counts bytes read, decompressed.
        let size = size.filter(|_| format == stream::Compression::None);
        Ok(Input::from_reader(reader, name, size, lossy))
    }

    /// An input read from `reader` (the tests read from memory).
    pub fn from_reader(
        reader: Box<dyn BufRead + Send>,
        name: &str,
        size: Option<u64>,
        lossy: bool,
    ) -> Input {
        Input {
            reader,
            name: name.to_string(),
            size,
            line_no: 0,
            bytes_read: 0,
            lossy,
            paragraphs: false,
            whole_at: WHOLE_AT,
        }
    }

    /// Reads about `target` bytes into `data` (emptied first: a buffer
    /// handed back by an earlier chunk, so that its pages are reused),
    /// completed to the end of a line (with `paragraphs`, to a blank line).
    /// `None` at the end of the input. A line (or paragraph) longer than
    /// `target` is read whole.
    pub fn next_chunk(
        &mut self,
        target: usize,
        mut data: Vec<u8>,
    ) -> Result<Option<Chunk>, Failure> {
        let name = &self.name;
        let read_error =
            |e: io::Error| Failure::new(exit::INPUT, format!("cannot read {name}: {e}"));
        data.clear();
        // Straight into the chunk, without zeroing it first; then complete
        // the last line.
        (&mut self.reader)
            .take(target as u64)
            .read_to_end(&mut data)
            .map_err(read_error)?;
        if !data.is_empty() && data.last() != Some(&b'\n') {
            self.reader
                .read_until(b'\n', &mut data)
                .map_err(read_error)?;
        }
        if self.paragraphs && !data.is_empty() {
            // Complete the paragraph: read lines up to a blank one.
            loop {
                let body = data.strip_suffix(b"\n").unwrap_or(&data);
                let last = body
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(body, |i| &body[i + 1..]);
                if is_blank_bytes(last) || data.last() != Some(&b'\n') {
                    break;
                }
                if self
                    .reader
                    .read_until(b'\n', &mut data)
                    .map_err(read_error)?
                    == 0
                {
                    break;
                }
            }
        }
        if data.is_empty() {
            return Ok(None);
        }
        let chunk = Chunk {
            first_line: self.line_no + 1,
            first_byte: self.bytes_read,
            data,
        };
        let newlines = memchr::memchr_iter(b'\n', &chunk.data).count() as u64;
        self.line_no += newlines + u64::from(chunk.data.last() != Some(&b'\n'));
        self.bytes_read += chunk.data.len() as u64;
        Ok(Some(chunk))
    }
}

/// Decodes with U+FFFD for each invalid sequence, returning their offsets.
pub fn decode_lossy(mut bytes: &[u8]) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(bytes.len() + 8);
    let mut offsets = Vec::new();
    let mut pos = 0;
    loop {
        match std::str::from_utf8(bytes) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let (good, bad) = bytes.split_at(e.valid_up_to());
                out.push_str(std::str::from_utf8(good).unwrap_or(""));
                out.push('\u{FFFD}');
                offsets.push(pos + good.len());
                let skip = e.error_len().unwrap_or(bad.len()).max(1);
                pos += good.len() + skip;
                bytes = bad.get(skip..).unwrap_or(&[]);
            }
        }
    }
    (out, offsets)
}

/// What a tool does with each record.
pub trait Tool: Sync {
    /// What the records of a chunk are folded into (the output text, or
    /// counts), handed back in input order.
    type Acc: Default + Send;

    /// Processes one record. On `Err`, nothing of the record may have been
    /// written to `acc`.
    fn record(&self, record: &Record<'_>, acc: &mut Self::Acc) -> Result<(), BadRecord>;

    /// Writes, in place of the output of a record set aside with
    /// `--skip-bad`, what stands for it (the line unchanged, say).
    fn set_aside(&self, record: &Record<'_>, acc: &mut Self::Acc);

    /// Processes a long line that is a chunk of its own (see
    /// [`Input::whole_at`]; valid UTF-8, its line ending included), given
    /// by value: the tool can let the bytes as read go as soon as it has
    /// what it needs from them, so that a 200 MB record is not held three
    /// times. Gives the text back, with nothing written to `acc`, for the
    /// record to go through [`Tool::record`] as any other (what the tool
    /// does when it must keep the bytes as read, or when the record is bad:
    /// the default). Whatever it writes to `acc` must not refer to the
    /// chunk, which is gone. Called only when [`Tool::wants_by_value`].
    fn record_by_value(
        &self,
        _file: &str,
        _line_no: u64,
        text: String,
        _acc: &mut Self::Acc,
    ) -> Option<String> {
        Some(text)
    }

    /// Whether long lines go to [`Tool::record_by_value`]: turning the
    /// bytes into a `String` costs a UTF-8 check over them (the standard
    /// library's, about 0.2 s on a 200 MB line), wasted on a tool that
    /// gives them back. The default: no.
    fn wants_by_value(&self) -> bool {
        false
    }
}

/// How records are read and bad ones handled.
#[derive(Clone, Debug)]
pub struct Policy {
    pub name: String,
    pub lossy: bool,
    /// Set bad records aside (`--skip-bad`) instead of stopping.
    pub skip_bad: bool,
    /// Records are paragraphs (see [`Input::paragraphs`]).
    pub paragraphs: bool,
    /// See [`Input::whole_at`].
    pub whole_at: usize,
}

/// The totals of a run: records (lines) read, and set aside; the rest were
/// written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub read: u64,
    pub set_aside: u64,
}

impl Totals {
    pub fn written(&self) -> u64 {
        self.read - self.set_aside
    }
}

/// What a worker hands back for a chunk.
pub struct ChunkDone<A> {
    pub acc: A,
    /// The chunk as read, which the output's pieces refer to (and whose
    /// buffer is then reused).
    pub data: Vec<u8>,
    pub totals: Totals,
    /// The `--skip-bad` lines of the records set aside.
    pub skipped: Vec<u8>,
    pub failure: Option<Failure>,
}

/// The `--skip-bad` line of a record set aside.
pub fn skip_line(name: &str, line_no: u64, reason: &str, raw: &[u8]) -> String {
    let raw = raw.strip_suffix(b"\n").unwrap_or(raw);
    let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
    let v = serde_json::json!({
        "file": name,
        "line": line_no,
        "reason": reason,
        "raw": String::from_utf8_lossy(raw),
    });
    format!("{v}\n")
}

/// The records of a chunk through the tool; a bad record is set aside or
/// stops the chunk (what was done before it is kept). The chunk is handed
/// back with the result, for the output's pieces that refer to it (empty
/// when its one line was given to the tool by value).
pub fn process_chunk<T: Tool + ?Sized>(
    mut chunk: Chunk,
    policy: &Policy,
    tool: &T,
) -> ChunkDone<T::Acc> {
    let mut done = ChunkDone {
        acc: T::Acc::default(),
        data: Vec::new(),
        totals: Totals::default(),
        skipped: Vec::new(),
        failure: None,
    };
    if tool.wants_by_value() && is_long_line(&chunk.data, policy) {
        let data = std::mem::take(&mut chunk.data);
        let given_back = match String::from_utf8(data) {
            Ok(text) => {
                match tool.record_by_value(&policy.name, chunk.first_line, text, &mut done.acc) {
                    None => {
                        done.totals.read = 1;
                        return done;
                    }
                    Some(text) => text.into_bytes(),
                }
            }
            // Invalid UTF-8: the record is bad, or replaced with --lossy.
            Err(e) => e.into_bytes(),
        };
        chunk.data = given_back;
    }
    records(&chunk, policy, tool, &mut done);
    done.data = chunk.data;
    done
}

/// Whether `data`, a chunk, is one line for [`Tool::record_by_value`]: at
/// least [`Policy::whole_at`] bytes, with no line break before its end (and
/// not a paragraph: those have their own reading).
fn is_long_line(data: &[u8], policy: &Policy) -> bool {
    !policy.paragraphs
        && data.len() >= policy.whole_at
        && memchr::memchr(b'\n', data).is_none_or(|i| i + 1 == data.len())
}

fn records<T: Tool + ?Sized>(
    chunk: &Chunk,
    policy: &Policy,
    tool: &T,
    done: &mut ChunkDone<T::Acc>,
) {
    let data = &chunk.data[..];
    // The common case, valid UTF-8 throughout: one check for the chunk (with
    // SIMD: the standard library's check costs as much as the JSON parse).
    let all = simdutf8::basic::from_utf8(data).ok();
    let decode = |range: std::ops::Range<usize>| -> Result<(Cow<'_, str>, Vec<usize>), usize> {
        if let Some(all) = all {
            return Ok((Cow::Borrowed(&all[range]), Vec::new()));
        }
        let bytes = &data[range];
        match std::str::from_utf8(bytes) {
            Ok(s) => Ok((Cow::Borrowed(s), Vec::new())),
            Err(_) if policy.lossy => {
                let (s, offsets) = decode_lossy(bytes);
                Ok((Cow::Owned(s), offsets))
            }
            Err(e) => Err(e.valid_up_to()),
        }
    };
    // Runs one record (lines `range`, the first numbered `line_no`); false
    // when the chunk stops.
    let handle = |line_no: u64,
                  lines: u64,
                  range: std::ops::Range<usize>,
                  done: &mut ChunkDone<T::Acc>|
     -> bool {
        let raw = &data[range.clone()];
        let (text, replaced, bad) = match decode(range.clone()) {
            Ok((text, replaced)) => (text, replaced, None),
            Err(valid_up_to) => (
                Cow::Borrowed(""),
                Vec::new(),
                Some(BadRecord {
                    code: exit::INVALID_UTF8,
                    reason: format!(
                        "invalid UTF-8 at byte {valid_up_to} of the line (byte {} of the input); --lossy replaces invalid bytes",
                        chunk.first_byte + (range.start + valid_up_to) as u64
                    ),
                }),
            ),
        };
        let record = Record {
            file: &policy.name,
            line_no,
            text,
            replaced,
            raw,
            at: range.start,
        };
        let result = match bad {
            Some(bad) => Err(bad),
            None => tool.record(&record, &mut done.acc),
        };
        done.totals.read += lines;
        match result {
            Ok(()) => true,
            Err(bad) if policy.skip_bad => {
                tool.set_aside(&record, &mut done.acc);
                done.totals.set_aside += lines;
                done.skipped.extend_from_slice(
                    skip_line(&policy.name, line_no, &bad.reason, raw).as_bytes(),
                );
                true
            }
            Err(bad) => {
                done.totals.read -= lines;
                done.failure = Some(Failure::new(
                    bad.code,
                    format!("{}: line {line_no}: {}", policy.name, bad.reason),
                ));
                false
            }
        }
    };
    // A paragraph being gathered: its first line, line count and byte range.
    let mut para: Option<(u64, u64, std::ops::Range<usize>)> = None;
    let mut start = 0;
    let ends = memchr::memchr_iter(b'\n', data)
        .map(|i| i + 1)
        .chain((data.last() != Some(&b'\n')).then_some(data.len()));
    for (this_line, end) in (chunk.first_line..).zip(ends) {
        let range = start..end;
        start = end;
        if policy.paragraphs
            && !is_blank_bytes(&data[range.clone()])
            && decode(range.clone()).is_ok()
        {
            match &mut para {
                Some((_, n, r)) => {
                    *n += 1;
                    r.end = range.end;
                }
                None => para = Some((this_line, 1, range)),
            }
            continue;
        }
        if let Some((first, n, r)) = para.take() {
            if !handle(first, n, r, done) {
                return;
            }
        }
        if !handle(this_line, 1, range, done) {
            return;
        }
    }
    if let Some((first, n, r)) = para.take() {
        handle(first, n, r, done);
    }
}

/// What receives the accumulator of each chunk, in order, with the chunk it
/// was made from.
pub type Emit<'a, A> = dyn FnMut(A, &[u8]) -> Result<(), Failure> + 'a;

/// Runs `tool` over the records of `input` on `jobs` threads. Each worker
/// folds the records of a chunk (about 1 MB of whole lines) into an
/// accumulator (the chunk's output, or its counts); `emit` receives the
/// accumulators in input order, each with the chunk it was made from, and
/// the records set aside go to `skip` in the same order. The main thread
/// only reads and writes, so the work spreads over the cores. At most `2 *
/// jobs` chunks are in flight, and their buffers are reused: memory stays
/// flat whatever the input size (a single longer line is one chunk). A bad
/// record, unless set aside, stops the run after everything before it was
/// emitted.
pub fn run_batched<T: Tool>(
    input: &mut Input,
    tool: &T,
    jobs: usize,
    skip_bad: Option<&mut dyn Write>,
    emit: &mut Emit<'_, T::Acc>,
    progress: &mut Progress,
) -> Result<Totals, Failure> {
    const CHUNK: usize = 1 << 20;
    let policy = Policy {
        name: input.name.clone(),
        lossy: input.lossy,
        skip_bad: skip_bad.is_some(),
        paragraphs: input.paragraphs,
        whole_at: input.whole_at,
    };
    let mut skip_bad = skip_bad;
    let mut totals = Totals::default();
    // Buffers of chunks already written, for the next chunks (one at most
    // per chunk in flight; a buffer grown by a long line is let go).
    let mut spare: Vec<Vec<u8>> = Vec::new();
    let mut take = |d: ChunkDone<T::Acc>,
                    totals: &mut Totals,
                    spare: &mut Vec<Vec<u8>>|
     -> Result<(), Failure> {
        emit(d.acc, &d.data)?;
        if d.data.capacity() <= 4 * CHUNK {
            spare.push(d.data);
        }
        if let Some(w) = skip_bad.as_mut() {
            w.write_all(&d.skipped).map_err(|e| {
                Failure::new(exit::OUTPUT, format!("cannot write --skip-bad file: {e}"))
            })?;
        }
        totals.read += d.totals.read;
        totals.set_aside += d.totals.set_aside;
        match d.failure {
            Some(f) => Err(f),
            None => Ok(()),
        }
    };
    if jobs <= 1 {
        while let Some(chunk) = input.next_chunk(CHUNK / 4, spare.pop().unwrap_or_default())? {
            take(process_chunk(chunk, &policy, tool), &mut totals, &mut spare)?;
            progress.update(input.bytes_read, totals.read);
        }
        progress.done(input.bytes_read, totals.read);
        return Ok(totals);
    }
    use std::collections::BTreeMap;
    use std::sync::{mpsc, Arc, Mutex};
    let result = std::thread::scope(|s| -> Result<(), Failure> {
        let (work_tx, work_rx) = mpsc::sync_channel::<(u64, Chunk)>(jobs);
        let work_rx = Arc::new(Mutex::new(work_rx));
        let (res_tx, res_rx) = mpsc::channel::<(u64, ChunkDone<T::Acc>)>();
        for _ in 0..jobs {
            let rx = Arc::clone(&work_rx);
            let tx = res_tx.clone();
            let policy = policy.clone();
            s.spawn(move || loop {
                let msg = match rx.lock() {
                    Ok(guard) => guard.recv(),
                    Err(_) => return,
                };
                let Ok((i, chunk)) = msg else { return };
                if tx.send((i, process_chunk(chunk, &policy, tool))).is_err() {
                    return;
                }
            });
        }
        drop(res_tx);
        let mut pending: BTreeMap<u64, ChunkDone<T::Acc>> = BTreeMap::new();
        let (mut sent, mut next) = (0u64, 0u64);
        let mut work_tx = Some(work_tx);
        loop {
            // Keep the workers fed, with a bounded number of chunks in flight.
            while work_tx.is_some() && sent - next < 2 * jobs as u64 {
                match input.next_chunk(CHUNK, spare.pop().unwrap_or_default())? {
                    Some(c) => {
                        let sent_ok = work_tx
                            .as_ref()
                            .is_some_and(|tx| tx.send((sent, c)).is_ok());
                        if !sent_ok {
                            return Err(Failure::new(exit::INTERNAL, "workers stopped"));
                        }
                        sent += 1;
                    }
                    None => work_tx = None, // workers end when the queue is empty
                }
            }
            // Emit what is ready, in order.
            while let Some(d) = pending.remove(&next) {
                take(d, &mut totals, &mut spare)?;
                next += 1;
            }
            if next == sent && work_tx.is_none() {
                break;
            }
            if next == sent {
                continue;
            }
            match res_rx.recv() {
                Ok((i, r)) => {
                    pending.insert(i, r);
                }
                Err(_) => {
                    return Err(Failure::new(
                        exit::INTERNAL,
                        "internal error in a worker thread",
                    ))
                }
            }
            progress.update(input.bytes_read, totals.read);
        }
        Ok(())
    });
    progress.done(input.bytes_read, totals.read);
    result.map(|()| totals)
}

/// The line of totals on stderr at the end of a run with `--skip-bad`.
pub fn print_totals(tool: &str, totals: &Totals, done: &str, skip_path: &str) {
    let _ = writeln!(
        io::stderr(),
        "{tool}: {} records read, {} {done}, {} set aside in {skip_path}",
        totals.read,
        totals.written(),
        totals.set_aside
    );
}

/// Progress on stderr, only when stderr is a terminal and not `--quiet`.
pub struct Progress {
    on: bool,
    start: Instant,
    last: Instant,
    total: Option<u64>,
}

impl Progress {
    pub fn new(quiet: bool, total: Option<u64>) -> Self {
        let now = Instant::now();
        Progress {
            on: !quiet && io::stderr().is_terminal(),
            start: now,
            last: now,
            total,
        }
    }

    pub fn update(&mut self, bytes: u64, records: u64) {
        if !self.on || self.last.elapsed() < Duration::from_millis(300) {
            return;
        }
        self.last = Instant::now();
        self.print(bytes, records);
    }

    fn print(&self, bytes: u64, records: u64) {
        let secs = self.start.elapsed().as_secs_f64().max(1e-9);
        let mb = bytes as f64 / 1e6;
        let pct = self
            .total
            .filter(|t| *t > 0)
            .map(|t| format!(" {:5.1}%", 100.0 * bytes as f64 / t as f64))
            .unwrap_or_default();
        let _ = write!(
            io::stderr(),
            "\r{mb:10.1} MB {records:>12} records {:8.1} MB/s{pct}",
            mb / secs
        );
    }

    pub fn done(&self, bytes: u64, records: u64) {
        if self.on {
            self.print(bytes, records);
            let _ = writeln!(io::stderr());
        }
    }
}
