"""What stands between an English subject and its verb and is no part of the subject.

"Smith, however, said", "Priebus later Thursday told", "Asim Munir has over the past few months warned",
"The army in a statement said": the subject readers of :mod:`.phrases` drop these words from the end of
the tokens before a cue, then read the noun phrase that is left.
"""

from __future__ import annotations

from ...lexicon import quote_patterns as P
from ...lexicon.en import LY_NOUNS, PREPOSITIONS, TIME_LEADS, TIME_WORDS
from ...lexicon.speaker_phrases_en import MEDIUM_PREPOSITIONS
from .tokens import PUNCT, Tok

__all__ = ["drop_adverbials"]


def drop_adverbials(toks: list[Tok]) -> None:
    """Drop what stands between a subject and its verb: "has", "repeatedly", "over the past months",
    "later Thursday", "on Monday", ", however,"."""
    if len(toks) > 3 and toks[-1].text == toks[-3].text == "," and toks[-2].low in P.EN_SKIPPABLE:
        del toks[-3:]  # "Smith, however, said": the adverb set off by commas is no appositive role
    while toks and (
        toks[-1].low in P.EN_SKIPPABLE or _adverb(toks[-1]) or toks[-1].low in TIME_WORDS
    ):
        if toks[-1].low in TIME_WORDS and len(toks) > 1 and toks[-2].low in TIME_LEADS:
            toks.pop()  # "on Monday", "last week"
        toks.pop()
    _drop_medium(toks)
    for p in range(len(toks) - 1, max(0, len(toks) - 7), -1):
        if toks[p].text in PUNCT:
            return
        if toks[p].low in PREPOSITIONS and p > 0 and toks[p - 1].low in P.EN_SKIPPABLE:
            del toks[p - 1 :]  # "Asim Munir has over the past few months (repeatedly) warned"
            drop_adverbials(toks)
            return



def _adverb(tok: Tok) -> bool:
    """Is the token an adverb in -ly ("repeatedly"), not a noun ("family", "ally") nor a name?"""
    return tok.low.endswith("ly") and not tok.cap and tok.low not in LY_NOUNS


def _drop_medium(toks: list[Tok]) -> None:
    """ "The army in a statement said", "Smith on Twitter wrote": where the words appeared is no part
    of the subject."""
    if len(toks) < 3 or toks[-1].low not in P.EN_MEDIUM_NOUNS:
        return
    k = len(toks) - 2
    if toks[k].low in P.EN_MEDIUM_DETERMINERS:
        k -= 1
    if k >= 1 and toks[k].low in MEDIUM_PREPOSITIONS:
        del toks[k:]
