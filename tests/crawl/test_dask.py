"""cqnews.dask on a 2-worker distributed.LocalCluster: bags of Articles, Parquet, a dataframe."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

import cqnews
from cqnews.warc import WarcPage, write_warc
from tests.paths import DATA, ROOT

distributed = pytest.importorskip("distributed")
cqdask = pytest.importorskip("cqnews.dask")
pq = pytest.importorskip("pyarrow.parquet")

PAGES = [DATA / "generic_news.html", DATA / "generic_news_zh.html", ROOT / "examples" / "ichongqing-liangjiang.txt"]


def digest(article: cqnews.Article) -> str:
    return hashlib.sha256(article.model_dump_json().encode()).hexdigest()


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        yield client


@pytest.fixture()
def inputs(tmp_path: Path) -> list[str]:
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [WarcPage(f"https://example.com/{n}", path.read_bytes()) for n, path in enumerate(PAGES[:2])])
    pages = tmp_path / "pages"
    pages.mkdir()
    for path in PAGES:
        (pages / path.name).write_bytes(path.read_bytes())
    return [str(warc), str(pages)]


def test_bag_of_articles_equals_parse(client: object, inputs: list[str]) -> None:
    articles = cqdask.articles(inputs, files_per_partition=2).compute()
    fetched = datetime(2024, 1, 1, tzinfo=UTC)  # write_warc's default WARC-Date
    expected = [cqnews.parse(path.read_bytes(), f"https://example.com/{n}", content_type="text/html; charset=utf-8",
                             crawl_date=fetched) for n, path in enumerate(PAGES[:2])]
    expected += [cqnews.parse(path.read_bytes()) for path in sorted(PAGES, key=lambda p: p.name)]
    assert sorted(map(digest, articles)) == sorted(map(digest, expected))


def test_parquet_and_dataframe(client: object, inputs: list[str], tmp_path: Path) -> None:
    out = tmp_path / "parquet"
    assert cqdask.to_parquet(inputs, out, files_per_partition=2) == 5
    assert len(list(out.glob("part-*.parquet"))) == 3  # the WARC, and two groups of page files
    rows = pq.read_table(out).to_pylist()
    assert sorted(row["url"] or "" for row in rows)[-2:] == ["https://example.com/0", "https://example.com/1"]
    frame = cqdask.to_dataframe(inputs, files_per_partition=2).compute()
    assert len(frame) == 5
    assert sorted(frame["headline"].dropna()) == sorted(row["headline"] for row in rows if row["headline"])
    assert isinstance(frame["quotes"].iloc[0], list)


def test_one_path_not_in_a_list_is_one_input(tmp_path: Path) -> None:
    """cqnews.dask.articles("crawl/") reads the folder, not each letter of the name as a path."""
    (tmp_path / "story.html").write_bytes(b"<p>The ferry ran late on Monday.</p>")
    assert cqdask.partitions(str(tmp_path)) == cqdask.partitions([str(tmp_path)]) == [[str(tmp_path / "story.html")]]
