"""A page the sniffer reads as Latin-1 is windows-1252, as every Latin-1 label is (sixteenth reliability round).

An XHTML page whose XML declaration names ISO-8859-1 (and no ``<meta charset>``) made charset_normalizer answer
``latin_1``, which Python decodes as true ISO-8859-1: the curly quotes 0x93/0x94 became C1 controls, and the quote
was lost.
"""

from __future__ import annotations

import cqnews

_BODY = (
    '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Pier plan</title></head><body>'
    "<p>\u201cWe will mend the old pier before the winter storms,\u201d said Ruth Okafor, the harbour master, "
    "at a meeting by the sea wall on Tuesday evening.</p></body></html>"
)


def test_xml_declaration_latin1_reads_curly_quotes() -> None:
    data = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n' + _BODY).encode("cp1252")
    article = cqnews.parse(data)
    assert article.body[0].text.startswith("\u201cWe will mend")
    assert [q.speaker.name for q in article.quotes if q.speaker] == ["Ruth Okafor"]


def test_sniffed_page_without_declaration_unchanged() -> None:
    article = cqnews.parse(_BODY.encode("cp1252"))
    assert article.body[0].text.startswith("\u201cWe will mend")
