"""A date whose label, in the same text or the element before, names another date is not the publishing
date: a government document's writing date ("<td>成文日期：</td><td>2026-01-10</td>" before
"发布日期：2026-01-15"), an update time in a span after an "Updated:" span. Made-up pages."""

from __future__ import annotations

from datetime import datetime

import cqnews

_ZH_BODY = (
    "<div class='content'><p>各区县人民政府，市政府各部门，有关单位：</p><p>现将《2026年民生实事》印发给你们，"
    "请认真贯彻执行。各责任单位要细化工作方案，明确时间节点，确保各项任务按期完成。</p></div>"
)
_EN_BODY = (
    "<p>The city council voted on Monday to approve a new pedestrian bridge across the river, ending a"
    " debate that lasted three years.</p><p>The bridge will cost about twelve million pounds.</p>"
)


def test_a_documents_writing_date_is_not_its_publishing_date() -> None:
    record = (
        "<table class='record'><tr><td>成文日期：</td><td>2026-01-10</td><td>发布日期：</td><td>2026-01-15</td></tr>"
        "</table>"
    )
    html = (
        "<html><head><meta charset='utf-8'><title>江城市人民政府关于印发2026年民生实事的通知</title></head><body>"
        f"<div class='doc'>{record}<h2 class='title'>江城市人民政府关于印发2026年民生实事的通知</h2>{_ZH_BODY}</div>"
        "</body></html>"
    )
    published = cqnews.parse(html).published
    assert published is not None and published.date() == datetime(2026, 1, 15).date()


def test_an_update_time_after_a_label_of_its_own_is_not_the_publishing_time() -> None:
    html = (
        "<html lang='en'><head><title>Council approves bridge</title></head><body><article>"
        "<h1>Council approves bridge</h1><p><span class='label'>Updated:</span> <span>2026-03-03 10:00</span></p>"
        f"{_EN_BODY}</article></body></html>"
    )
    assert cqnews.parse(html).published is None
