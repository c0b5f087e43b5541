"""The last pass over an article's quotes in the languages of :mod:`.latin`: surnames completed to the full
name quoted before, reported sentences without a reporting word going on with the speaker before them, and,
where the language opens a quoted paragraph with a dash (Swedish, Norwegian, Danish), that paragraph's report
made a direct quote and the dash paragraphs after it its continuation. (A speaker described by an office, "sagte
der Trainer", is named when quotes are attributed, by :meth:`..speakers.prose.ProsePeople.holder_before`.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...lexicon.descriptions_latin import PLURAL_ARTICLES, POSSESSIVES_AFTER_ARTICLE
from ...lexicon.quotes_latin import LatinTable
from ...models import Quote, QuoteKind, Speaker
from .latin_surnames import surnames_from_prose
from .text import MIN_CLAUSE

__all__ = ["complete_names", "finish_latin"]


_RUN_BLOCKS = 2  # how many paragraphs a run of reported sentences goes on after its speaker was named
_DIRECT_RUN_BLOCKS = 1  # how many paragraphs a speaker's bare direct quotes go on after a quote of theirs


def finish_latin(table: LatinTable, quotes: list[Quote], texts: Sequence[str]) -> None:
    """The last pass over an article's quotes: surnames completed (:func:`complete_names`), and where the language
    opens a quoted paragraph with a dash ("– Vi är redo, säger Kristersson."), that paragraph's report is a direct
    quote without its dash."""
    complete_names(quotes)
    surnames_from_prose(table, quotes, texts)
    _described_named_before(table, quotes, texts)
    _direct_runs(table, quotes, texts)
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


def _described_named_before(table: LatinTable, quotes: list[Quote], texts: Sequence[str]) -> None:
    """ "Nur Yakin sah es anders. „…“, sagte der Trainer." / "Marchal a maintenu … « … », a insisté le ministre.": a
    speaker given only by a definite, singular description is the one person quoted before under a full name whose
    surname the paragraph names before the quote (only names already given in full as speakers: a capital makes
    no name in German); none when it names two or more such people, or none, or the description is someone's
    ("il suo portavoce"). A quote with no speaker and no reporting word is that one person's too ("Keller ärgerte
    sich. Sein Urteil: „…“")."""
    full: dict[str, Speaker] = {}  # surname -> the speaker last quoted under a full name ending in it
    prose = _WordsBefore(texts)
    for index, quote in enumerate(quotes):
        speaker = quote.speaker
        if speaker is not None and speaker.name and " " in speaker.name:
            full[speaker.name.rsplit(" ", 1)[1]] = speaker
        if not full or quote.block >= len(texts):
            continue
        before = prose.words(quote.block, quote.start)
        named = _named_before(full, before)
        if named is None:
            continue
        if speaker is None and quote.cue is None:
            quotes[index] = quote.model_copy(update={"speaker": Speaker(name=named)})
        elif speaker is not None and not speaker.name and _described_only(table, speaker.role or ""):
            quotes[index] = quote.model_copy(update={"speaker": Speaker(name=named, role=speaker.role)})


