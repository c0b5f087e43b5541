"""One flat row per quote and per image, for a notebook's DataFrame (``cqnews.table.quote_rows``/``image_rows``).

Before, the only table of quotes was the page row's nested ``quotes`` list: a DataFrame of quotes took
``explode``, ``json_normalize`` and ``concat``, rows of pages parsed from text could not be told apart (their
``file`` is null and no other page key was kept), and a quote's offsets and its index (what ``continues`` points
at) were lost.
"""

from __future__ import annotations

import cqnews
from cqnews.table import IMAGE_COLUMNS, QUOTE_COLUMNS, image_rows, quote_rows

PAGE = (
    "<html><head><title>Quay opens</title></head><body><article><h1>Quay opens</h1>"
    "<p>The new quay opened on Monday after two years of work by the port authority.</p>"
    "<p>“We expect the first ships next spring,” said Mia Laine, who leads the port authority.</p>"
    '<figure><img src="https://img.example/quay.jpg" alt="The quay">'
    "<figcaption>The new quay at dawn. Photo: Lin Hao/Reuters</figcaption></figure>"
    "</article></body></html>"
)


def test_quote_rows_carry_the_page_keys_and_the_offsets() -> None:
    article = cqnews.parse(PAGE, url="https://news.example/quay")
    rows = quote_rows(article)
    direct = [row for row in rows if row["kind"] == "direct"]
    assert len(direct) == 1
    row = direct[0]
    assert tuple(row) == QUOTE_COLUMNS
    assert (row["url"], row["headline"], row["file"]) == ("https://news.example/quay", "Quay opens", None)
    assert row["speaker"] == "Mia Laine"
    assert article.quotes[row["quote"]].text == row["text"]
    assert article.body[row["block"]].text[row["start"]:row["end"]] == row["text"]


def test_image_rows_and_results() -> None:
    results = list(cqnews.parse_many([PAGE, b"   "], jobs=0))
    rows = [row for result in results for row in image_rows(result)]
    assert len(rows) == 1
    assert tuple(rows[0]) == IMAGE_COLUMNS
    assert (rows[0]["image"], rows[0]["src"], rows[0]["headline"]) == (0, "https://img.example/quay.jpg", "Quay opens")
    assert rows[0]["credits"] == ["Photo: Lin Hao/Reuters"]
    assert quote_rows(results[1]) == [] and image_rows(results[1]) == []
