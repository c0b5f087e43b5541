"""The Chinese surname "He" opens a name after a role written before it, as any surname does ("said Ministry of
Commerce spokesperson He Yadong", "said Beijing-based expert He Wei").

Found by probing made-up sentences of the shape of Chinese outlets' English pages: the name read backwards from
the cue stopped at "He" (a pronoun's spelling), so the speaker was the body ("Ministry of Commerce", "Bank of
China") or nobody ("spokesperson He Yadong" as a description). Made-up sentences only.
"""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("role", "name"),
    [
        ("Ministry of Commerce spokesperson", "He Yadong"),
        ("Commerce Ministry spokesperson", "He Yadong"),
        ("ministry spokesperson", "He Yadong"),
        ("Beijing-based expert", "He Wei"),
        ("Bank of China analyst", "He Wei"),
    ],
)
def test_he_after_a_role_after_the_cue(role: str, name: str) -> None:
    assert said(f"“Trade with Europe is growing,” said {role} {name}.", "en") == [(name, role)]


def test_he_after_a_body_and_an_office_before_a_time() -> None:
    assert said("“Trade is growing,” said Ministry of Commerce spokesperson He Yadong on Thursday.", "en") == [
        ("He Yadong", "Ministry of Commerce spokesperson")
    ]


def test_the_pronoun_opening_the_next_sentence_is_no_surname() -> None:
    assert said("“Trade is growing,” said the ministry spokesperson. He added that talks go on.", "en")[0] == (
        None,
        "the ministry spokesperson",
    )
