"""Every function and option of the package, on sentences composed for
these tests."""

from __future__ import annotations

import copy
import pickle
import random

import pytest

import devanagari as dv
from devanagari import NormalizeOptions, RepairOptions, SplitOptions, WordOptions

# ---------------------------------------------------------------------------
# Normalization: each option on and off.

# (option, value that applies the rule, value that does not, input, output)
RULES = [
    ("spaces", True, False, "राम  घर गया", "राम घर गया"),
    ("invisible", True, False, "नम\u200bस्ते", "नमस्ते"),  # ZERO WIDTH SPACE
    ("nfc", True, False, "न\u093c", "\u0929"),  # NA + NUKTA -> NNNA
    ("do_not_emit", True, False, "\u0905\u093e", "\u0906"),  # A + AA -> AA
    ("mark_order", True, False, "कपडा\u093c", "कपड़ा"),  # NUKTA after the vowel sign
    ("split_vowel_signs", True, False, "लोग\u093e\u0947ं", "लोगों"),  # AA + E -> O
    ("sign_spaces", True, False, "क ् य ा ह ै", "क्या है"),
    ("danda", True, False, "वह घर गया|", "वह घर गया।"),
    ("visarga", True, False, "दु:ख", "दुःख"),
    ("punctuation_spacing", True, False, "घर गया ।", "घर गया।"),
    ("lone_cr", "to_space", "to_line_feed", "पहला\rदूसरा", "पहला दूसरा"),
    ("joiners", "strip_all", "contextual", "क्\u200dष", "क्ष"),  # ZWJ after VIRAMA: kept unless strip_all
    ("nukta", "strip_borrowed", "keep", "ज़रूर", "जरूर"),
    ("nasals", "to_anusvara", "keep", "हिन्दी", "हिंदी"),
    ("nasals", "to_consonant", "keep", "हिंदी", "हिन्दी"),
    ("candrabindu", "to_anusvara", "keep", "हँसी", "हंसी"),
    ("digits", "to_ascii", "keep", "१० बजे", "10 बजे"),
    ("digits", "to_devanagari", "keep", "10 बजे", "१० बजे"),
    ("punctuation", "ascii", "keep", "“हाँ”", '"हाँ"'),
    ("abbreviation_sign", "to_full_stop", "keep", "डॉ॰ शर्मा", "डॉ. शर्मा"),
    ("abbreviation_sign", "from_full_stop", "keep", "कल डॉ. शर्मा आए.", "कल डॉ॰ शर्मा आए."),
]


@pytest.mark.parametrize("field,on,off,text,expected", RULES, ids=[f"{r[0]}={r[1]}" for r in RULES])
def test_every_normalize_option(field, on, off, text, expected):
    with_rule = NormalizeOptions(**{field: on})
    without = NormalizeOptions(**{field: off})
    assert getattr(with_rule, field) == on
    assert dv.normalize(text, with_rule) == expected
    assert dv.normalize(text, without) != expected
    out, edits = dv.normalize_with_edits(text, with_rule)
    assert out == expected
    assert edits and dv.apply_edits(text, edits) == expected


def test_joiners_contextual_and_keep_all():
    stray = "क\u200dख"  # ZWJ between two consonants means nothing
    assert dv.normalize(stray) == "कख"
    assert dv.normalize(stray, NormalizeOptions(joiners="keep_all")) == stray
    half = "क्\u200dष"  # after VIRAMA: an explicit half form
    assert dv.normalize(half) == half


def test_every_option_is_reachable_and_listed():
    o = NormalizeOptions()
    d = o.to_dict()
    assert set(d) == {
        "spaces", "lone_cr", "invisible", "joiners", "nfc", "do_not_emit", "mark_order",
        "split_vowel_signs", "sign_spaces", "danda", "visarga", "punctuation_spacing", "nukta",
        "nasals", "candrabindu", "digits", "punctuation", "abbreviation_sign",
    }  # fmt: skip
    for k, v in d.items():
        assert getattr(o, k) == v
    assert {r[0] for r in RULES} == set(d)


