"""A quote followed by one clause that a person's name opens and no cue holds (“工期不能再拖了！”王刚态度强硬。): the
clause names who said it."""

from __future__ import annotations

from ...lexicon.cue_words_zh import HEARING_WORDS
from ...lexicon.punctuation_zh import ZH_AFTER_QUOTE_CLAUSE_ENDS, ZH_SENTENCE_ENDS
from ...text import run_end
from ..speakers.phrases import Who
from .opener_zh import zh_clause_opener
from .spans import Span
from .text import blank

__all__ = ["one_clause_after"]


def one_clause_after(text: str, s: int, sp: Span) -> Who | None:
    """“…！”王刚态度强硬。: a quote opening its sentence inside a paragraph, then one clause closing that sentence
    opened by a person's name and holding no cue (an attitude, a state: 很得意, 一脸无奈), is that person's words;
    not one who hears them (王明听后愣住了) nor one the quote names. (他/她 there stays the pronoun of the sentence
    before: “…”她等着作者回信。 may wait for another's words.)"""
    if sp.close is None or not blank(text, s, sp.open):
        return None
    lo = sp.close + 1
    end = run_end(text, ZH_AFTER_QUOTE_CLAUSE_ENDS, lo, lo + _ONE_CLAUSE)
    if end == lo or end >= len(text) or text[end] not in ZH_SENTENCE_ENDS:
        return None
    who = zh_clause_opener(text, lo, end)
    if who is None or who.kind != "person" or not who.mention:
        return None
    if text.startswith(HEARING_WORDS, who.start + len(who.mention)) or who.mention in text[sp.start : sp.end]:
        return None
    return who


# How long the one clause after a quote naming its speaker with no cue (王刚对这个设计很得意。) may be.
_ONE_CLAUSE = 20
