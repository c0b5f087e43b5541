"""Chinese quote finding: the one asked between 问 and the quote, 而在X看来, 報導 (the Taiwan
spelling of 报道), a news outlet reporting without 据. Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, Quote, QuoteKind


def _quotes(text: str, kind: QuoteKind) -> list[Quote]:
    return [q for q in find_quotes([Block(text=text)], "zh") if q.kind == kind]


def _speaker(q: Quote) -> str | None:
    return q.speaker.name if q.speaker is not None else None


def test_the_asker_speaks_not_the_one_asked() -> None:
    found = _quotes("张晓红问李华：“你明天去不去北京开会？”", QuoteKind.DIRECT)
    assert [(q.text, _speaker(q), q.cue) for q in found] == [("你明天去不去北京开会？", "张晓红", "问")]
    pressed = _quotes("赵敏追问王刚：“那笔钱到底去哪儿了？”", QuoteKind.DIRECT)
    assert [(_speaker(q), q.cue) for q in pressed] == [("赵敏", "追问")]


def test_a_word_holding_ask_is_no_asking_cue() -> None:
    # 访问 (to visit) and 问题 (a question) hold 问 but ask nobody
    found = _quotes("刘强去年访问北京：“这座城市变化太大了，我都认不出来。”", QuoteKind.DIRECT)
    assert [q.cue for q in found] == [None]


def test_a_view_frame_after_a_conjunction_names_its_holder() -> None:
    found = _quotes("而在王明看来，“这件事没有那么简单，我们还要再等等。”", QuoteKind.DIRECT)
    assert [(_speaker(q), q.cue) for q in found] == [("王明", "看来")]
    plain = _quotes("但在李红看来，这份报告的数字并不可靠。", QuoteKind.INDIRECT)
    assert [(q.text, _speaker(q)) for q in plain] == [("这份报告的数字并不可靠。", "李红")]


def test_the_taiwan_spelling_of_report_frames_a_source() -> None:
    found = _quotes("據中央社報導，美國總統下週將訪問日本。", QuoteKind.INDIRECT)
    assert [(q.text, _speaker(q), q.cue) for q in found] == [("美國總統下週將訪問日本。", "中央社", "報導")]


def test_a_named_outlet_reports_without_according_to() -> None:
    found = _quotes("新华社报道，国务院将在下个月召开全体会议。", QuoteKind.INDIRECT)
    assert [(q.text, _speaker(q)) for q in found] == [("国务院将在下个月召开全体会议。", "新华社")]
    taiwan = _quotes("路透社報導，這家公司計劃明年在日本設廠。", QuoteKind.INDIRECT)
    assert [_speaker(q) for q in taiwan] == ["路透社"]


def test_a_report_as_a_noun_reports_nothing() -> None:
    # unnamed media and the noun 报导 (this report) frame no source
    assert _quotes("媒体报道，这家公司计划明年在日本设厂。", QuoteKind.INDIRECT) == []
    assert _quotes("这篇报导，让很多读者感到意外。", QuoteKind.INDIRECT) == []
