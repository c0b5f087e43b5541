"""A folder that cannot be listed (permissions) is an error of its own in a batch, never passed over in silence."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import cqnews
from cqnews.cli import main
from tests.paths import DATA


def test_unlisted_folder_is_an_error_and_the_rest_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    page = (DATA / "generic_news.html").read_bytes()
    (tmp_path / "a.html").write_bytes(page)
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.html").write_bytes(page)
    scandir = os.scandir

    def refuse_locked(path: str | os.PathLike[str] = ".") -> object:
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse_locked)  # (root may read any folder: chmod cannot show it)
    results = list(cqnews.parse_many([tmp_path], jobs=0))
    assert [result.ok for result in results] == [True, False]
    assert results[1].source.file == str(locked) and results[1].error is not None
    assert results[1].error.type == "PermissionError"
    assert main(["parse", str(tmp_path), "--jobs", "0"]) == 1
    assert f"{locked}: PermissionError" in capsys.readouterr().err
