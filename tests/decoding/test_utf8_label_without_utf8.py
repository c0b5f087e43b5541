"""A page labelled UTF-8 whose bytes hold no valid UTF-8 character at all, only a few invalid sequences, is a legacy
page under a template's label: it gives way to sniffing, as a label that does not fit the bytes does.

Up to eight invalid sequences kept the label (room for a character cut by the CMS), so a short windows-1252 page
with a handful of accented letters lost each of them to U+FFFD (the sniffer then reads it by its bytes and its
``lang``). One invalid sequence on an ASCII page is still read
as UTF-8.
"""

from __future__ import annotations

import cqnews

ITALIAN = "Il sindaco ha detto che il ponte sarà riaperto in aprile, più tardi del previsto, perché mancano i fondi."


def page(text: str) -> str:
    return (
        "<html lang='it'><head><meta charset='utf-8'><title>Ponte</title></head><body><article><h1>Ponte</h1>"
        f"<p>{text}</p></article></body></html>"
    )


def test_a_windows_1252_page_under_a_utf8_label_is_sniffed() -> None:
    article = cqnews.parse(page(ITALIAN).encode("cp1252"), url="https://news.example/ponte")
    assert article.body[0].text == ITALIAN
    assert any("does not fit the bytes" in w for w in article.extraction.warnings), article.extraction.warnings


def test_one_cut_character_on_an_ascii_page_stays_utf8() -> None:
    data = page("The mayor said the bridge XX would reopen in April, later than planned.").encode()
    article = cqnews.parse(data.replace(b"XX", b"\xe2\x80"), url="https://news.example/bridge")
    assert article.extraction.encoding == "utf-8" and "\ufffd" in article.body[0].text
