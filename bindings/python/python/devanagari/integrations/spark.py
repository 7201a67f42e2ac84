"""Clean and split a text column of a Spark DataFrame with ``mapInArrow``.

Spark hands each Python worker Arrow record batches; the text column goes
to :func:`devanagari.clean_batch` and :func:`devanagari.sentences_batch` as
an Arrow array (no Python object per row), and the results go back as Arrow
arrays: the cleaned text in place of the column (byte for byte what the
``clean`` tool writes for the field) and a new column of sentences.

PySpark is not a dependency of ``devanagari-text``: install it with ``pip
install 'devanagari-text[spark]'`` (PySpark, pyarrow, and pandas, which
PySpark's ``mapInArrow`` imports). The package must
be installed on every executor (the wheel, or ``--py-files`` is not enough:
the package has a native module).

    from pyspark.sql import SparkSession
    from devanagari.integrations.spark import clean_and_split

    spark = SparkSession.builder.getOrCreate()
    df = spark.read.parquet("in/")
    clean_and_split(df, text_column="text").write.parquet("out/")

:func:`clean_split_batches` is the function ``mapInArrow`` runs; it needs
only pyarrow, so it can be tested and reused (Ray's ``map_batches``,
pandas) without Spark:

>>> import pyarrow as pa
>>> batch = pa.RecordBatch.from_pydict({"id": [1, 2], "text": ["दु:ख है | फिर?", None]})
>>> out = next(clean_split_batches([batch]))
>>> out.column("text").to_pylist(), out.column("sentences").to_pylist()
(['दुःख है। फिर?', None], [['दुःख है।', 'फिर?'], None])
"""

from __future__ import annotations

from functools import partial
from typing import Any, Iterable, Iterator, Optional

import devanagari as dv
from devanagari._native import NormalizeOptions, RepairOptions, SplitOptions
from devanagari.integrations._languages import language_hint

__all__ = ["clean_and_split", "clean_split_batches", "output_schema"]


def _pa():
    try:
        import pyarrow as pa
    except ImportError as e:  # pragma: no cover
        raise ImportError("devanagari.integrations.spark needs pyarrow: pip install 'devanagari-text[spark]'") from e
    return pa


def clean_split_batches(
    batches: Iterable[Any],
    *,
    text_column: str = "text",
    sentences_column: Optional[str] = "sentences",
    normalize: Any = None,
    repair: Any = None,
    split: Optional[SplitOptions] = None,
    num_threads: Optional[int] = 1,
    language_column: Optional[str] = None,
) -> Iterator[Any]:
    """For each pyarrow ``RecordBatch``: the batch with ``text_column``
    cleaned (:func:`devanagari.clean`, options as there) and, unless
    ``sentences_column`` is ``None``, a column of the sentences of the
    cleaned text (:func:`devanagari.sentences` with ``split``) added at the
    end. Nulls stay nulls. ``num_threads`` per batch call (1 by default:
    Spark runs one Python worker per core already).

    ``language_column``: a string column naming each row's language
    (``hin``, ``mar``, ``npi_Deva``, ... as HPLT and FineWeb-2 write it):
    its hint (:func:`~devanagari.integrations.datatrove.language_hint`)
    replaces the one of ``split`` for that row, as ``split --lang-field``
    does. The rows of one language go to one batch call.

    >>> import pyarrow as pa
    >>> b = pa.RecordBatch.from_pydict({"text": ["गाँव ले जाए के. कहल गइल."] * 2, "lang": ["bho", "hin"]})
    >>> out = next(clean_split_batches([b], language_column="lang"))
    >>> [len(s) for s in out.column("sentences").to_pylist()]
    [2, 1]
    """
    pa = _pa()
    for batch in batches:
        i = batch.schema.get_field_index(text_column)
        if i < 0:
            raise KeyError(f"no column {text_column!r} in {batch.schema.names}")
        cleaned = dv.clean_batch(batch.column(i), normalize, repair, num_threads=num_threads)
        arrays = list(batch.columns)
        names = list(batch.schema.names)
        arrays[i] = cleaned
        if sentences_column is not None:
            if language_column is None:
                sentences = dv.sentences_batch(cleaned, split, num_threads=num_threads)
            else:
                j = batch.schema.get_field_index(language_column)
                if j < 0:
                    raise KeyError(f"no column {language_column!r} in {batch.schema.names}")
                sentences = _sentences_by_language(cleaned, batch.column(j), split, num_threads)
            arrays.append(sentences)
            names.append(sentences_column)
        yield pa.RecordBatch.from_arrays(arrays, names=names)


