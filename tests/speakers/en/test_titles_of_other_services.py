"""Titles of police, military, church and parliament ranks, and the courtesy titles of South and Southeast Asian
English pages, before a name are the role, never (part of) the name.

Found by probing made-up sentences of the shape of wire copy, British local papers and Asian English outlets:
"said Brig. Gen. Pat Ryder" gave the speaker "Brig" (the full stop of an abbreviation missing from the titles
read as a sentence end), "Det. Sgt. Ann Cole said" lost its speaker, and "Supt Ann Cole", "Baroness Hale",
"Madam Tan", "Shri Narendra Modi", "Datuk Seri Anwar Ibrahim" and "Gen Ann Cole" kept the title inside the name.
Made-up sentences only.
"""

from __future__ import annotations

import pytest

from tests.quote_helpers import said

# Abbreviated titles with their stop ("Brig. Gen."), and titles written without one ("Supt", "Datuk Seri").
_TITLES_WITH_A_STOP = [
    ("Brig. Gen.", "Pat Ryder"),
    ("Det. Sgt.", "Ann Cole"),
    ("Insp.", "Ann Cole"),
    ("Supt.", "Ann Cole"),
    ("Ofc.", "Ann Cole"),
    ("Spc.", "Ann Cole"),
    ("Cdr.", "Ann Cole"),
    ("Amb.", "Ann Cole"),
    ("Atty. Gen.", "Ann Cole"),
    ("Hon.", "Ann Cole"),
    ("Rt. Hon.", "Ann Cole"),
    ("Pres.", "Ann Cole"),
    ("Msgr.", "Tom Kelly"),
    ("Fr.", "Tom Kelly"),
    ("Assoc. Prof.", "Ann Cole"),
    ("Asst. Prof.", "Ann Cole"),
]
_TITLES_WITHOUT_A_STOP = [
    ("Supt", "Ann Cole"),
    ("Det Insp", "Ann Cole"),
    ("DCI", "Ann Cole"),
    ("PC", "Ann Cole"),
    ("Brig", "Ann Cole"),
    ("Maj Gen", "Ann Cole"),
    ("Cmdr", "Ann Cole"),
    ("Baroness", "Hale"),
    ("Baron", "Hale"),
    ("Madam", "Tan"),
    ("Mdm", "Tan"),
    ("Shri", "Narendra Modi"),
    ("Smt", "Meena Rao"),
    ("Datuk", "Lim Kok Wing"),
    ("Datuk Seri", "Anwar Ibrahim"),
    ("Gen", "Ann Cole"),
    ("Ald.", "Ann Cole"),
]


@pytest.mark.parametrize(("title", "name"), [*_TITLES_WITH_A_STOP, *_TITLES_WITHOUT_A_STOP])
def test_title_before_the_name_is_the_role(title: str, name: str) -> None:
    assert said(f"“The road stays closed,” said {title} {name}.", "en") == [(name, title)]
    assert said(f"“The road stays closed,” {title} {name} said.", "en") == [(name, title)]


def test_gen_z_is_no_title() -> None:
    assert said("“We want change,” Gen Z voters said.", "en") == [(None, "Gen Z voters")]
