"""datatrove pipeline steps and a word tokenizer from this package.

datatrove (the pipeline FineWeb-2 was built with) is not a dependency of
``devanagari-text``: install it with ``pip install
'devanagari-text[datatrove]'`` (or ``pip install datatrove regex orjson
zstandard``: datatrove's filters import ``regex``, its JSON Lines reader
and writer ``orjson``, and ``.zst`` files need ``zstandard``). Importing
this module without it raises an ``ImportError`` that says so.

Steps
-----
- :class:`DevanagariClean`: normalize + repair each document's text (the
  options of :func:`devanagari.clean`), and keep what changed in
  ``doc.metadata["devanagari"]``: ``edits`` (edit kind → number of edits),
  ``findings`` (finding kind → number, what the mixed-script repair found
  in the input, repaired or not) and ``invisible_chars`` (the invisible
  characters removed).
- :class:`DevanagariSplit`: the sentences of each document, as a list in
  its metadata (``sentences``) or as one document per sentence; their
  number goes to ``doc.metadata["devanagari"]["sentences"]``.
- :class:`DevanagariFilter`: drops the documents whose counts say they are
  junk (thresholds as parameters, ``None`` switches one off), with the
  reason in datatrove's stats and, with an ``exclusion_writer``, in the
  dropped document's ``filter_reason``.
- :class:`DevanagariWordTokenizer`: datatrove's ``WordTokenizer``
  (``word_tokenize``, ``sent_tokenize``, ``span_tokenize`` with exact
  spans), for the dedup and filter steps that would otherwise use Indic
  NLP Library's: pass it as their ``language`` (``load_word_tokenizer``
  returns a tokenizer object as it is), or map datatrove's language codes
  to it with :func:`register_word_tokenizer`.

The steps work on batches of ``batch_size`` documents (the batch calls of
the package for everything without per-document counts).

Writers: :func:`document_adapter` as a writer's ``adapter`` writes the same
records as datatrove's default adapter without its deep copy of each
document (``dataclasses.asdict``), which on short documents with their
sentences in the metadata costs about as much as cleaning and splitting
them.

>>> from datatrove.data import Document
>>> docs = [Document(text="उस दु:ख के बाद वह गया | फिर लौटा।", id="a")]
>>> docs = list(DevanagariSplit()(DevanagariClean()(docs)))
>>> docs[0].text
'उस दुःख के बाद वह गया। फिर लौटा।'
>>> docs[0].metadata["sentences"]
['उस दुःख के बाद वह गया।', 'फिर लौटा।']
>>> docs[0].metadata["devanagari"]["edits"]
{'visarga': 1, 'punctuation_space': 1, 'danda': 1}
>>> tok = DevanagariWordTokenizer("hin")
>>> tok.span_tokenize("पहला वाक्य। दूसरा वाक्य?")
[(0, 11), (12, 24)]
"""

from __future__ import annotations

import contextlib
import csv
import os
from functools import partial
from typing import Any, Dict, Iterable, List, Optional, Tuple

try:
    from datatrove.data import Document, DocumentsPipeline
    from datatrove.pipeline.base import PipelineStep
    from datatrove.pipeline.filters.base_filter import BaseFilter
    from datatrove.utils.batching import batched
    from datatrove.utils.word_tokenizers import WordTokenizer
except ImportError as _e:  # pragma: no cover - tested in a venv without datatrove
    raise ImportError(
        "devanagari.integrations.datatrove needs the datatrove package, which could not be imported "
        f"({_e}); install it with: pip install 'devanagari-text[datatrove]' "
        "(or: pip install datatrove regex orjson zstandard)"
    ) from _e

from devanagari import _native
from devanagari._native import NormalizeOptions, RepairOptions, SplitOptions, WordOptions
from devanagari.integrations._languages import language_hint

__all__ = [
    "METADATA_KEY",
    "DevanagariClean",
    "DevanagariFilter",
    "DevanagariSplit",
    "DevanagariWordTokenizer",
    "devanagari_language_codes",
    "document_adapter",
    "language_hint",
    "register_word_tokenizer",
]

METADATA_KEY = "devanagari"
"""The metadata key of the counts the steps keep."""


