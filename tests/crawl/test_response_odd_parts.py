"""parse_response on responses shaped oddly: a URL kept as bytes is the URL (not "b'https://…'"), and a headers
mapping that fails to decode a header reads as one without it (no ValueError out of cqnews), with a warning."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

import cqnews

PAGE = (
    b"<html><head><title>Ferry timetable</title></head><body><article><h1>Ferry timetable changes</h1>"
    b"<p>The island ferry will leave an hour earlier from next week, the operator announced on Friday.</p>"
    b"<p>Evening crossings stay as they are until the end of the summer season.</p></article></body></html>"
)


class UndecodableHeaders:
    """A mapping whose lookups fail as a strict one does on a header of bytes it cannot decode."""

    def get(self, key: object) -> object:
        raise UnicodeDecodeError("ascii", b"\xff", 0, 1, "ordinal not in range(128)")


class RefusingHeaders:
    def get(self, key: object) -> object:
        raise ValueError("header values are not text")


def test_url_given_as_bytes_is_decoded() -> None:
    response = SimpleNamespace(content=PAGE, url=b"https://ferries.example.com/timetable", headers={})
    assert cqnews.parse_response(response).url == "https://ferries.example.com/timetable"


@pytest.mark.parametrize("headers", [UndecodableHeaders(), RefusingHeaders()], ids=["unicode", "value"])
def test_headers_that_fail_to_decode_are_left_out(headers: object) -> None:
    response = SimpleNamespace(content=PAGE, url="https://ferries.example.com/timetable", headers=headers)
    article = cqnews.parse_response(response)
    assert article.headline == "Ferry timetable changes"
    assert any("Content-Type header could not be decoded" in w for w in article.extraction.warnings)


def test_readable_headers_give_no_such_warning() -> None:
    headers = {"Content-Type": "text/html; charset=utf-8"}
    response = SimpleNamespace(content=PAGE, url="https://ferries.example.com/timetable", headers=headers)
    assert not any("could not be decoded" in w for w in cqnews.parse_response(response).extraction.warnings)


@pytest.mark.parametrize("url", [5, 3.5, {"href": "https://ferries.example.com/"}, ["https://ferries.example.com/"]])
def test_url_of_another_type_is_the_type_error_parse_gives(url: object) -> None:
    response = SimpleNamespace(content=PAGE, url=url, headers={})
    with pytest.raises(TypeError, match="url takes str"):
        cqnews.parse_response(response)


@pytest.mark.parametrize("url", [None, "", b""])
def test_missing_or_empty_url_is_none(url: object) -> None:
    response = SimpleNamespace(content=PAGE, url=url, headers={})
    assert cqnews.parse_response(response).url is None
