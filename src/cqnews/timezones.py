"""Time zones by name, exact without a tz database for the zones of fixed offset.

A site plugin names the zone its pages write times in (``TIMEZONE = "Asia/Shanghai"``); times a
page writes without an offset get that zone. Zones without daylight saving are fixed offsets
here, so they need no tzdata on the machine: China has had none since 1991, Korea since 1988,
Japan since 1951, Hong Kong since 1979, Taiwan since 1979. Any other IANA name is looked up with
:mod:`zoneinfo` (which needs the system's tz database or the ``tzdata`` package).
"""

from __future__ import annotations

from datetime import timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = ["CHINA_TZ", "DOMAIN_ZONES", "FIXED_ZONES", "LANGUAGE_ZONES", "UnknownTimeZoneError", "zone"]

CHINA_TZ = timezone(timedelta(hours=8), "Asia/Shanghai")

FIXED_ZONES: dict[str, timezone] = {
    zone_name: timezone(timedelta(hours=hours), zone_name)
    for zone_name, hours in (
        ("Asia/Hong_Kong", 8),
        ("Asia/Macau", 8),
        ("Asia/Taipei", 8),
        ("Asia/Singapore", 8),
        ("Asia/Manila", 8),
        ("Asia/Kuala_Lumpur", 8),
        ("Asia/Seoul", 9),
        ("Asia/Tokyo", 9),
        ("Asia/Ho_Chi_Minh", 7),
        ("UTC", 0),
    )
}
"""Zones whose offset has not changed in the era of online news, by IANA name."""
FIXED_ZONES["Asia/Shanghai"] = CHINA_TZ

DOMAIN_ZONES: dict[str, str] = {
    ".cn": "Asia/Shanghai", ".hk": "Asia/Shanghai", ".mo": "Asia/Shanghai", ".tw": "Asia/Shanghai",
    ".jp": "Asia/Tokyo", ".kr": "Asia/Seoul", ".vn": "Asia/Ho_Chi_Minh", ".ph": "Asia/Manila",
    ".my": "Asia/Kuala_Lumpur",
}
"""Country domains whose country keeps one zone without daylight saving, and that zone (Hong Kong, Macau and
Taiwan keep UTC+8 as China does): a page's time written without an offset is in it."""

LANGUAGE_ZONES: dict[str, str] = {
    "zh": "Asia/Shanghai", "ja": "Asia/Tokyo", "ko": "Asia/Seoul", "vi": "Asia/Ho_Chi_Minh",
}
"""Languages written as the language of news in one country of one fixed zone (Chinese: UTC+8 in the mainland,
Hong Kong, Macau, Taiwan and Singapore alike), and that zone: a page declared in one and on no country's
domain writes its times in it."""


class UnknownTimeZoneError(ValueError):
    """A zone name that is neither a fixed zone nor found in the tz database of this machine."""


@lru_cache(maxsize=64)
def zone(name: str) -> tzinfo:
    """The zone called ``name``: a fixed offset from :data:`FIXED_ZONES`, else :class:`zoneinfo.ZoneInfo`.

    Raises :class:`UnknownTimeZoneError` when neither knows the name.
    """
    fixed = FIXED_ZONES.get(name)
    if fixed is not None:
        return fixed
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise UnknownTimeZoneError(
            f"unknown time zone {name!r}: use an IANA name; zones with daylight saving need the tz database "
            "(the system's, or `pip install tzdata`)"
        ) from exc
