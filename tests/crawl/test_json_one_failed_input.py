"""``--format json`` on one input that fails prints what JSONL prints for it: its error record with ``--errors
record``, nothing with ``--errors skip`` (exit 1 either way), whether the file exists or not. Before, a missing
file was taken for several inputs: ``[]`` with skip, an array of one record with record, while a file that exists
and fails printed nothing or the record alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cqnews.cli import main

IMAGE = b"\x89PNG\r\n\x1a\n" + bytes(64)


def _run(tmp_path: Path, name: str, errors: str, capsys: pytest.CaptureFixture[str]) -> str:
    (tmp_path / "picture.html").write_bytes(IMAGE)
    code = main(["parse", str(tmp_path / name), "--format", "json", "--errors", errors, "-j", "0"])
    assert code == 1
    return capsys.readouterr().out


@pytest.mark.parametrize(("name", "kind"), [("gone.html", "FileNotFoundError"), ("picture.html", "NotHTMLError")])
def test_one_failed_input_prints_its_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, kind: str
) -> None:
    record = json.loads(_run(tmp_path, name, "record", capsys))
    assert isinstance(record, dict)
    assert record["error"]["type"] == kind
    assert record["source"]["file"] == str(tmp_path / name)


@pytest.mark.parametrize("name", ["gone.html", "picture.html"])
def test_one_failed_input_skipped_prints_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    assert _run(tmp_path, name, "skip", capsys) == ""


def test_a_pattern_matching_nothing_stays_an_array(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = json.loads(_run(tmp_path, "none-*.html", "record", capsys))
    assert isinstance(records, list)
    assert [r["error"]["type"] for r in records] == ["FileNotFoundError"]
