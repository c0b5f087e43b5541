"""Speech someone hears, sees or remembers (她记得王明说：“…”, 记者看到王明对工人说：“…”) is the words of the subject of
the cue inside that clause, not of the one who perceives it; and a clause after a comma that opens with a person and
ends in a colon before the quote (…写着：…，王明心里纳闷：“…”) gives the quote its own speaker (zhdir43).

Every sentence is made up; each expected speaker is read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import said, speakers


def test_the_speaker_remembered_or_heard() -> None:
    assert speakers("她记得王明说：“我们明天就走，你不用来了。”") == ["王明"]
    assert speakers("她听到王明说：“我们明天就走，你不用来了。”") == ["王明"]
    assert speakers("他听见李华大喊：“快离开这里，房子要塌了！”") == ["李华"]


def test_the_one_who_sees_is_no_role_of_the_speaker() -> None:
    assert said("记者看到王明对工人说：“今天的活必须干完，明天还要下雨。”") == [("王明", None)]


def test_a_description_after_the_verb_of_remembering() -> None:
    assert said("她只记得张强的儿子说：“你们谁也别想走，都得留下来。”") == [(None, "张强的儿子")]


def test_a_clause_of_its_own_before_the_colon() -> None:
    text = "公告栏上都写道：外地车辆不得入内，王明心里纳闷：“我在这里住了十年，为什么不让我进？”"
    assert speakers(text)[-1] == "王明"
    # 李华说，…，王明递给她一份名单：“…”: the comma after 说 opens what 李华 reports; the quote goes on with it.
    assert speakers("李华说，开会时，王明递给她一份名单：“这些人明天都要来，一个也不能少。”")[-1] == "李华"
