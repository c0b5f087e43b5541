"""``--resume`` reads its output file in pieces: ``-o /dev/zero`` (an endless line) is a usage error, and a line
longer than a piece (the article of a large page) still names its page.

The output was read line by line without a cap: ``--resume -o /dev/zero`` grew one line until ``MemoryError``,
as ``--manifest /dev/zero`` did before its 1 MB line cap.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cqnews.cli import main
from cqnews.output import resume_keys


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_resume_into_dev_zero_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "a.html"
    page.write_text("<html><body><p>The library opens on Monday.</p></body></html>")
    assert main(["parse", str(page), "-o", "/dev/zero", "--resume", "-j", "0"]) == 2
    assert "cannot resume /dev/zero: not a regular file" in capsys.readouterr().err


def test_a_line_longer_than_a_piece_keeps_its_key(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    big = json.dumps({"source": {"file": "big.html", "record_id": "r1"}, "body": "word " * 400_000})
    small = json.dumps({"source": {"file": "small.html"}})
    out.write_text(f"{big}\n{small}\n")
    assert resume_keys(out) == {("big.html", "r1"), ("small.html", None)}
    assert out.stat().st_size == len(big) + len(small) + 2


def test_a_long_last_line_cut_short_is_removed(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    small = json.dumps({"source": {"file": "small.html"}})
    out.write_text(small + "\n" + json.dumps({"source": {"file": "cut.html"}, "body": "x" * 3_000_000})[:-10])
    assert resume_keys(out) == {("small.html", None)}
    assert out.read_text() == small + "\n"
