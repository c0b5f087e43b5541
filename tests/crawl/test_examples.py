"""The examples in ``examples/`` run: the httpx fetcher, the Scrapy spider and the notebook.

No network: httpx gets a ``MockTransport`` that serves a saved page, Scrapy gets the real
``HtmlResponse`` built from it, and the notebook runs in a fresh kernel with nbclient.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
from types import ModuleType

import httpx
import nbformat
from nbclient import NotebookClient
from scrapy import Request
from scrapy.http import HtmlResponse

from cqnews.testing import assert_matches_expected
from tests.paths import ROOT, SITES

CASE = json.loads((SITES / "xinhua_english.expected.json").read_text(encoding="utf-8"))
PAGE = gzip.decompress((SITES / CASE["page"]).read_bytes())
URL = CASE["url"]


def load_example(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "examples" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def serve(request: httpx.Request) -> httpx.Response:
    """A short link that redirects to the article, the article, and a 404 for everything else."""
    if request.url.path == "/short":
        return httpx.Response(301, headers={"Location": URL})
    if str(request.url) == URL:
        return httpx.Response(200, content=PAGE, headers={"Content-Type": "text/html; charset=utf-8"})
    return httpx.Response(404, content=b"not found")


def test_httpx_example_follows_redirects_and_parses() -> None:
    example = load_example("fetch_httpx")
    with httpx.Client(transport=httpx.MockTransport(serve)) as client:
        results = dict(example.fetch_all(["https://t.example/short", "https://t.example/missing"], client))
    article = results["https://t.example/short"]
    assert article.url == URL  # the URL after the redirect
    assert_matches_expected(article, CASE["expected"])
    assert isinstance(results["https://t.example/missing"], httpx.HTTPStatusError)


def test_scrapy_example_with_html_response() -> None:
    example = load_example("scrapy_spider")
    response = HtmlResponse(url=URL, body=PAGE, headers={"Content-Type": "text/html; charset=utf-8"})
    item = example.article_item(response)
    assert item is not None
    assert item["site"] == "xinhua" and item["url"] == URL
    assert item["body"][0]["text"] == CASE["expected"]["body_first"][0]
    json.dumps(item)  # an item Scrapy's feed exporters can write


def test_scrapy_spider_skips_pages_without_an_article() -> None:
    example = load_example("scrapy_spider")
    spider = example.ArticleSpider(start="https://english.news.cn/")
    index = HtmlResponse(
        url="https://english.news.cn/",
        body=b"<html><body><a href='/a.html'>A</a> <a href='https://elsewhere.example/b'>B</a></body></html>",
        encoding="utf-8",
        request=Request("https://english.news.cn/"),
    )
    out = list(spider.parse(index))
    assert [type(x) for x in out] == [Request, Request]  # no item, only the links to follow
    assert out[0].url == "https://english.news.cn/a.html"
    article = HtmlResponse(url=URL, body=PAGE, encoding="utf-8", request=Request(URL))
    first = next(iter(spider.parse(article)))
    assert isinstance(first, dict) and first["site"] == "xinhua"


def test_notebook_runs() -> None:
    path = ROOT / "examples" / "notebook.ipynb"
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    client.execute()
    outputs = [out for cell in notebook.cells if cell.cell_type == "code" for out in cell.outputs]
    assert not [out for out in outputs if out.output_type == "error"]
    html_views = [out["data"]["text/html"] for out in outputs if "text/html" in out.get("data", {})]
    assert any("Liangjiang New Area" in view and "cqnews-speaker" in view for view in html_views)
    assert any("euronews" in view and "<figure>" in view for view in html_views)
    # the batch section: a parse_many Result's view, and DataFrames built with cqnews.table's rows
    assert any('class="cqnews-result"' in view for view in html_views)
    frames = [view for view in html_views if "dataframe" in view]
    assert any("n_quotes" in view for view in frames) and any("cue" in view for view in frames)
    printed = "".join(out.get("text", "") for out in outputs if out.output_type == "stream")
    assert "images have no credit" in printed
