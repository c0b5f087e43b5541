"""An old person named again by a noun of old people alone (退休教师王桂兰…。老人说 -> 王桂兰): the one person the
text described as old right before their name, when exactly one was."""

from __future__ import annotations

import re

from ...lexicon.people_nouns_zh import OLD_AGE, OLD_AGE_MARKERS, OLD_PERSON_NOUNS
from ...lexicon.punctuation_zh import ZH_CLAUSE_BREAKS
from ...text import last_of
from .. import segmenter
from .names_zh import one_person_named

# How many characters before a name its description is read in.
_DESC_SIZE = 8
# An age in years written in figures (72岁).
_AGE_RE = re.compile(r"(\d{2,3})岁")
# Ends of clauses: a description does not run across them.
_CLAUSE_ENDS = ZH_CLAUSE_BREAKS + "、"


def old_person_named_before(text: str, seg: str) -> str | None:
    """The person ``seg`` (老人, 老太太) stands for in ``text`` (simplified, the text before it): the one name written
    right after a description of someone old (退休, 年过七旬, 72岁的); None when no name or more than one fits."""
    if seg not in OLD_PERSON_NOUNS or "岁" not in text and not any(marker in text for marker in OLD_AGE_MARKERS):
        return None  # (no description of someone old to read: the text is not tagged)
    return one_person_named(segmenter.tag(text), lambda t: _old_before(text, t.start))


def _old_before(text: str, at: int) -> bool:
    """Is the clause before ``at`` within reach a description of someone old?"""
    head = text[max(0, at - _DESC_SIZE) : at]
    head = head[last_of(head, _CLAUSE_ENDS, 0, len(head)) + 1 :]
    ages = (int(m.group(1)) for m in _AGE_RE.finditer(head))
    return any(marker in head for marker in OLD_AGE_MARKERS) or any(age >= OLD_AGE for age in ages)
