"""A cue of mentioning whose object is a noun of action (说起这些年的变化，提起村里的发展，) frames a topic: its 说 or
提 reports nothing, and the person after the frame speaks the quote their clause introduces with a colon (made-up
sentences; expected values read from them)."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _direct(text: str) -> list[tuple[str, str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], "zh")
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in quotes if q.kind == "direct"]


def test_speaking_of_the_changes() -> None:
    assert _direct("说起这些年的变化，老党员韩玉山感触颇深：“过去住土房，现在住楼房，日子越过越好。”") == [
        ("过去住土房，现在住楼房，日子越过越好。", "韩玉山", None)
    ]


def test_bringing_up_the_growth() -> None:
    assert _direct("提起村里的发展，村支书刘德胜满脸自豪：“这几年路通了，产业也起来了。”") == [
        ("这几年路通了，产业也起来了。", "刘德胜", None)
    ]


def test_a_frame_with_a_verb_still_reports() -> None:
    assert _direct("说起要搬新家，王明说：“孩子们都很高兴。”") == [("孩子们都很高兴。", "王明", "说")]
