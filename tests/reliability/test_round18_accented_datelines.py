"""Round 18 (Session 60): a dateline's place was read in ASCII letters only, so "Tromsø (NTB) –", "SÃO PAULO —",
"ZÜRICH –" and "ŁÓDŹ —" were no datelines (no Article.dateline; in a text dump such a line alone was taken as the
headline). Made-up openings."""

from __future__ import annotations

import pytest

import cqnews
from cqnews.enrich.dateline import dateline_end, find_dateline

LEDE = "The ferry company will add a second boat to the island route in May, its director told reporters on Monday."


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("Tromsø (NTB) – ", "Tromsø"),
        ("SÃO PAULO — ", "São Paulo"),
        ("ZÜRICH – ", "Zürich"),
        ("ŁÓDŹ — ", "Łódź"),
        ("ÉVORA, March 3 (Lusa) - ", "Évora"),
        ("MÜNCHEN: ", "München"),
    ],
)
def test_an_accented_place_is_a_dateline(opening: str, place: str) -> None:
    assert find_dateline(opening + LEDE) == place


def test_the_words_after_an_accented_dateline() -> None:
    assert (dateline_end("SÃO PAULO — " + LEDE)) == len("SÃO PAULO — ")
    assert dateline_end("Tromsø (NTB) – " + LEDE) == len("Tromsø (NTB) – ")
    assert dateline_end("Jürgen Maß – " + LEDE) == 0  # (a name, no capitals, no agency: no place)


def test_a_page_has_the_accented_dateline() -> None:
    page = f"<html><head><title>Ferry</title></head><body><article><h1>Ferry</h1><p>ZÜRICH – {LEDE}</p>"
    page += "<p>“Demand has doubled since the bridge closed,” said Oren Vail, who runs the harbour office.</p>"
    page += "</article></body></html>"
    assert cqnews.parse(page).dateline == "Zürich"


def test_a_dump_line_of_an_accented_dateline_is_no_headline() -> None:
    article = cqnews.parse_text(f"Ferry route to get a second boat\n\nTROMSØ, March 3 (NTB) –\n{LEDE}\n\nMore later.")
    assert article.headline == "Ferry route to get a second boat"
    assert article.dateline == "Tromsø"
