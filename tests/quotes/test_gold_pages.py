"""The quote gold kept beside the benchmark (en, zh): its pages are found, and every quote sits in the paragraph it names."""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

import pytest

from tests.paths import BENCHMARKS, ROOT

sys.path.insert(0, str(BENCHMARKS))

from quotes import Gold, half_of, load_split, paragraphs

_GOLD = sorted((BENCHMARKS / "gold" / "quotes" / "en").glob("*.json"))
_ZH_GOLD = sorted((BENCHMARKS / "gold" / "quotes" / "zh").glob("*.json"))
_LOCAL = [p for p in _GOLD + _ZH_GOLD if json.loads(p.read_text(encoding="utf-8"))["page"].startswith("benchmarks/")]


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _gold(path: Path) -> Gold:
    return Gold(path, path.parent.name, json.loads(path.read_text(encoding="utf-8")))


def test_english_pages_are_kept_here() -> None:
    assert len([p for p in _LOCAL if p.parent.name == "en"]) >= 10


def test_chinese_pages_are_kept_here() -> None:
    assert len([p for p in _LOCAL if p.parent.name == "zh"]) >= 80


@pytest.mark.parametrize("path", _LOCAL, ids=lambda p: p.stem)
def test_page_holds_the_paragraphs(path: Path) -> None:
    gold = _gold(path)
    page = ROOT / gold.data["page"]
    text = _squash(gzip.decompress(page.read_bytes()).decode("utf-8"))
    for para in paragraphs(gold):  # what the benchmark scores against
        assert _squash(para) in text


@pytest.mark.parametrize("path", _LOCAL, ids=lambda p: p.stem)
def test_quotes_sit_in_their_paragraph(path: Path) -> None:
    gold = _gold(path)
    paras = paragraphs(gold)
    for quote in gold.data["quotes"]:
        assert quote["text"] in paras[quote["paragraph"]], quote["text"][:60]


def test_every_english_gold_file_has_a_half() -> None:
    split = load_split()
    assert all(half_of(_gold(p), split) in ("tune", "check") for p in _GOLD)


def test_every_chinese_gold_file_has_a_half() -> None:
    split = load_split()
    assert all(half_of(_gold(p), split) in ("tune", "check") for p in _ZH_GOLD)
