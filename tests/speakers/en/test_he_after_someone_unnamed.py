"""A he or she right after a person quoted unnamed by a description ("A shopkeeper, who did not want to be named,
said …") is that person, not someone quoted by name before; a person named since, or a description of the other
sex, leaves the pronoun to them. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_he_after_an_unnamed_shopkeeper() -> None:
    assert said_in_en(
        "Inspector Carl Munby said the two men knew each other.",
        "A shopkeeper, who did not want to be named, said he heard shouting.",
        '"I ran out and saw a man lying by the bins," he said.',
    )[-1] == (None, "A shopkeeper")


def test_she_after_a_spokeswoman_for_a_firm() -> None:
    assert said_in_en(
        "Councillor Dee Harte said the route had been cut without notice.",
        "A spokeswoman for Lakeline Buses said the service had lost money for years.",
        '"We have to run the routes people actually use," she said.',
    )[-1] == (None, "A spokeswoman for Lakeline Buses")


def test_description_of_the_other_sex_is_no_antecedent() -> None:
    assert said_in_en(
        "Inspector Carl Munby said the two men knew each other.",
        "A woman who lives nearby said she heard shouting.",
        '"We will be speaking to everyone on the street," he said.',
    )[-1] == ("Carl Munby", "Inspector")
