"""A cue ending its sentence after a comma and its speaker (这个项目明年就能完工，王明说。) reports the sentence before the
comma (made-up sentences; the expected clause and speaker are read from the sentence)."""

from __future__ import annotations

from tests.quote_helpers import reported_with_mention as _indirect


def test_the_sentence_before_the_speaker_is_reported() -> None:
    assert _indirect("这个项目明年就能完工，王明说。") == [("这个项目明年就能完工", "王明")]
    assert _indirect("今年的收成比去年好，村民李大爷笑着说。") == [("今年的收成比去年好", "李大爷")]
    text = "未来三年，该公司计划投资50亿元扩大产能，董事长张勇透露。"
    assert _indirect(text) == [("未来三年，该公司计划投资50亿元扩大产能", "张勇")]


def test_a_second_sentence_starts_its_own_report() -> None:
    text = "王明表示，工程进展顺利。大桥明年春天就能通车，他说。"
    assert _indirect(text) == [("工程进展顺利。", "王明"), ("大桥明年春天就能通车", "他")]


def test_no_report_before_a_cue_of_no_words() -> None:
    assert _indirect("这场比赛的胜负并不重要，在李华看来。") == []
    assert _indirect("这场比赛的胜负并不重要，李华说：“输赢都正常。”") == []


def test_no_report_before_a_noun_phrase() -> None:
    # 透露 here is what the product lacks (信息透露), no one speaks
    assert _indirect("用户拍下的照片显示，这款手表的包装上，并无任何关于数据安全的信息透露。") == []


def test_a_body_or_a_description_closing_the_sentence_reports_it() -> None:
    # the phrase between the comma and the cue is the whole body or description (对记者 may stand between)
    assert _indirect("事故原因仍在进一步调查中，警方表示。") == [("事故原因仍在进一步调查中", "警方")]
    text = "今年全县的粮食产量比去年增加了一成，县农业农村局相关负责人表示。"
    assert _indirect(text) == [("今年全县的粮食产量比去年增加了一成", "县农业农村局相关负责人")]
    text = "我们会尽快给消费者一个满意的答复，该公司客服人员对记者说。"
    assert _indirect(text) == [("我们会尽快给消费者一个满意的答复", "该公司客服人员")]
    text = "村里的路修好以后，孩子上学方便多了，一位村民告诉记者。"
    assert _indirect(text) == [("村里的路修好以后，孩子上学方便多了", "一位村民")]


def test_no_report_before_a_description_after_other_words() -> None:
    assert _indirect("这款手表采用了新的工艺，但并无明确的技术信息透露。") == []
