"""A quote opening its paragraph, then a local office ending in a title the title tables list only among the offices
written after a name (村支书, 党支书: ``titles_zh.LOCAL_OFFICE_ENDS``) and a name opening the clause after it, no cue
(“…”村支书刘军对未来充满信心。): that person said it; before, nobody. Every sentence is made up; each expected
value is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_village_secretary_after_the_quote() -> None:
    assert said("“这条路修好以后，村里的果子就能运出去了。”村支书刘军对未来充满信心。") == [("刘军", "村支书")]
    assert said("“今年的目标一定能完成。”村支书王强信心十足。") == [("王强", "村支书")]
