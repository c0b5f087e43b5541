"""A 他/她 goes on with the person a paragraph named past an unnamed person of an earlier sentence (王明…。
一名干部…。他说 -> 王明); an unnamed person in the pronoun's own sentence, or in a paragraph naming nobody,
is still the one meant (zhspk10).

Every sentence is made up; each expected speaker is read off the sentence.
"""

from __future__ import annotations

from .quote_helpers import said, speakers


def test_the_named_topic_outlasts_an_unnamed_visitor() -> None:
    text = "王明表示，村里的路这几年修好了。一名年轻干部上个月来村里调研，就住在他家。他说，干部们都很辛苦，天天走访农户。"
    assert speakers(text) == ["王明", "王明"]


def test_the_named_topic_before_a_colon_quote() -> None:
    text = "老支书王明在村里住了四十年。一位记者前几天专程来采访。他说：“这些年村里变化太大了，路修好了，房子也新了。”"
    assert speakers(text) == ["王明"]


def test_an_unnamed_person_in_the_pronouns_own_sentence_is_meant() -> None:
    text = "王明住在村东头。一旁休息的救援人员点了支烟，他说，这次救援很艰难，大家都累坏了。"
    assert said(text) == [(None, "救援人员")]


def test_an_unnamed_person_in_a_paragraph_naming_nobody_is_meant() -> None:
    text = "一名年轻干部上个月来村里调研。他说，村里的路这几年修好了，大家出行方便多了。"
    assert said(text) == [(None, "一名年轻干部")]
