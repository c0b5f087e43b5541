"""Where an English reported clause stops (quotes.report_stops_en.report_stop) judges each joiner of the block when a
clause first reaches it, once: the same stop as judging every joiner of the block first, from any clause start and
to any clause end, a joiner word cut by the clause's reach included. Made-up sentences."""

from __future__ import annotations

import re

import pytest

from cqnews.enrich.quotes import report_stops_en as R
from cqnews.enrich.quotes.sentences import Sentences
from cqnews.enrich.quotes.text import BlockView, Cues
from cqnews.enrich.speakers.token_reader import TokenReader

_TEXTS = (
    "Mayor Ines Varga said the bridge would reopen in May and pointed to the new budget, but she later acknowledged "
    "that the council had not voted, while 30 percent of residents said they doubted it; Paulsen said it was late.",
    "Officials said the plan was costly, although others said it would pay off, and critics have claimed that "
    "the andersonville route, which the firm says was never surveyed, would flood. Yet nobody asked Dara Hill.",
    "The union, which its spokesman said was ready, argued that pay was low and claims of fraud were false, "
    "citing a 2019 audit, even as managers said the shifts and the wages had improved whereas costs rose.",
)


def _eager(text: str, start: int, e: int) -> int:
    """The stop as found before: every joiner of the text judged first, then the first past ``start``."""
    while start < e and text[start] in R._LEADING_MARKS:
        start += 1
    hi = min(e, start + R._STOP_REACH)
    for m in R._JOINER_RE.finditer(text, start, hi):
        if m.start() >= start + 2:
            break
        if R._stops_at(text, m, start):
            return m.start()
    stops = [m.start() for m in R._JOINER_RE.finditer(text) if R._stops_at(text, m, 0)]
    for at in (at for at in stops if at >= start + 2):
        if at >= hi or not R._JOINER_RE.match(text, at, hi):
            break
        if not R.joins_nouns(text, start, at):
            return at
    return e


def _view(text: str) -> BlockView:
    return BlockView(text, [], Sentences(text, [], False), Cues([], [], []), TokenReader(text))


def test_lazy_stops_are_the_eager_ones() -> None:
    for text in _TEXTS:
        b = _view(text)  # (one view for every clause of the block: its judgements are shared)
        for start in range(0, len(text), 3):
            for e in (len(text), start + 5, start + 40, start + 97):
                assert R.report_stop(b, start, min(e, len(text))) == _eager(text, start, min(e, len(text)))


def test_a_joiner_is_judged_once(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _TEXTS[0]
    b = _view(text)
    judged: list[int] = []
    judge = R._stops_at

    def counted(t: str, m: re.Match[str], start: int) -> bool:
        if start == 0:  # (from the block's start: the judgement kept; one right at a clause's start is its own)
            judged.append(m.start())
        return judge(t, m, start)

    monkeypatch.setattr(R, "_stops_at", counted)
    for start in range(2, 120, 2):
        R.report_stop(b, start, len(text))
    assert judged and len(judged) == len(set(judged))


def test_a_word_cut_by_the_reach_is_no_joiner() -> None:
    text = "He said it was fine and andersonville said so too."
    cut = text.index("andersonville") + 3  # ("and" up to the reach, "ersonville" after it)
    assert R.report_stop(_view(text), 0, cut) == _eager(text, 0, cut)
