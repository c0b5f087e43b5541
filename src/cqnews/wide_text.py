"""Which UTF-16/32 byte order a page without a byte-order mark is written in, from its first bytes.

Two kinds of evidence, used by :mod:`cqnews.decoding` before any sniffing: the NUL bytes of ASCII-heavy text fall in
fixed lanes of each 2- or 4-byte unit; text mostly wider than one byte (Chinese, Japanese, Korean) has NULs in its
markup's bytes only, so markup (``<html``, ``<p``) read in the right order is the evidence instead.
"""

from __future__ import annotations

import re

__all__ = ["MARKUP_TAGS", "by_markup", "by_nul_lanes"]

#: The start of a tag every page has one of; also tested on the raw bytes of byte-wide pages.
MARKUP_TAGS = r"<(?:!doctype|html|head|meta|body|title|div|p)\b"
_MARKUP = re.compile(MARKUP_TAGS, re.IGNORECASE)

# Which byte of each unit is zero in ASCII-heavy text: (encoding, one flag per lane, True = zero).
_NUL_LANES = (
    ("utf-32-le", (False, True, True, True)),
    ("utf-32-be", (True, True, True, False)),
    ("utf-16-le", (False, True)),
    ("utf-16-be", (True, False)),
)


def by_nul_lanes(sample: bytes) -> list[str]:
    """The encodings whose NUL lanes the sample's zero bytes fill, most specific first."""
    return [encoding for encoding, lanes in _NUL_LANES if _lanes_match(sample, lanes)]


def by_markup(sample: bytes) -> list[str]:
    """The encodings in which the sample (a page's first bytes) reads as markup; empty under 8 NUL bytes."""
    if sample.count(0) < 8:
        return []
    found = []
    for encoding, lanes in _NUL_LANES:
        width = len(lanes)
        try:
            head = sample[: len(sample) - len(sample) % width].decode(encoding)
        except UnicodeDecodeError as exc:
            head = sample[: exc.start].decode(encoding)  # (a character cut by the sample's end)
        if _MARKUP.search(head):
            found.append(encoding)
    return found


def _lanes_match(sample: bytes, lanes: tuple[bool, ...]) -> bool:
    """Whether the zero bytes fall in ``lanes``: UTF-32's other lane never zero and its zero lanes over 90 % zero;
    UTF-16's zero lane over 60 % zero and its other under 10 % (wide characters fill both)."""
    width = len(lanes)
    units = len(sample) // width
    zeros = [sample[lane::width].count(0) for lane in range(width)]
    in_zero_lanes = sum(count for count, zero in zip(zeros, lanes, strict=True) if zero)
    in_other_lanes = sum(count for count, zero in zip(zeros, lanes, strict=True) if not zero)
    if width == 4:
        return in_other_lanes == 0 and in_zero_lanes > 0.9 * 3 * units
    return in_zero_lanes > 0.6 * units and in_other_lanes < 0.1 * units
