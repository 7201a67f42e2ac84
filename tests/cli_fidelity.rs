//! Fidelity of the tools, run in process: the record work of `clean` and
//! `split` and the streaming runner are the tools' own code
//! (`examples/cli`), compiled into this test. One output line per input
//! line; every byte of a JSON Lines record outside the field written is
//! kept; bad records stop the run or are set aside.
//!
//! Case counts: 256 per property by default (sized for CI); set
//! `PROPTEST_CASES` for a longer run.

#[path = "../examples/cli/mod.rs"]
mod cli;

use cli::args::Profile;
use cli::clean::{Clean, Done};
use cli::out::Out;
use cli::split::{Pieces, Split};
use cli::{Failure, Input, Progress, Tool, Totals};
use devanagari::{Cleaner, RepairMode, Splitter};
use proptest::prelude::*;
use std::sync::OnceLock;

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256)
}

/// What a run gives: the result, the accumulators in order (each with the
/// chunk it was made from) and the `--skip-bad` lines.
struct Ran<A> {
    result: Result<Totals, Failure>,
    accs: Vec<(A, Vec<u8>)>,
    skipped: Vec<u8>,
}

impl Ran<Out> {
    /// The output, as the tool writes it.
    fn output(&self) -> Vec<u8> {
        self.accs.iter().flat_map(|(o, c)| o.to_vec(c)).collect()
    }
}

impl Ran<Done> {
    /// The output, as `clean` writes it.
    fn output(&self) -> Vec<u8> {
        self.accs
            .iter()
            .flat_map(|(d, c)| d.out.to_vec(c))
            .collect()
    }
}

fn run<T: Tool>(
    tool: &T,
    input: &[u8],
    lossy: bool,
    paragraphs: bool,
    skip: bool,
    jobs: usize,
) -> Ran<T::Acc> {
    run_whole_at(tool, input, lossy, paragraphs, skip, jobs, cli::WHOLE_AT)
}

/// [`run`], with lines from `whole_at` bytes alone in their chunk given to
/// the tool by value.
fn run_whole_at<T: Tool>(
    tool: &T,
    input: &[u8],
    lossy: bool,
    paragraphs: bool,
    skip: bool,
    jobs: usize,
    whole_at: usize,
) -> Ran<T::Acc> {
    let mut inp = Input::from_reader(
        Box::new(std::io::Cursor::new(input.to_vec())),
        "in.jsonl",
        None,
        lossy,
    );
    inp.paragraphs = paragraphs;
    inp.whole_at = whole_at;
    let mut accs = Vec::new();
    let mut skipped = Vec::new();
    let mut emit = |a: T::Acc, chunk: &[u8]| {
        accs.push((a, chunk.to_vec()));
        Ok(())
    };
    let result = cli::run_batched(
        &mut inp,
        tool,
        jobs,
        if skip {
            Some(&mut skipped as &mut dyn std::io::Write)
        } else {
            None
        },
        &mut emit,
        &mut Progress::new(true, None),
    );
    Ran {
        result,
        accs,
        skipped,
    }
}

fn cleaner(mode: RepairMode, plain: bool) -> Cleaner {
    Cleaner::new(cli::args::normalize_options(Profile::Safe, plain), mode)
}

fn clean_tool(jsonl: bool, mode: RepairMode, report: bool, lossy: bool) -> Clean {
    Clean {
        cleaner: cleaner(mode, !jsonl),
        field: jsonl.then(|| "text".to_string()),
        report,
        lossy,
        paragraphs: !jsonl && mode == RepairMode::Document,
    }
}

/// `clean` over `input`: (output, report), or the failure.
fn clean(
    tool: &Clean,
    input: &[u8],
    skip: bool,
) -> (Result<Totals, Failure>, Vec<u8>, Vec<u8>, Vec<u8>) {
    let ran = run(tool, input, tool.lossy, tool.paragraphs, skip, 1);
    let mut out = Vec::new();
    let mut report = Vec::new();
    for (Done { out: o, report: r }, chunk) in ran.accs {
        out.extend(o.to_vec(&chunk));
        report.extend(r);
    }
    (ran.result, out, report, ran.skipped)
}

fn split_tool(into: &str, lossy: bool) -> Split {
    Split {
        pieces: Pieces::Sentences(Splitter::default()),
        by_language: Vec::new(),
        jsonl: Some(("text".into(), into.into())),
        lang_field: None,
        lossy,
    }
}

