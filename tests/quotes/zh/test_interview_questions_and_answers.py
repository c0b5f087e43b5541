"""In an article that says someone was interviewed (记者专访了县长王明), the reporter asks and the one interviewed
answers: a question labelled 问 with no subject (问：“…？”) is the reporter's, not the person named last; a 他 or 她
whose quote opens the paragraph after the reporter's question (记者：“…？” then “…”他说。) is the one interviewed,
not the reporter. Every sentence is made up; each expected speaker is read off the sentences."""

from __future__ import annotations

from tests.quote_helpers import said_in


def test_question_labelled_ask_is_the_reporters() -> None:
    said = said_in("本报记者日前专访了县长王明。", "问：“今年全县的重点是什么？”", "答：“是修好通村的路。”")
    assert said == [(None, "记者"), ("王明", None)]


def test_question_labelled_ask_in_traditional_characters() -> None:
    said = said_in("區議員陳志強日前接受本報記者專訪。", "問：「屋邨的電梯何時修好？」", "答：「下個月。」")
    assert said[0] == (None, "記者")
    assert said[1][0] == "陳志強"


def test_question_labelled_ask_without_an_interview_goes_on() -> None:
    said = said_in("王明和妹妹在车站告别。", "问：“你还记得吗？”")
    assert said[0][0] == "王明"


def test_he_after_the_reporters_question_is_the_one_interviewed() -> None:
    said = said_in("记者专访了镇党委书记刘海涛。", "记者：“防汛物资够不够？”", "“够用到月底。”他说。")
    assert said[0] == (None, "记者")
    assert said[1][0] == "刘海涛"


def test_she_after_the_reporters_question_is_the_one_interviewed() -> None:
    said = said_in(
        "社区卫生服务中心主任周敏日前接受了记者采访。", "记者：“疫苗什么时候到？”", "“下周一。”她告诉记者。"
    )
    assert said[1][0] == "周敏"


def test_question_labelled_ask_with_two_people_interviewed_is_the_reporters() -> None:
    said = said_in("记者专访了县长王明和副县长李强。", "问：“今年的重点是什么？”", "答：“是修好通村的路。”")
    assert said[0] == (None, "记者")
