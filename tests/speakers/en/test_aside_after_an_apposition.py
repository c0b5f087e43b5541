"""A subject with its role in apposition, then an aside set off by dashes before the cue: the name speaks, the
role is the apposition ("Nora Quist, the head of the dockers' union — and a former port pilot — said …"). A dash
typed as a hyphen with a space on each side (" - ") sets the aside off as "—" does."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind
from tests.quote_helpers import reported_by


def _speaker_and_role(text: str) -> list[tuple[str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], "en")
    return [
        (q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None)
        for q in quotes
        if q.kind is QuoteKind.INDIRECT
    ]


def test_role_with_a_capitalised_title_before_an_aside_in_dashes() -> None:
    text = "Nora Quist, the CEO of the Harbour Pilots' Guild — and a former aide to Mayor Dan Ek — said the port would close."
    assert _speaker_and_role(text) == [("Nora Quist", "the CEO of the Harbour Pilots' Guild")]


def test_hyphens_spaced_as_dashes_set_the_aside_off() -> None:
    text = "Nora Quist, the head of the dockers' union - and a former port pilot - said the port would close."
    assert _speaker_and_role(text) == [("Nora Quist", "the head of the dockers' union")]


def test_the_aside_is_no_role() -> None:
    """ "a former port pilot -" is the aside, never the speaker's role nor the speaker."""
    text = "Ivo Brandt, the treasurer of the club - and its oldest member - said the fees would rise."
    assert reported_by(text, "en") == [("Ivo Brandt", "the fees would rise")]


def test_a_hyphen_inside_a_word_is_no_dash() -> None:
    text = "Ivo Brandt, the co-founder of Brandt-Ek Holdings, said the fees would rise."
    assert _speaker_and_role(text) == [("Ivo Brandt", "the co-founder of Brandt-Ek Holdings")]


def test_an_aside_in_hyphens_after_a_plural_subject() -> None:
    """No apposition before the aside: the words before it are the subject, as with "—"."""
    assert reported_by("Residents - and some officials - say the road is unsafe.", "en") == [
        (None, "the road is unsafe")
    ]
