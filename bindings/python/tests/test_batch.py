"""Batch calls over lists: same results as the single calls, threads, the
GIL released, and safety after os.fork."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import warnings

import pytest

import devanagari as dv
from devanagari import NormalizeOptions, RepairOptions, SplitOptions, WordOptions

TEXTS = [
    "राम  ने कहा । फिर वह गया |",
    "उस दु:ख के बाद डॉ. शर्मा आए. दर 3.5 प्रतिशत रही।",
    "गैरGovernmentी संगठन और Indiaीय रेल",
    "",
    "😀 इमोजी   वाला वाक्य!",
    "ठीक है।",
    "हिन्दी १० “बजे”",
    "आदान-प्रदान, यानी लेन-देन।\nनई पंक्ति",
]
# Enough text (over the parallel threshold) to be split between threads.
MANY = TEXTS * 1200


def singles(texts, f):
    return [f(t) for t in texts]


@pytest.mark.parametrize("threads", [1, 2, 3])
def test_batches_equal_single_calls(threads):
    nlp = NormalizeOptions.nlp()
    cases = [
        (dv.normalize_batch(MANY, num_threads=threads), singles(MANY, dv.normalize)),
        (dv.normalize_batch(MANY, nlp, num_threads=threads), singles(MANY, lambda t: dv.normalize(t, nlp))),
        (dv.repair_batch(MANY, "all", num_threads=threads), singles(MANY, lambda t: dv.repair(t, "all"))),
        (
            dv.repair_batch(MANY, RepairOptions(strip_orphan_marks=True), num_threads=threads),
            singles(MANY, lambda t: dv.repair(t, RepairOptions(strip_orphan_marks=True))),
        ),
        (dv.clean_batch(MANY, num_threads=threads), singles(MANY, dv.clean)),
        (
            dv.clean_batch(MANY, "nlp", "document", num_threads=threads),
            singles(MANY, lambda t: dv.clean(t, "nlp", "document")),
        ),
        (dv.sentences_batch(MANY, num_threads=threads), singles(MANY, dv.sentences)),
        (
            dv.sentences_batch(MANY, SplitOptions(newline="space"), num_threads=threads),
            singles(MANY, lambda t: dv.sentences(t, SplitOptions(newline="space"))),
        ),
        (dv.sentence_spans_batch(MANY, num_threads=threads), singles(MANY, dv.sentence_spans)),
        (
            dv.clean_sentences_batch(MANY, num_threads=threads),
            singles(MANY, lambda t: dv.sentences(dv.clean(t))),
        ),
        (
            dv.clean_sentences_batch(MANY, "nlp", "all", SplitOptions(newline="space"), num_threads=threads),
            singles(MANY, lambda t: dv.sentences(dv.clean(t, "nlp", "all"), SplitOptions(newline="space"))),
        ),
        (dv.words_batch(MANY, num_threads=threads), singles(MANY, dv.words)),
        (
            dv.words_batch(MANY, WordOptions(hyphens="keep"), num_threads=threads),
            singles(MANY, lambda t: dv.words(t, WordOptions(hyphens="keep"))),
        ),
        (dv.word_spans_batch(MANY, num_threads=threads), singles(MANY, dv.word_spans)),
        (dv.akshara_count_batch(MANY, num_threads=threads), singles(MANY, dv.akshara_count)),
    ]
    for got, want in cases:
        assert got == want


def test_batch_returns_the_same_objects_when_unchanged():
    texts = [t + "" for t in MANY]
    out = dv.normalize_batch(texts, num_threads=2)
    for t, o in zip(texts, out):
        assert (o is t) == (dv.normalize(t) is t)


def test_batch_inputs():
    assert dv.normalize_batch(tuple(TEXTS)) == dv.normalize_batch(TEXTS)
    assert dv.normalize_batch(iter(TEXTS)) == dv.normalize_batch(TEXTS)
    assert dv.normalize_batch(t for t in TEXTS) == dv.normalize_batch(TEXTS)
    assert dv.normalize_batch([]) == []
    assert dv.sentences_batch([]) == []
    with pytest.raises(TypeError, match="not a single str"):
        dv.normalize_batch("राम")
    with pytest.raises(TypeError, match=r"texts\[2\] must be str, not int"):
        dv.sentences_batch(["क", "ख", 3])
    with pytest.raises(TypeError):
        dv.words_batch(5)
    with pytest.raises(ValueError, match="num_threads must be at least 1"):
        dv.normalize_batch(TEXTS, num_threads=0)


def test_thread_settings():
    default = dv.get_num_threads()
    assert default >= 1
    try:
        dv.set_num_threads(3)
        assert dv.get_num_threads() == 3
        with pytest.raises(ValueError):
            dv.set_num_threads(0)
        assert dv.get_num_threads() == 3
    finally:
        dv.set_num_threads(None)
    assert dv.get_num_threads() == default
    assert dv.NUM_THREADS_ENV == "DEVANAGARI_NUM_THREADS"


def run_python(code: str, **env) -> str:
    e = dict(os.environ)
    e.update(env)
    return subprocess.run(
        [sys.executable, "-c", code], env=e, capture_output=True, text=True, check=True, timeout=120
    ).stdout.strip()


def test_environment_variable():
    code = "import devanagari; print(devanagari.get_num_threads())"
    assert run_python(code, DEVANAGARI_NUM_THREADS="3") == "3"
    cpus = run_python("import os; print(len(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else os.cpu_count())")
    # Not a positive number: the number of CPUs.
    assert run_python(code, DEVANAGARI_NUM_THREADS="many") == cpus
    assert run_python(code, DEVANAGARI_NUM_THREADS="0") == cpus


def test_the_pool_runs_in_parallel():
    assert dv._native._pool_threads_for_tests(1) == 1
    assert dv._native._pool_threads_for_tests(2) == 2
    assert dv._native._pool_threads_for_tests(4) == 4


def test_the_gil_is_released():
    big = MANY * 4
    running, done = threading.Event(), threading.Event()

    def work():
        running.set()
        for _ in range(3):
            dv.clean_batch(big, num_threads=1)
        done.set()

    t = threading.Thread(target=work)
    t.start()
    running.wait()
    n = 0
    while not done.is_set():
        n += 1
    t.join()
    # With the GIL held through the native calls, this loop would run only
    # between them (microseconds); released, it runs all along.
    assert n > 100_000


def wait_child(pid: int, timeout: float = 60.0) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.05)
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    pytest.fail("the child process hung after fork (a deadlocked pool?)")


CHILD_OK, CHILD_WRONG, CHILD_RAISED = 0, 3, 4


def child_work() -> int:
    try:
        want = [dv.normalize(t) for t in MANY]
        if dv.normalize_batch(MANY, num_threads=2) != want:
            return CHILD_WRONG
        if dv._native._pool_threads_for_tests(2) != 2:
            return CHILD_WRONG
        if dv.sentences_batch(MANY, num_threads=2) != [dv.sentences(t) for t in MANY]:
            return CHILD_WRONG
        return CHILD_OK
    except BaseException:
        return CHILD_RAISED


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no os.fork on this platform")
def test_fork_after_using_the_pool():
    assert dv.normalize_batch(MANY, num_threads=2) == [dv.normalize(t) for t in MANY]
    assert dv._native._pool_threads_for_tests(2) == 2
    pid = os.fork()
    if pid == 0:
        os._exit(child_work())
    assert wait_child(pid) == CHILD_OK
    # And the parent goes on.
    assert dv._native._pool_threads_for_tests(2) == 2


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no os.fork on this platform")
def test_fork_while_another_thread_runs_a_batch():
    stop = threading.Event()

    def busy():
        while not stop.is_set():
            dv.clean_batch(MANY, num_threads=2)

    t = threading.Thread(target=busy)
    t.start()
    try:
        time.sleep(0.05)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # fork with threads (3.12+)
            pid = os.fork()
        if pid == 0:
            os._exit(child_work())
        assert wait_child(pid) == CHILD_OK
    finally:
        stop.set()
        t.join()


def _counts_one_by_one(text, normalize, repair, with_findings):
    # What the datatrove step counted per document before the batch call:
    # the edit and finding objects of the single calls, tallied here.
    out, edits = dv.clean_with_edits(text, normalize, repair)
    kinds, invisible = {}, 0
    for e in edits:
        kinds[e.kind] = kinds.get(e.kind, 0) + 1
        if e.kind == "invisible":
            invisible += e.end - e.start
    found = None
    if with_findings:
        found = {}
        for f in dv.findings(text, repair):
            found[f.kind] = found.get(f.kind, 0) + 1
    return out, kinds, invisible, found


@pytest.mark.parametrize("threads", [1, 2])
@pytest.mark.parametrize(
    "normalize,repair,with_findings",
    [(None, None, True), ("nlp", "all", True), ("safe", "document", False), (None, "off", True)],
)
def test_clean_counts_batch_equals_the_single_calls(threads, normalize, repair, with_findings):
    from devanagari import _native

    texts = MANY[:1500] + ["a\u200b\u200cb \u00adक\u200dष", "गैरGovernmentी 😀\u200bx", ""]
    got = _native._clean_counts_batch(texts, normalize, repair, with_findings, num_threads=threads)
    for text, (out, kinds, invisible, found) in zip(texts, got):
        want = _counts_one_by_one(text, normalize, repair, with_findings)
        assert (out, kinds, invisible, found) == want
        # Dicts in the order kinds first occur, as the metadata is written.
        assert list(kinds) == list(want[1])
        assert (out is text) == (want[0] is text)
