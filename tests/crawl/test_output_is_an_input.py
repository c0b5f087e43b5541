"""``-o`` naming a file that is also an input (or the manifest) is a usage error, and the file is left as it is.

The output is opened (emptied) before the inputs are read: ``cqnews parse page.html -o page.html`` emptied the page
and reported it as empty (exit 1), the page lost.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cqnews.cli import main

PAGE = (
    "<html><body><article><h1>Ferry timetable changes</h1><p>The island ferry will leave an hour earlier from"
    " next week, the operator announced on Friday.</p></article></body></html>"
)


def test_output_named_as_the_input_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE)
    assert main(["parse", str(page), "-o", str(page)]) == 2
    assert "is also an input" in capsys.readouterr().err
    assert page.read_text() == PAGE


def test_output_linked_to_an_input_or_the_manifest_is_refused(tmp_path: Path) -> None:
    page, other = tmp_path / "page.html", tmp_path / "other.html"
    page.write_text(PAGE)
    other.write_text(PAGE)
    os.link(page, tmp_path / "same.jsonl")
    assert main(["parse", str(other), str(page), "-o", str(tmp_path / "same.jsonl"), "-j", "0"]) == 2
    manifest = tmp_path / "pages.tsv"
    manifest.write_text(f"{page}\thttps://news.example/ferry\n")
    assert main(["parse", "--manifest", str(manifest), "-o", str(manifest), "--resume", "-j", "0"]) == 2
    assert page.read_text() == PAGE
    assert manifest.read_text() == f"{page}\thttps://news.example/ferry\n"


def test_another_output_is_written(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE)
    out = tmp_path / "out.jsonl"
    out.write_text("")
    assert main(["parse", str(page), "-o", str(out), "--format", "jsonl"]) == 0
    assert "Ferry timetable changes" in out.read_text()
