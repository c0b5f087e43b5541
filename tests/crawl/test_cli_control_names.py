"""A failed input's report on stderr is one line, its control characters escaped.

A file name (or WARC record id) holding a line break split the report in two, so that a log reader counting one
failure per line saw a second, bogus one; one holding ESC sent an escape sequence (colours, a cursor move, a window
title) to the user's terminal. Such characters are written as Python escapes (``\\n``, ``\\x1b``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cqnews.cli import main


def test_names_with_line_breaks_and_escapes_report_one_inert_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes\nfake: EmptyInputError.html").write_bytes(b"")
    (tmp_path / "red\x1b[31m\x9b2J.html").write_bytes(b"")
    (tmp_path / "ok.html").write_text(
        "<html><body><article><h1>Bridge reopens</h1><p>The old bridge reopened to cars on Saturday after"
        " a year of repairs to its deck.</p></article></body></html>"
    )
    assert main(["parse", str(tmp_path), "-j", "0"]) == 1
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert len(lines) == 2, err
    assert "\x1b" not in err and "\x9b" not in err
    assert any(line.endswith("EmptyInputError: the page is empty: check that the download returned a body")
               and "notes\\nfake" in line for line in lines)
    assert any("red\\x1b[31m\\x9b2J.html: EmptyInputError" in line for line in lines)


def test_a_usage_error_naming_a_path_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page\n.html"
    page.write_text("<html><body><p>x</p></body></html>")
    assert main(["parse", str(page), "-o", str(page)]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "page\\n.html" in err
