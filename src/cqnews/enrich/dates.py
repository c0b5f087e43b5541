"""Date strings to datetimes: ISO 8601, RFC 2822, Chinese forms, months written as words in many
languages (``lexicon.dates``), day-first dotted dates (05.03.2024), dates in URLs.

A date without a year is never completed with today's year: it is skipped. Times without a zone
get the ``zone`` the caller passes (the site's zone: Asia/Shanghai on Chinese sites, see
:mod:`cqnews.timezones`) and stay naive without one.

Every value keeps its **precision** (:class:`~cqnews.models.DatePrecision`): "2021-05-17" is a
day, not midnight; "2021-05-17 10:20" a minute. A date-only value comes back as midnight with
precision ``day``, so a user can tell it from a time that really is 00:00.

This module is the boundary for dates: whatever a page writes, reading it never raises. A string
the parsers fail on (a year of twenty digits, a calendar day that does not exist) gives no date
and a warning; an impossible zone (``+99:99``) is dropped with a warning and the time kept without
a zone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime, parsedate_tz
from urllib.parse import urlsplit

from ..lexicon.dates import (
    ASIAN_ZONE_COUNTRIES,
    ASIAN_ZONE_READINGS,
    CLOCK_LABELS,
    DAY_FIRST_LANGUAGES,
    GENERIC_TWO_LETTER_DOMAINS,
    HALF_DAY_ZONES,
    MONTH_FIRST_COUNTRIES,
    MONTHS,
    PUBLISHED_LABELS,
    ZONE_ABBREVIATIONS,
    ZONE_REGIONS,
)
from ..models import DatePrecision
from ..timezones import CHINA_TZ, UnknownTimeZoneError
from ..timezones import zone as named_zone

__all__ = [
    "CHINA_TZ", "ParsedDate", "date_from_url", "first_date", "is_date_line", "parse_date", "pick_date", "read_date",
    "slashed_day_first",
]

# The half of the day written before the clock in Chinese, Japanese and Korean ("下午3:05", "午後3時5分", "오후 3:05").
_HALF_DAY = "上午|下午|午前|午後|오전|오후"
_AFTERNOON = frozenset(("下午", "午後", "오후"))
_NUMERIC = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?\.?"
    r"(?:[T\s]*(?P<half>" + _HALF_DAY + r")?\s?(?P<H>\d{1,2})[:：时時](?P<M>\d{2}|(?<=[时時])\d(?!\d))"
    r"(?:[:：分](?P<S>\d{2}))?(?:\.\d+)?)?"
    r"\s*(?P<tz>Z|UTC|GMT|[+-]\d{2}:?\d{2})?",
    re.IGNORECASE,
)
_COMPACT = re.compile(r"^(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?:T?(?P<H>\d{2})(?P<M>\d{2})(?P<S>\d{2})?)?$")
# A time after a written or dotted date: "10:20", "10h20", "10.20 Uhr", "at 3:05 pm", "à 10h20", "um 10:20",
# "/ 10:20 AM", "- 10:20 a. m.", Italian "ore 10:20", Romanian "ora 10:20".
_TIME_AFTER = (
    r"(?:[,\s]{0,3}(?:at|um|à|às|a las|alle ore|alle|ore|ora|om|klo|kl\.?|в|-|–|—|\||/)?\s{0,3}"
    r"(?P<H>\d{1,2})(?:[:h]|\.(?=\d{2}\s?Uhr))(?P<M>\d{2})(?:\s?(?P<ampm>[ap]\.?\s?m\.?))?)?"
)
# A month written as a word, in any language of lexicon.dates.MONTHS: "5 March 2024", "March 5th, 2024",
# "5. März 2024", "5 de marzo de 2024", "marzo 05 de 2024" (Colombia, Mexico),
# "5 марта 2024". Bounded everywhere, so linear in the text.
_WRITTEN = re.compile(
    r"(?:(?<!\d)(?P<d1>\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s{0,3}(?:de\s{1,3})?(?P<mon1>[^\W\d_]{3,12})\.?,?\s{1,3}"
    r"(?:de\s{1,3})?(?P<y1>(?:19|20)\d{2})(?:\s?[гr]\.)?"
    r"|(?P<mon2>[^\W\d_]{3,12})\.?\s{1,3}(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(?:de\s{1,3})?"
    r"(?P<y2>(?:19|20)\d{2}))(?!\d)"
    + _TIME_AFTER,
    re.IGNORECASE,
)
# Day first, dotted, as most of Europe writes it: "05.03.2024", "5. 3. 2024 10:20".
_DOTTED = re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>(?:19|20)\d{2})(?![\d.])" + _TIME_AFTER)
# Day and month with slashes: "30/04/2024 18h45" (day first, as most of the world writes it) or "4/30/2024"
# (month first, American). Read only when one of the two numbers is over 12 and so can only be the day.
_SLASHED = re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d{2})(?![\d/])" + _TIME_AFTER)
# A clock written with a full stop after its label ("kl. 10.15", "klo 9.05": lexicon.dates.CLOCK_LABELS).
_LABELLED_DOT_CLOCK = re.compile(
    r"(?<![^\W\d_])((?:" + "|".join(CLOCK_LABELS) + r")\.?\s{1,3})([01]?\d|2[0-3])\.([0-5]\d)(?![\d.])", re.IGNORECASE
)
_CLOCK_SECONDS = re.compile(r"\d{1,2}:\d{2}:\d{2}")
_CLOCK_MINUTES = re.compile(r"\d{1,2}:\d{2}")
# An RFC 2822 style date may write its time with a full stop ("Tue 3 Mar 2026 21.30 GMT", as the Guardian does):
# the email parser reads it, so its precision must see it too.
_RFC_CLOCK_MINUTES = re.compile(r"(?<![\d.])\d{1,2}[:.]\d{2}(?![\d.])")
_ZONE_TOKEN = re.compile(r"[+-]\d{2}:?\d{2}\b")
# A clock with its half of the day ("01:41 PM", "1:41 p.m."), which the email parser does not read.
_CLOCK_AM_PM = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?\s?((?i:[ap])\.?(?i:m)\b\.?)")
# A zone abbreviation right after a clock ("10:20 IST", "10:20 AM WAT", "10h20 (EAT)") (lexicon.dates).
_CLOCK_ZONE = re.compile(
    r"\d{1,2}[:.h]\d{2}(?::\d{2})?\s?(?i:[ap]\.?m\.?)?\s{0,2}\(?("
    + "|".join([*ZONE_ABBREVIATIONS, *ZONE_REGIONS])
    + r")\b"
    + r"|\d{1,2}[:.]\d{2}\s?(?i:[ap]\.?m\.?)\s{0,2}\(?("
    + "|".join(HALF_DAY_ZONES)
    + r")\b"
)  # (capitals only: "eat", "cat" and "wit" are words)
_WRITTEN_ZONES: dict[str, tzinfo] = {
    name: timezone(timedelta(hours=hours)) for name, hours in [*ZONE_ABBREVIATIONS.items(), *HALF_DAY_ZONES.items()]
}
# A time written before its date, at the start of the text ("01:38:07 PM IST Nov 20, 2019", "14:05, 20 November
# 2019", "10:30 | 12.03.2024", "Updated 14:05 GMT, 20 November 2019"): up to two label words, the clock (its half of
# the day, "Uhr", a zone abbreviation after it), a separator, then the date. Bounded in every part.
_TIME_BEFORE = re.compile(
    r"(?:[^\W\d_]{2,15}:?\s{1,3}){0,2}(?P<H>[01]?\d|2[0-3])[:h](?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?"
    r"(?:\s?(?P<ampm>(?i:[ap])\.?\s?(?i:m)\b\.?))?(?:\s?(?i:uhr)\b)?(?:\s{0,2}\(?(?P<zone>[A-Z]{2,5})\b\)?)?"
    r"\s{0,3}[,|/·•–—-]?\s{0,3}(?=\w)"
)
# /2021/05/17/, /2021-05-17/, /2021-05/17/ (Xinhua), /20210517/: a path segment, not a query id.
_URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>[01]?\d)[/-](?P<d>[0-3]?\d)(?=[/_.-]|$)"
    r"|/(?P<cy>(?:19|20)\d{2})(?P<cm>[01]\d)(?P<cd>[0-3]\d)(?=/)"
)
_MAX_CHARS = 200


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A date read from a page, and how precise the page was about it."""

    value: datetime
    precision: DatePrecision


