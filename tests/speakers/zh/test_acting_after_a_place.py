"""What a speaker did at a place before speaking, written between the speaker and the cue (网友在社交平台上发帖称,
他在微博上发文表示): the phrase of place closes with a localiser (上, 中) and a short predicate follows it; neither is
part of who speaks.

Every sentence is made up; each expected mention is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import mentions


def test_posting_on_a_platform_before_the_cue() -> None:
    assert mentions("有网友在社交平台上发帖称，自己在景区被多收了门票钱。") == ["网友"]


def test_a_relative_clause_of_place_still_describes_the_speaker() -> None:
    assert mentions("住在楼上的李女士说，楼下每天都很吵。") == ["李女士"]


def test_a_localiser_read_with_its_noun_closes_the_place() -> None:
    """jieba reads 群里, 圈里, 区里 as one word, the localiser glued to its noun: the phrase of place still closes."""
    assert mentions("有业主在小区群里吐槽称，物业费涨了以后服务反而更差了。") == ["业主"]
    assert mentions("一位家长在朋友圈里发文称，孩子的书包一天比一天重。") == ["一位家长"]
    assert mentions("不少网友在评论区里留言称，这样的规定早就该出台了。") == ["不少网友"]


def test_a_verb_of_publishing_ends_a_place_with_no_localiser() -> None:
    """在其官方微博 has no localiser: the verb of publishing after it (发布, 发表) opens what the speaker did there."""
    assert mentions("涉事商家在其官方微博发布致歉声明称，将对门店逐一排查。") == ["涉事商家"]
    assert mentions("这家奶茶店在其公众号发表道歉信称，涉事店员已被辞退。") == ["这家奶茶店"]

