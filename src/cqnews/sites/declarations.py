"""Checks of plugin declarations, and the XPath helpers layouts declare with.

Every check runs when a :class:`~cqnews.sites.Site`, :class:`~cqnews.sites.Platform` or
:class:`~cqnews.sites.Layout` subclass is defined, so a broken plugin fails at import with the class
and constant at fault, not on some page later.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from lxml import etree

from ..document import has_class as has_class  # (plugins import it from cqnews.sites)
from ..timezones import UnknownTimeZoneError, zone

__all__ = ["LAYOUT_XPATHS", "PluginDefinitionError", "check_locale", "check_name", "check_regexes", "check_xpath",
           "has_class", "owner", "xpath"]


@lru_cache(maxsize=1024)
def xpath(expression: str) -> etree.XPath:
    """A compiled XPath, cached: layouts declare strings, matching compiles each once per process."""
    return etree.XPath(expression, smart_strings=False)


class PluginDefinitionError(TypeError):
    """A plugin class (a :class:`~cqnews.sites.Site`, ``Platform`` or ``Layout`` subclass) that cannot work.

    Raised when the class is defined, so a broken plugin fails at import with the name of the
    class and constant at fault.
    """


LAYOUT_XPATHS = (
    "FINGERPRINT", "HEADLINE", "SUMMARY", "BODY", "PARAGRAPHS", "DROP", "BYLINE", "AUTHORS", "DATE", "IMAGES",
    "CAPTION", "CREDIT", "TAGS",
)
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def owner(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def check_xpath(cls: type, attribute: str, expression: object) -> None:
    if expression is None:
        return
    if not isinstance(expression, str):
        raise PluginDefinitionError(f"{owner(cls)}.{attribute} must be an XPath string or None, not {expression!r}")
    try:
        xpath(expression)
    except etree.XPathError as exc:
        raise PluginDefinitionError(f"{owner(cls)}.{attribute} is not a valid XPath ({exc}): {expression!r}") from None


def check_regexes(cls: type, attribute: str, patterns: object) -> None:
    if attribute == "DROP_TEXT" and not isinstance(patterns, tuple):
        raise PluginDefinitionError(f"{owner(cls)}.DROP_TEXT must be a tuple of regexes, not {patterns!r}")
    items: tuple[object, ...] = patterns if isinstance(patterns, tuple) else (patterns,)
    for pattern in items:
        if pattern is None:
            continue
        try:
            re.compile(pattern)  # type: ignore[call-overload]
        except (re.error, TypeError) as exc:
            message = f"{pattern!r} is not a valid regex ({exc})"
            raise PluginDefinitionError(f"{owner(cls)}.{attribute}: {message}") from None


def check_name(cls: type, name: object) -> None:
    if not isinstance(name, str) or not name.strip():
        raise PluginDefinitionError(f"{owner(cls)}.NAME must be a non-empty string, not {name!r}")


def check_locale(cls: Any) -> None:
    """``LANGUAGE`` is an ISO 639 code and ``TIMEZONE`` a zone this machine knows."""
    if cls.LANGUAGE is not None and not (isinstance(cls.LANGUAGE, str) and _LANGUAGE_CODE.fullmatch(cls.LANGUAGE)):
        raise PluginDefinitionError(f"{owner(cls)}.LANGUAGE must be a lower-case ISO 639 code, not {cls.LANGUAGE!r}")
    if cls.TIMEZONE is None:
        return
    try:
        zone(cls.TIMEZONE)
    except (UnknownTimeZoneError, TypeError) as exc:
        raise PluginDefinitionError(f"{owner(cls)}.TIMEZONE: {exc}") from None
