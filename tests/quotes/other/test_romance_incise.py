"""A speaker tag set off by commas inside a Romance quote ("« Il faut agir, affirme le préfet. … »") names the speaker
when no reporting verb stands around the marks. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said, said_in


def test_french_tag_inside_the_quote() -> None:
    assert said("« Le pont est fermé, affirme le préfet. Les voitures passent par le village. »", "fr") == [
        (None, "le préfet")
    ]
    assert said("« Le marché ouvrira samedi, confie Lucie Robin. Tout est prêt. »", "fr") == [("Lucie Robin", None)]


def test_french_inverted_pronoun_inside_the_quote() -> None:
    assert said_in(
        "La gérante Claire Benoît a ouvert ses portes lundi.",
        "« Nous avons tout nettoyé, dit-elle en souriant. Les clients reviennent. »",
        language="fr",
    )[0][0] == "Claire Benoît"


def test_spanish_tag_inside_the_quote() -> None:
    assert said("«El puente está cerrado, explicó el alcalde, y nadie puede pasar».", "es") == [(None, "el alcalde")]


def test_a_tag_after_the_quote_still_speaks() -> None:
    assert said("« Le pont, la route et la gare sont fermés », a indiqué la mairie.", "fr")[0] != (None, None)
