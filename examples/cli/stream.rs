//! Compressed input and output: gzip and zstd, as corpora ship them (HPLT:
//! `.jsonl.zst` shards). An input is decompressed when its name ends in
//! `.gz` or `.zst`, or (standard input, or a file named otherwise) when it
//! starts with the gzip or zstd magic bytes, which no UTF-8 text starts
//! with. An output file is compressed when its name ends in `.gz` or
//! `.zst`; standard output is never compressed (pipe it to `zstd`).

use super::{exit, Failure};
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::Path;

/// A compression format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
}

const GZIP_MAGIC: &[u8] = &[0x1f, 0x8b];
const ZSTD_MAGIC: &[u8] = &[0x28, 0xb5, 0x2f, 0xfd];

impl Compression {
    /// The format a file name says (`.gz`, `.zst`).
    pub fn of_name(path: &str) -> Compression {
        let p = Path::new(path);
        match p.extension().and_then(|e| e.to_str()) {
            Some("gz") => Compression::Gzip,
            Some("zst") => Compression::Zstd,
            _ => Compression::None,
        }
    }

    /// The format the first bytes of a stream say.
    pub fn of_magic(head: &[u8]) -> Compression {
        if head.starts_with(GZIP_MAGIC) {
            Compression::Gzip
        } else if head.starts_with(ZSTD_MAGIC) {
            Compression::Zstd
        } else {
            Compression::None
        }
    }

    fn name(self) -> &'static str {
        match self {
            Compression::None => "plain",
            Compression::Gzip => "gzip",
            Compression::Zstd => "zstd",
        }
    }
}

/// Reads `raw` (named `name`) decompressed: by the name's extension, else by
/// the magic bytes. A name that says gzip or zstd over data that is not is
/// an error.
pub fn reader(
    raw: Box<dyn Read + Send>,
    name: &str,
    by_name: Compression,
) -> Result<(Box<dyn BufRead + Send>, Compression), Failure> {
    let mut raw = BufReader::with_capacity(1 << 16, raw);
    let head = raw
        .fill_buf()
        .map_err(|e| Failure::new(exit::INPUT, format!("cannot read {name}: {e}")))?;
    let by_magic = Compression::of_magic(head);
    let empty = head.is_empty();
    let format = match (by_name, by_magic) {
        (Compression::None, m) => m,
        (n, m) if n == m || empty => n,
        (n, _) => {
            return Err(Failure::new(
                exit::INPUT,
                format!(
                    "cannot read {name}: its name says {}, its data is not",
                    n.name()
                ),
            ))
        }
    };
    let reader: Box<dyn BufRead + Send> = match format {
        _ if empty => Box::new(raw),
        Compression::None => Box::new(raw),
        Compression::Gzip => Box::new(BufReader::with_capacity(
            1 << 16,
            flate2::bufread::MultiGzDecoder::new(raw),
        )),
        Compression::Zstd => {
            let d = zstd::stream::read::Decoder::with_buffer(raw)
                .map_err(|e| Failure::new(exit::INPUT, format!("cannot read {name}: {e}")))?;
            Box::new(BufReader::with_capacity(1 << 16, d))
        }
    };
    Ok((reader, format))
}

/// An output: standard output, or a file written plain or compressed.
pub struct Sink {
    kind: SinkKind,
    /// What the messages call it: a file name, or `output`.
    name: String,
}

enum SinkKind {
    Stdout(BufWriter<io::Stdout>),
    Plain(BufWriter<File>),
    Gzip(flate2::write::GzEncoder<BufWriter<File>>),
    Zstd(zstd::stream::write::Encoder<'static, BufWriter<File>>),
}

impl Sink {
    /// Buffered standard output, never compressed.
    pub fn stdout() -> Sink {
        Sink {
            kind: SinkKind::Stdout(BufWriter::with_capacity(1 << 16, io::stdout())),
            name: "output".to_string(),
        }
    }

    /// Creates (or truncates) `path`, compressed as its name says.
    pub fn create(path: &str) -> Result<Sink, Failure> {
        let cannot =
            |e: io::Error| Failure::new(exit::OUTPUT, format!("cannot create {path}: {e}"));
        let file = BufWriter::with_capacity(1 << 16, File::create(path).map_err(cannot)?);
        let kind = match Compression::of_name(path) {
            Compression::None => SinkKind::Plain(file),
            Compression::Gzip => SinkKind::Gzip(flate2::write::GzEncoder::new(
                file,
                flate2::Compression::default(),
            )),
            Compression::Zstd => SinkKind::Zstd(
                zstd::stream::write::Encoder::new(file, zstd::DEFAULT_COMPRESSION_LEVEL)
                    .map_err(cannot)?,
            ),
        };
        Ok(Sink {
            kind,
            name: path.to_string(),
        })
    }

    /// The failure for a write error: standard output closed early (`|
    /// head`) has its own exit code.
    pub fn failure(&self, e: io::Error) -> Failure {
        match self.kind {
            SinkKind::Stdout(_) => Failure::output(e),
            _ => Failure::new(exit::OUTPUT, format!("cannot write {}: {e}", self.name)),
        }
    }

    /// Writes `bytes`, with the failure named.
    pub fn put(&mut self, bytes: &[u8]) -> Result<(), Failure> {
        self.write_all(bytes).map_err(|e| self.failure(e))
    }

    /// Flushes and ends the compressed stream (its last frame, its
    /// checksum): what was written is complete, even when the run stops
    /// on a bad record.
    pub fn finish(self) -> Result<(), Failure> {
        let name = self.name;
        let result = match self.kind {
            SinkKind::Stdout(mut w) => return w.flush().map_err(Failure::output),
            SinkKind::Plain(mut w) => w.flush(),
            SinkKind::Gzip(w) => w.finish().and_then(|mut f| f.flush()),
            SinkKind::Zstd(w) => w.finish().and_then(|mut f| f.flush()),
        };
        result.map_err(|e| Failure::new(exit::OUTPUT, format!("cannot write {name}: {e}")))
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.kind {
            SinkKind::Stdout(w) => w.write(buf),
            SinkKind::Plain(w) => w.write(buf),
            SinkKind::Gzip(w) => w.write(buf),
            SinkKind::Zstd(w) => w.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match &mut self.kind {
            SinkKind::Stdout(w) => w.write_all(buf),
            SinkKind::Plain(w) => w.write_all(buf),
            SinkKind::Gzip(w) => w.write_all(buf),
            SinkKind::Zstd(w) => w.write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.kind {
            SinkKind::Stdout(w) => w.flush(),
            SinkKind::Plain(w) => w.flush(),
            SinkKind::Gzip(w) => w.flush(),
            SinkKind::Zstd(w) => w.flush(),
        }
    }
}
