"""Where the tests' files are, wherever in tests/ a test module sits."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
DATA = TESTS / "data"  # hand-written pages shared by many tests
SITES = TESTS / "sites"  # real pages of the built-in sites and their expected JSON
EXAMPLES = ROOT / "examples"
SEED = EXAMPLES / "ichongqing-liangjiang.txt"  # the project's reference article, as a text dump
BENCHMARKS = ROOT / "benchmarks"