def _as_normalize(options: Any) -> Any:
    return NormalizeOptions(options) if isinstance(options, str) else options


def _as_repair(options: Any) -> Any:
    return RepairOptions(options) if isinstance(options, str) else options


def _entry(doc: Document, key: str) -> Dict[str, Any]:
    entry = doc.metadata.get(key)
    if entry is None:
        entry = doc.metadata[key] = {}
    return entry


class DevanagariClean(PipelineStep):
    """Normalizes and repairs the text of each document (as
    :func:`devanagari.clean`, and as the ``clean`` tool does to a JSON Lines
    field), and counts what changed.

    Args:
        normalize: a :class:`devanagari.NormalizeOptions` or a profile name
            (``"safe"``, the default, or ``"nlp"``).
        repair: a :class:`devanagari.RepairOptions` or a mode name (``"off"``,
            ``"artifacts"``, the default, ``"document"``, ``"all"``).
        counts: keep the counts in ``doc.metadata[metadata_key]``:
            ``edits`` (edit kind → number of edits), ``invisible_chars``
            and, with ``findings``, ``findings`` (finding kind → number).
            Either way the step cleans whole batches in one native call,
            with the GIL released; without counts it is faster still (the
            filter step then has nothing to read).
        findings: also count the mixed-script findings of the input
            (:func:`devanagari.findings`, repaired or not).
        batch_size: documents per batch call.
        num_threads: threads of a batch call (1: datatrove runs one task
            per core already).
        metadata_key: where the counts go.

    >>> from datatrove.data import Document
    >>> step = DevanagariClean(repair="artifacts")
    >>> doc = next(step.run([Document(text="रूसी Governmentी एजेंसी", id="1")]))
    >>> doc.text, doc.metadata["devanagari"]
    ('रूसी सरकारी एजेंसी', {'edits': {'orphan_mark': 1}, 'invisible_chars': 0, 'findings': {'orphan_mark': 1}})
    """

    name = "Devanagari clean"
    type = "✂️ - FORMAT"

    def __init__(
        self,
        normalize: Any = None,
        repair: Any = None,
        *,
        counts: bool = True,
        findings: bool = True,
        batch_size: int = 1000,
        num_threads: int = 1,
        metadata_key: str = METADATA_KEY,
    ):
        super().__init__()
        self.normalize = _as_normalize(normalize)
        self.repair = _as_repair(repair)
        # Bad options fail here, in the driver, not in every task.
        _native.clean("", self.normalize, self.repair)
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, not {batch_size}")
        self.counts = counts
        self.findings = findings
        self.batch_size = batch_size
        self.num_threads = num_threads
        self.metadata_key = metadata_key

    def _count(self, batch: List[Document]) -> Dict[str, int]:
        texts = [d.text for d in batch]
        outs = _native._clean_counts_batch(
            texts, self.normalize, self.repair, self.findings, num_threads=self.num_threads
        )
        key, with_findings = self.metadata_key, self.findings
        totals: Dict[str, int] = {}
        for doc, text, (out, kinds, invisible, found) in zip(batch, texts, outs):
            entry = _entry(doc, key)
            entry["edits"] = kinds
            entry["invisible_chars"] = invisible
            if with_findings:
                entry["findings"] = found
                for k, v in found.items():
                    totals["finding_" + k] = totals.get("finding_" + k, 0) + v
            for k, v in kinds.items():
                totals["edit_" + k] = totals.get("edit_" + k, 0) + v
            if out is not text:
                doc.text = out
                totals["changed"] = totals.get("changed", 0) + 1
        return totals

    def _clean(self, batch: List[Document]) -> Dict[str, int]:
        texts = [d.text for d in batch]
        outs = _native.clean_batch(texts, self.normalize, self.repair, num_threads=self.num_threads)
        changed = 0
        for doc, text, out in zip(batch, texts, outs):
            if out is not text:
                doc.text = out
                changed += 1
        return {"changed": changed}

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if data is None:
            return
        for batch in batched(data, self.batch_size):
            with self.track_time("batch"):
                totals = self._count(batch) if self.counts else self._clean(batch)
            self.stat_update("documents", value=len(batch), unit="batch")
            for k, v in totals.items():
                self.stat_update(k, value=v, unit="batch")
            yield from batch


