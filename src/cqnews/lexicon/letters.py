"""Letter classes for regular expressions, built from Unicode's own case data.

Python's ``re`` has no ``\\p{Lu}``; a hand-written range such as ``Ā-Ž`` takes the small letters the Latin
Extended blocks interleave with the capitals (ā, ł, ž), so the classes here list the capitals themselves.
"""

from __future__ import annotations

import re

# Latin (Basic, Latin-1, Extended-A and -B, Extended Additional with the Vietnamese letters such as Ả).
_LATIN_BLOCKS = ((0x41, 0x5A), (0xC0, 0xDE), (0x100, 0x24F), (0x1E00, 0x1EFF))
# Greek and Cyrillic (with its supplement: Ukrainian, Serbian, Kazakh … letters).
_OTHER_BLOCKS = ((0x370, 0x3FF), (0x400, 0x52F))


def _capitals(blocks: tuple[tuple[int, int], ...]) -> str:
    """The capital letters of ``blocks`` as the body of a character class."""
    letters = "".join(chr(code) for first, last in blocks for code in range(first, last + 1) if chr(code).isupper())
    return re.escape(letters)


# A capital letter of a Latin script (what a name in German, Polish, Turkish or Vietnamese opens with).
LATIN_CAPITAL_LETTER = f"[{_capitals(_LATIN_BLOCKS)}]"
# A capital letter of the scripts names are written in after a by-word or a photo label: Latin, Greek, Cyrillic.
CAPITAL_LETTER = f"[{_capitals(_LATIN_BLOCKS + _OTHER_BLOCKS)}]"
