"""Chinese TV transcripts without quote marks: a sound bite after its tag and label (【同期声】市民 陈先生：…), after a
label alone of a role, a space and a name (市民 陈先生：…, as a caption on the screen is written), or on the line after
a tag and label alone (【同期】消防救援站站长 贾磊 / 电暖器一定不要…). The whole line after the label is the labelled
person's words: the tag or the caption's label marks them as recorded speech, as quote marks would.

An interview's answer after its speaker's label alone (许志刚：我们推出了…) stays no quote: the gold reads it as none
(reading such answers with 我 in them as quotes lowered zh direct precision, tune .927 -> .919 and check .919 -> .893,
recall unchanged; see indirect_zh._zh_answer)."""

from __future__ import annotations

from ...lexicon import quotes_zh as QZ
from ...lexicon.punctuation_zh import ZH_COLONS, ZH_FULLWIDTH_OPENING_MARKS
from ...models import QuoteKind
from ...text import first_of
from ..segmenter import to_simplified
from .label_lines_zh import zh_label_who
from .spans import Span
from .text import Found

__all__ = ["zh_transcript_line"]

# How far into a line its label's colon is looked for (a tag, a role and a name; ZH_LABEL_MAX for the label).
_COLON_READ = QZ.ZH_LABEL_MAX + 8
# The fewest characters of words a line said holds (【同期】张明：是的。 is too little to tell).
_MIN_SAID = 6


def zh_transcript_line(text: str, before: str, spans: list[Span]) -> Found | None:
    """The direct quote a block is as one line of a transcript (see the module), with its label's speaker; None
    for any other block, a question (the interviewer's), a line with a quote of its own in it (…：他说“…”), or a
    label that names no person (【同期声】记者：…)."""
    if any(sp.end - sp.start > QZ.ZH_TERM_MAX for sp in spans):
        return None
    tag = _tag_end(text)
    lo = tag or _tag_end(text, any_words=True) or len(text) - len(text.lstrip())
    colon = _colon(text, tag) if tag else _spaced_label_colon(text, lo)
    if colon >= 0:
        start = colon + 1
        while start < len(text) and text[start].isspace():
            start += 1
        return _line(text, start, text[lo:colon].strip(), lo)
    label_tag = _tag_end(before)
    if not label_tag or _colon(before, label_tag) >= 0:
        return None
    return _line(text, len(text) - len(text.lstrip()), before[label_tag:].strip(), 0)


def _line(text: str, start: int, label: str, lo: int) -> Found | None:
    """The words from ``start`` to the end of ``text`` as the quote of the person ``label`` (at ``lo``) names."""
    end = len(text.rstrip())
    said = text[start:end]
    if len(said) < _MIN_SAID or said.endswith(QZ.ZH_QUESTION_ENDS) or said[0] in ZH_FULLWIDTH_OPENING_MARKS:
        return None  # (张明：“…”: the quote marks tell the quote, the label lines read its speaker)
    who = zh_label_who(label, lo)
    if who is None or who.kind != "person":
        return None
    return Found(QuoteKind.DIRECT, start, end, who, None)


def _spaced_label_colon(text: str, lo: int) -> int:
    """The colon after a caption's label at ``lo``, a role and a name with a space between them (市民 陈先生：), as a
    TV story writes its sound bites without a sound bite's tag (or after a tag of other words: 【现场】交警 邵文斌：);
    -1 for any other line."""
    colon = _colon(text, lo)
    if colon < 0:
        return -1
    role, _, name = text[lo:colon].rstrip().replace("\u3000", " ").rpartition(" ")
    return colon if role.strip() and name else -1


def _tag_end(text: str, *, any_words: bool = False) -> int:
    """Where a sound bite's tag opening ``text`` ends, spaces after it included (【同期声】 ), or with ``any_words`` a
    short tag of other words (【现场】, 【采访】); 0 when none opens it."""
    s = len(text) - len(text.lstrip())
    close = QZ.ZH_TAG_BRACKETS.get(text[s : s + 1])
    if close is None:
        return 0
    end = text.find(close, s + 1, s + 8)
    if end < 0 or not any_words and to_simplified(text[s + 1 : end].strip()) not in QZ.ZH_SOUND_BITE_TAGS:
        return 0
    end += 1
    while end < len(text) and text[end].isspace():
        end += 1
    return end


def _colon(text: str, lo: int) -> int:
    """The first colon of ``text`` close after ``lo`` (the end of a label), or -1."""
    return first_of(text, ZH_COLONS, lo, lo + _COLON_READ)
