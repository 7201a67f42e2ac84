"""``indicnlp.tokenize.indic_tokenize``, answered by the devanagari package.

``trivial_tokenize(text, lang)`` runs this package's :func:`devanagari.words`
with every FULL STOP a token of its own (as Indic NLP Library splits every
ASCII punctuation mark); see :mod:`devanagari.compat.indicnlp` for where the
tokens differ, and why.

>>> from devanagari.compat.indicnlp.tokenize import indic_tokenize
>>> indic_tokenize.trivial_tokenize("डॉ. शर्मा ने कहा, दर 3.5% रही।", "hi")
['डॉ', '.', 'शर्मा', 'ने', 'कहा', ',', 'दर', '3.5', '%', 'रही', '।']
"""

from __future__ import annotations

from typing import List

from devanagari import _native
from devanagari._native import WordOptions
from devanagari.compat.indicnlp.normalize.indic_normalize import DEVANAGARI_LANGUAGES

_OPTIONS = WordOptions(abbreviation_stops="split")


def trivial_tokenize_indic(text: str) -> List[str]:
    """The tokens of ``text`` (any Devanagari language)."""
    return _native.words(text, _OPTIONS)


def trivial_tokenize(text: str, lang: str = "hi") -> List[str]:
    """The tokens of ``text``. ``lang`` must be a Devanagari language
    (Urdu and the other scripts raise ``ValueError``: use Indic NLP Library
    for them)."""
    if lang not in DEVANAGARI_LANGUAGES:
        raise ValueError(
            f"devanagari.compat.indicnlp handles Devanagari languages only "
            f"({', '.join(DEVANAGARI_LANGUAGES)}), not {lang!r}"
        )
    return _native.words(text, _OPTIONS)


__all__ = ["trivial_tokenize", "trivial_tokenize_indic"]
