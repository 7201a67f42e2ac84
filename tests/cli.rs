//! The bundled tools run as a user runs them: through the built example
//! binaries, with composed inputs.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// The path of a built example (`cargo test` builds the examples beside the
/// test binaries: target/<profile>/examples/).
fn example(name: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    let dir = exe.parent().and_then(|d| d.parent()).expect("target dir");
    let path = dir.join("examples").join(name);
    assert!(
        path.exists(),
        "{} is not built: run the whole `cargo test` (which builds the examples) or `cargo build --examples`",
        path.display()
    );
    path
}

fn run(name: &str, args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(example(name))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut input = child.stdin.take().expect("stdin");
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().expect("wait");
    let _ = writer.join();
    out
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn clean_jsonl_keeps_other_fields() {
    let input = "{\"id\":\"a1\",\"text\":\"है ।\",\"lang\":\"hin\",\"n\":[1,2]}\n\n{\"id\":\"a2\",\"text\":\"ठीक\"}\n";
    let out = run("clean", &["--jsonl"], input.as_bytes());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let got = text(&out.stdout);
    let lines: Vec<&str> = got.lines().collect();
    assert_eq!(lines.len(), 3, "one output line per input line");
    assert_eq!(
        lines[0],
        "{\"id\":\"a1\",\"text\":\"है।\",\"lang\":\"hin\",\"n\":[1,2]}"
    );
    assert_eq!(lines[1], "");
    assert_eq!(lines[2], "{\"id\":\"a2\",\"text\":\"ठीक\"}");
    let out = run(
        "clean",
        &["--jsonl", "--field", "body"],
        "{\"body\":\"Governmentी\",\"text\":\"x |\"}\n".as_bytes(),
    );
    assert_eq!(
        text(&out.stdout),
        "{\"body\":\"सरकारी\",\"text\":\"x |\"}\n"
    );
}

#[test]
fn split_jsonl_adds_sentences() {
    let out = run(
        "split",
        &["--jsonl"],
        "{\"id\":7,\"text\":\"एक। दो?\"}\n".as_bytes(),
    );
    assert!(out.status.success());
    assert_eq!(
        text(&out.stdout),
        "{\"id\":7,\"text\":\"एक। दो?\",\"sentences\":[\"एक।\",\"दो?\"]}\n"
    );
    let out = run("split", &[], "एक। दो।\nतीन।\n".as_bytes());
    assert_eq!(text(&out.stdout), "एक।\nदो।\n\nतीन।\n");
}

#[test]
fn invalid_utf8() {
    let input =
        b"\xE0\xA4\xA0\xE0\xA5\x80\xE0\xA4\x95\n\xE0\xA4\x97 \xFF \xE0\xA4\xB2\n\xE0\xA4\x95\n";
    let out = run("clean", &[], input);
    assert_eq!(out.status.code(), Some(4));
    let err = text(&out.stderr);
    assert!(
        err.contains("line 2")
            && err.contains("byte 4 of the line")
            && err.contains("byte 14 of the input"),
        "{err}"
    );
    // Nothing of the bad record was written; the record before it was.
    assert_eq!(text(&out.stdout), "ठीक\n");
    let out = run("clean", &["--lossy"], input);
    assert!(out.status.success());
    assert_eq!(text(&out.stdout), "ठीक\nग \u{FFFD} ल\nक\n");
    // With a report, the replacement is reported.
    let dir = std::env::temp_dir().join(format!("devanagari-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    let rep = dir.join("r.jsonl");
    let out = run(
        "clean",
        &["--lossy", "--report", rep.to_str().expect("path")],
        input,
    );
    assert!(out.status.success());
    let report = std::fs::read_to_string(&rep).expect("report");
    assert!(
        report.contains("\"kind\":\"invalid_utf8\"") && report.contains("\"line\":2"),
        "{report}"
    );
}

#[test]
fn bad_input_gets_a_message_and_its_exit_code() {
    let cases: &[(&[&str], &[u8], i32, &str)] = &[
        (&["--jsonl"], b"{\"text\": \n", 5, "malformed JSON"),
        (&["--jsonl"], b"{\"id\":1}\n", 5, "missing"),
        (&["--jsonl"], b"{\"text\":5}\n", 5, "not a string"),
        (&["--jsonl"], b"[1,2]\n", 5, "not a JSON object"),
        (&["/nonexistent/input.txt"], b"", 3, "cannot open"),
        (&["--bogus"], b"", 2, "unknown option"),
        (&["--repair", "sometimes"], b"", 2, "unknown repair mode"),
        (&["--jobs", "0"], b"", 2, "--jobs"),
    ];
    for (args, input, code, msg) in cases {
        let out = run("clean", args, input);
        assert_eq!(out.status.code(), Some(*code), "{args:?}");
        let err = text(&out.stderr);
        assert!(err.contains(msg), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}

/// Several MB of composed Hindi, so that the parallel path uses many chunks.
fn big_input() -> String {
    let news = include_str!("../benches/data/hindi_news.txt");
    let mut s = String::new();
    let mut i = 0;
    while s.len() < 3 << 20 {
        for line in news.lines() {
            i += 1;
            // Some damage every few lines, for the report.
            if i % 7 == 0 {
                s.push_str(&line.replace('।', " |"));
            } else {
                s.push_str(line);
            }
            s.push('\n');
        }
    }
    s
}

#[test]
fn jobs_do_not_change_the_output() {
    let input = big_input();
    for tool in ["clean", "split"] {
        let one = run(tool, &["--jobs", "1"], input.as_bytes());
        let two = run(tool, &["--jobs", "2"], input.as_bytes());
        assert!(one.status.success() && two.status.success());
        assert!(
            one.stdout == two.stdout,
            "{tool}: --jobs 1 and --jobs 2 differ"
        );
        assert!(!one.stdout.is_empty());
    }
    let lines_in = input.lines().count();
    let out = run("clean", &["--jobs", "2"], input.as_bytes());
    assert_eq!(text(&out.stdout).lines().count(), lines_in);
}

#[test]
fn audit_counts_a_small_corpus() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/audit_small.txt");
    let out = run("audit", &[path, "--json"], b"");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["records"], 7);
    let count = |k: &str| v["kinds"][k]["count"].as_u64().unwrap_or(0);
    assert_eq!(count("punctuation_space"), 2); // है । and बैठक कल होगी |
    assert_eq!(count("danda"), 1);
    assert_eq!(count("visarga"), 2); // अत: and नि:शुल्क
    assert_eq!(count("invisible"), 1);
    assert_eq!(count("do_not_emit"), 1);
    assert_eq!(count("orphan_mark"), 1);
    assert_eq!(count("glue"), 1);
    assert_eq!(v["sentences"], 8);
    let human = run("audit", &[path], b"");
    assert!(text(&human.stdout).contains("orphan marks (lexicon word)"));
}
