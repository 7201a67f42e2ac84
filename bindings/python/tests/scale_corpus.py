"""A small composed corpus for the at-scale tests (datatrove, Spark, the
tools): a few hundred JSON records of Devanagari sentences written for
these tests, some clean and some with the damage web text has (pipes for
dandas, a colon for visarga, English words a site fused to Hindi signs,
split vowel signs, spaces before dandas, zero-width spaces), and a few
junk records the filter must drop (runs of invisible characters, orphan
signs). Deterministic: the same records on every run."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Dict, List

# Sentences composed for these tests (Hindi, Marathi, Nepali, Sanskrit).
CLEAN = [
    "सुबह की बस आज देर से आई।",
    "गाँव के तालाब में नई मछलियाँ छोड़ी गईं।",
    "डॉ. वर्मा ने मरीज़ों को आराम की सलाह दी।",
    "बाज़ार में टमाटर का भाव 40 रुपये किलो रहा।",
    "क्या तुमने पुस्तकालय की नई किताबें देखीं?",
    "बच्चों ने मैदान में पतंगें उड़ाईं और शाम तक खेलते रहे।",
    "रेलवे ने त्योहार के लिए 12 विशेष गाड़ियाँ चलाने का निर्णय लिया।",
    "उन्होंने कहा कि बारिश के बाद सड़क की मरम्मत होगी।",
    "पिछले साल यहाँ 3.5 प्रतिशत अधिक फसल हुई थी।",
    "शिक्षक ने कहा, “कल परीक्षा है।”",
    "आज पुण्यात पाऊस पडला आणि रस्ते ओले झाले.",
    "श्री. देशमुख यांनी शाळेला पुस्तके दिली.",
    "काठमाडौंमा आज हल्का वर्षा भयो।",
    "विद्यालयमा नयाँ शिक्षक आउनुभयो।",
    "विद्या ददाति विनयम्।",
    "सत्यं वद धर्मं चर॥",
    "नदी किनारे एक पुराना मंदिर है, जहाँ हर साल मेला लगता है।",
    "इस योजना से किसानों को सीधा लाभ मिलेगा।",
    "मौसम विभाग ने अगले दो दिन तेज़ हवा चलने की चेतावनी दी है।",
    "प्रदर्शनी 10.11.2025 तक खुली रहेगी।",
]

# Sentences with damage the cleaner repairs (composed; each shows one kind).
DAMAGED = [
    "उसे बहुत दु:ख हुआ |",  # colon for visarga, pipe for danda, space before it
    "रूसी Governmentी एजेंसी ने बयान जारी किया।",  # an English word fused to a Hindi sign
    "Indiaीय टीम ने मैच जीत लिया।",
    "गैरGovernmentी संगठनों ने मदद की ।",
    "उन्हाेंने घर लौटने का फैसला किया।",  # a split vowel sign (AA + E for O)
    "हमने\u200b बाज़ार\u200b से फल खरीदे।",  # zero-width spaces
    "खेल  के  बाद   सब  घर  गए ।",  # runs of spaces, space before the danda
    "प्रात: काल सूर्य नमस्कार करें |",
    "अत: यह काम कल होगा।",
    "शहर में आज धूप रही ||",
]

# Junk: what the filter is for.
JUNK = [
    "\u200b".join("नमस्ते दुनिया आज का दिन") + "।",  # an invisible character between every letter
    "नई Flurbी Zorpीं Quaxों योजना Blimpी Snarfे शुरू।",  # signs of words that are not there
]


def compose(n: int = 300, seed: int = 20) -> List[Dict]:
    """``n`` records ``{"id", "lang", "text", "n"}``: texts of one to six
    sentences, about a third with damage, 1 in 25 junk."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        if i % 25 == 7:
            text = rng.choice(JUNK)
        else:
            k = rng.randint(1, 6)
            parts = [rng.choice(DAMAGED if rng.random() < 0.33 else CLEAN) for _ in range(k)]
            text = " ".join(parts)
            if rng.random() < 0.1:
                text = text.replace("। ", "।\n", 1)  # a paragraph break inside the text
        out.append({"id": f"doc-{i:04d}", "lang": "hin", "text": text, "n": i})
    return out


