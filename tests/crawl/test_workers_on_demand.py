"""parse_many starts worker processes as documents come, never more than the documents in flight.

All ``jobs`` workers were forked before the first document was read: ``cqnews parse a.html --jobs 100000`` forked
a hundred thousand processes for one page (the machine's load went to 80).
"""

from __future__ import annotations

import pytest

from cqnews import batch
from cqnews.batch import parse_many
from tests.paths import DATA

PAGE = DATA / "generic_news.html"


@pytest.fixture()
def started(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    counter: list[int] = []
    real = batch._Worker.__init__

    def counting(self: batch._Worker, *args: object) -> None:
        counter.append(1)
        real(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(batch._Worker, "__init__", counting)
    return counter


def test_two_pages_at_many_jobs_start_two_workers(started: list[int]) -> None:
    results = list(parse_many([PAGE, PAGE], jobs=64))
    assert [result.ok for result in results] == [True, True]
    assert len(started) == 2


def test_no_input_starts_no_worker(started: list[int]) -> None:
    assert list(parse_many([], jobs=8)) == []
    assert started == []


def test_many_pages_use_at_most_jobs_workers(started: list[int]) -> None:
    results = list(parse_many([PAGE] * 6, jobs=2, ordered=False))
    assert len(results) == 6 and all(result.ok for result in results)
    assert len(started) == 2
