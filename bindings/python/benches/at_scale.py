"""Throughput of the three at-scale routes (datatrove, Spark, the tools
under ``xargs -P``), this package against Indic NLP Library's ``normalize``
+ ``sentence_split`` in the same route, on 2 cores, back to back.

    pip install 'devanagari-text[datatrove,spark]' indic-nlp-library
    cargo build --release --example clean --example split   # for `tools`
    python benches/at_scale.py data --mb 500         # ../shared/web/hplt_deva.jsonl repeated, in shards
                                                     # (JSON Lines, and Parquet for spark --input parquet)
    python benches/at_scale.py datatrove             # each route: best of --rounds, routes in turn
    python benches/at_scale.py spark
    python benches/at_scale.py tools

Input: the HPLT sample ``../shared/web/hplt_deva.jsonl`` (``--source``)
repeated to ``--mb`` megabytes of JSON Lines, in ``--shards`` plain
``.jsonl`` files under ``--dir`` (default: a folder under the system's
temporary folder); every record keeps its fields, ids get the copy number.
The sample's records are 500-character excerpts (1.3 kB); ``--join N``
makes documents of N excerpts of one language (paragraphs) instead, to
show how the per-document cost of an engine weighs.
Not run in CI (it reads ../shared).

Routes, each on 2 cores (``--cores``), every variant reading the same
shards and writing the same shape (the record with its text cleaned and
its sentences added):

- **datatrove**: ``LocalPipelineExecutor`` (one task per shard, 2 workers):
  ``JsonlReader`` → steps → ``JsonlWriter`` (plain). Variants: ``ours``
  (``DevanagariClean`` with counts + ``DevanagariSplit`` +
  ``DevanagariFilter``, as examples/datatrove_pipeline.py), ``ours_nocounts``
  (``DevanagariClean(counts=False)`` + ``DevanagariSplit``: the batch
  calls), ``indicnlp`` (one step: ``normalize`` then ``sentence_split`` per
  document, the language of each record mapped as datatrove's tokenizer
  table maps it) and ``engine`` (reader → writer, the text copied as its
  one sentence so that the records written are as long: the engine's own
  share). Every writer has :func:`document_adapter` (``--default-adapter``:
  datatrove's, a deep copy of each document).
- **spark**: one ``local[2]`` session; ``spark.read.json`` (or with
  ``--input parquet`` ``spark.read.parquet`` of the same records) →
  ``mapInArrow`` → Parquet. ``ours``: :func:`devanagari.integrations.spark.clean_and_split`
  (Arrow arrays through the batch calls); ``indicnlp``: the same
  ``mapInArrow`` with Indic NLP Library per row (``to_pylist`` in,
  ``pa.array`` out); ``engine``: ``mapInArrow`` passing the batches
  through with the text as the one sentence of each record.
- **tools**: ``ls shards | xargs -P 2 -n 1`` one process per shard:
  ``ours``: ``clean --jsonl --jobs 1 SHARD | split --jsonl --jobs 1``;
  ``indicnlp``: this file's ``indic-filter`` (JSON Lines in, Indic NLP
  Library, JSON Lines out, orjson when installed); ``engine``: the same
  filter with no processing (``engine_py``: JSON in and out only, the
  Indic NLP route's engine) and ``cat`` (``engine_io``: reading and writing
  the files, starting the processes: the tools parse and write the JSON
  themselves, so that is all of their route that is not theirs).

Each variant is timed in wall seconds and in CPU seconds of every process
of the route (this one and its descendants: datatrove's workers, Spark's
JVM and Python workers, xargs' processes; from /proc); the machine is
shared, so CPU time is the steadier measure of what a route costs per
core.

Measured (2026-12-06, the 2-core development machine shared with other
sessions, load average 3 to 5; the sample repeated 40 times: 504 MB,
358,200 records in 8 shards; best of 3 rounds; MB per CPU-second, the
ratio to Indic NLP Library by CPU and by wall time, and the engine
variant's share of the route's CPU time)::

    tools (xargs -P 2)   ours            141.9 MB/CPU-s  5.36x CPU  6.30x wall   cat: 6 %
                         indicnlp         26.5 MB/CPU-s                          JSON in/out: 17 %
    spark, Parquet in    ours             48.6 MB/CPU-s  2.24x CPU  2.25x wall   engine 68 %
                         indicnlp         21.7 MB/CPU-s                          engine 31 %
    spark, JSON in       ours             40.4 MB/CPU-s  2.00x CPU  3.09x wall   engine 69 %
                         indicnlp         20.2 MB/CPU-s                          engine 34 %
    datatrove            ours             24.7 MB/CPU-s  1.30x CPU  1.26x wall   engine 55 %
                         ours_nocounts    28.7 MB/CPU-s  1.50x CPU  1.46x wall   engine 64 %
                         indicnlp         19.1 MB/CPU-s                          engine 42 %

A second run (load average up to 6, wall times useless) gave by CPU: Spark
JSON 39.9 against 20.2 MB/CPU-s (1.98x); datatrove 24.4 and 29.4 against
19.9 (1.22x, 1.47x).

Where the time goes. The tools do everything in Rust: 94 % of their CPU
time is theirs (JSON included). Spark: the engine (JSON or Parquet
reading, Arrow conversion both ways, Parquet writing) is 7.1-8.6 CPU-s of
the 500 MB; this package's part through the Arrow batch calls 3.3-4.4
CPU-s (115-150 MB per CPU-second), Indic NLP Library's per row 16 CPU-s.
The Arrow batch calls themselves run clean + sentences at 124-129 MB/s on
one thread where the Rust library does 223-225 MB/s on the same records
(``_native._rust_clean_sentences_seconds``): the buffer handling of the
native Arrow functions (bindings/python/src/arrow.rs) is the next thing to
cut in this route.
datatrove: the engine alone (a ``Document`` per record, stats per record
in reader and writer, orjson) is 11.2 CPU-s, 42 % of the Indic NLP route:
even free cleaning would make the route only 2.4x faster. This package's
part is 6.3 CPU-s (clean_batch + sentences_batch on lists of ``str``:
the UTF-8 of each ``str`` and new ``str`` objects for changed texts and
sentences cost about as much as the Rust work; an Arrow round trip from
the list costs more, 179 ms against 113 ms a shard), 9.1 CPU-s with the
counts (``clean_with_edits`` and ``findings`` per document: Edit objects,
and a second scan for the findings) and the filter; Indic NLP Library's
15.2 CPU-s. Cut: writers with :func:`document_adapter` instead of
datatrove's default adapter (a deep copy of each document with its
sentences: 6.6 → 4.9 CPU-s for the whole route on 100 MB), the filter's
stats per batch instead of four per document, per-batch stats in the
clean and split steps.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from typing import Dict, List

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
DEFAULT_SOURCE = os.path.normpath(os.path.join(ROOT, "..", "shared", "web", "hplt_deva.jsonl"))
DEFAULT_DIR = os.path.join(tempfile.gettempdir(), "devanagari-at-scale")

# HPLT's language codes → Indic NLP Library's, as datatrove's tokenizer
# table (tokenizer_assignment.csv, column tok_code) maps them.
INDIC_LANG = {
    "hin": "hi",
    "mar": "mr",
    "npi": "ne",
    "san": "sa",
    "bho": "hi",
    "mai": "hi",
    "mag": "hi",
    "awa": "ne",
    "hne": "ne",
}


# --- CPU time of this process and all its descendants ------------------------


def _proc_stats():
    """pid → (ppid, utime + stime + cutime + cstime in clock ticks) of every
    process, from /proc (Linux)."""
    out = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat", "rb") as f:
                raw = f.read().decode("ascii", "replace")
        except OSError:
            continue
        fields = raw[raw.rindex(")") + 2 :].split()
        out[int(d)] = (int(fields[1]), sum(int(x) for x in fields[11:15]))
    return out


def cpu_seconds() -> float:
    """CPU seconds (user + system) used so far by this process, its reaped
    descendants and its live descendants (Spark's JVM and Python workers,
    datatrove's and xargs' processes): the machine is shared, so CPU time
    says more than wall time about what a route costs."""
    t = os.times()
    total = t.user + t.system + t.children_user + t.children_system
    if not os.path.isdir("/proc"):
        return total
    stats = _proc_stats()
    me = os.getpid()
    children: Dict[int, list] = {}
    for pid, (ppid, _) in stats.items():
        children.setdefault(ppid, []).append(pid)
    todo, ticks = list(children.get(me, [])), 0
    while todo:
        pid = todo.pop()
        ticks += stats[pid][1]
        todo.extend(children.get(pid, []))
    return total + ticks / os.sysconf("SC_CLK_TCK")


class quiet_stderr:
    """Standard error (file descriptor 2, inherited by worker processes) to
    ``path`` inside the block: datatrove logs every task there."""

    def __init__(self, path: str):
        self.path = path

    def __enter__(self):
        sys.stderr.flush()
        self.saved = os.dup(2)
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        os.dup2(fd, 2)
        os.close(fd)
        return self

    def __exit__(self, *exc):
        sys.stderr.flush()
        os.dup2(self.saved, 2)
        os.close(self.saved)


class Timer:
    """Wall and CPU seconds of a block."""

    def __enter__(self):
        self.cpu0, self.t0 = cpu_seconds(), time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.wall = time.perf_counter() - self.t0
        self.cpu = cpu_seconds() - self.cpu0


# --- data -------------------------------------------------------------------


def make_data(args) -> int:
    if not os.path.exists(args.source):
        print(f"no data at {args.source}", file=sys.stderr)
        return 2
    with open(args.source, encoding="utf-8") as f:
        recs = [json.loads(line) for line in f if line.strip()]
    if args.join > 1:
        # Longer documents: `join` excerpts of one language, a paragraph
        # each (the sample's records are 500-character excerpts; the
        # engines' cost is per document).
        by_lang: Dict[str, list] = {}
        for r in recs:
            by_lang.setdefault(r["lang"], []).append(r)
        recs = []
        for lang, rs in by_lang.items():
            for i in range(0, len(rs), args.join):
                group = rs[i : i + args.join]
                recs.append({"id": group[0]["id"], "lang": lang, "text": "\n".join(r["text"] for r in group)})
    size = os.path.getsize(args.source)
    copies = max(1, round(args.mb * 1e6 / size))
    out = os.path.join(args.dir, "jsonl")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    files = [open(os.path.join(out, f"part-{s:02d}.jsonl"), "w", encoding="utf-8") for s in range(args.shards)]
    n = 0
    for c in range(copies):
        for r in recs:
            r = dict(r, id=f"{r['id']}/{c}")
            files[n % args.shards].write(json.dumps(r, ensure_ascii=False) + "\n")
            n += 1
    for f in files:
        f.close()
    total = sum(os.path.getsize(p) for p in shards(args))
    print(f"{n} records, {total / 1e6:.0f} MB in {args.shards} shards under {out} ({copies} copies of {args.source})")
    # The same records as Parquet shards (FineWeb-2's format), for Spark.
    import pyarrow.json as pj
    import pyarrow.parquet as pq

    pout = os.path.join(args.dir, "parquet")
    shutil.rmtree(pout, ignore_errors=True)
    os.makedirs(pout)
    for p in shards(args):
        table = pj.read_json(p, read_options=pj.ReadOptions(block_size=1 << 26))
        pq.write_table(
            table, os.path.join(pout, os.path.basename(p).replace(".jsonl", ".parquet")), row_group_size=10000
        )
    return 0


def shards(args) -> List[str]:
    return sorted(glob.glob(os.path.join(args.dir, "jsonl", "*.jsonl")))


def input_mb(args) -> float:
    return sum(os.path.getsize(p) for p in shards(args)) / 1e6


# --- Indic NLP Library, as the other routes call it ----------------------------

_NORMALIZERS: Dict[str, object] = {}


def indic_clean_split(text: str, lang: str):
    from indicnlp.normalize.indic_normalize import IndicNormalizerFactory
    from indicnlp.tokenize.sentence_tokenize import sentence_split

    code = INDIC_LANG.get(lang, "hi")
    n = _NORMALIZERS.get(code)
    if n is None:
        n = _NORMALIZERS[code] = IndicNormalizerFactory().get_normalizer(code)
    text = n.normalize(text)
    return text, sentence_split(text, code)


# --- datatrove --------------------------------------------------------------------


def _indic_step_class():
    from datatrove.pipeline.base import PipelineStep

    class IndicNLPCleanSplit(PipelineStep):
        name = "Indic NLP normalize + sentence_split"
        type = "✂️ - FORMAT"

        def run(self, data, rank=0, world_size=1):
            for doc in data:
                with self.track_time():
                    doc.text, doc.metadata["sentences"] = indic_clean_split(doc.text, doc.metadata.get("lang", "hin"))
                yield doc

    return IndicNLPCleanSplit


def _copy_step_class():
    from datatrove.pipeline.base import PipelineStep

    class CopyAsSentences(PipelineStep):
        """No cleaning, and the text as the one sentence: records of the
        size the other variants write, for the engine's own share."""

        name = "text as its sentence"
        type = "✂️ - FORMAT"

        def run(self, data, rank=0, world_size=1):
            for doc in data:
                doc.metadata["sentences"] = [doc.text]
                yield doc

    return CopyAsSentences


