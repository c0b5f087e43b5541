"""English reports credited with "according to": "According to X, …", "…, according to X.", and the phrase
set inside a clause that goes on after it ("A year before, according to her sister, she …")."""

from __future__ import annotations

import re

from ...lexicon import quote_patterns as P
from ...lexicon.en import RELATIVE_PRONOUNS, RELATIVE_WORDS, SOURCE_DESCRIPTION_OPENERS, SUBORDINATORS
from ...lexicon.reporting_en import SOURCE_ASIDE_LINKS
from ...lexicon.speaker_phrases_en import ARTICLES
from ...models import QuoteKind
from ..speakers.appositive_en import subject_after_according
from ..speakers.phrases import Who
from ..speakers.subject_after import en_subject_after
from .apposition_en import apposed_name_end, past_appositive, role_before_name
from .clause_en import NOT_CONTINUATION, after_name
from .lead_en import clause_before, short_clause_verb
from .text import WORD_RE, Found, blank, char_before, trim_clause
from .words_en import SUBJECT_WORDS, finite_after, opens_clause, verb_after_subject

__all__ = ["according"]

# What may open a sentence before "according to X, …" and leave it the opening phrase: a parenthesis,
# a conjunction or a discourse word ("But according to reports, …", "(According to the police, …").
_SENTENCE_LEAD_RE = re.compile(r"\(? *(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o|[Ss]till|[Nn]ow|[Hh]owever|[Aa]lso),? )?")


def according(text: str, s: int, e: int, c: int, c_end: int) -> Found | None:
    """The clause "according to X" reports in the sentence ``s``–``e`` (the cue at ``c``–``c_end``), with X as
    its speaker: after the phrase when it opens the sentence, else the clause around or before it."""
    who = en_subject_after(text, c_end, e)
    if who is None:
        return None
    if blank(text, s, c) or _SENTENCE_LEAD_RE.fullmatch(text, s, c) is not None:
        return _according_opening(text, s, e, c_end, who)
    if apposed_name_end(text, text.find(",", c_end, e), e, who) is not None:
        # "…, according to the union's leader, Tom Hale.": the name closes the phrase, no clause goes on
        found = clause_before(text, s, c, who, "according to")
        return found if found is None or _reported_before_according(text, found) else None
    inside = _according_inside(text, s, e, c, c_end, who)
    if inside is not None:
        return inside
    found = clause_before(text, s, c, who, "according to")
    return found if found is None or _reported_before_according(text, found) else None


def _according_opening(text: str, s: int, e: int, c_end: int, who: Who) -> Found | None:
    """The clause after "According to X," opening the sentence ``s``–``e`` (the cue ends at ``c_end``): it starts
    after X, X's name or role set off by commas and an aside on the source ("According to Ann Lee, a nurse, …")."""
    comma = text.find(",", c_end, min(e, c_end + 200))
    if comma < 0 and who.kind in ("person", "org"):
        comma = after_name(text, c_end, e) - 1  # "According to Tessa the best time …"
    if comma < c_end:
        return None
    apposed = apposed_name_end(text, comma, e, who)
    if apposed is not None:
        comma = apposed
    elif who.role is not None and who.kind != "desc" and not _holder_after(text, comma, who):
        comma = _past_role(text, comma, e, who)
    comma = _past_holder_name(text, comma, e, who)
    comma = _past_source_aside(text, comma, e)
    start, end = trim_clause(text, comma + 1, e)
    if text[s : s + 1] == "(" and text[end - 1 : end] == ")":
        start, end = trim_clause(text, start, end - 1)  # "(According to X, …)": the parenthesis is no report's
    return Found(QuoteKind.INDIRECT, start, end, who, "according to") if end > start else None


def _past_role(text: str, comma: int, e: int, who: Who) -> int:
    """The comma after the role set off after "According to X," (:func:`past_appositive`), unless the words after
    that role (and an aside on it) open with a finite verb: then the "role" was the report's subject ("According to
    Ann Lee, the plan, which Omar Vale said was costly, will fail"), and the report starts after X."""
    after = past_appositive(text, comma, e, who)
    if after == comma or not subject_after_according(text, who.start, comma):
        return after
    who.role = role_before_name(text, who)  # ("According to Mayor Ann Lee, the plan, …": the title stays)
    return comma


def _holder_after(text: str, comma: int, who: Who) -> bool:
    """Was ``who`` read as the holder named after the office that ends at ``comma`` ("According to the chairman of
    the board, Hon. Ade Bello, …")? Then the office is the role (a description is its own role: "the mayor"), no
    role to read past after the name; the comma closing the name is :func:`_past_holder_name`'s."""
    return who.kind == "person" and text.find(who.mention, comma, comma + _HOLDER_REACH) > comma


def _past_holder_name(text: str, comma: int, e: int, who: Who) -> int:
    """The comma that closes the name of an office's holder set after "According to <office>," ("According to the
    chairman of the council, Hon. Ade Bello, the road …", "…, SP Chidi Okoro, the suspects …"): capitalised words
    only, titles with their full stops among them, then a comma and a clause (a subject, then its finite verb); the
    report starts after it; a person read there is that name ("Dr. Amina Yusuf"). ``comma`` when no such name stands
    there."""
    close = text.find(",", comma + 1, min(e, comma + _HOLDER_REACH))
    if who.kind not in _HOLDER_KINDS or who.kind == "person" and not text[comma:close].endswith(who.mention):
        return comma
    words = WORD_RE.findall(text, comma + 1, close) if close > 0 else []
    if not 2 <= len(words) <= _HOLDER_WORDS or not all(w[:1].isupper() for w in words):
        return comma
    if any(ch not in " ." and not ch.isalnum() and ch not in "-'’" for ch in text[comma + 1 : close]):
        return comma  # (a name of words and initials only: no parenthesis, no quote mark)
    after = list(WORD_RE.finditer(text, close + 1, min(e, close + 80)))[: SUBJECT_WORDS + 1]
    if not after or not opens_clause(after[0].group()) or not verb_after_subject(text, close + 1, after, finite_after):
        return comma
    return close


