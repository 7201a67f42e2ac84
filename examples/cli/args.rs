//! The command line of the tools: each tool declares its options once, in a
//! table ([`Tool`]); the parser ([`parse`], on `lexopt`) and the `--help`
//! text both come from that table, so they cannot disagree.

use super::{exit, Failure};
pub use devanagari::options::Profile;
use devanagari::{LoneCrPolicy, NormalizeOptions};
use std::ffi::OsString;
use std::str::FromStr;

/// One option of a tool.
#[derive(Clone, Copy, Debug)]
pub struct Opt {
    /// The long name, without `--`.
    pub name: &'static str,
    /// What the value looks like (`NAME`, `safe|nlp`), or `None` for a flag.
    pub value: Option<&'static str>,
    /// The option this one needs (`field` needs `jsonl`).
    pub needs: Option<&'static str>,
    /// What it does, with its default; lines are indented in `--help`.
    pub help: &'static str,
}

/// A tool's command line: its options and the text of its `--help`.
pub struct Tool {
    pub name: &'static str,
    /// One line: what the tool does.
    pub summary: &'static str,
    /// What it reads and writes, shown after the usage line.
    pub description: &'static str,
    pub options: &'static [Opt],
}

pub const JSONL: Opt = Opt {
    name: "jsonl",
    value: None,
    needs: None,
    help: "Read JSON Lines: each line is a JSON object whose string field --field\n\
           is the text (default: plain text, one record per line). Every byte\n\
           outside the field written is kept exactly; blank lines stay blank.",
};

pub const FIELD: Opt = Opt {
    name: "field",
    value: Some("NAME"),
    needs: Some("jsonl"),
    help: "The field that holds the text (default: text). If a record has the\n\
           field twice, the last one counts, as JSON parsers read it.",
};

pub const PROFILE: Opt = Opt {
    name: "profile",
    value: Some("safe|nlp"),
    needs: None,
    help: "Normalization profile (default: safe).\n\
           safe: only what cannot change what a reader sees or means: line\n\
           \x20 endings and spaces, invisible characters, ZWJ/ZWNJ without\n\
           \x20 meaning, NFC, Unicode \"do not use\" sequences, marks typed in the\n\
           \x20 wrong order, pipes used as dandas, colons used as visarga,\n\
           \x20 spaces before punctuation.\n\
           nlp: safe plus the lossy folds an NLP pipeline wants: nukta of\n\
           \x20 borrowed sounds stripped, nasal consonants and candrabindu to\n\
           \x20 anusvara, digits, quotes, dashes and ellipsis to ASCII,\n\
           \x20 abbreviation sign to full stop.",
};

pub const REPAIR: Opt = Opt {
    name: "repair",
    value: Some("off|artifacts|document|all"),
    needs: None,
    help: "Repair of English words a site substituted for Hindi ones (default:\n\
           artifacts).\n\
           off: no repair.\n\
           artifacts: English words fused to Devanagari signs (`Governmentी`\n\
           \x20 becomes `सरकारी`); glue left by HTML extraction is left alone.\n\
           document: also whole English words standing among Hindi words, in a\n\
           \x20 document where an artifact proves a substituting site. A document\n\
           \x20 is one JSON Lines record or, in plain text, one paragraph (lines\n\
           \x20 up to a blank line), never the whole file.\n\
           all: translates every English word it knows that stands among\n\
           \x20 Devanagari words, in every record, proven or not: a trap for\n\
           \x20 code-mixed text, where the English words are meant.",
};

pub const LANG: Opt = Opt {
    name: "lang",
    value: Some("CODE"),
    needs: None,
    help: "The language of the text, if known (hi, mr, ne, sa, bho, mai, ...):\n\
           the abbreviation tables of Marathi and Nepali apply only with their\n\
           hint; with bho, mai or mag, के. is read as a word that may end a\n\
           sentence, not the initial K. Without it (the default) every table\n\
           applies where it is unambiguous.",
};

pub const REPORT: Opt = Opt {
    name: "report",
    value: Some("FILE"),
    needs: None,
    help: "Write every edit to FILE as a JSON line: line, start, end (byte\n\
           offsets in the line, or in the field's text with --jsonl), kind,\n\
           old, new (default: no report). Kind invalid_utf8 (with --lossy)\n\
           gives offsets in the raw input line; kind lone_surrogate (with\n\
           --lossy --jsonl) the offset of the U+FFFD in the field's text.",
};

pub const SKIP_BAD: Opt = Opt {
    name: "skip-bad",
    value: Some("FILE"),
    needs: None,
    help: "Set bad records aside instead of stopping (default: stop at the\n\
           first). A bad record is invalid UTF-8 (without --lossy) or, with\n\
           --jsonl, malformed JSON, not an object, a missing or non-string\n\
           field, a lone surrogate escape (without --lossy) or a field the tool\n\
           would add that is already there. Each goes to FILE as a JSON line\n\
           {\"file\", \"line\", \"reason\", \"raw\"}; clean and split write the\n\
           record's line unchanged in its place, so output lines still match\n\
           input lines. At the end, stderr says how many records were read,\n\
           written and set aside.",
};

