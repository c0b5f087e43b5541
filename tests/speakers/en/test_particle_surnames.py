"""A surname opening with a particle ("van Dijk", "de la Torre") read where it is written alone (English).

Found by benchmarks/speaker_invariance.py (names with particles swapped in):
- after an inverted cue the lower-case particle opens the name ("said van Dijk"): no subject was read;
- opening a sentence the particle is capitalised ("Van Dijk said", "El-Hassan said"): it stands for the full
  name written with the lower-case particle, "Pieter van Dijk"; a full name written with the particle
  capitalised ("Ilse De Jong") is still found from "De Jong".
Made-up sentences only.
"""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, BlockKind
from tests.quote_helpers import speakers_in


def test_an_inverted_cue_before_a_particle_surname_names_the_speaker() -> None:
    assert speakers_in(
        "Pieter van Dijk, the chief executive, spoke on Tuesday.",
        "“The future will be open,” said van Dijk.",
        language="en",
    ) == ["Pieter van Dijk"]


def test_a_two_particle_surname_after_an_inverted_cue() -> None:
    assert speakers_in(
        "Andrés Gómez de la Fuente manages the vineyard.",
        "“The harvest came early this year,” said de la Fuente.",
        language="en",
    ) == ["Andrés Gómez de la Fuente"]


def test_a_capitalised_particle_opening_the_sentence_stands_for_the_full_name() -> None:
    assert speakers_in(
        "Pieter van Dijk, the chief executive, spoke on Tuesday.",
        "Van Dijk said the company would open two offices.",
        language="en",
    ) == ["Pieter van Dijk"]


def test_a_capitalised_particle_written_so_in_the_full_name_still_matches() -> None:
    assert speakers_in(
        "Ilse De Jong coaches the rowing club.",
        "De Jong said the club would buy two boats.",
        language="en",
    ) == ["Ilse De Jong"]


def test_a_capitalised_hyphenated_particle_opening_the_sentence_stands_for_the_full_name() -> None:
    assert speakers_in(
        "Nour el-Hassan, a nurse at the clinic, worked through the night.",
        "El-Hassan said the clinic ran out of beds.",
        language="en",
    ) == ["Nour el-Hassan"]


def test_a_surname_with_its_particle_opening_sentences_is_no_full_name_of_its_own() -> None:
    assert speakers_in(
        "Ilse de Jong coaches the rowing club.",
        "De Jong said the club would buy two boats. De Jong said the river was too high.",
        "“We train at six,” de Jong said.",
        language="en",
    ) == ["Ilse de Jong", "Ilse de Jong", "Ilse de Jong"]


def test_a_given_name_alone_stands_for_the_full_name_with_its_particles() -> None:
    assert speakers_in(
        "Femke van der Linden was born in 1964 in Utrecht.",
        "Femke was 12 when her mother took a job abroad. She wrote in her memoir, “I was 12 years old.”",
        language="en",
    ) == ["Femke van der Linden"]


def test_a_particle_surname_closing_a_clause_after_a_comma() -> None:
    # the clause before "…, de Vries said;" is reported, the particle opening the surname written alone
    text = "Anger had been building for months, de Vries said; the protest was a release."
    blocks = [Block(kind=BlockKind.PARAGRAPH, text=text)]
    found = [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in find_quotes(blocks, "en")]
    assert found == [("indirect", "Anger had been building for months", "de Vries")]



def test_a_two_particle_surname_closing_a_clause() -> None:
    text = "The harvest came early this year, de la Fuente said; the grapes were small."
    blocks = [Block(kind=BlockKind.PARAGRAPH, text=text)]
    found = [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in find_quotes(blocks, "en")]
    assert found == [("indirect", "The harvest came early this year", "de la Fuente")]