class DevanagariSplit(PipelineStep):
    """Splits each document into sentences (:func:`devanagari.sentences`, as
    the ``split`` tool does).

    Args:
        options: a :class:`devanagari.SplitOptions` (default: no language
            hint, every abbreviation table).
        output: ``"metadata"`` (the default): the sentences as a list in
            ``doc.metadata[sentences_key]``; ``"documents"``: one document
            per sentence instead of the document (id ``"<id>/<n>"``, the
            metadata copied, plus ``sentence_index``); ``"count"``: only
            their number.
        language_key: a metadata key holding each document's language
            (``"language"`` as datatrove's language filter writes it, or
            ``"lang"`` as HPLT does): its hint (:func:`language_hint`)
            replaces the one of ``options`` for that document.
        sentences_key: the metadata key of the sentences.
        batch_size, num_threads, metadata_key: as for :class:`DevanagariClean`;
            the number of sentences goes to ``doc.metadata[metadata_key]["sentences"]``.

    >>> from datatrove.data import Document
    >>> docs = [Document(text="पहला वाक्य। दूसरा वाक्य?", id="d")]
    >>> [(d.id, d.text) for d in DevanagariSplit(output="documents").run(docs)]
    [('d/0', 'पहला वाक्य।'), ('d/1', 'दूसरा वाक्य?')]
    """

    name = "Devanagari split"
    type = "✂️ - FORMAT"

    def __init__(
        self,
        options: Optional[SplitOptions] = None,
        *,
        output: str = "metadata",
        language_key: Optional[str] = None,
        sentences_key: str = "sentences",
        batch_size: int = 1000,
        num_threads: int = 1,
        metadata_key: str = METADATA_KEY,
    ):
        super().__init__()
        if output not in ("metadata", "documents", "count"):
            raise ValueError(f"output must be 'metadata', 'documents' or 'count', not {output!r}")
        if options is not None and not isinstance(options, SplitOptions):
            raise TypeError(f"options must be a devanagari.SplitOptions, not {type(options).__name__}")
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, not {batch_size}")
        self.options = options or SplitOptions()
        self.output = output
        self.language_key = language_key
        self.sentences_key = sentences_key
        self.batch_size = batch_size
        self.num_threads = num_threads
        self.metadata_key = metadata_key

    def _sentences(self, batch: List[Document]) -> List[List[str]]:
        texts = [d.text for d in batch]
        if self.language_key is None:
            return _native.sentences_batch(texts, self.options, num_threads=self.num_threads)
        # One batch call per language of the batch.
        groups: Dict[Optional[str], List[int]] = {}
        for i, d in enumerate(batch):
            groups.setdefault(language_hint(d.metadata.get(self.language_key)), []).append(i)
        out: List[Any] = [None] * len(batch)
        for hint, idx in groups.items():
            opts = self.options.replace(language=hint) if hint is not None else self.options
            for i, s in zip(idx, _native.sentences_batch([texts[i] for i in idx], opts, num_threads=self.num_threads)):
                out[i] = s
        return out

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if data is None:
            return
        key, skey = self.metadata_key, self.sentences_key
        for batch in batched(data, self.batch_size):
            with self.track_time("batch"):
                all_sentences = self._sentences(batch)
            n = 0
            for doc, sentences in zip(batch, all_sentences):
                n += len(sentences)
                if self.output == "documents":
                    for i, s in enumerate(sentences):
                        meta = dict(doc.metadata)
                        meta["sentence_index"] = i
                        yield Document(text=s, id=f"{doc.id}/{i}", media=doc.media, metadata=meta)
                    continue
                _entry(doc, key)["sentences"] = len(sentences)
                if self.output == "metadata":
                    doc.metadata[skey] = sentences
                yield doc
            self.stat_update("documents", value=len(batch), unit="batch")
            self.stat_update("sentences", value=n, unit="batch")