def datatrove_pipeline(variant: str, inp: str, out: str, default_adapter: bool = False):
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from devanagari.integrations.datatrove import DevanagariClean, DevanagariFilter, DevanagariSplit, document_adapter

    steps = {
        "ours": lambda: [
            DevanagariClean(),
            DevanagariSplit(),
            DevanagariFilter(max_invisible_per_kchar=200, max_orphan_marks=3),
        ],
        "ours_nocounts": lambda: [DevanagariClean(counts=False), DevanagariSplit()],
        "indicnlp": lambda: [_indic_step_class()()],
        "engine": lambda: [_copy_step_class()()],
    }[variant]()
    adapter = None if default_adapter else document_adapter
    return [
        JsonlReader(inp, glob_pattern="*.jsonl", add_file_path=False),
        *steps,
        JsonlWriter(out, output_filename="${rank}.jsonl", compression=None, adapter=adapter),
    ]


def run_datatrove(args) -> int:
    from datatrove.executor import LocalPipelineExecutor

    variants = args.variants or ["engine", "ours", "ours_nocounts", "indicnlp"]
    mb = input_mb(args)
    n = len(shards(args))
    best = {v: (float("inf"), float("inf")) for v in variants}
    for r in range(args.rounds):
        for v in variants:
            out = os.path.join(args.dir, "out_datatrove", v)
            shutil.rmtree(out, ignore_errors=True)
            ex = LocalPipelineExecutor(
                datatrove_pipeline(v, os.path.join(args.dir, "jsonl"), out, args.default_adapter),
                tasks=n,
                workers=args.cores,
                logging_dir=os.path.join(out, "logs"),
                skip_completed=False,
            )
            with quiet_stderr(os.path.join(args.dir, "datatrove.log")), Timer() as tm:
                ex.run()
            record(best, v, r, tm)
    report("datatrove", mb, best, args)
    return 0


