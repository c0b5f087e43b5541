"""A name in the possessive form with no noun after it, right before the verb, is a company's name ("ratings agency
Moody's said"), not an owner whose noun is missing: the speaker keeps its "'s". A run that a given name opens keeps
the older reading. Found by a probe of made-up sentences ("Moody's" gave "Moody"). Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said


def test_agency_in_the_possessive_form_before_the_verb() -> None:
    assert said("Ratings agency Harlowby's said the outlook was stable.", "en") == [("Harlowby's", None)]


def test_closing_form() -> None:
    assert said("The outlook was stable, auction house Quenton's said.", "en") == [("Quenton's", None)]


def test_curly_apostrophe() -> None:
    assert said("Chain store Marrick’s said it would raise wages.", "en") == [("Marrick’s", None)]


def test_an_owner_before_a_person_is_unchanged() -> None:
    assert said("Harlowby's analyst Jane Roe said the outlook was stable.", "en") == [("Jane Roe", "Harlowby's analyst")]


def test_with_an_adverb_or_in_the_present() -> None:
    assert said("Ratings agency Harlowby's also said the outlook was stable.", "en") == [("Harlowby's", None)]
    assert said("Ratings agency Harlowby's says the outlook is stable.", "en") == [("Harlowby's", None)]


def test_an_owner_before_a_plural_noun_is_unchanged() -> None:
    assert said("Seats would go to the party, according to Harlowby's estimates.", "en") == [("Harlowby", None)]