_HOLDER_REACH = 60
_HOLDER_KINDS = frozenset("desc person org".split())  # (an office read as a body: "the Director of Public Works")
_HOLDER_WORDS = 6


def _past_source_aside(text: str, comma: int, e: int) -> int:
    """The comma that closes an aside on the source after "According to X," ("According to the auditor, who
    visited the site, …", "According to the report, released Tuesday, …"): a relative clause, or a past participle
    before a time or an agent; the report starts after it. ``comma`` when no such aside stands there."""
    words = WORD_RE.findall(text, comma + 1, min(e, comma + 40))
    if len(words) < 2:
        return comma
    first, second = words[0], words[1]
    relative = first in RELATIVE_PRONOUNS
    participle = first.islower() and first.endswith("ed") and second in SOURCE_ASIDE_LINKS
    if not (relative or participle):
        return comma
    close = text.find(",", comma + 1, min(e, comma + 1 + _ASIDE_REACH))
    return close if close > 0 else comma


_ASIDE_REACH = 120


def _reported_before_according(text: str, found: Found) -> bool:
    """Is what stands before a closing "…, according to X." a clause X reports? Five words or more
    are; a shorter one only with a verb of its own ("Prices will rise", "The plant closed", "Residents
    plan to appeal"), not a noun phrase alone ("More than 200 arrests, according to police.")."""
    words = WORD_RE.findall(text, found.start, found.end)
    return len(words) >= 5 or short_clause_verb(words)


_INSIDE_REACH = 120


def _source_apposition(text: str, at: int, e: int) -> bool:
    """Is what follows "…, according to X," a description of X closing the sentence ("…, according to the union,
    one of the groups representing the staff.", "…, according to Crowdpac, a fundraising site."): a determiner
    opens it and no finite verb stands in it before a relative word? Then the clause before the phrase is the
    report, not the sentence with X and its description in it."""
    words = []
    for w in WORD_RE.findall(text, at, e):
        if w.lower() in RELATIVE_WORDS:
            break
        words.append(w)
    return bool(words) and words[0].lower() in SOURCE_DESCRIPTION_OPENERS and not short_clause_verb(words)


_ROLE_OPENERS = ARTICLES | P.EN_TITLES  # ("an economist", "chief economist at …"; not "left the room early")


def _role_closes_sentence(text: str, comma: int, e: int, who: Who) -> bool:
    """Is what follows "…, according to X," the role read for X, and nothing after it but the full stop? Then
    it describes X ("…, according to Sam Lee, chief economist at Redfin."), it opens no clause going on."""
    if who.kind != "person" or not who.role:
        return False
    rest = text[comma + 1 : e].strip()
    if not rest.startswith(who.role) or rest[len(who.role) :].strip(" ."):
        return False
    words = WORD_RE.findall(who.role)  # a role opens with an article, a title or a name, and holds no verb:
    opens_role = bool(words) and (words[0].lower() in _ROLE_OPENERS or words[0][:1].isupper())
    return opens_role and not short_clause_verb(words)  # not "…, Lena Holt, the firm closed its plant."


def _according_inside(text: str, s: int, e: int, c: int, c_end: int, who: Who) -> Found | None:
    """ "A year before, according to her sister, she organized a protest": the phrase set off by commas
    inside a clause that goes on after it; the report is that whole clause (from the sentence start
    or a semicolon), not the words before the phrase. A description of X after the phrase closing the sentence
    ("…, according to the union, one of the groups …") leaves the clause before it as the report; a clause of the
    writer's before a subordinator ("He left because, according to Lee, …") is left out."""
    if char_before(text, s, c) != ",":
        return None
    comma = text.find(",", c_end, min(e, c_end + _INSIDE_REACH))
    if comma < 0:
        return None
    if _role_closes_sentence(text, comma, e, who):
        return None  # "…, according to Sam Lee, chief economist at Redfin.": the role ends the sentence
    if who.role is not None and who.kind != "desc":
        comma = past_appositive(text, comma, e, who)
    m = WORD_RE.search(text, comma + 1, e)
    if m is None or text[comma + 1 : m.start()].strip():
        return None
    w = m.group()
    if w.endswith("ing") or w in NOT_CONTINUATION:
        return None  # "…, according to X, who …", "…, according to X, adding …": no clause goes on
    if len(text[comma + 1 : e].split()) < 3 or _source_apposition(text, m.start(), e):
        return None
    lo = max(s, text.rfind(";", s, c) + 1)
    lead = WORD_RE.findall(text, lo, c)
    if lead and lead[-1].lower() in SUBORDINATORS and short_clause_verb(lead[:-1]):
        lo = m.start()  # "He left because, according to Lee, the media would …": the clause after the phrase
    start, end = trim_clause(text, lo, e)
    return Found(QuoteKind.INDIRECT, start, end, who, "according to") if end > start else None
