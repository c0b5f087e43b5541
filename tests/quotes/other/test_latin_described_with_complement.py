"""A description whose noun takes a complement opened by a particle ("l'avocat de la famille", "Le capitaine des
pompiers", "Un habitant du quartier") names who speaks, after the verb of saying and before it, with an elided
article too, as "le porte-parole de la mairie" and "Le maire de Lyon" did; an elided noun alone ("l'élu") still
stands for the person named before. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said, speakers_in


def test_elided_description_with_complement_after_the_verb() -> None:
    # before: (None, None): the description an elided article opens was dropped
    assert said("« Nous allons faire appel », a indiqué l'avocat de la famille.", "fr") == [
        (None, "l'avocat de la famille")
    ]
    assert said("« Ci vuole ancora tempo », ha spiegato l'avvocato della vittima.", "it") == [
        (None, "l'avvocato della vittima")
    ]


def test_elided_description_with_complement_is_not_the_speaker_before() -> None:
    # before: the second quote went to Manuel Bompard
    assert speakers_in(
        "« Nous allons gagner », a déclaré le député Manuel Bompard.",
        "« Le dossier est vide », a ajouté l'avocat de la famille.",
        language="fr",
    ) == ["Manuel Bompard", None]
    # an elided noun alone stands for the person named before, as it did
    assert speakers_in(
        "« Nous allons gagner », a déclaré le député Manuel Bompard.",
        "« Marseille fait bloc », a ajouté l'élu.",
        language="fr",
    ) == ["Manuel Bompard", "Manuel Bompard"]
