"""A 他 or 她 that jieba does not part from the word after it (他对外, 她昨越洋) is the pronoun, not a name or a body
named 他对外: no name opens with 他 or 她. The pronoun then stands for the person named before."""

from __future__ import annotations

from tests.quote_helpers import speakers, speakers_in


def test_he_announcing_publicly_is_the_founder() -> None:
    text = "2023年5月，陈立群成立了新公司。他对外宣布，要做“真正人类级别的人工智能”。"
    assert speakers(text)[-1] == "陈立群"


def test_she_yesterday_overseas_is_the_secretary_general() -> None:
    paragraphs = (
        "工会秘书长王丽华成为首名获此奖项的本地人。",
        "她昨越洋接受本报访问时说，“我没有得奖的期待，这也不是我一个人的努力。”",
    )
    assert speakers_in(*paragraphs)[-1] == "王丽华"


def test_a_name_after_a_pronoun_elsewhere_stays_a_name() -> None:
    assert speakers("他的同事张建国说：“他工作很认真。”") == ["张建国"]