def write_jsonl_zst(records: List[Dict], folder: Path, shards: int = 3) -> List[Path]:
    """The records as ``shards`` ``.jsonl.zst`` files (records dealt out in
    turn) under ``folder``."""
    import pyarrow as pa

    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"part-{s:02d}.jsonl.zst" for s in range(shards)]
    streams = [pa.CompressedOutputStream(str(p), "zstd") for p in paths]
    for i, r in enumerate(records):
        streams[i % shards].write((json.dumps(r, ensure_ascii=False) + "\n").encode("utf-8"))
    for s in streams:
        s.close()
    return paths


def write_parquet(records: List[Dict], path: Path) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(records), str(path), row_group_size=64)
    return path


def read_jsonl(path: Path) -> List[Dict]:
    """The records of a JSON Lines file, ``.zst`` or plain."""
    import pyarrow as pa

    if str(path).endswith(".zst"):
        with pa.CompressedInputStream(pa.OSFile(str(path)), "zstd") as f:
            data = f.read()
    else:
        data = Path(path).read_bytes()
    return [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]


def reference(paths: List[Path], tmp: Path):
    """What the Rust examples make of the shards ``paths``: ``(texts,
    sentences, edits, how)``: id → cleaned text (``clean --jsonl``), id →
    sentences of the cleaned text (``split --jsonl`` on clean's output), id
    → edit kind → count (``clean --report``), and which route gave them.
    Without the release examples, the package's own ``clean_batch`` and
    ``sentences_batch`` (tied to the examples by test_parity.py)."""
    import subprocess
    from collections import Counter

    from conftest import EXAMPLES

    clean_tool, split_tool = EXAMPLES / "clean", EXAMPLES / "split"
    if clean_tool.exists() and split_tool.exists():
        report = tmp / "report.jsonl"
        cleaned = tmp / "clean.jsonl"
        args = ["--jsonl", "--quiet", "--report", str(report), "--output", str(cleaned)]
        subprocess.run([str(clean_tool), *args, *map(str, paths)], check=True, timeout=300)
        split = subprocess.run(
            [str(split_tool), "--jsonl", "--quiet", str(cleaned)], check=True, capture_output=True, timeout=300
        ).stdout
        recs = read_jsonl(cleaned)
        texts = {r["id"]: r["text"] for r in recs}
        sentences = {r["id"]: r["sentences"] for r in map(json.loads, split.decode("utf-8").splitlines())}
        # Report lines name their input and the line within it.
        ids_by_line = {}
        for p in paths:
            for n, r in enumerate(read_jsonl(p), start=1):
                ids_by_line[(p.name, n)] = r["id"]
        edits: Dict[str, Counter] = {i: Counter() for i in texts}
        for e in read_jsonl(report):
            edits[ids_by_line[(Path(e["file"]).name, e["line"])]][e["kind"]] += 1
        return texts, sentences, edits, "examples"
    import devanagari as dv

    recs = [r for p in paths for r in read_jsonl(p)]
    outs = dv.clean_batch([r["text"] for r in recs])
    texts = {r["id"]: o for r, o in zip(recs, outs)}
    sentences = {r["id"]: s for r, s in zip(recs, dv.sentences_batch(outs))}
    edits = {r["id"]: Counter(e.kind for e in dv.clean_with_edits(r["text"])[1]) for r in recs}
    return texts, sentences, edits, "package"


def hplt_records() -> List[Dict]:
    """The records of ../shared/web/hplt_deva.jsonl, or [] without it."""
    from conftest import shared_files

    files = shared_files("web/hplt_deva.jsonl")
    return read_jsonl(files[0]) if files else []


def corpus(name: str) -> List[Dict]:
    """``"composed"`` (this file's records) or ``"hplt"`` (skips the
    calling test without ../shared)."""
    if name == "composed":
        return compose(300)
    import pytest

    recs = hplt_records()
    if not recs:
        pytest.skip("../shared/web/hplt_deva.jsonl is absent")
    return recs
