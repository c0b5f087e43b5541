"""Picture agencies of German, French and Nordic captions end a caption as its credit (made-up captions)."""

from __future__ import annotations

from cqnews.enrich.credits import split_photo_credit


def test_a_caption_ending_with_a_picture_agency_gives_it_as_the_credit() -> None:
    caption, credits = split_photo_credit("Die Kanzlerin spricht im Bundestag. IMAGO/photothek")
    assert caption == "Die Kanzlerin spricht im Bundestag."
    assert [credit.organization for credit in credits] == ["Imago", "photothek"]
    caption, credits = split_photo_credit("Le président à l'Élysée. Maxppp")
    assert (caption, [credit.organization for credit in credits]) == ("Le président à l'Élysée.", ["Maxppp"])


def test_picture_alliance_after_the_caption_is_an_agency_not_a_photo_word() -> None:
    caption, credits = split_photo_credit("Die Kanzlerin spricht im Bundestag. picture alliance/dpa")
    assert caption == "Die Kanzlerin spricht im Bundestag."
    assert [credit.organization for credit in credits] == ["picture alliance", "dpa"]


def test_a_city_or_a_police_force_handing_out_a_picture_is_an_organisation() -> None:
    _, credits = split_photo_credit("Das neue Rathaus am Markt. Foto: Stadt Musterhausen")
    assert [(credit.name, credit.organization) for credit in credits] == [(None, "Stadt Musterhausen")]
    _, credits = split_photo_credit("El alcalde en la plaza. Foto: Ayuntamiento de Villanueva")
    assert [(credit.name, credit.organization) for credit in credits] == [(None, "Ayuntamiento de Villanueva")]


def test_an_agency_whose_name_ends_in_a_picture_word_stays_whole() -> None:
    # "Images/" reads like the keyword of "AP Photo/…", but here it ends the agency's own name.
    caption, credits = split_photo_credit("Der Rat tagt im Rathaus. Getty Images/iStockphoto")
    assert caption == "Der Rat tagt im Rathaus."
    assert [c.organization for c in credits] == ["Getty Images", "iStockphoto"]
    assert credits[0].raw == "Getty Images/iStockphoto"


def test_distributors_after_via_are_cut_at_the_slash() -> None:
    from cqnews.enrich.credits import parse_photo_credit

    # "via X / Reuters": two distributors, not one organisation "X / Reuters"
    credits = parse_photo_credit("Feuerwehr Nordstadt via X / Reuters")
    assert [credit.organization for credit in credits] == ["Feuerwehr Nordstadt", "X", "Reuters"]
    credits = parse_photo_credit("Anna Roe via Reuters/Getty Images")
    assert [(credit.name, credit.organization) for credit in credits] == [
        ("Anna Roe", "Reuters"),
        (None, "Getty Images"),
    ]