def test_profiles():
    assert NormalizeOptions() == NormalizeOptions.safe() == NormalizeOptions("safe")
    assert NormalizeOptions("nlp") == NormalizeOptions.nlp()
    nlp = NormalizeOptions.nlp()
    assert (nlp.nukta, nlp.nasals, nlp.candrabindu, nlp.digits, nlp.punctuation, nlp.abbreviation_sign) == (
        "strip_borrowed", "to_anusvara", "to_anusvara", "to_ascii", "ascii", "to_full_stop",
    )  # fmt: skip
    none = NormalizeOptions.none()
    assert not any(v for v in none.to_dict().values() if isinstance(v, bool))
    text = "राम  घर गया ।"
    assert dv.normalize(text, none) is text
    assert dv.normalize(text, "none") is text
    assert dv.normalize("हिन्दी", "nlp") == "हिंदी"
    assert dv.normalize("पढ़ना", "nlp") == "पढ़ना"  # the native flap keeps its NUKTA


def test_options_are_frozen_values():
    o = NormalizeOptions("nlp", digits="keep")
    with pytest.raises(AttributeError):
        o.digits = "to_ascii"
    assert o.replace(digits="to_ascii") == NormalizeOptions.nlp()
    assert o == NormalizeOptions("nlp", digits="keep")
    assert hash(o) == hash(NormalizeOptions("nlp", digits="keep"))
    assert len({o, NormalizeOptions("nlp", digits="keep"), NormalizeOptions()}) == 2
    assert copy.replace(o, digits="to_ascii") == NormalizeOptions.nlp() if hasattr(copy, "replace") else True
    for opts in [
        o,
        NormalizeOptions(),
        NormalizeOptions.none().replace(nfc=True),
        RepairOptions("document", strip_orphan_marks=True),
        SplitOptions(newline="space", abbreviations=["मेज"], language="mr"),
        WordOptions(hyphens="keep", split=SplitOptions(abbreviations=("प्र",))),
    ]:
        assert pickle.loads(pickle.dumps(opts)) == opts
        ns = {c: getattr(dv, c) for c in ("NormalizeOptions", "RepairOptions", "SplitOptions", "WordOptions")}
        assert eval(repr(opts), ns) == opts, repr(opts)


def test_option_errors():
    with pytest.raises(TypeError, match="unknown option 'digit'"):
        NormalizeOptions(digit="to_ascii")
    with pytest.raises(TypeError, match="unknown option"):
        NormalizeOptions().replace(foo=True)
    with pytest.raises(ValueError, match="unknown digits 'roman'; expected one of 'keep', 'to_ascii'"):
        NormalizeOptions(digits="roman")
    with pytest.raises(TypeError, match="digits must be a str"):
        NormalizeOptions(digits=1)
    with pytest.raises(TypeError, match="spaces must be a bool"):
        NormalizeOptions(spaces="yes")
    with pytest.raises(ValueError, match="unknown profile 'fast'"):
        NormalizeOptions("fast")
    with pytest.raises(ValueError, match="unknown profile"):
        dv.normalize("राम", "fast")
    with pytest.raises(TypeError, match="NormalizeOptions, a profile name"):
        dv.normalize("राम", 3)
    with pytest.raises(ValueError, match="unknown mode 'some'"):
        RepairOptions("some")
    with pytest.raises(ValueError, match="unknown mode"):
        dv.repair("राम", "everything")
    with pytest.raises(TypeError):
        RepairOptions(strip_orphan_marks=1)
    with pytest.raises(ValueError, match="unknown newline 'never'"):
        SplitOptions(newline="never")
    with pytest.raises(TypeError, match="not a single str"):
        SplitOptions(abbreviations="डॉ")
    with pytest.raises(TypeError, match=r"abbreviations\[1\] must be str"):
        SplitOptions(abbreviations=["डॉ", 3])
    with pytest.raises(ValueError, match="unknown language 'xx'"):
        SplitOptions(language="xx")
    with pytest.raises(TypeError):
        SplitOptions(language=7)
    with pytest.raises(ValueError, match="unknown hyphens"):
        WordOptions(hyphens="join")
    with pytest.raises(TypeError, match="split must be a SplitOptions"):
        WordOptions(split="boundary")
    with pytest.raises(TypeError, match="SplitOptions or None"):
        dv.sentences("राम", WordOptions())
    with pytest.raises(TypeError, match="WordOptions or None"):
        dv.words("राम", SplitOptions())
    with pytest.raises(TypeError):
        SplitOptions("space")  # keyword-only


