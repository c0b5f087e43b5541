"""After "According to NAME," the words up to the sentence's end are the report, never the name's role ("According
to James Okafor, the army repelled the attack."), also with titles between "according to" and the name ("According
to Lt. Col. James Okafor, …"); a phrase set off by a second comma before the report stays the role. Made-up
sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said_in_en


@pytest.mark.parametrize("titles", ["", "Lt. Col. "])
def test_the_report_to_the_sentence_end_is_no_role(titles: str) -> None:
    found = said_in_en(
        f"According to {titles}James Okafor, the army repelled the attack on the border post on Monday. “Our troops"
        " were ready,” Okafor said."
    )
    assert [name for name, _ in found] == ["James Okafor", "James Okafor"]
    assert all(role is None or "repelled" not in role for _, role in found)


def test_a_role_set_off_before_the_report_stays() -> None:
    found = said_in_en(
        "According to James Okafor, the army spokesman, troops repelled the attack on the border post. “Our troops"
        " were ready,” Okafor said."
    )
    assert found == [("James Okafor", "the army spokesman"), ("James Okafor", "the army spokesman")]
