"""WeChat official-account articles: the template of recent years, written from its markup.

The real 2018 pages are golden tests (tests/sites/wechat_*). Since about 2019 the content div
carries ``visibility: hidden; opacity: 0`` until scripts run, the account sits in ``#js_name`` and
the publish time only in script variables: these tests use that markup with made-up text.
"""

from __future__ import annotations

from datetime import datetime

from lxml.html import HtmlElement

import cqnews
from cqnews import CreditRole, DatePrecision
from cqnews.document import parse_tree
from cqnews.enrich.dates import CHINA_TZ
from cqnews.options import DEFAULT_OPTIONS
from cqnews.sites.wechat import script_time

PARAGRAPHS = [
    "今年春天，山城的江边步道迎来了第一批晨跑的市民，沿江的灯光也在夜里重新亮了起来。",
    "步道全长十二公里，连接了三个老码头和两座公园，沿途设置了二十处休息点。",
    "管理部门表示，后续还将增加饮水点和公共厕所，方便市民和游客使用。",
]


def _page(time_script: str = 'var ct = "1700000000";', hidden: str = "visibility: hidden; opacity: 0; ") -> str:
    sections = "".join(
        f'<section style="margin: 0 8px;"><section><span leaf="">{text}</span></section></section>'
        for text in PARAGRAPHS
    )
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta property="og:title" content="江边步道全线开放">
<meta property="og:description" content="步道全长十二公里">
<title></title></head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div class="rich_media_area_primary_inner"><div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name"><span class="js_title_inner">江边步道全线开放</span></h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">文/王小明</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">山城日报</a></span>
<span id="meta_content_hide_info"><em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></span>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="{hidden}">
{sections}
<section style="text-align: center;"><img class="rich_pages wxw-img" data-ratio="0.66" data-type="jpeg" data-w="1080"
 data-src="https://mmbiz.qpic.cn/mmbiz_jpg/EXAMPLE/640?wx_fmt=jpeg&amp;from=appmsg"></section>
<p style="text-align: center;"><span style="color: rgb(136, 136, 136);font-size: 12px;">清晨的江边步道 记者李华 摄</span></p>
<section><span leaf="">周末步道将开放至晚上十点，欢迎市民前来散步。</span></section>
</div>
<div id="js_tags" class="article-tag__list"><span class="article-tag__item">#城市</span></div>
</div></div>
<div id="js_pc_qr_code"><p>微信扫一扫<br>关注该公众号</p></div>
<script type="text/javascript">
var nickname = htmlDecode("山城日报");
{time_script}
var msg_title = '江边步道全线开放'.html(false);
</script>
</body></html>"""


def test_hidden_content_is_the_article_without_a_url() -> None:
    article = cqnews.parse(_page())
    assert article.extraction.plugin == "wechat-page"
    assert [block.text for block in article.body] == [*PARAGRAPHS, "周末步道将开放至晚上十点，欢迎市民前来散步。"]
    assert article.headline == "江边步道全线开放"


def test_site_plugin_by_url_gives_the_same_article() -> None:
    with_url = cqnews.parse(_page(), url="https://mp.weixin.qq.com/s/AbCdEf")
    without = cqnews.parse(_page())
    assert with_url.site == "wechat"
    assert with_url.body == without.body


def test_publish_time_from_script_is_china_time_to_the_second() -> None:
    article = cqnews.parse(_page(), url="https://mp.weixin.qq.com/s/AbCdEf")
    assert article.published == datetime(2023, 11, 15, 6, 13, 20, tzinfo=CHINA_TZ)
    assert article.published_precision is DatePrecision.SECOND


def _script_page(script: str) -> HtmlElement:
    return parse_tree(f"<html><body><script>{script}</script></body></html>", DEFAULT_OPTIONS)


def test_later_variable_names_and_unlikely_epochs() -> None:
    assert script_time(_script_page('var create_time = "1700000000" * 1;')) == "2023-11-15T06:13:20+08:00"
    assert script_time(_script_page("var ct = 99;")) is None  # not ten digits: not a publish time
    assert script_time(_script_page('var ct = "9999999999";')) is None  # year 2286: out of range


def test_account_is_the_source_credit_and_chrome_stays_out() -> None:
    article = cqnews.parse(_page(), url="https://mp.weixin.qq.com/s/AbCdEf")
    sources = [credit.organization for credit in article.credits if credit.role is CreditRole.SOURCE]
    assert sources == ["山城日报"]
    assert "微信扫一扫" not in article.text and "#城市" not in article.text


def test_lazy_image_and_its_caption() -> None:
    article = cqnews.parse(_page(), url="https://mp.weixin.qq.com/s/AbCdEf")
    assert [image.src for image in article.images] == [
        "https://mmbiz.qpic.cn/mmbiz_jpg/EXAMPLE/640?wx_fmt=jpeg&from=appmsg"
    ]
    image = article.images[0]
    assert image.caption == "清晨的江边步道"
    assert [credit.name for credit in image.credits] == ["李华"]
    assert image.position == 3


def test_nickname_variable_when_the_page_shows_no_name() -> None:
    page = _page().replace('<a href="javascript:void(0);" id="js_name">山城日报</a>', "")
    article = cqnews.parse(page)
    assert [c.organization for c in article.credits if c.role is CreditRole.SOURCE] == ["山城日报"]


def test_no_script_time_falls_back_to_no_date() -> None:
    article = cqnews.parse(_page(time_script=""))
    assert article.published is None and article.published_precision is None


def test_time_written_as_text_in_a_script() -> None:
    assert script_time(_script_page("var createTime = '2024-04-26 12:30';")) == "2024-04-26 12:30"
    article = cqnews.parse(_page(time_script="var createTime = '2024-04-26 12:30';"))
    assert article.published == datetime(2024, 4, 26, 12, 30, tzinfo=CHINA_TZ)
    assert article.published_precision is DatePrecision.MINUTE
