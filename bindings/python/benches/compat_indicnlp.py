"""One pipeline, two libraries: Indic NLP Library and devanagari.compat.indicnlp.

The pipeline (``pipeline`` below) is what an Indic NLP Library user writes:
normalize, split into sentences, tokenize. It runs unchanged against either
library; the only line that differs is the import root (``ROOTS``).

    # the outputs of one library, as JSON Lines:
    python benches/compat_indicnlp.py --impl indicnlp   > theirs.jsonl
    python benches/compat_indicnlp.py --impl devanagari > ours.jsonl
    # both in one process, with the differences counted by cause:
    python benches/compat_indicnlp.py --compare [--show 3]

Input: the Hindi records (``lang == "hin"``) of ../shared/web/hplt_deva.jsonl
(``--data``, ``--lang``). Needs ``pip install indic-nlp-library`` for the
``indicnlp`` side. Not run in CI.

Counting: each record's normalized texts are compared with difflib, and each
differing stretch is put in one cause by what it holds (a colon where the
other has a visarga, a joiner one side lacks, ...). Sentence and token
differences are counted on the same text (ours normalized), so that they are
the splitters' and tokenizers' own: each sentence end found by one library
only, and each differing stretch of tokens, gets one cause.
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from types import SimpleNamespace

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DATA = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared", "web", "hplt_deva.jsonl"))

ROOTS = {
    "indicnlp": "indicnlp",  # Indic NLP Library
    "devanagari": "devanagari.compat.indicnlp",  # this package
}


def load(root: str) -> SimpleNamespace:
    """The three modules of the pipeline, from the library at ``root``."""
    return SimpleNamespace(
        indic_normalize=importlib.import_module(root + ".normalize.indic_normalize"),
        sentence_tokenize=importlib.import_module(root + ".tokenize.sentence_tokenize"),
        indic_tokenize=importlib.import_module(root + ".tokenize.indic_tokenize"),
    )


def pipeline(lib: SimpleNamespace, texts, lang: str = "hi"):
    """What an Indic NLP Library user writes, for either library."""
    normalizer = lib.indic_normalize.IndicNormalizerFactory().get_normalizer(lang)
    for text in texts:
        normalized = normalizer.normalize(text)
        sentences = lib.sentence_tokenize.sentence_split(normalized, lang)
        tokens = [lib.indic_tokenize.trivial_tokenize(s, lang) for s in sentences]
        yield {"normalized": normalized, "sentences": sentences, "tokens": tokens}


# ---------------------------------------------------------------------------
# Causes of normalization differences: (name, test on the differing stretch
# of theirs `a` and ours `b`, with ours' text around it). First match wins.

ZW = "\u200c\u200d"
PUNCT_AFTER_SPACE = "।॥,?!."


def norm_cause(a: str, b: str, ours: str, j1: int, j2: int) -> str:
    if "\u0903" in a and ":" in b:
        return "colon kept where not a visarga (theirs: every colon after a Devanagari letter)"
    if any(c in ZW for c in b) and not any(c in ZW for c in a):
        return "ZWJ/ZWNJ kept after VIRAMA (theirs: stripped everywhere)"
    if "\u0964" in a and "|" in b:
        return "pipe kept as separator (theirs: every | is a danda)"
    if "\u093c" in a and any(c in b for c in "\u0929\u0931\u0934"):
        return "NNNA/RRA/LLLA composed by NFC (theirs: decomposed)"
    if a.strip() == "" and b == "" and ours[j2 : j2 + 1] in tuple(PUNCT_AFTER_SPACE):
        return "space before punctuation removed (rule 9)"
    if a.strip() == "" and b.strip() == "":
        return "spaces collapsed / trimmed (rule 1)"
    if a.replace(" ", "") == b.replace(" ", "") and "-" in a:
        return "em dash as '-' (theirs: ' - ')"
    if '"' in a and "''" in b:
        return "two single quotes kept (theirs: one double quote)"
    if "\u0965" in b and "\u0964\u0964" in a:
        return "DANDA DANDA as DOUBLE DANDA (rule 7)"
    if any(c in a for c in "«»‹›") and any(c in b for c in "\"'"):
        return "guillemets as ASCII quotes (theirs: kept)"
    if "\u093c" in a or "\u093c" in b:
        return "NUKTA typed after a vowel sign moved to its consonant (rule 6)"
    if "\u0972" in b and "\u090f" in a:
        return "LETTER CANDRA A kept (theirs: LETTER E)"
    if unicodedata.normalize("NFC", a) == unicodedata.normalize("NFC", b) or (
        unicodedata.normalize("NFD", a) == unicodedata.normalize("NFD", b)
    ):
        return "Unicode NFC (rule 4)"
    if a.strip() == "" or b.strip() == "":
        return "invisible or space characters (rules 1, 2)"
    return "other Devanagari canonicalization (rules 5, 6: do-not-use sequences, mark order, split vowel signs)"


def nonspace_ends(sentences):
    """The end of each sentence, counted in non-whitespace characters."""
    ends, n = [], 0
    for s in sentences:
        n += sum(1 for c in s if not c.isspace())
        ends.append(n)
    return ends


def nonspace_index(text: str):
    """For each count of non-whitespace characters, the index in `text` just
    after the last of them."""
    idx, n = {0: 0}, 0
    for i, c in enumerate(text):
        if not c.isspace():
            n += 1
            idx[n] = i + 1
    return idx


INITIAL = re.compile(r"(?:^|[\s(\"'])([A-Z]|[\u0900-\u097f]{1,4}|[A-Za-z]{1,4})\.$")


def split_cause(text: str, pos: int, only: str) -> str:
    """Why a sentence end at `pos` of `text` is found by one library only."""
    before = text[:pos]
    after = text[pos:]
    last = before.rstrip()[-1:] if before.strip() else ""
    gap = after[: len(after) - len(after.lstrip())]
    if only == "ours":
        if "\n" in gap:
            return "ours: a newline ends a sentence (theirs: only terminators)"
        if last in "\"')]”’" :
            return "closing quote or bracket kept with its sentence"
        if last == "." and ("\u0964" in text or "\u0965" in text):
            return "ours: FULL STOP ends a sentence in text that has dandas (theirs: ignores '.' there)"
        if re.search(r"\d[.?!।॥]$", before.rstrip()):
            return "ours: a terminator after a digit (theirs: never)"
        if after.lstrip().startswith(("...", "…")) or before.rstrip().endswith(("...", "…")):
            return "an ellipsis after a terminator (ours: with the next sentence)"
        if last == "…":
            return "ours: ellipsis ends a sentence (theirs: not a terminator)"
        return "ours: other"
    if last and after.lstrip()[:1] == last and last in ".?!।":
        return "theirs: each mark of a run ('..', '!!') ends a sentence"
    if after.lstrip().startswith(("...", "…")) or before.rstrip().endswith(("...", "…")):
        return "an ellipsis after a terminator (ours: with the next sentence)"
    if last == "." and re.search(r"(^|\s)\d+\.$", before.rstrip()):
        return "theirs: a list number is a sentence"
    if last == "." and INITIAL.search(before.rstrip()):
        return "theirs: FULL STOP after an initial or abbreviation ends a sentence"
    if after.lstrip()[:1] in "\"')]”’":
        return "closing quote or bracket kept with its sentence"
    if last == ".":
        return "theirs: other FULL STOP (URL, number, name, ...)"
    return "theirs: other"


def token_cause(a, b) -> str:
    joined_a, joined_b = "".join(a), "".join(b)
    if any("\n" in t for t in a):
        return "theirs: a newline inside a token"
    if any(re.search(r"://|^www\.|@|^#\w|[A-Za-z]\.[A-Za-z]{2,}$", t) for t in b):
        return "URL, e-mail, hashtag or handle kept whole"
    if any(len(t) > 1 and re.fullmatch(r"([.?!।॥,;:\-])\1*|[?!.]+", t) for t in b):
        return "run of punctuation one token (..., ?!, --)"
    if any(re.search(r"[०-९0-9][,.:/\-][०-९0-9]", t) for t in b):
        return "number with separators kept whole (theirs: ASCII digits only)"
    if any(re.search(r"[0-9][,.:/][0-9]", t) for t in a):
        return "theirs: digits joined across separators that are no number ('12,2010')"
    if any(re.search(r"[^\w\s]", t) and not re.search(r"[!-/:-@\[-`{-~।॥]", t) for t in b if len(t) == 1) and len(b) > len(a):
        return "ours: a symbol is a token of its own (₹, °, ©; theirs: only ASCII punctuation and dandas)"
    if any("'" in t and re.search(r"[A-Za-z]'[A-Za-z]", t) for t in b):
        return "apostrophe inside a Latin word"
    if joined_a == joined_b and len(b) > len(a):
        return "ours: symbol or Unicode punctuation a token (theirs: ASCII punctuation only)"
    if joined_a == joined_b and len(b) < len(a):
        return "ours: kept together what theirs split"
    return "other"


def compare(texts, show: int) -> None:
    theirs_lib = load(ROOTS["indicnlp"])
    ours_lib = load(ROOTS["devanagari"])
    theirs = list(pipeline(theirs_lib, texts))
    ours = list(pipeline(ours_lib, texts))

    norm_records, norm_chunks = Counter(), Counter()
    split_records, split_ends = Counter(), Counter()
    tok_records, tok_chunks = Counter(), Counter()
    examples = defaultdict(list)
    same = Counter()

    for i, (t, o) in enumerate(zip(theirs, ours)):
        # Normalization.
        a_text, b_text = t["normalized"], o["normalized"]
        if a_text == b_text:
            same["normalized"] += 1
        else:
            causes = set()
            sm = difflib.SequenceMatcher(None, a_text, b_text, autojunk=False)
            for op, i1, i2, j1, j2 in sm.get_opcodes():
                if op == "equal":
                    continue
                c = norm_cause(a_text[i1:i2], b_text[j1:j2], b_text, j1, j2)
                norm_chunks[c] += 1
                causes.add(c)
                if len(examples[c]) < show:
                    examples[c].append((i, a_text[max(0, i1 - 12) : i2 + 12], b_text[max(0, j1 - 12) : j2 + 12]))
            for c in causes:
                norm_records[c] += 1

        # Sentences, on the same text (ours normalized).
        text = b_text
        their_sents = theirs_lib.sentence_tokenize.sentence_split(text, "hi")
        our_sents = o["sentences"]
        if their_sents == our_sents:
            same["sentences"] += 1
        else:
            ta, tb = set(nonspace_ends(their_sents)), set(nonspace_ends(our_sents))
            index = nonspace_index(text)
            causes = set()
            for only, ends in (("theirs", ta - tb), ("ours", tb - ta)):
                for e in sorted(ends):
                    c = split_cause(text, index.get(e, len(text)), only)
                    split_ends[c] += 1
                    causes.add(c)
                    if len(examples[c]) < show:
                        p = index.get(e, len(text))
                        examples[c].append((i, text[max(0, p - 30) : p] + " ‖ " + text[p : p + 20], ""))
            if not causes:
                causes.add("same ends, other text (spaces joined by theirs)")
                split_ends["same ends, other text (spaces joined by theirs)"] += 1
            for c in causes:
                split_records[c] += 1

        # Tokens, on the same sentences (ours).
        their_toks = [theirs_lib.indic_tokenize.trivial_tokenize(s, "hi") for s in our_sents]
        our_toks = o["tokens"]
        if their_toks == our_toks:
            same["tokens"] += 1
        else:
            a_t = [x for s in their_toks for x in s]
            b_t = [x for s in our_toks for x in s]
            causes = set()
            sm = difflib.SequenceMatcher(None, a_t, b_t, autojunk=False)
            for op, i1, i2, j1, j2 in sm.get_opcodes():
                if op == "equal":
                    continue
                c = token_cause(a_t[i1:i2], b_t[j1:j2])
                tok_chunks[c] += 1
                causes.add(c)
                if len(examples[c]) < show:
                    examples[c].append((i, " ".join(a_t[i1:i2]), " ".join(b_t[j1:j2])))
            if not causes:
                causes.add("empty input ([''] vs [])")
                tok_chunks["empty input ([''] vs [])"] += 1
            for c in causes:
                tok_records[c] += 1

    n = len(texts)
    print(f"records: {n}")
    for what, rec, chunks, unit in (
        ("normalize", norm_records, norm_chunks, "stretches"),
        ("sentence_split", split_records, split_ends, "sentence ends"),
        ("trivial_tokenize", tok_records, tok_chunks, "token stretches"),
    ):
        key = {"normalize": "normalized", "sentence_split": "sentences", "trivial_tokenize": "tokens"}[what]
        print(f"\n{what}: identical in {same[key]} of {n} records; differences by cause (records, {unit}):")
        for c, k in rec.most_common():
            print(f"  {k:5d} {chunks[c]:6d}  {c}")
            for rec_i, a, b in examples[c]:
                if b:
                    print(f"          #{rec_i}: theirs {a!r}\n                   ours   {b!r}")
                else:
                    print(f"          #{rec_i}: {a!r}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=DEFAULT_DATA, help="JSON Lines with a text field (default: ../shared/web/hplt_deva.jsonl)")
    ap.add_argument("--lang", default="hin", help="records whose 'lang' is this (default: hin; 'all' for every record)")
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--impl", choices=sorted(ROOTS), help="run the pipeline against one library and print its outputs as JSON Lines")
    g.add_argument("--compare", action="store_true", help="run both and count the differences by cause")
    ap.add_argument("--show", type=int, default=2, help="examples printed per cause (default 2)")
    args = ap.parse_args()
    if not os.path.exists(args.data):
        print(f"no data at {args.data}", file=sys.stderr)
        return 2
    with open(args.data, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    texts = [r["text"] for r in records if args.lang == "all" or r.get("lang") == args.lang]
    if args.impl:
        lib = load(ROOTS[args.impl])
        out = sys.stdout
        for r in pipeline(lib, texts):
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
        return 0
    compare(texts, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
