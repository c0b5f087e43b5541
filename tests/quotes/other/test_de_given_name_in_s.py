"""A given name ending in -s ("Thomas Krämer", "Klaus Brenner", "Nils Brenner") completes a German speaker named
by surname alone ("„…“, sagt Krämer"), while a genitive before the surname does not: a word in -s whose stem the
article writes elsewhere ("Sachsen" … "Sachsens Krämer", "Land" … "Landes Krämer") or that ends as a place's
genitive ("Deutschlands Krämer", "Thüringens Krämer"). Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers_in

_QUOTE = "„Wir werden das Werk nicht schließen, so lange ich hier etwas zu sagen habe“, sagt Krämer."


@pytest.mark.parametrize("given", ["Thomas", "Andreas", "Klaus", "Nils", "Matthias", "Agnes", "Ines", "Jonas"])
def test_a_given_name_in_s_completes_the_surname(given: str) -> None:
    prose = f"{given} Krämer leitet den Betrieb in dritter Generation und kennt jede Maschine in der Halle."
    assert speakers_in(prose, _QUOTE, language="de") == [f"{given} Krämer"]


def test_a_genitive_whose_stem_the_article_writes_is_no_given_name() -> None:
    prose = "In Sachsen wird gewählt. Sachsens Krämer kam spät, und des Landes Krämer ging früh. Das Land wartet."
    assert speakers_in(prose, _QUOTE, language="de") == ["Krämer"]


@pytest.mark.parametrize("genitive", ["Deutschlands", "Thüringens", "Hamburgs", "Frankreichs", "Italiens"])
def test_a_place_genitive_is_no_given_name(genitive: str) -> None:
    prose = f"{genitive} Krämer gilt seit Jahren als einer der erfahrensten Unternehmer der ganzen Region."
    assert speakers_in(prose, _QUOTE, language="de") == ["Krämer"]


def test_the_given_name_after_a_genitive_of_the_article() -> None:
    prose = "Tobias Krämer führt den Betrieb, seit Bayern ihn fördert. Bayerns Krämer, so heißt er im Ort."
    assert speakers_in(prose, _QUOTE, language="de") == ["Tobias Krämer"]
