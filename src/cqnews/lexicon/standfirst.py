"""Class names that mark an article's standfirst (the lead paragraph under the headline)."""

from __future__ import annotations

__all__ = ["STANDFIRST_CLASSES"]

# Whole class tokens, as sites write them: "<p class="lead">", "<div class="article-lead">".
STANDFIRST_CLASSES: tuple[str, ...] = (
    "standfirst", "lead", "teaser", "intro", "chapo", "dek", "deck", "sapo", "strapline", "subtitle", "summary",
    "article-lead", "article-deck", "article-description",
    "article-summary", "article-intro", "article-standfirst", "article-teaser",
)
