"""A Yi name of a two-character surname and a two-character given name (沙马拉且, 阿西木呷, 曲比阿果) after a job:
jieba cuts it anywhere (沙马拉/nr 且/zg, 阿西/ns 木/n 呷/v) or glues a verb of saying to its end (且说/c); the name is
whole and the job its role.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_yi_name_cut_before_its_last_character() -> None:
    assert said("村支书沙马拉且表示，路已经修好了，村里人出行方便多了。") == [("沙马拉且", "村支书")]


def test_a_yi_name_glued_to_the_verb_of_saying() -> None:
    assert said("村支书沙马拉且说：“路已经修好了。”") == [("沙马拉且", "村支书")]


def test_a_yi_name_cut_in_three() -> None:
    assert said("村主任阿西木呷说：“路已经修好了。”") == [("阿西木呷", "村主任")]


def test_a_yi_name_read_as_two_nouns() -> None:
    assert said("老师曲比阿果认为，孩子们进步很快，家长也很满意。") == [("曲比阿果", "老师")]
