"""The quote stage's shortcuts (Session 64) must answer exactly as the long way does: the memo of
name_split_en.split_name (shared while no language's given names are read first), the capital look-ahead before
the titled single name's pattern, and the substring test before the kin single name's pattern."""

from __future__ import annotations

import re

import pytest

from cqnews.enrich.speakers.given_names import given_names_of
from cqnews.enrich.speakers.index import (
    _KIN_SINGLE_NAME_RE,
    _TITLED_SINGLE_NAME_RE,
    TITLES_BEFORE_A_SURNAME,
    told_before,
)
from cqnews.enrich.speakers.name_split_en import _split_name, split_name
from cqnews.lexicon.alternation import trie_pattern

_RUNS = [
    ["US", "President", "Donald", "Trump"],
    ["Daily", "Mail", "Lacerda"],
    ["Brave", "Marina", "Lacerda"],
    ["Former", "All", "Black", "Sonny", "Bill", "Williams"],
    ["DCOP", "Kwasi", "Ofori"],
    ["Kalwinder", "Singh", "Khaira"],
    ["House", "Republican", "Thomas", "Massie"],
    ["Network", "Rail"],
    ["Mum-of-three", "Siobhan", "O'Neill"],
    ["Ann"],
    [],
]


@pytest.mark.parametrize("words", _RUNS)
@pytest.mark.parametrize("courtesy", [False, True])
def test_split_name_memo_answers_as_the_split(words: list[str], courtesy: bool) -> None:
    expected = _split_name(list(words), courtesy)
    first = split_name(list(words), courtesy)
    first[0].append("x")  # (a caller that changes the lists it was given changes no later answer)
    first[1].append("y")
    assert split_name(list(words), courtesy) == expected
    assert split_name(list(words), courtesy)[1] is not split_name(list(words), courtesy)[1]


def test_split_name_memo_steps_aside_for_a_language_table() -> None:
    words = ["Brave", "Zorvek", "Malinsky"]  # (a made-up given name in no shared table)
    shared = split_name(words)
    assert shared == _split_name(words, False)
    with given_names_of({"zorvek": "m"}):
        own = split_name(words)
        assert own == _split_name(words, False)
    assert own == (["Brave"], ["Zorvek", "Malinsky"], "person")
    assert shared != own
    assert split_name(words) == shared


_TITLED_LONG_WAY = re.compile(
    r"\b(" + trie_pattern(TITLES_BEFORE_A_SURNAME) + r")\.? ([A-Z][a-z'’\-]{1,20})(?![\w'’\-]| [A-Z])"
)

_TITLED = [
    "Chief Ogbonna welcomed the visitors, and Alhaji Bello addressed them before Sgt. Walsh said no more.",
    "XChief Ogbonna came; 9Chief Obi left; _Chief Eze stayed; ÉChief Uche and «Chief Nnamdi» spoke.",
    "chief Ogbonna, CHIEF Obi, Chief Executive Ann Lee and Chief Ogbonna Eze met; Sgt Walsh-Kerr said.",
    "",
]


@pytest.mark.parametrize("text", _TITLED)
def test_titled_single_names_match_as_the_word_boundary_form(text: str) -> None:
    def spans(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
        return [(m.span(), m.groups()) for m in pattern.finditer(text)]

    assert spans(_TITLED_SINGLE_NAME_RE) == spans(_TITLED_LONG_WAY)


def test_titled_sentences_hold_names() -> None:
    assert sum(len(_TITLED_LONG_WAY.findall(text)) for text in _TITLED) >= 4


@pytest.mark.parametrize(
    "text",
    [
        "His wife, Abena, agrees that the ferry should run at night.",
        "His wife,Abena, agrees; her son ,Tomasz, left; my sister; Ingrid; stayed.",
        "Their neighbour\u00a0, Kwesi, had seen the boat; our cousin,\nFarid, drove.",
    ],
)
def test_kin_single_names_need_a_comma_and_a_space(text: str) -> None:
    assert ", " in text or not _KIN_SINGLE_NAME_RE.search(text)


_TELLING_TEXTS = [
    "“We will rebuild the pier,” the engineer told Judge Mary Ryan, who nodded.",
    "“Stay inside,” she tells Ann Kelly; “it is late,” Mr Osei told Kofi.",
    "“We will rebuild the pier,” the engineer said to Judge Mary Ryan, who nodded.",
    "“Stay inside,” she told-off Ann Kelly; “it is late,” Mr Osei Told Kofi, and Toldo Ann Lee came.",
]


@pytest.mark.parametrize("text", _TELLING_TEXTS)
def test_told_before_needs_told_or_tells_in_the_block(text: str) -> None:
    told = [pos for pos in range(len(text)) if told_before(text, pos)]
    assert "told" in text or "tells" in text or not told


def test_telling_texts_hold_listeners() -> None:
    first, second = _TELLING_TEXTS[:2]
    assert told_before(first, first.find("Mary")) and told_before(second, second.find("Ann"))
    assert told_before(second, second.find("Kofi"))
