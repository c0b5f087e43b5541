"""``crawl_date=`` takes an HTTP date too (sixteenth reliability round).

A scraper holds the response's ``Date`` or ``Last-Modified`` header (``Wed, 01 May 2019 08:00:00 GMT``), not a
WARC-Date: passing it was a ``ValueError`` ("no ISO 8601 date"). It is read as the moment it names; other text is
still a ``ValueError`` (a wrong value of the right type, as a NaN time budget is), naming both forms.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from cqnews.arguments import checked_arguments


@pytest.mark.parametrize(
    "value", ["Wed, 01 May 2019 08:00:00 GMT", " Wed, 01 May 2019 08:00:00 GMT\r\n", "Wed, 01 May 2019 10:00:00 +0200"]
)
def test_http_date_is_read(value: str) -> None:
    crawl_date = checked_arguments(None, None, value, None)[2]
    assert crawl_date == datetime(2019, 5, 1, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize("value", ["yesterday", "Wed, 01 May 99999 08:00:00 GMT", "", "1e15"])
def test_other_text_is_a_value_error(value: str) -> None:
    with pytest.raises(ValueError, match="no ISO 8601 or HTTP date"):
        checked_arguments(None, None, value, None)
