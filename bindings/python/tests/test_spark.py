"""devanagari.integrations.spark and examples/spark_clean.py: the
mapInArrow function on Arrow batches (pyarrow only), and the job end to
end in Spark's local[2] mode on a composed corpus written as Parquet and
as .jsonl.zst shards, against the records the `clean` and `split`
examples write. The Spark part is skipped when PySpark or Java is not
installed."""

from __future__ import annotations

import doctest
import importlib.util
import json
import os
import shutil
import subprocess
import sys

import pytest

pa = pytest.importorskip("pyarrow", reason="the Spark integration needs pyarrow (pip install 'devanagari-text[spark]')")

import devanagari as dv  # noqa: E402
from devanagari.integrations._languages import language_hint  # noqa: E402
import scale_corpus as sc  # noqa: E402
from conftest import ROOT  # noqa: E402
from devanagari.integrations import spark as dvs  # noqa: E402

EXAMPLE = ROOT / "bindings" / "python" / "examples" / "spark_clean.py"


def test_docstring_examples():
    result = doctest.testmod(dvs, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize("large", [False, True])
def test_clean_split_batches_on_arrow(large):
    texts = [*sc.DAMAGED, None, *sc.CLEAN, "", *sc.JUNK]
    t = pa.large_string() if large else pa.string()
    batch = pa.RecordBatch.from_arrays(
        [pa.array(range(len(texts))), pa.array(texts, type=t), pa.array(["x"] * len(texts))],
        names=["n", "text", "other"],
    )
    # Two batches, the second a slice (non-zero offset).
    out = list(dvs.clean_split_batches([batch.slice(0, 5), batch.slice(5)]))
    got = pa.Table.from_batches(out)
    assert got.column_names == ["n", "text", "other", "sentences"]
    assert got.column("text").type == t
    want = dv.clean_batch([x for x in texts if x is not None])
    cleaned = got.column("text").to_pylist()
    assert [x for x in cleaned if x is not None] == want and cleaned[len(sc.DAMAGED)] is None
    sents = got.column("sentences").to_pylist()
    assert [s for s in sents if s is not None] == dv.sentences_batch(want)
    assert got.column("n").to_pylist() == list(range(len(texts)))
    assert got.column("other").to_pylist() == ["x"] * len(texts)
    # Options, no sentences column, another text column.
    b2 = pa.RecordBatch.from_pydict({"body": ["हिन्दी १० |"]})
    (o,) = dvs.clean_split_batches([b2], text_column="body", sentences_column=None, normalize="nlp")
    assert o.schema.names == ["body"] and o.column(0).to_pylist() == [dv.clean("हिन्दी १० |", "nlp")]
    with pytest.raises(KeyError):
        next(dvs.clean_split_batches([b2]))


def test_clean_split_batches_with_a_language_column():
    # `के.` ends a sentence with a Bhojpuri hint, not with a Hindi one, nor
    # without a hint (an unknown code, a null, a number).
    text = "ओकरा गाँव ले जाए के. कहल जाला कि उहाँ मेला लागे."
    langs = ["bho", "hin", "xx", None, "mai", "bho_Deva", "bho_Latn"]
    batch = pa.RecordBatch.from_pydict({"text": [text] * len(langs), "lang": langs})
    (out,) = dvs.clean_split_batches([batch], language_column="lang")
    got = [len(s) for s in out.column("sentences").to_pylist()]
    assert got == [2, 1, 1, 1, 2, 2, 1]
    for lang, sents in zip(langs, out.column("sentences").to_pylist()):
        hint = language_hint(lang)
        opts = dv.SplitOptions(language=hint) if hint else None
        assert sents == dv.sentences(dv.clean(text), opts), lang
    # One language (or none known) for the whole batch: one call.
    (one,) = dvs.clean_split_batches([pa.RecordBatch.from_pydict({"text": [text], "lang": [None]})], language_column="lang")
    assert one.column("sentences").to_pylist() == [dv.sentences(dv.clean(text))]
    (nums,) = dvs.clean_split_batches([pa.RecordBatch.from_pydict({"text": [text], "lang": [7]})], language_column="lang")
    assert nums.column("sentences").to_pylist() == [dv.sentences(dv.clean(text))]
    with pytest.raises(KeyError):
        next(dvs.clean_split_batches([batch], language_column="language"))


def _spark_available():
    for m in ("pyspark", "pandas"):
        if importlib.util.find_spec(m) is None:
            return f"{m} is not installed (PySpark's mapInArrow needs pandas: pip install 'devanagari-text[spark]')"
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        return "no Java runtime (PySpark needs Java 17 or newer)"
    return None


SKIP = _spark_available()


@pytest.fixture(scope="module", params=["composed", "hplt"])
def corpus(request, tmp_path_factory):
    """The corpus as .jsonl.zst shards and as Parquet, and what the Rust
    examples make of it: the composed records, and the HPLT sample of
    ../shared when it is there."""
    tmp = tmp_path_factory.mktemp(f"spark_{request.param}")
    records = sc.corpus(request.param)
    shards = sc.write_jsonl_zst(records, tmp / "jsonl", shards=3)
    parquet = sc.write_parquet(records, tmp / "in.parquet")
    want_text, want_sentences, _, how = sc.reference(shards, tmp)
    return tmp, records, parquet, want_text, want_sentences, how


def run_example(args):
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path), PYSPARK_PYTHON=sys.executable)
    r = subprocess.run(
        [sys.executable, str(EXAMPLE), "--master", "local[2]", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert r.returncode == 0, r.stderr[-3000:]


def check_output(out, corpus):
    """Every record once, every column kept, the text byte for byte what
    `clean --jsonl` writes, the sentences what `split --jsonl` writes."""
    import pyarrow.parquet as pq

    _, records, _, want_text, want_sentences, how = corpus
    table = pq.read_table(str(out))
    assert sorted(table.column_names) == sorted([*records[0].keys(), "sentences"])
    rows = table.to_pylist()
    assert len(rows) == len(records) == len(want_text)
    assert sorted(r["id"] for r in rows) == sorted(want_text)
    by_id = {r["id"]: r for r in records}
    for r in rows:
        assert r["text"].encode("utf-8") == want_text[r["id"]].encode("utf-8"), (how, r["id"])
        assert json.dumps(r["sentences"], ensure_ascii=False) == json.dumps(want_sentences[r["id"]], ensure_ascii=False)
        for k, v in by_id[r["id"]].items():
            if k not in ("text", "sentences"):
                assert r[k] == v
    changed = sum(r["text"] != want_text[r["id"]] for r in records)
    assert changed > 0


@pytest.mark.skipif(SKIP is not None, reason=f"Spark tests skipped: {SKIP}")
def test_spark_job_on_parquet_gives_the_records_of_the_clean_example(corpus):
    tmp, _, parquet, *_ = corpus
    out = tmp / "out_parquet"
    run_example([str(parquet), str(out), "--partitions", "3"])
    check_output(out, corpus)


@pytest.mark.skipif(SKIP is not None, reason=f"Spark tests skipped: {SKIP}")
def test_spark_job_on_jsonl_zst_gives_the_records_of_the_clean_example(corpus):
    tmp = corpus[0]
    out = tmp / "out_jsonl"
    run_example([str(tmp / "jsonl" / "*.jsonl.zst"), str(out)])
    check_output(out, corpus)
