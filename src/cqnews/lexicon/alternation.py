"""Regular-expression alternations built from word tables: a character trie of the words (shared prefixes factored
out) and a look-ahead on their first characters. Used by the cue tables of every language and by other word lists
matched in long texts."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["ascii_caseless", "first_char_guard", "trie_pattern"]

# A character trie: each key is one character, "" marks the end of a word.
_Trie = dict[str, "_Trie"]


def trie_pattern(words: Iterable[str]) -> str:
    """One regex alternation for ``words`` with shared prefixes factored out ("said|says" →
    "sa(?:id|ys)"), so that the engine rejects a non-matching word after a letter or two instead
    of trying every alternative; at each branch longer continuations are tried first."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_alternation(trie)


def _trie_alternation(node: _Trie) -> str:
    branches = [re.escape(char) + _trie_alternation(child) for char, child in sorted(node.items()) if char]
    branches.sort(key=len, reverse=True)
    if "" in node:
        branches.append("")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def first_char_guard(words: Iterable[str]) -> str:
    """A lookahead admitting only the characters ``words`` start with: the engine turns away every
    other position (a capitalised word, a digit, a space) before trying the alternation at all."""
    return "(?=[" + "".join(sorted({re.escape(word[0]) for word in words})) + "])"


def ascii_caseless(word: str) -> str:
    """A pattern matching ``word`` (ASCII) with its letters in either ASCII case and nothing else: ``re.IGNORECASE``
    also takes the long s ("ſ") for an "s", the Kelvin sign for a "k" and the dotted and dotless I ("İ", "ı") for an
    "i", which an HTML parser does not (it reads tag names in ASCII case), and whose lowered text is not ``word``."""
    return "".join(f"[{char.upper()}{char}]" if char.isalpha() else re.escape(char) for char in word.lower())
