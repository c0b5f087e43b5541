"""A cue the trie finds across two words (民警|告诉 read as 警告): the word of the police officer is no cue, and the cue
that starts inside it, 告诉, is the one that reports (made-up sentences)."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _indirect(text: str) -> list[tuple[str, str | None]]:
    quotes = find_quotes([Block(text=text)], "zh")
    return [(q.text, q.cue) for q in quotes if q.kind == QuoteKind.INDIRECT]


def test_police_officer_tells_is_no_warning() -> None:
    # 民警告诉李明，…: the clause after the listener is reported by 告诉, not cut inside 告诉 by a cue 警告
    assert _indirect("民警告诉李明，王芳的手机里有一段电话录音。") == [("王芳的手机里有一段电话录音。", "告诉")]


def test_traffic_police_tell_in_traditional_script() -> None:
    assert _indirect("交警告訴記者，事故路段今晚將會封閉。") == [("事故路段今晚將會封閉。", "告訴")]


def test_a_warning_is_still_a_cue() -> None:
    # 警告 after a person who is no police word still reports
    assert _indirect("王强警告，再不整改就会被罚款停业。") == [("再不整改就会被罚款停业。", "警告")]