@dataclass(frozen=True, slots=True)
class _Reading:
    value: datetime
    precision: DatePrecision
    bad_zone: str | None = None


class _NotADay(ValueError):
    """A date pattern matched, but the calendar has no such day (2021-13-45)."""


class _NoNewsYear(ValueError):
    """A date the email parser reads whose year no news page was published in ("Tue, 04 May 99999 10:00:00 GMT")."""


class _AmbiguousDay(Exception):
    """Two numbers that could each be the day or the month (05/04/2024)."""


# Arabic-Indic and Persian digits ("١٩ نوفمبر ٢٠٢٦"), read as the digits 0-9: Arabic pages write their dates
# in them. (A Persian page's solar-calendar year, 1405, is no year of the Gregorian ranges read here.)
_WESTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


# An ISO date whose year is outside 1900-2099, the years read here: a CMS's empty date ("0001-01-01T00:00:00Z", Go's
# zero time; "0000-00-00"), or a year of five digits or more ("99999-01-01", which no datetime holds). Left out as
# before, now with a warning: the page states a date, the Article has none.
_PLACEHOLDER_YEAR = re.compile(r"(?!(?:19|20)\d\d-)\d{4,}-\d{2}-\d{2}")


def parse_date(value: str, zone: tzinfo | None = None) -> datetime | None:
    """Parse one date string; None when it holds no complete date (never raises)."""
    found = read_date(value, zone)
    return found.value if found is not None else None


