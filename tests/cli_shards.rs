//! The tools at corpus scale, run as a user runs them (the built example
//! binaries): several input files per run, gzip and zstd in and out,
//! `--output` and `--output-dir` (shards in, shards out), one report and
//! one set-aside file for the whole run, and the `devanagari` program with
//! its subcommands. Shards are composed here, in temporary directories.

mod common;
use common::TempDir;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
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

/// Runs `args[0]` (an example) with the rest of `args`, `stdin` piped in.
fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(example(args[0]))
        .args(&args[1..])
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

/// Runs and expects success.
fn ok(args: &[&str], stdin: &[u8]) -> Vec<u8> {
    let out = run(args, stdin);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// A fresh directory of this test process, removed when the test ends.
fn temp_dir(name: &str) -> TempDir {
    TempDir::new("devanagari-shards", name)
}

fn p(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 temp path")
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).expect("gzip");
    e.finish().expect("gzip")
}

fn zstd(data: &[u8]) -> Vec<u8> {
    zstd::encode_all(data, 3).expect("zstd")
}

/// The file decompressed as its name says.
fn read_back(path: &Path) -> Vec<u8> {
    let raw = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    match path.extension().and_then(|e| e.to_str()) {
        Some("gz") => {
            let mut out = Vec::new();
            flate2::read::MultiGzDecoder::new(&raw[..])
                .read_to_end(&mut out)
                .expect("gunzip");
            out
        }
        Some("zst") => zstd::decode_all(&raw[..]).expect("unzstd"),
        _ => raw,
    }
}

/// A JSON Lines shard of `n` composed records, some needing cleaning
/// (pipes as dandas, a space before a danda, a zero width space, an
/// English word fused to a vowel sign), with numbers, escapes and blank
/// lines around the text.
fn shard(seed: usize, n: usize) -> Vec<u8> {
    let texts = [
        "नदी के किनारे एक छोटा गाँव है |",
        "किसान सुबह खेत पर जाते हैं ।",
        "बच्चे\u{200B} स्कूल में पढ़ते हैं। शाम को वे खेलते हैं।",
        "Governmentी योजना से गाँव में सड़क बनी।",
        "आज बारिश हुई\\nकल धूप निकलेगी |",
        "पुस्तकालय में नई किताबें आईं।",
    ];
    let mut s = String::new();
    for i in 0..n {
        let k = seed * 7 + i;
        if k % 41 == 0 {
            s.push('\n');
        }
        s.push_str(&format!(
            "{{\"id\":{}{:06},\"text\":\"{}\",\"score\":1e{}}}\n",
            seed + 1,
            i,
            texts[k % texts.len()],
            k % 5
        ));
    }
    s.into_bytes()
}

/// Writes shards a.jsonl.zst, b.jsonl.gz and c.jsonl (plain) into `dir`;
/// returns their paths and plain contents.
fn three_shards(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for (i, (name, pack)) in [
        ("a.jsonl.zst", zstd as fn(&[u8]) -> Vec<u8>),
        ("b.jsonl.gz", gzip),
        ("c.jsonl", |d: &[u8]| d.to_vec()),
    ]
    .into_iter()
    .enumerate()
    {
        let plain = shard(i, 100 + 50 * i);
        let path = dir.join("in").join(name);
        std::fs::create_dir_all(path.parent().expect("dir")).expect("dir");
        std::fs::write(&path, pack(&plain)).expect("write shard");
        out.push((path, plain));
    }
    out
}

#[test]
fn output_shards_are_the_plain_route_compressed() {
    let dir = temp_dir("mirror");
    let shards = three_shards(&dir);
    let inputs: Vec<&str> = shards.iter().map(|(f, _)| p(f)).collect();
    for (tool, extra) in [("clean", &["--jsonl"][..]), ("split", &["--jsonl"][..])] {
        let out_dir = dir.join(format!("out-{tool}"));
        for jobs in ["1", "2"] {
            let mut args = vec![tool, "--output-dir", p(&out_dir), "--jobs", jobs];
            args.extend(extra);
            args.extend(&inputs);
            let stdout = ok(&args, b"");
            assert!(stdout.is_empty(), "{tool}: records go to the shards only");
            for (input, plain) in &shards {
                let name = input.file_name().expect("name");
                let want = ok(&[&[tool][..], extra].concat(), plain);
                assert!(!want.is_empty());
                let got = read_back(&out_dir.join(name));
                assert!(
                    got == want,
                    "{tool} --jobs {jobs}: {} differs from the plain route",
                    name.to_string_lossy()
                );
                // Compressed as the name says.
                let raw = std::fs::read(out_dir.join(name)).expect("shard");
                let compressed = input.extension().is_some_and(|e| e == "gz" || e == "zst");
                assert_eq!(raw != got, compressed, "{}", name.to_string_lossy());
            }
        }
        // Without --output-dir: the outputs one after the other.
        let mut args = vec![tool];
        args.extend(extra);
        args.extend(&inputs);
        let all = ok(&args, b"");
        let each: Vec<u8> = shards
            .iter()
            .flat_map(|(_, plain)| ok(&[&[tool][..], extra].concat(), plain))
            .collect();
        assert!(all == each, "{tool}: several inputs to standard output");
        // --output FILE.gz: the same, compressed.
        let gz = dir.join(format!("{tool}-all.jsonl.gz"));
        args.extend(["--output", p(&gz)]);
        assert!(ok(&args, b"").is_empty());
        assert!(read_back(&gz) == each);
    }
}

