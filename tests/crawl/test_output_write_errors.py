"""``cqnews parse``: an output that cannot be written is one line on stderr and exit 1, never a traceback.

A full disk (``-o`` on /dev/full, or stdout redirected there) ended the command with ``OSError: [Errno 28]`` and a
traceback, from the JSON writers and from pyarrow's Parquet writer; ``--resume -o FOLDER`` ended with
``IsADirectoryError`` (it is a usage error, as ``-o FOLDER`` without ``--resume`` already was).
"""

from __future__ import annotations

import errno
import io
import os
import sys
from pathlib import Path

import pytest

from cqnews.cli import main
from tests.paths import DATA

PAGE = DATA / "generic_news.html"
FULL = Path("/dev/full")
needs_dev_full = pytest.mark.skipif(not FULL.exists(), reason="no /dev/full on this system")


class FullDisk(io.StringIO):
    """A stdout whose writes fail as on a full disk."""

    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@needs_dev_full
@pytest.mark.parametrize("fmt", ["json", "jsonl", "markdown"])
def test_a_full_disk_under_o_is_one_error_line(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(PAGE), "-j", "0", "--format", fmt, "-o", str(FULL)]) == 1
    err = capsys.readouterr().err
    assert err.strip() == f"cqnews: error: cannot write {FULL}: No space left on device"


@needs_dev_full
def test_a_full_disk_under_parquet_is_one_error_line(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("pyarrow")
    assert main(["parse", str(PAGE), str(PAGE), "-j", "0", "--format", "parquet", "-o", str(FULL)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"cqnews: error: cannot write {FULL}: ") and "No space left on device" in err
    assert "Traceback" not in err


def test_a_full_disk_on_stdout_is_one_error_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdout", FullDisk())
    assert main(["parse", str(PAGE), "-j", "0"]) == 1
    assert capsys.readouterr().err.strip() == "cqnews: error: cannot write the output: No space left on device"


def test_resume_into_a_folder_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "out.jsonl"
    folder.mkdir()
    assert main(["parse", str(PAGE), "-j", "0", "-o", str(folder), "--resume"]) == 2
    assert capsys.readouterr().err.strip() == f"cqnews: error: cannot resume {folder}: Is a directory"
