"""A report that opens its paragraph runs to the paragraph's end when nothing else is reported after it, and where a
report running on over sentences stops (made-up paragraphs, simplified and traditional; the expected clause is read
from the paragraph)."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, Quote, QuoteKind


def indirect(paragraph: str) -> list[Quote]:
    return [q for q in find_quotes([Block(text=paragraph)], "zh") if q.kind == QuoteKind.INDIRECT]


def _found(text: str, kind: QuoteKind) -> list[tuple[str, str | None]]:
    quotes = [q for q in find_quotes([Block(text=text)], "zh") if q.kind == kind]
    return [(q.text, q.speaker.name if q.speaker is not None else None) for q in quotes]


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


def test_report_of_a_dated_event_stays_one_sentence() -> None:
    # an account of what happened on a date: the sentence after it is the writer's
    p = "律师王强称，2019 年 3 月 5 日上午，法院工作人员约见了两位当事人。律师将在下周提交新的材料。"
    assert [q.text for q in indirect(p)] == [p[p.index("2019") : p.index("。") + 1]]


def test_traditional_report_of_a_time_stays_one_sentence() -> None:
    p = "一名居民表示，當時整條街都停滿了貨車。另一邊，送貨的車輛則從後門駛出。"
    assert [q.text for q in indirect(p)] == ["當時整條街都停滿了貨車。"]


def test_report_opening_with_a_time_word_stays_one_sentence() -> None:
    p = "一位旅客表示，目前自己正在酒店隔离，每天都要做检测。酒店的房间一共有两百间。"
    assert [q.text for q in indirect(p)] == ["目前自己正在酒店隔离，每天都要做检测。"]


def test_report_of_a_source_stays_one_sentence() -> None:
    # 据…报道: the writer relays a source; the next sentence is the writer's, not the report going on
    p = "据当地媒体报道，市议会昨晚通过了新的预算案。预算案包括扩建两所学校的费用。"
    assert [q.text for q in indirect(p)] == ["市议会昨晚通过了新的预算案。"]
    p = "根據公司官網介紹，該集團成立於一九九八年，總部位於廣州。集團旗下共有三個品牌。"
    assert [q.text for q in indirect(p)] == ["該集團成立於一九九八年，總部位於廣州。"]


def test_report_stops_at_a_sentence_opening_with_a_time() -> None:
    # 去年夏天，…: the writer's account of an event, the report has ended
    p = "王明表示，村里的道路需要尽快修好。去年夏天，一场暴雨冲毁了两座桥。"
    assert [q.text for q in indirect(p)] == ["村里的道路需要尽快修好。"]
    p = "陳先生認為，政府應該加快審批。2021 年 3 月，立法會通過了有關動議。"
    assert [q.text for q in indirect(p)] == ["政府應該加快審批。"]


def test_report_stops_before_the_writers_lead_of_three_characters() -> None:
    # 另一边，…: a lead of three characters before a comma is the writer turning to something else
    p = "一名司机回忆，仓库门口排满了货车，都在等着装货。另一边，卸完货的车辆从侧门离开。"
    assert [q.text for q in indirect(p)] == ["仓库门口排满了货车，都在等着装货。"]


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


def test_a_report_stops_before_the_writers_own_sentence() -> None:
    # 记者了解到，… / 据悉，…: the writer's sentence after the report is no part of it
    for lead in ("记者了解到", "据悉"):
        text = f"他说，今年的收成很好，明年会更好。{lead}，该村共有农户三百户。"
        assert [q for q, _ in _found(text, QuoteKind.INDIRECT)] == ["今年的收成很好，明年会更好。"]
        text = f"对此，李华表示：这只是开始。{lead}，该项目明年完工。"
        assert _found(text, QuoteKind.INDIRECT) == [("这只是开始。", "李华")]


def test_a_report_stops_before_a_sentence_opening_with_someone_named() -> None:
    # 王明表示，A。因为…。李华则…: the sentence opening with another person is the writer's, about them
    text = "王明表示，今年的目标是增收。因为市场在变化，所以要调整结构。李华则对此持不同意见。"
    assert _found(text, QuoteKind.INDIRECT) == [("今年的目标是增收。因为市场在变化，所以要调整结构。", "王明")]
    text = "记者会上，王明表示：今年的目标是增收。随后李华离开了会场。"
    assert _found(text, QuoteKind.INDIRECT) == [("今年的目标是增收。", "王明")]


def test_a_report_goes_on_past_a_short_quoted_term() -> None:
    # 王明表示：A？B「去中心化」C。: a term in quote marks is no quote that ends the speaker's reasoning
    text = "记者会上，王明表示：有没有人在背后推动？如果有，就应公开反对这种「去中心化」的做法。"
    assert _found(text, QuoteKind.INDIRECT) == [("有没有人在背后推动？如果有，就应公开反对这种「去中心化」的做法。", "王明")]
    text = "王明表示，今年的目标是增收。要坚持“两条腿走路”，发展特色产业。"
    assert _found(text, QuoteKind.INDIRECT) == [("今年的目标是增收。要坚持“两条腿走路”，发展特色产业。", "王明")]


def test_a_report_ends_where_its_speaker_is_named_again() -> None:
    # …。而王明把原因归结为…: the writer speaks of the speaker, the report has ended
    text = "王明表示，今年的目标是增收。要坚持“两条腿走路”，而王明把原因归结为市场变化。"
    assert _found(text, QuoteKind.INDIRECT) == [("今年的目标是增收。", "王明")]


def test_a_report_goes_on_into_a_sentence_opening_with_a_term() -> None:
    # 。“两条腿走路”是关键…: a term heading the next sentence is no quote the report stops before
    text = "王明表示，今年的目标是增收。“两条腿走路”是关键，要发展特色产业。"
    assert _found(text, QuoteKind.INDIRECT) == [("今年的目标是增收。“两条腿走路”是关键，要发展特色产业。", "王明")]


def test_a_report_goes_on_in_the_speakers_own_voice() -> None:
    # 王明表示，A。我们要…: the first person after the report is the speaker going on, not the writer
    text = "王明表示，今年的目标是增收。我们要坚持发展特色产业，让村民的腰包鼓起来。"
    assert _found(text, QuoteKind.INDIRECT) == [("今年的目标是增收。我们要坚持发展特色产业，让村民的腰包鼓起来。", "王明")]


def test_a_cue_inside_the_first_sentence_does_not_stop_the_report() -> None:
    # 表示 inside the first sentence is part of the words reported (what the company said, as the speaker tells it);
    # no cue follows the first sentence, so the report runs to the paragraph's end
    p = "经济学家周华分析称，该公司去年曾表示不会裁员，如今却改变了做法。员工需要更多的保障，工会应当介入。"
    quotes = indirect(p)
    assert [q.text for q in quotes] == [p[p.index("该公司") :]]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "周华"
