"""Portuguese: right after a quote, any verb in the preterite's third person ("ponderou", "rebateu", "insistiu")
reports it, with its subject after it, as Spanish "lamentó" and Italian "aggiunge" do. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_a_preterite_right_after_a_quote_reports_it() -> None:
    assert quotes_found("“Vamos continuar a trabalhar até o fim do ano”, ponderou o ministro João Silva.", "pt") == [
        ("direct", "Vamos continuar a trabalhar até o fim do ano", "João Silva")
    ]
    assert quotes_found(
        "“Não houve nenhuma irregularidade no processo”, rebateu Maria Souza, presidente do partido.", "pt"
    ) == [("direct", "Não houve nenhuma irregularidade no processo", "Maria Souza")]
    assert quotes_found("“Ninguém sabia de nada até ontem à noite”, insistiu a deputada Ana Lima.", "pt") == [
        ("direct", "Ninguém sabia de nada até ontem à noite", "Ana Lima")
    ]
    # "seu" ends like a preterite ("-eu") but is a determiner of the table: no report
    assert quotes_found("“Vamos continuar a trabalhar até o fim do ano”, seu lema desde sempre.", "pt") == [
        ("direct", "Vamos continuar a trabalhar até o fim do ano", None)
    ]
