"""A page a script writes in (a client-side app) has no body in its HTML: the markup sits in a
``<script type="text/template">``, or the text in the app's state (``window.__INITIAL_STATE__ = {…}``, a
``<script type="application/json">``). Before, the body came out empty with the generic "no body" warnings; a
warning now says where the text may be and that cqnews runs no script."""

from __future__ import annotations

import json

import cqnews

_PARAGRAPHS = "".join(
    f"<p>The ferry company said on Monday that fares across the bay would rise by a tenth, part {k}.</p>"
    for k in range(40)
)


def _page(script: str) -> str:
    return f'<html><head><title>Ferry fares</title></head><body><div id="app"></div>{script}</body></html>'


def _warnings(script: str) -> list[str]:
    return cqnews.parse(_page(script), url="https://news.example/ferry").extraction.warnings


def test_template_script_is_named() -> None:
    script = f'<script type="text/template" id="story"><article><h1>Ferry fares rise</h1>{_PARAGRAPHS}</article></script>'
    assert any("<script type='text/template'>" in warning and "cqnews.parse(script.text)" in warning
               for warning in _warnings(script))


def test_state_assignment_is_named() -> None:
    state = {"story": {"title": "Ferry fares rise", "paragraphs": [f"The ferry fares rise, part {k}." for k in range(200)]}}
    script = f"<script>window.__INITIAL_STATE__ = {json.dumps(state)};</script>"
    assert any("__INITIAL_STATE__" in warning and "headless browser" in warning for warning in _warnings(script))


def test_json_data_script_is_named() -> None:
    data = {"props": {"body": " ".join(f"The ferry fares rise, part {k}." for k in range(200))}}
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'
    assert any("(__NEXT_DATA__," in warning for warning in _warnings(script))


def test_page_with_body_gets_no_such_warning() -> None:
    state = {"user": {"items": [f"item {k}" for k in range(500)]}}
    html = (
        f"<html><head><title>Ferry fares</title></head><body><article><h1>Ferry fares rise</h1>{_PARAGRAPHS}"
        f"</article><script>window.__APP_STATE__ = {json.dumps(state)};</script></body></html>"
    )
    article = cqnews.parse(html)
    assert article.body and not any("script" in warning for warning in article.extraction.warnings)


def test_small_or_running_scripts_say_nothing() -> None:
    script = "<script>var x = 1;" + " x += 1;" * 400 + "</script><script type='text/template'><b>{{name}}</b></script>"
    assert not any("script" in warning for warning in _warnings(script))
