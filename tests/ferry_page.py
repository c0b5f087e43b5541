"""A made-up local news article, the page the body-end tests wrap their tails in (tests/extract)."""

from __future__ import annotations

URL = "https://news.example.com/2026/ferry"
PARAGRAPHS = [
    "The county council voted on Tuesday to keep the old ferry running through the winter months.",
    "Members said the crossing carried more than four hundred commuters a day during the autumn.",
    "The harbour master told the meeting that the boat had passed its safety survey in October.",
    "A final decision on next year's timetable is expected when the budget is set in February.",
]


def paragraphs(texts: list[str]) -> str:
    """``texts`` as ``<p>`` elements."""
    return "".join(f"<p>{text}</p>" for text in texts)


def article_then(tail: str) -> str:
    """A page whose ``<article>`` holds the headline, the article's paragraphs and then ``tail``."""
    return (
        "<html><head><title>Ferry to keep running</title></head><body><article><h1>Ferry to keep running</h1>"
        f"{paragraphs(PARAGRAPHS)}{tail}</article></body></html>"
    )
