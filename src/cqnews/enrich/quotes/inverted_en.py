"""English cues with no subject before them: an inverted cue, its speaker after it ("…, said Li Bin, general
manager of …", "…, said Jones, who was elected in 2012."), or a sentence start that speaks for itself ("A review
of 26 studies found that …"), or nobody at all ("It was reported that …")."""

from __future__ import annotations

import re

from ...lexicon import quote_patterns as P
from ...lexicon.en import FINITE_WORDS, POSTNOMINAL_ADJECTIVE_PREPOSITIONS
from ...lexicon.punctuation import CLOSING_QUOTE_MARKS_WITH_STRAIGHT_SINGLE
from ...lexicon.reporting_en import EXPLETIVE_PASSIVE_RE, TAIL_TIME_WORDS
from ...models import QuoteKind
from ..speakers.phrases import Who
from ..speakers.subject_after import en_subject_after
from .clause_en import THAT_RE, has_auxiliary
from .lead_en import clause_before, holds_verb_between
from .text import WORD_RE, BlockView, Found

__all__ = ["named_after", "unnamed_or_inverted"]


def named_after(b: BlockView, s: int, e: int, c: int, c_end: int, clause: tuple[int, int] | None) -> bool:
    """Is the "clause" after an inverted cue only its speaker, a name set off by a comma or the full stop
    ("…, said Jones, who was elected in 2012.", "…, said Larry Brown, director of …")? Then the subject
    is the name after the cue, not a noun before the comma ("… his colleagues in Congress, whom …, said"),
    when what stands before the cue is a clause (not "Smith, a lawyer, said Jones, the defendant, lied")."""
    if clause is None or not holds_verb_between(b, s, c):
        return False
    text = b.text
    who = _inverted_subject(text, c, c_end, e)
    if who is None or who.kind in ("pronoun", "desc") or who.start != clause[0]:
        return False
    return text[who.start + len(who.mention) : who.start + len(who.mention) + 1] in (",", ".", "")


def unnamed_or_inverted(
    text: str, s: int, e: int, c: int, c_end: int, word: str, clause: tuple[int, int] | None, inverted: bool
) -> Found | None:
    """No subject before the cue: "A review of 26 studies found that …" (the sentence start speaks),
    or an inverted cue ", said Li Bin, general manager …" (the subject follows)."""
    if EXPLETIVE_PASSIVE_RE.fullmatch(text, s, c) and (clause or THAT_RE.match(text, c_end)):
        # "It was reported that …", "It has been announced that …", "It was announced on Monday that …", "It is
        # alleged the man …": nobody is named, and "It was" is no speaker
        return Found(QuoteKind.INDIRECT, *clause, None, word) if clause else None
    if word in P.EN_WEAK_CUES and THAT_RE.match(text, c_end):
        subject = text[s:c].strip(" ,") if c - s <= 200 else ""
        if clause and subject and not _CLAUSE_BOUNDARY_RE.search(subject):
            return Found(QuoteKind.INDIRECT, *clause, Who(subject, "desc", role=subject, start=s), word)
    if inverted:
        who = _inverted_subject(text, c, c_end, e)
        if who is not None:
            return clause_before(text, s, c, who, word)
    return None


# The sentence start is no subject once a clause ends in it: "…, for fear that", "…, though it does seem
# to suggest that" (a comma, then a conjunction opening another clause).
_CLAUSE_BOUNDARY_RE = re.compile(
    r"[,;]\s+(?:for|though|although|and|but|while|because|as(?! well as)|so|yet|or)\b", re.IGNORECASE
)
_PHRASE_END_RE = re.compile(r"[,.;:(—]")


def _inverted_subject(text: str, c: int, c_end: int, e: int) -> Who | None:
    """The subject after an inverted cue ("…, said Li Bin, general manager …"), or None when what
    follows the cue is a clause ("…, said the president also has spoken …": an auxiliary before the
    next punctuation) or the cue closes a direct quote."""
    if text[c - 3 : c - 2] in CLOSING_QUOTE_MARKS_WITH_STRAIGHT_SINGLE:
        return None
    who = en_subject_after(text, c_end, e)
    if who is None or not _inverted_ok(who):
        return None
    if _verb_after(text, who, e):
        return None  # "…, say taxing consumption encourages savings": a subject and its verb, a clause
    m = _PHRASE_END_RE.search(text, c_end, e)
    end = m.start() if m else e  # (a headline ends with no mark: "…, says it showed restraint")
    if who.kind == "pronoun" and text[c_end:end].strip() != who.mention:
        return None  # "A third of voters, 33%, say they feel that way": the pronoun opens the reported clause
    return None if has_auxiliary(text, c_end, end) else who


def _verb_after(text: str, who: Who, e: int) -> bool:
    """Does a finite verb follow a description read after an inverted cue ("…, say taxing consumption
    encourages …")? An inverted subject is followed by punctuation, a time or a place ("…, said the officials
    on Monday."), never by its own verb."""
    if who.kind != "desc" or not text.startswith(who.mention, who.start):
        return False
    m = WORD_RE.match(text, who.start + len(who.mention) + 1, e)
    if m is None or text[who.start + len(who.mention) : m.start()] != " ":
        return False
    w = m.group()
    return w in FINITE_WORDS or (w.islower() and len(w) > 3 and w.endswith(("s", "ed")) and w not in TAIL_TIME_WORDS)


def _inverted_ok(who: Who) -> bool:
    """An inverted subject ("…, said the officials.") is a name, a pronoun or a short phrase; the phrase an
    adjective takes after its noun counts no further ("…, said a source close to the probe"); an office after "the"
    with its complement, up to seven words ("…, said the Registrar of the high court.")."""
    words = who.mention.lower().split()
    taken = next((k for k in range(1, 4) if tuple(words[k : k + 2]) in POSTNOMINAL_ADJECTIVE_PREPOSITIONS), None)
    office = 1 < len(words) <= _OFFICE_WORDS and words[0] == "the" and who.mention.split()[1][:1].isupper()
    return who.kind != "desc" or len(words[:taken]) <= _PHRASE_WORDS or office


_PHRASE_WORDS = 4
_OFFICE_WORDS = 7
