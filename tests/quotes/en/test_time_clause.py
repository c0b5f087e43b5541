"""A time clause after a cue tells when the words were said, not what (sentences made up for the test)."""

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _indirect(text: str) -> list[tuple[str | None, str]]:
    quotes = find_quotes([Block(text=text)], "en")
    return [(q.speaker.name if q.speaker else None, text[q.start : q.end]) for q in quotes if q.kind.value == "indirect"]


def test_time_clause_after_cue_is_no_report() -> None:
    assert _indirect("“The fares will stay low,” Dana Whitfield, the transit chief, said when a rider asked her.") == []


def test_time_clause_closed_by_comma_opens_the_report() -> None:
    got = _indirect("Dana Whitfield said when the tunnel opened, ridership doubled within a month.")
    assert got == [("Dana Whitfield", "when the tunnel opened, ridership doubled within a month")]


def test_question_cue_keeps_its_embedded_question() -> None:
    got = _indirect("Dana Whitfield explained when the new line would open and who would pay for it.")
    assert got == [("Dana Whitfield", "when the new line would open and who would pay for it")]