def read_date(
    value: str, zone: tzinfo | None = None, warnings: list[str] | None = None, day_first: bool | None = None
) -> ParsedDate | None:
    """Parse one date string with its precision; None when it holds no usable date.

    A time written without an offset gets ``zone``, when given. ``day_first`` says how the page orders a
    slashed date whose two numbers could each be the month ("05/03/2026"; see :func:`slashed_day_first`);
    None refuses such a date.

    Never raises: a parser's failure is recorded in ``warnings`` (when given) and gives None.
    """
    text = value.strip()[:_MAX_CHARS].translate(_WESTERN_DIGITS) if isinstance(value, str) else ""
    text = _LABELLED_DOT_CLOCK.sub(r"\1\2:\3", text)  # "kl. 10.15" -> "kl. 10:15"
    if not text:
        return None
    try:
        reading = _time_before(text, day_first) or _reading(text, day_first)
    except _NotADay:
        _warn(warnings, f"date {text[:60]!r} names no real day; left out")
        return None
    except _NoNewsYear:
        _warn(warnings, f"date {text[:60]!r} has a year no news page was published in (a placeholder); left out")
        return None
    except _AmbiguousDay:
        _warn(warnings, f"date {text[:60]!r} may be day/month or month/day and the page does not say which; left out")
        return None
    except Exception as exc:  # noqa: BLE001 - the date boundary: any parser failure is a missing date
        _warn(warnings, f"date {text[:60]!r} could not be read ({type(exc).__name__}); left out")
        return None
    if reading is None:
        if _PLACEHOLDER_YEAR.match(text):
            _warn(warnings, f"date {text[:60]!r} has a year no news page was published in (a placeholder); left out")
        return None
    return ParsedDate(_zoned(reading, text, zone, warnings), reading.precision)


def _reading(text: str, day_first: bool | None) -> _Reading | None:
    return (
        _parse_numeric(text) or _parse_dotted(text) or _parse_rfc2822(text) or _parse_written(text)
        or _parse_slashed(text, day_first)
    )


def _time_before(text: str, day_first: bool | None) -> _Reading | None:
    """A date the text writes after its time ("14:05, 20 November 2019"): the date read from the rest, when it is
    a day's, at that time (in UTC when "GMT" or "UTC" follows the clock; another zone abbreviation is read by
    :func:`_zoned`). None when the text opens with no time, or the rest reads as no day without a time."""
    found = _TIME_BEFORE.match(text)
    if found is None:
        return None
    day = _reading(text[found.end() :], day_first)
    if day is None or day.precision is not DatePrecision.DAY or day.value.tzinfo is not None:
        return None
    g = found.groupdict()
    zone = UTC if g["zone"] in ("GMT", "UTC") else None
    hour = _hour(g["H"], g["ampm"])
    value = day.value.replace(hour=int(hour or 0), minute=int(g["M"]), second=int(g["S"] or 0), tzinfo=zone)
    return _Reading(value, _precision(hour, g["S"]))


