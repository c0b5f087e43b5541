"""A picture label before a caption's sentence ("Photo: Crews repair the pier on Tuesday."), once a credit was split
off the caption's end: the label is neither caption nor credit.

Split out of :mod:`cqnews.credit_text.photo`, whose tail split calls :func:`past_picture_label`.
"""

from __future__ import annotations

import re

from ..lexicon.credit_lines import PICTURE_CREDIT_WORDS
from ..lexicon.credits import PHOTO_ABBREVIATIONS, PHOTO_WORDS

__all__ = ["dangling_label_start", "past_picture_label"]

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


# A photo label, in any case, closing what is left of a caption after its last sentence's stop: a photo abbreviation
# with its full stop ("fot.", lexicon.credits.PHOTO_ABBREVIATIONS) or a photo word and a colon ("foto:").
_DANGLING_LABEL = re.compile(
    r"(?:^|(?<=[.!?]\s))(?i:" + "|".join(map(re.escape, PHOTO_ABBREVIATIONS))
    + r"|(?:photos?|" + "|".join(PHOTO_WORDS) + r")\s?[:：])$"
)


def dangling_label_start(before: str) -> int | None:
    """Where a photo label left at the end of ``before``, the text before a credit found by its chain ("…
    portową. fot." of "… portową. fot. Jan Kowalski / Agencja Gazeta", whose slash form took "Jan Kowalski / …"),
    starts: the label opens the credit, no caption text. None when ``before`` ends otherwise."""
    if not before.endswith((".", ":", "：")):
        return None
    found = _DANGLING_LABEL.search(before, max(0, len(before) - 24))
    return found.start() if found else None

