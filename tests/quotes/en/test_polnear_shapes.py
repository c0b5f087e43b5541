"""English reported speech: shapes PolNeAR's train attributions showed cqnews missing (session 31),
each written as a made-up sentence."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _indirect(*paragraphs: str) -> list[tuple[str, str | None]]:
    """(text, speaker name) of every indirect quote of the made-up paragraphs, in order."""
    found = find_quotes([Block(text=p) for p in paragraphs], "en")
    return [(q.text, q.speaker.name if q.speaker else None) for q in found if q.kind is QuoteKind.INDIRECT]


def test_promising_reports_what_the_sentence_subject_promised() -> None:
    """ ", promising to …": a participle of commitment reports its infinitive, the subject's words."""
    assert _indirect("Governor Ada Brook toured the flooded farms, promising to rebuild every bridge by spring.") == [
        ("to rebuild every bridge by spring", "Ada Brook")
    ]


def test_predicting_that_reports_a_clause() -> None:
    assert _indirect("Senator Leo Park backed the levy, predicting that fares would fall within a year.") == [
        ("fares would fall within a year", "Leo Park")
    ]


def test_a_question_put_in_an_opening_asked_phrase_is_reported_without_a_speaker() -> None:
    """ "Asked whether …, X said …": the question is reported (nobody named asks it), and so is the answer."""
    assert _indirect("Asked whether she would back the new ferry plan, Mayor Rita Olsen said she had not decided.") == [
        ("whether she would back the new ferry plan", None),
        ("she had not decided", "Rita Olsen"),
    ]


def test_the_asker_named_after_by_is_the_speaker_of_the_question() -> None:
    found = _indirect("When asked by Dana Reyes if the stadium deal was dead, the governor shrugged.")
    assert found == [("if the stadium deal was dead", "Dana Reyes")]


def test_asked_later_in_the_sentence_is_not_read_as_a_question_phrase() -> None:
    found = _indirect("The coach, when asked if he had advice for the rookies, only smiled at the crowd.")
    assert ("if he had advice for the rookies", None) not in found
