"""cqnews.parse given an open file or another stream (a newcomer's ``parse(open("page.html", "rb"))``) raises a
TypeError that says to read it first, as one given a path says to read the path; before, it only said "not
BufferedReader"."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import cqnews

PAGE = b"<html><body><article><h1>Ferry</h1><p>The island ferry leaves an hour earlier.</p></article></body></html>"


def test_open_file_says_to_read_it(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(PAGE)
    with open(path, "rb") as binary, pytest.raises(TypeError, match=r"not a stream \(BufferedReader\).*read\(\)"):
        cqnews.parse(binary)  # type: ignore[arg-type]
    with open(path, encoding="utf-8") as text, pytest.raises(TypeError, match=r"not a stream \(TextIOWrapper\)"):
        cqnews.parse(text)  # type: ignore[arg-type]


def test_bytes_io_says_to_read_it_and_its_bytes_parse() -> None:
    stream = io.BytesIO(PAGE)
    with pytest.raises(TypeError, match=r"cqnews\.parse\(stream\.read\(\)\)"):
        cqnews.parse(stream)  # type: ignore[arg-type]
    assert cqnews.parse(stream.read()).headline == "Ferry"


def test_other_types_keep_their_message() -> None:
    with pytest.raises(TypeError, match="takes str or bytes, not int"):
        cqnews.parse(5)  # type: ignore[arg-type]
