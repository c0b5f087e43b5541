"""Credentials in a URL never reach an Article (sixteenth reliability round).

``url="https://user:secret@…"`` (a crawler's account on a paywalled site) was kept in ``Article.url`` and lent to
every image joined to the page; a canonical link or an image with credentials was kept as written. The user name and
password are removed, the URL kept, with a warning that does not repeat them.
"""

from __future__ import annotations

import cqnews

_PAGE = (
    "<html><head><title>Pier plan</title>{head}</head><body><article><h1>Pier plan</h1>"
    "<p>The council met on Tuesday to discuss the old pier, which has been closed to walkers for years.</p>"
    "<figure><img src=\"{src}\"><figcaption>The pier at dawn. Photo: Ruth Okafor</figcaption></figure>"
    "</article></body></html>"
)


def _secret_free(article: cqnews.Article) -> None:
    dumped = article.model_dump_json()
    assert "hunter2" not in dumped
    assert "crawlbot" not in dumped
    assert any("user name or password" in warning for warning in article.extraction.warnings)


def test_page_url_with_credentials() -> None:
    article = cqnews.parse(_PAGE.format(head="", src="/img/pier.jpg"), url="https://crawlbot:hunter2@news.example/a/1")
    assert article.url == "https://news.example/a/1"
    assert [image.src for image in article.images] == ["https://news.example/img/pier.jpg"]
    _secret_free(article)


def test_token_as_user_name_and_port_kept() -> None:
    article = cqnews.parse(_PAGE.format(head="", src="pier.jpg"), url="http://hunter2@news.example:8080/a/1?id=3")
    assert article.url == "http://news.example:8080/a/1?id=3"
    assert [image.src for image in article.images] == ["http://news.example:8080/a/pier.jpg"]
    _secret_free(article)


def test_canonical_and_image_with_credentials() -> None:
    head = '<link rel="canonical" href="https://crawlbot:hunter2@news.example/a/1">'
    article = cqnews.parse(_PAGE.format(head=head, src="//crawlbot:hunter2@cdn.example/pier.jpg"))
    assert article.url == "https://news.example/a/1"
    assert [image.src for image in article.images] == ["https://cdn.example/pier.jpg"]  # joined to the canonical URL
    _secret_free(article)


def test_at_sign_in_path_is_no_credential() -> None:
    article = cqnews.parse(_PAGE.format(head="", src="pier.jpg"), url="https://news.example/@ruth/pier-plan")
    assert article.url == "https://news.example/@ruth/pier-plan"
    assert not any("user name or password" in warning for warning in article.extraction.warnings)