fn s(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A JSON Lines file with what re-serialization would lose: big integers,
/// exponents, `-0`, `1.0`, escapes, nested values, whitespace between
/// tokens, duplicate keys, blank lines, CRLF.
const RECORDS: &[&str] = &[
    "{\"id\":123456789012345678901234567890,\"text\":\"जल ही जीवन है ।\",\"score\":1e3}\n",
    "\n",
    "{ \"n\" : -0 , \"f\":1.0,\"text\" : \"बादल छाए |\" ,\"meta\":{\"src\":\"a\\/b\",\"tags\":[\"x\",{\"k\":null}]} }\n",
    "   \t \n",
    "{\"s\":\"caf\\u00e9 \\\"q\\\" \\ud83d\\ude00\",\"text\":\"नदी बहती है।\",\"e\":-1.5E-7}\r\n",
    "{\"text\":\"पुराना |\",\"x\":[],\"text\":\"नया पत्ता आज गिरा |\",\"z\":true}\n",
    "{\"other\":\"\\udc00 alone\",\"text\":\"खेत हरे हैं\"}\n",
    "{\"text\":\"\\u0915\\u0932 \\u0906\\u090f \\u0964\"}",
];

#[test]
fn jsonl_keeps_every_byte_outside_the_field() {
    let input: String = RECORDS.concat();
    let tool = clean_tool(true, RepairMode::Artifacts, false, false);
    let (result, out, _, _) = clean(&tool, input.as_bytes(), false);
    let totals = result.expect("clean");
    assert_eq!(totals.read, RECORDS.len() as u64);
    let got = s(&out);
    let lines: Vec<&str> = got.split_inclusive('\n').collect();
    assert_eq!(lines.len(), RECORDS.len(), "{got}");
    // Unchanged records and blank lines come back byte for byte.
    for k in [1, 3, 4, 6] {
        assert_eq!(lines[k], RECORDS[k], "record {k}");
    }
    assert_eq!(
        lines[0],
        "{\"id\":123456789012345678901234567890,\"text\":\"जल ही जीवन है।\",\"score\":1e3}\n"
    );
    assert_eq!(
        lines[2],
        "{ \"n\" : -0 , \"f\":1.0,\"text\" : \"बादल छाए।\" ,\"meta\":{\"src\":\"a\\/b\",\"tags\":[\"x\",{\"k\":null}]} }\n"
    );
    // Of a duplicated field the last counts (as JSON parsers read it); the
    // first is kept as written.
    assert_eq!(
        lines[5],
        "{\"text\":\"पुराना |\",\"x\":[],\"text\":\"नया पत्ता आज गिरा।\",\"z\":true}\n"
    );
    // A field written with \u escapes is written back the same way.
    assert_eq!(
        lines[7],
        "{\"text\":\"\\u0915\\u0932 \\u0906\\u090f\\u0964\"}"
    );
}

#[test]
fn split_inserts_its_field_before_the_closing_brace() {
    let tool = split_tool("sentences", false);
    let cases: &[(&str, &str)] = &[
        (
            "{\"id\":1e3,\"text\":\"एक। दो?\"}\n",
            "{\"id\":1e3,\"text\":\"एक। दो?\",\"sentences\":[\"एक।\",\"दो?\"]}\n",
        ),
        // Python's json.dumps spacing is followed.
        (
            "{\"id\": -0, \"text\": \"एक। दो।\"}  \r\n",
            "{\"id\": -0, \"text\": \"एक। दो।\", \"sentences\": [\"एक।\", \"दो।\"]}  \r\n",
        ),
        (
            "{\"text\":\"\\u090f\\u0915\\u0964\" }",
            "{\"text\":\"\\u090f\\u0915\\u0964\",\"sentences\":[\"\\u090f\\u0915\\u0964\"] }",
        ),
        ("  \n", "  \n"),
    ];
    for (input, want) in cases {
        let ran = run(&tool, input.as_bytes(), false, false, false, 1);
        ran.result.as_ref().expect("split");
        assert_eq!(s(&ran.output()), *want);
    }
}

/// A field of several MB has its sentences written at output time, from
/// byte ranges: the same bytes as the short route, with or without escapes
/// in the value, `\u` escapes kept, spacing followed, `--jobs` 1 or 2.
#[test]
fn long_fields_split_as_short_ones() {
    let tool = split_tool("sentences", false);
    let splitter = Splitter::default();
    let sentence = [
        "नदी बहती है। ",
        "\\\"उद्धरण\\\" यहाँ है?\\n",
        "किसान खेत पर गए! ",
    ];
    for (i, spaced) in [(0usize, false), (1, true), (2, false)] {
        // Without escapes, with escapes, with non-ASCII as \u escapes.
        let mut inner = String::new();
        while inner.len() < 3 << 19 {
            inner.push_str(match i {
                0 => sentence[0],
                1 => sentence[inner.len() % 2],
                _ => "\\u0928\\u0926\\u0940\\u0964 ",
            });
        }
        let (colon, comma) = if spaced { (": ", ", ") } else { (":", ",") };
        let record = format!("{{\"id\"{colon}7{comma}\"text\"{colon}\"{inner}\"}}\n");
        let text: String = serde_json::from_str(&format!("\"{inner}\"")).expect("a JSON string");
        let mut array = Vec::new();
        for (k, s) in splitter.sentences(&text).enumerate() {
            if k > 0 {
                array.extend_from_slice(comma.as_bytes());
            }
            cli::jsonl::push_string(&mut array, s, i == 2);
        }
        let want = [
            record.trim_end_matches("}\n").as_bytes(),
            format!("{comma}\"sentences\"{colon}[").as_bytes(),
            &array,
            b"]}\n",
        ]
        .concat();
        let input = [record.as_bytes(), b"\n", record.as_bytes()].concat();
        let want = [&want[..], b"\n", &want[..]].concat();
        for jobs in [1, 2] {
            let ran = run(&tool, &input, false, false, false, jobs);
            ran.result.as_ref().expect("split");
            assert!(ran.output() == want, "case {i}, --jobs {jobs}");
        }
    }
}

/// A field long enough to be escaped only when it is written, window by
/// window: quotes, a backslash, a newline, a character beyond the BMP and
/// Devanagari fall on every side of the window edges; a ZERO WIDTH SPACE
/// and a space before a DANDA in every sentence make `clean` change it.
fn long_field_with_escapes() -> String {
    let sentence = "\"नदी\" \\ बहती\u{200B} है ।\n😀 कल ";
    let mut text = String::new();
    while text.len() < 3 << 17 {
        text.push_str(sentence);
    }
    text
}

#[test]
fn long_cleaned_fields_are_escaped_as_short_ones() {
    let text = long_field_with_escapes();
    let cleaner = cleaner(RepairMode::Artifacts, false);
    let cleaned = cleaner.clean(&text);
    assert!(matches!(cleaned, std::borrow::Cow::Owned(_)));
    for ascii in [false, true] {
        let mut want = Vec::new();
        cli::jsonl::push_string(&mut want, &cleaned, ascii);
        let mut out = Out::default();
        cli::jsonl::push_text(&mut out, cleaned.clone(), ascii);
        assert!(out.to_vec(&[]) == want, "ascii: {ascii}");
    }
}

#[test]
fn long_cleaned_fields_come_out_as_short_ones() {
    // Through the runner, on 1 and 2 jobs, the long field written with its
    // non-ASCII as escapes or not, inside a record with other fields: its
    // JSON value must decode to what `clean` makes of the field.
    let text = long_field_with_escapes();
    let cleaner = cleaner(RepairMode::Artifacts, false);
    let want_text = cleaner.clean(&text).into_owned();
    for ascii in [false, true] {
        let mut field = Vec::new();
        cli::jsonl::push_string(&mut field, &text, ascii);
        let record = format!("{{\"id\":1,\"text\":{},\"n\":2}}\n", s(&field));
        let input = [
            record.as_bytes(),
            "{\"text\":\"नदी बहती है |\"}\n".as_bytes(),
        ]
        .concat();
        for jobs in [1, 2] {
            let ran = run(
                &clean_tool(true, RepairMode::Artifacts, false, false),
                &input,
                false,
                false,
                false,
                jobs,
            );
            ran.result.as_ref().expect("clean");
            let out: Vec<u8> = ran
                .accs
                .iter()
                .flat_map(|(d, chunk)| d.out.to_vec(chunk))
                .collect();
            let mut lines = out.split(|&b| b == b'\n');
            let first: serde_json::Value =
                serde_json::from_slice(lines.next().unwrap_or(&[])).expect("one JSON record");
            assert_eq!(
                first["text"].as_str(),
                Some(want_text.as_str()),
                "ascii {ascii}, jobs {jobs}"
            );
            assert_eq!(
                (first["id"].as_i64(), first["n"].as_i64()),
                (Some(1), Some(2))
            );
            // Escaped as the field was: non-ASCII as `\u` escapes or not.
            let head = &out[..out.len().min(40)];
            assert_eq!(head.windows(2).any(|w| w == b"\\u"), ascii, "{}", s(head));
            assert_eq!(lines.next(), Some("{\"text\":\"नदी बहती है।\"}".as_bytes()));
        }
    }
}

#[test]
fn split_never_overwrites_a_field() {
    let input = "{\"text\":\"एक। दो।\"}\n{\"text\":\"तीन।\",\"sentences\":[\"x\"]}\n";
    let ran = run(
        &split_tool("sentences", false),
        input.as_bytes(),
        false,
        false,
        false,
        1,
    );
    let f = ran
        .result
        .as_ref()
        .expect_err("a record that has the field");
    assert_eq!(f.code, 5);
    assert!(
        f.message.contains("in.jsonl: line 2") && f.message.contains("--sentences-field"),
        "{}",
        f.message
    );
    // The record before it was written.
    assert_eq!(
        s(&ran.output()),
        "{\"text\":\"एक। दो।\",\"sentences\":[\"एक।\",\"दो।\"]}\n"
    );
    // The field written with an escape is the same field.
    let escaped = "{\"text\":\"एक।\",\"sent\\u0065nces\":[]}\n";
    let ran = run(
        &split_tool("sentences", false),
        escaped.as_bytes(),
        false,
        false,
        false,
        1,
    );
    assert_eq!(ran.result.map_err(|f| f.code).err(), Some(5));
    // Another name: added, the old field kept.
    let ran = run(
        &split_tool("parts", false),
        input.as_bytes(),
        false,
        false,
        false,
        1,
    );
    ran.result.as_ref().expect("split");
    assert!(s(&ran.output())
        .ends_with("{\"text\":\"तीन।\",\"sentences\":[\"x\"],\"parts\":[\"तीन।\"]}\n"));
    // With --skip-bad: set aside, its line unchanged in the output.
    let ran = run(
        &split_tool("sentences", false),
        input.as_bytes(),
        false,
        false,
        true,
        1,
    );
    assert_eq!(
        *ran.result.as_ref().expect("skip"),
        Totals {
            read: 2,
            set_aside: 1
        }
    );
    assert!(s(&ran.output()).ends_with("\n{\"text\":\"तीन।\",\"sentences\":[\"x\"]}\n"));
}

#[test]
fn lone_surrogates() {
    let input = "{\"text\":\"नमस्ते \\ud800 दुनिया\",\"id\":1}\n";
    let strict = clean_tool(true, RepairMode::Artifacts, true, false);
    let (result, out, _, _) = clean(&strict, input.as_bytes(), false);
    let f = result.expect_err("a lone surrogate");
    assert_eq!(f.code, 5);
    assert!(
        f.message.contains("line 1") && f.message.contains("\\ud800"),
        "{}",
        f.message
    );
    assert!(out.is_empty());
    let lossy = clean_tool(true, RepairMode::Artifacts, true, true);
    let (result, out, report, _) = clean(&lossy, input.as_bytes(), false);
    result.expect("lossy");
    assert_eq!(s(&out), "{\"text\":\"नमस्ते \u{FFFD} दुनिया\",\"id\":1}\n");
    let rep: serde_json::Value = serde_json::from_slice(&report).expect("one report line");
    assert_eq!(rep["kind"], "lone_surrogate");
    assert_eq!(rep["old"], "\\ud800");
    assert_eq!(rep["start"], "नमस्ते ".len());
    // A pair is one character; a lone surrogate in another field is not
    // read, and kept.
    let input = "{\"x\":\"\\udfff\",\"\\ud800\":1,\"text\":\"\\ud83d\\ude00 ठीक\"}\n";
    let (result, out, _, _) = clean(&strict, input.as_bytes(), false);
    result.expect("a pair");
    assert_eq!(s(&out), input);
}

#[test]
fn bad_records_stop_or_are_set_aside() {
    let input: &[u8] = b"{\"text\":\"\xE0\xA4\x95 \xE0\xA4\xB9\xE0\xA5\x88 |\"}\n{\"text\": \n{\"id\":2}\n{\"text\":7}\n[1]\n{\"text\":\"\xFF\"}\n{\"text\":\"\xE0\xA4\x96\"}\n";
    let tool = clean_tool(true, RepairMode::Artifacts, false, false);
    let (result, out, _, _) = clean(&tool, input, false);
    let f = result.expect_err("malformed");
    assert_eq!(f.code, 5);
    assert!(
        f.message.starts_with("in.jsonl: line 2: malformed JSON"),
        "{}",
        f.message
    );
    assert_eq!(s(&out), "{\"text\":\"क है।\"}\n");
    let (result, out, _, skipped) = clean(&tool, input, true);
    let totals = result.expect("set aside");
    assert_eq!(
        totals,
        Totals {
            read: 7,
            set_aside: 5
        }
    );
    assert_eq!(totals.written(), 2);
    // One output line per input line: the bad ones unchanged.
    let want: Vec<u8> = [
        &b"{\"text\":\"\xE0\xA4\x95 \xE0\xA4\xB9\xE0\xA5\x88\xE0\xA5\xA4\"}\n"[..],
        &input[input.iter().position(|&b| b == b'\n').unwrap_or(0) + 1..],
    ]
    .concat();
    assert_eq!(s(&out), s(&want));
    let skipped: Vec<serde_json::Value> = s(&skipped)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    let reasons: Vec<(u64, String)> = skipped
        .iter()
        .map(|v| {
            (
                v["line"].as_u64().unwrap_or(0),
                v["reason"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(reasons.len(), 5);
    assert!(reasons[0].0 == 2 && reasons[0].1.starts_with("malformed JSON"));
    assert!(reasons[1].0 == 3 && reasons[1].1.contains("missing"));
    assert!(reasons[2].0 == 4 && reasons[2].1.contains("not a string"));
    assert!(reasons[3].0 == 5 && reasons[3].1.contains("not a JSON object"));
    assert!(reasons[4].0 == 6 && reasons[4].1.contains("invalid UTF-8"));
    assert_eq!(skipped[0]["raw"], "{\"text\": ");
    assert_eq!(skipped[4]["raw"], "{\"text\":\"\u{FFFD}\"}");
    assert_eq!(skipped[0]["file"], "in.jsonl");
}

#[test]
fn plain_text_document_is_a_paragraph() {
    // An artifact in the first paragraph proves a substituting site there,
    // and only there.
    let input = "Governmentी अस्पताल खुला।\nकल President ने भाषण दिया।\n\nकल President ने भाषण दिया।\n";
    let tool = clean_tool(false, RepairMode::Document, true, false);
    let (result, out, report, _) = clean(&tool, input.as_bytes(), false);
    result.expect("clean");
    let out = s(&out);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4);
    assert!(!lines[1].contains("President"), "{out}");
    assert!(lines[3].contains("President"), "{out}");
    // Report lines name the line of the paragraph and the offset in it.
    let rep: Vec<serde_json::Value> = s(&report)
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    assert!(
        rep.iter()
            .any(|v| v["line"] == 2 && v["start"] == "कल ".len() && v["old"] == "President"),
        "{rep:?}"
    );
    // Whatever the chunking, the same output.
    let ran = run(
        &tool,
        format!("{input}\n").repeat(10_000).as_bytes(),
        false,
        true,
        false,
        2,
    );
    ran.result.as_ref().expect("jobs 2");
    let two: Vec<u8> = ran.accs.iter().flat_map(|(d, c)| d.out.to_vec(c)).collect();
    assert!(s(&two) == format!("{out}\n").repeat(10_000));
}

#[test]
fn crlf_lines_become_lf_lines() {
    let tool = clean_tool(false, RepairMode::Artifacts, false, false);
    let (result, out, _, _) = clean(&tool, "एक है |\r\nदो\r\n\r\nतीन".as_bytes(), false);
    result.expect("clean");
    assert_eq!(s(&out), "एक है।\nदो\n\nतीन");
}

#[test]
fn a_lone_cr_is_not_a_line_break() {
    let tool = clean_tool(false, RepairMode::Artifacts, false, false);
    let (result, out, _, _) = clean(&tool, "राम आया\rसीता गई\nदो \r \rतीन\r\n".as_bytes(), false);
    result.expect("clean");
    assert_eq!(s(&out), "राम आया सीता गई\nदो तीन\n");
}

/// Pieces of plain text: Devanagari words, Latin words that repair reads,
/// line breaks of every kind and lone CRs, blank lines, spaces, pipes, invalid bytes.
fn plain_piece() -> impl Strategy<Value = Vec<u8>> {
    let pool: Vec<&'static [u8]> = vec![
        "राम".as_bytes(),
        "घर".as_bytes(),
        " ".as_bytes(),
        "  ".as_bytes(),
        "\t".as_bytes(),
        "\n".as_bytes(),
        "\n\n".as_bytes(),
        "\r\n".as_bytes(),
        " \n".as_bytes(),
        "।".as_bytes(),
        " |".as_bytes(),
        ".".as_bytes(),
        "Governmentी".as_bytes(),
        "President".as_bytes(),
        "India".as_bytes(),
        "\u{200B}".as_bytes(),
        "\u{00A0}".as_bytes(),
        "\u{093C}".as_bytes(),
        "कि".as_bytes(),
        b"\xFF",
        b"\xE0\xA4",
        b"\x00",
        b"\r",
        b" \r",
        b"\r\r",
    ];
    proptest::sample::select(pool).prop_map(|p| p.to_vec())
}

fn newlines(b: &[u8]) -> usize {
    b.iter().filter(|&&c| c == b'\n').count()
}

fn jsonl_value() -> impl Strategy<Value = &'static str> {
    proptest::sample::select(vec![
        "123456789012345678901234567890",
        "1e3",
        "-0",
        "1.0",
        "-1.5E-7",
        "0.1e+2",
        "true",
        "null",
        "\"caf\\u00e9\"",
        "\"a\\/b \\\"q\\\" \\\\\"",
        "\"\\ud83d\\ude00\"",
        "\"\\udc00\"",
        "\"ग़ज़ल\"",
        "{\"a\":[1,{\"b\":null}],\"a\":2}",
        "[]",
        "{}",
        "[ 1 , \"x\" ]",
    ])
}

fn jsonl_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        proptest::sample::select(vec![
            "राम",
            "घर",
            " ",
            "  ",
            "।",
            " |",
            " ।",
            "\\n",
            "\\r\\n",
            "\\t",
            "\\\"",
            "\\/",
            "\\u0915",
            "\\u093c",
            "Governmentी",
            "President",
            "कि",
            "\\u200b",
            "x",
        ]),
        0..12,
    )
    .prop_map(|v| v.concat())
}

