"""devanagari.integrations.datatrove: the steps, the filter, the word
tokenizer inside datatrove's own steps, and examples/datatrove_pipeline.py
end to end on a composed corpus of .jsonl.zst shards, against the records
the `clean` and `split` examples write. Skipped when datatrove (with the
extras its reader, writer and filters import) is not installed."""

from __future__ import annotations

import doctest
import json
import os
import pickle
import subprocess
import sys
from collections import Counter

import pytest

MISSING = [
    m for m in ("datatrove", "regex", "orjson", "zstandard") if __import__("importlib").util.find_spec(m) is None
]
if MISSING:
    pytest.skip(
        f"datatrove tests skipped: {', '.join(MISSING)} not installed (pip install 'devanagari-text[datatrove]')",
        allow_module_level=True,
    )

from datatrove.data import Document  # noqa: E402
from datatrove.utils.word_tokenizers import load_word_tokenizer  # noqa: E402

import devanagari as dv  # noqa: E402
import scale_corpus as sc  # noqa: E402
from conftest import ROOT  # noqa: E402
from devanagari.integrations import datatrove as dtv  # noqa: E402

EXAMPLE = ROOT / "bindings" / "python" / "examples" / "datatrove_pipeline.py"


def docs(texts, **meta):
    return [Document(text=t, id=str(i), metadata=dict(meta)) for i, t in enumerate(texts)]


