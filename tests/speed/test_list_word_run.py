"""A label's claim that is a list of names ("Guests: Ann Lee, Tom Ray, Jo Kim, and more") is no claim. The list
pattern is searched over the claim, and inside one long word of capitals it read the word to its end again
from each capital: time grew with the square of the word. A list now starts at most 40 characters into a word."""

from __future__ import annotations

import time

from cqnews.enrich.quotes.labels_en import _LIST_RE
from tests.cpu_bar import cpu_bar


def test_long_capital_word_is_linear() -> None:
    text = "Mia Cole: the plan " + "K" * 20_000 + " will work"
    started = time.process_time()
    assert _LIST_RE.search(text) is None
    assert time.process_time() - started < cpu_bar(0.3)


def test_lists_still_found() -> None:
    assert _LIST_RE.search("Panel: Rosa Diaz, Gina Linetti, Jake Peralta, and Amy Santiago") is not None
    assert _LIST_RE.search("Cast: O'Neill, McKay, Jean-Luc Picard, Data.") is not None
    assert _LIST_RE.search("Rosa Diaz said the plan, the money, the time, all of it worked") is None


def test_a_list_whose_first_name_is_longer_than_the_bound_is_found_from_its_start() -> None:
    found = _LIST_RE.search("Guests: Fontaine-Beaumont-Delacroix-Vasseur-Lemaire, Ray, Kim, then lunch")
    assert found is not None
    assert found.group() == "Fontaine-Beaumont-Delacroix-Vasseur-Lemaire, Ray, Kim, "
