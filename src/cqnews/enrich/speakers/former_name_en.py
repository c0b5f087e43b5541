"""An English apposition that gives the name a person bore before ("Mary Collins, née Doyle, said"; "…, born Mary
Doyle, said"): a name, not a role; the segments after it (an age, a role) are read as usual."""

from __future__ import annotations

import re

from ...lexicon.en import FORMER_NAME_MARKERS

# A marker, then capitalised words only (a name: "born in 1950", "formerly a nurse" are no former name), to a comma or
# the end.
_FORMER_NAME_RE = re.compile(
    r"(?:" + "|".join(FORMER_NAME_MARKERS) + r")\s+(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*(?:,\s*|$)"
)


def without_former_name(role: str) -> str | None:
    """An appositive role without the former name it opens with ("née Doyle, a nurse" -> "a nurse"); None when the
    former name is all there is."""
    m = _FORMER_NAME_RE.match(role)
    if m is None:
        return role
    return role[m.end() :] or None