/// One composed record: (members before, the target's raw value, members
/// after, spacing), so that the test knows the field's span.
fn jsonl_record() -> impl Strategy<Value = (String, String, String)> {
    let member = || {
        (
            proptest::sample::select(vec!["id", "n", "meta", "x y", "text2", "s"]),
            jsonl_value(),
            proptest::sample::select(vec!["", " ", "\t"]),
        )
            .prop_map(|(k, v, w)| format!("{w}\"{k}\"{w}:{w}{v}{w}"))
    };
    (
        proptest::collection::vec(member(), 0..3),
        jsonl_text(),
        proptest::collection::vec(member(), 0..3),
        proptest::sample::select(vec!["", " "]),
    )
        .prop_map(|(before, text, after, w)| {
            let mut head = format!("{{{w}");
            for m in &before {
                head.push_str(m);
                head.push(',');
            }
            head.push_str(&format!("\"text\":{w}"));
            let value = format!("\"{text}\"");
            let mut tail = String::new();
            for m in &after {
                tail.push(',');
                tail.push_str(m);
            }
            tail.push_str(&format!("{w}}}"));
            (head, value, tail)
        })
}

fn plain_cleaner_tools() -> &'static [Clean; 2] {
    static TOOLS: OnceLock<[Clean; 2]> = OnceLock::new();
    TOOLS.get_or_init(|| {
        [
            clean_tool(false, RepairMode::Artifacts, true, true),
            clean_tool(false, RepairMode::Document, true, true),
        ]
    })
}

