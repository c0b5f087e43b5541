"""A person named right before "and his wife" ("Chief Obiora Nwankwo and his wife Ngozi welcomed …") is a man,
before "and her son" a woman: a "she said" after it is not his words, nor a "he said" hers. The given name gets
the vote, not the surname a wife may share ("Pastor Femi Adeyemi and his wife, Funke Adeyemi, …"). Made-up
paragraphs in the shapes of Nigerian and British local pages."""

from __future__ import annotations

from tests.quote_helpers import speakers_in_en


def test_she_after_a_man_and_his_wife_is_not_the_man() -> None:
    assert speakers_in_en(
        "Chief Obiora Nwankwo and his wife Ngozi welcomed the guests to the town hall in Enugu.",
        '"We are grateful to everyone who travelled," she said.',
    ) == [None]


def test_he_after_a_woman_and_her_son_is_not_the_woman() -> None:
    assert speakers_in_en(
        "Ann Cole and her son Tom were rescued from the flat in Hull on Friday.",
        '"The smoke was everywhere," he said.',
    ) == [None]


def test_a_wife_sharing_the_surname_keeps_her_words() -> None:
    assert speakers_in_en(
        "Pastor Femi Adeyemi and his wife, Funke Adeyemi, led the prayers at the new church.",
        '"God has been faithful to this church," she said.',
    ) == ["Funke Adeyemi"]


def test_he_after_a_man_and_his_wife_is_the_man() -> None:
    assert speakers_in_en(
        "Chief Obiora Nwankwo and his wife Ngozi welcomed the guests to the town hall in Enugu.",
        '"We are grateful to everyone who travelled," he said.',
    ) == ["Obiora Nwankwo"]
