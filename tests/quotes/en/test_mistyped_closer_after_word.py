"""A closing mark typed as an opening one right after a word and before a space (“an expedited
review“ of …) closes the quote: no quote can open there, glued to the word before and to nothing
after. Before, the mark opened a quote that ran to the next closing mark. Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _direct(text: str) -> list[str]:
    return [q.text for q in find_quotes([Block(text=text)], "en") if q.kind.value == "direct"]


def test_mistyped_closer_glued_to_a_word_closes_the_fragment() -> None:
    text = "Lee asked for a “full audit“ of the books and said the board should hire a “new chief” soon."
    assert _direct(text) == ["full audit", "new chief"]


def test_mistyped_closer_glued_to_a_title_closes_it() -> None:
    text = "Ann Roe praised the film “Frozen“ and called the books too “gloomy,” she said."
    assert _direct(text) == ["gloomy,"]


def test_opening_mark_before_a_word_still_opens() -> None:
    assert _direct("Lee said, “We will audit the books.”") == ["We will audit the books."]