fn jsonl_cleaner() -> &'static Clean {
    static TOOL: OnceLock<Clean> = OnceLock::new();
    TOOL.get_or_init(|| clean_tool(true, RepairMode::Artifacts, false, true))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    /// Plain text: as many lines out as in, whatever the input (CRLF,
    /// blank lines, invalid bytes with --lossy), in artifacts and document
    /// mode (paragraphs).
    #[test]
    fn plain_text_keeps_its_lines(pieces in proptest::collection::vec(plain_piece(), 0..40)) {
        let input = pieces.concat();
        for tool in plain_cleaner_tools() {
            let (result, out, _, _) = clean(tool, &input, false);
            prop_assert!(result.is_ok());
            prop_assert_eq!(newlines(&out), newlines(&input), "{:?} -> {:?}", s(&input), s(&out));
        }
    }

    /// JSON Lines: every byte outside the field is kept; the field holds
    /// the cleaned text; a record whose text does not change comes back
    /// byte for byte; `split` inserts before the closing brace only.
    #[test]
    fn jsonl_changes_only_the_field(
        records in proptest::collection::vec((jsonl_record(), proptest::sample::select(vec!["\n", "\r\n", "\n\n", "\n \t\n"])), 1..6)
    ) {
        let input: String = records.iter().map(|((h, v, t), e)| format!("{h}{v}{t}{e}")).collect();
        let tool = jsonl_cleaner();
        let (result, out, _, _) = clean(tool, input.as_bytes(), false);
        prop_assert!(result.is_ok(), "{:?}", result.err().map(|f| f.message));
        let mut rest = &out[..];
        for ((head, value, tail), ending) in &records {
            let text: String = serde_json::from_str(value).expect("composed value");
            let cleaned = tool.cleaner.clean(&text).into_owned();
            prop_assert!(rest.starts_with(head.as_bytes()));
            rest = &rest[head.len()..];
            let end = tail.len() + ending.len();
            let line_end = memchr_find(rest, format!("{tail}{ending}").as_bytes()).expect("tail kept");
            let got_value = std::str::from_utf8(&rest[..line_end]).expect("utf-8");
            if cleaned == text {
                prop_assert_eq!(got_value, value.as_str());
            } else {
                let got: String = serde_json::from_str(got_value).expect("a JSON string");
                prop_assert_eq!(got, cleaned);
            }
            rest = &rest[line_end + end..];
        }
        prop_assert!(rest.is_empty());

        let ran = run(&split_tool("sentences", true), input.as_bytes(), true, false, false, 1);
        prop_assert!(ran.result.is_ok());
        let out = ran.output();
        let mut rest = &out[..];
        for ((head, value, tail), ending) in &records {
            let line = format!("{head}{value}{tail}");
            let before_brace = line.strip_suffix('}').unwrap_or(&line).trim_end_matches([' ', '\t']);
            prop_assert!(rest.starts_with(before_brace.as_bytes()));
            let after = &line[before_brace.len()..];
            let end = memchr_find(rest, format!("{after}{ending}").as_bytes()).expect("brace kept");
            let inserted = std::str::from_utf8(&rest[before_brace.len()..end]).expect("utf-8");
            prop_assert!(inserted.starts_with(",\"sentences\":[") || inserted.starts_with(", \"sentences\": ["), "{}", inserted);
            rest = &rest[end + after.len() + ending.len()..];
        }
        prop_assert!(rest.is_empty());
    }

    /// The JSON string writer and reader agree with serde_json.
    #[test]
    fn json_strings_round_trip(text in "\\PC*|[\\x00-\\x20\"\\\\/]*", ascii in any::<bool>()) {
        let mut out = Vec::new();
        cli::jsonl::push_string(&mut out, &text, ascii);
        let back: String = serde_json::from_slice(&out).expect("valid JSON");
        prop_assert_eq!(&back, &text);
        prop_assert!(!ascii || out.is_ascii());
        let written = serde_json::to_string(&text).expect("json");
        let (decoded, lone, _) = cli::jsonl::decode(&written[1..written.len() - 1], false).expect("decode");
        prop_assert_eq!(decoded.as_ref(), text.as_str());
        prop_assert!(lone.is_empty());
    }
}

