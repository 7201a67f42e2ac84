//! The record work of `split`: the sentences of a plain-text line, one per
//! output line, or of a JSON Lines record's field, added to the record as
//! an array; with `--tokens`, its word tokens instead.

use super::args::{self, Jobs, Opt};
use super::jsonl::{self, Object};
use super::out::{Out, Spans, Strings, Text};
use super::run::{self, Plan, Sinks};
use super::{exit, BadRecord, Failure, Record, Tool};
use devanagari::{
    AbbreviationStops, HyphenPolicy, Language, NewlinePolicy, SentenceIndices, SplitOptions,
    Splitter, WordIndices, WordOptions, WordTokenizer,
};
use std::borrow::Cow;
use std::ffi::OsString;

const SENTENCES_FIELD: Opt = Opt {
    name: "sentences-field",
    value: Some("NAME"),
    needs: Some("jsonl"),
    help: "The field the sentences are added as (default: sentences). A record\n\
           that already has it is a bad record: split never overwrites a field.",
};

const TOKENS: Opt = Opt {
    name: "tokens",
    value: None,
    needs: None,
    help: "Write word tokens instead of sentences: plain text, the tokens of each\n\
           input line on one output line, separated by a space; with --jsonl,\n\
           added to each record as the field --tokens-field. Punctuation is a\n\
           token of its own; an abbreviation keeps its FULL STOP where the\n\
           splitter says the stop ends no sentence (डॉ.).",
};

const ABBREVIATION_STOPS: Opt = Opt {
    name: "abbreviation-stops",
    value: Some("keep|split"),
    needs: Some("tokens"),
    help: "keep (the default): an abbreviation or initial keeps its FULL STOP\n\
           (डॉ.), as Universal Dependencies' Hindi HDTB and Bhojpuri BHTB\n\
           write it. split: every FULL STOP after a word is a token of its\n\
           own (डॉ .), as most of the Hindi PUD treebank writes it.",
};

const HYPHENS: Opt = Opt {
    name: "hyphens",
    value: Some("split|keep"),
    needs: Some("tokens"),
    help: "split (the default): a hyphen between two words is a token of its\n\
           own (आदान - प्रदान). keep: a hyphenated compound is one token.",
};

const NEWLINE: Opt = Opt {
    name: "newline",
    value: Some("boundary|space"),
    needs: Some("jsonl"),
    help: "What a line break inside a record's text means. boundary (the\n\
           default): it ends a sentence, as in text with a paragraph per line.\n\
           space: it is a space, and only a blank line ends a sentence by\n\
           itself, for hard-wrapped text, verse and posts broken mid-sentence.",
};

const TOKENS_FIELD: Opt = Opt {
    name: "tokens-field",
    value: Some("NAME"),
    needs: Some("tokens"),
    help: "The field the tokens are added as with --jsonl (default: tokens).",
};

const LANG_FIELD: Opt = Opt {
    name: "lang-field",
    value: Some("NAME"),
    needs: Some("jsonl"),
    help: "Read each record's language hint from its string field NAME, a code\n\
           as --lang takes (HPLT's and FineWeb-2's records carry one: hin, mar,\n\
           npi, bho, ...). A record without the field, or whose value is no\n\
           string or a code the crate does not know, gets the hint of --lang\n\
           (or none).",
};

/// The command line of `split`.
pub const TOOL: args::Tool = args::Tool {
    name: "split",
    summary: "split Devanagari text into sentences, streaming",
    description: "\
Writes the sentences of its inputs to standard output (or --output, or one
file per input under --output-dir). Plain text: one sentence per output
line, and a blank line between the sentences of consecutive input lines (a
CR inside a sentence is written as a space). With --jsonl, each record gets
its sentences as an added field (--sentences-field, default sentences)
before its closing brace; every other byte of the record is kept. With
--tokens, word tokens take the place of sentences.",
    options: &[
        args::JSONL,
        args::FIELD,
        SENTENCES_FIELD,
        TOKENS,
        TOKENS_FIELD,
        ABBREVIATION_STOPS,
        HYPHENS,
        NEWLINE,
        args::LANG,
        LANG_FIELD,
        args::OUTPUT,
        args::OUTPUT_DIR,
        args::SKIP_BAD,
        args::LOSSY,
        args::JOBS,
        args::QUIET,
    ],
};

