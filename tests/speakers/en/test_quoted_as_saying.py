"""A direct quote whose attribution after it reports another's report: "“…,” Xinhua quoted Wang Wei as saying."
The quote is found, and the one quoted (the object of "quoted", or the subject of "was quoted") said it; the
medium only carries the words. Made-up sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said, speakers_in


def test_agency_quoted_a_named_person_as_saying() -> None:
    assert said("“Shipping links remain strong,” the agency quoted Zhou Lan as saying.", "en") == [("Zhou Lan", None)]


def test_the_person_quoted_keeps_the_apposition() -> None:
    assert said(
        "“Shipping links remain strong,” the agency quoted Zhou Lan, a port official, as saying on Monday.", "en"
    ) == [("Zhou Lan", "a port official")]


def test_paper_cited_a_surname_as_saying() -> None:
    assert said("“The levy will go,” the daily cited Tan as saying.", "en") == [("Tan", None)]


def test_passive_quoted_as_saying() -> None:
    assert said("“The levy will go,” Tan Boon Hock was quoted as saying.", "en") == [("Tan Boon Hock", None)]


def test_passive_quoted_by_the_medium_as_saying() -> None:
    assert said("“The levy will go,” Tan was quoted by a local daily as saying.", "en") == [("Tan", None)]


def test_object_pronoun_stands_for_the_person_named_before() -> None:
    assert speakers_in(
        "Mara Quist runs the port authority.",
        "“Shipping links remain strong,” the agency quoted her as saying.",
        language="en",
    ) == ["Mara Quist"]


def test_quoted_as_saying_before_the_quote_after_a_colon() -> None:
    assert said("The agency quoted Zhou Lan as saying: “Shipping links remain strong.”", "en") == [("Zhou Lan", None)]


def test_quoted_as_saying_before_the_quote_after_a_comma() -> None:
    assert said("The daily cited Tan as saying, “The levy will go.”", "en") == [("Tan", None)]


def test_a_participle_of_saying_without_quoted_keeps_the_subject() -> None:
    assert said("Tan left the hall, saying: “The levy will go.”", "en") == [("Tan", None)]
