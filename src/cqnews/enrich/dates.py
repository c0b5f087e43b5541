"""Date strings to datetimes: ISO 8601, RFC 2822, Chinese and English written forms.

A date without a year is never completed with today's year: it is skipped. Times without a zone
get Asia/Shanghai (UTC+8, no daylight saving since 1991) on Chinese sites and stay naive elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

__all__ = ["CHINA_TZ", "first_date", "parse_date"]

CHINA_TZ = timezone(timedelta(hours=8), "Asia/Shanghai")

_MONTHS = {
    name: index
    for index, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
         ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")],
        start=1,
    )
    for name in names
}

_NUMERIC = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:[T\s]*(?P<H>\d{1,2})[:：时](?P<M>\d{2})(?:[:：分](?P<S>\d{2}))?(?:\.\d{1,9})?)?"
    r"\s*(?P<tz>Z|UTC|GMT|[+-]\d{2}:?\d{2})?",
    re.IGNORECASE,
)
_COMPACT = re.compile(r"^(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?:T?(?P<H>\d{2})(?P<M>\d{2})(?P<S>\d{2})?)?$")
_WRITTEN = re.compile(
    r"(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon1>[A-Za-z]{3,9})\.?,?\s+(?P<y1>(?:19|20)\d{2})"
    r"|(?P<mon2>[A-Za-z]{3,9})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d{2}))"
    r"(?:,?\s*(?:at\s+)?(?P<H>\d{1,2}):(?P<M>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?)?",
    re.IGNORECASE,
)


def parse_date(value: str, chinese_site: bool = False) -> datetime | None:
    """Parse one date string; None when it holds no complete date."""
    value = value.strip()[:200]
    if not value:
        return None
    parsed = _parse_numeric(value) or _parse_rfc2822(value) or _parse_written(value)
    if parsed is None:
        return None
    if parsed.tzinfo is None and chinese_site:
        parsed = parsed.replace(tzinfo=CHINA_TZ)
    return parsed


def first_date(values: Iterable[str], chinese_site: bool = False) -> datetime | None:
    """The first candidate that parses."""
    for value in values:
        parsed = parse_date(value, chinese_site)
        if parsed is not None:
            return parsed
    return None


def _parse_numeric(value: str) -> datetime | None:
    match = _COMPACT.match(value) or _NUMERIC.search(value)
    if match is None:
        return None
    groups = match.groupdict()
    tz = _zone(groups.get("tz"))
    return _build(int(groups["y"]), int(groups["m"]), int(groups["d"]), groups.get("H"), groups.get("M"), groups.get("S"), tz)


def _parse_written(value: str) -> datetime | None:
    match = _WRITTEN.search(value)
    if match is None:
        return None
    g = match.groupdict()
    month = _MONTHS.get((g["mon1"] or g["mon2"] or "").lower().rstrip("."))
    if month is None:
        return None
    day = int(g["d1"] or g["d2"])
    year = int(g["y1"] or g["y2"])
    hour = g.get("H")
    if hour is not None and g.get("ampm"):
        hour_value = int(hour) % 12 + (12 if g["ampm"].lower().startswith("p") else 0)
        hour = str(hour_value)
    return _build(year, month, day, hour, g.get("M"), None, None)


def _parse_rfc2822(value: str) -> datetime | None:
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


def _zone(text: str | None) -> timezone | None:
    if not text:
        return None
    if text.upper() in {"Z", "UTC", "GMT"}:
        return timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
    if offset >= timedelta(hours=24):
        return None
    return timezone(sign * offset)


def _build(
    year: int, month: int, day: int, hour: str | None, minute: str | None, second: str | None, tz: timezone | None
) -> datetime | None:
    try:
        return datetime(year, month, day, int(hour or 0), int(minute or 0), int(second or 0), tzinfo=tz)
    except ValueError:
        return None