#[test]
fn compressed_standard_input_is_recognised_by_its_magic_bytes() {
    let plain = shard(3, 80);
    let want = ok(&["clean", "--jsonl"], &plain);
    assert!(ok(&["clean", "--jsonl"], &zstd(&plain)) == want);
    assert!(ok(&["clean", "--jsonl"], &gzip(&plain)) == want);
    // Two gzip members one after the other (as `cat a.gz b.gz`) are one
    // stream, as gzip reads them.
    let (one, two) = plain.split_at(plain.len() / 2);
    let members = [gzip(one), gzip(two)].concat();
    assert!(ok(&["clean", "--jsonl"], &members) == want);
    // A file named .gz that is not gzip: an input error, not garbage.
    let dir = temp_dir("magic");
    let fake = dir.join("fake.jsonl.gz");
    std::fs::write(&fake, &plain).expect("write");
    let out = run(&["clean", "--jsonl", p(&fake)], b"");
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("its name says gzip"));
}

#[test]
fn one_report_and_one_set_aside_file_name_their_inputs() {
    let dir = temp_dir("report");
    let a = dir.join("a.jsonl");
    let b = dir.join("b.jsonl.zst");
    // Records that clean changes (a pipe as danda), and bad ones.
    let first = "{\"text\":\"नदी के किनारे एक छोटा गाँव है |\"}\n";
    std::fs::write(&a, format!("{first}{{\"text\":\"दो\"\n")).expect("write");
    let b_plain = format!("{first}{{\"text\":3}}\n{{\"text\":\"किसान खेत पर जाते हैं |\"}}\n");
    std::fs::write(&b, zstd(b_plain.as_bytes())).expect("write");
    // Stops at the first bad record, its file and line named; what was
    // written before it is complete (the zstd stream ended).
    let out_dir = dir.join("out");
    let out = run(
        &[
            "clean",
            "--jsonl",
            "--output-dir",
            p(&out_dir),
            p(&b),
            p(&a),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(5));
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        err.contains(&format!(
            "{}: line 2: field \"text\" is not a string",
            p(&b)
        )),
        "{err}"
    );
    let cleaned_first = ok(&["clean", "--jsonl"], first.as_bytes());
    assert!(
        cleaned_first != first.as_bytes(),
        "the composed record needs cleaning"
    );
    assert_eq!(read_back(&out_dir.join("b.jsonl.zst")), cleaned_first);
    assert!(
        !out_dir.join("a.jsonl").exists(),
        "the run stopped before a.jsonl"
    );

    let report = dir.join("report.jsonl.gz");
    let bad = dir.join("bad.jsonl");
    let out = run(
        &[
            "clean",
            "--jsonl",
            p(&a),
            p(&b),
            "--report",
            p(&report),
            "--skip-bad",
            p(&bad),
        ],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 5);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("5 records read, 3 written, 2 set aside"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines = |bytes: Vec<u8>| -> Vec<serde_json::Value> {
        String::from_utf8(bytes)
            .expect("UTF-8")
            .lines()
            .map(|l| serde_json::from_str(l).expect("a JSON line"))
            .collect()
    };
    let edits = lines(read_back(&report));
    let at: Vec<(String, u64)> = edits
        .iter()
        .map(|v| {
            (
                v["file"].as_str().unwrap_or("").to_string(),
                v["line"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert!(
        at.contains(&(p(&a).to_string(), 1)) && at.contains(&(p(&b).to_string(), 1)),
        "{at:?}"
    );
    let skipped = lines(std::fs::read(&bad).expect("skip file"));
    let at: Vec<(String, u64)> = skipped
        .iter()
        .map(|v| {
            (
                v["file"].as_str().unwrap_or("").to_string(),
                v["line"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(at, vec![(p(&a).to_string(), 2), (p(&b).to_string(), 2)]);
    // audit: the counts add up over the inputs, examples name their file.
    let out = ok(
        &[
            "audit",
            "--jsonl",
            "--json",
            p(&a),
            p(&b),
            "--skip-bad",
            p(&dir.join("x.jsonl")),
        ],
        b"",
    );
    let v: serde_json::Value = serde_json::from_slice(&out).expect("json");
    assert_eq!(
        (v["records"].as_u64(), v["set_aside"].as_u64()),
        (Some(5), Some(2))
    );
    let files: Vec<&str> = v["kinds"]["danda"]["examples"]
        .as_array()
        .expect("examples")
        .iter()
        .filter_map(|e| e["file"].as_str())
        .collect();
    assert!(
        files.contains(&p(&a)) && files.contains(&p(&b)),
        "{files:?}"
    );
}

#[test]
fn no_output_is_an_input() {
    let dir = temp_dir("refuse");
    let shards = three_shards(&dir);
    let (a, b, c) = (p(&shards[0].0), p(&shards[1].0), p(&shards[2].0));
    let in_dir = dir.join("in");
    let other = dir.join("other");
    std::fs::create_dir_all(other.join("in")).expect("dir");
    let twin = other.join("in").join("c.jsonl");
    std::fs::write(&twin, &shards[2].1).expect("write");
    let before: Vec<Vec<u8>> = shards
        .iter()
        .map(|(f, _)| std::fs::read(f).expect("read"))
        .collect();
    let new_dir = dir.join("new");
    let o = dir.join("o.jsonl");
    let shard_named = format!("{}/a.jsonl.zst", p(&new_dir));
    let cases: Vec<Vec<&str>> = vec![
        // The output directory holds the inputs: each output is its input.
        vec!["clean", "--jsonl", "--output-dir", p(&in_dir), a, b, c],
        vec!["split", "--jsonl", "--output-dir", p(&in_dir), c],
        // Two inputs with one name in a directory not yet made.
        vec!["clean", "--jsonl", "--output-dir", p(&new_dir), c, p(&twin)],
        // --output naming the second input; the report naming the third.
        vec!["clean", "--jsonl", a, b, "--output", b],
        vec!["clean", "--jsonl", a, b, c, "--report", c],
        vec!["split", "--jsonl", a, c, "--skip-bad", c],
        // A report inside the output directory, named as a shard.
        vec![
            "clean",
            "--jsonl",
            "--output-dir",
            p(&new_dir),
            a,
            "--report",
            &shard_named,
        ],
        // Standard input has no name to mirror; the two outputs exclude
        // each other.
        vec!["clean", "--jsonl", "--output-dir", p(&new_dir)],
        vec!["clean", "--jsonl", a, "-", "--output-dir", p(&new_dir)],
        vec![
            "clean",
            "--jsonl",
            a,
            "--output",
            p(&o),
            "--output-dir",
            p(&new_dir),
        ],
        vec!["clean", "-", "-"],
    ];
    for args in cases {
        let out = run(&args, b"");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
        let after: Vec<Vec<u8>> = shards
            .iter()
            .map(|(f, _)| std::fs::read(f).expect("read"))
            .collect();
        assert!(after == before, "{args:?} changed an input");
        assert!(!new_dir.exists(), "{args:?} created the output directory");
        assert!(!dir.join("o.jsonl").exists());
    }
}

#[test]
fn devanagari_runs_the_same_tools() {
    let plain = shard(5, 60);
    for tool in ["clean", "split", "audit"] {
        let alone = ok(&[tool, "--jsonl"], &plain);
        let sub = ok(&["devanagari", tool, "--jsonl"], &plain);
        assert!(alone == sub, "devanagari {tool} differs from {tool}");
        let help = String::from_utf8(ok(&["devanagari", tool, "--help"], b"")).expect("help");
        assert!(
            help.contains(&format!("usage: devanagari {tool} [OPTIONS] [FILE...]")),
            "{help}"
        );
    }
    let help = String::from_utf8(ok(&["devanagari", "--help"], b"")).expect("help");
    for tool in ["clean", "split", "audit"] {
        assert!(help.contains(&format!("  {tool} ")), "{help}");
    }
    assert!(String::from_utf8(ok(&["devanagari", "--version"], b""))
        .expect("version")
        .starts_with("devanagari "));
    for args in [
        &["devanagari"][..],
        &["devanagari", "sort"],
        &["devanagari", "clean", "--frobnicate"],
    ] {
        let out = run(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).starts_with("devanagari"),
            "{args:?}"
        );
    }
}
