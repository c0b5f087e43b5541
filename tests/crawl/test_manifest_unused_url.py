"""A manifest row naming a folder or a WARC has a URL that no page takes (a folder's pages are looked up by their
own paths, a WARC's records carry their own URLs): ``read_manifest`` warns, naming the line, and ``cqnews parse
--manifest`` prints the warning on stderr and parses on. Before, the URL was ignored without a word."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from cqnews.cli import main
from cqnews.sources import read_manifest

PAGE = (
    "<html><body><article><h1>Harbour wall repaired</h1><p>The harbour wall was mended over the winter, the"
    " council said on Monday, and the pier will open again in April.</p></article></body></html>"
)


def _crawl(tmp_path: Path) -> Path:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.html").write_text(PAGE)
    (tmp_path / "page.html").write_text(PAGE)
    manifest = tmp_path / "urls.tsv"
    manifest.write_text(
        "page.html\thttps://news.example/harbour\n"
        "pages\thttps://news.example/pages/\n"
        "crawl.warc.gz\thttps://news.example/crawl\n"
    )
    return manifest


def test_read_manifest_warns_of_a_folder_and_a_warc(tmp_path: Path) -> None:
    with pytest.warns(UserWarning) as caught:
        urls = read_manifest(_crawl(tmp_path))
    messages = [str(w.message) for w in caught]
    assert len(messages) == 2
    assert "urls.tsv:2" in messages[0] and "is a folder" in messages[0]
    assert "urls.tsv:3" in messages[1] and "is a WARC" in messages[1]
    assert urls[str(tmp_path / "page.html")] == "https://news.example/harbour"


def test_a_page_row_gives_no_warning(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE)
    manifest = tmp_path / "urls.tsv"
    manifest.write_text("page.html\thttps://news.example/harbour\nmissing.html\thttps://news.example/gone\n")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        read_manifest(manifest)


def test_cli_prints_the_warning_and_parses_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = _crawl(tmp_path)
    assert main(["parse", str(tmp_path / "page.html"), "--manifest", str(manifest), "-j", "0"]) == 0
    captured = capsys.readouterr()
    lines = [line for line in captured.err.splitlines() if line.startswith("cqnews: warning:")]
    assert len(lines) == 2
    assert "is a folder: its URL is not used" in lines[0]
    assert '"url":"https://news.example/harbour"' in captured.out.replace(" ", "")
