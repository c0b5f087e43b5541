"""A symbol before the speaker (an emoji of a WeChat article: 👍, 👉, ✅) ends the clause before it, as a bullet
(▲, ★) does: it is no part of the speaker.

Every sentence is made up; each expected speaker is read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_an_emoji_after_a_quote() -> None:
    assert speakers("“办证只跑了一次，真的太方便了！”👍王明说。") == ["王明"]


def test_a_pointing_emoji_opening_the_paragraph() -> None:
    assert speakers("👉刘晓燕表示，今年的灯会比往年更热闹。") == ["刘晓燕"]


def test_a_check_mark_before_an_organisation() -> None:
    assert speakers("✅市交通局表示，新线路将于下月开通。") == ["市交通局"]
