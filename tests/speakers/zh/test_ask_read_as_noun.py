"""问 (to ask) alone that jieba tags a noun between the asker and the one asked (记者/问/n 周先生) is the verb: the
words before it are no description "记者问". Every sentence is made up; each expected value is read off the
sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_asker_is_no_part_of_the_role() -> None:
    roles = [role for _name, role in said("記者問周先生：「你滿意嗎？」")]
    assert len(roles) == 1 and (roles[0] is None or "問" not in roles[0])  # (one quote: not passed by finding none)


def test_named_asker_stays_the_speaker() -> None:
    assert [name for name, _role in said("王明问周先生：“你满意吗？”")] == ["王明"]
