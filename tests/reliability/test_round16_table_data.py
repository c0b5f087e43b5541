"""Table data given as a page says so (sixteenth reliability round).

A CSV or TSV export (a spreadsheet of stories, a crawl's index) handed to ``parse`` or ``parse_text`` was read as a
text dump without a word: each row a paragraph of the body, the header line the headline. JSON and code already had
a warning ("no paragraph of running text", "code or configuration"); a PDF is a ``NotHTMLError``.
"""

from __future__ import annotations

import pytest

import cqnews

_CSV = "id,title,body\n" + "".join(
    f'{i},Pier story {i},"The council met on Tuesday to talk about the old pier, closed to walkers for years."\n'
    for i in range(12)
)
_TSV = "published_at\tAuthor name\theadline\turl\n" + "".join(
    f"2021-05-0{i + 1}\tRuth Okafor\tPier story {i}\thttps://news.example/{i}\n" for i in range(6)
)
_PROSE = (
    "Storm, ice and wind close the pier\n\n"
    "The storm, which arrived on Tuesday, closed the pier, the ferry and two schools along the coast.\n\n"
    "\u201cWe will reopen the pier, the ferry and the schools on Friday,\u201d said Ruth Okafor, the harbour master.\n\n"
    "Walkers, anglers and ferry passengers were told to stay away from the sea wall until the wind drops.\n\n"
    "The council will meet again on Thursday, after the clean-up, to count the cost of the damage."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [(_CSV, "comma-separated, 3 columns: 'id,title,body'"), (_TSV, "tab-separated, 4 columns")],
)
def test_table_data_warns(text: str, expected: str) -> None:
    for article in (cqnews.parse(text), cqnews.parse_text(text)):
        warnings = article.extraction.warnings
        assert any(f"the input looks like table data ({expected}" in warning for warning in warnings)


def test_prose_with_commas_has_no_warning() -> None:
    article = cqnews.parse_text(_PROSE)
    assert not any("table data" in warning for warning in article.extraction.warnings)
    assert article.headline == "Storm, ice and wind close the pier"
