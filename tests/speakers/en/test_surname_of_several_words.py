"""A surname of several words written alone stands for the full name written before (English).

Found by benchmarks/speaker_invariance.py (Spanish double surnames swapped in): "Navarro del Campo took it over"
after "Teresa Navarro del Campo": the surname's first word opening a sentence was read as a given name, the
mention as a full name of its own ("Navarro del Campo"), and a "she said" after it went to that. The fuller
name written before that ends with it and opens with a known given name is the same person. Made-up
sentences only.
"""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_a_pronoun_after_a_particle_surname_opening_a_sentence_goes_to_the_full_name() -> None:
    assert speakers_in(
        "Teresa Navarro del Campo runs the dairy near Harrogate.",
        "Navarro del Campo took it over from an uncle in 2015.",
        "“Milk prices barely cover the feed,” she said.",
        language="en",
    ) == ["Teresa Navarro del Campo"]


def test_a_pronoun_after_a_portuguese_surname_opening_a_sentence_goes_to_the_full_name() -> None:
    assert speakers_in(
        "Victor Ramos da Silva coaches the under-12 side.",
        "Ramos da Silva played in Porto as a young man.",
        "“The boys train harder than I ever did,” he said.",
        language="en",
    ) == ["Victor Ramos da Silva"]


def test_the_full_name_after_a_speaker_introduced_with_a_role() -> None:
    assert speakers_in(
        "The union’s Harold Alvarez de la Vega, an organiser in Leeds, said the strike would go on.",
        "Alvarez de la Vega believes the council will give way.",
        "“I think this is the moment,” he said.",
        language="en",
    ) == ["Harold Alvarez de la Vega", "Harold Alvarez de la Vega"]
