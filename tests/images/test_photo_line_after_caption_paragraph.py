"""A photo-labelled line after a picture and its caption paragraph (<img><p>caption</p><p>Photo: Anna Roe</p>)
belongs to the picture, as "Photo by Anna Roe" already did: the paragraph is its caption and the line its credit,
neither stays in the body nor is read as the article's byline. Made-up page."""

from __future__ import annotations

import cqnews

_TEXT = "The port authority said on {day} that the new terminal would open in the autumn, adding berths for ships."
_CAPTION = "Workers unload containers at the eastern terminal on Tuesday morning."


def test_photo_line_after_caption_paragraph() -> None:
    paragraphs = "".join(f"<p>{_TEXT.format(day=day)}</p>" for day in ("Friday", "Sunday"))
    html = (
        "<html><head><title>New terminal</title></head><body><article><h1>New terminal</h1>"
        f"<p>{_TEXT.format(day='Monday')}</p><div class='image'><img src='https://cdn.example.org/port-1600.jpg'></div>"
        f"<p>{_CAPTION}</p><p>Photo: Daniel Ferreira</p>{paragraphs}</article></body></html>"
    )
    article = cqnews.parse(html, url="https://news.example.org/2026/05/12/terminal.html")
    (image,) = article.images
    assert image.caption == _CAPTION
    assert [(c.name, c.raw) for c in image.credits] == [("Daniel Ferreira", "Photo: Daniel Ferreira")]
    assert [b.text for b in article.body][1:] == [_TEXT.format(day=d) for d in ("Friday", "Sunday")]
    assert article.authors == []
