"""A person with a title before the name (市教委副主任邓沁) opening the clause after a reporter's formula or a cue, as
the subject of a cue of their own before a comma (记者从市教委获悉，市教委副主任邓沁表示，…), speaks what follows, as a
person named without a title does: the clause is theirs, not the formula's. Made-up sentences; the expected
clause and speaker are read from the sentence."""

from __future__ import annotations

from tests.quote_helpers import reported_by


def test_a_deputy_director_after_learnt_from() -> None:
    p = "记者从市教委获悉，市教委副主任邓沁表示，今年全市新增学位3万个。"
    assert reported_by(p) == [("邓沁", p[p.index("今年") :])]


def test_a_chairman_after_the_reporter_learnt() -> None:
    p = "记者获悉，公司董事长王明表示，公司将于明年上市。"
    assert reported_by(p) == [("王明", p[p.index("公司将") :])]


def test_a_titled_person_with_an_adverb_before_the_cue() -> None:
    p = "本报记者从市卫健委获悉，市卫健委主任张强还透露，全市将新建医院5所。"
    assert reported_by(p) == [("张强", p[p.index("全市") :])]
