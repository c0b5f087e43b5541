"""A document's title in 《》 may hold quote marks of its own (《新“三农”》): the clause before a cue is read across
them, and a report named by its owner and its title is the owner's.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_the_owner_of_a_report_whose_title_holds_quote_marks_speaks() -> None:
    # The closing mark of “三农” is the title's, not the end of a clause: the report is 人民日报's.
    assert speakers("人民日报的报道《新“三农”》称，农村发展很快。") == ["人民日报"]


def test_the_owner_of_a_report_titled_with_quote_marks_speaks_a_direct_quote() -> None:
    assert speakers("晨报的报道《“快递小哥”的一天》称：“他们每天要跑两百公里，很少休息。”") == ["晨报"]


def test_a_title_holding_quote_marks_speaks_whole() -> None:
    # With no owner written the document speaks: its whole title, never the part after the inner quote marks.
    assert speakers("《关于“双减”的通知》指出，学生的作业要减少一半。") == ["《关于“双减”的通知》"]
