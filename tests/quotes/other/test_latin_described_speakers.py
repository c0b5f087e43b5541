"""A speaker described by an office only ("sagte der Trainer", "a ajouté le ministre") is the person quoted
before, named in the prose or quoted, under a name with that office. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_an_office_stands_for_the_named_speaker_who_holds_it() -> None:
    assert speakers_in(
        "„Wir haben heute sehr gut gespielt“, sagte Trainer Jonas Weber nach dem Spiel.",
        "Dann kam die Pause. „Die neue Regel hat unser Spiel zerstört“, sagte der Trainer.",
        language="de",
    ) == ["Jonas Weber", "Jonas Weber"]
    # the same office in a compound and in its feminine form: "CDU-Spitzenkandidatin", "die Kandidatin"
    assert speakers_in(
        "„Wir brauchen eine neue Politik“, sagte CDU-Spitzenkandidatin Anna Berg am Abend.",
        "„Das werden die Wähler bestimmt genauso sehen“, so die Kandidatin.",
        language="de",
    ) == ["Anna Berg", "Anna Berg"]
    assert speakers_in(
        "« Nous avons tout fait pour les retrouver », a déclaré le ministre de l’Intérieur, Paul Roux.",
        "Plus tard, « la situation reste très grave dans toute la région », a ajouté le ministre.",
        language="fr",
    ) == ["Paul Roux", "Paul Roux"]


def test_an_office_nobody_named_holds_stays_unnamed() -> None:
    assert speakers_in(
        "„Wir haben heute sehr gut gespielt“, sagte Trainer Jonas Weber nach dem Spiel.",
        "Dann kam die Pause. „Die neue Regel hat unser Spiel zerstört“, sagte der Bürgermeister.",
        language="de",
    ) == ["Jonas Weber", None]


def test_an_office_after_an_indefinite_article_is_someone_else() -> None:
    # "ein Sprecher der Polizei" introduces someone not named before, not the spokesman quoted earlier
    assert speakers_in(
        "„Wir haben heute sehr gut gespielt“, sagte Sprecher Jonas Weber am Morgen.",
        "Am Abend kam die Polizei. „Die Lage ist jetzt wieder ganz ruhig“, sagte ein Sprecher der Polizei.",
        language="de",
    ) == ["Jonas Weber", None]


def test_an_office_after_an_indefinite_article_is_not_the_holder_named_in_the_prose() -> None:
    # where the prose's people are kept (French, Spanish, Italian …), "un porte-parole" is not the spokesman
    # named before either
    assert speakers_in(
        "« Nous avons tout fait pour les retrouver », a déclaré le porte-parole Paul Roux.",
        "Plus tard, « la situation reste très grave dans la région », a ajouté un porte-parole de la police.",
        language="fr",
    ) == ["Paul Roux", None]
    assert speakers_in(
        "«Hemos hecho todo lo posible», dijo el portavoz Juan Pérez.",
        "Más tarde, «la situación sigue siendo muy grave en toda la región», añadió un portavoz de la policía.",
        language="es",
    ) == ["Juan Pérez", None]


def test_an_office_stands_for_its_last_holder_named_in_the_prose_or_quoted() -> None:
    # the prose names one minister in full, a quote a later one by surname only: "le ministre" is the later one
    # (one resolver reads the prose's people and the speakers quoted, the last first)
    assert speakers_in(
        "Le ministre Paul Roux a visité l’usine lundi matin avec les élus de la région.",
        "« Nous allons tout reconstruire avant l’hiver », a déclaré mardi le ministre Petit.",
        "« La situation reste très grave dans toute la région », a ajouté le ministre.",
        language="fr",
    ) == ["Petit", "Petit"]
