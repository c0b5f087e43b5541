"""The command line: formats, stdin, gzip, schema and exit codes."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from cqnews.cli import main

from .conftest import DATA, ROOT

SEED = ROOT / "examples" / "ichongqing-liangjiang.txt"


def test_parse_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["headline"].startswith("Liangjiang New Area")


def test_parse_jsonl_gzip_and_markdown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    packed = tmp_path / "page.html.gz"
    packed.write_bytes(gzip.compress((DATA / "generic_news.html").read_bytes()))
    assert main(["parse", str(packed), str(SEED), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2 and json.loads(lines[0])["headline"].startswith("River town")
    out = tmp_path / "out.md"
    assert main(["parse", str(SEED), "--format", "markdown", "-o", str(out)]) == 0
    assert out.read_text().startswith("# Liangjiang New Area")


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    assert main(["parse", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["dateline"] == "Chongqing"


def test_failures_exit_1_and_name_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    assert main(["parse", str(empty), str(SEED), str(tmp_path / "missing.html")]) == 1
    err = capsys.readouterr().err
    assert "empty.html" in err and "missing.html" in err


def test_usage_exit_2() -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["nonsense"])
    assert exit_info.value.code == 2


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert "Article" in capsys.readouterr().out


def test_sites_lists_builtins(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sites"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("name")
    assert "ichongqing.info" in out and "xinhua" in out
