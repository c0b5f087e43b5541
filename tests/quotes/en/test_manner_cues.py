"""Manner-of-speaking verbs cue direct quotes (sentences made up for the test)."""

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    out = []
    for q in find_quotes([Block(text=text)], "en"):
        out.append((q.kind.value, q.speaker.name if q.speaker else None, text[q.start : q.end]))
    return out


def test_inverted_manner_verb_names_the_speaker() -> None:
    got = _quotes("“Nobody on this council reads the reports anymore,” scoffed Maria Delgado.")
    assert got == [("direct", "Maria Delgado", "Nobody on this council reads the reports anymore,")]


def test_manner_verb_after_name() -> None:
    got = _quotes("“The bridge will not open before winter, and everyone knows it,” Tom Baker snapped.")
    assert [(k, s) for k, s, _ in got] == [("direct", "Tom Baker")]


def test_manner_verb_needs_that_for_reported_speech() -> None:
    assert _quotes("Smith laughed the whole time at the long meeting downtown.") == []
    got = _quotes("Smith boasted that the new stadium would be finished a year early.")
    assert got == [("indirect", "Smith", "the new stadium would be finished a year early")]
