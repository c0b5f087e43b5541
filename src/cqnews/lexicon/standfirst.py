"""Class names that mark an article's standfirst (the lead paragraph under the headline)."""

from __future__ import annotations

__all__ = ["STANDFIRST_CLASSES"]

# Whole class tokens, as sites write them: "<p class="lead">", "<div class="article-lead">".
STANDFIRST_CLASSES: tuple[str, ...] = (
    "standfirst", "lead", "teaser", "intro", "chapo", "dek", "subtitle", "summary", "article-lead",
    "article-summary", "article-intro", "article-standfirst", "article-teaser",
)