/// Runs `split` with `args` (without the program name); `prog` is how it
/// was called.
pub fn main(prog: &str, args: impl IntoIterator<Item = OsString>) -> Result<(), Failure> {
    let Some(parsed) = args::parse(&TOOL, prog, args)?.run_or_print() else {
        return Ok(());
    };
    let jsonl = parsed.flag("jsonl");
    let field = parsed.value("field").unwrap_or("text").to_string();
    let tokens = parsed.flag("tokens");
    if tokens && parsed.flag("sentences-field") {
        return Err(Failure::new(
            exit::USAGE,
            "--sentences-field with --tokens: name the tokens' field with --tokens-field (see --help)",
        ));
    }
    let into = match tokens {
        true => parsed.value("tokens-field").unwrap_or("tokens"),
        false => parsed.value("sentences-field").unwrap_or("sentences"),
    }
    .to_string();
    if jsonl && field == into {
        return Err(Failure::new(
            exit::USAGE,
            format!(
                "--{}-field {into} is the field read: split never overwrites a field (see --help)",
                if tokens { "tokens" } else { "sentences" }
            ),
        ));
    }
    let plan = Plan {
        inputs: parsed.files.clone(),
        records: parsed.records(),
        report: None,
        skip_bad: parsed.value("skip-bad").map(str::to_string),
        jobs: parsed.get("jobs", Jobs::all())?.0,
        lossy: parsed.flag("lossy"),
        quiet: parsed.flag("quiet"),
        paragraphs: false,
    };
    let abbreviation_stops = parsed.get("abbreviation-stops", AbbreviationStops::default())?;
    let hyphens = parsed.get("hyphens", HyphenPolicy::default())?;
    let newline = parsed.get("newline", NewlinePolicy::default())?;
    let pieces_for = |language: Option<Language>| {
        let mut split = SplitOptions::default();
        split.language = language;
        split.newline = newline;
        if tokens {
            let mut words = WordOptions::default();
            words.split = split;
            words.abbreviation_stops = abbreviation_stops;
            words.hyphens = hyphens;
            Pieces::Tokens(WordTokenizer::new(words))
        } else {
            Pieces::Sentences(Splitter::new(split))
        }
    };
    let lang_field = parsed.value("lang-field").map(str::to_string);
    let tool = Split {
        pieces: pieces_for(parsed.get_opt::<Language>("lang")?),
        by_language: match lang_field {
            Some(_) => Language::ALL.map(|l| pieces_for(Some(l))).into(),
            None => Vec::new(),
        },
        jsonl: jsonl.then_some((field, into)),
        lang_field,
        lossy: plan.lossy,
    };
    let mut emit = |o: Out, chunk: &[u8], sinks: &mut Sinks<'_>| {
        o.write_to(chunk, &mut *sinks.records)
            .map_err(|e| sinks.records.failure(e))
    };
    let totals = run::run_files(&plan, &tool, &mut emit)?;
    if let Some(p) = &plan.skip_bad {
        super::print_totals(prog, &totals, "written", p);
    }
    Ok(())
}

/// A field this long has its sentences written at output time
/// ([`Strings`]).
const LONG: usize = 1 << 20;

/// What `split` cuts a text into.
pub enum Pieces {
    Sentences(Splitter),
    /// Word tokens (`--tokens`).
    Tokens(WordTokenizer),
}