/// What a run gave, in a form to compare: the result (totals or message),
/// the output or the audit counts, and the set-aside lines.
fn outcome<A>(ran: Ran<A>, show: impl Fn(&A, &[u8]) -> String) -> String {
    let result = match &ran.result {
        Ok(t) => format!("{t:?}"),
        Err(f) => format!("{} {}", f.code, f.message),
    };
    let accs: String = ran.accs.iter().map(|(a, c)| show(a, c)).collect();
    format!("{result}\n{accs}\n{}", s(&ran.skipped))
}

/// Every tool on one line, read as a borrowed record and given by value.
fn by_value_as_borrowed(line: &[u8]) -> Result<(), TestCaseError> {
    let show_done = |d: &Done, c: &[u8]| format!("{}|{}", s(&d.out.to_vec(c)), s(&d.report));
    let show_out = |o: &Out, c: &[u8]| s(&o.to_vec(c));
    let show_stats = |st: &cli::audit::Stats, _: &[u8]| format!("{st:?}");
    for skip in [false, true] {
        for tool in by_value_cleaners() {
            let [a, b] = [0, usize::MAX].map(|at| {
                let ran = run_whole_at(tool, line, tool.lossy, tool.paragraphs, skip, 1, at);
                outcome(ran, show_done)
            });
            prop_assert_eq!(a, b, "clean, {:?}", s(line));
        }
        for (tool, lossy) in [
            (split_tool("sentences", false), false),
            (split_tool("sentences", true), true),
        ] {
            let [a, b] = [0, usize::MAX].map(|at| {
                outcome(
                    run_whole_at(&tool, line, lossy, false, skip, 1, at),
                    show_out,
                )
            });
            prop_assert_eq!(a, b, "split, {:?}", s(line));
        }
        for jsonl in [false, true] {
            let field = jsonl.then(|| "text".to_string());
            let tool = cli::audit::Audit::new(Profile::Safe, field, true, 3);
            let [a, b] = [0, usize::MAX].map(|at| {
                outcome(
                    run_whole_at(&tool, line, true, false, skip, 1, at),
                    show_stats,
                )
            });
            prop_assert_eq!(a, b, "audit, {:?}", s(line));
        }
    }
    Ok(())
}

