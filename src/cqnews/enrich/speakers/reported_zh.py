"""Chinese clauses that are someone's words: the clause after a verb of saying and its comma (王凤朝还说，|汤某某…),
and every clause after it up to the end of its sentence. Their subjects are what was said, never a later
他/她's antecedent nor the subject a cue without one of its own goes on with."""

from __future__ import annotations

from ...lexicon import quotes_zh as QZ
from ...lexicon import reporting_zh as RZ
from ...lexicon.function_words_zh import DEMONSTRATIVES
from ...lexicon.people_nouns_zh import WRITER_WORDS
from ...lexicon.pos_tags_zh import NOUN_MODIFIER_TAGS
from ...lexicon.punctuation_zh import ZH_CLAUSE_STOPS, ZH_COMMAS
from ...lexicon.quote_patterns import ZH_CLOSING_MARKS
from ...text import last_of
from .. import segmenter

__all__ = ["in_reported_sentence", "reported_clause"]


def reported_clause(text: str, start: int, lo: int) -> bool:
    """Does the clause at ``start`` follow a verb of saying and a comma (王凤朝还说，|汤某某…): the
    words reported, whose subject is no antecedent? Not after what a document shows (文件显示，|沈阳…:
    the article's own account). ``text`` is read in simplified characters, as the callers pass it."""
    if start - 1 <= lo or text[start - 1] not in "，,：:":
        return False
    before = text[max(lo, start - 1 - QZ.ZH_LONGEST_CUE - _LISTENER_SIZE) : start - 1]
    listener = next((w for w in _LISTENERS if before.endswith(w)), "")  # 李华告诉记者，|王明…
    said = before[: len(before) - len(listener)]
    cue = next((c for c in _CUES_LONGEST_FIRST if said.endswith(c)), None)
    return cue is not None and not _noun_of_speech(said, len(said) - len(cue))


def _noun_of_speech(clause: str, at: int) -> bool:
    """Is the cue word at ``at`` (ending ``clause``) a noun, an object of the clause's verb (听到这个|消息，,
    面对记者的|提问，): a word after 的, a demonstrative, a numeral or a measure is one, no verb of saying
    whose words follow?"""
    toks = segmenter.tag(clause)
    i = next((k for k, t in enumerate(toks) if t.start <= at < t.end), 0)
    if i == 0:
        return False
    before = toks[i - 1]
    return before.tag in NOUN_MODIFIER_TAGS or before.tag == "r" and before.word[0] in _POINTING


# The listeners between a cue and its comma (告诉本报记者，), longest first, and how long they may be.
_LISTENERS = sorted(WRITER_WORDS, key=len, reverse=True)
_LISTENER_SIZE = len(_LISTENERS[0])


_CUES: tuple[str, ...] = tuple(c for c in (*QZ.ZH_CUES, *RZ.CLAUSE_CUES) if c not in RZ.DOCUMENT_CUES)
_CUES_LONGEST_FIRST = sorted(_CUES, key=len, reverse=True)
# Demonstratives that point at a thing (not 其, "he, she" as much as "its": 其称).
_POINTING = DEMONSTRATIVES - {"其"}


def in_reported_sentence(text: str, start: int, lo: int) -> bool:
    """Is the clause at ``start`` someone's words: it, or a clause before it in its sentence (from ``lo`` on),
    follows a verb of saying and a comma (王明说，那天他被打了，|医生给他看了病)? A semicolon ends the words
    reported as a sentence's end does (王明指出，…；|李华则认为，…: a subject of its own). ``text`` is simplified."""
    sentence = max(lo, last_of(text, ZH_CLAUSE_STOPS, lo, start) + 1)
    at = start
    while at > sentence:
        if reported_clause(text, at, lo):
            return True
        if text[at - 2 : at - 1] in ZH_CLOSING_MARKS:
            return False  # 张伟说，“…”，|李华则…: the words reported end with the quote that holds them
        at = last_of(text, ZH_COMMAS, sentence, at - 1) + 1  # (the clause before: after the comma before it)
    return False

