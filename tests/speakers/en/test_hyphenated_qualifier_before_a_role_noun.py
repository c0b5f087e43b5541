"""A noun qualified by a hyphenated compound before a full name ("said two-time champion Naomi Osaka", "said
12-time champion Ann Cole") is the role, as one qualified by a plain word is ("said defending champion Ann Cole").

Found by probing made-up sports reports: the qualifier had to be one alphabetic word, so "two-time champion
Naomi Osaka" was read as a description with the name inside it and no speaker. Made-up sentences only.
"""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("role", "name"),
    [
        ("two-time champion", "Naomi Osaka"),
        ("12-time champion", "Ann Cole"),
        ("defending champion", "Ann Cole"),
    ],
)
def test_qualified_noun_before_a_full_name(role: str, name: str) -> None:
    assert said(f"“It is a dream come true,” said {role} {name}.", "en") == [(name, role)]


def test_with_a_relative_clause_after_the_name() -> None:
    assert said("“It is a dream come true,” said two-time champion Ann Cole, who won in 2019.", "en")[0][0] == "Ann Cole"


def test_the_description_alone_stays_a_description() -> None:
    assert said("“It is a dream come true,” said the two-time champion.", "en") == [(None, "the two-time champion")]