def test_text_errors():
    with pytest.raises(TypeError, match="text must be str, not bytes"):
        dv.normalize("राम".encode())
    with pytest.raises(TypeError, match="text must be str, not NoneType"):
        dv.sentences(None)
    for f in (dv.normalize, dv.repair, dv.clean, dv.sentences, dv.words, dv.aksharas, dv.akshara_count):
        with pytest.raises(ValueError, match=r"lone surrogate U\+D800 at index 3"):
            f("राम\ud800")
    with pytest.raises(ValueError, match=r"texts\[1\] holds a lone surrogate U\+DFFF at index 0"):
        dv.normalize_batch(["ठीक", "\udfff"])
    # A lone surrogate is also a UnicodeError's kind of ValueError: callers
    # catching ValueError catch it.
    assert issubclass(dv.InternalError, RuntimeError)


def test_panics_surface_as_exceptions():
    with pytest.raises(dv.InternalError, match="deliberate panic"):
        dv._native._panic_for_tests()
    with pytest.raises(dv.InternalError, match="on item 41"):
        dv._native._panic_for_tests(in_batch=True)
    # A batch over a list long enough to run as a pipeline on two threads
    # (the UTF-8 of the texts made while workers run): the panic names its
    # item, wherever it stands, and no worker is left waiting.
    long = ["क" * 100] * 1000
    for at in (0, 500, 1000):
        with pytest.raises(dv.InternalError, match=f"on item {at}"):
            dv._native._panic_for_tests(texts=long[:at] + ["panic"] + long[at:])
    # A lone surrogate stops a pipeline too, with the index of its text.
    with pytest.raises(ValueError, match=r"texts\[700\] holds a lone surrogate"):
        dv.clean_sentences_batch(long[:700] + ["\ud800"] + long[700:], num_threads=2)
    # The interpreter and the pool live on.
    assert dv.normalize_batch(["राम  ने"] * 3, num_threads=2) == ["राम ने"] * 3


# ---------------------------------------------------------------------------
# Identity, edits, offsets.

CLEAN_TEXTS = [
    "",
    "नमस्ते दुनिया।",
    "कल डॉ. शर्मा ने जाँच की. दर 3.5 प्रतिशत रही।",
    "plain ASCII text.",
    "ज़रूर आइए।\nदूसरी पंक्ति।",
    "😀 इमोजी के साथ वाक्य।",
]


@pytest.mark.parametrize("text", CLEAN_TEXTS)
def test_same_object_when_nothing_changes(text):
    assert dv.normalize(text) is text
    assert dv.repair(text) is text
    assert dv.clean(text) is text
    assert dv.normalize_with_edits(text)[0] is text
    assert dv.normalize_with_edits(text)[1] == []
    assert dv.clean_with_edits(text)[0] is text
    assert dv.repair_with_edits(text)[0] is text
    assert dv.is_normalized(text)
    assert dv.truncate_to_aksharas(text, 10**6) is text
    assert dv.truncate_to_bytes(text, 10**6) is text
    assert dv.normalize_batch([text])[0] is text
    assert dv.clean_batch([text])[0] is text
    assert dv.repair_batch([text])[0] is text


# Characters outside the Basic Multilingual Plane: 4 bytes of UTF-8, one
# Python index each.
ASTRAL = "😀"  # U+1F600 GRINNING FACE
MATH = "𝐀"  # U+1D400 MATHEMATICAL BOLD CAPITAL A


def test_offsets_are_code_points_outside_the_bmp():
    text = f"{ASTRAL}{MATH} राम  ने कहा । {ASTRAL} दु:ख है |"
    out, edits = dv.normalize_with_edits(text)
    assert out == f"{ASTRAL}{MATH} राम ने कहा। {ASTRAL} दुःख है।"
    assert dv.apply_edits(text, edits) == out
    assert [(text[e.start : e.end], e.replacement, e.kind) for e in edits] == [
        ("  ", " ", "space"),
        (" ", "", "punctuation_space"),
        (":", "\u0903", "visarga"),
        (" ", "", "punctuation_space"),
        ("|", "\u0964", "danda"),
    ]
    spans = dv.sentence_spans(out)
    assert [out[a:b] for a, b in spans] == dv.sentences(out) == [f"{ASTRAL}{MATH} राम ने कहा।", f"{ASTRAL} दुःख है।"]
    wspans = dv.word_spans(out)
    assert [out[a:b] for a, b in wspans] == dv.words(out)
    assert dv.words(out)[:2] == [ASTRAL, MATH]
    aspans = dv.akshara_spans(out)
    assert [out[a:b] for a, b in aspans] == dv.aksharas(out)
    assert dv.akshara_count(out) == len(aspans)


