"""问 (to ask) alone that jieba tags a noun between the asker and the one asked (记者/问/n 周先生) is the verb: the
words before it are no description "记者问". Every sentence is made up; each expected value is read off the
sentence."""

from __future__ import annotations

from cqnews.enrich.segmenter import tag
from tests.quote_helpers import said


def test_asker_is_no_part_of_the_role() -> None:
    roles = [role for _name, role in said("記者問周先生：「你滿意嗎？」")]
    assert len(roles) == 1 and (roles[0] is None or "問" not in roles[0])  # (one quote: not passed by finding none)


def test_named_asker_stays_the_speaker() -> None:
    assert [name for name, _role in said("王明问周先生：“你满意吗？”")] == ["王明"]


def test_ask_glued_to_the_name_of_the_one_asked() -> None:
    assert [name for name, _role in said("张老师问小刚：“作业写完了吗？”")] == ["张老师"]
    assert [(t.word, t.tag) for t in tag("张老师问小刚")][1:] == [("问", "v"), ("小刚", "nr")]
    assert [(t.word, t.tag) for t in tag("记者问王芳")][1:] == [("问", "v"), ("王芳", "nr")]
