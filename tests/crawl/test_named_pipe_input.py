"""A named pipe among the inputs: read when a program writes to it, empty at once when none does (never a hang)."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

import cqnews
from tests.paths import DATA

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


def test_pipe_nobody_writes_to_is_empty_input_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "stray.html"
    os.mkfifo(fifo)
    results: list[cqnews.batch.Result] = []
    reader = threading.Thread(target=lambda: results.extend(cqnews.parse_many([tmp_path], jobs=0)), daemon=True)
    reader.start()
    reader.join(5)
    if reader.is_alive():  # the old open() waits for a writer: give it one, so the thread ends
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    assert not reader.is_alive() or pytest.fail("reading a pipe nobody writes to never ended")
    assert [result.error.type for result in results if result.error] == ["EmptyInputError"]


def test_pipe_holding_a_page_is_read(tmp_path: Path) -> None:
    page = (DATA / "generic_news.html").read_bytes()
    fifo = tmp_path / "piped.html"
    os.mkfifo(fifo)
    keeper = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # holds the pipe open, so that what is written stays in it
    writer = os.open(fifo, os.O_WRONLY)
    os.write(writer, page)
    os.close(writer)
    try:
        [result] = cqnews.parse_many([fifo], jobs=0)
    finally:
        os.close(keeper)
    assert result.article is not None and result.article.headline == "River town reopens its old ferry after 40 years"