class DevanagariFilter(BaseFilter):
    """Drops documents by the counts :class:`DevanagariClean` (and
    :class:`DevanagariSplit`) keep. Every threshold is off by default
    (``None``); a document is dropped by the first one it exceeds, and the
    reason (``"devanagari_<threshold>"``) goes to the stats.

    Args:
        max_invisible_chars: invisible characters removed (ZWSP, soft
            hyphens, BOMs, bidi controls, ...).
        max_invisible_per_kchar: the same per 1,000 characters of the
            cleaned text.
        max_findings: mixed-script findings (orphan marks, fused tokens,
            glue, substituted words).
        max_findings_per_kchar: the same per 1,000 characters.
        max_orphan_marks: orphan marks the repair left in the text (Devanagari
            signs after a Latin word that is no lexicon entry: the trace of
            words a site replaced with ones the lexicon does not know, or
            mixed-up scripts); the orphan marks it repaired do not count.
        max_edits_per_kchar: edits of any kind per 1,000 characters (how much
            normalization the document needed).
        min_sentences: fewer sentences drops the document (needs
            :class:`DevanagariSplit` before this step).
        max_counts: further limits by edit or finding kind, e.g.
            ``{"split_vowel_sign": 20, "glue": 5}``.
        metadata_key: where the counts are.
        exclusion_writer: a datatrove writer for the dropped documents.
        batch_size: documents per batch: the stats (``total``,
            ``forwarded``, ``dropped``, ``dropped_<reason>``) are counted per
            batch rather than per document (datatrove's filters update
            four per document, which costs more than this filter's test).

    >>> from datatrove.data import Document
    >>> docs = [Document(text="नई Flurbी योजना", id="x"), Document(text="कल बारिश हुई।", id="y")]
    >>> kept = DevanagariFilter(max_orphan_marks=0).run(DevanagariClean().run(docs))
    >>> [d.id for d in kept]
    ['y']
    """

    name = "Devanagari counts filter"

    def __init__(
        self,
        *,
        max_invisible_chars: Optional[int] = None,
        max_invisible_per_kchar: Optional[float] = None,
        max_findings: Optional[int] = None,
        max_findings_per_kchar: Optional[float] = None,
        max_orphan_marks: Optional[int] = None,
        max_edits_per_kchar: Optional[float] = None,
        min_sentences: Optional[int] = None,
        max_counts: Optional[Dict[str, int]] = None,
        metadata_key: str = METADATA_KEY,
        exclusion_writer: Any = None,
        batch_size: int = 1000,
    ):
        super().__init__(exclusion_writer)
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, not {batch_size}")
        self.stats_batch_size = batch_size
        known = set(_native.EDIT_KINDS) | set(_native.FINDING_KINDS)
        unknown = sorted(set(max_counts or {}) - known)
        if unknown:
            raise ValueError(f"unknown edit or finding kinds in max_counts: {unknown}; known: {sorted(known)}")
        self.max_invisible_chars = max_invisible_chars
        self.max_invisible_per_kchar = max_invisible_per_kchar
        self.max_findings = max_findings
        self.max_findings_per_kchar = max_findings_per_kchar
        self.max_orphan_marks = max_orphan_marks
        self.max_edits_per_kchar = max_edits_per_kchar
        self.min_sentences = min_sentences
        self.max_counts = dict(max_counts or {})
        self.metadata_key = metadata_key

    def filter(self, doc: Document) -> bool | Tuple[bool, str]:
        c = doc.metadata.get(self.metadata_key)
        if c is None or "edits" not in c:
            raise ValueError(
                f"document {doc.id!r} has no counts in metadata[{self.metadata_key!r}]: "
                "run DevanagariClean(counts=True) before DevanagariFilter"
            )
        edits: Dict[str, int] = c["edits"]
        findings: Dict[str, int] = c.get("findings", {})
        kchars = max(len(doc.text), 1) / 1000.0
        invisible = c.get("invisible_chars", 0)
        if self.max_invisible_chars is not None and invisible > self.max_invisible_chars:
            return False, "devanagari_max_invisible_chars"
        if self.max_invisible_per_kchar is not None and invisible / kchars > self.max_invisible_per_kchar:
            return False, "devanagari_max_invisible_per_kchar"
        if (
            self.max_findings is not None
            or self.max_findings_per_kchar is not None
            or self.max_orphan_marks is not None
        ):
            if "findings" not in c:
                raise ValueError(
                    f"document {doc.id!r} has no findings counted: run DevanagariClean(findings=True) "
                    "before a DevanagariFilter on findings"
                )
            total = sum(findings.values())
            if self.max_findings is not None and total > self.max_findings:
                return False, "devanagari_max_findings"
            if self.max_findings_per_kchar is not None and total / kchars > self.max_findings_per_kchar:
                return False, "devanagari_max_findings_per_kchar"
            left = findings.get("orphan_mark", 0) - edits.get("orphan_mark", 0) - edits.get("orphan_mark_stripped", 0)
            if self.max_orphan_marks is not None and left > self.max_orphan_marks:
                return False, "devanagari_max_orphan_marks"
        if self.max_edits_per_kchar is not None and sum(edits.values()) / kchars > self.max_edits_per_kchar:
            return False, "devanagari_max_edits_per_kchar"
        if self.min_sentences is not None:
            if "sentences" not in c:
                raise ValueError(
                    f"document {doc.id!r} has no sentence count: run DevanagariSplit before a "
                    "DevanagariFilter with min_sentences"
                )
            if c["sentences"] < self.min_sentences:
                return False, "devanagari_min_sentences"
        for kind, limit in self.max_counts.items():
            if edits.get(kind, 0) + findings.get(kind, 0) > limit:
                return False, f"devanagari_max_{kind}"
        return True

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if data is None:
            return
        writer_cm = self.exclusion_writer if self.exclusion_writer else contextlib.nullcontext()
        with writer_cm as writer:
            for batch in batched(data, self.stats_batch_size):
                with self.track_time("batch"):
                    results = [self.filter(doc) for doc in batch]
                kept = 0
                reasons: Dict[str, int] = {}
                for doc, res in zip(batch, results):
                    if res is True:
                        kept += 1
                        yield doc
                        continue
                    reason = res[1] if isinstance(res, tuple) else None
                    if reason:
                        reasons[reason] = reasons.get(reason, 0) + 1
                    if writer:
                        if reason:
                            doc.metadata["filter_reason"] = reason
                        writer.write(doc, rank)
                self.stat_update("total", value=len(batch), unit="batch")
                self.stat_update("forwarded", value=kept, unit="batch")
                self.stat_update("dropped", value=len(batch) - kept, unit="batch")
                for reason, n in reasons.items():
                    self.stat_update(f"dropped_{reason}", value=n, unit="batch")