def _zoned(reading: _Reading, text: str, zone: tzinfo | None, warnings: list[str] | None) -> datetime:
    """The reading's date and time with its zone: the one written, else one named after the time ("10:20 IST"),
    else ``zone``; an impossible written zone is warned of and the time kept without one."""
    parsed = reading.value
    if reading.bad_zone:
        _warn(
            warnings,
            f"date {text[:60]!r}: impossible time zone {reading.bad_zone!r} ignored; time kept without a zone",
        )
    elif parsed.tzinfo is None and (written := _written_zone(text, reading.precision)) is not None:
        parsed = parsed.replace(tzinfo=written)
    elif parsed.tzinfo is None and zone is not None:
        parsed = parsed.replace(tzinfo=zone)
    return _in_asian_zone(parsed, text, zone)


# An abbreviation of lexicon.dates.ASIAN_ZONE_READINGS (capitals only, as a zone is written).
_ASIAN_ZONE_NAME = re.compile(r"\b(" + "|".join(ASIAN_ZONE_READINGS) + r")\b")


def _in_asian_zone(parsed: datetime, text: str, zone: tzinfo | None) -> datetime:
    """``parsed`` in the page's zone when the text names it by an abbreviation read as an American zone that
    names the page's zone of UTC+8 too ("Tue Dec 01 10:00:00 CST 2026" on a Chinese page: China time, not US
    Central; "10:00 a.m. PST" on a .ph page: Philippine time), in that country only (lexicon.dates.
    ASIAN_ZONE_COUNTRIES: "MST" on a Chinese page is Mountain time)."""
    offset = parsed.utcoffset()
    if offset is None or zone is None or offset >= timedelta(0):  # (American offsets are negative)
        return parsed
    found = _ASIAN_ZONE_NAME.search(text)
    if found is None or offset != timedelta(hours=ASIAN_ZONE_READINGS[found.group(1)]):
        return parsed
    return parsed.replace(tzinfo=zone) if str(zone) in ASIAN_ZONE_COUNTRIES[found.group(1)] else parsed


# A date line is short, and besides the date holds a few words at most: a weekday, "Uhr", a zone ("WIB"),
# a label ("입력", "Stand") or two. A sentence that names a date has more words than that, and a Chinese
# one, written without spaces, more letters.
_DATE_LINE_CHARS = 100
_DATE_LINE_WORDS = 4
_DATE_LINE_LETTERS = 20
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
# Month names and publishing labels ("Pubblicato il … · Aggiornato il …") are part of the date line.
_DATE_WORDS = frozenset(MONTHS) | frozenset(word for label in PUBLISHED_LABELS for word in label.split())


# A line of only a date in figures, with its time ("12/01/2026", "01.12.26 10:00"): a date line even where
# the order of day and month cannot be told.
_NUMERIC_DATE_LINE = re.compile(
    r"^\s*\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})(?:[ ,T]{1,3}\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?)?\s*$"
)


# A publishing label opening a date line ("Published 12/01/2026", "Posted on: 12/01/2026"), or nothing.
_LEADING_LABEL = re.compile(
    r"\s{0,3}(?:(?i:" + "|".join(re.escape(label) for label in PUBLISHED_LABELS) + r")(?:\s{1,3}on)?\s{0,3}[:：]?)?"
)


def is_date_line(text: str) -> bool:
    """True for a short line that is a date and nothing more ("February 20, 2024, 7:00 AM", "15 марта 2024,
    12:00", "Senin, 4 Maret 2024 08:30 WIB", "입력 2024.03.21 09:00"): no running text."""
    if len(text) > _DATE_LINE_CHARS or not any(c.isdigit() for c in text):
        return False
    label = _LEADING_LABEL.match(text)
    if _NUMERIC_DATE_LINE.match(text[label.end() if label else 0 :]):
        return True  # "12/01/2026", "Published 12/01/2026": a date, though which day only the site knows
    words = [w for w in _LETTER_WORD.findall(text) if w.lower() not in _DATE_WORDS]
    return (
        len(words) <= _DATE_LINE_WORDS
        and sum(map(len, words)) <= _DATE_LINE_LETTERS
        and read_date(text) is not None
    )


