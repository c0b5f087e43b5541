"""A generational suffix ending a name ("Jr.", "Sr", "III") is part of the name and no word of it when looking
for a description before a given name: "Teodoro Andres Jr." is the whole name, not role "Teodoro". Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_suffix_after_a_given_name_as_surname() -> None:
    text = "“The talks went well,” Teodoro Andres Jr. said on Monday."
    assert said_in_en(text) == [("Teodoro Andres Jr.", None)]


def test_suffix_after_a_title_and_the_name() -> None:
    text = "Governor Teodoro Andres Jr. said the bridge would reopen in March."
    assert said_in_en(text) == [("Teodoro Andres Jr.", "Governor")]


def test_a_descriptive_word_before_a_given_name_still_goes_to_the_role() -> None:
    text = "“We did our best,” Veteran Marina Colt said on Monday."
    assert said_in_en(text) == [("Marina Colt", "Veteran")]
