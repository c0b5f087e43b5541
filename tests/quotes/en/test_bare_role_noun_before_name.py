"""A lower-case noun alone or after "the", right before a full name, is the person's role: no owner needed."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], "en")
    return [
        (q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in quotes if q.kind is QuoteKind.INDIRECT
    ]


def test_the_tie_noun_before_a_full_name() -> None:
    assert _speakers("The gate had been left open, said the neighbour Rhona Baird.") == [("Rhona Baird", "neighbour")]


def test_the_noun_without_an_agent_ending() -> None:
    found = _speakers("The rent doubled in two years, said the landlord Gareth Pryce.")
    assert found == [("Gareth Pryce", "landlord")]


def test_a_bare_noun_right_after_the_cue() -> None:
    assert _speakers("The van came off the bridge, said passer-by Nadia Orme.") == [("Nadia Orme", "passer-by")]


def test_a_singular_noun_in_double_s() -> None:
    assert _speakers("Two men ran from the shop, said the witness Colm Doyle.") == [("Colm Doyle", "witness")]


def test_an_adverb_before_the_name_is_no_role() -> None:
    assert _speakers("The vote will be close, said also Colm Doyle.") != [("Colm Doyle", "also")]


def test_a_tie_noun_after_an_owner_keeps_the_report() -> None:
    found = _speakers("The dog barked all night, said the couple's neighbour Ann Walsh.")
    assert found == [("Ann Walsh", "couple's neighbour")]


def test_the_noun_before_a_subject_name() -> None:
    found = _speakers("The landlord Gareth Pryce said the boiler had been fixed.")
    assert found == [("Gareth Pryce", "landlord")]


def test_a_noun_after_a_comma_before_a_closing_name() -> None:
    found = _speakers("The boiler had been fixed, landlord Gareth Pryce said.")
    assert found == [("Gareth Pryce", "landlord")]
