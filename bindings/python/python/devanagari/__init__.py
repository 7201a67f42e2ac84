"""Clean, canonical, splittable Devanagari text (Hindi, Marathi, Nepali,
Sanskrit, ...), from the Rust crate ``devanagari``.

- :func:`normalize`: Unicode NFC plus Devanagari canonicalization (safe by
  default; the lossy ``"nlp"`` profile and every rule on its own through
  :class:`NormalizeOptions`);
- :func:`repair`: mixed-script repair of text where a site replaced Hindi
  words by English ones (``Governmentी`` for ``सरकारी``);
- :func:`clean`: both, in one call; :func:`clean_sentences`: the
  sentences of the cleaned text, in one call;
- :func:`sentences` / :func:`sentence_spans`, :func:`words` /
  :func:`word_spans`, :func:`aksharas`, :func:`akshara_count`,
  :func:`truncate_to_aksharas`;
- ``*_with_edits`` variants report every change as an :class:`Edit`;
- ``*_batch`` functions run over lists of ``str`` (or pyarrow string
  arrays) with the GIL released, on :func:`get_num_threads` threads;
- :mod:`devanagari.compat.indicnlp`: the calls of Indic NLP Library.

Offsets are Python string indices (code points), never bytes, and a text
that needs no change comes back as the same object.

>>> import devanagari as dv
>>> dv.clean("उस दु:ख के बाद वह गया |")
'उस दुःख के बाद वह गया।'
>>> dv.sentences("कल डॉ. शर्मा ने जाँच की. दर 3.5 प्रतिशत रही।")
['कल डॉ. शर्मा ने जाँच की.', 'दर 3.5 प्रतिशत रही।']
>>> text = "नमस्ते दुनिया।"
>>> dv.normalize(text) is text
True
"""

from __future__ import annotations

from typing import Any, Iterable, List, Optional, Sequence, Tuple, Union

from devanagari import _arrow, _native
from devanagari._native import (
    EDIT_KINDS,
    FINDING_KINDS,
    LANGUAGES,
    NUM_THREADS_ENV,
    Edit,
    Finding,
    InternalError,
    LexiconEntry,
    NormalizeOptions,
    RepairDetail,
    RepairOptions,
    SplitOptions,
    WordOptions,
    __version__,
    akshara_count,
    akshara_spans,
    aksharas,
    clean,
    clean_sentences,
    clean_with_edits,
    findings,
    get_num_threads,
    is_normalized,
    normalize,
    normalize_with_edits,
    repair,
    repair_with_edits,
    sentence_spans,
    sentences,
    set_num_threads,
    truncate_to_aksharas,
    truncate_to_bytes,
    word_spans,
    words,
)

__all__ = [
    "EDIT_KINDS",
    "FINDING_KINDS",
    "LANGUAGES",
    "NUM_THREADS_ENV",
    "Edit",
    "Finding",
    "InternalError",
    "LexiconEntry",
    "NormalizeOptions",
    "RepairDetail",
    "RepairOptions",
    "SplitOptions",
    "WordOptions",
    "__version__",
    "akshara_count",
    "akshara_count_batch",
    "akshara_spans",
    "aksharas",
    "apply_edits",
    "clean",
    "clean_batch",
    "clean_sentences",
    "clean_sentences_batch",
    "clean_with_edits",
    "findings",
    "get_num_threads",
    "is_normalized",
    "normalize",
    "normalize_batch",
    "normalize_with_edits",
    "repair",
    "repair_batch",
    "repair_with_edits",
    "sentence_spans",
    "sentence_spans_batch",
    "sentences",
    "sentences_batch",
    "set_num_threads",
    "truncate_to_aksharas",
    "truncate_to_bytes",
    "word_spans",
    "word_spans_batch",
    "words",
    "words_batch",
]

