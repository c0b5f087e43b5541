"""Who was told, between a verb of saying and its subject.

Romance languages put the one told right after the verb, before the subject that speaks: "dijo a EFE el ministro
José Albares", "a déclaré à l'AFP le maire", "ha detto all'ANSA il sindaco", "disse à Lusa Maria Santos".
:func:`past_listener` steps over that phrase: a listener word ("a", "à", "all'"), then a medium's name ("EFE",
"l'AFP", "Corriere della Sera"), one noun ("la prensa", "dem Sender", also after a word pointing at the paper that
reports: "a este medio", "à notre journal") or a medium's noun and its name ("a la agencia Efe"); a lead of more
than one word ("auprès de l'AFP") stands where a listener word does. A given name right after a medium's one-word
name opens the subject ("a confié à RTL Pierre Martin"). The listener words and media nouns come
from the language's table (:mod:`cqnews.lexicon.quotes_latin`)."""

from __future__ import annotations

from ...lexicon.quotes_latin import LISTENER_LEADS, LISTENER_POINTERS, LatinTable
from ..speakers.given_names import given_name_gender
from .latin_elision import elision
from .latin_words import CLAUSE_WORDS, leading_run, phrase_words

__all__ = ["listener_lead", "past_listener"]

_LEAD_WORDS = 2  # "auprès de"


def listener_lead(words: list[tuple[str, int]]) -> bool:
    """Do ``words`` open with a lead of who was told ("auprès de", "auprès du")? The word after it then stands where
    a listener word does."""
    return " ".join(w.lower() for w, _ in words[:_LEAD_WORDS]) in LISTENER_LEADS


def past_listener(table: LatinTable, text: str, pos: int, hi: int) -> int | None:
    """Where the words after a listener phrase that opens ``text[pos:hi]`` start ("a EFE", "à l'AFP",
    "all'ANSA", "al Corriere della Sera", "a la prensa"); None when none opens it or nothing follows it.
    Romance languages put who was told between the verb and its subject: "dijo a EFE el ministro José Albares"."""
    words = phrase_words(table, text, pos, hi, CLAUSE_WORDS)
    if not words:
        return None
    first = words[0][0].lower()
    glued = any(first.startswith(w) and len(first) > len(w) for w in table.listeners if w.endswith(("'", "’")))
    lead = listener_lead(words)
    if not glued and not lead and first not in table.listeners:
        return None
    k, noun, pointed = 1 + bool(lead), first if glued else "", False  # ("auprès de l'AFP": "de" read as "à" is)
    if not glued:
        if k < len(words) and words[k][0].lower() in table.determiners:
            k += 1
        pointed = k < len(words) - 1 and words[k][0].lower() in LISTENER_POINTERS.get(table.language, ())
        k += pointed  # "a este medio", "al nostro giornale": the paper's noun after the word pointing at it
        run = [] if table.capitalised_nouns else _listener_name(table, words[k:])  # (German: a capital is any noun)
        second = run[1][0] if len(run) > _MEDIUM_AND_NAME else ""  # (capitalised: not "della" of "Corriere della Sera")
        if second[:1].isupper() and given_name_gender(second) and not given_name_gender(run[0][0]):
            run = run[:1]  # "a confié à RTL Pierre Martin", "disse à Lusa Maria Santos": a medium, then the subject
        k += len(run) or 1  # a name ("EFE", "l'AFP" read as one word) or one noun ("la prensa", "dem Sender")
        noun = "" if run or k > len(words) else words[k - 1][0].lower()
    if noun and not pointed and _medium_noun(table, noun):
        k += len(_listener_name(table, words[k:]))  # the medium's name after its noun ("a la agencia Efe")
    return words[k][1] if k < len(words) else None


def _listener_name(table: LatinTable, words: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The capitalised run opening ``words`` (:func:`leading_run`), less the particles ending it: an article after
    the name of the one told opens the subject ("à la radio RTL le préfet")."""
    run = leading_run(table, words)
    while run and run[-1][0].lower() in table.particles:
        run.pop()
    return run


_MEDIUM_AND_NAME = 2  # more words than a name of two after a medium's one-word name


def _medium_noun(table: LatinTable, low: str) -> bool:
    """Is ``low`` a noun of a medium (``LatinTable.media``), an elided article or listener written with it or not
    ("agencia", "l'agence", "all'agenzia")?"""
    return low[elision(table.determiners | table.listeners, low) :] in table.media