def test_docstring_examples():
    result = doctest.testmod(dtv, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 5 and result.failed == 0


def test_import_error_names_the_install_command():
    code = (
        "import sys; sys.modules['datatrove'] = None\n"
        "try:\n    import devanagari.integrations.datatrove\n"
        "except ImportError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "pip install 'devanagari-text[datatrove]'" in out
    # The package itself never imports datatrove.
    code = "import sys, devanagari; print('datatrove' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"


# --- Clean --------------------------------------------------------------


def test_clean_matches_clean_and_counts_edits_by_kind():
    texts = [*sc.DAMAGED, *sc.CLEAN, *sc.JUNK, ""]
    out = list(dtv.DevanagariClean().run(docs(texts)))
    assert [d.text for d in out] == dv.clean_batch(texts)
    for t, d in zip(texts, out):
        c = d.metadata["devanagari"]
        edits = dv.clean_with_edits(t)[1]
        assert c["edits"] == dict(Counter(e.kind for e in edits))
        assert c["findings"] == dict(Counter(f.kind for f in dv.findings(t)))
        assert c["invisible_chars"] == sum(e.end - e.start for e in edits if e.kind == "invisible")
    # The invisible characters of the junk record: one between each letter pair.
    zw = out[len(sc.DAMAGED) + len(sc.CLEAN)]
    assert zw.metadata["devanagari"]["invisible_chars"] == sc.JUNK[0].count("\u200b")


def test_clean_options_and_batches():
    texts = ["हिन्दी १० “बजे” |", "गैरGovernmentी संगठन"] * 7
    step = dtv.DevanagariClean("nlp", "off", batch_size=3)
    assert [d.text for d in step.run(docs(texts))] == dv.clean_batch(texts, "nlp", "off")
    fast = dtv.DevanagariClean(dv.NormalizeOptions("safe", digits="to_ascii"), counts=False, batch_size=4)
    out = list(fast.run(docs(texts)))
    assert [d.text for d in out] == dv.clean_batch(texts, dv.NormalizeOptions("safe", digits="to_ascii"))
    assert all("devanagari" not in d.metadata for d in out)
    with pytest.raises(ValueError):
        dtv.DevanagariClean("strict")
    with pytest.raises(ValueError):
        dtv.DevanagariClean(repair="sometimes")
    with pytest.raises(ValueError):
        dtv.DevanagariClean(batch_size=0)


def test_clean_keeps_the_same_object_when_nothing_changes():
    text = "नमस्ते दुनिया।"
    d = next(dtv.DevanagariClean().run(docs([text])))
    assert d.text is text
    assert d.metadata["devanagari"]["edits"] == {}


# --- Split --------------------------------------------------------------


def test_split_into_metadata_documents_and_counts():
    texts = ["पहला वाक्य। दूसरा वाक्य?", "", "डॉ. शर्मा आए. वे चले गए।"]
    out = list(dtv.DevanagariSplit(batch_size=2).run(docs(texts)))
    assert [d.metadata["sentences"] for d in out] == dv.sentences_batch(texts)
    assert [d.metadata["devanagari"]["sentences"] for d in out] == [2, 0, 2]
    per = list(dtv.DevanagariSplit(output="documents").run(docs(texts, lang="hin")))
    assert [(d.id, d.text) for d in per] == [
        ("0/0", "पहला वाक्य।"),
        ("0/1", "दूसरा वाक्य?"),
        ("2/0", "डॉ. शर्मा आए."),
        ("2/1", "वे चले गए।"),
    ]
    assert per[1].metadata == {"lang": "hin", "sentence_index": 1}
    only = next(dtv.DevanagariSplit(output="count").run(docs(texts)))
    assert "sentences" not in only.metadata and only.metadata["devanagari"]["sentences"] == 2
    with pytest.raises(ValueError):
        dtv.DevanagariSplit(output="rows")


def test_split_language_from_metadata():
    # Marathi writes श्री. (an honorific) where a Hindi text would end a sentence.
    text = "आज सभा झाली. श्री. पाटील आले."
    d = [Document(text=text, id="m", metadata={"lang": "mar"}), Document(text=text, id="x", metadata={})]
    out = list(dtv.DevanagariSplit(language_key="lang").run(d))
    assert out[0].metadata["sentences"] == dv.sentences(text, dv.SplitOptions(language="mr"))
    assert out[1].metadata["sentences"] == dv.sentences(text)


# --- Filter -------------------------------------------------------------


def run_filter(texts, **kw):
    steps = [dtv.DevanagariClean(), dtv.DevanagariSplit(), dtv.DevanagariFilter(**kw)]
    data = docs(texts)
    for s in steps:
        data = s.run(data)
    return [d.text for d in data]


def test_filter_thresholds():
    zw, orphans = sc.JUNK
    good = "सुबह की बस आज देर से आई। फिर बारिश हुई।"
    fused = "रूसी Governmentी एजेंसी और Governmentी बैंक और Indiaीय रेल और गैरGovernmentी संगठन।"
    texts = [zw, orphans, good, fused]
    assert run_filter(texts) == dv.clean_batch(texts)  # every threshold off
    assert run_filter(texts, max_invisible_chars=3) == dv.clean_batch([orphans, good, fused])
    assert run_filter(texts, max_invisible_per_kchar=200) == dv.clean_batch([orphans, good, fused])
    # Repaired orphan marks do not count; the ones left do.
    assert run_filter(texts, max_orphan_marks=0) == dv.clean_batch([zw, good, fused])
    assert run_filter(texts, max_findings=3) == dv.clean_batch([zw, good])
    assert run_filter(texts, min_sentences=2) == dv.clean_batch([good])
    assert run_filter(texts, max_counts={"orphan_mark": 2}) == dv.clean_batch([zw, good])
    assert run_filter(texts, max_edits_per_kchar=100) == dv.clean_batch([orphans, good, fused])
    with pytest.raises(ValueError, match="unknown edit or finding kinds"):
        dtv.DevanagariFilter(max_counts={"zwsp": 1})


def test_filter_reasons_and_missing_counts():
    f = dtv.DevanagariFilter(max_invisible_chars=0)
    d = next(dtv.DevanagariClean().run(docs([sc.JUNK[0]])))
    assert f.filter(d) == (False, "devanagari_max_invisible_chars")
    with pytest.raises(ValueError, match="run DevanagariClean"):
        f.filter(Document(text="x", id="1"))
    no_findings = next(dtv.DevanagariClean(findings=False).run(docs(["क"])))
    with pytest.raises(ValueError, match="findings"):
        dtv.DevanagariFilter(max_findings=1).filter(no_findings)
    with pytest.raises(ValueError, match="DevanagariSplit"):
        dtv.DevanagariFilter(min_sentences=1).filter(no_findings)


# --- Word tokenizer ------------------------------------------------------

TEXTS = [
    "कल डॉ. शर्मा ने जाँच की. दर 3.5 प्रतिशत रही।  फिर?\n\nनया अनुच्छेद।",
    "😀 पहला वाक्य। दूसरा “उद्धरण” वाक्य!",
    "",
    "   ",
    *sc.CLEAN,
]


@pytest.mark.parametrize("language", ["hin", "hin_Deva", "mar", "npi", "san", "xsr", None])
def test_tokenizer_spans_are_exact(language):
    tok = dtv.DevanagariWordTokenizer(language)
    for text in TEXTS:
        spans = tok.span_tokenize(text)
        sents = tok.sent_tokenize(text)
        assert [text[a:b] for a, b in spans] == sents
        assert all(a < b for a, b in spans)
        assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))
        # Between and around the sentences: whitespace only.
        gaps = [text[b1:a2] for (_, b1), (a2, _) in zip([(0, 0), *spans], [*spans, (len(text), 0)])]
        assert all(g.strip() == "" for g in gaps)
        words = tok.word_tokenize(text)
        assert words == dv.words(text, tok.word_options)
        assert all(w.strip() == w and w for w in words)


