"""Determinism and concurrency: same input, same JSON — across runs, threads and processes.

* the same page parses to byte-identical JSON every time, in this process and in fresh interpreters
  with different hash seeds;
* ``parse`` from many threads at once gives exactly the serial results;
* ``parse`` works in process pools started with fork and with spawn (Articles and ParseErrors
  cross the process boundary by pickle).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

import cqnews
from tests.adversarial import generate
from tests.paths import DATA, ROOT


def _pages() -> list[tuple[str, bytes]]:
    pages: list[tuple[str, bytes]] = []
    for case in generate.load_small_cases():
        if case.name.startswith("lang_") or case.name in {
            "utf8_bom", "gbk_unlabelled", "big5_unlabelled", "shift_jis_unlabelled", "text_dump", "billion_laughs",
            "empty", "pdf_as_html", "invalid_utf8_mostly", "json_ld_garbage", "weird_dates", "unclosed_tags",
        }:
            pages.append((case.name, case.data if isinstance(case.data, bytes) else case.data.encode()))
    for path in sorted(DATA.glob("*.html")):
        pages.append((path.name, path.read_bytes()))
    return pages


PAGES = _pages()


def _result(data: bytes) -> str:
    """The JSON of the Article, or the error's class and message."""
    try:
        return cqnews.parse(data).model_dump_json()
    except cqnews.ParseError as error:
        return f"{type(error).__name__}: {error}"


@pytest.fixture(scope="module")
def serial() -> dict[str, str]:
    return {name: _result(data) for name, data in PAGES}


def test_repeated_parses_are_identical(serial: dict[str, str]) -> None:
    for name, data in PAGES:
        assert _result(data) == serial[name], name


def test_threads_give_the_serial_results(serial: dict[str, str]) -> None:
    jobs = [(name, data) for name, data in PAGES] * 4
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda job: (job[0], _result(job[1])), jobs))
    for name, result in results:
        assert result == serial[name], f"{name}: a threaded parse differs from the serial one"


_CHILD = """
import json, sys
sys.path.insert(0, {root!r})
import cqnews
from tests.adversarial import generate
out = {{}}
names = set(json.loads(sys.argv[1]))
pages = [(c.name, c.data) for c in generate.load_small_cases() if c.name in names]
from pathlib import Path
pages += [(p.name, p.read_bytes()) for p in sorted(Path({data!r}).glob("*.html"))]
for name, data in pages:
    try:
        out[name] = cqnews.parse(data).model_dump_json()
    except cqnews.ParseError as error:
        out[name] = f"{{type(error).__name__}}: {{error}}"
print(json.dumps(out))
"""


@pytest.mark.parametrize("hash_seed", ["0", "12345"])
def test_fresh_interpreters_give_the_same_json(serial: dict[str, str], hash_seed: str) -> None:
    names = [name for name, _ in PAGES]
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    child = _CHILD.format(root=str(ROOT), data=str(DATA))
    done = subprocess.run([sys.executable, "-c", child, json.dumps(names)], capture_output=True, text=True, env=env,
                          timeout=300, check=True)
    results = json.loads(done.stdout)
    assert set(results) == set(serial)
    for name, result in results.items():
        assert result == serial[name], f"{name}: differs in a fresh interpreter (PYTHONHASHSEED={hash_seed})"


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_process_pools(serial: dict[str, str], method: str) -> None:
    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"{method} is not available here")
    good = [(name, data) for name, data in PAGES if not serial[name].startswith(tuple(generate.ANY_ERROR))]
    context = multiprocessing.get_context(method)
    with context.Pool(2) as pool:
        # cqnews.parse itself is the task: Articles come back by pickle.
        articles = pool.map(cqnews.parse, [data for _, data in good])
        for (name, _), article in zip(good, articles, strict=True):
            assert isinstance(article, cqnews.Article)
            assert article.model_dump_json() == serial[name], f"{name}: differs under {method}"
        # A ParseError raised in a worker crosses the boundary as the same class and message.
        with pytest.raises(cqnews.EmptyInputError, match="empty"):
            pool.apply(cqnews.parse, (b"  ",))
        with pytest.raises(cqnews.NotHTMLError):
            pool.apply(cqnews.parse, (b"%PDF-1.4 binary",))


def test_threads_with_errors_and_limits_mixed() -> None:
    """Limits and errors in some threads do not disturb parses in others (thread-local parsers)."""
    deep = "<html><body>" + "<div>" * 400 + "x"
    good = PAGES[0][1]
    jobs = [deep, good, b"", good, "<p>" + "w " * 600_000 + "</p>", good] * 6
    expected = [_result(job) if isinstance(job, bytes) else None for job in jobs]

    def run(job: str | bytes) -> str:
        try:
            return cqnews.parse(job).model_dump_json()
        except cqnews.ParseError as error:
            return type(error).__name__

    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(run, jobs))
    for job, result, want in zip(jobs, results, expected, strict=True):
        if job is deep:
            assert result == "TreeTooLargeError"
        elif isinstance(job, str):
            assert result == "BlockTooLargeError"
        elif job == b"":
            assert result == "EmptyInputError"
        else:
            assert result == want
