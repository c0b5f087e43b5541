"""A relative named again by the kin noun alone (女儿说) is the person that noun stood before (女儿汤兰兰)."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _said(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in find_quotes([Block(text=text)], "zh")]


def test_the_daughter_named_before_speaks() -> None:
    said = _said("万秀玲说，女儿汤兰兰那年十四岁。女儿说，她不想回家。")
    assert said[-1] == ("汤兰兰", "女儿")


def test_a_daughter_never_named_stays_unnamed() -> None:
    assert _said("女儿说，她不想回家。") == [(None, "女儿")]
