"""A closing mark typed as an opening one right after a word and before a space (“an expedited
review“ of …) closes the quote: no quote can open there, glued to the word before and to nothing
after. Before, the mark opened a quote that ran to the next closing mark. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import direct_texts


def test_mistyped_closer_glued_to_a_word_closes_the_fragment() -> None:
    text = "Lee asked for a “full audit“ of the books and said the board should hire a “new chief” soon."
    assert direct_texts(text, "en") == ["full audit", "new chief"]


def test_mistyped_closer_glued_to_a_title_closes_it() -> None:
    text = "Ann Roe praised the film “Frozen“ and called the books too “gloomy,” she said."
    assert direct_texts(text, "en") == ["gloomy,"]


def test_opening_mark_before_a_word_still_opens() -> None:
    assert direct_texts("Lee said, “We will audit the books.”", "en") == ["We will audit the books."]
