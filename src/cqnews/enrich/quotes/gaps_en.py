"""English subjects a cue's reader cannot take straight from the words before the cue: past a phrase set off
by commas ("An aide, who asked not to be named, said …"), past an aside in parentheses or dashes ("Sen. Ann
Lee (D-Ore.) has said that …", "Ann Lee — a teacher — says …"), or people counted, not named ("Several said
they …", "Two in three say …")."""

from __future__ import annotations

from ...lexicon.en import AUXILIARIES, CLAUSE_OPENERS
from ...lexicon.reporting_en import QUANTITY_SUBJECT_RE
from ...models import QuoteKind
from ..speakers.phrases import Who, en_subject_before, en_subject_before_aside
from .text import WORD_RE, BlockView, Found

__all__ = ["before_auxiliaries", "counted_subject", "opens_report", "past_aside", "past_parenthesis"]


_PARENTHESIS_WORDS = 12


def past_parenthesis(b: BlockView, s: int, c: int, word: str, clause: tuple[int, int] | None) -> Found | None:
    """The subject before a phrase set off by commas between it and the cue ("An aide, who asked not to
    be named, said …"; "Several candidates, including Smith, said …"; "Others, however, say …")."""
    if clause is None or b.text[c - 2 : c] != ", ":
        return None
    opening = b.text.rfind(",", s, c - 2)
    if opening <= s or len(b.text[opening:c].split()) > _PARENTHESIS_WORDS:
        return None
    who = en_subject_before(b.reader, s, opening)
    return Found(QuoteKind.INDIRECT, *clause, who, word) if who is not None else None


# (a hyphen sets an aside off only with a space on each side: "Ann Lee - a teacher - says", never "co-founder")
_ASIDE_CLOSERS = {")": "(", "—": "—", "–": "–", " -": " - "}
_ASIDE_CHARS = 120


def past_aside(b: BlockView, s: int, c: int, word: str, clause: tuple[int, int] | None) -> Found | None:
    """The subject before an aside in parentheses or dashes between it and the cue ("Sen. Ann Lee (Tex.)
    has said that …", "Ann Lee — a teacher from Hull — says …", "Residents — and some officials — say …")."""
    if clause is None or not opens_report(b.text, clause[0]):
        return None
    text = b.text
    k = before_auxiliaries(text, s, c)
    if text[k - 2 : k] == ")," and k - 2 > s:
        k -= 1  # "Sen. Ann Lee (D-Ore.), said …": a comma after the parenthesis
    closer = text[k - 2 : k] if text[k - 2 : k] == " -" else text[k - 1 : k] if k > s else ""
    opener = _ASIDE_CLOSERS.get(closer)
    if opener is None:
        return None
    opening = text.rfind(opener, max(s, k - 1 - _ASIDE_CHARS), k - len(closer))
    if opening <= s:
        return None
    who = en_subject_before_aside(b.reader, s, opening)
    return Found(QuoteKind.INDIRECT, *clause, who, word) if who is not None else None


def counted_subject(text: str, s: int, c: int, word: str, clause: tuple[int, int] | None) -> Found | None:
    """People counted, not named, before the cue ("Several said they …", "Two in three say …", "26 percent
    said the plan …"): the whole count is the subject, a description."""
    if clause is None or not opens_report(text, clause[0]):
        return None
    k = before_auxiliaries(text, s, c)
    if QUANTITY_SUBJECT_RE.fullmatch(text, s, k) is None:
        return None
    lead = text[s:k]
    return Found(QuoteKind.INDIRECT, *clause, Who(lead, "desc", role=lead, start=s), word)


def opens_report(text: str, start: int) -> bool:
    """Does the clause at ``start`` open as a report does: after "that", or with a subject ("he", "the",
    a name)? Not an adverbial read as one ("posted over a thousand times")."""
    m = WORD_RE.match(text, start)
    if m is None:
        return False
    w = m.group()
    return text[max(0, start - 5) : start] == "that " or w.lower() in CLAUSE_OPENERS or w[:1].isupper()


def before_auxiliaries(text: str, s: int, c: int) -> int:
    """Where the words before the cue end, past the auxiliaries and adverbs before it ("…) has long said")."""
    k = len(text[s:c].rstrip()) + s
    for _ in range(3):
        space = text.rfind(" ", s, k)
        w = text[space + 1 : k].lower()
        if space < s or not (w in AUXILIARIES or (w.endswith("ly") and w.isalpha())):
            break
        k = len(text[s:space].rstrip()) + s
    return k
