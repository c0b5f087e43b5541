"""Chinese quote finding: more clause cues, term leads in both scripts, long description
subjects, 对方. Made-up sentences only."""

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
