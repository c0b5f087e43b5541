"""The speaker of an English direct quote with no cue of its own, from the sentence just before it: its subject
("Clinton touted her record. “We need …”"), the one a colon's clause names ("…, and Harbor News responded:"), or a
description opening it that points back to a person named earlier ("The senator was defiant. “…”")."""

from __future__ import annotations

import re

from ...lexicon.punctuation import SPACE_AND_OPENING_QUOTE_MARKS
from ...models import QuoteKind, Speaker
from ..speakers import SpeakerBook
from ..speakers.colon_en import cue_before_colon
from ..speakers.phrases import Who
from .text import Found, zh_text

_SENTENCE_ENDS = (". ", "? ", "! ")
_SUBJECT_REACH = 60  # how far into the sentence before a bare quote its subject may start (characters)


def en_subject_before(book: SpeakerBook, f: Found, text: str, base: int, prev_text: str = "") -> Speaker | None:
    """The person an English direct quote with no cue is by when the sentence just before it has a
    named person as its subject ("Clinton touted her record. “We need …”", "Dianne Bystrom agreed.
    “…”"): in its block, or the last sentence of the block before for a quote opening its block ("Ward
    spoke to reporters on Monday." / "“…”"). None when that sentence opens with no person the article names."""
    if f.kind != QuoteKind.DIRECT or zh_text(text):
        return None
    head = text[: f.start].rstrip(SPACE_AND_OPENING_QUOTE_MARKS)
    if not head and prev_text:
        head, base = prev_text.rstrip(), base - 2 - len(prev_text)  # (blocks are joined by two characters)
    if not head or head[-1] not in ".!?:":
        return None
    cut = max(head.rfind(end, max(0, len(head) - 400), len(head) - 1) for end in _SENTENCE_ENDS)
    s = cut + 2 if cut >= 0 else 0
    if s == 0 and len(head) > 400:
        return None
    led = _colon_lead(book, head, s, base)
    if led is not None:
        return led
    name = book.subject_named_in(base + s, base + s + _SUBJECT_REACH)
    if name is None:
        return _described_subject(book, head, s, base)
    return Speaker(name=name, role=book.roles.get(name))


def _colon_lead(book: SpeakerBook, head: str, s: int, base: int) -> Speaker | None:
    """The person or body a sentence ending in a colon names right before its reporting verb, after "and" or "but"
    ("The Ledger ran the story, and Harbor News responded:"): the subject of the last clause, not the first."""
    if not head.endswith(":"):
        return None
    who = cue_before_colon(head, s, len(head) - 1)
    return book.resolve(who, base + who.start) if who is not None else None


def _described_subject(book: SpeakerBook, head: str, s: int, base: int) -> Speaker | None:
    """The person a description opening the sentence before a bare quote points back to ("The senator
    was defiant. “…”": the senator named earlier), resolved as a speaker's description at that place;
    None when it names nobody."""
    m = _DESCRIBED_SUBJECT_RE.match(head, s)
    if m is None:
        return None
    mention = "the " + m.group(1)
    speaker = book.resolve(Who(mention, "desc", role=mention, start=s), base + s)
    return speaker if speaker.name is not None else None


# "The senator was …": a definite description of one lower-case noun, then a lower-case word (its verb).
_DESCRIBED_SUBJECT_RE = re.compile(r"The ([a-z]{3,20}) [a-z]")