pub const LOSSY: Opt = Opt {
    name: "lossy",
    value: None,
    needs: None,
    help: "Replace invalid UTF-8, and with --jsonl a lone surrogate escape in\n\
           the field (`\\ud800`), with U+FFFD REPLACEMENT CHARACTER and report\n\
           each (default: such a record is bad).",
};

pub const OUTPUT: Opt = Opt {
    name: "output",
    value: Some("FILE"),
    needs: None,
    help: "Write the output to FILE instead of standard output, compressed\n\
           when its name ends in .gz or .zst (default: standard output, plain).",
};

pub const OUTPUT_DIR: Opt = Opt {
    name: "output-dir",
    value: Some("DIR"),
    needs: None,
    help: "Write the output of each input FILE to DIR under FILE's own name\n\
           (shards in, shards out: a.jsonl.zst gives DIR/a.jsonl.zst, written\n\
           zstd as its name says); DIR is created if missing. Two inputs with\n\
           one name, standard input, or an output that is an input are refused\n\
           before anything is written (default: standard output).",
};

pub const JOBS: Opt = Opt {
    name: "jobs",
    value: Some("N"),
    needs: None,
    help: "Worker threads (default: all cores). The output order is the input\n\
           order whatever N.",
};

pub const QUIET: Opt = Opt {
    name: "quiet",
    value: None,
    needs: None,
    help: "No progress line on stderr (default: one on a terminal).",
};

/// What every tool says about its inputs, in `--help`.
pub const INPUTS: &str = "\
Each FILE is read in turn (standard input when there is none, or for -); a
file named .gz or .zst, or any input starting with gzip or zstd magic
bytes, is decompressed. Records are numbered by line within their file, and
every message, report line and set-aside line names its file.";

/// The exit codes, for every tool's `--help`.
pub const EXIT_CODES: &str = "\
exit codes:
  0   done
  2   bad command line (also: an output file that is the input file)
  3   input cannot be opened or read
  4   invalid UTF-8 (without --lossy)
  5   a bad JSON Lines record: malformed, not an object, a missing or
      non-string field, a lone surrogate escape, a field already there
  6   output closed before the end (`| head`)
  7   another output error (disk full, report file not writable)
  70  internal error (a bug: please report it)";

/// What the command line asks for.
pub enum Command {
    Run(Parsed),
    Help(String),
    Version(String),
}

impl Command {
    /// The options to run with; `None` after printing the help or the
    /// version the command asked for.
    pub fn run_or_print(self) -> Option<Parsed> {
        match self {
            Command::Run(p) => Some(p),
            Command::Help(h) => {
                print!("{h}");
                None
            }
            Command::Version(v) => {
                println!("{v}");
                None
            }
        }
    }
}

/// The options given, checked against the tool's table.
#[derive(Debug, Default)]
pub struct Parsed {
    /// The inputs in order; `None` (`-`, or no file given) is standard
    /// input.
    pub files: Vec<Option<String>>,
    given: Vec<(&'static str, Option<String>)>,
}

impl Parsed {
    /// Whether the flag or option `name` was given.
    pub fn flag(&self, name: &str) -> bool {
        self.given.iter().any(|(n, _)| *n == name)
    }

    /// The value of option `name`, if given.
    pub fn value(&self, name: &str) -> Option<&str> {
        self.given
            .iter()
            .find(|(n, _)| *n == name)
            .and_then(|(_, v)| v.as_deref())
    }

    /// Where the records go: `--output`, `--output-dir` or standard output.
    pub fn records(&self) -> super::run::Records {
        use super::run::Records;
        match (self.value("output"), self.value("output-dir")) {
            (Some(f), _) => Records::File(f.to_string()),
            (None, Some(d)) => Records::Dir(d.to_string()),
            (None, None) => Records::Stdout,
        }
    }

    /// The value of option `name` as a `T`, or `default`.
    pub fn get<T: FromStr>(&self, name: &str, default: T) -> Result<T, Failure>
    where
        T::Err: std::fmt::Display,
    {
        Ok(self.get_opt(name)?.unwrap_or(default))
    }

