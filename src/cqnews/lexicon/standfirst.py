"""Class names that mark an article's standfirst (the lead paragraph under the headline)."""

from __future__ import annotations

__all__ = ["CUT_SHORT_ENDS", "EXCERPT_CLASSES", "STANDFIRST_CLASSES"]

# Whole class tokens, as sites write them: "<p class="lead">", "<div class="article-lead">".
STANDFIRST_CLASSES: tuple[str, ...] = (
    "standfirst", "lead", "teaser", "intro", "chapo", "dek", "deck", "sapo", "strapline", "subtitle", "summary",
    "article-lead", "article-deck", "article-description",
    "article-summary", "article-intro", "article-standfirst", "article-teaser",
)

# Whole class tokens of the excerpt a blog or magazine template shows under the headline
# ("<div class="article-excerpt">", "<p class="post__excerpt">"): the summary the page shows, read before the meta
# description (which such templates fill with other text: the first lines of the body, an SEO line).
EXCERPT_CLASSES: tuple[str, ...] = ("excerpt", "article-excerpt", "post__excerpt")

# How a template marks an excerpt it cut at a length ("… diagnosed with the plague,...", "…共同话题..."): such a teaser
# is no summary; the description (whole sentences) is read instead.
CUT_SHORT_ENDS: tuple[str, ...] = ("...", "\u2026", "[…]", "[...]", "。。。")
