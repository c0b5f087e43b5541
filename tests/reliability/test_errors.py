"""Bad input raises a documented ParseError subclass with a helpful message."""

from __future__ import annotations

from pathlib import Path

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


def test_path_object_names_the_way_to_read_it(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    page.write_bytes(b"<p>Text</p>")
    with pytest.raises(TypeError, match=r"read_bytes\(\)"):
        cqnews.parse(page)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["story.html", "crawl/2024/story.htm.gz", "notes.TXT"])
def test_string_naming_a_file_warns(name: str) -> None:
    """cqnews.parse("story.html") reads the file name as a one-line page: the warning says so (from the text
    alone: parse() never touches the file system)."""
    warnings = cqnews.parse(name).extraction.warnings
    assert any("names a file" in warning and "open(" in warning for warning in warnings), warnings


def test_string_that_is_a_url_warns() -> None:
    warnings = cqnews.parse("https://www.example.com/news/story.html").extraction.warnings
    assert any("is a URL" in warning and "parse_response" in warning for warning in warnings), warnings


@pytest.mark.parametrize(
    ("line", "said"),
    [("crawl/story.html\n", "names a file"), ("https://www.example.com/news/story.html\r\n", "is a URL")],
)
def test_a_name_read_as_a_line_warns(line: str, said: str) -> None:
    """A name read from a file keeps its line break (``for line in open("pages.txt"): cqnews.parse(line)``): one at
    the end makes no second line, and the warning is given as without it (a file's for a path, a URL's for a URL)."""
    warnings = cqnews.parse(line).extraction.warnings
    assert any(said in warning for warning in warnings), warnings


def test_one_line_of_text_does_not_warn_of_a_path() -> None:
    text = "The council met on Tuesday to discuss the new bridge over the river near the old town centre."
    warnings = cqnews.parse(text).extraction.warnings
    assert not any("names a file" in warning or "is a URL" in warning for warning in warnings), warnings


def test_attributions_without_quotes_is_refused() -> None:
    """Attributions are found with the quotes: asking for them with quotes off used to give None silently."""
    with pytest.raises(ValueError, match="quotes"):
        cqnews.ParseOptions(quotes=False, attributions=True)


def test_url_schemes_as_one_string_is_refused() -> None:
    """url_schemes="https" would be read letter by letter; the error names the tuple to write."""
    with pytest.raises(TypeError, match=r"\('https',\)"):
        cqnews.ParseOptions(url_schemes="https")  # type: ignore[arg-type]
