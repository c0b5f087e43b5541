"""XHTML written with a namespace prefix (``<h:html xmlns:h="http://www.w3.org/1999/xhtml"><h:body><h:p>``).

An XML parser reads ``h:p`` as XHTML's ``p``; the HTML parser cqnews uses knows no namespaces and kept ``h:p`` as an
unknown element, so such a page came out with no headline and its paragraphs glued into one block. The prefixes the
page binds to the XHTML namespace are dropped from its tags before it is parsed: one search for the declarations
(only on a page that has ``xmlns:``), then one pass over the prefixed tags when a declaration is found, each tag's
prefix looked up in the set of bound ones (so the pass costs the same whatever the number of prefixes: a hostile
page binding thousands is read like one binding one).
"""

from __future__ import annotations

import re

__all__ = ["without_xhtml_prefixes"]

_XHTML_PREFIX = re.compile(r"""xmlns:([A-Za-z_][\w.-]{0,40})\s{0,10}=\s{0,10}["']http://www\.w3\.org/1999/xhtml["']""")
_PREFIXED_TAG = re.compile(r"(</?)([A-Za-z_][\w.-]{0,40}):(?=[A-Za-z])")


def without_xhtml_prefixes(text: str) -> str:
    """``text`` with the tags of the prefixes it binds to the XHTML namespace written without them (``<h:p>`` is
    ``<p>``, ``</h:p>`` is ``</p>``); ``text`` itself when it binds none."""
    if "xmlns:" not in text:
        return text
    prefixes = {match.group(1) for match in _XHTML_PREFIX.finditer(text)}
    if not prefixes:
        return text

    def unprefixed(match: re.Match[str]) -> str:
        return match.group(1) if match.group(2) in prefixes else match.group(0)

    return _PREFIXED_TAG.sub(unprefixed, text)