def test_tokenizer_language_hint():
    text = "आज सभा झाली. श्री. पाटील आले."
    assert dtv.DevanagariWordTokenizer("mar").sent_tokenize(text) == dv.sentences(text, dv.SplitOptions(language="mr"))
    assert dtv.DevanagariWordTokenizer("mar").split_options.language == "mr"
    assert dtv.DevanagariWordTokenizer("hin_Latn").split_options.language is None
    wo = dv.WordOptions(punctuation="drop")
    tok = dtv.DevanagariWordTokenizer("npi", wo)
    assert tok.word_options.split.language == "ne" and tok.word_options.punctuation == "drop"
    assert "।" not in tok.word_tokenize("विद्यालयमा नयाँ शिक्षक आउनुभयो।")


def test_tokenizer_pickles_and_is_accepted_by_load_word_tokenizer():
    tok = dtv.DevanagariWordTokenizer("hin")
    assert load_word_tokenizer(tok) == tok
    back = pickle.loads(pickle.dumps(tok))
    assert back == tok and hash(back) == hash(tok)
    assert back.span_tokenize(TEXTS[0]) == tok.span_tokenize(TEXTS[0])
    import dill  # datatrove's executors pickle the pipeline with dill

    assert dill.loads(dill.dumps(tok)) == tok


def test_register_word_tokenizer_replaces_indic_nlp_for_devanagari_codes():
    from datatrove.utils.word_tokenizers import load_tokenizer_assignments

    codes = dtv.devanagari_language_codes()
    # datatrove's table sends these to Indic NLP Library (or whitespace).
    for c in ("hin", "hin_Deva", "hi", "mar", "mr", "npi", "san", "bho", "mai", "awa", "hne", "mag"):
        assert c in codes
    assert "eng" not in codes and "urd" not in codes and "hin_Latn" not in codes
    before = {c: load_tokenizer_assignments().get(c) for c in codes}
    try:
        assert dtv.register_word_tokenizer() == codes
        tok = load_word_tokenizer("mar")
        assert isinstance(tok, dtv.DevanagariWordTokenizer) and tok.split_options.language == "mr"
        assert isinstance(load_word_tokenizer("hin_Deva"), dtv.DevanagariWordTokenizer)
        table = load_tokenizer_assignments()
        assert getattr(table["eng"], "func", None) is not dtv._make_tokenizer
        assert getattr(table["urd"], "func", None) is not dtv._make_tokenizer
    finally:
        table = load_tokenizer_assignments()
        for c, f in before.items():
            if f is None:
                table.pop(c, None)
            else:
                table[c] = f
        load_word_tokenizer.cache_clear()


def test_datatrove_steps_run_on_our_tokenizer():
    """MinHash signatures, sentence splitting for the C4 filter, and the
    Gopher and FineWeb quality filters, with the tokenizer as `language`."""
    from datatrove.pipeline.filters import C4QualityFilter, FineWebQualityFilter, GopherQualityFilter
    from datatrove.utils.text import split_into_sentences, split_into_words

    tok = dtv.DevanagariWordTokenizer("hin")
    text = dv.clean(" ".join(sc.CLEAN[:10]))
    parts = split_into_sentences(text, tok)
    assert "".join(parts) == text and len(parts) == len(tok.sent_tokenize(text))
    assert split_into_words(text, tok) == tok.word_tokenize(text)
    doc = Document(text=text, id="q")
    for f in (
        GopherQualityFilter(language=tok, min_doc_words=5, min_stop_words=0),
        FineWebQualityFilter(language=tok),
        C4QualityFilter(language=tok, filter_no_terminal_punct=False),
    ):
        res = f.filter(doc)
        assert res is True or res is False or (isinstance(res, tuple) and res[0] is False)


def test_minhash_signatures_with_our_tokenizer(tmp_path):
    for m in ("xxhash", "tokenizers"):
        pytest.importorskip(m, reason=f"datatrove's dedup steps need {m}")
    from datatrove.pipeline.dedup.minhash import MinhashConfig, MinhashDedupSignature

    tok = dtv.DevanagariWordTokenizer("hin")
    sig = MinhashDedupSignature(output_folder=str(tmp_path), config=MinhashConfig(), language=tok)
    assert sig.word_tokenizer == tok
    text = dv.clean(" ".join(sc.CLEAN))
    shingles = sig.get_shingles(text)
    assert len(shingles) > 0