class _WordsBefore:
    """The words of a paragraph before a position, read on from the last position asked for in the same
    paragraph (quotes come in reading order), so that a paragraph holding thousands of quotes is read once,
    not once per quote."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = texts
        self._block = -1
        self._end = 0  # where the words read so far end: always at a word's start or at a non-word character
        self._words: set[str] = set()

    def words(self, block: int, position: int) -> frozenset[str] | set[str]:
        """The words of ``texts[block][:position]``, a word the position cuts included as its part before it
        (the set is the reader's own: read it before asking again)."""
        if block != self._block or position < self._end:
            self._block, self._end, self._words = block, 0, set()
        text = self._texts[block]
        cut = None
        for match in _WORD_RE.finditer(text, self._end, position):
            if match.end() == position:
                cut = match  # read again next time: the words after the position may carry it on
            else:
                self._words.add(match.group())
        if cut is None:
            self._end = position
            return self._words
        self._end = cut.start()
        if cut.group() in self._words:
            return self._words
        return self._words | {cut.group()}  # rare: a quote opening inside a word


def _named_before(full: dict[str, Speaker], words: frozenset[str] | set[str]) -> str | None:
    """The one person of ``full`` whose surname is among the ``words`` before a quote (None for none or
    several)."""
    named = {full[surname].name for surname in full.keys() & words}
    return named.pop() if len(named) == 1 else None


def _described_only(table: LatinTable, role: str) -> bool:
    """Is ``role`` a definite, singular description of one person ("der Trainer", "le ministre"), not someone's
    ("il suo portavoce") nor several ("las primeras informaciones")?"""
    words = role.lower().split(" ")
    if words[0] not in table.determiners or words[0] in table.indefinites:
        return False
    if words[0] in PLURAL_ARTICLES.get(table.language, ()):
        return False  # "según las primeras informaciones": several, not the one person named
    return not (len(words) > 1 and words[1] in POSSESSIVES_AFTER_ARTICLE.get(table.language, ()))


_WORD_RE = re.compile(r"[^\W\d_][\w-]*")


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


# A dash paragraph that goes on with the speaker before is a clause at least (MIN_CLAUSE): a shorter one ("– Ja.")
# may be anyone's answer. Its own name, since it bounds a direct quote and not a report.
_MIN_DASH_QUOTE = MIN_CLAUSE


def _direct_runs(table: LatinTable, quotes: list[Quote], texts: Sequence[str]) -> None:
    """A direct quote with no reporting word and no speaker (a fragment in the prose: "un incendio que ha
    definido como “…”") goes on with the speaker of the quote just before it, in the same paragraph or the
    next, unless someone else is named between them: a capital inside a sentence, where a capital makes a
    name (not German, where every noun has one and this reads none)."""
    last: Quote | None = None  # the last quote with a speaker
    for index, quote in enumerate(quotes):
        if quote.speaker is None and quote.cue is None and quote.kind is QuoteKind.DIRECT and last is not None:
            if quote.block - last.block <= _DIRECT_RUN_BLOCKS and not _named_between(table, texts, last, quote):
                quotes[index] = quote = quote.model_copy(update={"speaker": last.speaker})
        if quote.speaker is not None:
            last = quote


def _named_between(table: LatinTable, texts: Sequence[str], before: Quote, quote: Quote) -> bool:
    """Is someone other than the speaker of ``before`` named (a capitalised word inside a sentence, not one of
    that speaker's names) between the end of ``before`` and ``quote``?"""
    if table.capitalised_nouns or max(before.block, quote.block) >= len(texts):
        return False
    if before.block == quote.block:
        between = texts[quote.block][before.end : quote.start]
    else:
        between = f"{texts[before.block][before.end :]} {texts[quote.block][: quote.start]}"
    speaker = before.speaker
    own = {*(speaker.name or "" if speaker else "").split(), *(before.mention or "").split()}
    return any(m.group(1)[0].isupper() and m.group(1) not in own for m in _INNER_WORD_RE.finditer(between))


_INNER_WORD_RE = re.compile(r"(?<=[\w,;]) ([^\W\d_][\w'’-]*)")  # a word after a word or a comma: not a sentence's start


_DASH_OPENING_RE = re.compile(r"[–—―-]\s+")


def complete_names(quotes: list[Quote]) -> None:
    """A surname alone ("„…“, so Berg") or a tail of a name ("sagt Gómez Sáez") is the person last quoted under a
    full name ending in it ("Anna Berg", "Carlos Gómez Sáez"), with the role learnt there: names are not read
    from the text here, only from speakers (see :mod:`.latin_surnames` for German prose). A reported sentence
    with no reporting word (Konjunktiv I) goes on with the speaker just before it."""
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
        known = full.get(speaker.name)
        if known is not None:
            role = speaker.role or known.role
            quotes[index] = quote.model_copy(update={"speaker": Speaker(name=known.name, role=role)})
            continue
        words = speaker.name.split(" ")
        for k in range(1, len(words)):  # every tail of a full name: "Sáez", "Gómez Sáez" of "Carlos Gómez Sáez"
            full[" ".join(words[k:])] = speaker