# --- Spark ------------------------------------------------------------------------


def _indic_batches(batches):
    import pyarrow as pa

    for b in batches:
        texts = b.column("text").to_pylist()
        langs = b.column("lang").to_pylist()
        outs = [indic_clean_split(t, lang) if t is not None else (None, None) for t, lang in zip(texts, langs)]
        i = b.schema.get_field_index("text")
        arrays = list(b.columns)
        arrays[i] = pa.array([o[0] for o in outs], type=b.column(i).type)
        arrays.append(pa.array([o[1] for o in outs], type=pa.list_(pa.string())))
        yield pa.RecordBatch.from_arrays(arrays, names=[*b.schema.names, "sentences"])


def _pass_batches(batches):
    """No cleaning, and the text as the one sentence of each record (an
    Arrow list over the same strings): output of the size the other
    variants write, for the engine's own share."""
    import pyarrow as pa

    for b in batches:
        text = b.column("text")
        one = pa.ListArray.from_arrays(pa.array(range(len(b) + 1), type=pa.int32()), text)
        yield pa.RecordBatch.from_arrays([*b.columns, one], names=[*b.schema.names, "sentences"])


def run_spark(args) -> int:
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    from devanagari.integrations.spark import clean_and_split, output_schema

    spark = (
        SparkSession.builder.master(f"local[{args.cores}]")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "10000")
        .config("spark.driver.memory", "4g")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    variants = args.variants or ["engine", "ours", "indicnlp"]
    mb = input_mb(args)
    if args.input == "parquet":
        src = os.path.join(args.dir, "parquet", "*.parquet")
        read = lambda: spark.read.parquet(src)  # noqa: E731
    else:
        src = os.path.join(args.dir, "jsonl", "*.jsonl")
        schema = spark.read.json(src).schema  # inferred once, outside the timing
        read = lambda: spark.read.schema(schema).json(src)  # noqa: E731
    best = {v: (float("inf"), float("inf")) for v in variants}
    try:
        for r in range(args.rounds):
            for v in variants:
                out = os.path.join(args.dir, "out_spark", v)
                with Timer() as tm:
                    df = read()
                    if v == "ours":
                        res = clean_and_split(df)
                    elif v == "indicnlp":
                        res = df.mapInArrow(_indic_batches, output_schema(df.schema))
                    else:
                        res = df.mapInArrow(_pass_batches, output_schema(df.schema))
                    res.write.mode("overwrite").parquet(out)
                record(best, v, r, tm)
    finally:
        spark.stop()
    report(f"spark ({args.input} input)", mb, best, args)
    return 0


