"""A surname and the title of a unit's head the dictionary holds (周检察长, 吴秘书长: a title ending in 长, beyond the
table of titles set after surnames) is the person named before in full with that surname, as 周院长 is: neither
an organisation nor a name of its own. A parent (家长) is no such title."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_the_chief_prosecutor_named_again() -> None:
    assert speakers_in(
        "县人民检察院检察长周志强介绍：“今年以来，我们共办理案件300件。”",
        "“我们将持续加大公益诉讼力度。”周检察长说。",
    ) == ["周志强", "周志强"]


def test_the_secretary_general_named_outside_a_quote() -> None:
    assert speakers_in("县委常委、秘书长吴海波主持会议。", "“要把各项工作抓紧抓实。”吴秘书长说。") == ["吴海波"]


def test_a_parent_is_no_title() -> None:
    assert speakers_in("王明是一名初三学生。", "“孩子进步很大。”王家长说。") != ["王明"]
