"""Round 14: ``--format markdown`` over several inputs names each article's file (and WARC record), and writes the
failures ``--errors record`` asks for; the articles of a folder could not be told apart, failures were left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from cqnews.cli import main
from cqnews.render import markdown_text

_PAGE = (
    "<html><body><article><h1>{title}</h1><p>The wall was mended over the winter, the harbour master said, and "
    "the boats came back to the quay in spring after two storms had closed it for a week.</p></article></body></html>"
)


def _write(path: Path, title: str) -> None:
    path.write_text(_PAGE.format(title=title), encoding="utf-8")


def test_each_article_of_several_opens_with_its_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path / "wall.html", "Harbour wall repaired")
    _write(tmp_path / "quay.html", "Quay opens again")
    assert main(["parse", str(tmp_path / "wall.html"), str(tmp_path / "quay.html"), "--format", "markdown",
                 "-j", "0"]) == 0
    out = capsys.readouterr().out
    wall = out.index(f"*File:* {markdown_text(str(tmp_path / 'wall.html'))}\n\n# Harbour wall repaired")
    quay = out.index(f"*File:* {markdown_text(str(tmp_path / 'quay.html'))}\n\n# Quay opens again")
    assert wall < quay


def test_a_recorded_failure_is_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path / "wall.html", "Harbour wall repaired")
    missing = tmp_path / "gone.html"
    assert main(["parse", str(tmp_path / "wall.html"), str(missing), "--format", "markdown", "-j", "0",
                 "--errors", "record"]) == 1
    out = capsys.readouterr().out
    assert f"*File:* {markdown_text(str(missing))}\n\n**FileNotFoundError**: " in out
    assert out.count("\n---\n") == 2


def test_a_control_character_in_a_file_name_is_written_as_an_escape(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path / "wall\x1b[31m.html", "Harbour wall repaired")
    _write(tmp_path / "quay.html", "Quay opens again")
    assert main(["parse", str(tmp_path), "--format", "markdown", "-j", "0"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "wall\\\\x1b\\[31m.html" in out  # (the backslash and the bracket escaped for Markdown)


def test_one_input_is_the_article_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path / "wall.html", "Harbour wall repaired")
    assert main(["parse", str(tmp_path / "wall.html"), "--format", "markdown", "-j", "0"]) == 0
    assert capsys.readouterr().out.startswith("# Harbour wall repaired")
