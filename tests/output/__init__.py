"""Tests of the views of an Article: Markdown, the notebook view, in a real browser."""
