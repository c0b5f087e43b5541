"""A response whose headers object raises from its own lookups (nineteenth reliability round, second part). A
header the object cannot decode (``ValueError``) reads as absent with a warning (round 11); any other exception of
the caller's object passes unchanged, as a ``parse_many`` generator's own does: it is the caller's error, not the
page's, and wrapping it in a ParseError would hide the caller's bug behind an input error. The decision is pinned
here and written in ``parse_response``'s docstring. Made-up responses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

import cqnews

PAGE = (
    b"<html><head><title>Ferry timetable changes</title></head><body><article><h1>Ferry timetable changes</h1>"
    b"<p>The winter ferry timetable starts on Monday, with two fewer crossings each day, the operator said.</p>"
    b"<p>The last boat will leave the island at eight in the evening instead of ten, it said.</p></article></body>"
    b"</html>"
)


class ClosedConnection(Exception):
    """The caller's own error class."""


@dataclass
class Headers:
    error: Exception

    def get(self, key: Any) -> Any:
        raise self.error

    def items(self) -> Any:
        raise self.error


@dataclass
class Response:
    headers: Headers
    url: str = "https://ferry.example/timetable"
    content: bytes = PAGE
    status_code: int = 200


@pytest.mark.parametrize("error", [RuntimeError("connection closed"), OSError("reset"), ClosedConnection("gone")])
def test_the_callers_own_error_passes_unchanged(error: Exception) -> None:
    with pytest.raises(type(error)) as raised:
        cqnews.parse_response(Response(Headers(error)))
    assert raised.value is error
    assert not isinstance(raised.value, cqnews.ParseError)


def test_a_header_that_cannot_be_decoded_reads_as_absent() -> None:
    article = cqnews.parse_response(Response(Headers(ValueError("bad header bytes"))))
    assert article.headline == "Ferry timetable changes"
    assert any("could not be decoded" in warning for warning in article.extraction.warnings)
