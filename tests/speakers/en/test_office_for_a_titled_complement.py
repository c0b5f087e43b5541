"""An office joined by "for" or "to" to a complement that is itself a title after "the" ("The Press Secretary for
the Governor, Ann Cole, said"): the role is the office whole, not the complement's description ("the Governor"),
which names someone else. Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said_in_en


@pytest.mark.parametrize(
    "office",
    ["The Press Secretary for the Governor", "The Press Secretary to the Governor", "The spokesperson for the Premier"],
)
def test_the_office_whole_is_the_role(office: str) -> None:
    text = f"{office}, Ann Cole, said the office would reply to the letter on Monday."
    assert said_in_en(text) == [("Ann Cole", office)]


def test_a_complement_that_is_a_body_is_unchanged() -> None:
    text = "A spokesman for the company, Kwame Mensah, said the office would reply to the letter on Monday."
    assert said_in_en(text) == [("Kwame Mensah", "A spokesman for the company")]