def pick_date(
    values: Iterable[str], zone: tzinfo | None = None, warnings: list[str] | None = None,
    day_first: bool | None = None,
) -> ParsedDate | None:
    """The first candidate that parses, with its precision; failures of earlier ones are warned about."""
    for value in values:
        found = read_date(value, zone, warnings, day_first)
        if found is not None:
            return found
    return None


def slashed_day_first(declared_language: str | None, url: str | None) -> bool | None:
    """Does the page write "05/03/2026" day first (True), month first (False), or does nothing say (None)?

    The country of the declared language ("en-US", "en-NG") decides, else the URL's country domain (".ph",
    ".ng"): month first in the United States and the Philippines (lexicon.dates.MONTH_FIRST_COUNTRIES), day
    first elsewhere. Without a country, a language other than English is read day first (lexicon.dates.
    DAY_FIRST_LANGUAGES); English alone (American or not) says nothing.
    """
    language, _, country = (declared_language or "").strip().lower().replace("_", "-").partition("-")
    country = country[:2] if len(country) >= 2 and country[:2].isalpha() else _url_country(url)
    if country:
        return country not in MONTH_FIRST_COUNTRIES
    return True if language in DAY_FIRST_LANGUAGES else None


def _url_country(url: str | None) -> str:
    """The two-letter country domain of ``url`` ("https://x.com.ng/a" -> "ng"), else ""."""
    try:
        host = urlsplit(url or "").hostname or ""
    except ValueError:  # a page's own malformed canonical link ("http://[::1"): it names no country
        return ""
    last = host.rsplit(".", 1)[-1]
    return last if len(last) == 2 and last.isalpha() and last not in GENERIC_TWO_LETTER_DOMAINS else ""


def first_date(values: Iterable[str], zone: tzinfo | None = None) -> datetime | None:
    """The first candidate that parses."""
    found = pick_date(values, zone)
    return found.value if found is not None else None


def date_from_url(url: str | None, zone: tzinfo | None = None) -> ParsedDate | None:
    """The day written in a URL path (``/2021/05/17/``, ``/2021-05/17/``, ``/20210517/``), precision ``day``.

    A last resort when the page states no date: the URL says when the page was filed, which is
    usually, not always, the day it was published.
    """
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0][:_MAX_CHARS * 5]
    match = _URL_DATE.search(path)
    if match is None:
        return None
    year, month, day = (match.group(n) or match.group("c" + n) for n in ("y", "m", "d"))
    try:
        parsed = datetime(int(year), int(month), int(day), tzinfo=zone)
    except ValueError:
        return None
    return ParsedDate(parsed, DatePrecision.DAY)


def _warn(warnings: list[str] | None, message: str) -> None:
    if warnings is not None and message not in warnings:
        warnings.append(message)


def _written_zone(text: str, precision: DatePrecision) -> tzinfo | None:
    """The zone a date line names by its abbreviation after the time ("5 March 2026 | 10:20 IST"), if any."""
    found = _CLOCK_ZONE.search(text) if precision is not DatePrecision.DAY else None
    if found is None:
        return None
    name = found.group(1) or found.group(2)
    if name in ZONE_REGIONS:
        try:
            return named_zone(ZONE_REGIONS[name])
        except UnknownTimeZoneError:  # (no tz database on the machine: the time keeps the caller's zone)
            return None
    return _WRITTEN_ZONES[name]


def _precision(hour: str | None, second: str | None) -> DatePrecision:
    if hour is None:
        return DatePrecision.DAY
    return DatePrecision.MINUTE if second is None else DatePrecision.SECOND


def _parse_numeric(value: str) -> _Reading | None:
    match = _COMPACT.match(value) or _NUMERIC.search(value)
    if match is None:
        return None
    groups = match.groupdict()
    tz, bad_zone = _zone(groups.get("tz"))
    hour = groups.get("H")
    if hour is not None and groups.get("half") in _AFTERNOON and int(hour) < 12:
        hour = str(int(hour) + 12)  # ("下午3:05" is 15:05)
    built = _build(int(groups["y"]), int(groups["m"]), int(groups["d"]), hour, groups.get("M"), groups.get("S"), tz)
    return _Reading(built, _precision(groups.get("H"), groups.get("S")), bad_zone)


