"""同学 before 说 is the classmate a pupil is called by (王小明同学说), not 学说 "a theory": the cue is read, and the
name before 同学 is the speaker, 同学 the role, as with 同志 and the nouns of an elder (made-up school reports; the
expected data are read from the sentences)."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _read(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], "zh")
    return [(q.kind.value, q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None, q.cue) for q in quotes]


def test_classmate_says_a_direct_quote() -> None:
    found = _read("颁奖结束后，李思远同学说：“我要感谢每天陪我练琴的妈妈。”")
    assert [(f[1], f[2], f[3]) for f in found] == [("李思远", "同学", "说")]


def test_classmate_says_a_report() -> None:
    found = _read("李思远同学说，他每天放学后都会在琴房练两个小时。")
    assert [(f[1], f[3]) for f in found] == [("李思远", "说")]


def test_classmate_after_quote() -> None:
    found = _read("“图书馆每天都开到晚上十点，很方便。”初二学生周雨桐同学说。")
    assert [(f[1], f[2]) for f in found] == [("周雨桐", "初二学生")]


def test_a_theory_is_still_no_cue() -> None:
    assert _read("这一学说在当时的学界影响很大，至今仍有人研究。") == []
