"""A government page's record of the document (索引号, 发布机构, 主题分类 … in a table above it) is no body
text. The page below is made up in the shape of a municipal government's document page."""

from __future__ import annotations

import cqnews

_PAGE = """<html><head><meta charset="utf-8"><title>江城市人民政府关于印发2026年民生实事的通知_江城市人民政府网</title></head>
<body><div class="crumbs"><a href="/">江城市人民政府</a> &gt; <a href="/zwgk">政务公开</a></div>
<div class="doc">
<table class="record"><tr><td>索引号：</td><td>11500000MB1K32100/2026-00012</td><td>发布机构：</td><td>市政府办公厅</td></tr>
<tr><td>主题分类：</td><td>民政、扶贫、救灾</td><td>有效性：</td><td>有效</td></tr></table>
<h2 class="title">江城市人民政府关于印发2026年民生实事的通知</h2>
<p>江府发〔2026〕3号</p>
<div class="content"><p>各区县人民政府，市政府各部门，有关单位：</p>
<p>现将《2026年民生实事》印发给你们，请认真贯彻执行。各责任单位要细化工作方案，明确时间节点，确保各项任务按期完成。</p>
<p>市政府将对民生实事推进情况开展督查，督查结果纳入年度考核，确保群众得到实实在在的好处。</p></div></div>
</body></html>"""


def test_the_record_table_of_a_government_document_is_no_body_text() -> None:
    article = cqnews.parse(_PAGE, url="https://www.jiangcheng.gov.cn/zwgk/202601/t20260115_1.html")
    texts = [block.text for block in article.body]
    assert not any(label in text for text in texts for label in ("索引号", "发布机构", "主题分类", "有效性"))
    assert "江府发〔2026〕3号" in texts
    assert any(text.startswith("现将《2026年民生实事》印发给你们") for text in texts)
