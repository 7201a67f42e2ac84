"""Parity with the Rust examples: on every record of ../shared/eval/*.jsonl
and ../shared/web/hplt_deva.jsonl, the Python package gives the same
output as `clean --jsonl`, `split --jsonl` and `split --jsonl --tokens`,
byte for byte.
Skipped when ../shared or the release examples are absent
(`cargo build --release --example clean --example split`)."""

from __future__ import annotations

import json
import subprocess

import pytest

import devanagari as dv
from conftest import example, shared_files

FILES = shared_files("eval/*.jsonl", "web/hplt_deva.jsonl")


def fields_of(path):
    """The text fields of a file: `text`, or `dirty` and `clean`."""
    with open(path, encoding="utf-8") as f:
        first = json.loads(f.readline())
    return [k for k in ("text", "dirty", "clean") if isinstance(first.get(k), str)]


def records(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def run(tool, args, path):
    with open(path, "rb") as f:
        out = subprocess.run([str(tool), *args], stdin=f, capture_output=True, check=True, timeout=600).stdout
    return [json.loads(line) for line in out.decode("utf-8").splitlines() if line.strip()]


def utf8(x):
    return json.dumps(x, ensure_ascii=False).encode("utf-8")


pytestmark = pytest.mark.skipif(not FILES, reason="../shared is absent")


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_clean_and_split_parity(path):
    clean_tool, split_tool = example("clean"), example("split")
    recs = records(path)
    for field in fields_of(path):
        texts = [r[field] for r in recs]
        rust_clean = [r[field] for r in run(clean_tool, ["--jsonl", "--field", field, "--quiet"], path)]
        py_clean = dv.clean_batch(texts, num_threads=2)
        assert len(rust_clean) == len(py_clean) == len(texts)
        for i, (a, b) in enumerate(zip(rust_clean, py_clean)):
            assert a.encode("utf-8") == b.encode("utf-8"), f"{path.name} record {i} field {field}"
        single = [dv.clean(t) for t in texts]
        assert single == py_clean

        out = run(split_tool, ["--jsonl", "--field", field, "--sentences-field", "py_parity", "--quiet"], path)
        rust_split = [r["py_parity"] for r in out]
        py_split = dv.sentences_batch(texts, num_threads=2)
        assert len(rust_split) == len(py_split)
        for i, (a, b) in enumerate(zip(rust_split, py_split)):
            assert utf8(a) == utf8(b), f"{path.name} record {i} field {field}"
        # The spans give the same sentences.
        for t, spans, sents in zip(texts, dv.sentence_spans_batch(texts), py_split):
            assert [t[a:b] for a, b in spans] == sents


HPLT = [p for p in FILES if p.name == "hplt_deva.jsonl"]


@pytest.mark.parametrize("path", HPLT, ids=[p.name for p in HPLT])
def test_language_hints_per_record_parity(path):
    """`split --jsonl --lang-field lang` and the Spark batches with a
    language column split every record with its own language's hint alike
    (normalization and repair off, so that only the split is compared)."""
    pa = pytest.importorskip("pyarrow")
    from devanagari.integrations import spark as dvs

    recs = records(path)
    texts = [r["text"] for r in recs]
    out = run(example("split"), ["--jsonl", "--lang-field", "lang", "--sentences-field", "py_parity", "--quiet"], path)
    rust = [r["py_parity"] for r in out]
    batch = pa.RecordBatch.from_pydict({"text": texts, "lang": [r["lang"] for r in recs]})
    (got,) = dvs.clean_split_batches([batch], repair="off", normalize="none", language_column="lang")
    py = got.column("sentences").to_pylist()
    assert len(rust) == len(py) == len(texts)
    for i, (a, b) in enumerate(zip(rust, py)):
        assert utf8(a) == utf8(b), f"record {i} ({recs[i]['lang']})"
    # The hints matter on this sample (Bhojpuri and Maithili `के.`).
    assert py != dv.sentences_batch(texts)


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_edit_report_parity(path):
    """`clean --report` and `clean_with_edits`: the same edits (byte offsets
    of the report against code points here)."""
    clean_tool = example("clean")
    import tempfile, os

    recs = records(path)
    field = fields_of(path)[0]
    with tempfile.TemporaryDirectory() as d:
        report = os.path.join(d, "report.jsonl")
        run(clean_tool, ["--jsonl", "--field", field, "--quiet", "--report", report], path)
        by_line = {}
        with open(report, encoding="utf-8") as f:
            for line in f:
                e = json.loads(line)
                by_line.setdefault(e["line"], []).append(e)
    for n, r in enumerate(recs, start=1):
        text = r[field]
        _, edits = dv.clean_with_edits(text)
        want = by_line.get(n, [])
        got = [
            {
                "start": len(text[: e.start].encode("utf-8")),
                "end": len(text[: e.end].encode("utf-8")),
                "kind": e.kind,
                "old": text[e.start : e.end],
                "new": e.replacement,
            }
            for e in edits
        ]
        assert [{k: w[k] for k in ("start", "end", "kind", "old", "new")} for w in want] == got, f"{path.name} line {n}"


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_words_parity(path):
    split_tool = example("split")
    if "text" not in fields_of(path):
        pytest.skip("no text field")
    recs = records(path)
    rust = [r["py_tokens"] for r in run(split_tool, ["--jsonl", "--tokens", "--tokens-field", "py_tokens", "--quiet"], path)]
    py = dv.words_batch([r["text"] for r in recs], num_threads=2)
    assert len(rust) == len(py)
    for i, (a, b) in enumerate(zip(rust, py)):
        assert utf8(a) == utf8(b), f"{path.name} record {i}"
