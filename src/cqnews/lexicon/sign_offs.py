"""Lines that sign an article off: after one of them the page holds no more of the article's text.

An article ends on a note to the reader (where to follow the writer or the section) and the page goes
on with related links, teasers of other articles and comments. Each pattern is tried at the first
character of a short block.
"""

from __future__ import annotations

__all__ = ["SIGN_OFF_MAX_CHARS", "SIGN_OFF_PATTERNS"]

SIGN_OFF_MAX_CHARS = 200
"""Longer blocks are prose, never a sign-off line."""

_NETWORKS = r"(?:twitter|x|facebook|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon)"

SIGN_OFF_PATTERNS: tuple[str, ...] = (
    # where to follow the writer or the desk ("Follow Newsbeat on Instagram, Facebook …", "Follow us on Twitter")
    r"follow\b.{0,60}?\bon " + _NETWORKS + r"\b",
)
