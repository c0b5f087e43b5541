"""A relative quoted unnamed by an owner's noun of kin ("Her brother said …", "His wife said …") is the one a he or she
of the noun's sex right after stands for, not the person named before of the other sex; "the grandmother said",
"the widower said" stand for the person quoted last, as "the mother" does. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_he_after_her_brother_is_the_brother() -> None:
    found = said_in_en(
        "Akosua Frimpong lost her home in the flood at Kumasi last week.",
        "“We had ten minutes to get out,” Frimpong said. Her brother said he had gone back for their papers.",
        "“I could not leave them behind,” he said.",
    )
    assert found == [("Akosua Frimpong", None), (None, "Her brother"), (None, "Her brother")]


def test_she_of_the_named_person_is_not_the_brother() -> None:
    found = said_in_en(
        "Akosua Frimpong lost her home in the flood at Kumasi last week.",
        "“We had ten minutes to get out,” Frimpong said. Her brother said he had gone back for their papers.",
        "“I could not leave them behind,” she said.",
    )
    assert found[2] == ("Akosua Frimpong", None)


def test_the_grandmother_is_the_woman_quoted_last() -> None:
    found = said_in_en(
        "Retired teacher Margaret Okonkwo, 71, said she had been waiting for her pension for two years.",
        "“Every month they tell me next month,” the grandmother said.",
    )
    assert found == [("Margaret Okonkwo", "Retired teacher"), ("Margaret Okonkwo", "Retired teacher")]
