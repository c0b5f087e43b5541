"""Shared fixtures: the seed article and the optional ../shared corpus (paths in tests/paths.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# DATA and ROOT stay importable from here for test modules written before tests/paths.py.
from tests.paths import DATA, ROOT, SEED

__all__ = ["DATA", "ROOT", "SHARED"]

SHARED = Path(os.environ.get("CQNEWS_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The iChongqing reference article, as a text dump (shipped in examples/)."""
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    """../shared/corpus, or skip the test when it is not there (CI has it)."""
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip("../shared/corpus is not available")
    return corpus
