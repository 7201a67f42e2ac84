"""devanagari.compat.indicnlp: Indic NLP Library's calls mapped onto this
package's options. (The comparison with Indic NLP Library itself is
benches/compat_indicnlp.py.)"""

from __future__ import annotations

import pytest

import devanagari as dv
from devanagari.compat import indicnlp
from devanagari.compat.indicnlp.normalize.indic_normalize import IndicNormalizerFactory
from devanagari.compat.indicnlp.tokenize import indic_tokenize, sentence_tokenize


def norm(text, lang="hi", **kw):
    return IndicNormalizerFactory().get_normalizer(lang, **kw).normalize(text)


def test_default_normalizer():
    assert norm("उसे दु:ख है |") == "उसे दुःख है।"
    assert norm("नोट: कल बैठक है") == "नोट: कल बैठक है"  # theirs: नोटः
    assert norm("क्\u200dष") == "क्\u200dष"  # ZWJ after VIRAMA kept; theirs strips it
    assert norm("“हाँ” — ठीक…") == '"हाँ" - ठीक...'
    text = "सब ठीक है।"
    assert norm(text) is text


def test_arguments_map_to_options():
    assert norm("ज़रूर पढ़ें", remove_nuktas=True) == "जरूर पढ़ें"
    assert norm("हिन्दी", nasals_mode="to_anusvaara_strict") == "हिंदी"
    assert norm("हिन्दी", nasals_mode="to_anusvaara_relaxed") == "हिंदी"
    assert norm("अन्य", nasals_mode="to_anusvaara_relaxed") == "अन्य"
    assert norm("हिंदी", nasals_mode="to_nasal_consonants") == "हिन्दी"
    assert norm("हिन्दी", nasals_mode="do_nothing") == "हिन्दी"
    assert norm("हँसी डॉक्टर ऍ", do_normalize_chandras=True) == "हंसी डोक्टर ए"
    assert norm("राम घर", do_normalize_vowel_ending=True) == "राम् घर्"
    assert norm("राम गया", do_normalize_vowel_ending=True) == "राम् गया"
    n = IndicNormalizerFactory().get_normalizer("mr", remove_nuktas=True)
    assert "remove_nuktas=True" in repr(n)
    assert n.get_char_stats("दु:ख है ।") == {"visarga": 1, "punctuation_space": 1}


def test_errors():
    with pytest.raises(ValueError, match="Devanagari languages only"):
        IndicNormalizerFactory().get_normalizer("ta")
    with pytest.raises(ValueError, match="unknown nasals_mode"):
        IndicNormalizerFactory().get_normalizer("hi", nasals_mode="to_anusvara")
    with pytest.raises(TypeError, match="unexpected keyword"):
        IndicNormalizerFactory().get_normalizer("hi", remove_nukta=True)
    with pytest.raises(ValueError, match="custom delimiter"):
        sentence_tokenize.sentence_split("क।", "hi", delim_pat="[।]")
    with pytest.raises(ValueError, match="Devanagari languages only"):
        sentence_tokenize.sentence_split("क।", "ur")
    with pytest.raises(ValueError, match="Devanagari languages only"):
        indic_tokenize.trivial_tokenize("क।", "bn")
    assert IndicNormalizerFactory().is_language_supported("ne")
    assert not IndicNormalizerFactory().is_language_supported("pa")


def test_sentence_split_and_tokenize():
    text = "विदेश मंत्री एस. जयशंकर ने कहा. वे कल लौटेंगे।"
    assert sentence_tokenize.sentence_split(text, "hi") == dv.sentences(text)
    assert sentence_tokenize.sentence_split(text, "kK") == dv.sentences(text)
    assert sentence_tokenize.sentence_split(text, "sd") == dv.sentences(text)  # no hint for Sindhi
    assert indicnlp.sentence_split(text, "mr") == ["विदेश मंत्री एस. जयशंकर ने कहा.", "वे कल लौटेंगे।"]
    assert indic_tokenize.trivial_tokenize("डॉ. शर्मा ने कहा...", "hi") == ["डॉ", ".", "शर्मा", "ने", "कहा", "..."]
    assert indic_tokenize.trivial_tokenize_indic("दर 3.5% रही") == ["दर", "3.5", "%", "रही"]
    assert indicnlp.trivial_tokenize("") == []


def test_same_names_as_indic_nlp_library():
    for name in ("IndicNormalizerFactory", "DevanagariNormalizer", "sentence_split", "trivial_tokenize"):
        assert hasattr(indicnlp, name)
