"""The name index's shortcuts (substring tests before a regex, a pattern that opens with its first letters, an
early stop before a word that ends in no letter) must answer exactly as the long way does."""

from __future__ import annotations

import re

import pytest

from cqnews.enrich.speakers import SpeakerBook
from cqnews.enrich.speakers.index_bodies import _KNOWN_ORG_RE, _word_trie
from cqnews.enrich.speakers.names import _before_role_words, contains_parts
from cqnews.enrich.speakers.tokens import strip_possessive
from cqnews.lexicon import quote_patterns as P
from cqnews.lexicon.alternation import trie_pattern
from cqnews.lexicon.en import KNOWN_ORG_KINDS, ROLE_NOUN_ENDINGS

_SENTENCES = [
    "NATO said the UN and the EU would meet; UNESCO and xNATO are no bodies of the table.",
    "The European Union’s envoy met the IMF, the G7 and the G20 in Nato-led talks.",
    "United Nations officials and OPEC, (ASEAN) and BRICS answered.",
    "",
]


@pytest.mark.parametrize("text", _SENTENCES)
def test_known_bodies_match_as_with_word_boundaries(text: str) -> None:
    long_way = re.compile(r"\b" + trie_pattern(KNOWN_ORG_KINDS) + r"\b")
    assert [m.span() for m in _KNOWN_ORG_RE.finditer(text)] == [m.span() for m in long_way.finditer(text)]


def test_word_trie_needs_a_word_start() -> None:
    pattern = re.compile(_word_trie(["said", "says", "sa"]) + r"\b")
    assert [m.group() for m in pattern.finditer("sa said unsaid says, Isa says")] == ["sa", "said", "says", "says"]


_LAST_SPACE_RE = re.compile(r"\s(?=\S*\Z)")


def _role_words_long_way(text: str, pos: int) -> int:
    """names._before_role_words as it read every word before a name (its regex walk, no early stop)."""
    k = pos
    for _ in range(4):
        e = k
        while e > 0 and text[e - 1] == " ":
            e -= 1
        floor = max(0, e - 30)
        space = _LAST_SPACE_RE.search(text, floor, e)
        w = space.end() if space is not None else floor
        word = strip_possessive(text[w:e])
        role_word = word.islower() and (word in P.EN_TITLES or word.endswith(ROLE_NOUN_ENDINGS))
        if not (word[:1].isupper() or role_word) or not word.isalpha() or word.lower() in P.EN_NOT_NAME:
            break
        k = w
    return k


_WALKED = [
    "Smith, Jones said (Lee) told\nKim\u00a0Park wrote; Wild defenseman Ryan Suter’s coach, 42 Ann said.",
    "U.S. President Donald Trump’s aide Mr. O’Neill and the senator Jones said — “Yes,” Ann-Marie added.",
    "  Ward 7 councillor Li Wei, spokeswoman Eve Doe's Ltd. (AP) Moon",
]


@pytest.mark.parametrize("text", _WALKED)
def test_role_word_walk_stops_as_the_long_way(text: str) -> None:
    assert [_before_role_words(text, pos) for pos in range(len(text) + 1)] == [
        _role_words_long_way(text, pos) for pos in range(len(text) + 1)
    ]


def test_one_word_parts_are_looked_up_as_members() -> None:
    assert contains_parts(("Jane", "Doe"), ("Doe",))
    assert not contains_parts(("Jane", "Doe"), ("Do",))
    assert contains_parts(("Ana", "Maria", "Silva"), ("Maria", "Silva"))


def test_single_names_pairs_and_chinese_names_still_registered() -> None:
    book = SpeakerBook()
    book.register_text("Zola, who won an award last year, spoke first.", 0)
    assert "Zola" in book._single_names
    book.register_text("Nothing here names a singer who sang.", 100)
    assert book._single_names == {"Zola"}
    pairs = "Phil and Rebecca have sold the farm. Rates and Taxes went up."
    book.index_pairs(pairs, 200, lambda pos: False)
    assert [name for _, name in book._pairs] == ["Phil and Rebecca"]
    book.index_pairs("Phil and his sister sold it.", 300, lambda pos: False)
    assert len(book._pairs) == 1
    book.register_zh_text("王小明（化名）说，他见过戴夫·汉森。", 400)
    assert "王小明" in book.zh_aliases
    assert book.zh_known == ["戴夫·汉森"]
    book.register_zh_text("他没有见过别人。", 500)  # no interpunct, no alias
    assert book.zh_known == ["戴夫·汉森"]
    assert book.zh_aliases == {"王小明"}
