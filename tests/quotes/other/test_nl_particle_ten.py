"""Dutch surnames opened by "ten" ("Erik ten Berg", as "ter" and "van" open others): the whole name speaks, not
its given name alone. Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in find_quotes([Block(text=text)], "nl")]


def test_a_surname_opened_by_ten_is_part_of_the_name() -> None:
    assert _speakers("‘We zijn er helemaal klaar voor’, zegt coach Erik ten Berg.") == ["Erik ten Berg"]


def test_ten_before_a_lower_case_word_is_no_particle() -> None:
    assert _speakers("„We zijn er helemaal klaar voor”, zei Jansen ten overstaan van de pers.") == ["Jansen"]
