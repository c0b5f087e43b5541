"""A Chinese page's information line names its writers after a label, wherever the label stands in the
line ("2024-05-13 来源：重庆日报 作者：王小明 李华"), also when the body extractor leaves the line out. Made-up
pages only."""

from __future__ import annotations

from lxml import html

import cqnews
from cqnews.enrich.credits import parse_credit_line
from cqnews.extract.bylines import find_bylines
from cqnews.lexicon.bylines import ZH_WRITER_LABELS
from cqnews.models import CreditRole

_BODY = (
    "<p>记者从市住房城乡建委获悉，今年全市将改造老旧小区1000个，改造将优先解决加装电梯等问题。</p>"
    "<p>据介绍，改造资金由市区两级财政共同承担，老旧小区改造是一项民生工程。</p>"
)


def _page(info: str) -> str:
    return (
        "<html><head><title>重庆启动老旧小区改造</title></head><body><div class='article'>"
        f"<h1>重庆启动老旧小区改造</h1>{info}{_BODY}</div></body></html>"
    )


def test_writers_after_a_label_inside_the_information_line() -> None:
    article = cqnews.parse(_page("<div class='info'>2024-05-13 10:20 来源：重庆日报 作者：王小明 李华</div>"))
    assert article.authors == ["王小明", "李华"]


def test_a_label_in_its_own_span() -> None:
    article = cqnews.parse(_page("<div class='info'><span>2024-05-13</span> <span>记者：王小明</span></div>"))
    assert article.authors == ["王小明"]


def test_no_writer_label_no_author() -> None:
    assert cqnews.parse(_page("<div class='info'>2024-05-13 来源：重庆日报</div>")).authors == []


def test_a_label_in_a_related_list_is_not_the_byline() -> None:
    root = html.document_fromstring(_page("<ul class='related'><li>作者：赵强</li></ul>"))
    assert find_bylines(root) == []


def test_every_writer_label_the_finder_reads_names_an_author() -> None:
    # one table (lexicon.bylines.ZH_WRITER_LABELS) for the finder and the credit parser
    for label in ZH_WRITER_LABELS:
        credits = parse_credit_line(f"{label}：王小明")
        assert [(c.role, c.name) for c in credits] == [(CreditRole.AUTHOR, "王小明")], label


def test_an_information_line_in_a_layout_table_cell() -> None:
    # A government portal's information line is a <font> in a <td>, where no writer was looked for.
    root = html.fromstring(
        "<html><body><table><tr><td><font color='#666'>发布时间：2026-11-18 09:30 来源：县农业农村局 作者：赵晓明"
        "</font></td></tr></table></body></html>"
    )
    assert find_bylines(root) == ["发布时间：2026-11-18 09:30 来源：县农业农村局 作者：赵晓明"]
    article = cqnews.parse(_page("<table><tr><td><font>发布时间：2026-11-18 来源：县农业农村局 作者：赵晓明</font></td></tr></table>"))
    assert article.authors == ["赵晓明"]