Texts = Union[Sequence[str], Iterable[str], Any]
NormalizeArg = Union[NormalizeOptions, str, None]
RepairArg = Union[RepairOptions, str, None]


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Applies edits (sorted, non-overlapping, code-point offsets, as the
    ``*_with_edits`` calls return them) to ``text``: the output of the call.

    >>> out, edits = normalize_with_edits("राम  ने कहा ।")
    >>> [(e.start, e.end, e.replacement, e.kind) for e in edits]
    [(3, 5, ' ', 'space'), (11, 12, '', 'punctuation_space')]
    >>> apply_edits("राम  ने कहा ।", edits) == out
    True
    """
    parts: List[str] = []
    pos = 0
    for e in edits:
        if e.start < pos or e.end < e.start or e.end > len(text):
            raise ValueError(
                f"edits must be sorted, non-overlapping and inside the text: {e!r} after position {pos}"
            )
        parts.append(text[pos : e.start])
        parts.append(e.replacement)
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts)


def normalize_batch(texts: Texts, options: NormalizeArg = None, *, num_threads: Optional[int] = None):
    """:func:`normalize` over many texts: a list of ``str`` (the same
    object where nothing changed), or for a pyarrow string array an array
    of the same type (the input array itself when nothing changed).

    Runs with the GIL released on ``num_threads`` threads (default:
    :func:`get_num_threads`).

    >>> normalize_batch(["दु:ख है ।", "ठीक है।"])
    ['दुःख है।', 'ठीक है।']
    """
    if _arrow.is_arrow(texts):
        return _arrow.strings("normalize", texts, options, None, num_threads)
    return _native.normalize_batch(texts, options, num_threads=num_threads)


def repair_batch(texts: Texts, options: RepairArg = None, *, num_threads: Optional[int] = None):
    """:func:`repair` over many texts (a list of ``str`` or a pyarrow
    string array), with the GIL released.

    >>> repair_batch(["Indiaीय रेल", "ICU में भर्ती"])
    ['भारतीय रेल', 'ICU में भर्ती']
    """
    if _arrow.is_arrow(texts):
        return _arrow.strings("repair", texts, options, None, num_threads)
    return _native.repair_batch(texts, options, num_threads=num_threads)


def clean_batch(
    texts: Texts,
    normalize: NormalizeArg = None,
    repair: RepairArg = None,
    *,
    num_threads: Optional[int] = None,
):
    """:func:`clean` over many texts (a list of ``str`` or a pyarrow
    string array), with the GIL released.

    >>> clean_batch(["गैरGovernmentी संगठन ।"])
    ['गैरसरकारी संगठन।']
    """
    if _arrow.is_arrow(texts):
        return _arrow.strings("clean", texts, normalize, repair, num_threads)
    return _native.clean_batch(texts, normalize, repair, num_threads=num_threads)


def clean_sentences_batch(
    texts: Texts,
    normalize: NormalizeArg = None,
    repair: RepairArg = None,
    split: Optional[SplitOptions] = None,
    *,
    num_threads: Optional[int] = None,
):
    """:func:`clean_sentences` of many texts: what
    ``sentences_batch(clean_batch(texts))`` gives, in one call with the GIL
    released, without a ``str`` for each cleaned text in between. For a
    pyarrow string array, a list array of strings (in one call too, with
    no array of the cleaned texts in between).

    >>> clean_sentences_batch(["दु:ख है . अब नहीं |", ""])
    [['दुःख है.', 'अब नहीं।'], []]
    """
    if _arrow.is_arrow(texts):
        return _arrow.clean_sentences(texts, normalize, repair, split, num_threads)
    return _native.clean_sentences_batch(texts, normalize, repair, split, num_threads=num_threads)


def sentences_batch(texts: Texts, options: Optional[SplitOptions] = None, *, num_threads: Optional[int] = None):
    """:func:`sentences` of many texts: a list of lists of ``str``, or for
    a pyarrow string array a list array of strings.

    >>> sentences_batch(["पहला वाक्य। दूसरा वाक्य?", ""])
    [['पहला वाक्य।', 'दूसरा वाक्य?'], []]
    """
    if _arrow.is_arrow(texts):
        return _arrow.lists("sentences", texts, options, num_threads)
    return _native.sentences_batch(texts, options, num_threads=num_threads)


def sentence_spans_batch(
    texts: Texts, options: Optional[SplitOptions] = None, *, num_threads: Optional[int] = None
):
    """:func:`sentence_spans` of many texts: a list of lists of ``(start,
    end)`` (code points), or for a pyarrow string array a list array of
    ``struct<start, end>``.

    >>> sentence_spans_batch(["पहला वाक्य। दूसरा वाक्य?"])
    [[(0, 11), (12, 24)]]
    """
    if _arrow.is_arrow(texts):
        return _arrow.spans("sentences", texts, options, num_threads)
    return _native.sentence_spans_batch(texts, options, num_threads=num_threads)


def words_batch(texts: Texts, options: Optional[WordOptions] = None, *, num_threads: Optional[int] = None):
    """:func:`words` of many texts: a list of lists of ``str``, or for a
    pyarrow string array a list array of strings.

    >>> words_batch(["दर 3.5% रही।"])
    [['दर', '3.5', '%', 'रही', '।']]
    """
    if _arrow.is_arrow(texts):
        return _arrow.lists("words", texts, options, num_threads)
    return _native.words_batch(texts, options, num_threads=num_threads)


def word_spans_batch(texts: Texts, options: Optional[WordOptions] = None, *, num_threads: Optional[int] = None):
    """:func:`word_spans` of many texts (code points), or for a pyarrow
    string array a list array of ``struct<start, end>``.

    >>> word_spans_batch(["दर 3.5% रही।"])
    [[(0, 2), (3, 6), (6, 7), (8, 11), (11, 12)]]
    """
    if _arrow.is_arrow(texts):
        return _arrow.spans("words", texts, options, num_threads)
    return _native.word_spans_batch(texts, options, num_threads=num_threads)


def akshara_count_batch(texts: Texts, *, num_threads: Optional[int] = None):
    """:func:`akshara_count` of many texts: a list of ``int``, or for a
    pyarrow string array an ``int64`` array.

    >>> akshara_count_batch(["क्षत्रिय", "स्त्री"])
    [3, 1]
    """
    if _arrow.is_arrow(texts):
        return _arrow.akshara_counts(texts, num_threads)
    return _native.akshara_count_batch(texts, num_threads=num_threads)