/// The pieces of one text with their byte offsets.
// (One per record, on the stack: a box would cost an allocation per record.)
#[allow(clippy::large_enum_variant)]
enum PieceIndices<'a> {
    Sentences(SentenceIndices<'a>),
    Tokens(WordIndices<'a>),
}

impl<'a> Iterator for PieceIndices<'a> {
    type Item = (usize, &'a str);
    #[inline]
    fn next(&mut self) -> Option<(usize, &'a str)> {
        match self {
            PieceIndices::Sentences(it) => it.next(),
            PieceIndices::Tokens(it) => it.next(),
        }
    }
}

impl Pieces {
    fn indices<'a>(&'a self, text: &'a str) -> PieceIndices<'a> {
        match self {
            Pieces::Sentences(s) => PieceIndices::Sentences(s.sentence_indices(text)),
            Pieces::Tokens(t) => PieceIndices::Tokens(t.word_indices(text)),
        }
    }

    fn iter<'a>(&'a self, text: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.indices(text).map(|(_, s)| s)
    }
}

/// What `split` does with each record.
pub struct Split {
    pub pieces: Pieces,
    /// With `--lang-field`: the pieces of each of `Language::ALL`, in its
    /// order, for the records that name their language.
    pub by_language: Vec<Pieces>,
    /// `Some((field, into))` with `--jsonl`: the field read and the field
    /// added.
    pub jsonl: Option<(String, String)>,
    /// With `--lang-field`: the field that names a record's language.
    pub lang_field: Option<String>,
    pub lossy: bool,
}

impl Split {
    /// The pieces for a record: those of the language its `--lang-field`
    /// names, or the default's (`--lang`).
    fn pieces_of(&self, obj: &Object<'_>) -> &Pieces {
        let named = self
            .lang_field
            .as_deref()
            .and_then(|key| obj.string(key, true).ok())
            .and_then(|f| f.text.parse::<Language>().ok())
            .and_then(|l| Language::ALL.iter().position(|&a| a == l))
            .and_then(|i| self.by_language.get(i));
        named.unwrap_or(&self.pieces)
    }
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
            if let Pieces::Tokens(_) = self.pieces {
                // The tokens of a line on one line (a token holds no
                // whitespace).
                out.write(|out| {
                    for (i, t) in self.pieces.iter(&record.text).enumerate() {
                        if i > 0 {
                            out.push(b' ');
                        }
                        out.extend_from_slice(t.as_bytes());
                    }
                    out.push(b'\n');
                });
                return Ok(());
            }
            out.write(|out| {
                separator(record.line_no, out);
                for s in self.pieces.iter(&record.text) {
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
        let keys = [
            field.as_str(),
            into,
            self.lang_field.as_deref().unwrap_or(into),
        ];
        let obj = Object::parse(body, &keys).map_err(BadRecord::json)?;
        let pieces = self.pieces_of(&obj);
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
        // A value without escapes holds no byte that needs one (no quote,
        // backslash or control character): its sentences are written
        // between quotes as they are.
        let verbatim = matches!(f.text, Cow::Borrowed(_));
        if f.text.len() >= LONG {
            // A long text: its sentences as ranges, the array written at
            // output time (no second copy of the text in memory).
            let ranges: Spans = pieces
                .indices(&f.text)
                .map(|(start, s)| start..start + s.len())
                .collect();
            let (span, ascii) = (f.span.clone(), f.ascii);
            let text = match (f.text, at) {
                (Cow::Borrowed(t), Some(at)) => {
                    // The value's bytes in the chunk: after its quote.
                    let start = at + span.start + 1;
                    Text::Input(start..start + t.len())
                }
                // Decoded (or replaced by --lossy): moved in.
                (t, _) => Text::Owned(t.into_owned()),
            };
            let strings = Strings {
                text,
                ranges,
                comma,
                verbatim,
                ascii,
            };
            obj.insert_before_close(into, span, out, at, |out| out.strings(strings));
        } else {
            obj.insert_before_close(into, f.span.clone(), out, at, |out| {
                out.write(|array| {
                    array.push(b'[');
                    for (i, s) in pieces.iter(&f.text).enumerate() {
                        if i > 0 {
                            array.extend_from_slice(comma);
                        }
                        if verbatim {
                            array.push(b'"');
                            array.extend_from_slice(s.as_bytes());
                            array.push(b'"');
                        } else {
                            jsonl::push_string(array, s, f.ascii);
                        }
                    }
                    array.push(b']');
                })
            });
        }
        out.text(&record.text, body.len()..record.text.len(), at);
        Ok(())
    }

    fn set_aside(&self, record: &Record<'_>, out: &mut Out) {
        // The line unchanged in its place.
        if self.jsonl.is_none() {
            if let Pieces::Sentences(_) = self.pieces {
                out.write(|b| separator(record.line_no, b));
            }
            out.input(record.range());
            if record.raw.last() != Some(&b'\n') {
                out.bytes(b"\n");
            }
        } else {
            out.input(record.range());
        }
    }
}
