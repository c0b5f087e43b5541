"""English parenthetical cues: where the report around "…, he said, …" starts and whether a clause goes on
after the cue's comma ("In a merger, he said, the brand would survive."; "As Comey noted, people involved …")."""

from __future__ import annotations

from ...lexicon.en import ADVERBIAL_CHUNK_OPENERS, CLAUSE_OPENERS, FINITE_AUXILIARIES, TIME_NOUNS
from .clause_en import NOT_CLAUSE_START, NOT_CONTINUATION
from .text import WORD_RE, char_after

_CHUNK_WORDS = 6


def _chunk_start(text: str, s: int, subject: int, finite_next: bool = False) -> int | None:
    """Where the short phrase set off before a parenthetical subject starts ("In a merger, he said,"),
    or None when a whole clause stands there (then "…, he said, …" closes that clause). A finite verb
    right after the cue's comma makes the phrase, however long, the subject of that verb ("The thing
    the party most needs, aides said, is …")."""
    comma = text.rfind(",", s, subject)
    lo = max(s, text.rfind(",", s, comma) + 1)
    return lo if finite_next or len(text[lo:comma].split()) <= _CHUNK_WORDS else None


def set_off_start(text: str, s: int, subject: int, c_end: int, e: int) -> int | None:
    """Where the report around a parenthetical cue starts: the short phrase before it ("In a merger, he said,"
    see _chunk_start), unless that phrase is an adverbial of the writer's ("In the end, Lee said, voters …"):
    then right after the cue's comma."""
    lo = _chunk_start(text, s, subject, _finite_next(text, c_end, e))
    return c_end + 1 if lo is not None and _adverbial_chunk(text, lo, subject, c_end, e) else lo


def _adverbial_chunk(text: str, lo: int, subject: int, c_end: int, e: int) -> bool:
    """Is the phrase before a parenthetical cue an adverbial of the writer's ("In the end, he said, voters …",
    "Still, Lee said, the city …", "Six months ago, she said, the media …"): a preposition, a discourse word or a
    time ago opens it, no auxiliary stands in it, and a subject opens the clause after the cue's comma?"""
    chunk = WORD_RE.findall(text, lo, text.rfind(",", lo, subject))
    nxt = WORD_RE.search(text, c_end, e)
    if not chunk or nxt is None or not (nxt.group().lower() in CLAUSE_OPENERS or nxt.group()[:1].isupper()):
        return False
    if any(w in FINITE_AUXILIARIES for w in chunk):
        return False
    return chunk[0].lower() in ADVERBIAL_CHUNK_OPENERS or chunk[-1] == "ago"


def _finite_next(text: str, c_end: int, e: int) -> bool:
    """Is the word after a parenthetical cue's comma a finite auxiliary or copula ("…, aides said, is …")?"""
    m = WORD_RE.search(text, c_end, e)
    return m is not None and m.group() in FINITE_AUXILIARIES


def continues(text: str, at: int, e: int, preposed: bool) -> bool:
    """Does a clause follow a parenthetical cue ("In a merger, he said, the brand …"), rather than a
    participle, a phrase or a relative clause ("…, he said, adding …", "…, she said, with …")? After a
    preposed "As X noted," any word but a participle or a preposition may open it."""
    if char_after(text, at) != ",":
        return False
    m = WORD_RE.search(text, at, e)
    if m is None or text[at : m.start()].strip(" ,"):
        return False
    w = m.group()
    if not preposed:
        return w in CLAUSE_OPENERS
    low = w.lower()  # (a name may open it too: "As The Hill reported, Lee was …")
    if low in _DEMONSTRATIVES:  # "…, economists say, this effect could …", not "…, he said, this week."
        nxt = WORD_RE.match(text, m.end() + 1, e)
        return nxt is not None and text[m.end()] == " " and nxt.group().lower() not in TIME_NOUNS
    return not low.endswith("ing") and low not in NOT_CLAUSE_START and low not in NOT_CONTINUATION


_DEMONSTRATIVES = frozenset("this these".split())
