"""Bad input raises a documented ParseError subclass with a helpful message."""

from __future__ import annotations

import pytest

import cqnews


@pytest.mark.parametrize("data", [b"", b"   \n\t ", "", "  \n"])
def test_empty_input(data: str | bytes) -> None:
    with pytest.raises(cqnews.EmptyInputError, match="empty"):
        cqnews.parse(data)


def test_binary_input() -> None:
    with pytest.raises(cqnews.NotHTMLError):
        cqnews.parse(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    with pytest.raises(cqnews.NotHTMLError):
        cqnews.parse(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_size_limit() -> None:
    options = cqnews.ParseOptions(max_input_bytes=1000)
    with pytest.raises(cqnews.InputTooLargeError, match="max_input_bytes"):
        cqnews.parse(b"<p>" + b"x" * 2000 + b"</p>", options=options)


def test_node_limit() -> None:
    options = cqnews.ParseOptions(max_nodes=100)
    with pytest.raises(cqnews.TreeTooLargeError):
        cqnews.parse("<html><body>" + "<p>a</p>" * 500 + "</body></html>", options=options)


def test_errors_are_parse_errors() -> None:
    for error in (cqnews.EmptyInputError, cqnews.NotHTMLError, cqnews.DecodeError, cqnews.InputTooLargeError,
                  cqnews.TreeTooLargeError, cqnews.BlockTooLargeError, cqnews.UnknownSiteError):
        assert issubclass(error, cqnews.ParseError)
        assert error.__doc__


def test_wrong_type() -> None:
    with pytest.raises(TypeError):
        cqnews.parse(12345)  # type: ignore[arg-type]
