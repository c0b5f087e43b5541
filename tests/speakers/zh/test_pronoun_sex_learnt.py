"""A person a 她 stood for is no later 他 (nor the other way round): the sex a pronoun taught is kept.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import speakers, speakers_in


def test_he_is_not_the_woman_she_stood_for() -> None:
    # 她 stood for 许红云; the 他 after her is a man the text does not name (her husband), not 许红云.
    assert speakers_in(
        "许红云在县委宣传部工作了两年。她说，那段时间过得很艰难。",
        "辗转换了几份工作后，许红云回到了北京。他得知这段经历后，认为这是正确的决定。",
    ) == ["许红云", None]


def test_he_is_not_her_when_a_man_is_left_unnamed() -> None:
    assert speakers_in(
        "许红云在县里工作了两年。她说，那段时间过得很艰难。",
        "后来，许红云认识了一位北大学子。他表示，许红云很有勇气。",
    ) == ["许红云", None]


def test_he_still_finds_the_man_named() -> None:
    assert speakers_in(
        "许红云在县里工作了两年。她说，那段时间过得很艰难。",
        "她的导师王建国也记得这件事。他表示，许红云很有勇气。",
    ) == ["许红云", "王建国"]


def test_a_womans_given_name_is_no_he() -> None:
    # 王娟: 娟 (written with the radical 女) is given to women; the 他 after her is 李明, though she was named last.
    paragraphs = ("王娟说：“路上堵车。”", "李明也来到了现场，王娟则留在家里。他说：“我们来晚了。”")
    assert speakers_in(*paragraphs) == ["王娟", "李明"]


def test_one_named_with_a_wife_or_a_husband_has_the_other_sex() -> None:
    # 与妻子 / 偕妻子 / 的妻子: the one named has a wife, a man; 的丈夫 / 和丈夫: a woman
    assert speakers("陳大文與妻子李美玲經營一間小店。陳大文說：「生意越來越難做。」她補充：「租金又貴。」") == [
        "陳大文", "李美玲"
    ]
    assert speakers("王明偕妻子李梅出席。王明说：“生意越来越难做。”她补充：“租金又贵。”") == ["王明", "李梅"]
    assert speakers("李梅的丈夫王明经营一家小店。李梅说：“生意越来越难做。”他补充：“租金又贵。”") == ["李梅", "王明"]


def test_she_is_not_the_man_named_with_his_wife_when_the_wife_is_unnamed() -> None:
    # 王明携妻子: 王明 is a man; the 她 is his wife, whom the article does not name
    assert speakers("王明携妻子出席活动。王明说：“生意越来越难做。”她补充：“租金又贵。”") == ["王明", None]


def test_a_he_read_past_her_name_teaches_her_no_sex() -> None:
    # The 他 is her husband, unnamed: 许红云 is named inside his own clause, so he is not her, and the
    # 她 of the next paragraph still stands for her.
    assert speakers_in(
        "许红云于2009年辞职回到了北京，认识了现在的先生。他得知许红云的经历后，称赞她很有勇气。",
        "谈起往事，她说：“我从来没有后悔过。”",
    ) == [None, "许红云"]

