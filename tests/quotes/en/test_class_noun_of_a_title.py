"""A description by the class a title's holder belongs to ("the peer" after "Baroness Ada Holm", "the cleric"
after "Imam Yusuf Bello") stands for the person named with that title, as a repeated title does. Made-up
sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_peer_after_a_baroness() -> None:
    assert speakers_in(
        "Baroness Ada Holm tabled the amendment on Monday.",
        '"This bill is badly drafted," the peer added.',
        language="en",
    ) == ["Ada Holm"]


def test_cleric_after_an_imam() -> None:
    assert speakers_in(
        "Imam Yusuf Bello led prayers at the vigil.",
        '"We stand with every family," the cleric said.',
        language="en",
    ) == ["Yusuf Bello"]
