"""Where a Chinese reported clause ends (made-up sentences; the expected clause is read from the sentence)."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _indirect(text: str) -> list[tuple[str, str | None]]:
    quotes = [q for q in find_quotes([Block(text=text)], "zh") if q.kind == QuoteKind.INDIRECT]
    return [(q.text, q.speaker.name if q.speaker is not None else None) for q in quotes]


def test_verb_of_saying_of_a_person_inside_the_report_goes_on() -> None:
    # 说 has no subject written, but the report names a person of its own (他和妻子) who does the saying: it is
    # part of 王明's report, no second report of his.
    text = "王明表示，当天，他和妻子只是去看望孩子，说家里一切都好。"
    assert _indirect(text) == [(text[text.index("当天") :], "王明")]
    text = "李华称，张伟曾在去年冬天，告诉邻居村里要修路。"
    assert _indirect(text) == [(text[text.index("张伟") :], "李华")]


def test_second_cue_of_the_speaker_still_opens_a_report() -> None:
    # no person in the first clause: 并认为 is 王明's second report
    text = "王明表示，经济形势总体稳定，并认为明年会更好。"
    assert _indirect(text) == [("经济形势总体稳定", "王明"), ("明年会更好。", "王明")]
