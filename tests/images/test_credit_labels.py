"""Photo-credit labels of many languages and layouts (made-up captions).

Photo-credit labels of many languages and layouts (made-up captions).

Credit labels that name the photographer or the kind of picture.

Photo and source labels of more languages before a credit: made-up credits.
"""

from __future__ import annotations

import pytest

from cqnews.credit_text.photo import parse_photo_credit
from cqnews.enrich.credits import split_photo_credit


@pytest.mark.parametrize(
    ("text", "caption", "raw"),
    [
        # An all-capitals label after the caption, as many desks write it.
        ("El alcalde visita el mercado. FOTO: EFE", "El alcalde visita el mercado.", "FOTO: EFE"),
        ("Der Bürgermeister am Markt. FOTO: ANNA ROE/DPA", "Der Bürgermeister am Markt.", "FOTO: ANNA ROE/DPA"),
        ("Der Bürgermeister am Markt. QUELLE: dpa", "Der Bürgermeister am Markt.", "QUELLE: dpa"),
    ],
)
def test_all_capitals_photo_label_ends_the_caption(text: str, caption: str, raw: str) -> None:
    got_caption, credits = split_photo_credit(text)
    assert got_caption == caption
    assert credits and all(c.raw == raw for c in credits)


def test_lower_case_label_inside_a_sentence_is_no_credit() -> None:
    text = "Sie zeigte das foto: ein Bild vom Markt"
    assert split_photo_credit(text) == (text, [])


@pytest.mark.parametrize(
    ("text", "caption", "raw"),
    [
        ("El alcalde visita el mercado. Imagen: Juan Roe/EFE", "El alcalde visita el mercado.", "Imagen: Juan Roe/EFE"),
        ("De burgemeester op de markt. Beeld: ANP", "De burgemeester op de markt.", "Beeld: ANP"),
        ("Ordføreren på torget. Bilde: Kari Lund", "Ordføreren på torget.", "Bilde: Kari Lund"),
        ("Borgmesteren på torvet. Billede: Mette Holm", "Borgmesteren på torvet.", "Billede: Mette Holm"),
        ("Il sindaco al mercato. Immagine: Marco Neri", "Il sindaco al mercato.", "Immagine: Marco Neri"),
        ("Der Bürgermeister am Markt. Symbolbild: dpa", "Der Bürgermeister am Markt.", "Symbolbild: dpa"),
        ("Der Bürgermeister am Markt. Archivfoto: Anna Roe", "Der Bürgermeister am Markt.", "Archivfoto: Anna Roe"),
    ],
)
def test_image_labels_of_more_languages(text: str, caption: str, raw: str) -> None:
    got_caption, credits = split_photo_credit(text)
    assert got_caption == caption
    assert credits and all(c.raw == raw for c in credits)
    assert all(c.organization != raw.split(":")[0] for c in credits)  # the label is no organisation


def test_image_label_alone_is_a_credit() -> None:
    caption, credits = split_photo_credit("Beeld: Jan de Boer")
    assert caption is None
    assert [c.name for c in credits] == ["Jan de Boer"]


@pytest.mark.parametrize(
    ("text", "caption", "org"),
    [
        ("De premier op het Binnenhof in Den Haag. ANP", "De premier op het Binnenhof in Den Haag.", "ANP"),
        ("Statsministeren taler i Stortinget. NTB", "Statsministeren taler i Stortinget.", "NTB"),
        ("O primeiro-ministro em Lisboa. Lusa", "O primeiro-ministro em Lisboa.", "Lusa"),
        ("El presidente en el Congreso. Europa Press", "El presidente en el Congreso.", "Europa Press"),
        ("Il sindaco al mercato. LaPresse", "Il sindaco al mercato.", "LaPresse"),
        ("Statsministern i riksdagen. TT", "Statsministern i riksdagen.", "TT"),
    ],
)
def test_european_agency_after_the_caption_is_the_credit(text: str, caption: str, org: str) -> None:
    got_caption, credits = split_photo_credit(text)
    assert got_caption == caption
    assert [c.organization for c in credits] == [org]


def test_agency_written_in_capitals_gets_its_usual_spelling() -> None:
    assert [c.organization for c in split_photo_credit("De minister in de Kamer. © BELGA")[1]] == ["Belga"]