def test_repair_offsets_outside_the_bmp():
    text = f"{ASTRAL} गैरGovernmentी संगठन और Flurbी"
    f = dv.findings(text)
    assert [(x.kind, text[x.latin[0] : x.latin[1]]) for x in f] == [
        ("orphan_mark", "Government"),
        ("orphan_mark", "Flurb"),
    ]
    assert text[f[0].token[0] : f[0].token[1]] == "गैरGovernmentी"
    assert text[f[1].marks[0] : f[1].marks[1]] == "ी"
    assert f[0].entry.english == "Government" and f[0].entry.devanagari == "सरकार"
    assert f[1].entry is None
    out, edits = dv.repair_with_edits(text)
    assert out == f"{ASTRAL} गैरसरकारी संगठन और Flurbी"
    assert [(text[e.start : e.end], e.replacement) for e in edits] == [("Government", "सरकार")]
    assert edits[0].repair.english == "Government" and not edits[0].repair.ambiguous


def test_repair_modes_and_licence():
    text = "Pakistanियों से बात के बाद India लौटे।"
    assert dv.repair(text, "off") is text
    assert dv.repair(text, "artifacts") == "पाकिस्तानियों से बात के बाद India लौटे।"
    assert dv.repair(text, RepairOptions("document")) == "पाकिस्तानियों से बात के बाद भारत लौटे।"
    assert dv.repair("कल India के डॉक्टर आए।", "all") == "कल भारत के डॉक्टर आए।"
    assert dv.repair("कल India के डॉक्टर आए।", "document") == "कल India के डॉक्टर आए।"
    _, edits = dv.repair_with_edits(text, "document")
    assert edits[1].kind == "substituted_word" and edits[1].repair.licensed_by == (0, 8)
    stripped = dv.repair("नई Flurbी योजना", RepairOptions(strip_orphan_marks=True))
    assert stripped == "नई Flurb योजना"
    assert RepairOptions().mode == "artifacts" and not RepairOptions().strip_orphan_marks
    assert RepairOptions("all").replace(mode="off") == RepairOptions("off")


def test_clean_licence_is_mapped_back_through_normalization():
    # Spaces before the artifact shift the normalized text: the licence must
    # still point at the artifact in the input.
    text = f"{ASTRAL}   Pakistanियों  से बात के बाद India लौटे ।"
    out, edits = dv.clean_with_edits(text, repair="document")
    assert out == f"{ASTRAL} पाकिस्तानियों से बात के बाद भारत लौटे।"
    assert dv.apply_edits(text, edits) == out
    sub = [e for e in edits if e.kind == "substituted_word"][0]
    a, b = sub.repair.licensed_by
    assert text[a:b] == "Pakistan"
    assert text[sub.start : sub.end] == "India"


def test_clean_options():
    assert dv.clean("हिन्दी ।", normalize="nlp") == "हिंदी।"
    assert dv.clean("Indiaीय रेल", repair="off") == "Indiaीय रेल"
    assert dv.clean("Indiaीय रेल", NormalizeOptions(), RepairOptions("all")) == "भारतीय रेल"
    assert dv.clean("नई Flurbी  योजना", repair=RepairOptions(strip_orphan_marks=True)) == "नई Flurb योजना"
    assert dv.clean_batch(["नई Flurbी योजना"], repair=RepairOptions(strip_orphan_marks=True)) == ["नई Flurb योजना"]
    with pytest.raises(TypeError, match="repair must be"):
        dv.clean("x", repair=3)


