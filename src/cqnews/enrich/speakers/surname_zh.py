"""A Chinese person named again by the surname alone (陶君行表示… 陶又指… -> 陶君行), as Hong Kong and Taiwan
news name a person after giving the full name once."""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon import zh as L
from .. import segmenter


def known_by_surname(known: Sequence[str], mention: str) -> str | None:
    """The person of ``known`` (latest last) whose full name ``mention``, a lone surname (陶, 劉, 欧阳),
    begins; None when ``mention`` is no surname or nobody of that surname is known. A surname is never
    a full name: the latest person with it is the one meant."""
    simp = segmenter.to_simplified(mention)
    if not (len(simp) == 1 and simp in L.SURNAMES or simp in L.DOUBLE_SURNAMES):
        return None
    for name in reversed(known):
        if len(name) > len(mention) and segmenter.to_simplified(name).startswith(simp) and "·" not in name:
            return name
    return None