@pytest.mark.parametrize(
    ("text", "caption", "raw"),
    [
        ("Il sindaco al mercato. Foto Ansa", "Il sindaco al mercato.", "Foto Ansa"),
        ("Il sindaco al mercato (foto ANSA)", "Il sindaco al mercato", "(foto ANSA)"),
        ("De burgemeester op de markt. Beeld ANP", "De burgemeester op de markt.", "Beeld ANP"),
        ("Le maire au marché. PHOTO AFP", "Le maire au marché.", "PHOTO AFP"),
    ],
)
def test_photo_word_without_colon_before_an_agency(text: str, caption: str, raw: str) -> None:
    got_caption, credits = split_photo_credit(text)
    assert got_caption == caption
    assert len(credits) == 1
    assert credits[0].raw == raw
    assert credits[0].organization == raw.strip("()").split(" ", 1)[1].upper()


def test_photo_word_before_a_common_noun_stays_caption() -> None:
    text = "Der Bürgermeister zeigt ein Foto Berlins"
    assert split_photo_credit(text) == (text, [])


@pytest.mark.parametrize(
    ("text", "caption", "raw"),
    [
        ("Der Bürgermeister am Markt. Foto: Anna Roe (dpa)", "Der Bürgermeister am Markt.", "Foto: Anna Roe (dpa)"),
        ("The mayor at the market. Photo: Jane Roe (Reuters)", "The mayor at the market.", "Photo: Jane Roe (Reuters)"),
    ],
)
def test_bracket_at_the_end_of_a_keyword_credit_stays_in_it(text: str, caption: str, raw: str) -> None:
    got_caption, credits = split_photo_credit(text)
    assert got_caption == caption
    assert credits and all(c.raw == raw for c in credits)


def test_bracketed_credit_after_a_caption_is_still_the_credit() -> None:
    caption, credits = split_photo_credit("The mayor at the market (Photo: Jane Roe/AP)")
    assert caption == "The mayor at the market"
    assert [(c.name, c.organization) for c in credits] == [("Jane Roe", "AP")]


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        ("Der Bürgermeister am Markt. Anna Roe/dpa", "Anna Roe", "dpa"),
        ("Der Bürgermeister am Markt. Anna Roe / dpa", "Anna Roe", "dpa"),
        ("Der Bürgermeister am Markt. dpa/Anna Roe", "Anna Roe", "dpa"),
        ("Der Bürgermeister am Markt. Anna Roe/dpa-Zentralbild", "Anna Roe", "dpa-Zentralbild"),
    ],
)
def test_name_and_lower_case_agency_after_the_caption(text: str, name: str, org: str) -> None:
    caption, credits = split_photo_credit(text)
    assert caption == "Der Bürgermeister am Markt."
    assert [(c.name, c.organization) for c in credits] == [(name, org)]


def test_lower_case_words_with_a_slash_stay_caption() -> None:
    text = "Der Bürgermeister am Markt. der Rat/die Stadt"
    assert split_photo_credit(text) == (text, [])


@pytest.mark.parametrize(
    ("text", "caption", "raw"),
    [
        ("Il sindaco al mercato - ANSA", "Il sindaco al mercato", "ANSA"),
        ("Il sindaco al mercato – Marco Neri/ANSA", "Il sindaco al mercato", "Marco Neri/ANSA"),
    ],
)
def test_agency_after_a_spaced_dash_is_the_credit(text: str, caption: str, raw: str) -> None:
    got_caption, credits = split_photo_credit(text)
    assert got_caption == caption
    assert credits and all(c.raw == raw for c in credits)


@pytest.mark.parametrize("text", ["Der Rat – eine Bilanz - mit Zahlen", "Der Rat - Anna Roe", "Roma - ANSA - oggi"])
def test_dash_before_other_words_stays_caption(text: str) -> None:
    assert split_photo_credit(text) == (text, [])


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        ("Le maire au marché. JEANNE ROE / « LE MONDE »", "Jeanne Roe", "LE MONDE"),
        ("Le maire au marché. JEANNE ROE POUR « LE MONDE »", "Jeanne Roe", "LE MONDE"),
        ("Le maire au marché. Photo Jeanne Roe pour Libération", "Jeanne Roe", "Libération"),
        ("Le maire au marché. Photo : Jeanne Roe pour « Le Monde »", "Jeanne Roe", "Le Monde"),
    ],
)
def test_photographer_for_a_quoted_or_named_outlet(text: str, name: str, org: str) -> None:
    caption, credits = split_photo_credit(text)
    assert caption == "Le maire au marché."
    assert [(c.name, c.organization) for c in credits] == [(name, org)]


