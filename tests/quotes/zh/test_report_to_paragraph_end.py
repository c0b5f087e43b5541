"""A report that opens its paragraph runs to the paragraph's end when nothing else is reported after it
(made-up paragraphs, simplified and traditional; the expected clause is read from the paragraph)."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, Quote, QuoteKind


def indirect(paragraph: str) -> list[Quote]:
    return [q for q in find_quotes([Block(text=paragraph)], "zh") if q.kind == QuoteKind.INDIRECT]


def test_report_runs_to_paragraph_end() -> None:
    p = "巴基斯坦学者阿克拉姆表示，媒体应该发挥建设性作用。两国媒体应当客观报道合作成果。外界的偏见终将被事实打破。"
    quotes = indirect(p)
    assert [q.text for q in quotes] == [p[p.index("媒体") :]]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "阿克拉姆"


def test_traditional_report_runs_to_paragraph_end() -> None:
    p = "民主黨主席羅健熙認為，政府應該撤回條例。條例的爭議太大，社會需要時間討論。"
    assert [q.text for q in indirect(p)] == [p[p.index("政府") :]]


def test_report_stops_at_sentence_when_a_pronoun_follows() -> None:
    # the next sentence is about him, the writer's own words
    p = "陈勇表示，罚款制度很不合理。他在西联公司工作了四年，对此深有体会。"
    assert [q.text for q in indirect(p)] == ["罚款制度很不合理。"]


def test_report_stops_at_sentence_when_a_quote_follows() -> None:
    p = "陈勇表示，罚款制度很不合理。“一个月罚我五百，我才挣多少钱！”"
    assert [q.text for q in indirect(p)] == ["罚款制度很不合理。"]


def test_report_after_an_opening_clause_stays_one_sentence() -> None:
    # the cue is not in the paragraph's first clause: the writer frames the report
    p = "在昨天的会议上，陈勇表示，罚款制度很不合理。会议持续了三个小时，没有结果。"
    assert [q.text for q in indirect(p)] == ["罚款制度很不合理。"]


def test_report_stops_before_the_writers_sentence_adverb() -> None:
    p = "運輸署表示，新巴士路線下月開始服務。不過，不少乘客仍然擔心班次不足。"
    assert [q.text for q in indirect(p)] == ["新巴士路線下月開始服務。"]


def test_a_feeling_is_no_report() -> None:
    assert indirect("王女士觉得这里的空气比城市好多了。") == []
    assert indirect("陳先生覺得今年的生意比去年差很多。") == []


def test_a_feeling_in_quote_marks_is_quoted() -> None:
    quotes = find_quotes([Block(text="王女士觉得：“这里的空气比城市好多了。”")], "zh")
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in quotes] == [(QuoteKind.DIRECT, "王女士")]


def test_a_proposal_is_no_report() -> None:
    assert indirect("代表们提出，要进一步加强基层医疗服务。") == []
