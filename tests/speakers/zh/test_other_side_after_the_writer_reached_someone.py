"""对方 (the other side) as the subject after a sentence in which the writer reached one person by name (记者联系了
负责人马涛。对方表示…) is that person; after any other sentence it names no one.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said, speakers


def test_the_person_the_writer_contacted() -> None:
    assert speakers("记者联系了该公司负责人马涛。对方表示，公司正在配合调查。") == ["马涛"]


def test_the_person_the_writer_called_in_the_clause_before() -> None:
    assert speakers("记者致电物业经理刘洋，对方说，电梯下周就能修好。") == ["刘洋"]


def test_the_person_the_writer_interviewed() -> None:
    assert speakers("记者采访了店主陈静。对方告诉记者，店里的货都是正规渠道进的。") == ["陈静"]


def test_no_writer_no_counterpart() -> None:
    assert speakers("两家公司都发表了声明。对方表示，不认可这种说法。") in ([], [None])


def test_direct_quote_after_the_sentence_naming_the_person() -> None:
    assert speakers("记者联系了该公司负责人马涛。对方表示：“公司正在配合调查。”") == ["马涛"]


def test_direct_quote_after_a_call() -> None:
    assert speakers("记者致电物业经理刘洋。对方说：“电梯下周就能修好。”") == ["刘洋"]


def test_direct_quote_after_an_interview() -> None:
    assert speakers("记者采访了店主陈静。对方告诉记者：“店里的货都是正规渠道进的。”") == ["陈静"]


def test_direct_quote_after_a_visit() -> None:
    assert speakers("记者找到了村支书赵建国。对方回应：“这件事村里已经上报了。”") == ["赵建国"]


def test_direct_quote_without_a_writer_before() -> None:
    assert speakers("两家公司都发表了声明。对方表示：“不认可这种说法。”") in ([], [None])


def test_an_unnamed_person_the_writer_reached_is_described() -> None:
    # 记者采访了|一位老人: no name, the words after the verb of reaching describe who the other side is
    assert said("记者采访了一位老人。对方说：“这里以前全是农田。”") == [(None, "一位老人")]
    assert said("记者致电当事人，对方表示，暂时不愿接受采访。") == [(None, "当事人")]


def test_a_company_reached_is_the_body_unnamed() -> None:
    # (session 56: a body the writer reached answers as that body, unnamed, its words reported)
    assert said("记者联系了该公司。对方称：“一切都按合同办。”") == [(None, "该公司")]


def test_the_end_of_the_verb_of_reaching_glued_to_the_words_after_it() -> None:
    # jieba reads 联系|上该|公司: the end of the verb (上) glued to the demonstrative after it
    assert said("记者联系上该公司一名工作人员，对方表示，目前正在核实此事。") == [(None, "该公司一名工作人员")]
    assert said("记者电话联系上该医院一名医生，对方表示，病人已经转院。") == [(None, "该医院一名医生")]
