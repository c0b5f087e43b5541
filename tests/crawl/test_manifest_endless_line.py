"""``--manifest`` of a file with an endless line (``/dev/zero``, a stream with no line break) is a usage error.

The manifest was read line by line, and ``/dev/zero`` has no line break: the first line grew until ``MemoryError``
(9 s and a traceback under a 2 GB memory limit, the whole memory without one). A line over 1 MB now stops the read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cqnews.cli import main
from cqnews.sources import read_manifest


def test_a_line_over_a_megabyte_is_refused(tmp_path: Path) -> None:
    manifest = tmp_path / "pages.tsv"
    manifest.write_text("a.html\thttps://news.example/a\n" + "b" * (2**20 + 10) + "\thttps://news.example/b\n")
    with pytest.raises(ValueError, match=r"pages.tsv:2: a line over 1 MB"):
        read_manifest(manifest)


def test_a_long_url_under_a_megabyte_is_read(tmp_path: Path) -> None:
    manifest = tmp_path / "pages.tsv"
    url = "https://news.example/a?" + "q" * 100_000
    manifest.write_text(f"a.html\t{url}\n")
    assert read_manifest(manifest)["a.html"] == url


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_dev_zero_as_manifest_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--manifest", "/dev/zero", "-j", "0"]) == 2
    assert "cannot read the manifest: /dev/zero:1: a line over 1 MB" in capsys.readouterr().err
