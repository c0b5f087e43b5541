"""Running text in scripts that write a sentence in fewer characters (seventeenth reliability round, its leftovers).

A body had running text when a paragraph of at least 100 characters (fewer for Han, kana and Hangul) ended a sentence
with ".", "!", "?" or a full-width mark. A news page in Arabic or Hebrew written in one-sentence paragraphs of 80 to
99 characters (each some 100 to 110 in English) had the warning that it holds none; a Thai page, whose sentences end
with a space and no mark, had it however long its paragraphs; and so did a Hindi page, whose sentences end with a
danda (।). Each script now has its length and its marks (``cqnews.lexicon.prose_scripts``).
"""

from __future__ import annotations

import pytest

import cqnews

_WARNING = "the body has no paragraph of running text: the page may not be an article"


def _page(lang: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return f"<html lang='{lang}'><head><title>Bridge</title></head><body><article><h1>Bridge</h1>{body}</article></body></html>"


@pytest.mark.parametrize(
    ("lang", "paragraphs"),
    [
        ("he", ["ראש העירייה אמר ביום שלישי כי הגשר החדש מעל הנהר ייפתח למכוניות ולאוטובוסים באביב הבא."]),
        ("ar", ["قال رئيس البلدية يوم الثلاثاء إن الجسر الجديد فوق النهر سيفتح أمام السيارات في الربيع."]),
        ("ar", ["هل سيخفف الجسر الجديد فوق النهر الزحام الخانق في وسط المدينة القديمة خلال ساعات الذروة؟"]),
        ("hi", ["महापौर ने मंगलवार को कहा कि नदी पर बना नया पुल अगले वसंत में कारों और बसों के लिए खुल जाएगा।"]),
        ("th", ["นายกเทศมนตรีกล่าวเมื่อวันอังคารว่าสะพานใหม่ข้ามแม่น้ำจะเปิดให้รถยนต์และรถประจำทางใช้ในฤดูใบไม้ผลิหน้า"]),
    ],
)
def test_a_sentence_of_running_text_is_read_so(lang: str, paragraphs: list[str]) -> None:
    assert all(len(paragraph) < 100 or lang == "th" for paragraph in paragraphs)
    article = cqnews.parse(_page(lang, paragraphs), url="https://news.example/bridge")
    assert _WARNING not in article.extraction.warnings


@pytest.mark.parametrize(
    ("lang", "paragraphs"),
    [
        ("ar", ["الجسر الجديد", "افتتاح في الربيع المقبل", "أربعون مليون دينار"]),
        ("he", ["הגשר החדש ייפתח באביב.", "העלות: ארבעים מיליון שקל."]),
        ("th", ["สะพานใหม่", "เปิดฤดูใบไม้ผลิหน้า"]),
        ("en", ["The mayor said the new bridge will open to cars next spring.", "Workers finished the last pillar."]),
    ],
)
def test_short_lines_still_are_no_running_text(lang: str, paragraphs: list[str]) -> None:
    article = cqnews.parse(_page(lang, paragraphs), url="https://news.example/bridge")
    assert _WARNING in article.extraction.warnings