def _sentences_by_language(cleaned: Any, languages: Any, split: Optional[SplitOptions], num_threads: Optional[int]) -> Any:
    """The sentences of the Arrow array ``cleaned``, each row split with the
    hint of its row of ``languages``: one batch call per hint, the rows
    taken out with Arrow's ``take`` and put back in their order (no Python
    object per row; a null or unknown language has ``split``'s hint)."""
    pa = _pa()
    import pyarrow.compute as pc

    split = split or SplitOptions()
    codes = languages.dictionary_encode()
    indices = codes.indices
    # The dictionary's entries that select each hint.
    entries: dict = {}
    for k, code in enumerate(codes.dictionary.to_pylist()):
        entries.setdefault(language_hint(code if isinstance(code, str) else None), []).append(k)
    entries.pop(None, None)
    if not entries:
        return dv.sentences_batch(cleaned, split, num_threads=num_threads)

    def rows_of(ks: list) -> Any:
        selected = pc.is_in(indices, value_set=pa.array(ks, type=indices.type))
        return pc.fill_null(selected, False)

    rows, parts = [], []
    for hint, ks in entries.items():
        take = pc.indices_nonzero(rows_of(ks))
        rows.append(take)
        parts.append(dv.sentences_batch(cleaned.take(take), split.replace(language=hint), num_threads=num_threads))
    rest = pc.indices_nonzero(pc.invert(rows_of([k for ks in entries.values() for k in ks])))
    if len(rest):
        rows.append(rest)
        parts.append(dv.sentences_batch(cleaned.take(rest), split, num_threads=num_threads))
    order = pc.sort_indices(pa.concat_arrays(rows))
    return pa.concat_arrays(parts).take(order)


def output_schema(schema: Any, *, text_column: str = "text", sentences_column: Optional[str] = "sentences") -> Any:
    """The Spark schema of :func:`clean_split_batches`'s output for an input
    of Spark schema ``schema`` (a ``StructType``)."""
    try:
        from pyspark.sql.types import ArrayType, StringType, StructField, StructType
    except ImportError as e:
        raise ImportError(
            "devanagari.integrations.spark needs PySpark, which is not installed: "
            "pip install 'devanagari-text[spark]' (or: pip install pyspark pyarrow pandas)"
        ) from e
    if text_column not in schema.names:
        raise KeyError(f"no column {text_column!r} in {schema.names}")
    if not isinstance(schema[text_column].dataType, StringType):
        raise TypeError(f"column {text_column!r} is {schema[text_column].dataType}, not a string")
    if sentences_column is not None and sentences_column in schema.names:
        raise ValueError(f"the input already has a column {sentences_column!r}: name another sentences_column")
    fields = list(schema.fields)
    if sentences_column is not None:
        fields.append(StructField(sentences_column, ArrayType(StringType(), containsNull=False), True))
    return StructType(fields)


def clean_and_split(
    df: Any,
    *,
    text_column: str = "text",
    sentences_column: Optional[str] = "sentences",
    normalize: Any = None,
    repair: Any = None,
    split: Optional[SplitOptions] = None,
    num_threads: Optional[int] = 1,
    language_column: Optional[str] = None,
) -> Any:
    """``df`` with ``text_column`` cleaned and a column of sentences added,
    through ``mapInArrow`` (see :func:`clean_split_batches`, also for
    ``language_column``). Options are checked here, on the driver, before
    any task runs."""
    normalize = NormalizeOptions(normalize) if isinstance(normalize, str) else normalize
    repair = RepairOptions(repair) if isinstance(repair, str) else repair
    dv.clean("", normalize, repair)
    dv.sentences("", split)
    fn = partial(
        clean_split_batches,
        text_column=text_column,
        sentences_column=sentences_column,
        normalize=normalize,
        repair=repair,
        split=split,
        num_threads=num_threads,
        language_column=language_column,
    )
    if language_column is not None and language_column not in df.schema.names:
        raise KeyError(f"no column {language_column!r} in {df.schema.names}")
    schema = output_schema(df.schema, text_column=text_column, sentences_column=sentences_column)
    return df.mapInArrow(fn, schema)