def test_edit_objects():
    out, edits = dv.normalize_with_edits("अत: वह आया |")
    e = edits[0]
    assert (e.start, e.end, e.replacement, e.kind, e.also, e.repair) == (2, 3, "\u0903", "visarga", (), None)
    assert repr(e) == "Edit(start=2, end=3, replacement='ः', kind='visarga')"
    assert e == dv.normalize_with_edits("अत: वह आया |")[1][0] and hash(e) == hash(edits[0])
    with pytest.raises(AttributeError):
        e.start = 0
    assert set(dv.EDIT_KINDS) >= {k.kind for k in edits}
    assert dv.EDIT_KINDS["visarga"] == "colons that are visarga"
    assert set(dv.FINDING_KINDS) == {"orphan_mark", "fused_token", "glue", "substituted_word"}
    with pytest.raises(ValueError, match="sorted, non-overlapping"):
        dv.apply_edits("abc", list(reversed(dv.normalize_with_edits("अ  ब  स")[1])))


def test_findings_glue_and_substituted_words():
    f = dv.findings("यह कियाRead more और India के लोग")
    kinds = [x.kind for x in f]
    assert "glue" in kinds and "substituted_word" in kinds
    sub = [x for x in f if x.kind == "substituted_word"][0]
    assert sub.entry.devanagari == "भारत"


# ---------------------------------------------------------------------------
# Sentences, words, aksharas.


def test_sentences_and_options():
    text = "विदेश मंत्री एस. जयशंकर ने कहा. वे कल लौटेंगे।\nनई पंक्ति"
    assert dv.sentences(text) == ["विदेश मंत्री एस. जयशंकर ने कहा.", "वे कल लौटेंगे।", "नई पंक्ति"]
    wrapped = "पहली पंक्ति\nदूसरी पंक्ति।\n\nनया अनुच्छेद"
    assert dv.sentences(wrapped, SplitOptions(newline="space")) == ["पहली पंक्ति\nदूसरी पंक्ति।", "नया अनुच्छेद"]
    assert dv.sentences(wrapped, SplitOptions()) == ["पहली पंक्ति", "दूसरी पंक्ति।", "नया अनुच्छेद"]
    extra = SplitOptions(abbreviations=["मेज."])  # written with its stop: the stop is dropped
    assert extra.abbreviations == ("मेज",)
    assert dv.sentences("मेज. सिंह आए.", extra) == ["मेज. सिंह आए."]
    assert len(dv.sentences("मेज. सिंह आए.")) == 2
    assert dv.sentences("") == [] and dv.sentences(" \n ") == []
    assert SplitOptions(language="HI").language == "hi"
    assert SplitOptions(language="npi").language == "ne"
    assert set(dv.LANGUAGES) >= {"hi", "mr", "ne", "sa", "bho", "mai"}
    # The hint selects the language's abbreviation tables.
    text = "आरोपी रा. पुणे याला अटक झाली. तपास सुरू आहे."
    assert len(dv.sentences(text, SplitOptions(language="mr"))) == 2
    assert len(dv.sentences(text, SplitOptions(language="hi"))) == 3
    assert dv.words("(रा. पुणे)", WordOptions(split=SplitOptions(language="mr")))[1] == "रा."
    assert SplitOptions(language="mr").replace(language=None).language is None


def test_clean_sentences_is_clean_then_sentences():
    cases = [
        ("गैरGovernmentी संगठन ने कहा . वे कल लौटेंगे |", (), ["गैरसरकारी संगठन ने कहा.", "वे कल लौटेंगे।"]),
        # Nothing to clean: slices of the text itself.
        ("पहला वाक्य। दूसरा वाक्य?", (), ["पहला वाक्य।", "दूसरा वाक्य?"]),
        # Offsets beyond the BMP, before and after a change.
        ("😀 इमोजी  वाला वाक्य! 😀 फिर दु:ख हुआ।", (), ["😀 इमोजी वाला वाक्य!", "😀 फिर दुःख हुआ।"]),
        ("हिन्दी ।\nदूसरी पंक्ति", ("nlp", "off", SplitOptions(newline="space")), ["हिंदी।", "दूसरी पंक्ति"]),
        ("", (), []),
    ]
    for text, args, want in cases:
        got = dv.clean_sentences(text, *args)
        assert got == want, text
        split = args[2] if len(args) > 2 else None
        assert got == dv.sentences(dv.clean(text, *args[:2]), split)
    with pytest.raises(TypeError):
        dv.clean_sentences(b"bytes")
    with pytest.raises(TypeError):
        dv.clean_sentences("क", split="space")


