"""Extraction: find the article's parts in a document tree (or a text dump) and fill a Draft."""
