"""WARC files in (cqnews.warc): HTML response records, target URI, HTTP charset, record ids, size cap."""

from __future__ import annotations

import gzip
import hashlib
import io
import itertools
import json
from pathlib import Path

import pytest

import cqnews
from cqnews.cli import main
from cqnews.warc import WarcPage, dechunked, read_warc, write_warc
from tests.crawl.warc_records import response_record
from tests.paths import DATA

pytest.importorskip("fastwarc")  # in the test extra; cqnews.warc needs 'cqnews[warc]'


def digest(article: cqnews.Article) -> str:
    return hashlib.sha256(article.model_dump_json().encode()).hexdigest()


def corpus_pages(corpus: Path, count: int) -> list[tuple[str, bytes]]:
    manifest = (corpus / "regional" / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]
    pages = []
    for line in manifest[:count]:
        _, file, url, *_ = line.split("\t")
        body = gzip.decompress((corpus / "regional" / file).read_bytes())
        pages.append((url or f"https://example.com/{len(pages)}", body))
    return pages


def test_records_give_the_same_articles_as_parse(tmp_path: Path, shared_corpus: Path) -> None:
    pages = corpus_pages(shared_corpus, 6)
    path = tmp_path / "crawl.warc.gz"
    ids = write_warc(path, [WarcPage(url, body) for url, body in pages])
    documents = list(read_warc(path))
    assert [document.source.record_id for document in documents] == ids
    assert [document.source.url for document in documents] == [url for url, _ in pages]
    results = list(cqnews.parse_many([path], jobs=2))
    expected = [cqnews.parse(body, url, content_type="text/html; charset=utf-8", crawl_date=documents[0].crawl_date)
                for url, body in pages]
    assert [digest(result.article) for result in results] == [digest(article) for article in expected]


def test_http_charset_target_uri_and_record_filter(tmp_path: Path) -> None:
    zh = (DATA / "generic_news_zh.html").read_bytes()
    body = zh.replace(b"charset=gb2312", b"charset=utf-8")  # the page lies; the HTTP header is right
    assert body != zh
    path = tmp_path / "mixed.warc"
    write_warc(path, [
        WarcPage("https://news.example.cn/a.html", body, content_type="text/html; charset=GBK"),
        WarcPage("https://news.example.cn/logo.png", b"\x89PNG....", content_type="image/png"),
        WarcPage("https://news.example.cn/old", b"<p>moved</p>", status=301),
    ], compress=False)
    documents = list(read_warc(path))
    assert len(documents) == 1
    document = documents[0]
    assert document.content_type == "text/html; charset=GBK"
    article = cqnews.parse_many([path], jobs=0).__next__().article
    assert article.extraction.encoding == "gb18030"
    assert article.url == "https://news.example.cn/a.html"
    assert article.headline == cqnews.parse(zh).headline


def test_record_over_the_cap_fails_alone(tmp_path: Path) -> None:
    page = (DATA / "generic_news.html").read_bytes()
    path = tmp_path / "big.warc.gz"
    big = WarcPage("https://example.com/big", page + b" " * 50_000)
    write_warc(path, [big, WarcPage("https://example.com/ok", page)])
    options = cqnews.ParseOptions(max_input_bytes=len(page) + 100)
    documents = list(read_warc(path, limit=options.max_input_bytes))
    assert len(documents[0].data) == options.max_input_bytes + 1  # never read past the cap
    big, ok = cqnews.parse_many([path], jobs=0, options=options)
    assert big.error.type == "InputTooLargeError" and ok.ok


