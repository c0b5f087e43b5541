"""A block that is only someone's words in quote marks leaves the topic as it was: a 他/她 opening the block after it
stands for the person the blocks before went on with (王明是一名司机。/ “…” / 他说… -> 王明). Every sentence is made
up; each expected speaker is read off the sentences."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_he_after_a_block_of_his_words() -> None:
    got = speakers_in(
        "王明是一名出租车司机，在这座城市开了十几年车。",
        "“每天开十二个小时，收入也就两三百。”",
        "他说，现在生意越来越难做，很多同行都改行了。",
    )
    assert got == ["王明", "王明"]


def test_she_after_a_block_of_her_words() -> None:
    got = speakers_in(
        "刘芳在菜市场卖了二十年菜。",
        "“以前一天能卖一千多块，现在三百都不到。”",
        "她告诉记者，附近新开了两家超市，顾客越来越少。",
    )
    assert got == ["刘芳", "刘芳"]
