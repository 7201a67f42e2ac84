//! `words`: word tokens of JSON Lines records (a development tool for
//! scoring the tokenizer).
//!
//! ```text
//! cargo run --release --example words -- [--keep-hyphens] [--drop-punctuation] [--split-stops] < in.jsonl > out.jsonl
//! ```
//!
//! Each input line is a JSON object with a string field `text`; it is
//! written back with an added `"tokens": [...]`, every other field kept.
//! Blank lines are skipped.

use devanagari::{AbbreviationStops, HyphenPolicy, PunctuationTokens, WordOptions, WordTokenizer};
use std::io::{BufRead, BufWriter, Write};

fn main() {
    let mut opts = WordOptions::default();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--keep-hyphens" => opts.hyphens = HyphenPolicy::Keep,
            "--drop-punctuation" => opts.punctuation = PunctuationTokens::Drop,
            "--split-stops" => opts.abbreviation_stops = AbbreviationStops::Split,
            _ => {
                eprintln!(
                    "usage: words [--keep-hyphens] [--drop-punctuation] [--split-stops] < in.jsonl"
                );
                std::process::exit(2);
            }
        }
    }
    let tokenizer = WordTokenizer::new(opts);
    let stdin = std::io::stdin();
    let mut out = BufWriter::new(std::io::stdout().lock());
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = line.unwrap_or_else(|e| fail(n, &e.to_string()));
        if line.trim().is_empty() {
            continue;
        }
        let mut record: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&line).unwrap_or_else(|e| fail(n, &e.to_string()));
        let text = match record.get("text") {
            Some(serde_json::Value::String(s)) => s.clone(),
            _ => fail(n, "no string field `text`"),
        };
        let tokens = tokenizer
            .words(&text)
            .map(|w| serde_json::Value::String(w.to_string()))
            .collect();
        record.insert("tokens".to_string(), serde_json::Value::Array(tokens));
        let written = writeln!(out, "{}", serde_json::Value::Object(record));
        written.unwrap_or_else(|e| fail(n, &e.to_string()));
    }
    out.flush().unwrap_or_else(|e| fail(0, &e.to_string()));
}

fn fail(line: usize, why: &str) -> ! {
    eprintln!("words: line {}: {why}", line + 1);
    std::process::exit(1);
}
