"""A person named only by title and surname ("Ms. Patel") is someone a later he/she can be. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_a_titled_surname_is_an_antecedent() -> None:
    assert speakers_in(
        "Ms. Patel, 52, has run the bakery on the corner for twenty years.",
        '"Flour prices have doubled since spring," she said.',
        language="en",
    ) == ["Patel"]


def test_the_title_gives_the_gender() -> None:
    assert speakers_in(
        "Mrs. Jones wrote to the council twice. Her husband, a retired miner, signed the letters too.",
        '"Nobody ever answered," she said.',
        language="en",
    ) == ["Jones"]
