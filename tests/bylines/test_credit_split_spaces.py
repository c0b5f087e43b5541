"""The credit-splitting patterns read a long run of spaces in linear time and split credits as before."""

from __future__ import annotations

import time

from cqnews.credit_text.patterns import NAME_AND, NEXT_LABEL
from cqnews.credit_text.photo_parse import FOR_WORD
from tests.cpu_bar import cpu_bar


def test_name_and_splits_names_joined_by_and() -> None:
    assert NAME_AND.split("Anna Roe  and Jan Weber") == ["Anna Roe", "Jan Weber"]


def test_next_label_splits_at_the_next_credit_label() -> None:
    assert NEXT_LABEL.split("Text: Anna Roe , Foto: Jan Weber") == ["Text: Anna Roe", "Foto: Jan Weber"]


def test_a_long_run_of_spaces_is_read_once() -> None:
    # (each pattern used to try its leading spaces from every space of the run: 100 KB took minutes)
    spaces = "A" + " " * 100_000 + "B"
    start = time.process_time()  # (CPU time against the machine's bar: wall time grows with other jobs' load)
    assert NAME_AND.split(spaces) == [spaces]
    assert NEXT_LABEL.split(spaces) == [spaces]
    assert time.process_time() - start < cpu_bar(1.0)


def test_for_word_finds_for_between_a_name_and_an_outlet() -> None:
    found = FOR_WORD.search("Tara Roe  for The Daily Post")
    assert found is not None and found.start() == len("Tara Roe")


def test_for_word_reads_a_long_run_of_spaces_once() -> None:
    start = time.process_time()
    assert FOR_WORD.search("A" + " " * 100_000 + "B") is None
    assert time.process_time() - start < cpu_bar(1.0)
