"""``cqnews parse`` started with stdout or stdin closed (``cqnews parse page.html >&-`` in a cron job, ``cqnews parse
- <&-``): Python sets the closed stream to None, and the command died with an AssertionError or an AttributeError
traceback. Each is now an error message on stderr with its exit code (1 for the output, 2 for the usage)
(Session 62)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cqnews.cli import main

_PAGE = (
    b"<html><body><article><h1>Harbour wall repaired</h1>"
    b"<p>The wall was mended over the winter, and the boats came back in spring.</p></article></body></html>"
)


def test_a_closed_stdout_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "wall.html").write_bytes(_PAGE)
    monkeypatch.setattr(sys, "stdout", None)
    assert main(["parse", str(tmp_path / "wall.html"), "-j", "0"]) == 1
    assert "standard output is closed" in capsys.readouterr().err


def test_a_closed_stdout_with_an_output_file_writes_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "wall.html").write_bytes(_PAGE)
    monkeypatch.setattr(sys, "stdout", None)
    assert main(["parse", str(tmp_path / "wall.html"), "-j", "0", "-o", str(tmp_path / "out.json")]) == 0
    assert "Harbour wall repaired" in (tmp_path / "out.json").read_text(encoding="utf-8")


def test_a_closed_stdin_is_named(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    assert main(["parse", "-", "-j", "0"]) == 2
    assert "standard input is closed" in capsys.readouterr().err
