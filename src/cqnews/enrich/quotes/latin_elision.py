"""Elided words of the Romance languages: "l'", "qu'", "d'" written with the word after them.

A tokenizer that keeps apostrophes inside words reads "l'ancien" and "qu'il" as one word; these helpers find the
elided word that opens one, set an elided article apart from the word it is written with, and join words back as
written (no space after an elided word).
"""

from __future__ import annotations

__all__ = ["article_apart", "elision", "joined"]


def joined(words: list[tuple[str, int]]) -> str:
    """The words as written: spaces between them, none after an elided article ("l'ancien ministre")."""
    return "".join(w if w.endswith(("'", "’")) else f"{w} " for w, _ in words).rstrip()


def article_apart(determiners: frozenset[str], words: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The words with an elided article that opens them set apart from the lower-case word it is written with
    ("l'ancien ministre Jean Martin", "l'avvocato Marco Bianchi": "l'" and "ancien"), so the phrase reads as one
    opened by an article; a capitalised word after it stays whole ("l'Élysée", "l'AFP": a body's name). The same
    list when there is none to set apart."""
    if not words:
        return words
    first, at = words[0]
    cut = elision(determiners, first.lower())
    if not cut or not first[cut:].islower():
        return words
    return [(first[:cut], at), (first[cut:], at + cut), *words[1:]]


def elision(words: frozenset[str], word: str) -> int:
    """How long the elided word of ``words`` that ``word`` opens is ("qu’" of "qu’il"),
    or 0 when it opens none (``word`` in lower case)."""
    mark = max(word.find("'"), word.find("’"))
    return mark + 1 if 0 < mark < len(word) - 1 and word[: mark + 1] in words else 0
