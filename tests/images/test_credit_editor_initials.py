"""Lower-case initials after the photographer closing an agency's credit chain, as Indonesia's national agency files
its pictures ("ANTARA FOTO/Name/abc."): the desk editor's initials, no organisation to credit (made-up captions)."""

from __future__ import annotations

from cqnews.enrich.credits import split_photo_credit


def _typed(text: str) -> tuple[str | None, list[tuple[str | None, str | None]]]:
    caption, credits = split_photo_credit(text)
    return caption, [(c.name, c.organization) for c in credits]


def test_editor_initials_closing_a_chain_name_no_one() -> None:
    text = "Warga membersihkan jalan setelah banjir. ANTARA FOTO/Dewi Lestari/abc."
    assert _typed(text) == ("Warga membersihkan jalan setelah banjir.", [("Dewi Lestari", "ANTARA")])


def test_a_lower_case_agency_closing_a_chain_stays() -> None:
    assert _typed("Helfer vor dem Rathaus. Foto: Anna Roe/dpa.")[1] == [("Anna Roe", "dpa")]
