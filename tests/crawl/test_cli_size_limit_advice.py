"""The command's size-limit failure names the command's option (``--max-input-bytes``), not the library's
``ParseOptions(max_input_bytes=...)``, which a user of the command cannot pass: on stderr and in error records."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from cqnews.cli import main

PAGE = "<html><body><article><h1>Harbour wall repaired</h1><p>" + "The wall was mended over the winter. " * 40


@pytest.mark.parametrize("name", ["page.html", "page.html.gz"])
def test_size_limit_names_the_cli_option(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    data = (PAGE + "</p></article></body></html>").encode()
    (tmp_path / name).write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    out = tmp_path / "out.jsonl"
    code = main(["parse", str(tmp_path / name), "--max-input-bytes", "500", "--errors", "record", "-j", "0",
                 "--format", "jsonl", "-o", str(out)])
    assert code == 1
    err = capsys.readouterr().err
    assert "InputTooLargeError" in err
    assert "--max-input-bytes" in err
    assert "ParseOptions" not in err
    record = json.loads(out.read_text())
    assert record["error"]["type"] == "InputTooLargeError"
    assert "--max-input-bytes" in record["error"]["message"]
    assert "ParseOptions" not in record["error"]["message"]
