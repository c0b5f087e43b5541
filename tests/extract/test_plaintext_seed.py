"""The iChongqing seed dump: headline, dateline, body, and nothing of the site chrome.

Expected values were written by reading examples/ichongqing-liangjiang.txt.
"""

from __future__ import annotations

import cqnews
from cqnews import ExtractionMethod

HEADLINE = "Liangjiang New Area: Build An Inland Highland for Film and Television Production"

# The first words of each body paragraph, in order (captions are not body paragraphs).
BODY_STARTS = [
    "Chongqing – The 2021 Chongqing Liangjiang New Area Film and Television Industry Summit Forum",
    "The forum invited more than 100 guests",
    "“Chongqing is a treasure land for the filming",
    "The 14th Five-Year Plan of Chongqing clearly states",
    "Liu Xiaonian, deputy director and deputy secretary",
    "“Chongqing has achieved a double harvest",
    "In response to the city government’s calling",
    "Lin further recommended making full use",
    "Zhang Li, a member of the Party Working Committee",
    "In recent years, Liangjiang New Area has dug deep",
    "“In the future, Liangjiang New Area will take",
    "During the forum, Tencent Penguin Pictures",
    "At present, Liangjiang New Area is accelerating",
]

CHROME = [
    "iChongqing Title",
    "A Tour in Chongqing",
    "A Land of Natural Beauty",
    "Internet illegal and undesirable information",
    "I Agree",
    "Privacy Statement",
    "By continuing to browse",
    "For any inquiries",
    "About Us",
    "Leaving a message",
]


def test_seed_headline_dateline_language(seed_text: str) -> None:
    article = cqnews.parse_text(seed_text)
    assert article.headline == HEADLINE
    assert article.dateline == "Chongqing"
    assert article.language == "en"
    assert article.extraction.method is ExtractionMethod.TEXT


def test_seed_body_is_the_article_only(seed_text: str) -> None:
    article = cqnews.parse_text(seed_text)
    # Not strict: a body of the wrong length must fail as an assertion (here or on the next line), not a ValueError.
    assert [block.text[: len(start)] for block, start in zip(article.body, BODY_STARTS, strict=False)] == BODY_STARTS
    assert len(article.body) == len(BODY_STARTS)
    assert all(block.kind.value == "paragraph" for block in article.body)


def test_seed_drops_site_chrome(seed_text: str) -> None:
    text = cqnews.parse_text(seed_text).text
    for chrome in CHROME:
        assert chrome not in text


def test_parse_detects_text_dumps(seed_text: str) -> None:
    from_bytes = cqnews.parse(seed_text.encode("utf-8"))
    assert from_bytes.extraction.method is ExtractionMethod.TEXT
    assert from_bytes.extraction.encoding == "utf-8"
    assert from_bytes.body == cqnews.parse_text(seed_text).body
