"""``indicnlp.normalize.indic_normalize``, answered by the devanagari package.

``IndicNormalizerFactory().get_normalizer(lang, ...)`` returns a normalizer
whose ``normalize(text)`` runs this package's :func:`devanagari.normalize`
with the options that the Indic NLP Library arguments map to. Where the two
outputs differ, see :mod:`devanagari.compat.indicnlp` for each difference
and why.

>>> from devanagari.compat.indicnlp.normalize.indic_normalize import IndicNormalizerFactory
>>> n = IndicNormalizerFactory().get_normalizer("hi")
>>> n.normalize("उसे दु:ख है |")
'उसे दुःख है।'
>>> n.normalize("नोट: कल “बैठक” है")  # a colon that introduces stays; quotes become ASCII
'नोट: कल "बैठक" है'
>>> IndicNormalizerFactory().get_normalizer("hi", nasals_mode="to_anusvaara_strict").normalize("हिन्दी")
'हिंदी'
"""

from __future__ import annotations

from typing import Dict, List

from devanagari import _native
from devanagari._native import NormalizeOptions

#: Indic NLP Library's Devanagari language codes, and the other Devanagari
#: languages this package knows (ISO 639).
DEVANAGARI_LANGUAGES = ("hi", "mr", "sa", "kK", "kok", "ne", "sd") + tuple(
    code for code in _native.LANGUAGES if code not in ("hi", "mr", "sa", "kok", "ne", "sd")
)

NASALS_MODES = {
    "do_nothing": "keep",
    "to_anusvaara_strict": "to_anusvara",
    # Indic NLP's relaxed mode turns every nasal consonant + VIRAMA into
    # ANUSVARA, also before a consonant of another class (अन्य → अंय),
    # which writes a different word; the strict mapping is the one that
    # keeps the text readable.
    "to_anusvaara_relaxed": "to_anusvara",
    "to_nasal_consonants": "to_consonant",
}

# do_normalize_chandras: CANDRA E and CANDRA O (letters and signs) become E
# and O. The crate has no such fold (it is a lossy spelling change for
# search, not a normalization); done here with str.translate. CANDRABINDU to
# ANUSVARA is the crate's own option.
_CHANDRA_VOWELS = {
    0x090D: "\u090f",  # DEVANAGARI LETTER CANDRA E -> LETTER E
    0x0911: "\u0913",  # DEVANAGARI LETTER CANDRA O -> LETTER O
    0x0945: "\u0947",  # DEVANAGARI VOWEL SIGN CANDRA E -> VOWEL SIGN E
    0x0949: "\u094b",  # DEVANAGARI VOWEL SIGN CANDRA O -> VOWEL SIGN O
}

_VIRAMA = "\u094d"  # DEVANAGARI SIGN VIRAMA


def _is_consonant(c: str) -> bool:
    # KA ..= HA, as Indic NLP Library reads a consonant.
    return "\u0915" <= c <= "\u0939"


class DevanagariNormalizer:
    """A normalizer for a Devanagari language (mirrors Indic NLP Library's
    class of the same name; built by :class:`IndicNormalizerFactory`)."""

    def __init__(
        self,
        lang: str = "hi",
        remove_nuktas: bool = False,
        nasals_mode: str = "do_nothing",
        do_normalize_chandras: bool = False,
        do_normalize_vowel_ending: bool = False,
    ) -> None:
        if nasals_mode not in NASALS_MODES:
            raise ValueError(
                f"unknown nasals_mode {nasals_mode!r}; expected one of {', '.join(map(repr, NASALS_MODES))}"
            )
        self.lang = lang
        self.remove_nuktas = bool(remove_nuktas)
        self.nasals_mode = nasals_mode
        self.do_normalize_chandras = bool(do_normalize_chandras)
        self.do_normalize_vowel_ending = bool(do_normalize_vowel_ending)
        # Indic NLP Library always turns typographic quotes, dashes and the
        # ellipsis into ASCII; so does this mapping.
        self.options = NormalizeOptions(
            "safe",
            punctuation="ascii",
            nukta="strip_borrowed" if self.remove_nuktas else "keep",
            nasals=NASALS_MODES[nasals_mode],
            candrabindu="to_anusvara" if self.do_normalize_chandras else "keep",
        )

    def normalize(self, text: str) -> str:
        """Normalizes ``text`` (see the module docs for the mapping)."""
        out = _native.normalize(text, self.options)
        if self.do_normalize_chandras:
            out = out.translate(_CHANDRA_VOWELS)
        if self.do_normalize_vowel_ending:
            # Indic NLP Library's rule for Indo-Aryan languages: a word
            # (split at SPACE) that ends in a consonant gets a VIRAMA.
            out = " ".join(w + _VIRAMA if w and _is_consonant(w[-1]) else w for w in out.split(" "))
        return out

    def get_char_stats(self, text: str) -> Dict[str, int]:
        """The number of changes of each kind :meth:`normalize` would make
        (Indic NLP Library prints character counts; this returns the
        package's edit counts)."""
        counts: Dict[str, int] = {}
        for e in _native.normalize_with_edits(text, self.options)[1]:
            counts[e.kind] = counts.get(e.kind, 0) + 1
        return counts

    def __repr__(self) -> str:
        return (
            f"DevanagariNormalizer(lang={self.lang!r}, remove_nuktas={self.remove_nuktas}, "
            f"nasals_mode={self.nasals_mode!r}, do_normalize_chandras={self.do_normalize_chandras}, "
            f"do_normalize_vowel_ending={self.do_normalize_vowel_ending})"
        )


class IndicNormalizerFactory:
    """Builds the normalizer of a language, as Indic NLP Library's factory
    does, for the Devanagari languages (others raise ``ValueError``: use
    Indic NLP Library for them)."""

    def get_normalizer(self, language: str, **kwargs) -> DevanagariNormalizer:
        """The normalizer of ``language``. Keyword arguments as in Indic NLP
        Library: ``remove_nuktas``, ``nasals_mode``,
        ``do_normalize_chandras``, ``do_normalize_vowel_ending``."""
        if not self.is_language_supported(language):
            raise ValueError(
                f"devanagari.compat.indicnlp handles Devanagari languages only "
                f"({', '.join(DEVANAGARI_LANGUAGES)}), not {language!r}"
            )
        unknown = set(kwargs) - {
            "remove_nuktas",
            "nasals_mode",
            "do_normalize_chandras",
            "do_normalize_vowel_ending",
        }
        if unknown:
            raise TypeError(f"get_normalizer() got unexpected keyword arguments: {', '.join(sorted(unknown))}")
        return DevanagariNormalizer(lang=language, **kwargs)

    def is_language_supported(self, language: str) -> bool:
        """Whether ``language`` is a Devanagari language code this layer knows."""
        return language in DEVANAGARI_LANGUAGES


__all__: List[str] = ["DevanagariNormalizer", "IndicNormalizerFactory", "DEVANAGARI_LANGUAGES"]
