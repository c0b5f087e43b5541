"""An age written as an adjective before a full name after an inverted cue is the role, the name the
person (English).

Found by probing made-up wire and regional sentences: "said 12-year-old Emma Brown" gave no name and the
whole phrase as the role, since only a title or an agent noun ("farmer") counted as a role before a name.
Made-up sentences only.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_an_age_in_figures_before_a_full_name() -> None:
    assert said("“I was scared,” said 12-year-old Emma Brown.", "en") == [("Emma Brown", "12-year-old")]


def test_an_age_in_words_before_a_full_name() -> None:
    assert said("“It hurts,” said seven-year-old Liam Carter at the clinic.", "en") == [("Liam Carter", "seven-year-old")]


def test_an_age_and_a_role_noun_before_a_name() -> None:
    assert said("“We lost everything,” said 45-year-old farmer Zhou Qiang.", "en") == [
        ("Zhou Qiang", "45-year-old farmer")
    ]
