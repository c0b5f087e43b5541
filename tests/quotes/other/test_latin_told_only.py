"""A reporting verb followed only by who was told ("“…”, pidió a la población.") leaves its subject out, as
"“…”, ha explicado." does: the person named before speaks. Made-up sentences; speakers read off them."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


@pytest.mark.parametrize(
    ("language", "sentence", "name"),
    [
        ("es", "El alcalde Pedro Gil llegó al pueblo por la mañana. “Mucha precaución”, pidió a la población.", "Pedro Gil"),
        ("it", "Il sindaco Marco Bianchi è arrivato lunedì. \"Finiremo presto\", ha detto ai giornalisti.", "Marco Bianchi"),
    ],
)
def test_a_verb_with_only_its_listener_after_it_has_a_left_out_subject(language: str, sentence: str, name: str) -> None:
    quotes = find_quotes([Block(text=sentence)], language)
    assert [q.speaker.name if q.speaker else None for q in quotes] == [name]
