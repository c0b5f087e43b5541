"""English direct quotes reported through another's report: "“…,” Xinhua quoted Wang Wei as saying." The one
quoted, the object of "quoted" (or the subject of "was quoted"), said the words; the medium only reports them.
"""

from __future__ import annotations

from ...lexicon.reporting_en import QUOTED_AS_AUXILIARIES, QUOTED_AS_RE
from ..speakers.phrases import Who, en_subject_before
from ..speakers.subject_after import en_subject_after
from .text import BlockView


def quoted_as_saying(b: BlockView, lo: int, cue: int) -> Who | None:
    """The speaker of a quote ending at ``lo`` whose cue "saying" at ``cue`` follows "quoted X as" or "X was
    quoted (by Y) as"; None for any other gap."""
    text = b.text
    head = text[lo:cue].rstrip()
    if not head.endswith(" as"):
        return None
    as_at = lo + len(head) - len(" as")
    verbs = list(QUOTED_AS_RE.finditer(text, lo, as_at))
    verb = verbs[-1] if verbs else None  # (the last "quoted" before "as")
    if verb is None:
        return None
    quoted = text[verb.end() : as_at].strip()
    if quoted and not quoted.startswith("by "):
        return en_subject_after(text, verb.end() + 1, as_at)  # "Xinhua quoted Wang Wei as saying"
    words = text[lo : verb.start()].split()
    if not words or words[-1].lower() not in QUOTED_AS_AUXILIARIES:
        return None
    aux = text.rfind(words[-1], lo, verb.start())
    return en_subject_before(b.reader, lo, aux)  # "Wang was quoted (by Xinhua) as saying"
