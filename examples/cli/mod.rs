//! What the bundled command-line tools share: argument parsing, streaming
//! record input with exact error positions, JSON Lines, ordered parallel
//! processing, progress on a terminal, and exit codes.
#![allow(dead_code)]

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::time::{Duration, Instant};

/// Exit codes, one per kind of failure, so scripts can tell them apart.
pub mod exit {
    /// Bad command line.
    pub const USAGE: i32 = 2;
    /// The input file could not be opened or read.
    pub const INPUT: i32 = 3;
    /// The input is not valid UTF-8 (without `--lossy`).
    pub const INVALID_UTF8: i32 = 4;
    /// A JSON Lines record is malformed, or its field is missing or not a string.
    pub const BAD_RECORD: i32 = 5;
    /// Standard output was closed before the end (e.g. `| head`).
    pub const OUTPUT_CLOSED: i32 = 6;
    /// Another output error (disk full, report file not writable).
    pub const OUTPUT: i32 = 7;
    /// An internal error (a bug): please report it.
    pub const INTERNAL: i32 = 70;
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

/// A simple argument list: `--flag`, `--key value`, `--key=value`, positionals.
pub struct Args {
    items: Vec<String>,
}

impl Args {
    pub fn from_env() -> Self {
        Args {
            items: std::env::args().skip(1).collect(),
        }
    }

    /// Removes `--name` and returns whether it was there.
    pub fn flag(&mut self, name: &str) -> bool {
        let before = self.items.len();
        self.items.retain(|a| a != name);
        before != self.items.len()
    }

    /// Removes `--name VALUE` or `--name=VALUE` and returns the value.
    pub fn value(&mut self, name: &str) -> Result<Option<String>, Failure> {
        let prefix = format!("{name}=");
        if let Some(i) = self.items.iter().position(|a| a.starts_with(&prefix)) {
            let a = self.items.remove(i);
            return Ok(Some(a[prefix.len()..].to_string()));
        }
        if let Some(i) = self.items.iter().position(|a| a == name) {
            self.items.remove(i);
            if i < self.items.len() {
                return Ok(Some(self.items.remove(i)));
            }
            return Err(Failure::new(exit::USAGE, format!("{name} needs a value")));
        }
        Ok(None)
    }

    /// The remaining positional argument (at most one), refusing unknown flags.
    pub fn positional(self, usage: &str) -> Result<Option<String>, Failure> {
        let mut rest = self.items.into_iter();
        let first = rest.next();
        if let Some(f) = &first {
            if f.starts_with("--") || (f.starts_with('-') && f != "-") {
                return Err(Failure::new(
                    exit::USAGE,
                    format!("unknown option {f}\n{usage}"),
                ));
            }
        }
        if let Some(extra) = rest.next() {
            return Err(Failure::new(
                exit::USAGE,
                format!("unexpected argument {extra}\n{usage}"),
            ));
        }
        Ok(first.filter(|f| f != "-"))
    }
}

/// Parses `--profile safe|nlp` (default `safe`).
pub fn profile(args: &mut Args) -> Result<devanagari::NormalizeOptions, Failure> {
    match args.value("--profile")?.as_deref() {
        None | Some("safe") => Ok(devanagari::NormalizeOptions::safe()),
        Some("nlp") => Ok(devanagari::NormalizeOptions::nlp()),
        Some(p) => Err(Failure::new(
            exit::USAGE,
            format!("unknown profile {p:?} (safe|nlp)"),
        )),
    }
}

/// Parses `--jobs N` (default: all cores).
pub fn jobs(args: &mut Args) -> Result<usize, Failure> {
    match args.value("--jobs")? {
        None => Ok(std::thread::available_parallelism().map_or(1, |n| n.get())),
        Some(v) => v.parse::<usize>().ok().filter(|n| *n >= 1).ok_or_else(|| {
            Failure::new(
                exit::USAGE,
                format!("--jobs takes a number >= 1, not {v:?}"),
            )
        }),
    }
}

/// The input: a file or standard input, read in chunks of whole lines, with
/// its size when known.
pub struct Input {
    reader: Box<dyn BufRead + Send>,
    pub name: String,
    pub size: Option<u64>,
    /// Lines read so far.
    pub line_no: u64,
    /// Bytes read so far.
    pub bytes_read: u64,
    pub lossy: bool,
}

/// One input line as text (borrowed from the chunk read, unless `--lossy`
/// replaced something in it), with what `--lossy` replaced.
pub struct Record<'a> {
    pub line_no: u64,
    pub text: std::borrow::Cow<'a, str>,
    /// Byte offsets (in the original line) of invalid sequences replaced by U+FFFD.
    pub replaced: Vec<usize>,
}

/// Whole lines of the input, as read: the unit handed to a worker.
pub struct Chunk {
    data: Vec<u8>,
    first_line: u64,
    first_byte: u64,
}

