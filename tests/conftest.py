"""Shared fixtures: paths to shipped examples and to the optional ../shared corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
SHARED = Path(os.environ.get("CQNEWS_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The iChongqing reference article, as a text dump (shipped in examples/)."""
    return (ROOT / "examples" / "ichongqing-liangjiang.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    """../shared/corpus, or skip the test when it is not there (CI has it)."""
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip("../shared/corpus is not available")
    return corpus
