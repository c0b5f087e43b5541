"""A title that is also a given name ("Dean", "Earl") right after a lower-case role noun opens the person's name:
"head coach Dean Harwood" is Dean Harwood, the head coach; alone before a surname it stays a title. Made-up
sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_dean_after_a_coach_before_the_cue() -> None:
    text = "“We switched off at the back,” Wolves head coach Dean Harwood said."
    assert said(text, "en") == [("Dean Harwood", "Wolves head coach")]


def test_earl_after_a_captain_after_the_cue() -> None:
    text = "“We never gave up,” said club captain Earl Mensah."
    assert said(text, "en") == [("Earl Mensah", "club captain")]


def test_dean_alone_before_a_surname_stays_a_title() -> None:
    text = "“The course will close in June,” said Dean Harwood."
    assert said(text, "en") == [("Harwood", "Dean")]


def test_sheriff_before_one_name_after_a_governor_set_off() -> None:
    """ "The Delta State Governor, Sheriff Oborevwori, said": a governor is no sheriff; "Sheriff" is his given name
    (the name was "Oborevwori"). Made-up sentence in the shape of Nigerian state pages."""
    text = "The Delta State Governor, Sheriff Oborevwori, said the new bridge would open in May."
    assert said(text, "en") == [("Sheriff Oborevwori", "The Delta State Governor")]


def test_king_before_one_name_after_a_chairman_set_off() -> None:
    text = "The party chairman, King Okafor, said the primaries would hold in June."
    assert said(text, "en") == [("King Okafor", "The party chairman")]


def test_sheriff_stays_a_title_after_its_own_office_or_a_phrase() -> None:
    """Near misses: the same office set off before, a phrase set off before, a lower-case "deputy"."""
    assert said("The Harris County Sheriff, Sheriff Jones, said the raid was lawful.", "en") == [
        ("Jones", "The Harris County Sheriff")
    ]
    assert said("Asked about the raid, Sheriff Jones said it was lawful.", "en") == [("Jones", "Sheriff")]
    assert said("“We made arrests,” deputy Sheriff Jones said.", "en") == [("Jones", "deputy Sheriff")]
