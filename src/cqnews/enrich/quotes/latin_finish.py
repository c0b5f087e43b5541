"""The last pass over an article's quotes in the languages of :mod:`.latin`: surnames completed to the full
name quoted before, reported sentences without a reporting word going on with the speaker before them, speakers
described by an office ("sagte der Trainer") named as the speaker quoted before with that office, and,
where the language opens a quoted paragraph with a dash (Swedish, Norwegian, Danish), that paragraph's report
made a direct quote and the dash paragraphs after it its continuation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ...lexicon.quotes_latin import LatinTable
from ...models import Quote, QuoteKind, Speaker
from .latin_phrases import is_title

__all__ = ["complete_names", "described_speakers", "finish_latin"]


_RUN_BLOCKS = 2  # how many paragraphs a run of reported sentences goes on after its speaker was named


def finish_latin(table: LatinTable, quotes: list[Quote], texts: Sequence[str]) -> None:
    """The last pass over an article's quotes: surnames completed (:func:`complete_names`), speakers described by
    an office named (:func:`described_speakers`), and where the language opens a quoted paragraph with a dash
    ("– Vi är redo, säger Kristersson."), that paragraph's report is a direct quote without its dash."""
    complete_names(quotes)
    described_speakers(table, quotes)
    if not table.dash_quotes:
        return
    for index, quote in enumerate(quotes):
        text = texts[quote.block] if quote.block < len(texts) else ""
        dash = _DASH_OPENING_RE.match(text)
        if quote.kind is QuoteKind.INDIRECT and quote.start == 0 and dash is not None and quote.end > dash.end():
            start = dash.end()
            quotes[index] = quote.model_copy(
                update={"kind": QuoteKind.DIRECT, "start": start, "text": text[start : quote.end]}
            )
    _dash_continuations(quotes, texts)


def _dash_continuations(quotes: list[Quote], texts: Sequence[str]) -> None:
    """A dash paragraph with no quote of its own right after a dash quote goes on with its speaker
    ("– Vi är redo, säger Kristersson." / "– Det blir svårt, men vi klarar det.")."""
    last_of = {quote.block: quote for quote in quotes}  # each block's last quote
    added: list[Quote] = []
    for block, text in enumerate(texts):
        dash = _DASH_OPENING_RE.match(text)
        before = last_of.get(block - 1)
        if block in last_of or dash is None or before is None or before.kind is not QuoteKind.DIRECT:
            continue
        opened = _DASH_OPENING_RE.match(texts[block - 1])
        if opened is None or before.start != opened.end():
            continue  # the quote before is no dash paragraph's
        end = len(text.rstrip())
        if end - dash.end() >= _MIN_DASH_QUOTE:
            quote = Quote(text=text[dash.end() : end], kind=QuoteKind.DIRECT, speaker=before.speaker, block=block,
                          start=dash.end(), end=end)
            added.append(quote)
            last_of[block] = quote
    if added:
        _insert_in_order(quotes, added)


def _insert_in_order(quotes: list[Quote], added: list[Quote]) -> None:
    """``added`` merged into ``quotes`` in reading order, ``Quote.continues`` indexes kept pointing right."""
    old = list(quotes)
    merged = sorted([*old, *added], key=lambda q: (q.block, q.start))
    index = {id(quote): k for k, quote in enumerate(merged)}
    quotes[:] = [
        q if q.continues is None else q.model_copy(update={"continues": index[id(old[q.continues])]}) for q in merged
    ]


_MIN_DASH_QUOTE = 12


_DASH_OPENING_RE = re.compile(r"[–—―-]\s+")


def complete_names(quotes: list[Quote]) -> None:
    """A surname alone ("„…“, so Berg") is the person last quoted under a full name ending in it ("Anna
    Berg"), with the role learnt there: names are not read from the text here, only from speakers. A
    reported sentence with no reporting word (Konjunktiv I) goes on with the speaker just before it."""
    full: dict[str, Speaker] = {}
    last: Quote | None = None  # the last quote with a speaker
    for index, quote in enumerate(quotes):
        if quote.cue is None and quote.kind is QuoteKind.INDIRECT and quote.speaker is None:
            if last is not None and last.speaker is not None and quote.block - last.block <= _RUN_BLOCKS:
                quotes[index] = quote = quote.model_copy(update={"speaker": last.speaker})
        speaker = quote.speaker
        if speaker is not None:
            last = quote
        if speaker is None or not speaker.name:
            continue
        if " " in speaker.name:
            full[speaker.name.rsplit(" ", 1)[1]] = speaker
            continue
        known = full.get(speaker.name)
        if known is not None:
            role = speaker.role or known.role
            quotes[index] = quote.model_copy(update={"speaker": Speaker(name=known.name, role=role)})


def described_speakers(table: LatinTable, quotes: list[Quote]) -> None:
    """A speaker left unnamed, described by an office ("„…“, sagte der Trainer", "« … », a ajouté le ministre"),
    is the person last quoted under a name with that office in their role ("Trainer Murat Yakin", "le ministre
    de l'Intérieur, Gérald Darmanin"), among the few named speakers quoted last; not one opened by an indefinite
    article ("ein Sprecher der Polizei", "un porte-parole": someone else)."""
    named: list[tuple[frozenset[str], Speaker]] = []  # (offices of the role, speaker) of the speakers named so far
    for index, quote in enumerate(quotes):
        speaker = quote.speaker
        if speaker is None or not speaker.role:
            continue
        offices = _offices(table, speaker.role)
        if not speaker.name and speaker.role.split(" ", 1)[0].lower() in table.indefinites:
            continue
        if speaker.name:
            named = [*named[-_DESCRIBED_BACK + 1 :], (offices, speaker)] if offices else named
            continue
        holder = next((known for held, known in reversed(named) if offices & held), None)
        if holder is not None:
            quotes[index] = quote.model_copy(update={"speaker": Speaker(name=holder.name, role=holder.role)})


_DESCRIBED_BACK = 8  # named speakers an office is looked up among, the last first


def _offices(table: LatinTable, role: str) -> frozenset[str]:
    """The office words a role holds, each as the table's office it ends in ("CDU-Spitzenkandidat": "kandidat")."""
    words = [w.lower().rsplit("-", 1)[-1] for w in role.replace(",", " ").split() if is_title(table, w)]
    return frozenset(_office(table, w) for w in words)


def _office(table: LatinTable, word: str) -> str:
    """The table's office a word ends in, in German also in its feminine form ("Kandidatin": "kandidat")."""
    forms = (word, word[:-2]) if table.language == "de" and word.endswith("in") else (word,)
    return next((t for form in forms for t in _by_length(table) if form.endswith(t)), word)


@cache
def _by_length(table: LatinTable) -> tuple[str, ...]:
    return tuple(sorted(table.titles, key=len, reverse=True))
