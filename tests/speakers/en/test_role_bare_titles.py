"""A title written without its full stop before a speaker's name ("Mrs Jones said", "Dr Ann Jones said")
is the speaker's role, as "Mrs." is; an age set off after the name is no part of the role ("Mr. Jones,
54, said": role "Mr."). Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said, said_in_en


def test_a_title_without_its_full_stop_is_the_role() -> None:
    assert said("Mrs Jones said: “We lost everything.”", "en") == [("Jones", "Mrs")]
    assert said("Dr Ann Jones said the water came in fast.", "en") == [("Ann Jones", "Dr")]


def test_an_age_after_the_name_is_no_part_of_the_role() -> None:
    assert said("Mr. Jones, 54, said the water came in fast.", "en") == [("Jones", "Mr.")]
    assert said("Mrs Jones, 54, said: “We lost everything.”", "en") == [("Jones", "Mrs")]


def test_a_courtesy_title_does_not_replace_the_role_learnt_before() -> None:
    assert said_in_en(
        "Andy Burnham, the Manchester mayor, said the city was calm.",
        "Mr. Burnham said the police would act.",
        "Mr Burnham said the police would act again.",
    ) == [("Andy Burnham", "the Manchester mayor")] * 3