/// The `clean` tools the lines given by value go through: JSON Lines and
/// plain text, every repair mode, with and without a report and --lossy.
fn by_value_cleaners() -> &'static [Clean] {
    static TOOLS: OnceLock<Vec<Clean>> = OnceLock::new();
    TOOLS.get_or_init(|| {
        vec![
            clean_tool(true, RepairMode::Artifacts, false, false),
            clean_tool(true, RepairMode::Artifacts, true, true),
            clean_tool(true, RepairMode::All, true, false),
            clean_tool(true, RepairMode::Document, false, true),
            clean_tool(false, RepairMode::Artifacts, false, true),
            clean_tool(false, RepairMode::All, true, false),
        ]
    })
}

/// One line: a JSON Lines record (good or bad) or plain text, with or
/// without its line break.
fn one_line() -> impl Strategy<Value = Vec<u8>> {
    let ending = || proptest::sample::select(vec!["", "\n", "\r\n"]);
    prop_oneof![
        (jsonl_record(), ending()).prop_map(|((h, v, t), e)| format!("{h}{v}{t}{e}").into_bytes()),
        (proptest::collection::vec(plain_piece(), 0..12), ending()).prop_map(|(p, e)| {
            let mut line: Vec<u8> = p.concat().into_iter().filter(|&b| b != b'\n').collect();
            line.extend_from_slice(e.as_bytes());
            line
        }),
        proptest::sample::select(vec![
            &b"{\"text\":1}\n"[..],
            b"[\"text\"]\n",
            b"{\"t\":\"x\"}",
            b"{\"text\":\"\\udc00 \xe0\xa4\x95 |\"}\n",
            b"{\"text\":\"\xff \xe0\xa4\x95 |\"}\n",
            b"{\"text\":\"x\", \"sentences\":[]}\n",
            b"{\"text\":\"a\\u0041 \xe0\xa4\x95 |\"}\n",
            b" \t \n",
        ])
        .prop_map(|b| b.to_vec()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    /// A long line alone in its chunk is given to the tool by value (so
    /// that it can let the bytes as read go); whether the tool takes it or
    /// gives it back (a bad record, a field it could not write back as
    /// read), everything comes out as when the line is read as any other:
    /// output, report, audit counts, set-aside lines, totals, failures.
    #[test]
    fn lines_given_by_value_come_out_as_borrowed(line in one_line()) {
        by_value_as_borrowed(&line)?;
    }
}

/// The by-value route is the one taken for a long record whose field
/// writes back as read (its chunk is let go: the output refers to none),
/// and not for one whose escapes would not come back (`\u0041` for `A`):
/// that record is written as read.
#[test]
fn long_records_go_by_value_when_their_field_writes_back() {
    let text = long_field_with_escapes();
    let mut field = Vec::new();
    cli::jsonl::push_string(&mut field, &text, false);
    let record = format!("{{\"id\":1,\"text\":{}}}\n", s(&field));
    let odd = format!(
        "{{\"text\":\"\\u0041{}\"}}\n",
        &s(&field)[1..field.len() - 1]
    );
    let tool = clean_tool(true, RepairMode::Artifacts, true, false);
    for (line, by_value) in [(&record, true), (&odd, false)] {
        let ran = run_whole_at(&tool, line.as_bytes(), false, false, false, 1, 1 << 16);
        ran.result.as_ref().expect("clean");
        assert_eq!(ran.accs.len(), 1);
        assert_eq!(ran.accs[0].1.is_empty(), by_value);
        let borrowed = run(&tool, line.as_bytes(), false, false, false, 1);
        assert!(ran.output() == borrowed.output());
        let report = |r: &Ran<Done>| {
            r.accs
                .iter()
                .flat_map(|(d, _)| d.report.clone())
                .collect::<Vec<u8>>()
        };
        assert!(!report(&ran).is_empty());
        assert!(report(&ran) == report(&borrowed));
    }
    // The unchanged record comes back byte for byte, by value too.
    let clean_text = "नदी \"बहती\" है।\n".repeat(20_000);
    let mut field = Vec::new();
    cli::jsonl::push_string(&mut field, &clean_text, false);
    let line = format!("{{\"text\":{}}}\n", s(&field));
    let ran = run_whole_at(&tool, line.as_bytes(), false, false, false, 1, 1 << 16);
    assert!(ran.accs[0].1.is_empty());
    assert!(ran.output() == line.as_bytes());
}

/// The first position of `needle` in `hay`... from the end: the tail of a
/// record is its last bytes before the next record.
fn memchr_find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    (0..=hay.len().checked_sub(needle.len())?).find(|&i| hay[i..].starts_with(needle))
}
