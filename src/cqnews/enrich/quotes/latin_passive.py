"""A source word, its filler and a passive participle of saying, the source its agent: "secondo quanto riferito
dai carabinieri, …", "según lo informado por la Secretaría de Salud, …". :func:`past_passive_verb` steps over the
participle and the word that leads its agent (``PASSIVE_AGENTS``), where the source starts."""

from __future__ import annotations

from ...lexicon.quotes_latin import LatinTable
from ...lexicon.speech_verbs_latin import PASSIVE_AGENTS

_PARTICIPLE_CHARS = 20  # the longest participle read ("comunicato", "informado")


def past_passive_verb(table: LatinTable, text: str, at: int, e: int) -> tuple[int, str] | None:
    """Where the agent after a participle of saying at ``at`` starts ("riferito dai carabinieri": at
    "carabinieri"; "informado por la Secretaría": at "la"), and the participle; None when no such participle and
    agent word follow. A participle of saying is one the table's perfects are made of ("ha riferito")."""
    agents = PASSIVE_AGENTS.get(table.language)
    if not agents:
        return None
    space = text.find(" ", at, min(e, at + _PARTICIPLE_CHARS + 1))
    participle = text[at:space] if space > at else ""
    if not participle or not any(f"{aux} {participle}" in table.cues for aux in table.auxiliaries):
        return None
    agent = text[space + 1 : e].split(" ", 1)[0]
    if agent.lower() in agents:
        return space + 1 + len(agent) + 1, participle
    elided = next((a for a in agents if a[-1] in "'’" and agent.lower().startswith(a)), None)  # ("dall'Arma")
    return (space + 1 + len(elided), participle) if elided else None
