"""Paths the tests share: the repository root, ../shared beside it, and the
Rust examples built in release (for the parity tests)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SHARED = Path(os.environ.get("DEVANAGARI_SHARED", ROOT.parent / "shared"))
EXAMPLES = ROOT / "target" / "release" / "examples"


def example(name: str) -> Path:
    """The release build of the Rust example `name`, or skip the test."""
    path = EXAMPLES / name
    if not path.exists():
        pytest.skip(f"{name} not built (cargo build --release --example {name})")
    return path


def shared_files(*patterns: str):
    """The files of ../shared matching `patterns`, or an empty list."""
    if not SHARED.is_dir():
        return []
    out = []
    for p in patterns:
        out.extend(sorted(SHARED.glob(p)))
    return out