def _parse_written(value: str) -> _Reading | None:
    for match in _WRITTEN.finditer(value):
        g = match.groupdict()
        month = MONTHS.get((g["mon1"] or g["mon2"] or "").lower())
        if month is not None:
            hour = _hour(g["H"], g["ampm"])
            return _Reading(_build(int(g["y1"] or g["y2"]), month, int(g["d1"] or g["d2"]), hour, g["M"], None, None),
                            _precision(hour, None))
    return None


def _parse_dotted(value: str) -> _Reading | None:
    match = _DOTTED.search(value)
    if match is None:
        return None
    g = match.groupdict()
    hour = _hour(g["H"], g["ampm"])
    return _Reading(_build(int(g["y"]), int(g["m"]), int(g["d"]), hour, g["M"], None, None), _precision(hour, None))


def _parse_slashed(value: str, day_first: bool | None) -> _Reading | None:
    match = _SLASHED.search(value)
    if match is None:
        return None
    g = match.groupdict()
    first, second = int(g["a"]), int(g["b"])
    if (first > 12) == (second > 12) and first != second:
        if first > 12:
            return None  # (13/14/2024: no date)
        if day_first is None:
            raise _AmbiguousDay  # 05/04/2024 is 5 April or 4 May: the page does not say which
    day, month = (first, second) if first > 12 or (day_first and second <= 12) else (second, first)
    hour = _hour(g["H"], g["ampm"])
    return _Reading(_build(int(g["y"]), month, day, hour, g["M"], None, None), _precision(hour, None))


def _hour(hour: str | None, ampm: str | None) -> str | None:
    """The hour on a 24-hour clock ("3" "pm" -> "15")."""
    if hour is None or not ampm:
        return hour
    return str(int(hour) % 12 + (12 if ampm.lower().startswith("p") else 0))


def _parse_rfc2822(value: str) -> _Reading | None:
    # The email parser reads "1:41 PM GMT" as 01:41 without a zone: it reads the text without the half of the
    # day, whose hour is then set from it.
    marker = _CLOCK_AM_PM.search(value)
    if marker is not None:
        value = value[: marker.start(1)] + value[marker.end(1) :]
    fields = parsedate_tz(value)
    if fields is None:
        return None
    if marker is not None:
        fields = (*fields[:3], int(_hour(str(fields[3]), marker.group(1)) or 0), *fields[4:])
    precision = (
        DatePrecision.SECOND if _CLOCK_SECONDS.search(value)
        else DatePrecision.MINUTE if _RFC_CLOCK_MINUTES.search(value) else DatePrecision.DAY
    )
    offset = fields[9]
    if offset is not None and abs(offset) >= 86_400:
        # parsedate_to_datetime raises on such a zone: keep the wall time, report the zone.
        tokens = _ZONE_TOKEN.findall(value)
        built = _build(fields[0], fields[1], fields[2], str(fields[3]), str(fields[4]), str(fields[5]), None)
        return _Reading(built, precision, tokens[-1] if tokens else str(offset))
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError) as exc:
        if not 1 <= fields[0] <= 9999:
            raise _NoNewsYear(value) from exc  # (datetime holds no year over 9999: "year 99999 is out of range")
        return None  # not an RFC 2822 date after all: the written forms may still read it
    return _Reading(parsed.replace(hour=fields[3]), precision)


def _zone(text: str | None) -> tuple[timezone | None, str | None]:
    """The zone of a numeric date, or (None, the text) when no such offset exists (+99:99, +05:75)."""
    if not text:
        return None, None
    if text.upper() in {"Z", "UTC", "GMT"}:
        return UTC, None
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 23 or minutes > 59:
        return None, text
    return timezone(sign * timedelta(hours=hours, minutes=minutes)), None


def _build(
    year: int, month: int, day: int, hour: str | None, minute: str | None, second: str | None, tz: timezone | None
) -> datetime:
    try:
        return datetime(year, month, day, int(hour or 0), int(minute or 0), int(second or 0), tzinfo=tz)
    except ValueError as exc:
        raise _NotADay(f"{year}-{month}-{day}") from exc
