"""A body paragraph with a credit-looking mark inside a running sentence stays body text.

Before, any paragraph with "©" mid-sentence left the body and became a picture with no source, its caption and
credit cut from the sentence; mojibake such as "cafÃ©" (an "é" decoded as Latin-1) holds "©", so a page with it in
every paragraph came out without a body. A paragraph is a caption line next to a picture, or, with none near, when
its credit stands apart from its sentence (after the stop, or wholly in the closing bracket).
"""

from __future__ import annotations

import cqnews
from cqnews.draft import ImageDraft
from cqnews.enrich.caption_lines import split_caption_blocks
from cqnews.models import Block


def _page(*paragraphs: str, title: str = "Harbour news") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>"


_FERRY = "The council approved the new branding (the logo © was shown), and the ferry will start running next month."
_CAFE = [
    "We met the owner at the cafÃ© on Main Street, where she has served breakfast to fishermen for thirty years.",
    "The cafÃ© opens at five in the morning, and most of its regulars arrive before the sun is up over the bay.",
    "She said the new harbour rules would make it harder for the cafÃ© to keep its terrace open in the winter.",
]


def _texts(article: cqnews.Article) -> list[str]:
    return [block.text for block in article.body]


def test_copyright_sign_inside_a_bracket_of_a_sentence_is_body_text() -> None:
    first = "The council met on Tuesday to discuss the new ferry schedule for the harbour district."
    last = "Residents said they welcomed the decision, which had been debated for more than two years."
    article = cqnews.parse(_page(first, _FERRY, last), url="https://example.org/news/ferry")
    assert _texts(article)[-3:] == [first, _FERRY, last]
    assert article.images == []


def test_mojibake_in_every_paragraph_keeps_the_body() -> None:
    article = cqnews.parse(_page(*_CAFE, title="The harbour cafe"), url="https://example.org/news/cafe")
    assert _texts(article)[-3:] == _CAFE
    assert article.images == []


def test_mojibake_paragraph_after_a_picture_is_no_caption() -> None:
    html = _page(*_CAFE, title="The harbour cafe").replace("<p>We met", '<p><img src="/img/cafe.jpg"></p><p>We met')
    article = cqnews.parse(html, url="https://example.org/news/cafe")
    assert _texts(article)[-3:] == _CAFE
    assert [(image.src, image.caption, image.credits) for image in article.images] == [
        ("https://example.org/img/cafe.jpg", None, [])
    ]


def test_chinese_credit_words_inside_a_sentence_with_no_picture_are_body_text() -> None:
    line = "他说，这家咖啡馆每天清晨五点开门，来吃早餐的大多是附近的渔民 图/王明摄 的那张照片就挂在门口"
    article = cqnews.parse(
        _page(
            "居民表示欢迎这一决定，这项计划已经讨论了两年多。",
            line,
            "市政府表示，新航线将于下月开通。",
            title="港口新航线获批",
        ),
        url="https://example.cn/news/1",
    )
    assert line in _texts(article)
    assert article.images == []


def test_credit_apart_from_its_sentence_with_no_picture_is_still_a_caption_line() -> None:
    blocks = [
        Block(text="First paragraph."),
        Block(text="Workers load the ferry at dawn. Photo: Anna Roe"),
        Block(text="Fans at the pier (Picture: Lakeside Sentinel)"),
        Block(text="Quelle: AFP"),
        Block(text="The work was shown © by the council, and the ferry starts next month"),
    ]
    body, drafts = split_caption_blocks(blocks, [])
    assert [b.text for b in body] == [
        "First paragraph.",
        "The work was shown © by the council, and the ferry starts next month",
    ]
    assert [(d.src, d.caption) for d in drafts] == [
        (None, "Workers load the ferry at dawn. Photo: Anna Roe"),
        (None, "Fans at the pier (Picture: Lakeside Sentinel)"),
        (None, "Quelle: AFP"),
    ]


def test_credit_running_on_next_to_a_picture_is_still_its_caption() -> None:
    blocks = [Block(text="One."), Block(text="Crews resurface the road on Sunday © Anna Roe"), Block(text="Two.")]
    body, drafts = split_caption_blocks(blocks, [ImageDraft(src="https://example.org/a.jpg", position=1)])
    assert [b.text for b in body] == ["One.", "Two."]
    assert [(d.src, d.caption) for d in drafts] == [
        ("https://example.org/a.jpg", "Crews resurface the road on Sunday © Anna Roe")
    ]
