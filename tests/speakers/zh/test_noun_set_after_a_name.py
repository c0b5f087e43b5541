"""A person named with a noun set after the name (85岁的陈秀英老人, 王小明同学) and named again by that noun alone
or with a demonstrative (老人说, 该同学表示): that person, not an unnamed 老人. Every sentence is made up; each
expected speaker is read off the sentence."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _said_in(*paragraphs: str) -> list[tuple[str | None, str | None]]:
    quotes = find_quotes([Block(text=p) for p in paragraphs], "zh")
    return [(q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in quotes]


def test_old_person_named_before_the_noun() -> None:
    said = _said_in("今年85岁的陈秀英老人独自住在半山腰。", "老人说：“孩子们都在城里打工。”")
    assert said[0][0] == "陈秀英"


def test_pupil_named_before_the_noun() -> None:
    said = _said_in("王小明同学今年读初三，每天六点起床。", "该同学表示：“我想考进县一中。”")
    assert said[0][0] == "王小明"


def test_old_people_in_general_stay_unnamed() -> None:
    assert _said_in("村里的老人越来越少。", "老人说：“年轻人都走了。”") == [(None, "老人")]
