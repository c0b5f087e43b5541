"""The person a frame is about (对于王明来说, 对李华而言) is the sentence's topic: a later 他/她 is them."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in find_quotes([Block(text=text)], "zh")]


def test_he_after_for_wang_ming_is_wang_ming() -> None:
    assert _speakers("对于王明来说，这份工作来之不易。他说：“我很珍惜。”") == ["王明"]


def test_she_after_as_for_li_hua_is_li_hua() -> None:
    assert _speakers("而对李华而言，回到家乡是最好的选择。她说：“这里有我的根。”") == ["李华"]


def test_a_person_spoken_to_is_no_topic() -> None:
    assert _speakers("王明对李强说了这件事。他说：“我不同意。”") == ["王明"]
