"""A question put to someone named, and who answers it: in 张大爷问维修工小李：“你们什么时候能修好？” the question is
张大爷's, never the one asked's, and a quote right after it with no cue of its own (“最迟明天下午。”) is 小李's answer,
not more of 张大爷's words (a quote without a cue otherwise goes on with the speaker before).

Read on Chinese text only: a question (its words end in ？) quoted right after a verb of asking, the one asked and a
colon (问, 追问, 反问 … X：“…？”), or closed by the asker, the verb and the one asked (“…？”记者问护士刘红。); the
one asked is read as any speaker before a cue is (a name, a title and a name, a description: 记者问王明, 王芳问丈夫);
oneself (王明问自己) is nobody else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...lexicon.people_nouns_zh import REFLEXIVES
from ...lexicon.punctuation_zh import ZH_SENTENCE_END_OR_QUOTE_OPENING
from ...lexicon.quotes_zh import ASK, ZH_QUESTION_ENDS
from ...models import QuoteKind, Speaker
from ...text import first_of
from ..speakers import SpeakerBook
from ..speakers.phrases_zh import zh_subject_before
from .text import Found

__all__ = ["Question", "zh_answer_right_after", "zh_asks", "zh_put_question", "zh_question"]

# The one asked between the verb of asking and the colon before the question (问维修工小李：); no mark inside.
_ASKED_RE = re.compile(f"{ASK}([^，,。！？!?；;：:“”「」『』]{{1,12}})[：:]\\s*$")
# The asker, the verb of asking and the one asked closing the sentence after the question (“…？”记者问护士刘红。).
_ASKED_AFTER_RE = re.compile(f"[^，,。！？!?“”「」]{{0,12}}?{ASK}([^，,。！？!?；;：:“”「」『』]{{1,12}})[。，,；;]")
# The closing marks after the question mark ending the words of a question (QZ.ZH_QUESTION_ENDS).
_CLOSING = "”」』\"' "
_ASKED_REACH = 16  # how far before the quote the verb of asking may stand (characters)
_ASKER_REACH = 12  # how far before the verb of asking its subject may start (characters)


@dataclass(frozen=True, slots=True)
class Question:
    """Who asks (None when the words before the verb name nobody) and who is asked."""

    asker: Speaker | None
    asked: Speaker


def zh_question(f: Found, text: str, book: SpeakerBook, base: int) -> Question | None:
    """The question ``f`` (a direct quote) puts to a person named between the verb of asking and the colon before it
    (or after the verb closing the sentence after it); None when ``f`` is no question, or no verb of asking stands
    there, or nobody is named as asked."""
    if f.kind is not QuoteKind.DIRECT or f.span is None or not _ends_in_question(f, text):
        return None
    m = _ASKED_RE.search(text, max(0, f.span.open - _ASKED_REACH), f.span.open)
    floor = max(0, f.span.open - _ASKED_REACH - _ASKER_REACH)
    if m is None and f.span.close is not None:
        m = _ASKED_AFTER_RE.match(text, f.span.close + 1)
        floor = f.span.close + 1
    if m is None:
        return None
    who = zh_subject_before(text, m.start(1), m.end(1))
    if who is None or who.kind not in ("person", "desc") or not who.mention or who.mention in REFLEXIVES:
        return None  # (王明问自己：“…？”: his own question, his own answer)
    verb = m.start(1) - len(ASK)
    asker = zh_subject_before(text, floor, verb) if verb > floor else None
    asker_speaker = book.resolve(asker, base + asker.start) if asker is not None and asker.mention else None
    return Question(asker_speaker, book.resolve(who, base + m.start(1)))


def zh_answer_right_after(f: Found, before: Found | None, text: str) -> bool:
    """Is ``f`` a quote the cue of the quote ``before`` it reports too, right after it with nothing but quote marks
    between (记者问周涛：“…？”“…”): when ``before`` was a question put to someone, the answer to it?"""
    if before is None or f.who is None or f.who != before.who or f.cue != before.cue or f.kind is not QuoteKind.DIRECT:
        return False
    return not text[before.end : f.start].strip(_CLOSING + "“「『")


def zh_asks(f: Found, text: str) -> bool:
    """Is ``f`` a direct quote of Chinese words that end in a question mark (“要等多久？”)?"""
    return f.kind is QuoteKind.DIRECT and f.span is not None and f.span.close is not None and _ends_in_question(f, text)


def _ends_in_question(f: Found, text: str) -> bool:
    """Do the words of ``f`` end in a question mark, the closing marks after it left out?"""
    return text[f.start : f.end].rstrip(_CLOSING).endswith(ZH_QUESTION_ENDS)


def zh_put_question(f: Found, text: str) -> bool:
    """Is ``f`` a question (its words end in ？) its own cue, closing the sentence after it, says is asked of
    someone (“…？”记者问。, “…？”王大妈追问道。), not asked back nor of oneself (反问, 质问, 自问, 问自己: the speaker's
    own point, the speaker goes on)? A quote with no cue of its own opening the next paragraph answers it: it is
    not the asker's. (王明问：“…？” before the question may open a speech the asker goes on with.)"""
    if f.kind is not QuoteKind.DIRECT or not f.cue or ASK not in f.cue or f.cue.startswith(_NOT_PUT):
        return False
    if f.span is None or f.span.close is None or not zh_asks(f, text):
        return False
    after = text[f.span.close + 1 : f.span.close + 1 + _ASKER_REACH + len(f.cue) + 1]
    cut = first_of(after, ZH_SENTENCE_END_OR_QUOTE_OPENING, 0, len(after))  # (the sentence of the cue ends there)
    cut = len(after) if cut < 0 else cut
    at = after.find(f.cue, 0, cut)
    return at >= 0 and not after.startswith(REFLEXIVES, at + len(f.cue))


# Cues of a question the speaker answers or means themselves (反问, 质问, 自问).
_NOT_PUT = ("反", "质", "自")
