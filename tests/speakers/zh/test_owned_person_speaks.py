"""A person owned by someone named or described before 的 speaks, not the owner: before a clause of time with a noun
jieba tags no verb (被告的母亲|出庭作证/n|时), and after a phrase of place (王明|在北京的|同事). Made-up sentences; the
expected speakers read from them."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], "zh")
    return [(q.speaker.name, q.speaker.role) if q.speaker is not None else (None, None) for q in quotes]


def test_owned_relative_before_clause_of_time() -> None:
    assert _speakers("被告的母亲出庭作证时称，儿子平时很孝顺。") == [(None, "被告的母亲")]


def test_owned_colleague_before_clause_of_time() -> None:
    assert _speakers("死者的同事出庭作证时表示，他平时很少喝酒。") == [(None, "死者的同事")]


def test_colleague_in_a_place_speaks() -> None:
    assert _speakers("王明在北京的同事说，他最近压力很大。") == [(None, "王明在北京的同事")]


def test_teacher_in_a_place_speaks_traditional() -> None:
    assert _speakers("李華在學校的老師表示，她的成績一直很好。") == [(None, "李華在學校的老師")]


def test_person_in_a_place_still_speaks_there() -> None:
    assert _speakers("王明在北京表示，今年的目标已经完成。") == [("王明", None)]
    assert _speakers("王明在北京的公司表示，今年的目标已经完成。") == [("王明", None)]
