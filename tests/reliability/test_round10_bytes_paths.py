"""parse_many of bytes that name a file (``os.walk(b".")``, ``os.listdir(b"crawl")``, a paths file read in binary)
reads the file; before, each name was parsed as a one-line page (an Article whose body was the name, with no
error). Bytes of one line without markup that name an existing file or folder, or have the shape of a page file's
name, are a path; any other bytes are a page, as before."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import cqnews

PAGE = (
    "<html><body><article><h1>Harbour wall to be rebuilt</h1><p>The old harbour wall, damaged in the winter "
    "storms, will be rebuilt in stone over the summer, the port board said on Thursday.</p></article></body></html>"
)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "wall.html").write_text(PAGE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_names_from_a_bytes_walk_are_read_as_files(folder: Path) -> None:
    names = [os.path.join(top, name) for top, _, files in os.walk(b".") for name in files]
    [result] = cqnews.parse_many(names, jobs=0)
    assert result.source.file == os.path.join(".", "news", "wall.html")
    assert result.article is not None
    assert result.article.headline == "Harbour wall to be rebuilt"


@pytest.mark.parametrize("item", [b"news", bytearray(b"news/wall.html\n"), memoryview(b"news/wall.html")])
def test_a_folder_or_a_line_of_a_binary_paths_file(folder: Path, item: bytes) -> None:
    [result] = cqnews.parse_many([item], jobs=0)
    assert result.article is not None
    assert result.article.headline == "Harbour wall to be rebuilt"


def test_a_missing_page_file_is_its_error_not_a_one_line_page(folder: Path) -> None:
    [result] = cqnews.parse_many([b"news/gone.html"], jobs=0)
    assert result.article is None
    assert result.error is not None
    assert result.error.type == "FileNotFoundError"


@pytest.mark.parametrize("item", [
    PAGE.encode(),
    b"A line of text about the harbour wall, and nothing else.",
    b"news/wall.html\nnews/wall.html",  # (two lines: a text dump)
])
def test_other_bytes_are_a_page(folder: Path, item: bytes) -> None:
    [result] = cqnews.parse_many([item], jobs=0)
    assert result.source.file is None
    assert result.error is None


def test_entries_of_a_bytes_scandir_are_read_as_files(folder: Path) -> None:
    # (a path object whose os.fspath is bytes: the Source held b'news/wall.html' and the read failed, TypeError)
    [result] = cqnews.parse_many(list(os.scandir(b"news")), jobs=0)
    assert result.source.file == os.path.join("news", "wall.html")
    assert result.article is not None
    assert result.article.headline == "Harbour wall to be rebuilt"


def test_a_bytes_key_of_urls_gives_its_page_the_url(folder: Path) -> None:
    # (a bytes key was left out of the table: the page had no URL)
    names = [os.path.join(top, name) for top, _, files in os.walk(b".") for name in files]
    [result] = cqnews.parse_many(names, jobs=0, urls={names[0]: "https://port.example/wall"})
    assert result.source.url == "https://port.example/wall"
