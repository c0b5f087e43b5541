"""A link loop among the pages of a run given URLs (session 56).

``parse_many(urls=…)``, and ``cqnews parse --manifest`` over a folder, looked each page's path up also in its
resolved form, by ``Path.resolve()``, which raises ``RuntimeError`` ("Symlink loop") on a link loop before Python
3.13: the run ended in a traceback at the loop, every later page lost. A manifest row naming such a link did the
same while the manifest was read. The loop is one failed result, as it is without URLs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import cqnews
from cqnews.sources import read_manifest

_PAGE = (
    "<html><head><title>Harbour story</title></head><body><article><h1>Harbour story</h1>"
    "<p>The new warehouse at the harbour opens next month, the port authority said on Monday.</p>"
    "</article></body></html>"
)


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "crawl"
    folder.mkdir()
    (folder / "a.html").write_text(_PAGE, encoding="utf-8")
    (folder / "x.html").symlink_to("y.html")
    (folder / "y.html").symlink_to("x.html")
    (folder / "z.html").write_text(_PAGE, encoding="utf-8")
    return folder


def test_parse_many_with_urls_over_a_link_loop(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    urls = {folder / "a.html": "https://port.example.org/a", folder / "z.html": "https://port.example.org/z"}
    results = list(cqnews.parse_many([folder], jobs=0, urls=urls))
    assert [Path(result.source.file or "").name for result in results] == ["a.html", "x.html", "y.html", "z.html"]
    assert [result.ok for result in results] == [True, False, False, True]
    assert results[3].article is not None and results[3].article.url == "https://port.example.org/z"


def test_a_manifest_row_naming_a_link_loop(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    manifest = folder / "pages.tsv"
    manifest.write_text("x.html\thttps://port.example.org/x\na.html\thttps://port.example.org/a\n", encoding="utf-8")
    urls = read_manifest(manifest)
    assert urls["a.html"] == "https://port.example.org/a"
    assert urls[os.path.normpath(folder / "a.html")] == "https://port.example.org/a"


def test_the_command_line_goes_on_after_the_loop(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    manifest = tmp_path / "pages.tsv"
    manifest.write_text(f"{folder / 'z.html'}\thttps://port.example.org/z\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(cqnews.__file__).parent.parent)}
    done = subprocess.run(
        [sys.executable, "-m", "cqnews", "parse", str(folder), "--manifest", str(manifest), "--jobs", "0",
         "--no-progress"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )
    assert "Traceback" not in done.stderr
    assert done.returncode == 1  # (the loop's two links failed)
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["source"]["url"] for line in lines] == [None, "https://port.example.org/z"]
