"""The abbreviated titles of an advocate ("Adv.", South African and Indian courts) and an engineer ("Engr.", Nigerian
and Philippine copy) before a name are titles: the full stop ends no sentence, the title is the role and the name
after it the speaker ("State prosecutor Adv. Thabo Nkosi said" -> Thabo Nkosi, role "State prosecutor Adv.").
Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_an_advocate_after_a_role() -> None:
    text = "State prosecutor Adv. Thabo Nkosi said the accused had planned the robbery for weeks."
    assert said_in_en(text) == [("Thabo Nkosi", "State prosecutor Adv.")]


def test_an_engineer_quoted_twice() -> None:
    found = said_in_en("Engr. Musa Bello said the bridge was safe. “It will stand for fifty years,” Engr. Bello said.")
    assert found == [("Musa Bello", "Engr."), ("Musa Bello", "Engr.")]
