"""An Irish police officer of the lowest rank is styled "Garda" before the name ("Garda Nuala Kinsella"), a title
as "Constable" is; the force, the Garda Síochána, stays a body. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en, speakers_in_en


def test_garda_is_a_title_before_a_name() -> None:
    assert said_in_en(
        "Garda Nuala Kinsella told the court the accused had been found with stolen tools.",
        '"He offered no explanation," Garda Kinsella said.',
    )[-1] == ("Nuala Kinsella", "Garda")


def test_the_garda_siochana_is_a_body() -> None:
    assert speakers_in_en(
        'The Garda Síochána said: "A file is being prepared for the Director of Public Prosecutions."',
        'Garda Siochana said: "Inquiries are continuing."',
    ) == ["The Garda Síochána", "Garda Siochana"]
