"""A speaker the body names by surname alone ("…,” Raghunathan said") whose full name only the headline, the
summary or a caption gives ("Priya Raghunathan hits maiden Test century"): the full name is the speaker's, as
it would be had the body named the person in full first."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TypeVar

from ...lexicon import quote_patterns as P
from ...models import Attribution, Quote, Speaker
from .given_names import given_name_gender
from .name_split_en import split_name
from .name_words_en import is_place

# A capitalised word, then the surname (filled in): the words of a full name written before it.
_CAPITALISED_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_TITLE_CASE_SHARE = 0.5  # more capitalised long words than this: a headline in title case ("Coach Praises Lee")
_READ_CHARS = 4000  # of the headline, summary and captions, in that order


_Said = TypeVar("_Said", Quote, Attribution)


def named_in_full(items: Sequence[_Said], texts: Iterable[str | None]) -> list[_Said]:
    """``items`` (quotes, or attributions) with every one-word speaker or source name completed from the full name
    ``texts`` give it (the headline, summary and captions), when exactly one full name there ends with that word."""
    shown, room = [], _READ_CHARS
    for text in texts:  # (the first few thousand characters: a page of a thousand captions is read no further)
        if text and room > 0:
            shown.append(text[:room])
            room -= len(shown[-1])
    if not shown:
        return list(items)
    full: dict[str, str | None] = {}
    out = []
    for item in items:
        field = "speaker" if isinstance(item, Quote) else "source"
        speaker: Speaker | None = getattr(item, field)
        name = speaker.name if speaker is not None else None
        if speaker is None or name is None or not re.fullmatch(_CAPITALISED_WORD, name):
            out.append(item)
            continue
        if name not in full:
            full[name] = _full_name(name, shown)
        found = full[name]
        out.append(item if found is None else item.model_copy(update={field: Speaker(name=found, role=speaker.role)}))
    return out


def _full_name(surname: str, texts: list[str]) -> str | None:
    """The one full name ending with ``surname`` that ``texts`` give; None when they give none or several."""
    names = {name for text in texts for name in _names_ending(surname, text)}
    return names.pop() if len(names) == 1 else None


def _names_ending(surname: str, text: str) -> Iterable[str]:
    """The person's names in ``text`` of one or two capitalised words and ``surname``: a known given name first, or
    the text around them in sentence case (a headline in title case capitalises every word, names or not)."""
    for m in re.finditer(rf"\b((?:{_CAPITALISED_WORD} ){{1,2}}){re.escape(surname)}\b(?![-’'])", text):
        words = [*m.group(1).split(), surname]
        _, name, kind = split_name(words)
        if kind != "person" or len(name) < 2 or name[0].lower() in P.EN_NOT_NAME or is_place(" ".join(name[:-1])):
            continue
        if given_name_gender(name[0]) or _sentence_case(text[: m.start()] + text[m.end() :]):
            yield " ".join(name)


def _sentence_case(rest: str) -> bool:
    """Is ``rest``, the text around a name, written in sentence case, so that the capitalised words before a
    surname are a name ("Priya Raghunathan celebrates her hundred"), not a headline's every word ("Crowd Cheers
    Lee Century")?"""
    long = [w for w in (w.strip(_WORD_EDGE_MARKS) for w in rest.split()) if len(w) > 3 and w.isalpha()]
    return bool(long) and sum(w[0].isupper() for w in long) <= _TITLE_CASE_SHARE * len(long)


# Marks stripped off a word's edges before its case is read.
_WORD_EDGE_MARKS = ".,;:!?\"'“”‘’()"
