"""Dutch surnames opened by "ten" ("Erik ten Berg", as "ter" and "van" open others): the whole name speaks, not
its given name alone. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_a_surname_opened_by_ten_is_part_of_the_name() -> None:
    assert speakers("‘We zijn er helemaal klaar voor’, zegt coach Erik ten Berg.", "nl") == ["Erik ten Berg"]


def test_ten_before_a_lower_case_word_is_no_particle() -> None:
    assert speakers("„We zijn er helemaal klaar voor”, zei Jansen ten overstaan van de pers.", "nl") == ["Jansen"]