# --- the tools under xargs -P ----------------------------------------------------


def indic_filter(args) -> int:
    """JSON Lines on standard input → the same records with the text
    normalized and ``sentences`` added (Indic NLP Library, or nothing with
    --none) on standard output."""
    try:
        import orjson

        loads, dumps = orjson.loads, lambda o: orjson.dumps(o) + b"\n"
    except ImportError:  # pragma: no cover
        loads, dumps = json.loads, lambda o: (json.dumps(o, ensure_ascii=False) + "\n").encode("utf-8")
    out = sys.stdout.buffer
    for line in sys.stdin.buffer:
        if not line.strip():
            out.write(line)
            continue
        r = loads(line)
        if not args.none:
            r["text"], r["sentences"] = indic_clean_split(r["text"], r.get("lang", "hin"))
        out.write(dumps(r))
    return 0


def run_tools(args) -> int:
    ex = os.path.join(ROOT, "target", "release", "examples")
    clean, split = os.path.join(ex, "clean"), os.path.join(ex, "split")
    if not (os.path.exists(clean) and os.path.exists(split)):
        print("build the tools first: cargo build --release --example clean --example split", file=sys.stderr)
        return 2
    variants = args.variants or ["engine_io", "engine_py", "ours", "indicnlp"]
    me = os.path.abspath(__file__)
    py = sys.executable
    cmds = {
        "ours": f'"{clean}" --jsonl --quiet --jobs 1 "$0" | "{split}" --jsonl --quiet --jobs 1 > "$OUT/$(basename "$0")"',
        "indicnlp": f'"{py}" "{me}" indic-filter < "$0" > "$OUT/$(basename "$0")"',
        "engine_py": f'"{py}" "{me}" indic-filter --none < "$0" > "$OUT/$(basename "$0")"',
        "engine_io": 'cat "$0" > "$OUT/$(basename "$0")"',
    }
    mb = input_mb(args)
    files = "\n".join(shards(args)) + "\n"
    best = {v: (float("inf"), float("inf")) for v in variants}
    for r in range(args.rounds):
        for v in variants:
            out = os.path.join(args.dir, "out_tools", v)
            shutil.rmtree(out, ignore_errors=True)
            os.makedirs(out)
            with Timer() as tm:
                subprocess.run(
                    ["xargs", "-P", str(args.cores), "-n", "1", "sh", "-c", cmds[v]],
                    input=files.encode(),
                    check=True,
                    env=dict(os.environ, OUT=out),
                )
            record(best, v, r, tm)
    report("tools", mb, best, args)
    return 0


