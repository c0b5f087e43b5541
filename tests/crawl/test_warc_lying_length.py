"""Round 6 of hostile input: a WARC record whose Content-Length lies by a few bytes made FastWARC read a record
header where none starts ("Invalid WARC header"), and that ended the file: every record after it was lost. The
reading now goes on at the next record start, and the file's CorruptWarcError, after its last record, says where
the damage was."""

from __future__ import annotations

import io
import re
import time

import pytest

import cqnews
from cqnews.warc import WarcPage, _record, read_warc
from tests.cpu_bar import cpu_bar


def _page(number: int) -> WarcPage:
    body = f"<html><body><p>Notice {number}: the library opens late on Thursdays this month.</p></body></html>"
    return WarcPage(f"https://example.org/notice/{number}", body.encode())


def _lying(record: bytes, by: int) -> bytes:
    """``record`` with its WARC Content-Length ``by`` bytes off the truth."""
    length = re.search(rb"\r\nContent-Length: (\d+)\r\n\r\nHTTP", record)
    assert length is not None
    told = str(int(length.group(1)) + by).encode()
    return record[: length.start(1)] + told + record[length.end(1) :]


def _warc(lies: dict[int, int], count: int = 4) -> bytes:
    return b"".join(
        _lying(_record(_page(i), f"<urn:uuid:{i:08d}>"), lies[i]) if i in lies else _record(_page(i), f"<urn:uuid:{i:08d}>")
        for i in range(count)
    )


@pytest.mark.parametrize("by", [-20, -3, 6, 30])
def test_a_record_whose_length_lies_costs_the_records_after_it_nothing(by: int) -> None:
    records = read_warc(io.BytesIO(_warc({1: by})))
    urls = []
    with pytest.raises(cqnews.CorruptWarcError, match=r"after its first 2 page.*Content-Length that lies.*4 page"):
        urls.extend(document.source.url for document in records)
    # every record once, in order: the lying one too (nothing in it shows the lie), none read twice
    assert urls == [f"https://example.org/notice/{number}" for number in range(4)]


def test_many_lying_records_stay_linear() -> None:
    """Each lie starts a new reader at the next record: 800 of them in 1,600 records, not quadratic."""
    data = _warc({i: 5 for i in range(0, 1_600, 2)}, count=1_600)
    start = time.thread_time()
    with pytest.raises(cqnews.CorruptWarcError, match="and 799 more"):
        for _ in read_warc(io.BytesIO(data)):
            pass
    assert time.thread_time() - start < cpu_bar(1.0)