impl Input {
    pub fn open(path: Option<&str>, lossy: bool) -> Result<Input, Failure> {
        let (reader, name, size): (Box<dyn BufRead + Send>, String, Option<u64>) = match path {
            None => (
                Box::new(BufReader::with_capacity(1 << 16, io::stdin())),
                "<stdin>".into(),
                None,
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
                (
                    Box::new(BufReader::with_capacity(1 << 16, f)),
                    p.to_string(),
                    size,
                )
            }
        };
        Ok(Input {
            reader,
            name,
            size,
            line_no: 0,
            bytes_read: 0,
            lossy,
        })
    }

    /// Reads about `target` bytes, completed to the end of a line. `None` at
    /// the end of the input. A line longer than `target` is read whole.
    pub fn next_chunk(&mut self, target: usize) -> Result<Option<Chunk>, Failure> {
        let name = &self.name;
        let read_error =
            |e: io::Error| Failure::new(exit::INPUT, format!("cannot read {name}: {e}"));
        // Read straight into the chunk (a request larger than the reader's
        // buffer bypasses it), then complete the last line.
        let mut data = vec![0u8; target];
        let mut len = 0;
        while len < target {
            match self.reader.read(&mut data[len..]) {
                Ok(0) => break,
                Ok(n) => len += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(read_error(e)),
            }
        }
        data.truncate(len);
        if !data.is_empty() && data.last() != Some(&b'\n') {
            self.reader
                .read_until(b'\n', &mut data)
                .map_err(read_error)?;
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

    /// Reads the whole rest of the input as records.
    pub fn read_records(&mut self) -> Result<Vec<Record<'static>>, Failure> {
        let mut out = Vec::new();
        while let Some(c) = self.next_chunk(1 << 20)? {
            let (records, failure) = decode_chunk(&c, self.lossy, &self.name);
            out.extend(records.into_iter().map(|r| Record {
                line_no: r.line_no,
                text: std::borrow::Cow::Owned(r.text.into_owned()),
                replaced: r.replaced,
            }));
            if let Some(f) = failure {
                return Err(f);
            }
        }
        Ok(out)
    }
}

/// Splits a chunk into records. Stops at the first invalid UTF-8 (without
/// `--lossy`), returning the records before it and the failure.
fn decode_chunk<'a>(
    chunk: &'a Chunk,
    lossy: bool,
    name: &str,
) -> (Vec<Record<'a>>, Option<Failure>) {
    let mut out = Vec::new();
    // The common case, valid UTF-8 throughout: one check for the chunk.
    if let Ok(all) = std::str::from_utf8(&chunk.data) {
        for (k, line) in all.split_inclusive('\n').enumerate() {
            out.push(Record {
                line_no: chunk.first_line + k as u64,
                text: std::borrow::Cow::Borrowed(line),
                replaced: Vec::new(),
            });
        }
        return (out, None);
    }
    let mut offset = 0usize;
    for (line_no, line) in (chunk.first_line..).zip(chunk.data.split_inclusive(|&b| b == b'\n')) {
        match std::str::from_utf8(line) {
            Ok(s) => out.push(Record {
                line_no,
                text: std::borrow::Cow::Borrowed(s),
                replaced: Vec::new(),
            }),
            Err(e) if !lossy => {
                let f = Failure::new(
                    exit::INVALID_UTF8,
                    format!(
                        "{name}: invalid UTF-8 on line {line_no}, byte {} of the line (byte {} of the input); use --lossy to replace invalid bytes",
                        e.valid_up_to(),
                        chunk.first_byte + (offset + e.valid_up_to()) as u64
                    ),
                );
                return (out, Some(f));
            }
            Err(_) => {
                let (text, replaced) = decode_lossy(line);
                out.push(Record {
                    line_no,
                    text: std::borrow::Cow::Owned(text),
                    replaced,
                });
            }
        }
        offset += line.len();
    }
    (out, None)
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

/// Buffered standard output.
pub fn stdout() -> BufWriter<io::Stdout> {
    BufWriter::with_capacity(1 << 16, io::stdout())
}

/// Opens a report file for writing.
pub fn create(path: &str) -> Result<BufWriter<File>, Failure> {
    File::create(path)
        .map(|f| BufWriter::with_capacity(1 << 16, f))
        .map_err(|e| Failure::new(exit::OUTPUT, format!("cannot create {path}: {e}")))
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

/// Processes the records of a chunk into one accumulator; stops at the first
/// failure, returning what was done before it.
fn process_chunk<A: Default>(
    chunk: &Chunk,
    lossy: bool,
    name: &str,
    work: &(dyn Fn(Record<'_>, &mut A) -> Result<(), Failure> + Sync),
) -> (A, u64, Option<Failure>) {
    let (records, failure) = decode_chunk(chunk, lossy, name);
    let mut acc = A::default();
    let mut n = 0;
    for r in records {
        if let Err(f) = work(r, &mut acc) {
            return (acc, n, Some(f));
        }
        n += 1;
    }
    (acc, n, failure)
}

/// Runs `work` over the records of `input` on `jobs` threads. Each worker
/// folds the records of a chunk (about 1 MB of whole lines) into an
/// accumulator (the chunk's output text, or its counts); `emit` receives the
/// accumulators in input order. The main thread only reads and writes, so
/// the work spreads over the cores. At most `2 * jobs` chunks are in flight:
/// memory stays flat whatever the input size (a single longer line is one
/// chunk). A failure in a record stops the run after everything before it
/// was emitted.
pub fn run_batched<A: Default + Send>(
    input: &mut Input,
    jobs: usize,
    work: &(dyn Fn(Record<'_>, &mut A) -> Result<(), Failure> + Sync),
    emit: &mut dyn FnMut(A) -> Result<(), Failure>,
    progress: &mut Progress,
) -> Result<(), Failure> {
    const CHUNK: usize = 1 << 20;
    let lossy = input.lossy;
    let name = input.name.clone();
    let mut records = 0u64;
    if jobs <= 1 {
        while let Some(chunk) = input.next_chunk(CHUNK / 4)? {
            let (acc, n, failure) = process_chunk(&chunk, lossy, &name, work);
            emit(acc)?;
            records += n;
            if let Some(f) = failure {
                return Err(f);
            }
            progress.update(input.bytes_read, records);
        }
        progress.done(input.bytes_read, records);
        return Ok(());
    }
    use std::collections::BTreeMap;
    use std::sync::{mpsc, Arc, Mutex};
    type Done<A> = (A, u64, Option<Failure>);
    let result = std::thread::scope(|s| -> Result<(), Failure> {
        let (work_tx, work_rx) = mpsc::sync_channel::<(u64, Chunk)>(jobs);
        let work_rx = Arc::new(Mutex::new(work_rx));
        let (res_tx, res_rx) = mpsc::channel::<(u64, Done<A>)>();
        for _ in 0..jobs {
            let rx = Arc::clone(&work_rx);
            let tx = res_tx.clone();
            let name = name.clone();
            s.spawn(move || loop {
                let msg = match rx.lock() {
                    Ok(guard) => guard.recv(),
                    Err(_) => return,
                };
                let Ok((i, chunk)) = msg else { return };
                if tx
                    .send((i, process_chunk(&chunk, lossy, &name, work)))
                    .is_err()
                {
                    return;
                }
            });
        }
        drop(res_tx);
        let mut pending: BTreeMap<u64, Done<A>> = BTreeMap::new();
        let (mut sent, mut next) = (0u64, 0u64);
        let mut work_tx = Some(work_tx);
        loop {
            // Keep the workers fed, with a bounded number of chunks in flight.
            while work_tx.is_some() && sent - next < 2 * jobs as u64 {
                match input.next_chunk(CHUNK)? {
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
            while let Some((acc, n, failure)) = pending.remove(&next) {
                emit(acc)?;
                records += n;
                if let Some(f) = failure {
                    return Err(f);
                }
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
            progress.update(input.bytes_read, records);
        }
        Ok(())
    });
    progress.done(input.bytes_read, records);
    result
}

/// Reads a whole stream (for small test inputs).
pub fn read_all(mut r: impl Read) -> io::Result<Vec<u8>> {
    let mut v = Vec::new();
    r.read_to_end(&mut v)?;
    Ok(v)
}

/// JSON Lines: parses a record, returning the object and the string field.
pub fn parse_jsonl(
    record: &Record,
    field: &str,
) -> Result<(serde_json::Map<String, serde_json::Value>, String), Failure> {
    let line = record.text.trim_end_matches(['\n', '\r']);
    let value: serde_json::Value = serde_json::from_str(line).map_err(|e| {
        Failure::new(
            exit::BAD_RECORD,
            format!("line {}: malformed JSON: {e}", record.line_no),
        )
    })?;
    let serde_json::Value::Object(map) = value else {
        return Err(Failure::new(
            exit::BAD_RECORD,
            format!("line {}: not a JSON object", record.line_no),
        ));
    };
    let text = match map.get(field) {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(_) => {
            return Err(Failure::new(
                exit::BAD_RECORD,
                format!("line {}: field {field:?} is not a string", record.line_no),
            ))
        }
        None => {
            return Err(Failure::new(
                exit::BAD_RECORD,
                format!("line {}: field {field:?} is missing", record.line_no),
            ))
        }
    };
    Ok((map, text))
}

/// Whether a record line is blank (JSON Lines allow blank lines between records).
pub fn is_blank(record: &Record) -> bool {
    record.text.trim().is_empty()
}
