"""A source word, its filler and a passive participle of saying, the source its agent: "secondo quanto riferito
dai carabinieri, …", "según lo informado por la Secretaría de Salud, …". :func:`past_passive_verb` steps over the
participle and the word that leads its agent (``PASSIVE_AGENTS``), where the source starts."""

from __future__ import annotations

from ...lexicon.quotes_latin import LatinTable
from ...lexicon.speech_verbs_latin import (
    BARE_PASSIVE_AGENTS,
    IRREGULAR_SAYING_PARTICIPLES,
    PARTICIPLE_PASTS,
    PASSIVE_AGENTS,
    PASSIVE_AUXILIARIES,
)
from ..speakers.phrases import Who
from .latin_phrases import description
from .latin_words import DESCRIPTION_WORDS, phrase_words

_PARTICIPLE_CHARS = 20  # the longest participle read ("comunicato", "informado")


def past_passive_verb(table: LatinTable, text: str, at: int, e: int) -> tuple[int, str] | None:
    """Where the agent after a participle of saying at ``at`` starts ("riferito dai carabinieri": at
    "carabinieri"; "informado por la Secretaría": at "la"), and the participle; None when no such participle and
    agent word follow. A participle of saying is one the table's perfects are made of ("ha riferito")."""
    agents = PASSIVE_AGENTS.get(table.language)
    if not agents:
        return None
    verb = at
    auxiliaries = PASSIVE_AUXILIARIES.get(table.language, frozenset())
    if text[at : at + _PASSIVE_CHARS].split(" ", 1)[0].lower() in auxiliaries:
        at = text.find(" ", at) + 1  # the passive's auxiliary ("segundo o que foi informado pela prefeitura")
    space = text.find(" ", at, min(e, at + _PARTICIPLE_CHARS + 1))
    participle = text[at:space] if space > at else ""
    if not participle or not _of_saying(table, participle):
        return None
    agent = text[space + 1 : e].split(" ", 1)[0]
    if agent.lower() in agents:
        return space + 1 + len(agent) + 1, text[verb:space]
    elided = next((a for a in agents if a[-1] in "'’" and agent.lower().startswith(a)), None)  # ("dall'Arma")
    return (space + 1 + len(elided), text[verb:space]) if elided else None


def _of_saying(table: LatinTable, participle: str) -> bool:
    """Is ``participle`` a verb of saying's: one the table's perfects are made of ("ha riferito"), or in Portuguese,
    whose table holds simple pasts, that of a past of the table ("informado" of "informou", "referido" of
    "referiu")?"""
    if any(f"{aux} {participle}" in table.cues for aux in table.auxiliaries):
        return True
    if participle in IRREGULAR_SAYING_PARTICIPLES.get(table.language, frozenset()):
        return True  # ("dito": "disse")
    pasts = PARTICIPLE_PASTS.get(table.language, {}).get(participle[-3:], ())
    return any(participle[:-3] + past in table.cues for past in pasts)


_PASSIVE_CHARS = 5  # an auxiliary ("foi ") and one more


def contracted_agent(table: LatinTable, text: str, lead: int, e: int) -> Who | None:
    """The agent a contracted word leads ("dai carabinieri", "dalla polizia locale", "pela polícia"): its article is
    in the contraction, so the phrase at ``lead`` opens with a lower-case noun no reader of names or descriptions
    takes; read as a description. None after another word ("da fonti", "por testigos") or before a capital."""
    agents = PASSIVE_AGENTS.get(table.language, frozenset())
    before = text[:lead].rstrip().rsplit(" ", 1)[-1].lower()
    if before not in agents or before in BARE_PASSIVE_AGENTS:
        return None
    words = phrase_words(table, text, lead, e)
    if not words or not words[0][0].isalpha() or not words[0][0].islower():
        return None
    return description(table, words[:DESCRIPTION_WORDS], words[0][1])
