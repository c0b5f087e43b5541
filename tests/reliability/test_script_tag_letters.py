"""Tag names that read as ``script``, ``style`` or ``rss`` only under Unicode case rules (Session 60).

Before the parse, the attribute check skips the contents of ``<script>`` and ``<style>`` (raw text to the parser).
It found them case-insensitively by Python's rules, which also take the long s (``ſ``) for an "s" and the dotted
capital I (``İ``) for an "i", then looked the lowered name up among "script" and "style": a page holding
``<ſcript>`` and one long tag made ``cqnews.parse`` raise ``KeyError``. libxml2 reads tag names in ASCII case alone,
so such a tag is no script (libxml2 even reads "<ſcript>" as text): the check now reads its contents as markup. The feed
test on a page's first element (``<rſs>``: ``KeyError`` on any such page) and the removal of embed code written out
as text (``<ſcript src=…>``) had the same fault: all three read tag names in ASCII case now.
"""

from __future__ import annotations

import pytest

import cqnews
from cqnews.extract.blocks import strip_embedded_markup

_OPTIONS = cqnews.ParseOptions(time_budget=None, max_quote_chars=0)
_TEXT = (
    "The harbour board met on Tuesday evening to hear the engineers' report on the breakwater, which storms "
    "had cracked in two places over the winter. "
)


def _page(odd_tag: str) -> str:
    # The long data attribute makes the page hold a tag of over a thousand characters (the check's trigger).
    return (
        "<html><head><title>Harbour board</title></head><body><article><h1>Harbour board</h1>"
        f"<{odd_tag}>var seen = 1;</{odd_tag}><p>{_TEXT * 3}</p>"
        f'<div data-state="{"x" * 1200}">Filed from the quay.</div></article></body></html>'
    )


@pytest.mark.parametrize("odd_tag", ["\u017fcript", "scr\u0130pt", "\u017ftyle", "SCR\u0131PT"])
def test_a_lookalike_script_tag_is_parsed(odd_tag: str) -> None:
    article = cqnews.parse(_page(odd_tag), options=_OPTIONS)
    assert any(block.text.startswith("The harbour board met on Tuesday evening") for block in article.body)


def test_a_lookalike_script_tag_with_too_many_attributes_is_refused() -> None:
    # The contents of an unknown element are markup to libxml2: a tag of 600 names inside one is still refused.
    names = " ".join(f"a{i}" for i in range(600))
    page = f"<html><body><\u017fcript><div {names}>x</div></\u017fcript><p>{_TEXT}</p></body></html>"
    with pytest.raises(cqnews.TreeTooLargeError):
        cqnews.parse(page, options=_OPTIONS)


def test_a_lookalike_feed_root_is_no_feed() -> None:
    page = f"<r\u017fs><p>{_TEXT * 2}</p></r\u017fs>"
    article = cqnews.parse(page, options=_OPTIONS)
    assert any(block.text.startswith("The harbour board met on Tuesday evening") for block in article.body)


def test_lookalike_embed_code_in_text_is_kept_as_written() -> None:
    text = 'Tap <\u017fcript src="x.js"></\u017fcript> to play; <SCRIPT src="y.js">load()</script> ends it.'
    assert strip_embedded_markup(text) == 'Tap <\u017fcript src="x.js"></\u017fcript> to play;  ends it.'
