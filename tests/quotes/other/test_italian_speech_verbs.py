"""Italian verbs of saying beyond the commonest few ("ha ricordato", "ha replicato", "rivela"): a quote inside
the clause they open is the subject's. Made-up sentences only."""

from __future__ import annotations

from cqnews.lexicon.quotes_latin import ITALIAN
from tests.quote_helpers import quotes_found


def test_a_quote_in_the_clause_of_a_verb_of_saying_is_its_subjects() -> None:
    assert quotes_found(
        "Il sindaco Marco Bianchi ha ricordato ai cittadini che “la strada resterà chiusa fino a lunedì mattina”.", "it"
    ) == [("direct", "la strada resterà chiusa fino a lunedì mattina", "Marco Bianchi")]
    assert quotes_found(
        "La ministra Anna Verdi ha replicato che “non abbiamo mai promesso niente del genere a nessuno”.", "it"
    ) == [("direct", "non abbiamo mai promesso niente del genere a nessuno", "Anna Verdi")]
    assert quotes_found(
        "La ministra Anna Verdi rivela che il governo “non ha mai promesso niente del genere a nessuno”.", "it"
    ) == [("direct", "non ha mai promesso niente del genere a nessuno", "Anna Verdi")]


def test_the_table_holds_each_verb_in_the_present_the_passato_remoto_and_the_passato_prossimo() -> None:
    # a regular verb in -are, one in -ire with -isc-, an irregular one
    for form in ("replica", "replicò", "ha replicato", "garantisce", "garantì", "ha garantito", "chiede", "chiese",
                 "ha chiesto"):
        assert form in ITALIAN.cues, form
