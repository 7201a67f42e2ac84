"""The examples of the docstrings and of the READMEs, run as tests."""

from __future__ import annotations

import doctest
import importlib
import re

import pytest

from conftest import ROOT

MODULES = [
    "devanagari",
    "devanagari._native",
    "devanagari._arrow",
    "devanagari.compat",
    "devanagari.compat.indicnlp",
    "devanagari.compat.indicnlp.normalize.indic_normalize",
    "devanagari.compat.indicnlp.tokenize.sentence_tokenize",
    "devanagari.compat.indicnlp.tokenize.indic_tokenize",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


def test_every_public_function_has_an_example():
    import devanagari as dv

    missing = [
        n
        for n in dv.__all__
        if callable(getattr(dv, n)) and not isinstance(getattr(dv, n), type) and ">>>" not in (getattr(dv, n).__doc__ or "")
    ]
    assert missing == []


READMES = [ROOT / "bindings" / "python" / "README.md", ROOT / "README.md"]


def python_blocks(path):
    """The ```python blocks of a Markdown file (```pycon blocks are doctests)."""
    text = path.read_text(encoding="utf-8")
    return re.findall(r"```(python|pycon)\n(.*?)```", text, flags=re.S)


@pytest.mark.parametrize("path", READMES, ids=["bindings/python/README.md", "README.md"])
def test_readme_examples(path):
    if not path.exists():
        pytest.skip(f"{path} is absent")
    blocks = python_blocks(path)
    assert blocks, f"no Python examples in {path}"
    for i, (kind, code) in enumerate(blocks):
        if kind == "pycon":
            parser = doctest.DocTestParser()
            test = parser.get_doctest(code, {}, f"{path.name}[{i}]", str(path), 0)
            runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
            runner.run(test)
            assert runner.failures == 0, f"{path.name} block {i}"
        else:
            exec(compile(code, f"{path.name}[{i}]", "exec"), {"__name__": "readme"})
