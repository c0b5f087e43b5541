"""A person's full name, then "of" and a body written in lower case ("Ann Lee of the health board said"): the
person speaks and the "of" phrase is the role, as with a body written in capitals ("Ann Lee of the World Bank").
The whole phrase is no unnamed description; a plural noun before "of" names nobody. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said


def test_name_of_a_lower_case_body() -> None:
    assert said("Ann Lee of the health board said the virus was spreading.", "en") == [
        ("Ann Lee", "of the health board")
    ]
    assert said("Members of the health board said the virus was spreading.", "en") == [
        (None, "Members of the health board")
    ]


def test_name_of_a_longer_lower_case_body() -> None:
    text = "Tom Reed of the local water authority told reporters the pipes had burst."
    assert said(text, "en") == [("Tom Reed", "of the local water authority")]
