"""The third person plural of Portuguese reporting verbs ("disseram", "afirmaram", "garantiram", "dizem") reports
as the singular does: a group speaks as often as one person. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_a_plural_preterite_reports_its_que_clause() -> None:
    assert quotes_found("Os enfermeiros garantiram que o hospital tem camas livres.", "pt") == [
        ("indirect", "o hospital tem camas livres", None)
    ]


def test_a_plural_verb_after_a_quote_is_its_cue() -> None:
    found = quotes_found("«Não vamos desistir», disseram os pescadores no porto.", "pt")
    assert [(kind, text) for kind, text, _ in found] == [("direct", "Não vamos desistir")]
