//! The bundled tools run as a user runs them: through the built example
//! binaries, with composed inputs.

mod common;
use common::TempDir;
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
    run_to(name, args, stdin, Stdio::piped())
}

/// Runs a tool with its standard output sent to `stdout`.
fn run_to(name: &str, args: &[&str], stdin: &[u8], stdout: Stdio) -> Output {
    let mut child = Command::new(example(name))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(stdout)
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

/// A fresh directory of this test process, removed when the test ends.
fn temp_dir(name: &str) -> TempDir {
    TempDir::new("devanagari-cli", name)
}

fn path(p: &std::path::Path) -> &str {
    p.to_str().expect("a UTF-8 temp path")
}

#[test]
fn no_tool_writes_a_file_it_reads() {
    let dir = temp_dir("same");
    let input = dir.join("in.txt");
    let original = "राम घर गया |\n";
    std::fs::write(&input, original).expect("write");
    let other = dir.join("other.jsonl");
    let sub = dir.join("sub");
    std::fs::create_dir_all(&sub).expect("sub");
    // The same file by another name: relative to a subdirectory, a hard link.
    let roundabout = format!("{}/../in.txt", path(&sub));
    let link = dir.join("link.txt");
    #[cfg(unix)]
    std::fs::hard_link(&input, &link).expect("hard link");
    let cases: Vec<(&str, Vec<&str>)> = vec![
        ("clean", vec![path(&input), "--report", path(&input)]),
        ("clean", vec![path(&input), "--report", &roundabout]),
        #[cfg(unix)]
        ("clean", vec![path(&input), "--report", path(&link)]),
        ("clean", vec![path(&input), "--skip-bad", path(&input)]),
        (
            "clean",
            vec![
                path(&input),
                "--report",
                path(&other),
                "--skip-bad",
                path(&other),
            ],
        ),
        ("split", vec![path(&input), "--skip-bad", path(&input)]),
        ("audit", vec![path(&input), "--skip-bad", path(&input)]),
    ];
    for (tool, args) in &cases {
        let out = run(tool, args, b"");
        assert_eq!(out.status.code(), Some(2), "{tool} {args:?}");
        assert!(
            text(&out.stderr).contains("same file")
                || text(&out.stderr).contains("is the input file"),
            "{}",
            text(&out.stderr)
        );
        assert_eq!(
            std::fs::read_to_string(&input).expect("input"),
            original,
            "{tool} {args:?}"
        );
        assert!(!other.exists());
    }
    // Standard output appended to the input (`clean in.txt >> in.txt`).
    #[cfg(unix)]
    {
        let append = std::fs::OpenOptions::new()
            .append(true)
            .open(&input)
            .expect("open");
        let out = run_to("clean", &[path(&input)], b"", Stdio::from(append));
        assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
        assert!(text(&out.stderr).contains("standard output is the input file"));
        assert_eq!(std::fs::read_to_string(&input).expect("input"), original);
    }
    // A report beside the input is fine.
    let out = run("clean", &[path(&input), "--report", path(&other)], b"");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "राम घर गया।\n");
}

