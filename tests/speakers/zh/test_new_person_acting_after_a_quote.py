"""A quote opening its paragraph with no cue of its own, then one clause ending the sentence whose subject is a person
the article names there for the first time, by a full name or a surname and an address (“…”摊主黄大姐热情地招呼着顾
客。): the words are that person's, as they are of a person named before (tests of known_after_zh). A clause going on
past a comma, or a subject that is no person's name, gives no one."""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_a_stall_keeper_greeting_customers() -> None:
    assert speakers("“这些菜都是自己种的，绿色无污染。”摊主黄大姐热情地招呼着顾客。") == ["黄大姐"]


def test_a_villager_pointing_at_his_field() -> None:
    assert speakers("“今年的玉米比去年长得好。”村民贺建军指着地里的庄稼笑了。") == ["贺建军"]


def test_no_person_after_the_quote() -> None:
    assert speakers("“这些菜都是自己种的，绿色无污染。”菜市场里人来人往。") == [None]
