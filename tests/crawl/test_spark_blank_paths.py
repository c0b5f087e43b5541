"""cqnews.spark.parse_partition: blank lines of a text file of paths are no input, blanks around a path are ignored.

A ``warc.paths`` written by hand (a blank line between groups, a path indented or followed by a space) gave
``FileNotFoundError`` rows for ``''`` and ``'  '`` and lost the indented WARC; a manifest of the command line
already ignores both. Runs without a Spark session (``parse_partition`` is a plain function).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cqnews.warc import WarcPage, write_warc
from tests.paths import DATA

spark = pytest.importorskip("cqnews.spark")


def test_blank_and_padded_path_lines(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [WarcPage("https://news.example/ferry", (DATA / "generic_news.html").read_bytes())])
    lines = ["", f"  {warc} ", "   ", f"{warc}\t"]
    rows = list(spark.parse_partition(iter(lines)))
    columns = [field.name for field in spark.spark_schema().fields]
    files = [row[columns.index("file")] for row in rows]
    errors = [row[columns.index("error_type")] for row in rows]
    assert files == [str(warc), str(warc)]
    assert errors == [None, None]
