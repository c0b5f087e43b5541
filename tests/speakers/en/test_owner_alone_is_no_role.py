"""A country or club owning a name with no noun of its own ("Kenya's Amos Wale said", "said Everton's Ruth Dale")
is no role: a role needs its head noun ("Kenya's Interior Minister Amos Wale"). Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_country_owning_a_name() -> None:
    text = "Kenya's Amos Wale said the new levy would be withdrawn by June."
    assert said_in_en(text) == [("Amos Wale", None)]


def test_club_owning_a_manager_after_the_cue() -> None:
    text = "“We had a plan and we kept to it,” said Everton's Ruth Dale."
    assert said_in_en(text) == [("Ruth Dale", None)]


def test_owner_with_its_office_keeps_the_role() -> None:
    text = "Kenya's Interior Minister Amos Wale said the curfew would end on Friday."
    assert said_in_en(text) == [("Amos Wale", "Kenya's Interior Minister")]
