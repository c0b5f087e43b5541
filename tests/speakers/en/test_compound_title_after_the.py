"""Two capitalised titles after "the" ("the Chief Justice", "the Deputy Governor", "the Chief Whip"), or two joined by
a hyphen ("the Inspector-General"), are an office described, no name "Justice" or "Governor" with the role "Chief":
the holder named before with the same titles, or nobody. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_the_compound_title_stands_for_the_holder_named_before() -> None:
    assert said_in_en(
        "Chief Justice Wanjiru Mwangi opened the new court in Nyeri.",
        '"Justice delayed is justice denied," the Chief Justice said.',
    ) == [("Wanjiru Mwangi", "the Chief Justice")]


def test_the_compound_title_alone_is_a_description() -> None:
    assert said_in_en('"The motion will be withdrawn," the Chief Whip said.') == [(None, "the Chief Whip")]


def test_the_compound_title_after_an_inverted_cue_is_a_description() -> None:
    assert said_in_en('"Traders will get their loans," said the Deputy Governor.') == [(None, "the Deputy Governor")]


def test_a_hyphenated_title_is_a_description() -> None:
    assert said_in_en('"The probe is continuing," the Inspector-General said.') == [(None, "the Inspector-General")]


def test_a_courtesy_title_before_a_surname_spelt_as_a_title_keeps_the_name() -> None:
    assert said_in_en('"The probe is continuing," said Mr Judge.') == [("Judge", "Mr")]


def test_an_office_named_general_with_a_hyphen_then_its_complement_and_the_holder() -> None:
    assert said_in_en(
        "The Inspector-General of Police, Musa Danladi, said the officers would be tried.",
        "The Auditor-General, Ruth Wanjiku, said the accounts were incomplete.",
    ) == [
        ("Musa Danladi", "The Inspector-General of Police"),
        ("Ruth Wanjiku", "The Auditor-General"),
    ]
