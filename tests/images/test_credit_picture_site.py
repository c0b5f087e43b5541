"""A photographer and the picture site after "on"/"from" (cqnews.enrich.credits.parse_photo_credit): "Photo by
Anna Roe on Unsplash" credits the person Anna Roe and the site, not an organisation named "Anna Roe on Unsplash"."""

from __future__ import annotations

from cqnews.enrich.credits import parse_photo_credit


def _people(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.name, c.organization) for c in parse_photo_credit(text)]


def test_a_photographer_on_a_picture_site_is_a_person_of_that_site() -> None:
    assert _people("Photo by Kari Lund on Unsplash") == [("Kari Lund", "Unsplash")]
    assert _people("Image by Kari Lund from Pixabay") == [("Kari Lund", "Pixabay")]
    assert _people("Foto von Kari Lund auf Pexels") == [("Kari Lund", "Pexels")]


def test_on_before_words_that_name_no_site_stays_in_the_credit() -> None:
    # "on behalf of the city" names no picture site: no site is cut off after "on"
    people = _people("Photo: Kari Lund on behalf of the city")
    assert people and all(org != "behalf of the city" for _, org in people)
