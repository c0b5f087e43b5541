"""A girlfriend, a boyfriend, a fiancé or a fiancée after a person's name (周杰的女朋友, 韩雪和男友) gives that person's
sex as a spouse does, so a later 她 or 他 passes them over. Every sentence is made up; each expected speaker is read
off the sentences."""

from __future__ import annotations

from cqnews.enrich.speakers.sex_zh import sex_of
from tests.quote_helpers import said_in


def test_partner_nouns_give_the_sex() -> None:
    assert sex_of("周杰的女朋友叫李雪", "周杰") == "m"
    assert sex_of("韩雪和男友一起回乡", "韩雪") == "f"
    assert sex_of("陈浩与未婚妻去看房", "陈浩") == "m"


def test_he_is_the_boyfriend_not_the_girlfriend_named_last() -> None:
    said = said_in("周杰的女朋友叫李雪。", "“她很可爱。”他说。")
    assert said[0][0] == "周杰"
