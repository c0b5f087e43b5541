"""在 ("at") opening a phrase of place or occasion right after a two-character name (孙立在接受采访时说,
王立在发布会上介绍) is no end of the name, even where jieba's dictionary holds the three characters as one word;
before a verb of saying it is (孙立在说).

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import speakers, speakers_in


def test_an_occasion_after_the_name() -> None:
    assert speakers("“我们一定会把这件事办好。”孙立在接受采访时说。") == ["孙立"]
    assert speakers("孙立在会上说：“今年要抓好三件事。”") == ["孙立"]
    assert speakers("“我们不会放弃。”孙立在电话中说。") == ["孙立"]
    assert speakers("“这个项目明年完工。”王立在发布会上介绍。") == ["王立"]


def test_a_place_after_the_name_before_a_pronoun() -> None:
    assert speakers_in("孙立在北京工作了十年。他说：“我很想家。”") == ["孙立"]


def test_a_name_ending_in_zai_right_before_the_cue() -> None:
    assert speakers("孙立在说：“今年要抓好三件事。”") == ["孙立在"]
