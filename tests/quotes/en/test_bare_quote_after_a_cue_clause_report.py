"""A quote split around its attribution when the attribution sentence goes on with a clause reported by
someone else or by a verb of the speaker's ("“…,” spokesman Tom Reed told the Gazette, after Mayor Ann Lee
stated an interest in ending the deal. “…”", "“…,” said Mr. Dorn, who noted that … “…”"): the second piece
goes on with the first piece's speaker and cue, not with the reported clause's. A reported clause in a
sentence of its own between the pieces still passes the words on. Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _direct(text: str) -> list[tuple[str, str | None, str | None, int | None]]:
    quotes = find_quotes([Block(text=text)], "en")
    return [
        (q.text, q.speaker.name if q.speaker else None, q.cue, q.continues)
        for q in quotes
        if q.kind is QuoteKind.DIRECT
    ]


def test_someone_else_reported_in_the_attribution_sentence() -> None:
    text = (
        "“They cannot be ended at will,” spokesman Tom Reed told the Gazette in July, after Mayor Ann Lee "
        "stated an interest in ending the deal. “These contracts are binding.”"
    )
    assert _direct(text) == [
        ("They cannot be ended at will,", "Tom Reed", "told", None),
        ("These contracts are binding.", "Tom Reed", "told", 0),
    ]


def test_the_speaker_reporting_more_in_the_attribution_sentence() -> None:
    text = (
        "“Sales are up a little,” said Ed Dorn, who noted that during the slump the price of some farms had "
        "fallen by half. “Things are moving in the right way.”"
    )
    assert [(q, s, c) for q, s, c, _ in _direct(text)] == [
        ("Sales are up a little,", "Ed Dorn", "said"),
        ("Things are moving in the right way.", "Ed Dorn", "said"),
    ]


def test_a_report_in_a_sentence_of_its_own_passes_the_words_on() -> None:
    text = "“We won,” Tom Reed said. Ann Lee argued that the count was wrong. “We will appeal.”"
    assert [(q, s) for q, s, _, _ in _direct(text)] == [("We won,", "Tom Reed"), ("We will appeal.", "Ann Lee")]
