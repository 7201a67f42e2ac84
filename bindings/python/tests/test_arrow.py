"""Batch calls over pyarrow string arrays (skipped without pyarrow)."""

from __future__ import annotations

import pytest

import devanagari as dv
from devanagari import SplitOptions, WordOptions

pa = pytest.importorskip("pyarrow")

TEXTS = [
    "राम  ने कहा । फिर वह गया |",
    None,
    "उस दु:ख के बाद डॉ. शर्मा आए. दर 3.5 प्रतिशत रही।",
    "गैरGovernmentी संगठन",
    "",
    "😀 इमोजी   वाला वाक्य!",
    None,
    "ठीक है।",
]
MANY = TEXTS * 1000


def as_list(arr):
    return arr.to_pylist()


def single(f, texts):
    return [None if t is None else f(t) for t in texts]


def spans_as_dicts(spans):
    return None if spans is None else [{"start": a, "end": b} for a, b in spans]


@pytest.mark.parametrize("type_", [pa.string(), pa.large_string()], ids=["string", "large_string"])
@pytest.mark.parametrize("texts", [TEXTS, MANY], ids=["few", "many"])
def test_arrow_equals_single_calls(type_, texts):
    arr = pa.array(texts, type=type_)
    out = dv.normalize_batch(arr, num_threads=2)
    assert out.type == type_
    assert as_list(out) == single(dv.normalize, texts)
    assert as_list(dv.clean_batch(arr, "nlp", "all")) == single(lambda t: dv.clean(t, "nlp", "all"), texts)
    assert as_list(dv.repair_batch(arr)) == single(dv.repair, texts)
    sents = dv.sentences_batch(arr, SplitOptions(newline="space"))
    assert as_list(sents) == single(lambda t: dv.sentences(t, SplitOptions(newline="space")), texts)
    assert sents.type == (pa.large_list(type_) if type_ == pa.large_string() else pa.list_(type_))
    fused = dv.clean_sentences_batch(arr, "nlp", "all", SplitOptions(newline="space"))
    assert as_list(fused) == single(
        lambda t: dv.sentences(dv.clean(t, "nlp", "all"), SplitOptions(newline="space")), texts
    )
    assert as_list(dv.words_batch(arr, WordOptions(punctuation="drop"))) == single(
        lambda t: dv.words(t, WordOptions(punctuation="drop")), texts
    )
    assert as_list(dv.sentence_spans_batch(arr)) == [spans_as_dicts(s) for s in single(dv.sentence_spans, texts)]
    assert as_list(dv.word_spans_batch(arr)) == [spans_as_dicts(s) for s in single(dv.word_spans, texts)]
    counts = dv.akshara_count_batch(arr)
    assert counts.type == pa.int64()
    assert as_list(counts) == single(dv.akshara_count, texts)


def test_sliced_and_chunked_arrays():
    arr = pa.array(MANY)
    part = arr.slice(3, 2000)
    assert as_list(dv.normalize_batch(part)) == single(dv.normalize, MANY[3:2003])
    assert as_list(dv.sentences_batch(part)) == single(dv.sentences, MANY[3:2003])
    assert as_list(dv.akshara_count_batch(part)) == single(dv.akshara_count, MANY[3:2003])
    chunked = pa.chunked_array([arr.slice(0, 5), arr.slice(5, 100), pa.array([], pa.string())])
    out = dv.normalize_batch(chunked)
    assert isinstance(out, pa.ChunkedArray)
    assert as_list(out) == single(dv.normalize, MANY[:105])
    assert as_list(dv.words_batch(chunked)) == single(dv.words, MANY[:105])


def test_unchanged_array_comes_back_as_itself():
    arr = pa.array(["ठीक है।", None, "नमस्ते दुनिया।"])
    assert dv.normalize_batch(arr) is arr
    assert dv.clean_batch(arr) is arr
    chunked = pa.chunked_array([arr, arr])
    assert dv.normalize_batch(chunked) is chunked


def test_string_view_is_read():
    if not hasattr(pa, "string_view"):
        pytest.skip("pyarrow without string_view")
    arr = pa.array(TEXTS, type=pa.string_view())
    assert as_list(dv.normalize_batch(arr)) == single(dv.normalize, TEXTS)


def test_arrow_errors():
    with pytest.raises(TypeError, match="array of strings"):
        dv.normalize_batch(pa.array([1, 2, 3]))
    # Invalid UTF-8 smuggled into a string array (pyarrow does not check
    # arrays built from buffers).
    bad = pa.Array.from_buffers(
        pa.string(), 2, [None, pa.py_buffer(b"\0\0\0\0\2\0\0\0\4\0\0\0"), pa.py_buffer(b"ok\xff\xfe")]
    )
    with pytest.raises(ValueError, match="Arrow slot 1 is not valid UTF-8"):
        dv.normalize_batch(bad)
    # The offset of the first bad byte is named (3: `क` is three bytes, then a cut one).
    worse = pa.Array.from_buffers(
        pa.string(), 1, [None, pa.py_buffer(b"\0\0\0\0\5\0\0\0"), pa.py_buffer("क".encode() + b"\xe0\xa4")]
    )
    with pytest.raises(ValueError, match=r"Arrow slot 0 is not valid UTF-8 \(at byte 3\)"):
        dv.sentences_batch(worse)


