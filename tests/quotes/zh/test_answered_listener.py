"""A verb of answering, the one answered, then the verb that reports (回应澎湃新闻称，…): the answerer speaks the clause
after the second verb (made-up sentences; the expected clause and speaker are read from the sentence)."""

from __future__ import annotations

from tests.quote_helpers import reported_with_mention as _indirect


def test_the_one_answered_is_no_part_of_the_clause() -> None:
    text = "该企业相关负责人回应澎湃新闻称，产品质量完全符合国家标准。"
    assert _indirect(text) == [("产品质量完全符合国家标准。", "该企业相关负责人")]
    text = "市住建局回应新京报记者称，该项目手续齐全。"
    assert _indirect(text) == [("该项目手续齐全。", "市住建局")]
    text = "他回应记者说，自己从未收过任何好处费。"
    assert _indirect(text) == [("自己从未收过任何好处费。", "他")]


def test_the_verb_of_answering_is_no_part_of_the_speaker() -> None:
    text = "该负责人回复记者称，相关问题已经整改完毕。"
    assert _indirect(text) == [("相关问题已经整改完毕。", "该负责人")]
    text = "平台客服回复红星新闻记者说，会尽快核实处理。"
    assert _indirect(text) == [("会尽快核实处理。", "平台客服")]
    text = "该县宣传部工作人员答复记者称，目前还在调查中。"
    assert _indirect(text) == [("目前还在调查中。", "该县宣传部工作人员")]


def test_a_frame_of_answering_keeps_its_speaker() -> None:
    text = "该公司回应记者采访时表示，将妥善处理。"
    assert _indirect(text) == [("将妥善处理。", "该公司")]
    text = "在回复中他说，将尽快处理此事。"
    assert _indirect(text) == [("将尽快处理此事。", "他")]
    text = "他在回应质询时表示，政府会跟进。"
    assert _indirect(text) == [("政府会跟进。", "他")]
