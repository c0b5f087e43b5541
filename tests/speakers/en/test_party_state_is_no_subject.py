"""A US politician's party and state set off after the name ("Rep. Ann Lee, R-Ohio, visited …, and argued that
…") is no clause subject: the person named before it speaks. Made-up sentences."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


@pytest.mark.parametrize("label", ["R-W.Va.", "D-Calif.", "R-Ohio"])
def test_the_named_person_speaks(label: str) -> None:
    text = f"In May, Rep. Ann Lee, {label}, visited the border near Laredo, Texas, and argued that the country needs more agents."
    names = [q.speaker.name if q.speaker else None for q in find_quotes([Block(text=text)], "en")]
    assert names == ["Ann Lee"]
