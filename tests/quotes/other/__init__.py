"""Quotes and speakers in languages other than English and Chinese."""
