"""Manifest lines as people and spreadsheets write them: padded paths, further columns, lines of blanks."""

from __future__ import annotations

from pathlib import Path

from cqnews.sources import manifest_files, read_manifest
from tests.paths import DATA


def _manifest(folder: Path, text: str) -> Path:
    (folder / "one.html").write_bytes((DATA / "generic_news.html").read_bytes())
    manifest = folder / "pages.tsv"
    manifest.write_text(text, encoding="utf-8")
    return manifest


def test_a_padded_path_keeps_its_url(tmp_path: Path) -> None:
    manifest = _manifest(tmp_path, "  one.html \thttps://example.com/one\n")
    files = manifest_files(manifest)
    assert [Path(name).name for name in files] == ["one.html"]
    urls = read_manifest(manifest)
    assert urls[str(Path(files[0]).resolve())] == "https://example.com/one"


def test_columns_after_the_url_are_not_part_of_it(tmp_path: Path) -> None:
    manifest = _manifest(tmp_path, "one.html\thttps://example.com/one\t200\t2024-05-01\n")
    assert read_manifest(manifest)["one.html"] == "https://example.com/one"


def test_a_line_of_blanks_is_a_blank_line(tmp_path: Path) -> None:
    manifest = _manifest(tmp_path, "one.html\thttps://example.com/one\n   \n\t\n")
    assert read_manifest(manifest)["one.html"] == "https://example.com/one"
    assert [Path(name).name for name in manifest_files(manifest)] == ["one.html"]


def test_a_row_without_a_path_and_a_padded_comment_are_no_entries(tmp_path: Path) -> None:
    # before: read_manifest gave "\thttps://…/lost" to "." and the manifest's folder, and kept the padded comment
    manifest = _manifest(tmp_path, "one.html\thttps://example.com/one\n\thttps://example.com/lost\n  # old\tx\n")
    assert read_manifest(manifest) == {
        "one.html": "https://example.com/one",
        str((tmp_path / "one.html").resolve()): "https://example.com/one",
    }
    assert [Path(name).name for name in manifest_files(manifest)] == ["one.html"]
