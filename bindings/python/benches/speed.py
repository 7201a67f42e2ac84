"""Speed: this package against Indic NLP Library, and against the Rust
library itself, in one process on the same records.

    pip install indic-nlp-library   # 0.92
    python benches/speed.py [--rounds 9] [--threads 2]

Input: the Hindi records (``lang == "hin"``) of ../shared/web/hplt_deva.jsonl
(``--data``, ``--lang``). Not run in CI.

Contenders, each over every record, the best of ``--rounds`` rounds run
in turn (the machine is shared and noisy: compare within one run):

- Indic NLP Library: ``sentence_split(normalizer.normalize(text), "hi")``;
- this package, per call: ``sentences(clean(text))``;
- this package, batch: ``sentences_batch(clean_batch(texts))`` on 1 and
  on ``--threads`` threads;
- the fused calls: ``clean_sentences(text)`` per call, and
  ``clean_sentences_batch(texts)`` on 1 and ``--threads`` threads;
- the Rust library alone: ``clean`` then ``sentences`` of each record on
  Rust strings, through the batch calls' scheduling, on 1 and ``--threads``
  threads (``_native._rust_clean_sentences_seconds``).

Every round gets fresh ``str`` objects (copies made outside the timing), so
the UTF-8 that CPython caches in a string the first time it is asked for is
paid in every round, as in a pipeline that reads each text once.

Measured again after the fused calls were added, lists of pieces were
sliced from the ``str`` without a cast to the ``Sequence`` protocol (which
cost about 0.4 microseconds a call: ``sentences`` of a one-character text
went from 0.72 to 0.30 microseconds), the UTF-8 of Arrow slots was
checked with simdutf8 (the standard library's check had been more than a
quarter of a call over an Arrow array) and Arrow results were written
straight into the ``bytes`` handed back (2026-12-06, the same machine,
load average 1.2; 15 rounds):

    Indic NLP Library 0.92 normalize + sentence_split   45.8 MB/s
    clean + sentences, per call                        155.0 MB/s   3.38x
    clean_batch + sentences_batch, 1 thread            163.7 MB/s   3.57x
    clean_batch + sentences_batch, 2 threads           222.5 MB/s   4.85x
    clean_sentences, per call                          173.2 MB/s   3.78x
    clean_sentences_batch, 1 thread                    179.4 MB/s   3.91x
    clean_sentences_batch, 2 threads                   249.1 MB/s   5.43x
    clean_sentences_batch, Arrow array, 1 thread       201.5 MB/s   4.39x
    clean_sentences_batch, Arrow array, 2 threads      299.1 MB/s   6.52x
    Rust library, 1 thread                             354.2 MB/s   (7.7x)
    Rust library, 2 threads                            684.2 MB/s   (14.9x)
    fused / Rust: 51 % on 1 thread, 36 % on 2 threads
    Arrow / Rust: 57 % on 1 thread, 44 % on 2 threads

Measured again (2026-12-07, the same machine, 30 rounds) after the
quick check's plain runs made the Rust library faster on these records
(354 to 430 MB/s on one thread) and the Arrow form of the fused call
became one native call (no array of cleaned texts built and read back):

    Indic NLP Library 0.92 normalize + sentence_split   45.2 MB/s
    clean_sentences, per call                          177.7 MB/s   3.93x
    clean_sentences_batch, 2 threads                   225.3 MB/s   4.98x
    clean_sentences_batch, Arrow array, 1 thread       239.9 MB/s   5.30x
    clean_sentences_batch, Arrow array, 2 threads      341.3 MB/s   7.54x
    Rust library, 1 thread                             429.8 MB/s   (9.5x)
    Rust library, 2 threads                            680.2 MB/s   (15.0x)

A faster core moved the per-call ratio little: the work done holding the
GIL (the input's UTF-8, the new ``str`` objects) is now most of a call.

Over an Arrow array no ``str`` is encoded, but Arrow's buffers are
copied into ``bytes`` on the way in (the limited API of Python 3.10 has no
buffer protocol), and the result was written into new ``bytes``. A
``bytes`` of a megabyte comes from the C library's ``malloc``, which gives
such blocks back to the system when they are freed, so each call paid a
page fault a page, twice. Timed inside the call, building the result took
0.12 to 0.83 ms (1.1 to 1.6 ms on one thread) of 3 to 6. Run with
``MALLOC_TRIM_THRESHOLD_`` and ``MALLOC_MMAP_THRESHOLD_`` set high (which
keeps the blocks), the Arrow rows were 337 and 604 MB/s (7.29x, 13.05x).
So the Arrow calls now write their results into buffers of pyarrow's
memory pool, which keeps its memory (``src/raw.rs``, the package's one
``unsafe`` module); the inputs are still copied into ``bytes`` (read in
place, another thread could change them under the UTF-8 check). Measured
after that change (2026-12-07, the same machine, load average 0.8, 30
rounds, no environment variables):

    Indic NLP Library 0.92 normalize + sentence_split   46.3 MB/s
    clean_sentences, per call                          183.4 MB/s   3.96x
    clean_sentences_batch, 2 threads                   257.0 MB/s   5.55x
    clean_sentences_batch, Arrow array, 1 thread       340.1 MB/s   7.35x
    clean_sentences_batch, Arrow array, 2 threads      604.8 MB/s  13.07x
    Rust library, 1 thread                             433.8 MB/s
    Rust library, 2 threads                            805.0 MB/s
    Arrow / Rust: 78 % on 1 thread, 75 % on 2 threads

(Just before it, in the same way: Arrow 246.9 and 380.5 MB/s, 5.29x and
8.15x, 57 % and 47 % of Rust.)

Batches over a list on two threads had made every text's UTF-8 first,
then cleaned and split on the pool, then made every result ``str``: the
two GIL-held parts (1.7 ms and about 2.4 ms of the 7.5 ms a one-thread
call takes, timed inside the call) ran alone. They now overlap the work
(``pool::pipeline``): the calling thread makes the UTF-8 and the objects
while a worker cleans and splits, and takes a chunk itself when it would
wait. Measured after that change (2026-12-07, the same machine, 30
rounds; the load average of 1.7 was this run's own):

    Indic NLP Library 0.92 normalize + sentence_split   46.5 MB/s
    clean_batch + sentences_batch, 2 threads           275.8 MB/s   5.93x
    clean_sentences_batch, 1 thread                    183.7 MB/s   3.95x
    clean_sentences_batch, 2 threads                   300.7 MB/s   6.46x
    clean_sentences_batch, Arrow array, 2 threads      581.9 MB/s  12.50x
    Rust library, 1 thread                             428.7 MB/s
    Rust library, 2 threads                            802.4 MB/s

(Before it, in the run above: 215.5 and 257.0 MB/s, 4.66x and 5.55x.)

A profile (perf) of the fused batch call on one thread, with the fresh
strings made in the same process: 45 % of the samples in the native module
(the Rust library), 13 % in CPython's UTF-8 encoder for the input ``str``
(Devanagari is stored as UCS-2; the limited API of an abi3 module offers no
way around it), 7 % decoding the sentences of the texts clean changed (a
third of the bytes) into new ``str``, the rest allocation and the copies.

Measured again (2026-12-08, the same machine, slow that night: Indic NLP
Library ran at 19.7 MB/s where it had run at 46; read the ratios) after
the pieces of an unchanged text became slices made by
``PyUnicode_Substring`` (``src/substring.rs``) instead of ``text[a:b]``
through a slice object, 15 rounds:

    clean + sentences, per call                                 3.96x
    clean_sentences, per call                                   3.70x
    clean_batch + sentences_batch, 2 threads                    5.75x
    clean_sentences_batch, 2 threads                            6.27x
    clean_sentences_batch, Arrow array, 2 threads              10.40x
    Arrow / Rust: 56 % on 1 thread, 74 % on 2 threads

In one run of single calls, ``sentences`` cost 25 % more than
``sentence_spans`` before the change and 11 % more after it; the per-call
ratio moved within the noise.

Measured earlier (2026-12-06, the 2-core development machine, load average 1.0;
1,103 records, 1.44 MB; 15 rounds, after the repair scan became local to
the tokens that mix scripts; compare within one run):

    Indic NLP Library 0.92 normalize + sentence_split   46.5 MB/s
    clean + sentences, per call                        138.3 MB/s   2.98x
    clean_batch + sentences_batch, 1 thread            148.2 MB/s   3.19x
    clean_batch + sentences_batch, 2 threads           190.2 MB/s   4.09x
    Rust library, 1 thread                             322.4 MB/s   (6.9x)
    Rust library, 2 threads                            618.3 MB/s   (13.3x)
    batch / Rust: 46 % on 1 thread, 31 % on 2 threads

(Earlier the same day, before that change: per call 2.57x, batch 2.69x
and 2.65x, Rust 5.2x.)

Where the time of a call goes (1 thread, fresh strings, ms for all
records): UTF-8 of the input str 1.7 (CPython stores Devanagari as UCS-2;
the UTF-8 is made and cached on first use), the Rust clean 4.0 and
sentences 2.0, new str for the texts clean changed 0.4 and their UTF-8 again
for sentences 0.5, the sentence str objects 1.0 (sliced from the Python
string, no UTF-8 decoding); measured before the change above, when the
Rust library alone was 5.2x Indic NLP Library. It is now 6.9x on one
thread, and the work that holds the GIL (UTF-8 in, new str objects out)
is more than half of a call: 5x per call and 10x through the batch API
now need thinner bindings (a fused clean-and-split call that makes no
intermediate str, say), no longer only a faster core.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DATA = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared", "web", "hplt_deva.jsonl"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--lang", default="hin")
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    if not os.path.exists(args.data):
        print(f"no data at {args.data}", file=sys.stderr)
        return 2

    import devanagari as dv
    from devanagari import _native

    try:
        from indicnlp.normalize.indic_normalize import IndicNormalizerFactory
        from indicnlp.tokenize import sentence_tokenize
    except ImportError:
        print("Indic NLP Library is not installed (pip install indic-nlp-library)", file=sys.stderr)
        return 2

    with open(args.data, encoding="utf-8") as f:
        texts = [r["text"] for r in map(json.loads, f) if r.get("lang") == args.lang]
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    normalizer = IndicNormalizerFactory().get_normalizer("hi")
    split = sentence_tokenize.sentence_split
    T = args.threads

    def fresh():
        return [t.encode("utf-8").decode("utf-8") for t in texts]

    contenders = {
        "indicnlp": lambda xs: [split(normalizer.normalize(t), "hi") for t in xs],
        "per_call": lambda xs: [dv.sentences(dv.clean(t)) for t in xs],
        "batch_1": lambda xs: dv.sentences_batch(dv.clean_batch(xs, num_threads=1), num_threads=1),
        f"batch_{T}": lambda xs: dv.sentences_batch(dv.clean_batch(xs, num_threads=T), num_threads=T),
        "fused_call": lambda xs: [dv.clean_sentences(t) for t in xs],
        "fused_1": lambda xs: dv.clean_sentences_batch(xs, num_threads=1),
        f"fused_{T}": lambda xs: dv.clean_sentences_batch(xs, num_threads=T),
    }
    # Over a pyarrow string array (when pyarrow is installed): UTF-8 in
    # Arrow's buffers already, so no str is encoded; the result is a list
    # array. Made once outside the timing, as a pipeline reads it.
    try:
        import pyarrow as pa
    except ImportError:
        pa = None
    if pa is not None:
        contenders["arrow_1"] = lambda xs: dv.clean_sentences_batch(xs, num_threads=1)
        contenders[f"arrow_{T}"] = lambda xs: dv.clean_sentences_batch(xs, num_threads=T)

    def arrow_input(name):
        return name.startswith("arrow_")

    # The same sentences from every contender but Indic NLP Library.
    want = contenders["per_call"](texts)
    for name in contenders:
        if name == "indicnlp":
            continue
        if arrow_input(name):
            assert contenders[name](pa.array(texts, type=pa.string())).to_pylist() == want, name
        else:
            assert contenders[name](texts) == want, name

    best = {k: float("inf") for k in contenders}
    best["rust_1"] = best[f"rust_{T}"] = float("inf")
    for _ in range(args.rounds):
        for name, f in contenders.items():
            xs = pa.array(texts, type=pa.string()) if arrow_input(name) else fresh()
            t0 = time.perf_counter()
            f(xs)
            best[name] = min(best[name], time.perf_counter() - t0)
        for n in sorted({1, T}):
            best[f"rust_{n}"] = min(best[f"rust_{n}"], min(_native._rust_clean_sentences_seconds(texts, 1, n)))

    mbs = {k: nbytes / v / 1e6 for k, v in best.items()}
    base = mbs["indicnlp"]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{len(texts)} records, {nbytes / 1e6:.2f} MB, best of {args.rounds} rounds, load average {load:.1f}")
    rows = [
        ("indicnlp", "Indic NLP Library normalize + sentence_split"),
        ("per_call", "clean + sentences, per call"),
        ("batch_1", "clean_batch + sentences_batch, 1 thread"),
        (f"batch_{T}", f"clean_batch + sentences_batch, {T} threads"),
        ("fused_call", "clean_sentences, per call"),
        ("fused_1", "clean_sentences_batch, 1 thread"),
        (f"fused_{T}", f"clean_sentences_batch, {T} threads"),
        ("arrow_1", "clean_sentences_batch, Arrow array, 1 thread"),
        (f"arrow_{T}", f"clean_sentences_batch, Arrow array, {T} threads"),
        ("rust_1", "Rust library, 1 thread"),
        (f"rust_{T}", f"Rust library, {T} threads"),
    ]
    for key, label in [r for r in rows if r[0] in mbs]:
        ratio = f"{mbs[key] / base:6.2f}x" if not key.startswith("rust") and key != "indicnlp" else ""
        print(f"  {label:<48} {mbs[key]:8.1f} MB/s {ratio}")
    for b in [b for b in ("batch", "fused", "arrow") if f"{b}_1" in mbs]:
        print(
            f"  {b} / Rust, same threads: 1 thread {100 * mbs[f'{b}_1'] / mbs['rust_1']:.0f} %, "
            f"{T} threads {100 * mbs[f'{b}_{T}'] / mbs[f'rust_{T}']:.0f} %; "
            f"{T}-thread {b} / 1-thread Rust {100 * mbs[f'{b}_{T}'] / mbs['rust_1']:.0f} %"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
