"""Limits too large for the system: ``--max-input-bytes`` over 2**63-1 is a usage error (each page failed with
``OverflowError: cannot fit 'int' into an index-sized integer``, stdin with a traceback), and so is
``ParseOptions(max_input_bytes=…)`` (a ValueError at construction); a ``--timeout`` of 1e308 seconds is a limit
that never comes, not ``OverflowError: cannot convert float infinity to integer`` from the pool's wait."""

from __future__ import annotations

from pathlib import Path

import pytest

import cqnews
from cqnews import batch
from cqnews.cli import main

PAGE = (
    "<html><body><article><h1>Ferry timetable changes</h1><p>The island ferry will leave an hour earlier from"
    " next week, the operator announced on Friday.</p></article></body></html>"
)


def test_max_input_bytes_over_the_index_size_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE)
    assert main(["parse", str(page), "--max-input-bytes", str(10**23), "-j", "0"]) == 2
    assert "--max-input-bytes must be positive (at most 2**63-1)" in capsys.readouterr().err


@pytest.mark.parametrize("size", [10**23, 0, -5])
def test_parse_options_refuse_a_size_no_read_can_take(size: int) -> None:
    with pytest.raises(ValueError, match="max_input_bytes must be a positive number of bytes"):
        cqnews.ParseOptions(max_input_bytes=size)


def test_a_timeout_of_1e308_seconds_never_expires(tmp_path: Path) -> None:
    results = list(cqnews.parse_many([PAGE, PAGE], jobs=1, timeout=1e308))
    assert [result.ok for result in results] == [True, True]
    assert batch._LONGEST_WAIT <= 3600


def test_cli_timeout_1e308(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE)
    assert main(["parse", str(page), str(page), "--timeout", "1e308", "-j", "1", "-o", str(tmp_path / "o.jsonl")]) == 0
    assert len((tmp_path / "o.jsonl").read_text().splitlines()) == 2
