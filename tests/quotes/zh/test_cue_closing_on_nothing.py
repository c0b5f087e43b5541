"""A later cue closing its sentence after words that are no speaker (…，具体情况将及时向社会公布。: a predicate
between the subject and the cue) reports nothing and names no new speaker: the report before it goes on to the
sentence's end; a person, or a body right before the cue (…，王明说。), still speaks the clause before it
(made-up sentences; the clause is read from them)."""

from __future__ import annotations

from tests.quote_helpers import reported_by


def test_announcing_verb_ending_the_sentence_stays_in_the_report() -> None:
    p = "该负责人表示，目前事故原因正在调查中，具体情况将及时向社会公布。"
    assert reported_by(p) == [(None, p[p.index("目前") :])]
    p = "区住建局局长张伟介绍，改造方案已经初步确定，详细内容近期将向居民公布。"
    assert reported_by(p) == [("张伟", p[p.index("改造") :])]


def test_traditional() -> None:
    p = "衛生署發言人表示，個案仍在調查中，詳細結果將於下週公布。"
    assert reported_by(p) == [(None, p[p.index("個案") :])]


def test_a_person_closing_the_sentence_still_speaks_the_clause_before() -> None:
    p = "这个项目明年就能完工，王明说。"
    assert reported_by(p) == [("王明", "这个项目明年就能完工")]
