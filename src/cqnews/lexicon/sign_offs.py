"""Lines that sign an article off: after one of them the page holds no more of the article's text.

An article ends on a note to the reader (how to reach the writer, where to follow the writer or the
section, a comments forum to join, a subscription box) and the page goes on with related links,
teasers of other articles and comments. Each pattern is tried at the first character of a short block.
"""

from __future__ import annotations

__all__ = ["SIGN_OFF_MAX_CHARS", "SIGN_OFF_PATTERNS"]

SIGN_OFF_MAX_CHARS = 200
"""Longer blocks are prose, never a sign-off line."""

_NETWORKS = r"(?:twitter|x|facebook|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon)"

SIGN_OFF_PATTERNS: tuple[str, ...] = (
    # how to reach the writer ("Email Jane Roe at jroe@example.com", "Reach the reporters on Twitter at …")
    r"(?:e-?mail|reach|contact|write to)\b.{0,80}?(?:\S@\w|\bon " + _NETWORKS + r"\b)",
    r"contact the (?:author|writer|reporter)s?\W*$",
    # the writer's address alone, perhaps labelled ("jroe@example.com", "• Email: jroe@example.com")
    r"\W{0,3}(?:e-?mail\s*:?\s*)?[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+\s*$",
    # where to follow the writer or the desk ("Follow Newsbeat on Instagram, Facebook …", "Follow us on Twitter")
    r"follow\b.{0,60}?\bon " + _NETWORKS + r"\b",
    r"subscribe to\b.{0,60}?\byoutube\b",
    # the comments forum and the subscription box that follow the article
    r"join (?:our|the) (?:commenting forum|comments?|conversation|discussion)\b",
    r"there was an error processing your (?:subscription|request)",
)
