"""The article's publishing and update dates from what the draft read on the page: the zone for times written
without an offset, a declared day refined by the time the page shows, an update that reads as earlier than the
publishing left out (each problem in a warning)."""

from __future__ import annotations

from datetime import tzinfo

from .draft import Draft
from .enrich.dates import ParsedDate, date_from_url, pick_date, slashed_day_first
from .models import DatePrecision, ExtractionMethod
from .text import cjk_ratio
from .timezones import UnknownTimeZoneError, zone

__all__ = ["article_dates", "default_zone"]


def default_zone(draft: Draft, language: str | None, body_text: str) -> tzinfo | None:
    """The zone for times written without an offset: the draft's, else China time for Chinese text."""
    name = draft.timezone or ("Asia/Shanghai" if language == "zh" and cjk_ratio(body_text) > 0.3 else None)
    if name is None:
        return None
    try:
        return zone(name)
    except UnknownTimeZoneError as exc:
        draft.warnings.append(f"{exc}; times without an offset left naive")
        return None


def article_dates(
    draft: Draft, url: str | None, zone_default: tzinfo | None, warnings: list[str]
) -> tuple[ParsedDate | None, ParsedDate | None]:
    """The article's publishing and update dates, read from what the page states (problems in ``warnings``)."""
    # The URL's day is a last resort: only when no date the page states can be read.
    day_first = slashed_day_first(draft.declared_language, url)
    published = pick_date(draft.published, zone_default, warnings, day_first) or date_from_url(url, zone_default)
    published = _with_shown_time(published, draft.shown_published, zone_default, day_first)
    updated = pick_date(draft.updated, zone_default, warnings, day_first)
    updated = _not_before(updated, published, warnings, keep=draft.method is ExtractionMethod.TEXT)
    if published is None and updated is not None:
        warnings.append("published: the page shows only when it was updated; the update time is not taken for it")
    return published, updated


def _with_shown_time(
    published: ParsedDate | None, shown: list[str], zone: tzinfo | None, day_first: bool | None,
) -> ParsedDate | None:
    """A declared bare day ("2026-04-12") refined by the time the page shows on that same day
    ("2026-04-12 09:15"); another day shown leaves the declared one. A slashed day shown is read in the page's
    order, as the declared dates are."""
    if published is None or published.precision is not DatePrecision.DAY or not shown:
        return published
    refined = pick_date(shown, zone, day_first=day_first)
    if refined is None or refined.precision is DatePrecision.DAY or refined.value.date() != published.value.date():
        return published
    return refined


def _not_before(
    updated: ParsedDate | None, published: ParsedDate | None, warnings: list[str], keep: bool = False
) -> ParsedDate | None:
    """``updated``, unless it is a day alone that reads as earlier than ``published``: a page that shows
    its update as a day ("Updated: Nov 18, 2019", its time not read) reads as midnight, before a publishing
    time given to the minute that day. A day before the publishing day is no update either, nor a time
    before the publishing time (a draft's save time declared as dateModified): those are left out with a
    warning. A text dump's dates (``keep``) are the user's: an update before the publishing is kept, with a warning."""
    if updated is None or published is None:
        return updated
    if updated.precision is not DatePrecision.DAY:
        comparable = (updated.value.tzinfo is None) == (published.value.tzinfo is None)
        earlier = comparable and updated.value < published.value
    else:
        day, published_day = updated.value.date(), published.value.date()
        if published.precision is not DatePrecision.DAY and day == published_day:
            return None  # (the publishing day, read as midnight: no later change shown)
        earlier = day < published_day
    if earlier and keep:
        warnings.append("updated: the text's update time is before its publishing time; kept as written")
        return updated
    if earlier:
        warnings.append("updated: the page's update time is before its publishing time; left out")
    return None if earlier else updated
