"""A capitalised run in an apposition's role ("Ovren Mallik, Brightwell Analytics managing director, was …") is
no subject: a he/she after it stands for the person before the comma (English).

Found by benchmarks/speaker_invariance.py (names/invented and other shapes): the firm's name, read as the
last person named as a subject, hid the person it describes when no table knew the person's given name, and
"He said …" went to the speaker quoted before. Made-up sentences only.
"""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_he_after_a_person_with_a_firm_in_the_apposition() -> None:
    assert speakers_in(
        "“The harbour is full,” said port officer Lisbet Harrowgate.",
        "Ovren Mallik, Brightwell Analytics managing director and head of research, was more cautious. "
        "He said the market was weak.",
        "“Prices will fall,” Mallik said.",
        language="en",
    ) == ["Lisbet Harrowgate", "Ovren Mallik", "Ovren Mallik"]


def test_she_after_a_person_with_a_firm_and_a_role_before_a_comma() -> None:
    assert speakers_in(
        "“Demand is strong,” said analyst Jorvin Pask.",
        "Tessaly Brandt, Cobbleway Partners chief strategist, disagreed. She said the rise would not last.",
        "“We expect a slowdown,” Brandt said.",
        language="en",
    ) == ["Jorvin Pask", "Tessaly Brandt", "Tessaly Brandt"]


def test_a_role_before_a_name_still_makes_the_name_the_subject() -> None:
    assert speakers_in(
        "Brightwell campaign manager Olsa Venn said the vote was close.",
        language="en",
    ) == ["Olsa Venn"]
