"""cqnews.parse_many: worker processes, input order, errors, the hard time limit, bounded memory."""

from __future__ import annotations

import gzip
import hashlib
import os
import pickle
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import cqnews
from cqnews import batch
from cqnews.batch import Failure, Result, parse_many
from cqnews.sources import Document, Source, expand_paths, read_manifest
from tests.paths import DATA, ROOT

SEED = ROOT / "examples" / "ichongqing-liangjiang.txt"
PAGES = [DATA / "generic_news.html", DATA / "generic_news_zh.html", SEED]


def digest(article: cqnews.Article) -> str:
    return hashlib.sha256(article.model_dump_json().encode()).hexdigest()


@pytest.fixture()
def crawl(tmp_path: Path) -> Path:
    """A directory of pages, nested and gzipped, plus files that are not pages."""
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.html").write_bytes(PAGES[0].read_bytes())
    (tmp_path / "a" / "b" / "two.html.gz").write_bytes(gzip.compress(PAGES[1].read_bytes()))
    (tmp_path / "three.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "notes.md").write_text("not a page")
    (tmp_path / "a" / "image.png").write_bytes(b"\x89PNG")
    return tmp_path


def test_directories_are_read_recursively_in_order(crawl: Path) -> None:
    found = list(expand_paths([crawl]))
    relative = [Path(name).relative_to(crawl).as_posix() for name in found]
    assert relative == ["three.txt", "a/one.html", "a/b/two.html.gz"]
    pattern = str(crawl / "**" / "*.html*")
    # in path order: a/b/ sorts before a/o
    assert [Path(name).name for name in expand_paths([pattern])] == ["two.html.gz", "one.html"]


@pytest.mark.parametrize("jobs", [0, 2])
def test_same_articles_as_parse_in_input_order(crawl: Path, jobs: int) -> None:
    results = list(parse_many([crawl], jobs=jobs))
    assert all(result.ok for result in results)
    expected = [cqnews.parse(gzip.decompress(p.read_bytes()) if p.suffix == ".gz" else p.read_bytes())
                for p in map(Path, expand_paths([crawl]))]
    assert [digest(result.article) for result in results] == [digest(article) for article in expected]
    assert results[2].source == Source(file=str(crawl / "a" / "b" / "two.html.gz"))


def test_unordered_results_hold_every_input(crawl: Path) -> None:
    results = list(parse_many([crawl, crawl], jobs=2, ordered=False))
    assert sorted(result.source.file for result in results) == sorted(list(expand_paths([crawl])) * 2)


def test_errors_record_skip_raise(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"  ")
    inputs = [PAGES[0], empty, tmp_path / "missing.html"]
    recorded = list(parse_many(inputs, jobs=1))
    assert [result.error.type if result.error else None for result in recorded] == [
        None, "EmptyInputError", "FileNotFoundError"
    ]
    assert [result.source.file for result in parse_many(inputs, jobs=1, on_error="skip")] == [str(PAGES[0])]
    with pytest.raises(cqnews.EmptyInputError, match=r"empty\.html"):
        list(parse_many(inputs, jobs=1, on_error="raise"))


def test_documents_and_bytes_carry_url_and_content_type() -> None:
    body = "<html><head><title>Hi</title></head><body><p>Bonjour à tous, voici un très long paragraphe.</p></body>"
    data = body.encode("cp1252")
    source = Source(url="https://example.com/fr/1")
    document = Document(source, data=data, content_type="text/html; charset=windows-1252")
    result, = parse_many([document], jobs=1)
    assert result.article.url == "https://example.com/fr/1"
    assert "Bonjour à tous" in result.article.body[0].text
    assert next(parse_many([PAGES[0].read_bytes()], jobs=0)).ok


def test_page_text_is_parsed_like_parse_does_and_other_strings_are_paths(tmp_path: Path) -> None:
    page = "<html><body><p>Ein sehr langer Absatz über die neue Brücke, die der Rat am Dienstag beschloss.</p></body></html>"
    dump = "Brücke beschlossen\n\nDer Rat beschloss am Dienstag nach langer Debatte die neue Brücke über den Fluss."
    missing = str(tmp_path / "nowhere.html")
    first, second, third = parse_many([page, dump, missing], jobs=0)
    assert first.ok and "neue Brücke" in first.article.body[0].text
    assert second.ok and second.article.headline == "Brücke beschlossen"
    assert not third.ok and third.error is not None and third.error.type == "FileNotFoundError"


def test_manifest_gives_each_file_its_url(crawl: Path) -> None:
    manifest = crawl / "urls.tsv"
    manifest.write_text("path\turl\na/one.html\thttps://example.com/one\n")
    urls = read_manifest(manifest)
    results = list(parse_many([crawl / "a" / "one.html"], jobs=0, urls=urls))
    assert results[0].source.url == results[0].article.url == "https://example.com/one"


def _slow_or_dying_parse(data: bytes, *args: object, **kwargs: object) -> cqnews.Article:
    if b"RUNAWAY" in data:
        time.sleep(60)
    if b"CRASH" in data:
        os._exit(3)
    return cqnews.parse(data, *args, **kwargs)


def test_runaway_page_is_stopped_and_the_batch_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    # Workers are forked, so they inherit this stand-in for a page that hangs the parser (for 60 s). The limit is
    # wall time: on a machine loaded eight times over, a real page can take more than 1 s of it, so the limit is
    # 5 s; a runaway that was not stopped would still hold the batch for 60 s, over the 40 s bar.
    monkeypatch.setattr(batch, "parse", _slow_or_dying_parse)
    page = PAGES[0].read_bytes()
    inputs = [page, b"<p>RUNAWAY</p>", page, b"<p>CRASH</p>", page, page]
    start = time.monotonic()
    results = list(parse_many(inputs, jobs=2, timeout=5.0))
    assert time.monotonic() - start < 40
    assert [result.error.type if result.error else "ok" for result in results] == [
        "ok", "TimeLimitError", "ok", "WorkerDied", "ok", "ok"
    ]
    assert "time limit of 5 s" in results[1].error.message


def test_memory_is_bounded_inputs_are_read_lazily() -> None:
    page = PAGES[0].read_bytes()
    consumed = 0

    def inputs() -> Iterator[bytes]:
        nonlocal consumed
        for _ in range(100):
            consumed += 1
            yield page

    results = parse_many(inputs(), jobs=2)
    next(results)
    assert consumed <= 2 * 4 + 2  # the window per worker, not the whole input
    assert sum(1 for _ in results) == 99
    results.close()


def test_results_articles_and_failures_pickle() -> None:
    ok, failed = parse_many([PAGES[0], PAGES[0].with_name("nope.html")], jobs=0)
    for result in (ok, failed):
        copy = pickle.loads(pickle.dumps(result))
        assert copy.source == result.source and copy.error == result.error
    assert pickle.loads(pickle.dumps(ok.article)) == ok.article
    assert pickle.loads(pickle.dumps(cqnews.TimeLimitError("x"))).args == ("x",)
    assert isinstance(failed.error, Failure) and Result(Source()).ok is False


def test_manifest_with_a_byte_order_mark_reads_its_header_as_a_header(crawl: Path) -> None:
    manifest = crawl / "saved_by_a_spreadsheet.tsv"
    manifest.write_bytes("\ufeffpath\turl\r\na/one.html\thttps://example.com/one\r\n".encode("utf-8"))
    urls = read_manifest(manifest)
    assert "\ufeffpath" not in urls and "path" not in urls
    results = list(parse_many([crawl / "a" / "one.html"], jobs=0, urls=urls))
    assert results[0].source.url == "https://example.com/one"


def test_an_input_of_no_page_type_is_a_type_error_that_says_so() -> None:
    page = b"<html><body><p>The council met on Tuesday to approve the new river bridge at last.</p></body></html>"
    results = parse_many([memoryview(page), None], jobs=0)
    assert next(results).ok  # (a memoryview is page bytes, as parse() takes them)
    with pytest.raises(TypeError, match=r"parse_many\(\) takes .*, not NoneType"):
        next(results)


def test_one_path_not_in_a_list_is_one_input(crawl: Path) -> None:
    """parse_many("crawl/") reads the folder, as parse_many(["crawl/"]) does, not each letter as a file name."""
    as_list = [result.source.file for result in parse_many([str(crawl)], jobs=0)]
    assert [result.source.file for result in parse_many(str(crawl), jobs=0)] == as_list
    assert [result.source.file for result in parse_many(crawl, jobs=0)] == as_list


def test_one_page_of_bytes_not_in_a_list_is_one_input() -> None:
    results = list(parse_many(SEED.read_bytes(), jobs=0))
    assert len(results) == 1 and results[0].ok


def test_one_page_in_a_bytearray_not_in_a_list_is_one_input() -> None:
    """A bytearray is page bytes as a list item is (not a run of numbers, each a TypeError)."""
    results = list(parse_many(bytearray(SEED.read_bytes()), jobs=0))
    assert len(results) == 1 and results[0].ok