# --- report -----------------------------------------------------------------------


def record(best, v, r, tm) -> None:
    """Keeps the best wall time and the least CPU time of variant ``v``."""
    w, c = best[v]
    best[v] = (min(w, tm.wall), min(c, tm.cpu))
    print(f"round {r} {v}: {tm.wall:.1f} s wall, {tm.cpu:.1f} s CPU", flush=True)


def report(route: str, mb: float, best, args) -> None:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{route}: {mb:.0f} MB, {args.cores} cores, best of {args.rounds} rounds, load average {load:.1f} after")
    print(f"  {'':14s} {'wall':>7s}  {'MB/s':>6s}  {'CPU s':>7s}  {'MB/CPU-s':>8s}  vs Indic NLP (wall, CPU)")
    base = best.get("indicnlp")
    for v, (w, c) in best.items():
        rel = f"  {base[0] / w:5.2f}x  {base[1] / c:5.2f}x" if base and not v.startswith("engine") else ""
        print(f"  {v:14s} {w:7.1f}  {mb / w:6.1f}  {c:7.1f}  {mb / c:8.1f}{rel}")
    engines = {
        "engine": [v for v in best if not v.startswith("engine")],
        "engine_py": ["indicnlp"],
        "engine_io": ["ours"],
    }
    for e, of in engines.items():
        for v in of:
            if e in best and v in best:
                print(
                    f"  {e} share of {v}: {100 * best[e][0] / best[v][0]:.0f} % of the wall time, "
                    f"{100 * best[e][1] / best[v][1]:.0f} % of the CPU time"
                )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("data", "datatrove", "spark", "tools"):
        p = sub.add_parser(name)
        p.add_argument("--dir", default=DEFAULT_DIR)
        p.add_argument("--cores", type=int, default=2)
        p.add_argument("--rounds", type=int, default=2)
        p.add_argument("--variants", nargs="*")
        if name == "spark":
            p.add_argument(
                "--input", choices=["json", "parquet"], default="json", help="read the JSON Lines or the Parquet shards"
            )
        if name == "datatrove":
            p.add_argument(
                "--default-adapter",
                action="store_true",
                help="writers with datatrove's default adapter (a deep copy per document)",
            )
        if name == "data":
            p.add_argument("--source", default=DEFAULT_SOURCE)
            p.add_argument("--mb", type=float, default=500)
            p.add_argument("--shards", type=int, default=8)
            p.add_argument(
                "--join", type=int, default=1, help="join this many excerpts of one language into a document"
            )
    p = sub.add_parser("indic-filter")
    p.add_argument("--none", action="store_true")
    args = ap.parse_args()
    return {
        "data": make_data,
        "datatrove": run_datatrove,
        "spark": run_spark,
        "tools": run_tools,
        "indic-filter": indic_filter,
    }[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
