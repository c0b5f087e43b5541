"""Latin-script word patterns (quotes.latin.words_re) built as a character trie find what the longest-first list of
the words found: the same spans, in any case, with hyphens and with words of several parts. Made-up words and texts."""

from __future__ import annotations

import re

from cqnews.enrich.quotes.latin import _case_twins, words_re
from cqnews.lexicon.quotes_latin import LATIN_TABLES


def _listed(words: frozenset[str], hyphen: bool, ignore_case: bool) -> re.Pattern[str]:
    edge = r"[\w-]" if hyphen else r"\w"
    alternation = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(rf"(?<!{edge})(?{'i' if ignore_case else ''}:{alternation})(?!{edge})")


_WORDS = frozenset(("ha", "ha detto", "ha dichiarato", "dit", "dite", "a dit", "erklärte", "erklärt", "so"))
_TEXTS = (
    "Il sindaco ha detto che la strada riapre. Ha dichiarato: basta.",
    "Le maire a dit « non », elle dite-t-elle, a dite, HA DETTO, ha-detto, hadetto.",
    "Berg erklärte, die Lage sei ernst; Erklärt-Satz, so Berg, so-so, also.",
)


def test_trie_finds_what_the_list_finds() -> None:
    for hyphen in (False, True):
        for ignore_case in (False, True):
            trie = words_re(_WORDS, hyphen=hyphen, ignore_case=ignore_case)
            listed = _listed(_WORDS, hyphen, ignore_case)
            assert trie is not None
            for text in _TEXTS:
                assert [m.span() for m in trie.finditer(text)] == [m.span() for m in listed.finditer(text)]


def test_the_longer_words_win() -> None:
    cues = words_re(_WORDS, ignore_case=True)
    assert cues is not None
    assert [m.group() for m in cues.finditer(_TEXTS[0])] == ["ha detto", "Ha dichiarato"]


def test_case_twins_keep_the_list() -> None:
    assert _case_twins(frozenset(("Sagt", "sagte")))  # (S and s in one branch: a trie might stop at the shorter)
    assert not _case_twins(frozenset(("sagt", "sagte", "so")))
    assert not any(_case_twins(table.cues) for table in LATIN_TABLES.values())
