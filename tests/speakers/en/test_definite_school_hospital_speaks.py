"""A definite singular noun of a hospital, a school, a university or a college with no body of that kind named before
("the hospital said") speaks under the words as written, as "the council" does (docs/quotes.md, "Bodies named by a
common noun"). Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said_in_en


@pytest.mark.parametrize("noun", ["the hospital", "the school", "the university", "the college"])
def test_the_body_speaks_under_its_noun(noun: str) -> None:
    assert said_in_en(f"“Visiting hours are suspended until further notice,” {noun} said.") == [(noun, None)]