def test_sentence_dedup_with_our_tokenizer(tmp_path):
    """datatrove's three sentence-dedup stages on our sentences: the
    signature stage numbers sentences by sent_tokenize, the filter cuts by
    span_tokenize, so the two must agree sentence for sentence; a run of
    three sentences another document has goes, the rest stays as it was."""
    for m in ("xxhash", "tokenizers"):
        pytest.importorskip(m, reason=f"datatrove's dedup steps need {m}")
    from datatrove.pipeline.dedup.sentence_dedup import (
        SentDedupConfig,
        SentenceDedupFilter,
        SentenceDedupSignature,
        SentenceFindDedups,
    )

    tok = dtv.DevanagariWordTokenizer("hin")
    s = sc.CLEAN
    shared = f"{s[0]} {s[2]} {s[3]}"  # डॉ. inside: a stop that ends no sentence
    a = f"{shared} {s[4]}"
    b = f"{s[6]}\n{shared}  {s[7]}"
    config = SentDedupConfig(min_doc_words=0, min_num_sentences=0)

    def docs():
        return [Document(text=a, id="a"), Document(text=b, id="b")]

    def drain(steps_output):  # some stages return a generator, some None
        for _ in steps_output or ():
            pass

    drain(
        SentenceDedupSignature(output_folder=str(tmp_path / "sigs"), config=config, language=tok).run(
            docs(), rank=0, world_size=1
        )
    )
    drain(
        SentenceFindDedups(data_folder=str(tmp_path / "sigs"), output_folder=str(tmp_path / "dups"), config=config).run(
            rank=0, world_size=1
        )
    )
    out = list(SentenceDedupFilter(data_folder=str(tmp_path / "dups"), config=config, language=tok).run(docs(), rank=0))
    assert [d.id for d in out] == ["a", "b"]
    assert out[0].text == a
    assert out[1].text == f"{s[6]}  {s[7]}"


# --- The example pipeline, end to end ------------------------------------


@pytest.mark.parametrize("name", ["composed", "hplt"])
def test_example_pipeline_gives_the_records_of_the_clean_example(tmp_path, name):
    """On the composed corpus, and on the HPLT sample of ../shared when it
    is there: every record once (kept or set aside by the filter), its text
    byte for byte what `clean --jsonl` writes, its sentences what `split
    --jsonl` writes, its edit counts those of `clean --report`."""
    records = sc.corpus(name)
    shards = sc.write_jsonl_zst(records, tmp_path / "in", shards=3)
    want_text, want_sentences, want_edits, how = sc.reference(shards, tmp_path)
    out = tmp_path / "out"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    subprocess.run(
        [sys.executable, str(EXAMPLE), str(tmp_path / "in"), str(out), "--tasks", "3", "--workers", "2"],
        check=True,
        env=env,
        timeout=900,
        capture_output=True,
    )
    kept = [r for p in sorted(out.glob("*.jsonl.zst")) for r in sc.read_jsonl(p)]
    removed = [r for p in sorted((out / "removed").glob("*.jsonl.zst")) for r in sc.read_jsonl(p)]
    assert len(list(out.glob("*.jsonl.zst"))) == 3  # one shard per task
    got = kept + removed
    # Every record once, with the cleaned text of the clean example, byte for byte.
    assert len(got) == len(records) == len(want_text)
    assert sorted(r["id"] for r in got) == sorted(want_text)
    by_id = {r["id"]: r for r in records}
    for r in got:
        assert r["text"].encode("utf-8") == want_text[r["id"]].encode("utf-8"), (how, r["id"])
        m = r["metadata"]
        assert json.dumps(m["sentences"], ensure_ascii=False) == json.dumps(want_sentences[r["id"]], ensure_ascii=False)
        assert m["devanagari"]["edits"] == dict(want_edits[r["id"]])
        assert m["devanagari"]["sentences"] == len(want_sentences[r["id"]])
        # The other fields of the record travel in the metadata.
        for k, v in by_id[r["id"]].items():
            if k not in ("id", "text"):
                assert m[k] == v
    changed = sum(r["text"] != want_text[r["id"]] for r in records)
    if name == "composed":
        # Damage was there to repair, and the junk records are the ones
        # dropped, each with its reason.
        assert changed > len(records) / 4
        junk = {r["id"] for r in records if r["text"] in sc.JUNK}
        assert junk and {r["id"] for r in removed} == junk
        assert {r["metadata"]["filter_reason"] for r in removed} == {
            "devanagari_max_invisible_per_kchar",
            "devanagari_max_orphan_marks",
        }
    else:
        assert changed > 0
        assert all(r["metadata"]["filter_reason"].startswith("devanagari_") for r in removed)


def test_readme_at_scale_pipeline_runs(tmp_path, monkeypatch):
    """The ```py block of the root README's "At scale" section (it needs
    datatrove, so the README doctests of test_docs.py leave it to this file)."""
    import re

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## At scale") :]
    section = section[: section.index("\n## ", 3)]
    blocks = re.findall(r"```py\n(.*?)```", section, flags=re.S)
    assert len(blocks) == 1
    sc.write_jsonl_zst(sc.compose(120), tmp_path / "shards", shards=3)
    monkeypatch.chdir(tmp_path)
    exec(compile(blocks[0], "README.md[At scale]", "exec"), {"__name__": "readme"})
    assert len(list((tmp_path / "logs" / "completions").iterdir())) == 8