    /// The value of option `name` as a `T`, if given.
    pub fn get_opt<T: FromStr>(&self, name: &str) -> Result<Option<T>, Failure>
    where
        T::Err: std::fmt::Display,
    {
        self.value(name)
            .map(|v| v.parse().map_err(|e| usage(format!("--{name}: {e}"))))
            .transpose()
    }
}

fn usage(message: String) -> Failure {
    Failure::new(exit::USAGE, format!("{message} (see --help)"))
}

fn os_string(v: OsString, what: &str) -> Result<String, Failure> {
    v.into_string()
        .map_err(|v| usage(format!("{what} is not valid Unicode: {v:?}")))
}

/// Parses `args` (without the program name) against the tool's options;
/// `prog` is how the tool was called (`clean`, `devanagari clean`).
pub fn parse(
    tool: &Tool,
    prog: &str,
    args: impl IntoIterator<Item = OsString>,
) -> Result<Command, Failure> {
    use lexopt::Arg::{Long, Short, Value};
    let mut parser = lexopt::Parser::from_args(args);
    let mut parsed = Parsed::default();
    let lex = |e: lexopt::Error| usage(e.to_string());
    while let Some(arg) = parser.next().map_err(lex)? {
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help(help(tool, prog))),
            Short('V') | Long("version") => {
                return Ok(Command::Version(format!(
                    "{prog} (devanagari {})",
                    env!("CARGO_PKG_VERSION")
                )))
            }
            Long(name) => {
                let Some(opt) = tool.options.iter().find(|o| o.name == name) else {
                    return Err(usage(format!("unknown option --{name}")));
                };
                if parsed.flag(opt.name) {
                    return Err(usage(format!("--{} given twice", opt.name)));
                }
                let value = match opt.value {
                    Some(_) => Some(os_string(parser.value().map_err(lex)?, "a value")?),
                    None => {
                        if let Some(v) = parser.optional_value() {
                            return Err(usage(format!(
                                "--{} takes no value (given {v:?})",
                                opt.name
                            )));
                        }
                        None
                    }
                };
                parsed.given.push((opt.name, value));
            }
            Short(c) => return Err(usage(format!("unknown option -{c}"))),
            Value(v) => {
                let v = os_string(v, "the file name")?;
                let file = (v != "-").then_some(v);
                if file.is_none() && parsed.files.contains(&None) {
                    return Err(usage("standard input (-) given twice".to_string()));
                }
                parsed.files.push(file);
            }
        }
    }
    for (name, _) in &parsed.given {
        let opt = tool.options.iter().find(|o| o.name == *name);
        if let Some(needed) = opt.and_then(|o| o.needs) {
            if !parsed.flag(needed) {
                return Err(usage(format!("--{name} needs --{needed}")));
            }
        }
    }
    if parsed.files.is_empty() {
        parsed.files.push(None);
    }
    if parsed.flag("output") && parsed.flag("output-dir") {
        return Err(usage(
            "--output and --output-dir exclude each other".to_string(),
        ));
    }
    if parsed.flag("output-dir") && parsed.files.contains(&None) {
        return Err(usage(
            "--output-dir names each output after its input file: standard input has no name"
                .to_string(),
        ));
    }
    Ok(Command::Run(parsed))
}

/// The `--help` text of a tool, from its table.
pub fn help(tool: &Tool, prog: &str) -> String {
    let mut s = format!(
        "{prog} {}: {}\n\nusage: {prog} [OPTIONS] [FILE...]\n\n{}\n\n{INPUTS}\n\noptions:\n",
        env!("CARGO_PKG_VERSION"),
        tool.summary,
        tool.description
    );
    for o in tool.options {
        match o.value {
            Some(v) => s.push_str(&format!("  --{} {v}\n", o.name)),
            None => s.push_str(&format!("  --{}\n", o.name)),
        }
        for line in o.help.lines() {
            s.push_str("        ");
            s.push_str(line);
            s.push('\n');
        }
    }
    s.push_str("  -h, --help\n        Print this help.\n");
    s.push_str("  -V, --version\n        Print the version.\n\n");
    s.push_str(EXIT_CODES);
    s.push('\n');
    s
}

/// The library's options for `profile`, as the tools apply them.
/// `plain_text`: the text is one line of a plain-text file, where a lone CR
/// must not become a line break (one output line per input line).
pub fn normalize_options(profile: Profile, plain_text: bool) -> NormalizeOptions {
    let mut options = NormalizeOptions::from(profile);
    if plain_text {
        // A lone CR is no line break in a line: a space (collapsing with
        // its neighbours, gone at the line end).
        options.lone_cr = LoneCrPolicy::ToSpace;
    }
    options
}

/// `--jobs N`, at least 1.
pub struct Jobs(pub usize);

impl FromStr for Jobs {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.parse::<usize>() {
            Ok(n) if n >= 1 => Ok(Jobs(n)),
            _ => Err(format!("takes a number >= 1, not {s:?}")),
        }
    }
}

impl Jobs {
    /// All cores.
    pub fn all() -> Jobs {
        Jobs(std::thread::available_parallelism().map_or(1, |n| n.get()))
    }
}
