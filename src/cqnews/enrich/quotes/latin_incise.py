"""A speaker tag set off by commas inside a Romance quote, the quote going on after it.

French, Spanish and Italian copy often puts the reporting verb and its subject inside the marks: "« Il faut agir
vite, affirme le préfet. Les routes sont inondées. »", "« Nous sommes inquiets, confie Marie Leroy, agricultrice.
… »", "« C'est fini, a-t-il déclaré. »", "«Es grave, explicó el alcalde, y hay que actuar»". With no reporting verb
around the marks, such a tag names the speaker (the quote's text is kept whole).
"""

from __future__ import annotations

import re

from ...lexicon.quotes_latin import LatinTable
from ..speakers.phrases import Who
from .latin import ending_verb_re
from .latin_after_cue import subject_after_cue
from .spans import Span
from .text import BlockView

__all__ = ["incise"]


def incise(table: LatinTable, b: BlockView, sp: Span) -> tuple[Who, str] | None:
    """The speaker and verb of a tag set off by a comma inside the quote at ``sp`` (where the subject follows the
    verb: not German), its subject read up to the tag's full stop or the closing mark; None when there is none."""
    if sp.close is None or table.subject_first or not table.cues:
        return None
    text = b.text
    inverted = _INVERSION_RE.search(text, sp.start, sp.end) if table.language == "fr" else None
    if inverted is not None:
        group = 1 if inverted.group(1) else 2
        pronoun = inverted.group(group)
        pronoun_who = Who(pronoun, "pronoun", start=inverted.start(group), gender=table.pronouns.get(pronoun))
        return pronoun_who, inverted.group()[2:]
    for m in ending_verb_re(table).finditer(text, sp.start, sp.end):
        stop = text.find(". ", m.end(), sp.end)  # (the tag's sentence, its full stop kept for an apposed role)
        who = subject_after_cue(table, text, m.end() + 1, stop + 1 if stop > 0 else sp.end)
        if who is not None and who.mention:
            return who, m.group(1)
    return None


# ", affirme-t-il", ", poursuit-elle", ", a-t-il déclaré": a French verb inverted with its pronoun after a comma
_INVERSION_RE = re.compile(r", (?:a-t-(il|elle) [^\W\d_]+|[^\W\d_]+(?:-t)?-(il|elle))\b")
