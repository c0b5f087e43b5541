"""A person described by a relation or a kind of person, then, after 、, by a title and their name (他的同事、工程师赵磊,
她的女儿、大学生李梅): one person, the name the speaker, never the description before the mark alone. Every sentence
is made up; each expected value is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_colleague_then_engineer_and_name() -> None:
    assert said("他的同事、工程师赵磊说：“这套系统我们调了三个月。”") == [("赵磊", "他的同事、工程师")]


def test_daughter_then_student_and_name() -> None:
    assert said("她的女儿、大学生李梅说：“我想回家乡工作。”") == [("李梅", "她的女儿、大学生")]


def test_speaker_after_the_quote() -> None:
    assert said("“这套系统调了三个月。”他的同事、工程师赵磊说。") == [("赵磊", "他的同事、工程师")]


def test_two_relations_named_by_no_one_stay_a_description() -> None:
    assert [name for name, _role in said("他的妻子、儿子都说：“很好。”")] == [None]
