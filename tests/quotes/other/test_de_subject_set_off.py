"""German: a subject that opens the sentence, then a relative clause or an apposition set off by commas, then the verb
of saying and a comma ("Anna Roth, die seit 2010 den Verein leitet, sagte, …"): the clause after the verb's comma is
reported, the subject speaks. Before, the whole sentence, the verb of saying with it, was reported with no speaker.
Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import reported_said


def test_a_relative_clause_between_name_and_verb() -> None:
    assert reported_said(
        "Anna Roth, die seit 2010 den Verein leitet, sagte, die Zahl der Mitglieder sei gestiegen.", "de"
    ) == [("die Zahl der Mitglieder sei gestiegen", "Anna Roth", None)]


def test_a_party_and_an_office_between_name_and_verb() -> None:
    assert reported_said(
        "Max Weber (SPD), Bürgermeister von Ulm, sagte, die Stadt werde die Brücke sanieren.", "de"
    ) == [("die Stadt werde die Brücke sanieren", "Max Weber", "Bürgermeister von Ulm")]


def test_a_description_and_a_relative_clause() -> None:
    assert reported_said("Die Ärztin, die selbst in Ulm lebt, betonte, die Lage sei ernst.", "de") == [
        ("die Lage sei ernst", None, "Die Ärztin")
    ]


def test_a_verb_with_its_subject_after_it_is_an_insertion() -> None:
    # "sagte Weber" set off inside the sentence: Weber speaks of the house, not the house
    found = reported_said("Das Haus, das seit Jahren leer steht, sagte Weber, werde abgerissen.", "de")
    assert all(role != "Das Haus" for _, _, role in found)


def test_a_dass_clause_keeps_its_conjunction() -> None:
    # ", dass …" is read by the reader of "dass" clauses, which keeps the conjunction, as German reports do
    assert reported_said("Eva Kurz, Expertin für Energie, sagte, dass die Preise, so hoch sie sind, fallen.", "de") == [
        ("dass die Preise, so hoch sie sind, fallen", "Eva Kurz", None)
    ]


def test_an_apposition_with_its_article_is_the_role() -> None:
    assert reported_said("Jana Kuhn, die Leiterin des Vereins, sagte, das Fest finde statt.", "de") == [
        ("das Fest finde statt", "Jana Kuhn", "die Leiterin des Vereins")
    ]


def test_a_relative_clause_with_a_noun_after_its_pronoun_is_no_role() -> None:
    # "die Mitglieder gewählt haben" ends in its verb: a relative clause, not who Roth is
    assert reported_said("Anna Roth, die Mitglieder gewählt haben, sagte, sie bleibe im Amt.", "de") == [
        ("sie bleibe im Amt", "Anna Roth", None)
    ]