class DevanagariWordTokenizer(WordTokenizer):
    """datatrove's ``WordTokenizer`` from this package: words
    (:func:`devanagari.words`) and sentences (:func:`devanagari.sentences`)
    with the abbreviation tables of the language, and exact sentence spans
    (code points; ``text[a:b]`` is the sentence).

    Pass it where datatrove takes a ``language`` (MinHash and sentence
    dedup, Gopher, C4 and FineWeb quality filters, the word and sentence
    stats): ``load_word_tokenizer`` returns a tokenizer object as it is, and
    the object pickles by value, so it travels to every task of every
    executor.

    Args:
        language: a datatrove language code (``hin``, ``hin_Deva``, ``mar``,
            ``npi``, ...), or ``None`` (every abbreviation table).
        word_options: a :class:`devanagari.WordOptions` (default: punctuation
            kept as tokens of its own, as datatrove's other tokenizers do;
            its ``split`` gets the language hint).

    >>> tok = DevanagariWordTokenizer("mar")
    >>> tok.word_tokenize("श्री. पाटील आले, आणि गेले.")
    ['श्री.', 'पाटील', 'आले', ',', 'आणि', 'गेले', '.']
    >>> tok.sent_tokenize("डॉ. शर्मा आए. वे चले गए।")
    ['डॉ. शर्मा आए.', 'वे चले गए।']
    """

    def __init__(self, language: Optional[str] = None, word_options: Optional[WordOptions] = None):
        super().__init__(language)
        hint = language_hint(language)
        self.split_options = SplitOptions(language=hint)
        wo = word_options or WordOptions()
        if word_options is None or wo.split == SplitOptions():
            wo = wo.replace(split=self.split_options)
        self.word_options = wo

    def word_tokenize(self, text: str) -> List[str]:
        return _native.words(text, self.word_options)

    def sent_tokenize(self, text: str) -> List[str]:
        return _native.sentences(text, self.split_options)

    def span_tokenize(self, text: str) -> List[Tuple[int, int]]:
        return _native.sentence_spans(text, self.split_options)

    def __eq__(self, other: object) -> bool:
        return (
            type(other) is type(self)
            and self.language == other.language  # type: ignore[attr-defined]
            and self.word_options == other.word_options  # type: ignore[attr-defined]
        )

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.language, self.word_options))

    def __repr__(self) -> str:
        return f"DevanagariWordTokenizer({self.language!r})"


