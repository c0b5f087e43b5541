"""A surname after a title of one sex is never the full name whose given name tells the other sex ("Mr Dube" after
"Jane Dube" alone is a relative the page never named in full: "Dube", not her). Found on made-up pages in the shape
of Zimbabwean and Zambian reports, where a husband or son shares the surname of the one named first. Made-up
sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in_en


def test_mr_after_a_woman_named_in_full_is_the_surname_alone() -> None:
    assert speakers_in_en(
        "Jane Dube, a nurse at the district hospital, said the clinic had run out of drugs.",
        "“We cannot go on like this,” Mr Dube said.",
    ) == ["Jane Dube", "Dube"]


def test_mrs_after_a_man_named_in_full_is_the_surname_alone() -> None:
    assert speakers_in_en(
        "Thomas Banda, a maize farmer in Chipata, said the rains had come late.",
        "“We lost everything,” Mrs Banda said.",
    ) == ["Thomas Banda", "Banda"]


def test_a_relative_of_the_title_s_sex_named_in_full_is_still_found() -> None:
    assert speakers_in_en(
        "Thomas Banda and his wife, Ruth Banda, farm four hectares near Chipata.",
        "“We lost everything,” Mrs Banda said.",
    ) == ["Ruth Banda"]


def test_a_title_of_the_same_sex_keeps_the_full_name() -> None:
    assert speakers_in_en(
        "Thomas Banda, a maize farmer in Chipata, said the rains had come late.",
        "“We lost everything,” Mr Banda said.",
    ) == ["Thomas Banda", "Thomas Banda"]
