"""Options that change how a page is parsed: limits and optional stages.

Pass one :class:`ParseOptions` instead of many keyword arguments::

    opts = cqnews.ParseOptions(max_input_bytes=64 * 2**20, quotes=False)
    article = cqnews.parse(html, options=opts)
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

__all__ = ["DEFAULT_OPTIONS", "ParseOptions"]


@dataclass(frozen=True, slots=True)
class ParseOptions:
    """Limits and switches for one parse. All fields have safe defaults."""

    max_input_bytes: int = 16 * 2**20
    """Larger inputs raise :class:`~cqnews.InputTooLargeError` before any work is done."""
    max_depth: int = 256
    """Deeper element nesting raises :class:`~cqnews.TreeTooLargeError` (libxml2 stops at 256 whatever the setting)."""
    max_nodes: int = 100_000
    """More elements than this raise :class:`~cqnews.TreeTooLargeError` (real articles have a few thousand)."""
    max_element_attributes: int = 500
    """An element with more attributes raises :class:`~cqnews.TreeTooLargeError` before the HTML parser
    runs (its cost grows with the square of one element's attributes; real pages have a few dozen)."""
    max_attributes: int = 200_000
    """More attributes in the whole page raise :class:`~cqnews.TreeTooLargeError`."""
    max_block_chars: int = 1_000_000
    """A body block, or one run of body text, longer than this raises :class:`~cqnews.BlockTooLargeError`
    (runs are checked before extraction; script and style text is not a block)."""
    max_images: int = 1_000
    """Images past this many (in document order) are left out, with a warning: the caption and credit
    stages cost about a millisecond per image, and real articles, galleries included, have a few hundred."""
    quotes: bool = True
    """Find quotes and their speakers."""
    attributions: bool = False
    """Also find attributions that are not speech (beliefs, intentions, stances, how things seem, what
    data shows) into ``Article.attributions`` (English; Chinese a first prototype, unmeasured; see
    :class:`~cqnews.Attribution`). Off by default: it costs a second pass over the body's sentences.
    Needs ``quotes`` (a ValueError without)."""
    max_quote_chars: int = 500_000
    """Quotes are looked for in the body's first this-many characters (a long novel-length page
    would otherwise dominate a crawl's time), then in the summary if it fits in what is left; past it a
    warning says the rest was not searched."""
    time_budget: float | None = 3.0
    """CPU seconds (of the calling thread) for one parse. Once spent, the quote search stops and the
    enrichment stages not yet started are skipped, each with a warning; the rest of the Article stands.
    Text dumps, and pages too large for trafilatura (read block by block), are read while 40 % of it lasts.
    With the fixed costs after it, a parse ends within about 5 s CPU whatever the page. ``None``: no budget."""
    detect_language: bool = True
    """Run language detection when the page does not declare a trustworthy language."""
    url_schemes: tuple[str, ...] = ("http", "https")
    """Schemes kept in ``Article.url`` and ``Image.src`` (relative and protocol-relative links are kept too);
    a URL of another scheme (``javascript:``, ``file:``, ``data:``) is dropped with a warning."""

    def __post_init__(self) -> None:
        """Refuse switches that contradict each other or would be read wrongly, at construction."""
        _check_types(self)
        if self.attributions and not self.quotes:
            raise ValueError("attributions=True needs quotes=True: attributions are found in the quote search")
        if not 0 < self.max_input_bytes <= sys.maxsize:  # (a read of more than sys.maxsize bytes is an OverflowError)
            raise ValueError(f"max_input_bytes must be a positive number of bytes up to sys.maxsize, "
                             f"not {self.max_input_bytes!r}")
        if isinstance(self.url_schemes, str):
            raise TypeError(
                f"url_schemes takes a tuple of schemes, such as ({self.url_schemes!r},), not one string"
            )
        # Schemes are case-insensitive (RFC 3986): ("HTTPS",) keeps https URLs; a list is held as a tuple (hashable).
        schemes = tuple(self.url_schemes)
        if not all(isinstance(scheme, str) for scheme in schemes):
            raise TypeError(f"url_schemes takes scheme names (str), not {schemes!r}")
        object.__setattr__(self, "url_schemes", tuple(scheme.lower() for scheme in schemes))


_SWITCHES = ("quotes", "attributions", "detect_language")
_COUNTS = ("max_input_bytes", "max_depth", "max_nodes", "max_element_attributes", "max_attributes",
           "max_block_chars", "max_images", "max_quote_chars")


def _check_types(options: ParseOptions) -> None:
    """A switch is a bool (``quotes="no"`` would be true), a limit a number (``"1000"`` failed at the first parse,
    a NaN time budget never ran out), each refused at construction with the field's name."""
    for name in _SWITCHES:
        if not isinstance(getattr(options, name), bool):
            raise TypeError(f"{name} takes True or False, not {getattr(options, name)!r}")
    for name in _COUNTS:
        _check_number(name, getattr(options, name), "a number")
    if options.time_budget is not None:
        _check_number("time_budget", options.time_budget, "CPU seconds or None (no budget)")


def _check_number(name: str, value: object, what: str) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name} takes {what}, not {value!r}")
    if value != value:  # (NaN: no comparison is true, so a NaN limit is never reached)
        raise ValueError(f"{name} takes {what}, not NaN")


DEFAULT_OPTIONS = ParseOptions()
