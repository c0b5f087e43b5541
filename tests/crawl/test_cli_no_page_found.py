"""Round 14: a run that finds no page (an empty folder, a WARC of revisit records only) says so on stderr.

Before, it printed nothing (or ``[]`` with ``--format json``) and ended with 0: an empty input and a wrong one (a
folder of ``.php`` saves, a crawl of images) looked the same as a run that worked."""

from __future__ import annotations

from pathlib import Path

import pytest

from cqnews.cli import main

_PAGE = (
    b"<html><body><article><h1>Harbour wall repaired</h1>"
    b"<p>The wall was mended over the winter, and the boats came back in spring.</p></article></body></html>"
)


def _revisit_warc(path: Path) -> None:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    path.write_bytes(
        b"WARC/1.1\r\nWARC-Type: revisit\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        b"WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Target-URI: https://harbour.example/wall\r\n"
        b"WARC-Profile: http://netpreserve.org/warc/1.1/revisit/identical-payload-digest\r\n"
        b"Content-Type: application/http; msgtype=response\r\n"
        + f"Content-Length: {len(http)}\r\n\r\n".encode() + http + b"\r\n\r\n"
    )


def test_an_empty_folder_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "saved").mkdir()
    (tmp_path / "saved" / "wall.php").write_bytes(_PAGE)
    assert main(["parse", str(tmp_path / "saved"), "-j", "0"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "cqnews: no page in the inputs" in captured.err
    assert ".html" in captured.err


def test_a_warc_of_revisits_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _revisit_warc(tmp_path / "crawl.warc")
    assert main(["parse", str(tmp_path / "crawl.warc"), "-j", "0", "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert "cqnews: no page in the inputs" in captured.err
    assert "revisit" in captured.err


def test_a_run_with_pages_says_nothing_of_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "wall.html").write_bytes(_PAGE)
    assert main(["parse", str(tmp_path), "-j", "0"]) == 0
    captured = capsys.readouterr()
    assert "Harbour wall repaired" in captured.out
    assert "no page in the inputs" not in captured.err