def test_words_and_options():
    text = "डॉ. शर्मा ने ₹ नहीं, $5,000 दिए: ज्ञान का आदान-प्रदान https://example.com/a?b=1 पर।"
    assert dv.words(text) == [
        "डॉ.", "शर्मा", "ने", "₹", "नहीं", ",", "$5,000", "दिए", ":", "ज्ञान", "का",
        "आदान", "-", "प्रदान", "https://example.com/a?b=1", "पर", "।",
    ]  # fmt: skip
    assert dv.words("आदान-प्रदान।", WordOptions(hyphens="keep")) == ["आदान-प्रदान", "।"]
    assert dv.words("कहा, “हाँ”।", WordOptions(punctuation="drop")) == ["कहा", "हाँ"]
    assert dv.words("डॉ. शर्मा", WordOptions(abbreviation_stops="split")) == ["डॉ", ".", "शर्मा"]
    shared = WordOptions(split=SplitOptions(abbreviations=["मेज"]))
    assert dv.words("मेज. सिंह", shared) == ["मेज.", "सिंह"]
    assert shared.split == SplitOptions(abbreviations=["मेज"])
    w = WordOptions()
    assert (w.punctuation, w.hyphens, w.abbreviation_stops, w.split) == ("keep", "split", "keep", SplitOptions())
    assert w.replace(hyphens="keep").hyphens == "keep"


def test_aksharas_and_truncation():
    assert dv.aksharas("क्षत्रिय") == ["क्ष", "त्रि", "य"]
    assert dv.aksharas("ज़िंदगी") == ["ज़िं", "द", "गी"]
    assert dv.akshara_count("स्त्री शिक्षा") == 4
    assert dv.truncate_to_aksharas("क्षत्रिय", 2) == "क्षत्रि"
    assert dv.truncate_to_aksharas("क्षत्रिय", 0) == ""
    assert dv.truncate_to_bytes("स्त्री शिक्षा", 17) == ""  # स्त्री is 18 bytes
    assert dv.truncate_to_bytes("स्त्री शिक्षा", 20) == "स्त्री "
    assert dv.truncate_to_bytes(f"{ASTRAL}क", 3) == ""
    assert dv.truncate_to_bytes(f"{ASTRAL}क", 4) == ASTRAL
    with pytest.raises(OverflowError):
        dv.truncate_to_aksharas("क", -1)


# ---------------------------------------------------------------------------
# Invariants over generated text (a small, seeded generator: no extra
# dependency).

PIECES = [
    "क", "ख", "ज", "ड", "र", "न", "स", "ह", "ि", "ी", "ु", "ा", "े", "ो", "ं", "ँ", "़", "्",
    "\u200d", "\u200c", "\u200b", "\u00a0", "।", "॥", "|", "||", ":", ".", "?", "!", " ", "  ",
    "\n", "\r", "\r\n", "\t", "India", "Government", "Flurb", "a", "३", "3", "“", "”", ASTRAL, MATH,
    "डॉ.", "एस.", "https://x.in", "॰",
]  # fmt: skip


def generated(n: int, seed: int = 19):
    rnd = random.Random(seed)
    return ["".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 40))) for _ in range(n)]


@pytest.mark.parametrize("profile", ["safe", "nlp"])
def test_invariants_on_generated_text(profile):
    for text in generated(400):
        out, edits = dv.normalize_with_edits(text, profile)
        assert out == dv.normalize(text, profile)
        assert dv.apply_edits(text, edits) == out
        assert dv.normalize(out, profile) == out  # idempotent
        assert (out is text) == (not edits)
        for mode in ("artifacts", "document", "all"):
            out, edits = dv.clean_with_edits(text, profile, mode)
            assert out == dv.clean(text, profile, mode)
            assert dv.apply_edits(text, edits) == out
            rout, redits = dv.repair_with_edits(text, mode)
            assert dv.apply_edits(text, redits) == rout == dv.repair(text, mode)
        for spans, parts in (
            (dv.sentence_spans(text), dv.sentences(text)),
            (dv.word_spans(text), dv.words(text)),
            (dv.akshara_spans(text), dv.aksharas(text)),
        ):
            assert [text[a:b] for a, b in spans] == parts
            assert all(a < b for a, b in spans)
            assert all(p[1] <= q[0] for p, q in zip(spans, spans[1:]))
        covered = "".join(dv.sentences(text))
        assert "".join(text.split()) == "".join(covered.split())
