"""A body that publishes news (发布消息称): the cue is the news, and the verb of publishing before it, after a word of
time (市政府今天发布|消息称), is no part of the body's name.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_a_city_government_publishing_news_today() -> None:
    assert speakers("市政府今天发布消息称，全市今年将新增公办学位两万个。") == ["市政府"]


def test_an_office_publishing_news() -> None:
    assert speakers("滨海市人民政府新闻办公室发布消息称，地铁五号线将于年底开通。") == ["滨海市人民政府新闻办公室"]
