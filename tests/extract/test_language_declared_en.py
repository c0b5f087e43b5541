"""A page whose template declares ``lang="en"`` (many themes' default) while its article is in another
language gets that language, when the prose has next to no English function words and the detector is
sure. Made-up texts."""

from __future__ import annotations

import pytest

import cqnews

_GERMAN = (
    "<p>Der Stadtrat hat am Montag den Bau einer neuen Fußgängerbrücke über den Fluss beschlossen. Die Debatte"
    " dauerte drei Jahre, und viele Bürger hatten sich beteiligt.</p><p>Die Brücke soll rund zwölf Millionen"
    " Euro kosten und im Jahr 2028 fertig sein.</p>"
)
_SPANISH = (
    "<p>El ayuntamiento aprobó el lunes la construcción de un nuevo puente peatonal sobre el río, poniendo fin"
    " a un debate que duró tres años y en el que participaron muchos vecinos.</p><p>El puente costará unos"
    " doce millones de euros y estará listo en 2028.</p>"
)


@pytest.mark.parametrize(("body", "expected"), [(_GERMAN, "de"), (_SPANISH, "es")])
@pytest.mark.parametrize("declared", ["en", "en-US"])
def test_an_article_in_another_language_under_a_declared_en(body: str, expected: str, declared: str) -> None:
    html = f"<html lang='{declared}'><head><title>T</title></head><body><article><h1>T</h1>{body}</article></body></html>"
    assert cqnews.parse(html).language == expected