def test_chunked_array_without_chunks():
    empty = pa.chunked_array([], type=pa.string())
    assert dv.normalize_batch(empty) is empty
    assert dv.sentences_batch(empty).type == pa.list_(pa.string())
    assert dv.word_spans_batch(empty).type == pa.list_(pa.struct([("start", pa.int64()), ("end", pa.int64())]))
    assert dv.akshara_count_batch(empty).type == pa.int64()
    assert len(dv.sentences_batch(pa.chunked_array([], type=pa.large_string()))) == 0


def test_native_buffer_interface():
    # The native calls take the input buffers as bytes and write their
    # results into buffers of pyarrow's memory pool.
    from devanagari import _native

    texts = [t for t in MANY[3:500] if t is not None]
    arr = pa.array(texts)
    _, offsets, data = (b.to_pybytes() if b is not None else None for b in arr.buffers())
    list_offsets, (str_offsets, out) = _native._arrow_lists("sentences", offsets, data, None, 0, len(arr), False)
    assert all(type(b) is pa.lib.Buffer for b in (list_offsets, str_offsets, out))
    child = pa.Array.from_buffers(pa.string(), len(str_offsets) // 4 - 1, [None, str_offsets, out])
    got = pa.Array.from_buffers(pa.list_(pa.string()), len(arr), [None, list_offsets], children=[child])
    assert as_list(got) == single(dv.sentences, texts)
    # Slots past the offsets buffer, data past the data buffer, a bitmap
    # too short, and offsets that overflow are errors, not reads out of
    # bounds or a panic.
    with pytest.raises(ValueError, match="offsets buffer too short"):
        _native._arrow_lists("sentences", offsets, data, None, 1, len(arr), False)
    for start, length in [(2**62, 2**62), (2**64 - 1, 1), (2**62 - 2, 1)]:
        with pytest.raises(ValueError, match="offsets buffer too short"):
            _native._arrow_lists("sentences", offsets, data, None, start, length, False)
    with pytest.raises(ValueError, match="out of bounds"):
        _native._arrow_lists("sentences", offsets, data[:10], None, 0, len(arr), False)
    with pytest.raises(ValueError, match="validity bitmap too short"):
        _native._arrow_lists("sentences", offsets, data, b"\xff", 0, len(arr), False)
    # pyarrow buffers are not read in place: bytes only.
    with pytest.raises(TypeError):
        _native._arrow_lists("sentences", arr.buffers()[1], data, None, 0, len(arr), False)


def _random_text(rng):
    # Pieces that exercise every pass: dandas and pipes, stops after
    # abbreviations and numbers, torn signs, mixed scripts, characters
    # outside the BMP, spaces and newlines.
    pieces = [
        "राम", " ", "ने", " कहा", " ।", " |", "।", "डॉ.", " 3.5", " दु:ख", "क ् या", "गैरGovernmentी",
        "\n", "  ", "😀", "Hello.", " अब?", "\u200d", "क़", "उन्हाेंने", ",", "॥", "१०,०००", "https://x.in/a.b",
    ]
    return "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 40)))


@pytest.mark.parametrize("type_", [pa.string(), pa.large_string()], ids=["string", "large_string"])
@pytest.mark.parametrize("seed", range(5))
def test_random_arrays_equal_single_calls(seed, type_):
    # Random texts and nulls, in arrays sliced and chunked at random: every
    # batch call over Arrow reads the slots at the array's offset, writes
    # its result buffers, and must give what the single calls give.
    import random

    rng = random.Random(seed)
    texts = [None if rng.random() < 0.15 else _random_text(rng) for _ in range(rng.randrange(1, 400))]
    arr = pa.array(texts, type=type_)
    start = rng.randrange(0, len(texts))
    stop = rng.randrange(start, len(texts) + 1)
    cut = rng.randrange(start, stop + 1)
    chunked = pa.chunked_array([arr.slice(start, cut - start), arr.slice(cut, stop - cut)], type=type_)
    want = texts[start:stop]
    threads = rng.choice([1, 2, 3])
    for got in (arr.slice(start, stop - start), chunked):
        assert as_list(dv.clean_batch(got, num_threads=threads)) == single(dv.clean, want)
        assert as_list(dv.clean_sentences_batch(got, num_threads=threads)) == single(
            lambda t: dv.sentences(dv.clean(t)), want
        )
        assert as_list(dv.words_batch(got, num_threads=threads)) == single(dv.words, want)
        assert as_list(dv.sentence_spans_batch(got, num_threads=threads)) == [
            spans_as_dicts(s) for s in single(dv.sentence_spans, want)
        ]
        assert as_list(dv.akshara_count_batch(got, num_threads=threads)) == single(dv.akshara_count, want)


def test_results_are_written_only_into_pyarrows_own_buffers(monkeypatch):
    # The results are written at the address of the buffer that
    # pyarrow.lib.allocate_buffer gives: anything but that exact type is
    # refused, so a stand-in cannot point the writes elsewhere.
    class Fake:
        address = 0x1000
        size = 1 << 20
        is_mutable = True
        is_cpu = True

    class Sub(pa.Buffer):
        address = 0x1000

    arr = pa.array(["राम ने कहा । फिर वह गया |"])
    for fake in (Fake, Sub):
        monkeypatch.setattr(pa.lib, "allocate_buffer", lambda n, fake=fake: fake.__new__(fake))
        with pytest.raises(TypeError, match="not a pyarrow.lib.Buffer"):
            dv.sentences_batch(arr)
    monkeypatch.undo()
    assert as_list(dv.sentences_batch(arr)) == [dv.sentences("राम ने कहा । फिर वह गया |")]
