"""The article's authors: metadata names, visible bylines and a lead paragraph of names, weighed together.

:func:`choose_authors` is what :func:`cqnews.parse` puts in ``Article.authors``.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...models import Block, BlockKind, Credit
from .bylines import NAME_SPLIT, clean_author_names, credit_authors
from .names import looks_like_person, normalize_person_name

__all__ = ["choose_authors", "lead_byline"]


def choose_authors(
    metadata: list[str], credits: list[Credit], site_name: str | None = None, blocks: Sequence[Block] = ()
) -> list[str]:
    """The article's authors: the metadata names (cleaned), else the authors of the byline credits.

    Metadata often names one account where the visible byline names every writer (JSON-LD gives the
    last editor, the byline two reporters): when the byline's authors include every metadata name
    and more, the byline's list is the fuller one and wins. When no name is found, or only the site's own
    (the paper's CMS account), a lead paragraph that holds only people's names is the byline.
    """
    meta = clean_author_names(metadata)
    visible = credit_authors(credits)
    if (not meta or _only_site(meta, site_name)) and (not visible or _only_site(visible, site_name)):
        lead = lead_byline(blocks)
        if lead:
            return lead
    if not meta:
        return visible
    if len(visible) > len(meta) and {m.casefold() for m in meta} <= {v.casefold() for v in visible}:
        return visible
    return meta


def _squash(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _only_site(names: list[str], site_name: str | None) -> bool:
    """True when every name is the site's own name ("Lesotho Times" on lestimes.com)."""
    site = _squash(site_name or "")
    return bool(site) and all(_squash(name) == site for name in names)


_LEAD_BLOCKS = 3
_LEAD_MAX = 80


def lead_byline(blocks: Sequence[Block]) -> list[str]:
    """People named by a paragraph of their own at the top of the text ("Jane Doe/John Roe", "JANE DOE").

    Papers whose CMS signs every story with the paper's account print the writer's name as the first
    paragraph (often in bold). The paragraph must hold nothing but one to four names: no sentence
    end, no other word.
    """
    for block in blocks[:_LEAD_BLOCKS]:
        text = block.text.strip()
        if block.kind is not BlockKind.PARAGRAPH or not text or len(text) > _LEAD_MAX or text[-1] in ".!?:;…":
            continue
        parts = [p.strip() for p in NAME_SPLIT.split(text) if p.strip()]
        if 1 <= len(parts) <= 4 and all(looks_like_person(p) for p in parts):
            return [normalize_person_name(p) for p in parts]
    return []
