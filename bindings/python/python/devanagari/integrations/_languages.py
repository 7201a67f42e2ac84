"""Language codes as corpora write them, read as the package's language hints.

Shared by the datatrove steps and the Spark job (it needs neither engine).
"""

from __future__ import annotations

from typing import Optional

from devanagari import _native

__all__ = ["language_hint"]

# The language codes of corpora (ISO 639-3 as datatrove and HPLT write
# them, and 639-1 where there is one) of the crate's languages, and the code
# of `devanagari.LANGUAGES` each one selects.
_HINTS = {
    "hin": "hi",
    "hi": "hi",
    "mar": "mr",
    "mr": "mr",
    "nep": "ne",
    "npi": "ne",
    "ne": "ne",
    "dty": "ne",
    "san": "sa",
    "sa": "sa",
    "bho": "bho",
    "mai": "mai",
    "mag": "mag",
    "awa": "awa",
    "hne": "hne",
    "kok": "kok",
    "gom": "kok",
    "knn": "kok",
    "doi": "doi",
    "dgo": "doi",
    "brx": "brx",
    "bra": "bra",
    "raj": "raj",
}


def language_hint(code: Optional[str]) -> Optional[str]:
    """The language hint of :class:`devanagari.SplitOptions` for a corpus's
    language code (``hin``, ``hin_Deva``, ``mr``, ``npi``, ...), or ``None``
    (every table applies) for a language without tables of its own or a
    script other than Devanagari.

    >>> language_hint("hin_Deva"), language_hint("npi"), language_hint("hin_Latn"), language_hint("xsr")
    ('hi', 'ne', None, None)
    """
    if not code:
        return None
    base, _, script = code.partition("_")
    if script and script != "Deva":
        return None
    hint = _HINTS.get(base)
    return hint if hint in _native.LANGUAGES else None
