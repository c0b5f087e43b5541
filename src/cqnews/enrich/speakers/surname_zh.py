"""A Chinese person named again by the surname alone (陶君行表示… 陶又指… -> 陶君行), as Hong Kong and Taiwan
news name a person after giving the full name once."""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon import zh as L
from .. import segmenter


def known_by_surname(known: Sequence[str], mention: str) -> str | None:
    """The person of ``known`` (latest last) whose full name ``mention``, a lone surname (陶, 劉, 欧阳),
    begins, or whose married name of four characters it is the two surnames of (林鄭 for 林鄭月娥); None when
    ``mention`` is neither or nobody such is known. A surname is never a full name: the latest person with
    it is the one meant."""
    simp = segmenter.to_simplified(mention)
    married = len(simp) == 2 and simp[0] in L.SURNAMES and simp[1] in L.SURNAMES
    if not (len(simp) == 1 and simp in L.SURNAMES or simp in L.DOUBLE_SURNAMES or married):
        return None
    for name in reversed(known):
        fits = len(name) == 4 if married else len(name) > len(mention)  # (李华 is no short 李华强)
        if fits and segmenter.to_simplified(name).startswith(simp) and "·" not in name:
            return name
    return None
