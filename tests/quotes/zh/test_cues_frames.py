"""Chinese quote finding: more clause cues, term leads, asking and answering, frames of view and report.

Chinese quote finding: more clause cues, term leads in both scripts, long description
subjects, 对方. Made-up sentences only.

Chinese quote finding: the one asked between 问 and the quote, 而在X看来, 報導 (the Taiwan
spelling of 报道), a news outlet reporting without 据. Made-up sentences only.
"""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, Quote, QuoteKind


def _quotes(text: str, kind: QuoteKind) -> list[Quote]:
    return [q for q in find_quotes([Block(text=text)], "zh") if q.kind == kind]


def test_attacking_and_guessing_report_the_clause_after_the_comma() -> None:
    found = _quotes("青年党抨击，市政府的新规定是在回避问题。", QuoteKind.INDIRECT)
    assert [q.text for q in found] == ["市政府的新规定是在回避问题。"]
    assert found[0].speaker is not None and found[0].speaker.name == "青年党"
    guessed = _quotes("张伟推测，邻村的村民可能因为大雨回不去了。", QuoteKind.INDIRECT)
    assert [q.text for q in guessed] == ["邻村的村民可能因为大雨回不去了。"]


def test_a_stated_account_reports_its_clause() -> None:
    found = _quotes("李红在法庭上陈述，她那天晚上一直待在家里看书。", QuoteKind.INDIRECT)
    assert [q.text for q in found] == ["她那天晚上一直待在家里看书。"]


def test_a_term_lead_counts_in_traditional_script() -> None:
    # 稱為 is 称为: the quoted name after it is a term in either script
    assert _quotes("这项计划被官员称为“先照顾老人，再照顾孩子的两步走方案”。", QuoteKind.DIRECT) == []
    assert _quotes("這項計畫被官員稱為「先照顧老人，再照顧孩子的兩步走方案」。", QuoteKind.DIRECT) == []


def test_a_long_description_subject_still_reports() -> None:
    text = "来自南方某市公安局刑侦支队的一位负责人表示，这起案件的证据已经全部移交检察院。"
    found = _quotes(text, QuoteKind.INDIRECT)
    assert [q.text for q in found] == ["这起案件的证据已经全部移交检察院。"]


def test_the_other_side_names_no_speaker() -> None:
    text = "记者拨通了店主的电话，对方说店里的货早就卖完了，明天再来。"
    assert _quotes(text, QuoteKind.INDIRECT) == []


def test_a_second_cue_after_a_comma_reports_a_clause_of_its_own() -> None:
    found = _quotes("王明批评市政府的做法，认为这样会伤害居民的利益。", QuoteKind.INDIRECT)
    assert [q.text for q in found] == ["市政府的做法", "这样会伤害居民的利益。"]
    assert [q.speaker.name if q.speaker else None for q in found] == ["王明", "王明"]
    chained = _quotes("李华表示，这个计划很好，并强调各部门要加强配合。", QuoteKind.INDIRECT)
    assert [q.text for q in chained] == ["这个计划很好", "各部门要加强配合。"]


def test_asking_and_answering_introduce_direct_quotes() -> None:
    answered = _quotes("老师又问了一遍，王亮答 “我没有看到过”。", QuoteKind.DIRECT)
    assert [q.text for q in answered] == ["我没有看到过"]
    asked = _quotes("张强问：“你们什么时候回来？”", QuoteKind.DIRECT)
    assert [q.text for q in asked] == ["你们什么时候回来？"]
    assert _quotes("这个问题“很复杂”。", QuoteKind.DIRECT) == []


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
