"""A 他/她 that neither its block nor the one before names, read back over blocks that each go on with a 他/她 of
their own (王明是一名司机。/ 每天五点，他就出门了。/ 他说…) to the subject named in the nearest block that names one.
:mod:`.resolve` reads it among the antecedents it tries for a 他/她, after those of its block and the one before.
"""

from __future__ import annotations

from ...lexicon.punctuation_zh import ZH_MAIN_QUOTE_RE, ZH_MARKS_AROUND_QUOTE
from ...lexicon.quotes_zh import ZH_HE_SHE_RE
from ..speakers import SpeakerBook
from ..speakers.antecedents_zh import zh_subject_named_before

__all__ = ["zh_chained_back"]


# How many blocks before the one before a 他/她 are read when each goes on with a 他/她 of its own.
_CHAIN_BACK = 3


def zh_chained_back(book: SpeakerBook, base: int) -> str | None:
    """The person a 他/她 stands for that neither its block nor the one before names, when the block
    before goes on with a 他/她 of its own (王明是一名司机。/ 每天五点，他就出门了。/ 他说…): the subject
    named in the nearest block before that names one, each block between holding a 他/她 too."""
    texts = book.zh_texts_before(base, _CHAIN_BACK + 1)
    if not texts or not _goes_on_with_pronoun(texts[0]) and not _only_quoted(texts[0]):
        return None
    for text in texts[1:]:
        if _only_quoted(text):
            continue  # (王明是一名司机。/ “…” / 他说…: a block of someone's words alone leaves the topic as it was)
        named = zh_subject_named_before(book.zh_known, text, len(text))
        if named is not None or not _goes_on_with_pronoun(text):
            return named
    return None


def _only_quoted(text: str) -> bool:
    """Is ``text`` a quote and nothing else (marks aside): a block of someone's words with no writer's words?"""
    rest = ZH_MAIN_QUOTE_RE.sub("", text)
    return rest != text and not rest.strip(ZH_MARKS_AROUND_QUOTE)


def _goes_on_with_pronoun(text: str) -> bool:
    """Does the end of ``text`` (as far as a 他/她 looks back) hold a 他/她 (not 他们) in the writer's own
    words, outside quotes?"""
    return ZH_HE_SHE_RE.search(ZH_MAIN_QUOTE_RE.sub("", text[-_CHAIN_TAIL:])) is not None


# How much of the end of a block the chain reads for its 他/她 (what a 他/她 looks back over, at most).
_CHAIN_TAIL = 400
