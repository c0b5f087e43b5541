"""Regressions found by parsing the corpus: each once made find_quotes raise and lose a page's quotes."""

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def test_according_to_after_a_coordinated_clause() -> None:
    # "…, and according to X, …" once looked "according to" up in the table of verb cues.
    text = "Exports fell sharply last year, and according to the ministry, the decline will continue into 2025."
    assert isinstance(find_quotes([Block(text=text)], "en"), list)


def test_according_to_after_a_reported_clause() -> None:
    text = (
        "The couple was quarantined, and the agency said it had examined everyone who might have "
        "been exposed, according to Jane Roe of the Daily News."
    )
    quotes = find_quotes([Block(text=text)], "en")
    assert any(q.cue == "according to" and q.speaker is not None and q.speaker.name == "Jane Roe" for q in quotes)


def test_trie_pattern_matches_like_a_longest_first_alternation() -> None:
    import re

    from cqnews.lexicon.alternation import trie_pattern

    words = ["say", "said", "says", "saying", "sa", "told", "tell", "telling", "说", "说明", "表示"]
    trie = re.compile(r"\b" + trie_pattern(words) + r"\b")
    plain = re.compile(r"\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b")
    text = "He said, she says; saying sa sax told tell telling tells 说明 说 表示 say."
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