@pytest.mark.parametrize(
    "text", ["Hilfe für Gaza. Spenden für Gaza", "Der Rat tagt. Anna Roe für die Zeit", "Le maire. Un hommage pour Jean Moulin"]
)
def test_for_between_other_words_stays_caption(text: str) -> None:
    assert split_photo_credit(text) == (text, [])


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [("© 2024 Anna Roe", "Anna Roe", None), ("© 2023, dpa", None, "dpa"), ("Photo: 20th Century Fox", None, "20th Century Fox")],
)
def test_copyright_year_is_no_part_of_the_name(text: str, name: str | None, org: str | None) -> None:
    assert [(c.name, c.organization) for c in split_photo_credit(text)[1]] == [(name, org)]


@pytest.mark.parametrize(
    ("caption", "bare", "credits"),
    [
        (
            "The governor speaks in the capital on Monday. Photographer: Anna Roe/Bloomberg",
            "The governor speaks in the capital on Monday.",
            [("Anna Roe", "Bloomberg")],
        ),
        ("Die Halle am Montag. Fotomontage: Anna Roe", "Die Halle am Montag.", [("Anna Roe", None)]),
        ("La sala, ayer. Fotógrafo: Ana Roe", "La sala, ayer.", [("Ana Roe", None)]),
        ("La salle, lundi. Photographe : Jean Roe", "La salle, lundi.", [("Jean Roe", None)]),
        ("Die Halle am Montag. Fotografin: Anna Roe", "Die Halle am Montag.", [("Anna Roe", None)]),
    ],
)
def test_a_photographer_label_is_a_label_not_an_organisation(
    caption: str, bare: str, credits: list[tuple[str | None, str | None]]
) -> None:
    text, found = split_photo_credit(caption)
    assert text == bare
    assert [(c.name, c.organization) for c in found] == credits
    # a sentence about a photographer is no credit
    assert split_photo_credit("A photographer: a man who takes pictures.") == (
        "A photographer: a man who takes pictures.",
        [],
    )


def test_a_wire_routing_note_after_the_credit_is_not_part_of_the_agency() -> None:
    text, found = split_photo_credit("Die Halle am Montag. Foto: Anna Roe/dpa +++ dpa-Bildfunk +++")
    assert text == "Die Halle am Montag."
    assert [(c.name, c.organization) for c in found] == [("Anna Roe", "dpa")]


def test_the_kind_of_picture_in_brackets_after_a_name_is_not_an_organisation() -> None:
    text, found = split_photo_credit("Bild: Anna Roe (Archivbild)")
    assert text is None
    assert [(c.name, c.organization) for c in found] == [("Anna Roe", None)]


def test_an_agency_after_a_spaced_slash_ends_the_caption_as_its_credit() -> None:
    text, found = split_photo_credit("El presidente, ayer en Madrid / Juan Roe / EFE")
    assert text == "El presidente, ayer en Madrid"
    assert [(c.name, c.organization) for c in found] == [("Juan Roe", "EFE")]
    # a name alone after the slash may be a pair of places or people: the caption stays whole
    assert split_photo_credit("Der Bahnhof am Montag / Anna Roe") == ("Der Bahnhof am Montag / Anna Roe", [])


def _typed(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.name, c.organization) for c in parse_photo_credit(text)]


def test_photo_labels_of_more_languages_are_no_organisation() -> None:
    assert _typed("Snímka: Ján Kováč") == [("Ján Kováč", None)]
    assert _typed("Snímek: Petr Dvořák") == [("Petr Dvořák", None)]
    assert _typed("Fotografija: Ivan Horvat") == [("Ivan Horvat", None)]
    assert _typed("Grafika: Jan Kowalski") == [("Jan Kowalski", None)]
    assert _typed("Créditos: Ana Ruiz") == [("Ana Ruiz", None)]
    assert _typed("Bildnachweis: dpa") == [(None, "dpa")]


def test_picture_rights_label_is_no_organisation() -> None:
    # "Bildrechte" (picture rights) labels the credit as "Foto" does: it is no name in the credit.
    caption, credits = split_photo_credit("Der Rat tagt im Rathaus. Bildrechte: picture alliance/dpa | Anna Roe")
    assert caption == "Der Rat tagt im Rathaus."
    assert [(c.name, c.organization) for c in credits] == [("Anna Roe", "picture alliance"), (None, "dpa")]
    assert [(c.name, c.organization) for c in parse_photo_credit("Bildrechte: Anna Roe")] == [("Anna Roe", None)]
