"""告诉 with a one-word listener, then 说 and a comma (告诉记者说，…): the report starts after the comma, which is no
part of the words reported (made-up sentences; the clause is read from them)."""

from __future__ import annotations

from tests.quote_helpers import reported_by


def test_comma_after_told_the_writer_said() -> None:
    p = "李女士告诉记者说，孩子已经三天没有去上学了。"
    assert reported_by(p) == [("李女士", p[p.index("孩子") :])]


def test_comma_after_told_me_said_traditional() -> None:
    p = "陳先生告訴我說，這間店已經開了三十年。"
    assert reported_by(p) == [("陳先生", p[p.index("這間") :])]


def test_no_comma_unchanged() -> None:
    p = "李女士告诉记者说孩子已经三天没有去上学了。"
    assert reported_by(p) == [("李女士", p[p.index("孩子") :])]
