"""A lone surname and the adverb after it, read by jieba as one name (梁常/nr 在臉書: Liang often; 黎續/nr 稱: Lai
went on), is no full name a later lone surname stands for: the person named before in full is.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from cqnews.lexicon.personal_names_zh import ADVERBS_AFTER_SURNAME
from tests.quote_helpers import speakers


def test_surname_and_often_in_the_text() -> None:
    text = "議員梁文傑被拍到出入酒店。梁常在臉書發文。梁昨說，該女子是他朋友的女朋友。"
    assert speakers(text) == ["梁文傑"]


def test_surname_and_went_on_said_before() -> None:
    text = "壹傳媒創辦人黎智英昨日返回公司。黎續稱，國安法沒有紅線可言。其間黎向同事表示：「好彩無事。」"
    assert speakers(text) == ["黎智英", "黎智英"]


def test_a_two_character_name_is_still_a_name() -> None:
    text = "議員梁文傑被拍到出入酒店。記者梁華在現場。梁說，該女子是他朋友的女朋友。"
    assert speakers(text) == ["梁華"]


def test_the_adverb_table_holds_characters_only() -> None:
    # (the table once held the space of the string it was split from: a name ending in a space is no adverb)
    assert all(not word.isspace() for word in ADVERBS_AFTER_SURNAME)
    assert {"常", "续", "曾"} <= ADVERBS_AFTER_SURNAME
