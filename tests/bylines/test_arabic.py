"""Arabic bylines: names in a script without capital letters (made-up pages and lines)."""

from __future__ import annotations

import cqnews
from cqnews.enrich.credits import looks_like_person, parse_credit_line

_TEXT = "أعلنت البلدية يوم الاثنين عن خطة جديدة لتجديد محطة القطار المركزية في المدينة خلال العام المقبل. "


def _page(byline: str) -> str:
    return (
        "<html lang='ar' dir='rtl'><head><meta charset='utf-8'><title>خطة جديدة</title></head><body><article>"
        f"<h1>خطة جديدة لمحطة القطار</h1>{byline}<p>{_TEXT * 4}</p><p>{_TEXT * 3}</p></article></body></html>"
    )


def test_an_arabic_name_is_a_person_and_a_desk_is_not() -> None:
    assert looks_like_person("أحمد علي")
    assert not looks_like_person("فريق التحرير")
    assert not looks_like_person("مراسل الجزيرة")


def test_arabic_byline_lines_give_their_writers() -> None:
    def names(line: str) -> list[str | None]:
        return [credit.name for credit in parse_credit_line(line)]

    assert names("بقلم أحمد علي") == ["أحمد علي"]
    assert names("كتب: أحمد علي و محمد حسن") == ["أحمد علي", "محمد حسن"]
    assert names("أحمد علي، محمد حسن") == ["أحمد علي", "محمد حسن"]


def test_an_arabic_byline_element_and_an_unmarked_byline_line_name_the_writer() -> None:
    assert cqnews.parse(_page("<div class='author'>أحمد علي</div>")).authors == ["أحمد علي"]
    article = cqnews.parse(_page("<p>بقلم أحمد علي</p>"))
    assert article.authors == ["أحمد علي"]
    assert all("بقلم" not in block.text for block in article.body)  # the byline line is not body text
    # a sentence opening with "wrote" is body text and names no writer
    sentence = "كتب الوزير في تغريدة على حسابه أن المشروع سيكتمل قريبا."
    article = cqnews.parse(_page(f"<p>{sentence}</p>"))
    assert article.body[0].text == sentence
    assert article.authors == []


def test_by_the_pen_of_written_as_a_label() -> None:
    # "بقلم:" with a colon, as a label (a local paper's author <span>): no writer was found.
    article = cqnews.parse(_page("<div class='meta'><span class='author'>بقلم: سعيد الحسن</span></div>"))
    assert article.authors == ["سعيد الحسن"]
