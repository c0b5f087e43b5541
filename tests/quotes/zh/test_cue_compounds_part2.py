"""A verb of saying with the complement 起 (回忆起, 说起, 谈起) takes an object, not a clause: nothing after it
is reported.

Every sentence is made up; what is reported is read off the sentence.
"""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block
from tests.quote_helpers import texts_in


def test_recalling_a_scene_reports_nothing() -> None:
    assert texts_in("王明回忆起当年的情景，眼里满是泪水。") == []


def test_speaking_of_a_matter_reports_nothing() -> None:
    assert texts_in("说起这件事，王明至今仍然十分气愤，觉得受了委屈。") == []


def test_the_quote_after_a_recollection_is_still_the_recollecting_persons() -> None:
    found = find_quotes([Block(text="王明回忆起当年的情景。"), Block(text="“那时候什么都没有，大家都很穷。”")], "zh")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in found] == [("那时候什么都没有，大家都很穷。", "王明")]


def test_recalling_with_a_clause_still_reports() -> None:
    assert texts_in("王明回忆说，那时候什么都没有，大家都很穷。") == ["那时候什么都没有，大家都很穷。"]


def test_speaking_out_an_idea_reports_nothing() -> None:
    assert texts_in("王明说出了自己的想法，大家都很赞同这个建议。") == []


def test_having_said_a_sentence_reports_nothing() -> None:
    assert texts_in("王明说完这句话，转身就走了，再也没有回来。") == []


def test_unable_to_speak_reports_nothing() -> None:
    assert texts_in("王明说不出话来，只是一直在哭，让人心疼。") == []


# A verb of saying with a noun phrase and 时 is a clause of time (王明提到这件事时，…): nothing is reported.


def test_a_time_clause_of_mentioning_reports_nothing() -> None:
    assert texts_in("王明提到这件事时，显得十分激动，声音都在发抖。") == []


def test_a_reported_clause_opening_with_a_time_still_reports() -> None:
    assert texts_in("在接受询问时，李华称自己是那天晚饭时，才知道了这件事。") == ["自己是那天晚饭时，才知道了这件事。"]
