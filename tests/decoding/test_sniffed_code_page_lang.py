"""A page that declares no usable charset is sniffed; on a short page the sniffer's best guesses often tie between
Windows code pages that read ASCII alike, and the first of the tie won: a Spanish or Portuguese page in windows-1252
was read as windows-1250 (``año`` as ``ańo``, ``não`` as ``nă o``). The page's ``<html lang>`` now settles a tie: the
code page its language's pages were written in (browsers' locale default), without one windows-1252 (browsers'
default for a page that declares nothing). A Hungarian page in windows-1250 with its lang keeps
its ``ő``; a page whose sniffed guess is clear (no tie) is read as before.
"""

from __future__ import annotations

import pytest

import cqnews

SPANISH = (
    "El ayuntamiento aprobó el martes el presupuesto del año próximo. «Arreglaremos el puente antes del otoño», "
    "dijo la alcaldesa Begoña Muñoz, que pidió paciencia a los vecinos del barrio viejo."
)
PORTUGUESE = (
    "A câmara aprovou na terça-feira o orçamento do próximo ano. «Não vamos adiar a ponte outra vez», disse o "
    "presidente, Simão Guimarães, aos moradores da zona ribeirinha."
)
HUNGARIAN = (
    "A képviselő-testület kedden elfogadta a jövő évi költségvetést. „A hidat őszig felújítjuk” – mondta a "
    "polgármester, Kővári Ödön, aki türelmet kért a lakóktól."
)


def page(lang: str, text: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>Budget</title></head><body><article><h1>Budget</h1><p>{text}</p>"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "text", "code_page"), [("es", SPANISH, "cp1252"), ("pt-PT", PORTUGUESE, "cp1252"), ("hu", HUNGARIAN, "cp1250")]
)
def test_the_page_language_settles_a_tie_of_code_pages(lang: str, text: str, code_page: str) -> None:
    article = cqnews.parse(page(lang, text).encode(code_page), url="https://news.example/budget")
    assert article.extraction.encoding_source == "sniffed"
    assert article.extraction.encoding == code_page
    assert article.body[0].text == text


@pytest.mark.parametrize("text", [SPANISH, PORTUGUESE])
def test_without_a_language_a_tie_goes_to_windows_1252(text: str) -> None:
    """No lang: browsers' default for a page that declares nothing (outside Central and Eastern Europe and Asia)."""
    data = page("", text).replace("<html lang=''>", "<html>").encode("cp1252")
    article = cqnews.parse(data, url="https://news.example/budget")
    assert article.body[0].text == text
