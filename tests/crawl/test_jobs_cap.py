"""``--jobs`` / ``parse_many(jobs=)`` above four workers per core is capped, with a warning: parsing is CPU work,
so more workers give no speed, only memory (each holds cqnews; ``--jobs 100000`` over a large crawl forked until
the memory ran out)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import cqnews
from cqnews import batch
from cqnews.cli import main

PAGE = "<html><body><article><h1>Pool closes</h1><p>The town pool closes for a month of repairs.</p></article></body></html>"


def test_capped_jobs() -> None:
    cores = batch.default_jobs()
    assert batch.capped_jobs(None) == cores
    assert batch.capped_jobs(0) == 0
    assert batch.capped_jobs(2) == min(2, 4 * cores)
    assert batch.capped_jobs(100_000) == 4 * cores


def test_parse_many_warns_and_caps(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[int] = []

    class Pool:
        def __init__(self, jobs: int, timeout: float | None, options: object) -> None:
            started.append(jobs)

        def run(self, stream: object, ordered: bool) -> Iterator[object]:
            yield from ()

    monkeypatch.setattr(batch, "_Pool", Pool)
    with pytest.warns(UserWarning, match="jobs=100000 is more than 4 per core"):
        assert list(cqnews.parse_many([PAGE], jobs=100_000)) == []
    assert started == [4 * batch.default_jobs()]


def test_cli_names_the_cap(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "default_jobs", lambda: 1)
    pages = [tmp_path / f"{n}.html" for n in range(2)]
    for page in pages:
        page.write_text(PAGE)
    assert main(["parse", *map(str, pages), "--jobs", "100000", "-o", str(tmp_path / "out.jsonl")]) == 0
    assert "cqnews: --jobs 100000 is more than 4 per core: 4 workers run" in capsys.readouterr().err
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == 2
