"""Article-level passes after every block is resolved: runs of quote paragraphs, speakers named later."""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon import quote_patterns as P
from ...lexicon import quotes_zh as QZ
from ...lexicon.punctuation_zh import ZH_CLAUSE_MARKS, ZH_COMMAS, ZH_SENTENCE_ENDS
from ...models import Quote, QuoteKind, Speaker
from ...text import HAN_RE, first_of
from ..segmenter import to_simplified
from ..speakers import SpeakerBook
from ..speakers.colon_en import colon_subject
from ..speakers.noun_phrase_zh import noun_phrase
from ..speakers.phrases_zh import zh_subject_before


def credit_back(quotes: list[Quote], texts: Sequence[str]) -> None:
    """Bare quote paragraphs credited by the paragraph after them (“…” / “…” /
    故宫博物院在微博上写下了这样一段话。): the subject of that sentence speaks them, also when the quote carried on
    the speaker of a quote before it (“…”志愿者小陈说。 / “…” / 居民周阿姨笑着说。: 周阿姨)."""
    for index, text in enumerate(texts):
        credit = _credit_of(text) if index else None
        if credit is None:
            continue
        speaker, cue = credit
        mention = speaker.name or speaker.role
        for i in range(len(quotes) - 1, -1, -1):
            q = quotes[i]
            if q.block >= index:
                continue
            bare = (  # (a speaker only carried on from a quote before, not named at the quote, gives way)
                q.kind is QuoteKind.DIRECT and q.mention is None and len(texts[q.block].strip()) <= q.end - q.start + 4
            )
            if q.block < index - _BACKREF_BLOCKS or not bare:
                break
            quotes[i] = q.model_copy(update={"speaker": speaker, "mention": mention, "cue": cue})


def _credit_of(text: str) -> tuple[Speaker, str] | None:
    """Who a paragraph credits the bare quote paragraphs before it to, and the cue: the person named after
    说这话的是 that opens it (说这话的是56岁的村民刘大爷), else the subject of a back-reference or of a short
    paragraph of a subject and a cue; None otherwise."""
    plain = to_simplified(text)
    said_by = QZ.ZH_CLEFT_RE.match(plain)  # (说这话的是56岁的村民刘大爷 opening the paragraph)
    if said_by is not None:
        rest = plain[said_by.end() :]
        end = first_of(rest, _PHRASE_ENDS, 0, len(rest))
        end = end if end >= 0 else len(rest)
        who = noun_phrase(text[said_by.end() : said_by.end() + end], said_by.end()) if end else None
        if who is None or who.kind not in ("person", "desc") or not who.mention:
            return None
        cue = text[said_by.start() : said_by.start() + 1]
        return (Speaker(name=who.mention, role=who.role) if who.kind == "person" else Speaker(role=who.role)), cue
    found = _crediting_cue(plain)
    who = zh_subject_before(text, 0, found[0]) if found is not None else None
    if found is None or who is None or who.kind not in ("person", "org") or not who.mention:
        return None
    return Speaker(name=who.mention, role=who.role), text[found[0] : found[1]]


# Marks that end the phrase naming the speaker after 说这话的是.
_PHRASE_ENDS = ZH_CLAUSE_MARKS + ",;"


def _crediting_cue(plain: str) -> tuple[int, int] | None:
    """Where the cue of a paragraph crediting the quotes before it stands: a back-reference (写下了这样一段话), or a
    short paragraph that is only a subject and a cue (村支书王明回忆说。), with frames of time or place before them
    or not (在开幕式上，村支书王明回忆说。); None otherwise."""
    m = QZ.ZH_BACKREF_RE.search(plain)
    if m is not None:
        return m.start(1), m.end(1)
    body = plain.rstrip()
    if not body.endswith("。") or len(body) > _CREDIT_LINE and not _framed_credit(body):
        return None
    at = max(0, len(body) - 1 - QZ.ZH_LONGEST_CUE)
    cue = next((c for c in QZ.ZH_CUE_RE.finditer(body, at) if c.end() == len(body) - 1), None)
    return (cue.start(), cue.end()) if cue is not None and cue.start() > 1 else None


