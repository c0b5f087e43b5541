"""A quoted clause of spoken Chinese that a comma joins to the sentence and that ends it (…，“…的”。), a modal
particle closing it or a comma inside it (two clauses), is words said and continues the speaker named before it."""

from __future__ import annotations

from tests.quote_helpers import speakers_in, texts_in

_SAID = "“今年的生意还不错。”王建国说。"


def test_spoken_clause_with_particle_continues_the_speaker() -> None:
    paragraphs = (_SAID, "过了正月初八就回城里埋头苦干，“日子总会好起来的”。")
    assert texts_in(*paragraphs) == ["今年的生意还不错。", "日子总会好起来的"]
    assert speakers_in(*paragraphs) == ["王建国", "王建国"]



def test_spoken_clause_of_two_clauses_continues_the_speaker() -> None:
    paragraphs = (_SAID, "那天夜里的大水来得太快，“又害怕，又着急”。")
    assert texts_in(*paragraphs) == ["今年的生意还不错。", "又害怕，又着急"]
    assert speakers_in(*paragraphs) == ["王建国", "王建国"]


def test_term_of_two_parts_in_a_clause_going_on_is_no_quote() -> None:
    paragraphs = (_SAID, "村里办起了“农家乐，民宿游”，还修了一条新路。")
    assert texts_in(*paragraphs) == ["今年的生意还不错。"]


def test_spoken_clause_in_the_first_person_continues_the_speaker() -> None:
    # 我们 (the speaker's own word) marks words said, though no particle closes the clause.
    paragraphs = (_SAID, "那段时间，“我们每天只睡四个小时”。")
    assert texts_in(*paragraphs) == ["今年的生意还不错。", "我们每天只睡四个小时"]
    assert speakers_in(*paragraphs) == ["王建国", "王建国"]


def test_self_in_a_term_is_no_person() -> None:
    paragraphs = (_SAID, "那一年的主题只有一个，“自我革命”。")
    assert texts_in(*paragraphs) == ["今年的生意还不错。"]
