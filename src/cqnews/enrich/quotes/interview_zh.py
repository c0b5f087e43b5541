"""Who asks and who answers in a Chinese interview: the one person the blocks before say was interviewed
(:func:`zh_interviewee_of`, read by :mod:`.interviewee_zh`), and the reporter for a question labelled 问 with no
subject (:func:`zh_reporter_asks`)."""

from __future__ import annotations

from ...lexicon.quote_patterns import ZH_OPENING_MARKS
from ...lexicon.quotes_zh import ASK
from ...models import Speaker
from .. import segmenter
from ..speakers import SpeakerBook
from .interviewee_zh import zh_interview_told, zh_interviewee
from .text import Found

__all__ = ["zh_interviewee_of", "zh_reporter_asks"]

_INTERVIEW_REACH = 60  # blocks read back for the interview sentence (the lead and the blocks before the Q&A)
_OPENING_AND_COLONS = "".join(ZH_OPENING_MARKS) + "：:"
_REPORTER, _REPORTER_TRADITIONAL = "记者", "記者"


def zh_interviewee_of(book: SpeakerBook, base: int) -> Speaker | None:
    """The one person the blocks before the block at ``base`` say was interviewed (本报记者专访了县长王明): who
    answers a question that names nobody (记者：“…？” 答：“…”); None when none or more than one is."""
    name = zh_interviewee(book.zh_texts_before(base, _INTERVIEW_REACH), book.zh_known)
    return Speaker(name=name, role=book.roles.get(name)) if name else None


def zh_reporter_asks(f: Found, text: str, book: SpeakerBook, base: int) -> Speaker | None:
    """The reporter for a question labelled 问 with no subject opening its paragraph (问：“…？”) in an article that
    says someone, one person or more, was interviewed: the reporter asks (no name, the role 记者, as the label
    记者：“…？” gives), never the person named last; None for any other quote."""
    who = f.who
    if who is None or who.kind != "pronoun" or who.mention or segmenter.to_simplified(f.cue or "") != ASK:
        return None
    written = text[: f.start].strip().rstrip(_OPENING_AND_COLONS)  # (問： in traditional characters: 記者)
    if segmenter.to_simplified(written) != ASK:
        return None
    if not zh_interview_told(book.zh_texts_before(base, _INTERVIEW_REACH), book.zh_known):
        return None  # (two people interviewed: who answers is not written, but the reporter asks)
    return Speaker(name=None, role=_REPORTER if written == ASK else _REPORTER_TRADITIONAL)
