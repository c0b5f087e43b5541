"""Speed shortcuts that must give exactly what the long way gives.

* ``import cqnews`` loads the models but not the parse pipeline; ``cqnews.parse`` and ``cqnews.warm_up()`` load it.
* The trafilatura options cqnews copies from a template equal those ``Extractor(url=...)`` builds.
* ``find_container`` keys a paragraph from its normalised head: the key of the whole normalised text.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from trafilatura.settings import Extractor

from cqnews.extract.generic import _key, _normalized_head, _options
from cqnews.text import normalize_space


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
    fresh = Extractor(output_format="python", comments=False, tables=True, formatting=False, url=url, fast=fast)
    copied = _options(url, fast)
    for name in Extractor.__slots__:
        assert getattr(copied, name) == getattr(fresh, name), name


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
