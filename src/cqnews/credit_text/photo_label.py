"""A picture label before a caption's sentence ("Photo: Crews repair the pier on Tuesday."), once a credit was split
off the caption's end: the label is neither caption nor credit.

Split out of :mod:`cqnews.credit_text.photo`, whose tail split calls :func:`past_picture_label`.
"""

from __future__ import annotations

import re

from ..lexicon.credit_lines import PICTURE_CREDIT_WORDS

__all__ = ["past_picture_label"]

_PICTURE_LABEL = re.compile(r"^(?i:photos?|pictures?|images?)\s*[:：]\s*")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+\S")
_WORD_MARKS = ".,;:!?\"'’“”()"
_MIN_WORDS = 4


def past_picture_label(caption: str) -> str:
    """``caption`` past the picture label before its sentence ("Photo: Crews repair the pier on Tuesday." of a text
    dump's line "Photo: Crews … Tuesday. Anna Roe/Valley Times", whose credit was split off): four words or more of
    one sentence closed by its stop, a lower-case word among them (a credit's names are capitalised) and no giver's
    word (lexicon.credit_lines.PICTURE_CREDIT_WORDS). Any other caption as it is ("Photo: Anna Roe. Crews …")."""
    label = _PICTURE_LABEL.match(caption)
    if label is None:
        return caption
    rest = caption[label.end() :]
    words = [word.strip(_WORD_MARKS) for word in rest.split()]
    if (
        len(words) < _MIN_WORDS
        or rest[-1:] not in ".!?"
        or _SENTENCE_BREAK.search(rest) is not None
        or not any(word[:1].islower() for word in words)
        or any(word.lower() in PICTURE_CREDIT_WORDS for word in words)
    ):
        return caption
    return rest
