"""Tests of the generic extraction: body, headline, metadata, dates, language and datelines."""