def document_adapter(writer: Any, document: Document) -> Dict[str, Any]:
    """A writer ``adapter`` (``JsonlWriter(..., adapter=document_adapter)``)
    that gives the dictionary datatrove's default adapter gives (the
    fields that are set; the metadata under ``metadata``, or at the top with
    ``expand_metadata``) without copying the document: the writers only
    read it. Documents with media go to the default adapter.

    >>> import tempfile
    >>> from datatrove.pipeline.writers import JsonlWriter
    >>> w = JsonlWriter(tempfile.mkdtemp(), adapter=document_adapter)
    >>> d = Document(text="पहला।", id="1", metadata={"sentences": ["पहला।"]})
    >>> w.adapter(d) == w._default_adapter(d)
    True
    """
    if document.media:
        return writer._default_adapter(document)
    out: Dict[str, Any] = {}
    if document.text:
        out["text"] = document.text
    if document.id:
        out["id"] = document.id
    if document.metadata:
        if getattr(writer, "expand_metadata", False):
            out.update(document.metadata)
        else:
            out["metadata"] = document.metadata
    return out


def devanagari_language_codes() -> List[str]:
    """The language codes datatrove's ``load_word_tokenizer`` resolves to a
    Devanagari row of its tokenizer table (``hin``, ``hin_Deva``, ``hi``,
    ``mar``, ``npi``, ...): the keys :func:`register_word_tokenizer` maps."""
    from datatrove.utils._import_utils import ASSETS_PATH

    claimed: Dict[str, str] = {}
    with open(os.path.join(ASSETS_PATH, "tokenizer_assignment.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            script = row["script"]
            code_3, code_1 = row["code_3"], row["code_1"]
            # The keys datatrove derives from a row, first row first.
            keys = [f"{code_3}_{script}"]
            if row["default_script"]:
                keys.append(code_3)
            if code_1 and row["default_code_1"]:
                keys.append(f"{code_1}_{script}")
                if row["default_script"]:
                    keys.append(code_1)
            for k in keys:
                claimed.setdefault(k, script)
    return sorted(k for k, s in claimed.items() if s == "Deva")


def _make_tokenizer(code: str, word_options: Optional[WordOptions]) -> DevanagariWordTokenizer:
    return DevanagariWordTokenizer(code, word_options)


def register_word_tokenizer(
    languages: Optional[Iterable[str]] = None, word_options: Optional[WordOptions] = None
) -> List[str]:
    """Makes datatrove's ``load_word_tokenizer(code)`` return a
    :class:`DevanagariWordTokenizer` for each code of ``languages``
    (default: :func:`devanagari_language_codes`, the 37 Devanagari rows of
    datatrove's table, most of which it sends to Indic NLP Library); returns
    the codes mapped.

    This changes datatrove's table in the calling process only: steps built
    after the call in this process (MinHash and sentence dedup resolve their
    tokenizer when they are built, and carry it to their tasks) use it, but
    a step that resolves ``language`` in its task (the quality filters,
    the stats) does so in the task's process. Passing a
    ``DevanagariWordTokenizer`` as ``language`` works everywhere.

    >>> from datatrove.utils.word_tokenizers import load_word_tokenizer
    >>> "hin" in register_word_tokenizer()
    True
    >>> load_word_tokenizer("hin")
    DevanagariWordTokenizer('hin')
    """
    from datatrove.utils import text as dt_text
    from datatrove.utils import word_tokenizers as dt_wt

    codes = list(languages) if languages is not None else devanagari_language_codes()
    table = dt_wt.load_tokenizer_assignments()
    for code in codes:
        table[code] = partial(_make_tokenizer, code, word_options)
    dt_wt.load_word_tokenizer.cache_clear()
    dt_text.split_into_parts.cache_clear()
    return codes