def _framed_credit(body: str) -> bool:
    """Is a longer paragraph one sentence whose last clause, after a comma, is a subject and a cue of a credit
    line's length, the clauses before it setting the scene (11月15日，在丰收节开幕式上，种粮大户彭振华高兴地说。)?"""
    if len(body) > _FRAMED_CREDIT or any(c in body[:-1] for c in ZH_SENTENCE_ENDS):
        return False
    comma = max(body.rfind(c) for c in ZH_COMMAS)
    return comma > 0 and len(body) - comma - 1 <= _CREDIT_LINE


# How long a paragraph of a subject and a cue alone may be.
_CREDIT_LINE = 30
# How long a one-sentence paragraph whose last clause is a subject and a cue may be (the frames before it).
_FRAMED_CREDIT = 60


# How many bare quote paragraphs before it a back-reference (这样一段话) may credit.
_BACKREF_BLOCKS = 4


# How many blocks after an unnamed description its speaker may be named ("an expert has claimed" …
# two paragraphs on: "Royal commentator Lee Cohen was discussing …").
FORWARD_BLOCKS = 2


def name_forward(quotes: list[Quote], book: SpeakerBook, bases: list[int], texts: Sequence[str]) -> None:
    """A speaker introduced by a description or a pronoun and named only afterwards ("…, an expert
    has claimed." … "Royal commentator Lee Cohen was …"; a summary's "she said" before "Donna Kelce
    has praised …") is the first person named as a subject after it who was never named before, in
    the next paragraphs. Anonymous kinds ("a spokesperson", "a source") stay unnamed."""
    last_block = len(bases) - 1
    described: dict[int, int | None] = {}  # block -> where its first definite description of a person ends
    for i, q in enumerate(quotes):  # (a description is named afterwards within a few paragraphs)
        gender = _forward_gender(q)
        if gender is None or gender and _described_before(texts, q, described):
            continue
        pos = bases[q.block] + q.end
        stop = q.block + FORWARD_BLOCKS + 1  # up to the end of the last paragraph looked at
        hi = bases[stop] if stop <= last_block else bases[last_block] + (1 << 40)
        name = _same_kind_after(quotes, i, stop) if gender == "" else None
        name = name or book.named_first_after(pos, hi, gender or None)
        if name is not None:
            quotes[i] = q.model_copy(
                update={
                    "speaker": Speaker(name=name, role=book.roles.get(name) or (q.speaker.role if q.speaker else None))
                }
            )


def _described_before(texts: Sequence[str], q: Quote, described: dict[int, int | None]) -> bool:
    """Whether a sentence before a pronoun in its paragraph, or in the paragraph before, has a definite
    description of a person as its subject ("The prime minister has arrived. “…,” she told reporters."): the
    pronoun's antecedent. Each paragraph is read once (``described`` keeps where its first one ends), so a
    paragraph of many pronoun quotes stays linear."""
    if q.block and _first_description_end(texts, q.block - 1, described) is not None:
        return True
    end = _first_description_end(texts, q.block, described)
    return end is not None and end < q.start


def _first_description_end(texts: Sequence[str], block: int, described: dict[int, int | None]) -> int | None:
    if block not in described:
        described[block] = next(
            (
                m.end()
                for m in P.EN_DEFINITE_SUBJECT_RE.finditer(texts[block])
                if any(w in P.EN_DEFINITE_PERSON_HEADS for w in m.group(1).split())
            ),
            None,
        )
    return described[block]


def _same_kind_after(quotes: list[Quote], i: int, stop: int) -> str | None:
    """ "a recent poll has shown" … "A poll of 1,500 voters conducted by Redfield and Wilton found":
    the next quote whose mention has the same head noun, when it has a named speaker."""
    head = (quotes[i].mention or "").lower().split()[-1]
    for q in quotes[i + 1 : i + 12]:
        if q.block >= stop:
            break
        if q.mention and head in q.mention.lower().split()[:4] and q.speaker is not None and q.speaker.name:
            return q.speaker.name
    return None


