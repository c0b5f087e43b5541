"""An office written in capital initials and set off before the name of its holder ("The OCPD, Mr Peter Maina,
said", Kenyan police reports) is the holder's role: neither a body whose name drops out nor "Mr". Made-up
sentences only."""

from __future__ import annotations

from tests.quote_helpers import said


def test_the_office_in_initials_before_a_courtesy_title_is_the_role() -> None:
    text = "The OCPD, Mr Peter Maina, said two suspects had been arrested over the theft of the transformer."
    assert said(text, "en") == [("Peter Maina", "The OCPD")]


def test_the_office_in_initials_before_a_bare_name_is_the_role() -> None:
    text = "The OCS, Ruth Wambui, confirmed that the body had been taken to the county mortuary."
    assert said(text, "en") == [("Ruth Wambui", "The OCS")]


def test_a_description_before_the_name_is_still_the_role() -> None:
    text = "The county commander, Mr Peter Maina, said two suspects had been arrested."
    assert said(text, "en") == [("Peter Maina", "The county commander")]
