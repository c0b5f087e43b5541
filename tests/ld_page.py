"""A made-up page whose ``<head>`` holds one JSON-LD script: the page the JSON-LD reliability tests build."""

from __future__ import annotations

import json


def ld_page(data: object, paragraph: str, *, title: str = "", h1: str = "") -> str:
    """A page with ``data`` as its JSON-LD script and ``paragraph`` as its article's one paragraph, with a ``<title>``
    and an ``<h1>`` when given."""
    head_title = f"<title>{title}</title>" if title else ""
    heading = f"<h1>{h1}</h1>" if h1 else ""
    return (
        f'<html><head>{head_title}<script type="application/ld+json">{json.dumps(data)}</script></head>'
        f"<body><article>{heading}<p>{paragraph}</p></article></body></html>"
    )
