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

/// The input: a file or standard input, read record by record (a record is a
/// line with its newline), with its size when known.
pub struct Input {
    reader: Box<dyn BufRead + Send>,
    pub name: String,
    pub size: Option<u64>,
    pub line_no: u64,
    pub bytes_read: u64,
    pub lossy: bool,
}

/// One input line as text, with what `--lossy` replaced in it.
pub struct Record {
    pub line_no: u64,
    pub text: String,
    /// Byte offsets (in the original line) of invalid sequences replaced by U+FFFD.
    pub replaced: Vec<usize>,
}

impl Input {
    pub fn open(path: Option<&str>, lossy: bool) -> Result<Input, Failure> {
        match path {
            None => Ok(Input {
                reader: Box::new(BufReader::with_capacity(1 << 16, io::stdin())),
                name: "<stdin>".into(),
                size: None,
                line_no: 0,
                bytes_read: 0,
                lossy,
            }),
            Some(p) => {
                let f = File::open(p)
                    .map_err(|e| Failure::new(exit::INPUT, format!("cannot open {p}: {e}")))?;
                let size = f.metadata().ok().map(|m| m.len());
                Ok(Input {
                    reader: Box::new(BufReader::with_capacity(1 << 16, f)),
                    name: p.to_string(),
                    size,
                    line_no: 0,
                    bytes_read: 0,
                    lossy,
                })
            }
        }
    }

    /// Reads the next line (with its newline). `None` at the end.
    pub fn next_record(&mut self, buf: &mut Vec<u8>) -> Result<Option<Record>, Failure> {
        buf.clear();
        let n = self
            .reader
            .read_until(b'\n', buf)
            .map_err(|e| Failure::new(exit::INPUT, format!("cannot read {}: {e}", self.name)))?;
        if n == 0 {
            return Ok(None);
        }
        self.line_no += 1;
        let line_start = self.bytes_read;
        self.bytes_read += n as u64;
        match std::str::from_utf8(buf) {
            Ok(s) => Ok(Some(Record {
                line_no: self.line_no,
                text: s.to_string(),
                replaced: Vec::new(),
            })),
            Err(e) if !self.lossy => Err(Failure::new(
                exit::INVALID_UTF8,
                format!(
                    "{}: invalid UTF-8 on line {}, byte {} of the line (byte {} of the input); use --lossy to replace invalid bytes",
                    self.name,
                    self.line_no,
                    e.valid_up_to(),
                    line_start + e.valid_up_to() as u64
                ),
            )),
            Err(_) => {
                let (text, replaced) = decode_lossy(buf);
                Ok(Some(Record {
                    line_no: self.line_no,
                    text,
                    replaced,
                }))
            }
        }
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

/// Runs `work` over batches of records on `jobs` threads and hands the results
/// to `emit` in input order. Memory: one batch of input and its results.
pub fn run_batched<T: Send>(
    input: &mut Input,
    jobs: usize,
    work: &(dyn Fn(Record) -> Result<T, Failure> + Sync),
    emit: &mut dyn FnMut(T) -> Result<(), Failure>,
    progress: &mut Progress,
) -> Result<(), Failure> {
    const BATCH_BYTES: usize = 4 << 20;
    const BATCH_RECORDS: usize = 8192;
    let mut buf = Vec::new();
    let mut records = 0u64;
    loop {
        let mut batch: Vec<Record> = Vec::new();
        let mut bytes = 0;
        let mut failure = None;
        while batch.len() < BATCH_RECORDS && bytes < BATCH_BYTES {
            match input.next_record(&mut buf) {
                Ok(Some(r)) => {
                    bytes += r.text.len();
                    batch.push(r);
                }
                Ok(None) => break,
                Err(f) => {
                    failure = Some(f);
                    break;
                }
            }
            if jobs == 1 {
                break; // one record at a time: no batch held
            }
        }
        if batch.is_empty() {
            if let Some(f) = failure {
                return Err(f);
            }
            break;
        }
        records += batch.len() as u64;
        let results: Vec<Result<T, Failure>> = if jobs <= 1 || batch.len() == 1 {
            batch.into_iter().map(work).collect()
        } else {
            let chunk = batch.len().div_ceil(jobs);
            let mut parts: Vec<Vec<Record>> = Vec::new();
            let mut it = batch.into_iter();
            loop {
                let part: Vec<Record> = it.by_ref().take(chunk).collect();
                if part.is_empty() {
                    break;
                }
                parts.push(part);
            }
            std::thread::scope(|s| {
                let handles: Vec<_> = parts
                    .into_iter()
                    .map(|part| s.spawn(move || part.into_iter().map(work).collect::<Vec<_>>()))
                    .collect();
                handles
                    .into_iter()
                    .flat_map(|h| h.join().unwrap_or_default())
                    .collect()
            })
        };
        for r in results {
            emit(r?)?;
        }
        progress.update(input.bytes_read, records);
        if let Some(f) = failure {
            return Err(f);
        }
    }
    progress.done(input.bytes_read, records);
    Ok(())
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
