"""The hidden-element candidates read from the style attributes in Python are those of the XPath they replace
(elements below the root whose style holds "none" or "hidden" once the letters N, O, E, H, I, D are lowered)."""

from __future__ import annotations

import random

from lxml import etree
from lxml.html import document_fromstring

from cqnews import document

_BEFORE = etree.XPath(
    ".//*[@style][contains(translate(@style, 'NOEHID', 'noehid'), 'none')"
    " or contains(translate(@style, 'NOEHID', 'noehid'), 'hidden')]"
)

_STYLES = (
    "display:none", "DISPLAY: NONE !important", "visibility:Hidden", "color:red", "", "overflow:HIDDEN",
    "font-family:Nonesuch", "hİdden", "HİDDEN", "noNe", "width:1\u212aem", "display:n one", "hid den",
)


def _page(styles: list[str]) -> str:
    parts = "".join(f'<div style="{style}"><p id="p{n}" style="{style}">Text {n}</p></div>' for n, style in enumerate(styles))
    return f'<html style="display:none"><body style="visibility:hidden"><span>no style</span>{parts}</body></html>'


def test_the_same_elements_as_the_xpath() -> None:
    root = document_fromstring(_page(list(_STYLES)), parser=document._parser())
    found = document._hiding_style_candidates(root)
    assert found == _BEFORE(root)
    assert root not in found  # (the root's own style is not read: ".//")
    assert [e.get("style") for e in found if e.tag == "p"] == [
        "display:none", "DISPLAY: NONE !important", "visibility:Hidden", "overflow:HIDDEN", "font-family:Nonesuch",
        "noNe",
    ]


def test_random_styles() -> None:
    letters = "nonehiddenNONEHIDDENİıK\u212a: ;-"
    rng = random.Random(7)
    styles = ["".join(rng.choice(letters) for _ in range(rng.randrange(1, 12))) for _ in range(400)]
    root = document_fromstring(_page(styles), parser=document._parser())
    assert document._hiding_style_candidates(root) == _BEFORE(root)
