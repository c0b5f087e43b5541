"""A caption written only in the picture's ``title`` attribute, with nothing shown under it
(``<p><img src="…" title="Vendors set up stalls … on Saturday."></p>``): the picture's caption when it is a sentence
(four words or more, or ten Han characters, ending in a stop; a credit may close it). A file name or a label, the
alt written again, the page's headline and a title beside a shown caption are none. Made-up pages."""

from __future__ import annotations

import pytest

from tests.figure_helpers import article_around

_SRC = "https://cdn.example.org/media/2026/05/market-hall-1280.jpg"
_LEDE = "<p>" + "The city council said on Friday that the market hall would be restored with new roofs. " * 3 + "</p>"
_ZH_LEDE = "<p>" + "近日，市商务部门介绍，老菜市场将在今后两年内完成改造，屋顶和排水系统将全部更新。" * 3 + "</p>"
_TITLE = "Market hall to be restored"
_SENTENCE = "Vendors set up stalls in the old market hall before dawn on Saturday."


def _images(figure: str, lede: str = _LEDE) -> list[tuple[str | None, list[tuple[str | None, str | None]]]]:
    article = article_around(figure, lede=lede, title=_TITLE, url="https://news.example.org/2026/05/09/market.html")
    return [(i.caption, [(c.name, c.organization) for c in i.credits]) for i in article.images]


def test_title_sentence_is_the_caption() -> None:
    assert _images(f'<p><img src="{_SRC}" title="{_SENTENCE}"></p>') == [(_SENTENCE, [])]


def test_title_sentence_with_a_credit() -> None:
    figure = f'<p><img src="{_SRC}" title="{_SENTENCE} (Tom Reyes/Valley Courier)"></p>'
    assert _images(figure) == [(_SENTENCE, [("Tom Reyes", "Valley Courier")])]


def test_title_of_the_link_opening_the_picture() -> None:
    figure = f'<p><a href="{_SRC}" title="{_SENTENCE}"><img src="{_SRC}"></a></p>'
    assert _images(figure) == [(_SENTENCE, [])]


def test_chinese_title_sentence_is_the_caption() -> None:
    sentence = "5月9日清晨，摊主们在老菜市场内摆放摊位。"
    assert _images(f'<p><img src="{_SRC}" title="{sentence}"></p>', _ZH_LEDE) == [(sentence, [])]


@pytest.mark.parametrize(
    "attributes",
    [
        'title="market-hall-1280"',
        'title="Market hall"',
        f'title="{_TITLE}."',
        'title="vendors set up stalls in the old market hall."',
        f'alt="{_SENTENCE}" title="{_SENTENCE}"',
    ],
)
def test_other_titles_are_no_caption(attributes: str) -> None:
    assert [caption for caption, _ in _images(f'<p><img src="{_SRC}" {attributes}></p>')] in ([], [None])


def test_a_shown_caption_wins() -> None:
    shown = "Stalls at dawn on Saturday in the hall."
    figure = f'<figure><img src="{_SRC}" title="{_SENTENCE}"><figcaption>{shown}</figcaption></figure>'
    assert _images(figure) == [(shown, [])]
