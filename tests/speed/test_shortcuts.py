"""Speed shortcuts that must give exactly what the long way gives.

* ``import cqnews`` loads the models but not the parse pipeline; ``cqnews.parse`` and ``cqnews.warm_up()`` load it.
* The trafilatura options cqnews copies from a template equal those ``Extractor(url=...)`` builds.
* ``find_container`` keys a paragraph from its normalised head: the key of the whole normalised text.
* ``normalize_space`` and ``clean_text`` return printable, already-normal text as it is: what the long way gives.
* The paragraph texts the generic path reads are ``text_content()``'s.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from trafilatura.settings import Extractor

from cqnews.document import parse_tree
from cqnews.extract.container import _key, _normalized_head, block_texts
from cqnews.extract.generic import _options
from cqnews.options import ParseOptions
from cqnews.text import clean_text, normalize_space


def _modules_after(statement: str) -> set[str]:
    probe = f"import sys\n{statement}\nprint(' '.join(sorted(m for m in sys.modules if m.startswith('cqnews'))))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_import_leaves_the_pipeline_for_the_first_parse() -> None:
    loaded = _modules_after("import cqnews")
    assert "cqnews.models" in loaded
    assert "cqnews.pipeline" not in loaded
    assert "cqnews.enrich.captions" not in loaded


def test_parse_and_warm_up_load_the_pipeline() -> None:
    assert "cqnews.pipeline" in _modules_after("import cqnews\ncqnews.parse")
    warmed = _modules_after("import cqnews\ncqnews.warm_up()")
    assert {"cqnews.pipeline", "cqnews.enrich.quotes", "cqnews.extract.generic"} <= warmed


def test_from_import_gives_the_pipeline_functions() -> None:
    from cqnews import parse, parse_text, warm_up
    from cqnews.pipeline import parse as pipeline_parse

    assert parse is pipeline_parse
    assert callable(parse_text) and callable(warm_up)


@pytest.mark.parametrize("url", [None, "https://example.org/a", "https://example.org/\udcff"])
@pytest.mark.parametrize("fast", [True, False])
def test_copied_options_equal_fresh_ones(url: str | None, fast: bool) -> None:
    # Only a fast run's plain text is read: a full run asks for "txt" output, which leaves it unbuilt.
    output = "python" if fast else "txt"
    fresh = Extractor(output_format=output, comments=False, tables=True, formatting=False, url=url, fast=fast)
    copied = _options(url, fast)
    for name in Extractor.__slots__:
        if name == "date_params":
            # The day read from the clock when the template was made, used only by metadata extraction (left
            # off): a process running past midnight holds yesterday's, and must still equal in all else.
            assert _without_day(copied.date_params) == _without_day(fresh.date_params), name
            continue
        assert getattr(copied, name) == getattr(fresh, name), name


def _without_day(params: dict[str, object]) -> dict[str, object]:
    return {key: value for key, value in params.items() if key != "max_date"}


def test_copies_do_not_share_the_url() -> None:
    first, second = _options("https://a.example/", True), _options("https://b.example/", True)
    assert (first.url, second.url) == ("https://a.example/", "https://b.example/")


@pytest.mark.parametrize(
    "text",
    [
        "short",
        "  A paragraph   that opens with spaces and runs on " + "word " * 80,
        "x" * 59 + " \n\t " * 100 + "tail",  # the head holds no whole key: the whole text is normalised
        "Ä\u00a0ß\u3000" * 70,  # no-break and ideographic spaces; casefold lengthens ß after the cut
        " " * 300 + "late start",
        "zero\u200bwidth " * 40,
    ],
)
def test_head_key_is_the_whole_text_key(text: str) -> None:
    assert _key(_normalized_head(text)) == _key(normalize_space(text))


# The long ways, as the docstrings define them.
_ANY_SPACE = re.compile(r"[\s\u00a0\u3000]+")
_ZERO_WIDTH = re.compile("[\u200b\u2060\ufeff]")


def _normalized_the_long_way(text: str) -> str:
    return _ANY_SPACE.sub(" ", _ZERO_WIDTH.sub("", text)).strip()
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


def test_every_character_normalises_and_cleans_as_the_long_way() -> None:
    # One character between letters, doubled, and at both ends: each of the BMP's code points.
    for code in range(0x10000):
        char = chr(code)
        for text in (f"a{char}b", f"a{char}{char}b", f"{char}a b{char}"):
            assert normalize_space(text) == _normalized_the_long_way(text), hex(code)
            assert clean_text(text) == _INVALID.sub("\ufffd", text), hex(code)


@pytest.mark.parametrize(
    "text",
    ["", " ", "Already normal.", "Two  spaces", " lead", "trail ", "tab\tin", "nbsp\u00a0in", "zw\u200bsp",
     "市民\u3000在江边", "line\nbreak", "bom\ufeff", "ctl\x01x", "\ud800lone"],
)
def test_made_up_texts_take_the_same_way(text: str) -> None:
    assert normalize_space(text) == _normalized_the_long_way(text)
    assert clean_text(text) == _INVALID.sub("\ufffd", text)


def test_paragraph_texts_are_text_content() -> None:
    root = parse_tree(
        "<html><body><div><p>One <b>bold</b> word<br>and&nbsp;more</p><ul><li>Item <i>two</i></li></ul>"
        "<table><tr><td>Cell <a href='/x'>link</a></td></tr></table><h2>Head</h2>tail</div></body></html>",
        ParseOptions(),
    )
    texts = block_texts(root)
    assert [element.tag for element, _ in texts] == ["p", "li", "td", "h2"]
    assert [text for _, text in texts] == [element.text_content() for element, _ in texts]
    assert texts[0][1] == "One bold wordand\u00a0more"
