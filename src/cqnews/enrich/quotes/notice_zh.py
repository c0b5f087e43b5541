"""A Chinese quote after a colon whose clause is a body or a person publishing a notice (县公安局发布警情通报：“…”,
市场监管局发布消费提示：“…”, 该公司发布声明：“…”): the quote is the notice's words, and the subject before the verb of
publishing issues them (gold README: a named organisation, document or report credited to one can be the speaker;
the one who issues it is named, so it speaks). The verb is the cue."""

from __future__ import annotations

from ...lexicon.bodies_zh import NOTICE_NOUNS, SUO_BODY_HEADS
from ...lexicon.cue_words_zh import PUBLISH_VERBS
from ..segmenter import to_simplified
from ..speakers.phrases import Who
from ..speakers.phrases_zh import zh_subject_before
from .colon_clause_zh import colon_before
from .opener_zh import zh_last_clause
from .spans import Span

__all__ = ["zh_published_notice"]

# How many characters may stand between the verb of publishing and the notice's noun (发布|警情|通报, 发出|紧急|预警,
# 发布|关于暑期安全的|提示): the notice's kind; more is a clause of another shape.
_NOTICE_REACH = 8


def zh_published_notice(text: str, sp: Span, s: int) -> tuple[Who | None, str | None]:
    """The issuer and the verb of publishing of the quote at ``sp`` when the clause before its colon ends with a
    verb of publishing and the notice published (县公安局发布警情通报：“…” -> 县公安局, 发布); (None, None) otherwise,
    or when nobody stands before the verb (发布通报：“…”)."""
    colon = colon_before(text, s, sp)
    if colon is None:
        return None, None
    lo = zh_last_clause(text, s, colon)
    clause = to_simplified(text[lo:colon]).rstrip()
    if not clause.endswith(NOTICE_NOUNS):
        return None, None
    at, verb = max(((clause.rfind(v), v) for v in PUBLISH_VERBS), default=(-1, ""))
    if at <= 0 or len(clause) - at - len(verb) > _NOTICE_REACH or any(not ch.isalnum() for ch in clause[at:]):
        return None, None
    who = _issuer(text, lo, lo + at)
    return (who, text[lo + at : lo + at + len(verb)]) if who is not None else (None, None)


def _issuer(text: str, lo: int, verb_at: int) -> Who | None:
    """The subject between ``lo`` and the verb of publishing at ``verb_at``; a body whose head ends in 所 whole
    (城关派出所发布通报 -> 城关派出所, an organisation; the subject's reader alone gives 城关派出, as it drops the 所
    of 他所说)."""
    who = zh_subject_before(text, lo, verb_at)
    end = len(text[lo:verb_at].rstrip()) + lo
    if who is None or not to_simplified(text[lo:end]).endswith(SUO_BODY_HEADS) or who.start >= end - 3:
        return who
    return Who(mention=text[who.start : end], kind="org", start=who.start)