#[test]
fn help_and_version() {
    for tool in ["clean", "split", "audit"] {
        let out = run(tool, &["--help"], b"");
        assert!(out.status.success());
        let help = text(&out.stdout);
        for word in [
            "usage:",
            "--jsonl",
            "--field NAME",
            "--skip-bad FILE",
            "--lossy",
            "--jobs N",
            "exit codes:",
            "(default: ",
        ] {
            assert!(help.contains(word), "{tool} --help lacks {word}:\n{help}");
        }
        for code in ["2 ", "3 ", "4 ", "5 ", "6 ", "7 "] {
            assert!(
                help.contains(&format!("\n  {code}")),
                "{tool}: exit code {code}"
            );
        }
        let out = run(tool, &["--version"], b"");
        assert!(text(&out.stdout).contains(env!("CARGO_PKG_VERSION")));
    }
    let help = text(&run("clean", &["-h"], b"").stdout);
    for word in [
        "safe:",
        "nlp:",
        "off:",
        "artifacts:",
        "document:",
        "all:",
        "translates every English word",
        "paragraph",
        "--report FILE",
    ] {
        assert!(help.contains(word), "clean --help lacks {word}");
    }
    let out = run("split", &["--jsonl", "--sentences-field", "text"], b"");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn skip_bad_sets_records_aside_and_counts_them() {
    let dir = temp_dir("skip");
    let input = dir.join("in.jsonl");
    std::fs::write(
        &input,
        "{\"text\":\"एक |\"}\n{\"text\":\"दो\"\n\n{\"text\":\"\\ud800\"}\n",
    )
    .expect("write");
    let out = run("clean", &["--jsonl", path(&input)], b"");
    assert_eq!(out.status.code(), Some(5));
    let err = text(&out.stderr);
    assert!(
        err.contains(&format!("{}: line 2: malformed JSON", path(&input))),
        "{err}"
    );
    let bad = dir.join("bad.jsonl");
    let out = run(
        "clean",
        &["--jsonl", path(&input), "--skip-bad", path(&bad)],
        b"",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).lines().count(), 4);
    assert!(
        text(&out.stderr).contains("4 records read, 2 written, 2 set aside"),
        "{}",
        text(&out.stderr)
    );
    let skipped = std::fs::read_to_string(&bad).expect("skip file");
    assert_eq!(skipped.lines().count(), 2);
    assert!(
        skipped.contains("\"line\":4") && skipped.contains("lone surrogate"),
        "{skipped}"
    );
    // audit counts blank records and the ones set aside.
    let out = run(
        "audit",
        &[
            "--jsonl",
            "--json",
            path(&input),
            "--skip-bad",
            path(&dir.join("a.jsonl")),
        ],
        b"",
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(
        (
            v["records"].as_u64(),
            v["blank"].as_u64(),
            v["set_aside"].as_u64()
        ),
        (Some(4), Some(1), Some(2))
    );
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
fn split_tokens_and_language() {
    let out = run(
        "split",
        &["--jsonl", "--tokens"],
        "{\"text\":\"डॉ. राय ने कहा, \\\"ठीक है।\\\"\"}\n".as_bytes(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "{\"text\":\"डॉ. राय ने कहा, \\\"ठीक है।\\\"\",\"tokens\":[\"डॉ.\",\"राय\",\"ने\",\"कहा\",\",\",\"\\\"\",\"ठीक\",\"है\",\"।\",\"\\\"\"]}\n"
    );
    // Plain text: the tokens of a line on one line; the UD convention on
    // request.
    let args = ["--tokens", "--abbreviation-stops", "split"];
    let out = run("split", &args, "डॉ. राय आए।\n\nफिर गए।\n".as_bytes());
    assert_eq!(text(&out.stdout), "डॉ . राय आए ।\n\nफिर गए ।\n");
    // The Marathi table (`रा.`, resident of) only with a Marathi hint.
    let line = "आरोपी रा. कोथरूड याला अटक झाली.\n".as_bytes();
    let hinted = run("split", &["--lang", "mr"], line);
    assert_eq!(text(&hinted.stdout).lines().count(), 1);
    let hindi = run("split", &["--lang", "hi"], line);
    assert_eq!(text(&hindi.stdout).lines().count(), 2);
    let bad = run("split", &["--lang", "xx"], line);
    assert_eq!(bad.status.code(), Some(2));
    // Each record's own language with --lang-field; --lang's hint for a
    // record without one, or with a code the crate does not know.
    let records = "{\"lang\":\"mar\",\"text\":\"आरोपी रा. कोथरूड आला. नंतर गेला.\"}\n\
                   {\"lang\":\"hin\",\"text\":\"आरोपी रा. कोथरूड आला. नंतर गेला.\"}\n\
                   {\"lang\":\"xx\",\"text\":\"आरोपी रा. कोथरूड आला. नंतर गेला.\"}\n\
                   {\"text\":\"आरोपी रा. कोथरूड आला. नंतर गेला.\"}\n";
    let counts = |args: &[&str]| -> Vec<usize> {
        let out = run("split", args, records.as_bytes());
        assert!(out.status.success(), "{}", text(&out.stderr));
        text(&out.stdout)
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).expect("a JSON line");
                v["sentences"].as_array().map_or(0, Vec::len)
            })
            .collect()
    };
    assert_eq!(counts(&["--jsonl", "--lang-field", "lang"]), [2, 3, 2, 2]);
    assert_eq!(
        counts(&["--jsonl", "--lang-field", "lang", "--lang", "hi"]),
        [2, 3, 3, 3]
    );
    let bad = run("split", &["--lang-field", "lang"], line);
    assert_eq!(bad.status.code(), Some(2));
    let bad = run("split", &["--hyphens", "keep"], line);
    assert_eq!(bad.status.code(), Some(2));
}

/// `--newline space`: a line break inside a record's text is a space, and
/// only a blank line ends a sentence by itself (verse, posts broken
/// mid-sentence); the default ends a sentence at every line break.
#[test]
fn split_newline_policy() {
    let record = "{\"text\":\"नदी किनारे बैठी\\nवह गीत गाती रही।\\n\\nनया छंद।\"}\n";
    let sentences = |args: &[&str]| {
        let out = run("split", args, record.as_bytes());
        assert!(out.status.success(), "{}", text(&out.stderr));
        let v: serde_json::Value = serde_json::from_str(text(&out.stdout).trim()).unwrap();
        v["sentences"].as_array().unwrap().len()
    };
    assert_eq!(sentences(&["--jsonl"]), 3);
    assert_eq!(sentences(&["--jsonl", "--newline", "boundary"]), 3);
    assert_eq!(sentences(&["--jsonl", "--newline", "space"]), 2);
    let bad = run(
        "split",
        &["--jsonl", "--newline", "paragraph"],
        record.as_bytes(),
    );
    assert_eq!(bad.status.code(), Some(2));
    let bad = run("split", &["--newline", "space"], record.as_bytes());
    assert_eq!(bad.status.code(), Some(2));
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
    let dir = temp_dir("utf8");
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
        (&["--jsonl", "--jsonl"], b"", 2, "--jsonl given twice"),
        (&["--field", "body"], b"", 2, "--field needs --jsonl"),
        (&["--lossy=yes"], b"", 2, "takes no value"),
        (&["-", "-"], b"", 2, "standard input (-) given twice"),
        (
            &["nonexistent-a.txt"],
            b"",
            3,
            "cannot open nonexistent-a.txt",
        ),
        (
            &["--repair", "sometimes"],
            b"",
            2,
            "--repair: unknown value",
        ),
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
