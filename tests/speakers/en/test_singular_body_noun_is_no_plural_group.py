"""A singular body noun pointing back ("the company said", "the firm said") stands for one body quoted before,
never for a plural common noun quoted as a source ("Police said", "Officials said"): the number does not agree.
Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers_in


@pytest.mark.parametrize("group", ["Police", "Authorities"])
@pytest.mark.parametrize("noun", ["company", "firm"])
def test_the_company_after_a_plural_group_is_not_that_group(group: str, noun: str) -> None:
    found = speakers_in(
        f"{group} said two people had been detained near the depot on Sunday.",
        f"The {noun} said in a statement that it would cooperate with the inquiry.",
        language="en",
    )
    assert found[0] == group
    assert found[1] != group


def test_the_company_after_a_named_body_is_that_body() -> None:
    found = speakers_in(
        "Northwind Freight Inc. said it had cut 40 routes after the storm.",
        "The company said in a statement that it would cooperate with the inquiry.",
        language="en",
    )
    assert found == ["Northwind Freight Inc.", "Northwind Freight Inc."]
