"""A date line right under the headline, in an element whose name says nothing of dates, on a page that declares
no date; and a line that shows a document's other date before its publishing date.

Every page is made up; each expected date is read off the page.
"""

from __future__ import annotations

from datetime import datetime

import pytest

import cqnews

_BODY = (
    "<p>The harbour board agreed on Thursday to rebuild the old ferry pier after two winters of storm damage "
    "closed it to passengers.</p><p>Work is to start in the autumn and the pier should reopen the following "
    "summer, the board said in a statement.</p>"
)


def _page(under: str, lang: str = "en") -> str:
    return (
        f'<html lang="{lang}"><head><title>Ferry pier to be rebuilt</title></head><body><div class="wrap">'
        f"<h1>Ferry pier to be rebuilt</h1>{under}<div class=\"text\">{_BODY}</div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("under", "lang", "expected"),
    [
        ("<div>17.09.2026, 08:45 Uhr</div>", "de", datetime(2026, 9, 17, 8, 45)),
        ("<span>Thursday, September 17, 2026 - 8:45 AM</span>", "en", datetime(2026, 9, 17, 8, 45)),
        ("<div>17 Sep 2026, 08:45 GMT</div>", "en", datetime.fromisoformat("2026-09-17T08:45+00:00")),
        ("<div><span>17 september 2026</span> <span>08:45</span></div>", "nl", datetime(2026, 9, 17)),
        ("<p class=\"x\">17/09/2026 08:45</p>", "vi", datetime(2026, 9, 17, 8, 45)),
    ],
)
def test_a_date_line_under_the_headline_is_the_published_date(under: str, lang: str, expected: datetime) -> None:
    article = cqnews.parse(_page(under, lang), url="https://harbour.example.net/news/pier")
    assert article.published is not None
    assert article.published.date() == expected.date()
    if expected.hour:
        assert article.published.replace(tzinfo=None) == expected.replace(tzinfo=None)


@pytest.mark.parametrize(
    "under",
    [
        "<div>3 hours ago</div>",  # a relative time: no day to give
        "<div>Harbour board, room 12</div>",  # a digit, no date
        "<div>Updated 18 September 2026</div>",  # the update, not the publishing
        '<figure><img src="p.jpg"><figcaption>Photo: 2 May 2025</figcaption></figure>',  # the picture's date
        "<aside><a href='/old'>Older pier story</a> <span>1 May 2025</span></aside>",  # another story's
        "<div>Open day: 26 September 2026</div>",  # an event's date, after a label of its own
    ],
)
def test_no_date_line_under_the_headline_gives_no_date(under: str) -> None:
    assert cqnews.parse(_page(under), url="https://harbour.example.net/news/pier").published is None


def test_a_line_with_a_documents_writing_date_then_its_publishing_date() -> None:
    page = (
        '<html lang="zh"><head><title>关于渡口码头改造的通知</title></head><body><h1>关于渡口码头改造的通知</h1>'
        "<div>成文日期：2026-09-10 发布日期：2026-09-17</div>"
        "<p>为做好渡口码头改造工作，保障群众出行安全，现将有关事项通知如下。</p>"
        "<p>请各单位结合实际，认真抓好落实，确保改造工作按期完成。</p></body></html>"
    )
    article = cqnews.parse(page, url="https://gov.example.net/tz/1.html")
    assert article.published is not None
    assert article.published.date() == datetime(2026, 9, 17).date()


def test_an_arabic_publishing_label_under_the_headline() -> None:
    page = (
        '<html lang="ar"><head><title>رصيف</title></head><body><h1>إعادة بناء رصيف العبارات</h1>'
        "<div>نشر في: الخميس ١٧ سبتمبر ٢٠٢٦</div>"
        "<p>وافق مجلس الميناء يوم الخميس على إعادة بناء رصيف العبارات القديم بعد شتاءين من أضرار العواصف.</p>"
        "<p>ومن المقرر أن تبدأ الأعمال في الخريف وأن يعاد فتح الرصيف في الصيف التالي.</p></body></html>"
    )
    article = cqnews.parse(page, url="https://harbour.example.net/ar/pier")
    assert article.published is not None
    assert article.published.date() == datetime(2026, 9, 17).date()
