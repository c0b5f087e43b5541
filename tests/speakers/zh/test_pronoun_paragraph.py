"""Chinese 他/她 and paragraph boundaries: a paragraph that brings in an unnamed person (一位同事, 一名护士) before its
他/她, and names no one, keeps the pronoun from a person named paragraphs before.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_a_person_brought_in_unnamed_is_not_a_name_of_the_paragraph_before() -> None:
    # 他 is the colleague who sent the message, not 王明 of the paragraph before.
    before = "王明是急诊科的主任。他表示，病人太多了。"
    later = "有一天早上，一位同事给我发微信。我们科的规矩是要提前请假。他在微信里表示，今天不来上班了。"
    assert speakers_in(before, later) == ["王明", None]


def test_she_is_the_nurse_brought_in_not_the_woman_named_before() -> None:
    before = "李华在医院工作了二十年。"
    later = "那天晚上，一名护士找到了我。我让她先坐下。她告诉我：“我们已经三天没睡了。”"
    assert speakers_in(before, later) == [None]
