"""Tests of quote and report finding (cqnews.enrich.quotes)."""
