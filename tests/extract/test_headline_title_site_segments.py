"""Site and channel names after a Chinese ``<title>`` go when the page shows the headline without them.

"重庆多地启动防汛响应-重庆频道-华龙网" joins the story's title, a channel and the site with bare hyphens (or
spaces), which the title rules do not cut; when the page itself shows "重庆多地启动防汛响应" as a heading
or title element, that is the headline. Every page below is made up; each expected headline is read off it.
"""

from __future__ import annotations

import pytest

import cqnews

_HEADLINE = "重庆多地启动防汛四级应急响应"
_BODY = (
    "<p>受持续强降雨影响，重庆市防汛抗旱指挥部决定，自12日8时起启动防汛四级应急响应，各区县加强值守。</p>"
    "<p>市气象台预计，未来三天全市大部分地区仍有中到大雨，局地暴雨，请市民注意出行安全，减少外出。</p>"
)


def _page(title: str, heading: str) -> str:
    return (
        f"<html lang='zh-CN'><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<div class='nav'><a href='/'>首页</a><a href='/cq'>重庆</a></div>"
        f"<div class='article'>{heading}<div class='content'>{_BODY}</div></div></body></html>"
    )


@pytest.mark.parametrize("title", [f"{_HEADLINE}-重庆频道-华龙网", f"{_HEADLINE} 重庆频道 华龙网"])
@pytest.mark.parametrize(
    "heading",
    [f"<h2 class='title'>{_HEADLINE}</h2>", f"<div class='title'>{_HEADLINE}</div>", f"<h3>{_HEADLINE}</h3>"],
)
def test_channel_and_site_after_the_title_go_when_the_page_shows_the_headline(title: str, heading: str) -> None:
    assert cqnews.parse(_page(title, heading)).headline == _HEADLINE


@pytest.mark.parametrize(
    ("title", "heading", "expected"),
    [
        # the site goes; the hyphen inside the headline is no separator: "东盟博览会开幕" names no site
        ("中国-东盟博览会开幕 新华网", "<h2 class='title'>中国-东盟博览会开幕</h2>", "中国-东盟博览会开幕"),
    ],
)
def test_only_segments_that_name_a_site_go(title: str, heading: str, expected: str) -> None:
    assert cqnews.parse(_page(title, heading)).headline == expected
