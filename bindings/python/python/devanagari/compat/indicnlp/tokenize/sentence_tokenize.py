"""``indicnlp.tokenize.sentence_tokenize``, answered by the devanagari package.

``sentence_split(text, lang)`` runs this package's :func:`devanagari.sentences`
(see :mod:`devanagari.compat.indicnlp` for where the sentences differ from
Indic NLP Library's, and why).

>>> from devanagari.compat.indicnlp.tokenize import sentence_tokenize
>>> sentence_tokenize.sentence_split("विदेश मंत्री एस. जयशंकर ने कहा. वे कल लौटेंगे।", "hi")
['विदेश मंत्री एस. जयशंकर ने कहा.', 'वे कल लौटेंगे।']
"""

from __future__ import annotations

from functools import lru_cache
from typing import List

from devanagari import _native
from devanagari._native import SplitOptions
from devanagari.compat.indicnlp.normalize.indic_normalize import DEVANAGARI_LANGUAGES

# Indic NLP Library's code for Konkani, and the ISO 639 code this package
# uses for it.
_ISO = {"kK": "kok"}
_KNOWN = frozenset(_native.LANGUAGES)


@lru_cache(maxsize=64)
def _options(lang: str) -> SplitOptions:
    if lang not in DEVANAGARI_LANGUAGES:
        raise ValueError(
            f"devanagari.compat.indicnlp handles Devanagari languages only "
            f"({', '.join(DEVANAGARI_LANGUAGES)}), not {lang!r}"
        )
    # The language hint selects the language's abbreviation tables; a
    # language the splitter has no hint for (Sindhi) gets every table.
    code = _ISO.get(lang, lang)
    return SplitOptions(language=code if code in _KNOWN else None)


def sentence_split(text: str, lang: str, delim_pat: str = "auto") -> List[str]:
    """The sentences of ``text``. ``delim_pat`` must be ``"auto"``: the
    splitter decides which danda, FULL STOP, ``?`` or ``!`` ends a sentence
    from the text itself, whatever the language (a custom pattern raises
    ``ValueError``)."""
    if delim_pat != "auto":
        raise ValueError(
            "devanagari.compat.indicnlp: custom delimiter patterns are not supported "
            "(the splitter decides from the text which terminators end a sentence)"
        )
    return _native.sentences(text, _options(lang))


__all__ = ["sentence_split"]
