"""A German office set off by a comma after the name that follows a verb of saying ("„…“, sagte Jörg Braun,
Leiter der Feuerwehr.") is the speaker's role, as a Romance office in lower case was ("…, explique Marie Martin,
adjointe aux finances."): before, German offices, capitalised, were never read there. Made-up sentences; each
expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import direct_with_speaker


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        pytest.param("„Wir sind bereit“, sagte Jörg Braun, Leiter der Feuerwehr.", "Leiter der Feuerwehr", id="office"),
        pytest.param(
            "„Wir sind bereit“, sagte Jörg Braun, der Leiter der Feuerwehr.", "der Leiter der Feuerwehr", id="article"
        ),
        pytest.param(
            "„Wir sind bereit“, sagt Anna Berg, Bürgermeisterin von Ulm.", "Bürgermeisterin von Ulm", id="von"
        ),
        pytest.param(
            "„Wir sind bereit“, sagte Jörg Braun, Leiter der örtlichen Feuerwehr.",
            "Leiter der örtlichen Feuerwehr",
            id="adjective",
        ),
    ],
)
def test_the_office_after_the_name_is_the_role(sentence: str, role: str) -> None:
    name = "Anna Berg" if "Anna" in sentence else "Jörg Braun"
    assert direct_with_speaker(sentence, "de") == [("Wir sind bereit", name, role)]


def test_a_clause_after_the_name_is_no_role() -> None:
    assert direct_with_speaker("„Wir sind bereit“, sagte Merz, Kanzler Scholz habe versagt.", "de") == [("Wir sind bereit", "Merz", None)]
