"""A body's word opening capitalised words that hold a title joined to its complement ("Union Minister of State for
Home Affairs Nityanand Rai said") makes an office before a name, no organisation: the person speaks. Made-up
sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_union_minister_of_state_for_a_portfolio() -> None:
    assert said_in_en("Union Minister of State for Coal Ravi Prakash said output had risen by a tenth.") == [
        ("Ravi Prakash", "Union Minister of State for Coal")
    ]


def test_a_body_name_before_a_plain_title_stays_a_person_s_role() -> None:
    assert said_in_en("Harbour Board chairman Ravi Prakash said output had risen by a tenth.") == [
        ("Ravi Prakash", "Harbour Board chairman")
    ]
