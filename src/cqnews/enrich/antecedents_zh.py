"""An unnamed antecedent of a Chinese 他/她: 一旁休息的救援人员点了枝烟，“…”，他说 -> 救援人员, nobody named.

The clauses before the pronoun (its sentence and the one before, outside quotes) are read from the
nearest back; the first that opens with a subject decides. A description of a person (救援人员,
一名村民, 几名工人) stops the search for a name further back; a person's name (or no such subject at
all) leaves the pronoun to the named antecedents (:mod:`.speaker_phrases_zh`).
"""

from __future__ import annotations

import re

from . import quote_patterns as P
from . import segmenter
from .names_zh import person_word

# How far back (characters) the clauses before a pronoun are read, and how many of them.
_REACH = 120
_CLAUSES = 4

_QUOTED_RE = re.compile("“[^“”]*”|「[^「」]*」")
_CLAUSE_RE = re.compile("[^，。！？；：]+")

# Ends of a noun that names a kind of person (救援人员, 清道工, 村民): no one in particular.
_PERSON_ENDS: tuple[str, ...] = (*P.ZH_PERSON_HEADS, "人员", "员", "者", "民", "工", "人", "师", "士", "户", "属", "众")
# Words before the head of a description: numbers and measures (一名, 几名), demonstratives (这位).
_DETERMINER_TAGS = ("m", "q", "mq", "r")


def zh_unnamed_antecedent(text: str, pos: int) -> str | None:
    """The description a 他/她 at ``pos`` stands for when the subject nearest before it is an unnamed
    person (救援人员), else None."""
    lo = max(0, pos - _REACH)
    sentence = max(text.rfind(ch, lo, pos) for ch in "。！？")
    if sentence > lo:  # its sentence and the one before
        sentence = max(text.rfind(ch, lo, sentence) for ch in "。！？")
    at = max(lo, sentence + 1)
    window = _QUOTED_RE.sub(lambda m: "，" * len(m.group()), text[at:pos])
    clauses = list(_CLAUSE_RE.finditer(segmenter.to_simplified(window)))
    for m in reversed(clauses[-_CLAUSES:]):
        kind, a, b = _clause_subject(m.group())
        if kind == "named":
            return None
        if kind == "unnamed":
            return text[at + m.start() + a : at + m.start() + b]  # (as the page writes it)
    return None


def _clause_subject(clause: str) -> tuple[str, int, int]:
    """("named" or "unnamed", start, end) of the subject ``clause`` opens with (past a relative
    clause: 一旁休息的|救援人员), or ("", 0, 0)."""
    toks = segmenter.tag(clause)[:12]
    if not toks:
        return "", 0, 0
    owner = next((i for i, t in enumerate(toks) if t.tag == "uj"), -1)
    if any(t.word in ("他", "她") for t in toks[: max(owner, 0)]):
        return "named", 0, 0  # 像他一样去安置点的村民…: the one 他 stands for goes on being the topic
    i = owner + 1 if owner > 0 and any(t.tag.startswith("v") for t in toks[:owner]) else 0
    first = i
    while i < len(toks) and toks[i].tag in _DETERMINER_TAGS:
        i += 1
    head = i
    while head < len(toks) and (toks[head].tag.startswith("n") or toks[head].tag == "vn"):
        if person_word(toks[head]):
            return "named", toks[head].start, toks[head].end
        head += 1
    if head == i or head < len(toks) and toks[head].tag == "uj":
        return "", 0, 0  # no noun, or an owner (村民的房子)
    a, b = toks[first].start, toks[head - 1].end  # (一名村民: the description with its number)
    return ("unnamed", a, b) if clause[a:b].endswith(_PERSON_ENDS) else ("", 0, 0)
