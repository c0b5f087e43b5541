"""A WARC record whose ``WARC-Date`` no datetime can hold (year 0, an offset of a day or more) ended the file.

FastWARC raises ``ValueError`` when asked for such a record's date; it escaped ``read_warc``, so ``parse_many``, the
CLI, Dask and Spark lost that record and every record after it with a ``ValueError`` that named no file. The record
is now read without a crawl date (as a record whose date FastWARC cannot parse at all already was).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import cqnews
from tests.crawl.warc_records import response_record


def _page(headline: str) -> bytes:
    return (
        f"<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1>"
        "<p>The ferry to the outer islands leaves an hour earlier from Monday, the operator said.</p>"
        "</article></body></html>"
    ).encode()


@pytest.mark.parametrize("date", ["0000-01-01T00:00:00Z", "2024-01-01T00:00:00+25:00", "2024-01-01T00:00:00-24:00"])
def test_impossible_warc_date_loses_no_record(tmp_path: Path, date: str) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(
        response_record(_page("Ferry leaves earlier"), b"Content-Type: text/html", url="https://ferry.example/a",
                        record_id="11111111-1111-1111-1111-111111111111", date=date)
        + response_record(_page("Harbour fees rise"), b"Content-Type: text/html", url="https://ferry.example/b",
                          record_id="22222222-2222-2222-2222-222222222222", date="2024-05-01T08:00:00Z")
    )
    results = list(cqnews.parse_many([path], jobs=0))
    assert [result.article.headline if result.article else result.error for result in results] == [
        "Ferry leaves earlier", "Harbour fees rise",
    ]
    documents = list(cqnews.sources.documents([path]))
    assert documents[0].crawl_date is None
    assert documents[1].crawl_date is not None and documents[1].crawl_date.year == 2024
