"""A definite noun of a court or a school ("the court said", "the bench observed", "the school said") after the body
of that kind was named is that body, as "the university" after "Kenyatta University" is. Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said_in_en


@pytest.mark.parametrize(
    ("named", "noun", "body"),
    [
        ("The Kisii High Court heard the petition on Monday.", "the court said", "The Kisii High Court"),
        ("The Kisii High Court heard the petition on Monday.", "the bench observed", "The Kisii High Court"),
        ("Pupils at Moi Girls School were sent home on Monday.", "the school said", "Moi Girls School"),
    ],
)
def test_the_noun_is_the_body_named_before(named: str, noun: str, body: str) -> None:
    assert said_in_en(named, f"“The matter will be settled within the week,” {noun}.") == [(body, None)]
