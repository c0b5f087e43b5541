"""Quotes of the seed article (iChongqing, Liangjiang film forum), expected values read off the text."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, Quote, QuoteKind
from tests.paths import SEED

# SEED: the seed article as shipped in examples/ (a copy of ../shared/seed/ichongqing-liangjiang-film-forum.txt).
DIRECT, INDIRECT = QuoteKind.DIRECT, QuoteKind.INDIRECT


@pytest.fixture(scope="module")
def quotes() -> list[Quote]:
    paragraphs = [p.strip() for p in SEED.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    first = next(i for i, p in enumerate(paragraphs) if p.startswith("Chongqing – The 2021"))
    last = next(i for i, p in enumerate(paragraphs) if p.startswith("At present, Liangjiang New Area"))
    body = [p for p in paragraphs[first : last + 1] if not p.endswith("(iChongqing/Truman PENG)")]
    blocks = [Block(text=p) for p in body]
    found = find_quotes(blocks, "en")
    for q in found:
        assert blocks[q.block].text[q.start : q.end] == q.text
    return found


def _find(quotes: list[Quote], kind: QuoteKind, fragment: str) -> Quote:
    hits = [q for q in quotes if q.kind == kind and fragment in q.text]
    assert len(hits) == 1, f"{kind.value} quote with {fragment!r}: {[q.text[:60] for q in quotes]}"
    return hits[0]


def test_opening_quote_is_zhang_hongbin_with_role(quotes: list[Quote]) -> None:
    q = _find(quotes, DIRECT, "Chongqing is a treasure land")
    assert q.text.startswith("Chongqing is a treasure land for the filming")
    assert q.text.endswith("popular tourist destination in the country,")
    assert q.speaker is not None and q.speaker.name == "Zhang Hongbin"
    assert q.speaker.role is not None
    assert q.speaker.role.startswith("deputy director of the Publicity Department of the CPC Chongqing Municipal Committee")
    assert q.cue == "said"


def test_zhang_added_fragment_resolves_to_zhang_hongbin(quotes: list[Quote]) -> None:
    q = _find(quotes, DIRECT, "the dream of the city of light and shadow")
    assert q.speaker is not None and q.speaker.name == "Zhang Hongbin"
    assert q.mention == "Zhang"
    assert q.cue == "added"


def test_zhang_added_clause_around_the_fragment_is_reported_speech_too(quotes: list[Quote]) -> None:
    # "Therefore “…” should be supported by all parties, Zhang added.": the words outside the quote
    # carry a claim of their own, so the clause is an indirect quote beside the direct fragment.
    q = _find(quotes, INDIRECT, "Therefore “the dream of the city of light and shadow")
    assert q.text.endswith("should be supported by all parties")
    assert q.speaker is not None and q.speaker.name == "Zhang Hongbin"
    assert q.cue == "added"


def test_liu_xiaonian_indirect_saying_that(quotes: list[Quote]) -> None:
    q = _find(quotes, INDIRECT, "the continuous emergence of high-quality film and television products")
    assert q.text.endswith("integrated development of Chongqing’s film and television industry")
    assert q.speaker is not None and q.speaker.name == "Liu Xiaonian"
    assert q.speaker.role is not None and q.speaker.role.startswith("deputy director and deputy secretary")


def test_liu_said_resolves_to_liu_xiaonian(quotes: list[Quote]) -> None:
    q = _find(quotes, DIRECT, "double harvest of economic and social benefits")
    assert q.speaker is not None and q.speaker.name == "Liu Xiaonian"
    assert q.mention == "Liu"


def test_li_bin_indirect(quotes: list[Quote]) -> None:
    q = _find(quotes, INDIRECT, "Chongqing Publishing Group established Chongqing Yichuan Film and Television Company")
    assert q.speaker is not None and q.speaker.name == "Li Bin"
    assert q.speaker.role is not None and q.speaker.role.startswith("general manager and deputy secretary")


def test_unintroduced_lin_stays_as_written(quotes: list[Quote]) -> None:
    q = _find(quotes, INDIRECT, "making full use of the Group’s advantages")
    assert q.speaker is not None and q.speaker.name == "Lin"


def test_zhang_li_also_said_that(quotes: list[Quote]) -> None:
    q = _find(quotes, INDIRECT, "the film and television industry is an important part of the cultural industry")
    assert q.speaker is not None and q.speaker.name == "Zhang Li"
    assert q.speaker.role == "a member of the Party Working Committee of Liangjiang New Area"


def test_final_zhang_said_is_the_most_recent_zhang(quotes: list[Quote]) -> None:
    q = _find(quotes, DIRECT, "In the future, Liangjiang New Area will take the vigorous development")
    assert q.speaker is not None and q.speaker.name == "Zhang Li"
    assert q.mention == "Zhang"


def test_no_caption_is_a_quote(quotes: list[Quote]) -> None:
    assert not [q for q in quotes if "iChongqing" in q.text]


def test_five_year_plan_speaks_with_its_full_name(quotes: list[Quote]) -> None:
    q = _find(quotes, INDIRECT, "should be regarded as a priority industry")
    assert q.speaker is not None and q.speaker.name == "The 14th Five-Year Plan of Chongqing"