def _forward_gender(q: Quote) -> str | None:
    """ "" for an unnamed indefinite description that may be named later, "m"/"f" for a pronoun left
    without antecedent, None when the quote's speaker is settled."""
    if q.speaker is not None and q.speaker.name is not None or not q.mention:
        return None
    low = q.mention.lower()
    if low in ("he", "she"):
        return "m" if low == "he" else "f"
    words = low.split()
    if len(words) < 2 or words[0] not in ("a", "an") or len(words) > 6:
        return None
    head = next((w for w in words[1:] if w in P.EN_ANONYMOUS_NOUNS), None)
    return None if head is not None or not words[-1].isalpha() else ""


def backfill_runs(quotes: list[Quote], texts: Sequence[str], colon_leads: bool = True) -> None:
    """A quote running over several paragraphs and attributed only at its end (“A … / “B,” she said)
    gives that speaker to its earlier, still open, paragraphs; with ``colon_leads`` (English: its reader
    of names), quote paragraphs introduced by a paragraph ending in a colon ("Senator Cruz called them on
    it:") are that subject's."""
    ends = [len(text.rstrip()) for text in texts]
    if colon_leads:
        _colon_leads(quotes, texts, ends)
    for i in range(len(quotes) - 2, -1, -1):
        q, nxt = quotes[i], quotes[i + 1]
        runs_on = q.end >= ends[q.block] and nxt.block == q.block + 1 and nxt.start <= 2
        if q.speaker is None and q.kind is QuoteKind.DIRECT and nxt.kind is QuoteKind.DIRECT and runs_on:
            quotes[i] = q.model_copy(update={"speaker": nxt.speaker, "cue": nxt.cue})


def _colon_leads(quotes: list[Quote], texts: Sequence[str], ends: list[int]) -> None:
    """A bare quote paragraph (nothing but the quote, no speaker) after a Latin-script paragraph that
    ends in a colon takes the subject of that paragraph's last clause, named in full as another
    quote of the article names it; so do the bare quote paragraphs right after it."""
    lead: Speaker | None = None
    lead_block = -2
    for i, q in enumerate(quotes):
        bare = q.speaker is None and q.kind is QuoteKind.DIRECT and q.start <= 2 and q.end >= ends[q.block] - 2
        if not bare:
            continue
        if q.block == lead_block + 1 and lead is not None:
            quotes[i] = q.model_copy(update={"speaker": lead})
            lead_block = q.block
            continue
        before = texts[q.block - 1].rstrip() if q.block else ""
        if not before.endswith(":") or HAN_RE.search(before, 0, 200) is not None:
            continue  # (a Latin-script paragraph: dashes and curly marks in it count, Han characters don't)
        who = colon_subject(before, 0, len(before) - 1)
        if who is not None and who.kind == "pronoun" and who.mention.lower() in ("he", "she"):
            lead = _last_named_before(quotes, i, q.block - _COLON_PRONOUN_BLOCKS)  # "Bolton also …. He said:"
        elif who is not None and who.kind in ("person", "org") and who.mention:
            lead = _full_speaker(quotes, who.mention)
        else:
            continue
        if lead is None:
            continue
        lead_block = q.block
        quotes[i] = q.model_copy(update={"speaker": lead, "mention": who.mention})


# How many blocks back a "He said:" lead looks for the person last quoted by name.
_COLON_PRONOUN_BLOCKS = 3


def _last_named_before(quotes: list[Quote], i: int, lowest_block: int) -> Speaker | None:
    """The named speaker of the latest quote before ``quotes[i]``, from ``lowest_block`` on."""
    for q in reversed(quotes[max(0, i - 20) : i]):
        if q.block < lowest_block:
            break
        if q.speaker is not None and q.speaker.name:
            return q.speaker
    return None


def _full_speaker(quotes: list[Quote], mention: str) -> Speaker:
    """The speaker of another quote whose name ends with ``mention`` ("Cruz" -> "Ted Cruz"), else
    the mention itself."""
    last = " " + mention.rsplit(" ", 1)[-1]
    for q in quotes:
        speaker = q.speaker
        if speaker is not None and speaker.name and (speaker.name == mention or speaker.name.endswith(last)):
            return speaker
    return Speaker(name=mention)
