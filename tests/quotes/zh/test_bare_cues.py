"""Chinese clause cues with no punctuation after them (鄧炳強指政府會…): made-up sentences in the Hong Kong
and mainland styles; each expected clause and speaker is read from the sentence."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, Quote, QuoteKind


def indirect(*paragraphs: str) -> list[Quote]:
    blocks = [Block(text=p) for p in paragraphs]
    return [q for q in find_quotes(blocks, "zh") if q.kind == QuoteKind.INDIRECT]


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        ("保安局局長鄧炳強指政府會繼續打擊違法行為。", "政府會繼續打擊違法行為", "鄧炳強"),
        ("陈志全指当局没有咨询公众的意见。", "当局没有咨询公众的意见", "陈志全"),
        ("公民黨議員郭家麒批評政府處理手法粗暴。", "政府處理手法粗暴", "郭家麒"),
        ("財政司司長陳茂波預計今年經濟增長會放緩。", "今年經濟增長會放緩", "陳茂波"),
        ("民主黨主席羅健熙質疑當局為何不公開報告。", "當局為何不公開報告", "羅健熙"),
    ],
)
def test_bare_cue_reports_the_clause(sentence: str, clause: str, speaker: str) -> None:
    quotes = indirect(sentence)
    assert [(q.text.rstrip("。"), q.speaker.name if q.speaker else None) for q in quotes] == [(clause, speaker)]


@pytest.mark.parametrize(
    ("paragraph", "clause", "mention"),
    [
        ("他又指當局沒有諮詢公眾。", "當局沒有諮詢公眾", "他"),  # an adverb between the subject and the cue
        ("她續指有關部門一直沒有回應。", "有關部門一直沒有回應", "她"),
        ("報道指警方已拘捕兩名男子。", "警方已拘捕兩名男子", None),  # a document reports
    ],
)
def test_bare_cue_after_adverb_or_document(paragraph: str, clause: str, mention: str | None) -> None:
    quotes = indirect(paragraph)
    assert [(q.text.rstrip("。"), q.mention) for q in quotes] == [(clause, mention)]


@pytest.mark.parametrize(
    "sentence",
    [
        "他被指違反國安法而被捕。",  # passive: "is accused of"
        "他用手指著窗外的大樓。",  # 指着: pointing
        "這個數字所指的是去年的情況。",  # 所指: what is meant
        "清道工是指专门负责道路清扫的工人。",  # 是指: a definition
        "他指向窗外的那一片农田。",  # 指向: a direction
        "她形容詞用得很好。",  # 形容词: a noun
        "手指受傷的球員今日缺席訓練。",  # 手指: a finger
        "万秀玲否认全部犯罪事实。",  # 否认 takes a noun object: no clause
    ],
)
def test_no_bare_cue(sentence: str) -> None:
    assert indirect(sentence) == []


def test_surname_glued_to_cue_before_a_comma() -> None:
    # jieba reads 羅指 as one word; the cue is still 指, its subject the surname
    quotes = indirect("羅健熙今日見記者。羅指，政府應該撤回條例。")
    assert [q.text for q in quotes] == ["政府應該撤回條例。"]
    assert quotes[0].mention == "羅"


def test_but_then_a_cue_is_a_second_report_of_the_same_speaker() -> None:
    quotes = indirect("王明在会上表示，公司今年的利润有所增长，但强调明年的形势仍然十分严峻。")
    assert [(q.text.rstrip("。"), q.speaker.name if q.speaker else None) for q in quotes] == [
        ("公司今年的利润有所增长", "王明"),
        ("明年的形势仍然十分严峻", "王明"),
    ]


def test_qijian_meanwhile_is_no_speaker() -> None:
    quotes = indirect("王明是这家公司的经理。其间向下属表示，公司将于明年上市。")
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["王明"]


def test_a_body_whose_predicate_is_a_set_phrase_speaks_after_the_comma() -> None:
    # 发表声明 is one word to the segmenter (a set phrase); the cue after the comma has no subject of its own.
    quotes = indirect("王明昨天说：“我们会准时完成。”", "公司昨日发表声明，称该项目将于明年完工。")
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["公司"]
