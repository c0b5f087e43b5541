"""A run of capitalised words is split into role and name words by ``split_name``, which asked at every word
whether it was a rank in capitals before a name of two or three words, copying the rest of the run to ask: a
paragraph of 26,000 capitalised words after a quote ("“It works,” Aa Aa Aa … said") took seconds of CPU, quadratic,
and ran into the time budget. The length of the rest is read first now (Session 62); the answers are unchanged."""

from __future__ import annotations

from cqnews.enrich.speakers.name_split_en import split_name
from tests.cpu_bar import half_and_whole_cpu


def test_ranks_in_capitals_are_still_read() -> None:
    assert split_name(["DCOP", "Kwasi", "Ofori"]) == (["DCOP"], ["Kwasi", "Ofori"], "person")
    assert split_name(["SSP", "Rakesh", "Kumar", "Verma"]) == (["SSP"], ["Rakesh", "Kumar", "Verma"], "person")
    assert split_name(["JK", "Rowling"])[1] == ["JK", "Rowling"]  # (initials before a surname alone)


def test_a_long_run_of_capitalised_words_is_split_in_linear_time() -> None:
    # 30,000 and 60,000 words: the copy at every word cost four times for twice the words (seconds at 60,000)
    half, whole = half_and_whole_cpu(lambda count: split_name(["Aa"] * count), 60_000)
    assert whole < max(3.0 * half, 0.3)

