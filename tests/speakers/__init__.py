"""Tests of who speaks: names, roles, pronouns and unnamed sources (cqnews.enrich.speakers)."""
