"""An age set off by commas after a name is no role ("Maria Lopez, 45, said"). Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.speakers.tokens import without_age
from tests.quote_helpers import said


def test_an_age_alone_is_no_role() -> None:
    assert said('"We lost the final," said Maria Lopez, 45.', "en") == [("Maria Lopez", None)]
    assert said("Lopez, 45, insisted the club had done nothing wrong.", "en") == [("Lopez", None)]


def test_the_role_after_an_age_is_kept() -> None:
    assert said("Lopez, 45, a teacher, said the school was closed.", "en") == [("Lopez", "a teacher")]


def test_without_age_keeps_other_roles() -> None:
    assert without_age("a retired miner") == "a retired miner"
    assert without_age("62, a retired miner") == "a retired miner"
    assert without_age("62") is None
    assert without_age("2024 candidate") == "2024 candidate"
