"""parse_many(urls=…) finds a page's URL whatever the spelling of its key: a ``Path`` (a notebook's
``{Path("a.html"): url}``) or another form of the same path (``./a.html``) gave the page no URL, silently."""

from __future__ import annotations

from pathlib import Path

import pytest

import cqnews

PAGE = (
    "<html><body><article><h1>Ferry timetable changes</h1><p>The island ferry will leave an hour earlier from"
    " next week, the operator announced on Friday.</p></article></body></html>"
)


@pytest.mark.parametrize("spelling", ["path", "dot", "doubled-slash"])
def test_url_keys_in_any_spelling(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spelling: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.html").write_text(PAGE)
    key: object = {"path": Path("pages/a.html"), "dot": "./pages/a.html", "doubled-slash": "pages//a.html"}[spelling]
    [result] = cqnews.parse_many(["pages/a.html"], jobs=0, urls={key: "https://news.example/ferry"})  # type: ignore[dict-item]
    assert result.source.url == "https://news.example/ferry"
    assert result.article is not None and result.article.url == "https://news.example/ferry"
