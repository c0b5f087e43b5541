"""Who says a Chinese quote that a comma joins to the clause before it, with no cue of its own (前台小哥迟疑了一阵，
“…”; 其丈夫王凤朝否认此事，“他们诬陷我。”): the subject of its sentence, else the last speaker only when the paragraph
names nobody else before it; no one otherwise (an earlier speaker is not taken past a person the writer names)."""

from __future__ import annotations

from ...lexicon.punctuation_zh import ZH_SENTENCE_ENDS
from ...models import Speaker
from ...text import last_of
from .. import segmenter
from ..speakers import SpeakerBook
from ..speakers.antecedents_zh import zh_subject_named_before, zh_unnamed_antecedent
from ..speakers.names_zh import surnamed_name
from .text import Found

__all__ = ["zh_comma_said", "zh_comma_said_speaker"]


def zh_comma_said(f: Found) -> bool:
    """Is ``f`` a quote kept as words said for its shape after a comma, with no speaker or cue read near it?"""
    return f.shaped and f.span is not None and f.who is None and f.cue is None


def zh_comma_said_speaker(book: SpeakerBook, text: str, f: Found, last: Speaker | None) -> Speaker | None:
    """Who says a quote :func:`zh_comma_said` keeps: the unnamed subject of its sentence (前台小哥迟疑了一阵，“…”),
    else the person its sentence names before it as a subject (其丈夫王凤朝否认此事，“…”), else ``last`` (the speaker
    it would go on with) when its paragraph names no one else before it; else no one (a person named in an earlier
    sentence of the paragraph is who the writer went on about, not who said the words)."""
    assert f.span is not None
    opening = f.span.open
    s = last_of(text, ZH_SENTENCE_ENDS, 0, opening) + 1
    sentence = text[s:opening]
    unnamed = zh_unnamed_antecedent(sentence, len(sentence))
    if unnamed is not None:
        return Speaker(name=None, role=unnamed)
    named = zh_subject_named_before(book.zh_known, sentence, len(sentence)) or _person_in(sentence)
    if named is not None and named not in text[f.start : f.end]:
        return Speaker(name=named, role=book.roles.get(named))
    if last is None:
        return None
    before = text[:opening]
    return None if any(name in before for name in book.zh_known if name != last.name) else last


def _person_in(sentence: str) -> str | None:
    """The last person's name the segmenter reads in ``sentence`` (a surname, two to four characters), not an owner
    (王明的): who the sentence is about."""
    plain = segmenter.to_simplified(sentence)
    for t in reversed(segmenter.tag(plain)):
        if surnamed_name(t):
            owner = plain.startswith("的", t.start + len(t.word))
            return None if owner else sentence[t.start : t.start + len(t.word)]
    return None