def test_cli_reads_warc_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = (DATA / "generic_news.html").read_bytes()
    path = tmp_path / "crawl.warc.gz"
    ids = write_warc(path, [WarcPage("https://example.com/1", page), WarcPage("https://example.com/2", page)])
    assert main(["parse", str(path), "--jobs", "1"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["source"] for line in lines] == [
        {"file": str(path), "url": f"https://example.com/{n}", "record_id": ids[n - 1]} for n in (1, 2)
    ]
    assert lines[0]["url"] == "https://example.com/1" and lines[0]["headline"]


def damaged_warc(path: Path, page: bytes) -> Path:
    """Two good records, then a record whose header is garbage (as a crawler killed mid-write leaves)."""
    write_warc(path, [WarcPage("https://example.com/1", page), WarcPage("https://example.com/2", page)], compress=False)
    with open(path, "ab") as out:
        out.write(b"WARC/1.1\r\nWARC-Type: response\r\nContent-Length: -5\r\n\r\n<html>")
    return path


def test_damaged_warc_is_a_parse_error_after_its_good_records(tmp_path: Path) -> None:
    page = (DATA / "generic_news.html").read_bytes()
    records = read_warc(damaged_warc(tmp_path / "cut.warc", page))
    assert [document.source.url for document in itertools.islice(records, 2)] == [
        "https://example.com/1", "https://example.com/2"
    ]
    with pytest.raises(cqnews.CorruptWarcError, match="after its first 2 page"):
        next(records)


def test_damaged_warc_costs_its_own_records_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = (DATA / "generic_news.html").read_bytes()
    damaged = damaged_warc(tmp_path / "cut.warc", page)
    after = tmp_path / "after.html"
    after.write_bytes(page)
    results = list(cqnews.parse_many([damaged, after], jobs=0))
    assert [result.ok for result in results] == [True, True, False, True]
    assert results[2].error.type == "CorruptWarcError" and results[2].source.file == str(damaged)
    assert main(["parse", str(damaged), str(after), "--jobs", "1"]) == 1  # the CLI goes on to the next input too
    assert len(capsys.readouterr().out.splitlines()) == 3


def cut_gzip_warc(tmp_path: Path, page: bytes, keep: float) -> Path:
    """Two whole gzip members, then a third cut after ``keep`` of its bytes (a download or copy stopped short)."""
    whole, last = tmp_path / "whole.warc.gz", tmp_path / "last.warc.gz"
    write_warc(whole, [WarcPage("https://example.com/1", page), WarcPage("https://example.com/2", page)])
    write_warc(last, [WarcPage("https://example.com/3", page)])
    member = last.read_bytes()
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(whole.read_bytes() + member[: int(len(member) * keep)])
    return path


@pytest.mark.parametrize("keep", [0.02, 0.5, 0.99])
def test_warc_cut_inside_a_gzip_member_is_reported(tmp_path: Path, keep: float) -> None:
    page = (DATA / "generic_news.html").read_bytes()
    results = list(cqnews.parse_many([cut_gzip_warc(tmp_path, page, keep)], jobs=0))
    assert [result.ok for result in results[:2]] == [True, True]
    assert results[-1].error is not None and results[-1].error.type == "CorruptWarcError"
    assert "after its first 2 page" in results[-1].error.message


def test_warc_record_cut_short_is_reported(tmp_path: Path) -> None:
    page = (DATA / "generic_news.html").read_bytes()
    path = tmp_path / "cut.warc"
    write_warc(path, [WarcPage("https://example.com/1", page), WarcPage("https://example.com/2", page)], compress=False)
    path.write_bytes(path.read_bytes()[:-200])  # the second record's body loses its end
    records = read_warc(path)
    assert next(records).source.url == "https://example.com/1"
    with pytest.raises(cqnews.CorruptWarcError, match=r"after its first 1 page.*the file is cut"):
        next(records)


def test_whole_gzip_warc_read_from_a_stream_without_tell(tmp_path: Path) -> None:
    page = (DATA / "generic_news.html").read_bytes()
    path = tmp_path / "ok.warc.gz"
    write_warc(path, [WarcPage("https://example.com/1", page), WarcPage("https://example.com/2", page)])

    class Pipe:  # a socket or pipe reader: read() only
        def __init__(self, data: bytes) -> None:
            self._data = io.BytesIO(data)

        def read(self, size: int = -1) -> bytes:
            return self._data.read(size)

    urls = [document.source.url for document in read_warc(Pipe(path.read_bytes()))]  # type: ignore[arg-type]
    assert urls == ["https://example.com/1", "https://example.com/2"]


def raw_response_record(body: bytes, transfer_encoding: str) -> bytes:
    """A response record as wget or Heritrix write it: the HTTP body as the server sent it."""
    headers = b"Content-Type: text/html; charset=utf-8\r\nTransfer-Encoding: " + transfer_encoding.encode()
    return response_record(
        body, headers, url="https://example.com/chunked", record_id="7c1d2f4e-0000-4000-8000-000000000001",
        date="2024-01-01T00:00:00Z",
    )


def test_chunked_body_is_read_without_its_chunk_sizes(tmp_path: Path) -> None:
    page = (DATA / "generic_news.html").read_bytes()
    chunks = b"".join(b"%x\r\n%s\r\n" % (len(page[at : at + 500]), page[at : at + 500]) for at in range(0, len(page), 500))
    path = tmp_path / "chunked.warc"
    path.write_bytes(raw_response_record(chunks + b"0\r\n\r\n", "chunked"))
    assert [document.data for document in read_warc(path)] == [page]


def test_body_already_decoded_under_a_chunked_header_is_read_as_it_is(tmp_path: Path) -> None:
    page = (DATA / "generic_news.html").read_bytes()
    path = tmp_path / "decoded.warc"
    path.write_bytes(raw_response_record(page, "chunked") + raw_response_record(page, "chunked"))
    assert [document.data for document in read_warc(path)] == [page, page]


@pytest.mark.parametrize(
    ("body", "payload"),
    [
        (b"5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n", b"hello world"),
        (b"5;name=value\r\nhello\r\n0\r\n\r\n", b"hello"),  # a chunk extension
        (b"5\r\nhello\r\n3\r\nwor", b"hellowor"),  # the server stopped inside a chunk
        (b"1e\r\n<html><p>cut in its", b"<html><p>cut in its"),  # the server stopped inside the only chunk
        (b"<html>5\r\n", b"<html>5\r\n"),  # no chunked data
        (b"5\r\nhelloXX", b"5\r\nhelloXX"),  # a chunk without its line break
    ],
)
def test_dechunked(body: bytes, payload: bytes) -> None:
    assert dechunked(body) == payload
