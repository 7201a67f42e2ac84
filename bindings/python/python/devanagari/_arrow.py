"""Batch calls over pyarrow string arrays.

The native module reads the Arrow buffers (offsets, UTF-8 data, validity
bitmap) as bytes, copied here (another thread could write into an array's
buffers while they are read without the GIL), and returns the buffers of
the result, written into buffers of pyarrow's memory pool, from which the
result array is built here: no Arrow library on the Rust side. Works with
``string`` and ``large_string`` arrays (``string_view`` is cast to
``large_string``), sliced arrays and chunked arrays; nulls stay nulls.
"""

from __future__ import annotations

from typing import Any

from devanagari import _native


def is_arrow(obj: Any) -> bool:
    """Whether ``obj`` is a pyarrow Array or ChunkedArray (without importing
    pyarrow when it is not)."""
    return type(obj).__module__.startswith("pyarrow")


def _pa():
    try:
        import pyarrow as pa
    except ImportError as e:  # pragma: no cover - is_arrow implies pyarrow
        raise TypeError("pyarrow is not installed") from e
    return pa


def _chunks(arr):
    pa = _pa()
    if isinstance(arr, pa.ChunkedArray):
        return list(arr.chunks), True
    if isinstance(arr, pa.Array):
        return [arr], False
    raise TypeError(f"expected a pyarrow Array or ChunkedArray of strings, not {type(arr).__name__}")


def _input(arr):
    """The arguments the native calls take for one Arrow array."""
    pa = _pa()
    t = arr.type
    if pa.types.is_string(t):
        large = False
    elif pa.types.is_large_string(t):
        large = True
    elif hasattr(pa.types, "is_string_view") and pa.types.is_string_view(t):
        arr = arr.cast(pa.large_string())
        large = True
    else:
        raise TypeError(f"expected a pyarrow array of strings (string or large_string), not {t}")
    validity, offsets, data = arr.buffers()[:3]
    offsets_b = offsets.to_pybytes() if offsets is not None else b"\0" * (8 if large else 4)
    data_b = data.to_pybytes() if data is not None else b""
    validity_b = validity.to_pybytes() if (validity is not None and arr.null_count) else None
    return arr, (offsets_b, data_b, validity_b, arr.offset, len(arr), large)


def _validity(arr):
    """A validity bitmap for the result (offset 0), or None without nulls."""
    if not arr.null_count:
        return None
    if arr.offset == 0:
        return arr.buffers()[0]
    import pyarrow.compute as pc

    return pc.is_valid(arr).buffers()[1]


def _map(arr, one, empty_type):
    """``one`` over each chunk; a chunked array back for a chunked array."""
    chunks, chunked = _chunks(arr)
    if not chunked:
        return one(chunks[0])
    pa = _pa()
    outs = [one(c) for c in chunks]
    if outs:
        return pa.chunked_array(outs, type=outs[0].type)
    large = pa.types.is_large_string(arr.type)
    return pa.chunked_array([], type=empty_type(pa, large))


def strings(op: str, arr, a, b, num_threads):
    """normalize / repair / clean over an Arrow array: an array of the
    same type; the input array itself when no slot changed."""
    pa = _pa()
    any_changed = []

    def one(c):
        c, args = _input(c)
        offsets, data, changed = _native._arrow_strings(op, *args, a, b, num_threads)
        any_changed.append(changed)
        if not changed:
            return c
        t = pa.large_string() if args[5] else pa.string()
        return pa.Array.from_buffers(
            t,
            len(c),
            [_validity(c), offsets, data],
            null_count=c.null_count,
        )

    out = _map(arr, one, lambda pa, large: arr.type)
    if not any(any_changed):
        return arr
    return out


def _list_array(c, large, list_offsets, str_offsets, data):
    """A list array of strings for the chunk ``c`` from the buffers a
    native call returned."""
    pa = _pa()
    st = pa.large_string() if large else pa.string()
    width = 8 if large else 4
    n = len(str_offsets) // width - 1
    child = pa.Array.from_buffers(st, n, [None, str_offsets, data])
    return _list_of(c, pa.large_list(st) if large else pa.list_(st), list_offsets, child)


def _list_of(c, list_type, list_offsets, child):
    """A list array of type ``list_type`` with one list per slot of the
    chunk ``c`` (its nulls kept), over ``child`` cut at ``list_offsets``."""
    pa = _pa()
    return pa.Array.from_buffers(
        list_type,
        len(c),
        [_validity(c), list_offsets],
        null_count=c.null_count,
        children=[child],
    )


def _list_type(pa, large):
    return pa.large_list(pa.large_string()) if large else pa.list_(pa.string())


def _lists(arr, native):
    """A list array of strings from ``native(*args)`` over each chunk,
    which returns the buffers of one (see ``_list_array``)."""

    def one(c):
        c, args = _input(c)
        list_offsets, (str_offsets, data) = native(*args)
        return _list_array(c, args[5], list_offsets, str_offsets, data)

    return _map(arr, one, _list_type)


def lists(op: str, arr, options, num_threads):
    """sentences / words over an Arrow array: a list array of strings (a
    ``large_list<large_string>`` for ``large_string`` input)."""
    return _lists(arr, lambda *args: _native._arrow_lists(op, *args, options, num_threads))


def clean_sentences(arr, normalize, repair, split, num_threads):
    """clean then sentences over an Arrow array in one native call (no
    array of the cleaned texts in between): a list array of strings."""
    return _lists(
        arr, lambda *args: _native._arrow_clean_sentences(*args, normalize, repair, split, num_threads)
    )


def _span_type(pa):
    return pa.struct([("start", pa.int64()), ("end", pa.int64())])


def spans(op: str, arr, options, num_threads):
    """sentence / word spans over an Arrow array: a list array of
    ``struct<start: int64, end: int64>`` in code points."""
    pa = _pa()

    def one(c):
        c, args = _input(c)
        list_offsets, (starts, ends) = _native._arrow_spans(op, *args, options, num_threads)
        large = args[5]
        n = len(starts) // 8
        child = pa.StructArray.from_arrays(
            [
                pa.Array.from_buffers(pa.int64(), n, [None, starts]),
                pa.Array.from_buffers(pa.int64(), n, [None, ends]),
            ],
            names=["start", "end"],
        )
        lt = pa.large_list(_span_type(pa)) if large else pa.list_(_span_type(pa))
        return _list_of(c, lt, list_offsets, child)

    return _map(arr, one, lambda pa, large: (pa.large_list if large else pa.list_)(_span_type(pa)))


def akshara_counts(arr, num_threads):
    """akshara counts over an Arrow array: an ``int64`` array."""
    pa = _pa()

    def one(c):
        c, args = _input(c)
        values = _native._arrow_akshara_counts(*args, num_threads)
        return pa.Array.from_buffers(
            pa.int64(), len(c), [_validity(c), values], null_count=c.null_count
        )

    return _map(arr, one, lambda pa, large: pa.int64())
