"""The HTML parser reads a page's UTF-8 bytes when the text is their strict decoding and the checks before the
parse leave it unchanged; the tree is the one the decoded text gives."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from lxml import etree

import cqnews
from cqnews import char_refs, document
from cqnews.document import parse_tree
from cqnews.options import DEFAULT_OPTIONS

_PAGE = (
    '<html><head><meta charset="iso-8859-1"><title>Café</title></head>'
    "<body><article><p>Le café de la gare ouvre à 6 h — “tôt”, dit José.</p></article></body></html>"
)


@pytest.fixture
def parsed_inputs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[type]]:
    """The type of what each call of the HTML parser was given."""
    kinds: list[type] = []
    parse = document.document_fromstring

    def recording(markup: str | bytes, **kwargs: object) -> object:
        kinds.append(type(markup))
        return parse(markup, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(document, "document_fromstring", recording)
    yield kinds


def test_strict_utf8_bytes_go_to_the_parser(parsed_inputs: list[type]) -> None:
    article = cqnews.parse(_PAGE.encode("utf-8"))
    assert parsed_inputs == [bytes]
    assert article.headline == "Café"  # (the page's meta charset does not override UTF-8)
    assert "“tôt”, dit José" in article.body[0].text


@pytest.mark.parametrize(
    "data",
    [
        _PAGE.encode("utf-8").replace(b"6 h", b"6\x00h"),  # NUL removed: the text is no longer the bytes
        _PAGE.encode("utf-8").replace(b"6 h", b"6&#1;h"),  # a reference to a control character is removed
        _PAGE.encode("utf-8").replace("é".encode(), b"\xe9"),  # not UTF-8: decoded otherwise
        b'<?xml version="1.0" encoding="utf-8"?>' + _PAGE.encode("utf-8"),  # the declaration is cut
    ],
)
def test_changed_or_other_text_goes_as_str(parsed_inputs: list[type], data: bytes) -> None:
    cqnews.parse(data)
    assert parsed_inputs == [str]


def test_bytes_and_text_give_the_same_tree() -> None:
    text = _PAGE.replace("<p>", "<p class='x'>&nbsp;&#8217;<br>", 1) + "<!-- tail --><p>après</p>"
    from_bytes = parse_tree(text, DEFAULT_OPTIONS, utf8=text.encode("utf-8"))
    from_text = parse_tree(text, DEFAULT_OPTIONS)
    assert etree.tostring(from_bytes, encoding=str) == etree.tostring(from_text, encoding=str)


def test_page_without_a_suspect_reference_is_not_searched_as_text(monkeypatch: pytest.MonkeyPatch) -> None:
    def unexpected(text: str) -> str:
        raise AssertionError("the bytes show no reference that could change the text")

    monkeypatch.setattr(char_refs, "resolve_char_refs", unexpected)
    article = cqnews.parse(_PAGE.replace("— “tôt”", "&#8212; &#8220;tôt&#8221;").encode("utf-8"))
    assert "— “tôt”, dit José" in article.body[0].text


@pytest.mark.parametrize("code", [*range(0x00, 0x21), 0x7F, 0xA0, 0xD7FF, 0xD800, 0xDFFF, 0xE000, 0xFFFE, 0x10FFFF, 0x110000])
def test_the_bytes_pattern_finds_what_the_text_pattern_finds(code: int) -> None:
    for spelling in (f"&#{code};", f"&#{code}é", f"&#x{code:x}é", f"&#X{code:X}", f"&#x00{code:x}", f"&#0{code}7"):
        text = f"é{spelling} ü"
        in_text = [m.span() for m in char_refs.SUSPECT_CHAR_REF.finditer(text)]
        in_bytes = char_refs.SUSPECT_CHAR_REF_UTF8.search(text.encode("utf-8"))
        assert (in_bytes is None) == (not in_text), spelling
