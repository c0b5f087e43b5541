"""The capital-letter classes in ``cqnews.lexicon.letters`` (made-up names only)."""

from __future__ import annotations

import re

from cqnews.enrich.quotes import find_quotes
from cqnews.lexicon.letters import CAPITAL_LETTER, LATIN_CAPITAL_LETTER
from cqnews.models import Block


def test_the_classes_hold_capitals_and_no_small_letters() -> None:
    for letter in "AZÀÞŁŚŽČİẢ":
        assert re.fullmatch(LATIN_CAPITAL_LETTER, letter), letter
        assert re.fullmatch(CAPITAL_LETTER, letter), letter
    for letter in "ΑΩАЯЇЄІ":
        assert re.fullmatch(CAPITAL_LETTER, letter), letter
        assert not re.fullmatch(LATIN_CAPITAL_LETTER, letter), letter
    # The Latin Extended blocks interleave small letters with the capitals; × and ÷ sit among the Latin-1 ones.
    for letter in "aāłśžčıảαяї×÷1 -":
        assert not re.fullmatch(CAPITAL_LETTER, letter), letter


def test_a_pronoun_stands_for_a_person_whose_name_opens_with_a_latin_extended_capital() -> None:
    # "er" is the person the paragraph names: Łukasz Nowak, whose name opens with Ł (Latin Extended-A).
    quotes = find_quotes(
        [Block(text="Lehrer Łukasz Nowak hat die Stunde am Abend vorbereitet: „Die Kinder lernen schneller“, erklärt er.")],
        "de",
    )
    assert [q.speaker.name if q.speaker else None for q in quotes if q.kind.value == "direct"] == ["Łukasz Nowak"]
