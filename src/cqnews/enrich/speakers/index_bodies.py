"""The bodies of an article, for :class:`~cqnews.enrich.speakers.index.NameIndex`: organisations by kind (the
noun written before a name, "newspaper Dagens Nyheter", or its last word, "European Central Bank"), bodies whose
members were named ("lawmakers on the House Select Committee …"), acronyms defined in parentheses and bodies known
by name ("Nato"), for a later "the newspaper reported", "the lawmakers wrote", "PSPC said", "the alliance said".
Each look-up is a bisection or a dictionary's.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ...lexicon import quote_patterns as P
from ...lexicon.alternation import trie_pattern
from ...lexicon.en import KNOWN_ORG_KINDS
from .index_groups import PAIR_REACH
from .subject_after import en_subject_after

__all__ = ["BodyNames"]

# A name of capitalised words (and the small words inside names) followed by its acronym in parentheses;
# each repeat is one word and its space, so the match is bounded and cannot backtrack far. A capitalised first
# word starts at the first capital of its word ("aWorld …" reads "World …"): every later capital of that word
# would reach the same word's end and fail or match as it does, so the pattern skips to it from the word's start
# (once per word) instead of trying each capital (a 20,000-letter "aAaA…" run cost seconds, Session 62).
_NAME_WORD = r"(?:[A-Z][\w’'\-]*+|of|and|for|the|on)"
_FIRST_CAPITAL = r"(?<![\w’'\-])(?:[^\WA-Z]|[’'\-])*+(?=[A-Z])"
_FIRST_SMALL = r"(?<![A-Z])(?=(?:of|and|for|the|on) )"
_ACRONYM_RE = re.compile(
    rf"(?:{_FIRST_CAPITAL}|{_FIRST_SMALL})({_NAME_WORD}(?: {_NAME_WORD}){{1,8}}) \(([A-Z]{{2,6}})\)"
)
_ACRONYM_TAIL_RE = re.compile(r" \([A-Z]{2,6}\)")  # what every _ACRONYM_RE match ends with
# "of" and the capitalised words after a body's head noun ("University | of Cape Town", "Bank | of Ghana").
_OF_NAME_RE = re.compile(r" of (?:the )?[A-Z][\w’'\-]*+(?: [A-Z][\w’'\-]*+)*+")


def _word_trie(words: Iterable[str]) -> str:
    """``\\b`` and :func:`~cqnews.lexicon.alternation.trie_pattern` as one branch per first character, each
    behind its own word-boundary lookbehind: a pattern opening with literal characters lets sre skip to them
    in C (a leading ``\\b`` or lookahead is tried at every position; twice as slow over capitalised words)."""
    table = sorted(words)
    firsts = sorted({word[0] for word in table})
    return (
        "(?:"
        + "|".join(
            rf"{re.escape(c)}(?<!\w{re.escape(c)})" + trie_pattern(w[1:] for w in table if w[0] == c) for c in firsts
        )
        + ")"
    )


_KNOWN_ORG_RE = re.compile(_word_trie(KNOWN_ORG_KINDS) + r"\b")


@dataclass
class BodyNames:
    """The bodies of an article by kind, their members and acronyms (a part of :class:`NameIndex`)."""

    # "newspaper" -> [(position, "Dagens Nyheter")]
    _typed: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    _members_of: dict[str, str] = field(default_factory=dict)  # organisations whose members were named
    _acronyms: dict[str, str] = field(default_factory=dict)  # "PSPC" -> the name it was defined for

    def register_bodies(self, text: str, base: int) -> None:
        """The members, acronyms and known bodies a block names."""
        self._note_members(text, base)
        self._note_acronyms(text)
        for m in _KNOWN_ORG_RE.finditer(text):  # "Nato … the alliance said"
            bisect.insort(self._typed.setdefault(KNOWN_ORG_KINDS[m.group()], []), (base + m.start(), m.group()))

    def _note_members(self, text: str, base: int) -> None:
        """ "lawmakers on the House Select Committee on …": a later "the lawmakers wrote" is the
        committee (named as the article writes it after "the")."""
        for m in P.EN_MEMBER_LINK_RE.finditer(text):
            noun = text[max(0, m.start() - 16) : m.start()].rsplit(" ", 1)[-1].lower()
            if noun not in P.EN_MEMBER_NOUNS:
                continue
            org = en_subject_after(text, m.end(), len(text))
            if org is not None and org.kind == "org":
                name = org.mention.removeprefix("the ").removeprefix("The ")
                bisect.insort(self._typed.setdefault(noun, []), (base + m.start() - len(noun), name))
                self._members_of[name] = name  # the same body named with "the" later is named alike

    def _note_acronyms(self, text: str) -> None:
        """ "Public Services and Procurement Canada (PSPC)": a later "PSPC said" is the body as first named
        (the initials of the name's last capitalised words must spell the acronym)."""
        if " (" not in text or _ACRONYM_TAIL_RE.search(text) is None:
            return  # (the tail is rare: one scan for it spares the name-run pattern a try at every capital)
        for m in _ACRONYM_RE.finditer(text):
            acronym, words = m.group(2), m.group(1).split(" ")
            caps = [k for k, w in enumerate(words) if w[:1].isupper()]
            if len(caps) >= len(acronym) and "".join(words[k][0] for k in caps[-len(acronym) :]) == acronym:
                self._acronyms.setdefault(acronym, " ".join(words[caps[-len(acronym)] :]))

    def acronym(self, word: str) -> str | None:
        """The full name an acronym was defined with, if any."""
        return self._acronyms.get(word) if word.isupper() and word.isalpha() else None

    def _note_type(self, text: str, start: int, base: int, name: str, kind: str) -> None:
        """Remember what kind of body a name is, for "the newspaper reported", "the bank said":
        the noun written before it ("newspaper Dagens Nyheter") or, for an organisation, its last
        word ("European Central Bank")."""
        before = text[max(0, start - 16) : start].split()
        noun = before[-1].lower() if before and before[-1].islower() else ""
        noun = P.EN_TYPE_SYNONYMS.get(noun, noun)
        if noun in P.EN_ORG_ANAPHORS and name:
            self._typed.setdefault(noun, []).append((base + start, name))
        head = name.rsplit(" ", 1)[-1].lower()
        of = _OF_NAME_RE.match(text, start + len(name)) if kind == "org" and head in P.EN_ORG_ANAPHORS else None
        if kind == "org" and text[max(0, start - 4) : start].lower() == "the ":
            name = f"{text[start - 4 : start - 1]} {name}"  # as written: "the National Weather Service’s …"
        if of is not None:
            name += of.group()  # "The University of Cape Town": the body's name goes on after "of"
        if kind == "org" and " " in name:
            last = P.EN_TYPE_SYNONYMS.get(head, head)
            if last in P.EN_ORG_ANAPHORS:
                self._typed.setdefault(last, []).append((base + start, name))

    def typed(self, noun: str, pos: int) -> str | None:
        """The body of that kind named last before ``pos`` (within reach)."""
        entries = self._typed.get(P.EN_TYPE_SYNONYMS.get(noun, noun), [])
        k = bisect.bisect_left(entries, (pos, ""))
        if k and pos - entries[k - 1][0] <= PAIR_REACH:
            return entries[k - 1][1]
        return None
