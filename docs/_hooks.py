"""mkdocs hook: the docstrings' Sphinx roles (:class:`~cqnews.Article`) shown as plain code (Article)."""

from __future__ import annotations

import re
from typing import Any

# mkdocstrings renders :class:`~x.Y` as ":class:<code>~x.Y</code>"; keep the code, drop the role and the "~x.".
_ROLE_RE = re.compile(r":(?:class|func|meth|attr|data|exc|mod|obj):<code>(~?)([\w.]+)</code>")


def _plain(match: re.Match[str]) -> str:
    name = match.group(2).rsplit(".", 1)[-1] if match.group(1) else match.group(2)
    return f"<code>{name}</code>"


def on_page_content(html: str, **kwargs: Any) -> str:
    return _ROLE_RE.sub(_plain, html)
