"""An age set off by commas after a name is no role ("Maria Lopez, 45, said"). Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.enrich.speakers.tokens import without_age
from cqnews.models import Block


def _name_and_role(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in find_quotes([Block(text=text)], "en")
    ]


def test_an_age_alone_is_no_role() -> None:
    assert _name_and_role('"We lost the final," said Maria Lopez, 45.') == [("Maria Lopez", None)]
    assert _name_and_role("Lopez, 45, insisted the club had done nothing wrong.") == [("Lopez", None)]


def test_the_role_after_an_age_is_kept() -> None:
    assert _name_and_role("Lopez, 45, a teacher, said the school was closed.") == [("Lopez", "a teacher")]


def test_without_age_keeps_other_roles() -> None:
    assert without_age("a retired miner") == "a retired miner"
    assert without_age("62, a retired miner") == "a retired miner"
    assert without_age("62") is None
    assert without_age("2024 candidate") == "2024 candidate"
