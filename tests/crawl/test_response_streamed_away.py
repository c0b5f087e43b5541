"""parse_response of a response whose body was streamed and not kept (requests' ``stream=True`` then
``iter_content``; an httpx stream never ``read()``) is a TypeError saying so, as for an object with no body; before,
the client's RuntimeError escaped, which neither ``except cqnews.ParseError`` nor ``except TypeError`` caught."""

from __future__ import annotations

import io
from typing import ClassVar

import pytest

import cqnews

PAGE = (
    b"<html><head><title>Library</title></head><body><article><h1>Library opens on Sundays</h1>"
    b"<p>The central library opens on Sunday afternoons from next month, the council said.</p></article>"
    b"</body></html>"
)


class Streamed:
    """A response whose body cannot be read any more, as requests and httpx raise it."""

    url = "https://town.example/library"
    headers: ClassVar[dict[str, str]] = {"Content-Type": "text/html"}

    @property
    def content(self) -> bytes:
        raise RuntimeError("The content for this response was already consumed")


def test_a_body_streamed_away_is_a_type_error_naming_it() -> None:
    with pytest.raises(TypeError, match="streamed body must be read whole first") as caught:
        cqnews.parse_response(Streamed())
    assert "already consumed" in str(caught.value)
    assert isinstance(caught.value.__cause__, RuntimeError)


def test_requests_response_consumed_by_iter_content() -> None:
    requests = pytest.importorskip("requests")
    response = requests.models.Response()
    response.raw, response.status_code, response.url = io.BytesIO(PAGE), 200, "https://town.example/library"
    for _ in response.iter_content(64):
        pass
    with pytest.raises(TypeError, match="streamed body"):
        cqnews.parse_response(response)


def test_requests_response_streamed_but_unread_is_read() -> None:
    requests = pytest.importorskip("requests")
    response = requests.models.Response()
    response.raw, response.status_code, response.url = io.BytesIO(PAGE), 200, "https://town.example/library"
    assert cqnews.parse_response(response).headline == "Library opens on Sundays"
