"""Fetch news pages with httpx and parse them with cqnews.

    pip install cqnews httpx
    python examples/fetch_httpx.py https://www.ichongqing.info/2021/05/17/... [more URLs]

The page's bytes and its Content-Type header go to :func:`cqnews.parse` as they arrived, so cqnews
decodes them like a browser would (header charset, ``<meta>``, sniffing). The final URL after
redirects is the article's URL, and it is what relative image links resolve against.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator

import httpx

import cqnews
from cqnews.render import to_markdown

USER_AGENT = "cqnews-example/0.1 (+https://example.invalid/contact)"  # say who you are to the sites you fetch


def fetch_article(client: httpx.Client, url: str, options: cqnews.ParseOptions | None = None) -> cqnews.Article:
    """GET ``url`` and parse the response; raises ``httpx.HTTPError`` or ``cqnews.ParseError``."""
    response = client.get(url, follow_redirects=True)
    response.raise_for_status()
    return cqnews.parse(
        response.content,
        url=str(response.url),
        content_type=response.headers.get("content-type"),
        options=options,
    )


def fetch_all(urls: Iterable[str], client: httpx.Client) -> Iterator[tuple[str, cqnews.Article | Exception]]:
    """Each URL with its Article, or the error that stopped it (one bad page does not stop the rest)."""
    for url in urls:
        try:
            yield url, fetch_article(client, url)
        except (httpx.HTTPError, cqnews.ParseError) as exc:
            yield url, exc


def main(argv: list[str]) -> int:
    failures = 0
    with httpx.Client(headers={"User-Agent": USER_AGENT}, timeout=20.0) as client:
        for url, result in fetch_all(argv, client):
            if isinstance(result, Exception):
                failures += 1
                print(f"{url}: {type(result).__name__}: {result}", file=sys.stderr)
            else:
                print(to_markdown(result))
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
