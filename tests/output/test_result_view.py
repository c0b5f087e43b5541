"""A ``parse_many`` Result in a notebook: ``Result._repr_html_`` and ``_repr_markdown_``.

Before, the last expression of a cell being a Result (``results[3]``, a failed page a researcher looks into) showed
only the dataclass repr: no article view, and a failure's message in a one-line repr with its source. The view now
shows where the result came from (file, WARC record, URL, seconds), then the article's view, or the error's class
and message; the file name, record id, URL and message are escaped as page text is.
"""

from __future__ import annotations

import json

import lxml.html

import cqnews
from cqnews.batch import Failure, Result
from cqnews.sources import Source

PAGE = (
    "<html><head><title>Quay opens</title></head><body><article><h1>Quay opens</h1>"
    "<p>The new quay opened on Monday after two years of work by the port authority.</p>"
    "<p>“We expect the first ships next spring,” said Mia Laine, who leads the port authority.</p>"
    "</article></body></html>"
)
HOSTILE = "<script>alert(1)</script>"


def test_a_result_shows_its_source_then_its_article() -> None:
    article = cqnews.parse(PAGE)
    result = Result(Source(file="crawl/quay.html", url="https://news.example/quay"), article=article, seconds=0.25)
    view = result._repr_html_()
    assert view.endswith(article._repr_html_() + "</div>")
    root = lxml.html.fromstring(view)
    assert "crawl/quay.html" in root.text_content() and "0.25 s" in root.text_content()
    assert root.xpath("//a/@href") == ["https://news.example/quay"]
    markdown = result._repr_markdown_()
    assert markdown.startswith("crawl/quay.html · https://news.example/quay · 0.25 s\n\n")
    assert markdown.endswith(article._repr_markdown_())


def test_a_failed_result_shows_its_error_escaped() -> None:
    failure = Failure("EmptyInputError", f"the page is empty {HOSTILE}")
    result = Result(Source(file=f"a{HOSTILE}.html", record_id="<urn:uuid:1>", url="javascript:alert(1)"), error=failure)
    view = result._repr_html_()
    root = lxml.html.fromstring(view)
    assert not root.xpath("//script") and not root.xpath("//a")
    text = root.text_content()
    assert "EmptyInputError: the page is empty <script>" in text
    assert f"a{HOSTILE}.html" in text and "<urn:uuid:1>" in text
    assert "**EmptyInputError**: the page is empty &lt;script>" in result._repr_markdown_()


def test_a_file_name_that_is_no_utf8_can_be_sent_to_the_notebook() -> None:
    result = Result(Source(file="caf\udce9.html"), error=Failure("FileNotFoundError", "no such file"))
    for view in (result._repr_html_(), result._repr_markdown_()):
        json.dumps(view, ensure_ascii=False).encode("utf-8")  # (what Jupyter's messages do with display data)
        assert "udce9.html" in view  # (shown as caf\\udce9.html: Markdown escapes the backslash)
