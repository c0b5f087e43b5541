"""The end of a noun of a kind of person (员, 工) that jieba reads alone after the noun it ends (网格/员), before a
full name of its own (李梅/nr), ends that noun: it is no rare surname of a name 员李梅. Every sentence is made up;
each expected speaker and role is read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_grid_worker_before_the_cue() -> None:
    assert said("社区网格员李梅说：“我们挨家挨户上门登记。”") == [("李梅", "社区网格员")]


def test_grid_worker_after_the_quote() -> None:
    assert said("“我们挨家挨户上门登记。”社区网格员李梅说。") == [("李梅", "社区网格员")]


def test_rare_surname_after_a_title_is_still_joined() -> None:
    assert said("总导演夔立新说：“这部戏拍了三年。”") == [("夔立新", "总导演")]
