"""The role an English article sets off by a comma after a speaker's name ("said Li Bin, general manager of …",
"said Jane Smith, 45, a teacher from Leeds", "said Jane Doe, M.D., chief medical officer"): to the next comma or the
sentence's end, a signature's capitalised segments read as one role, a company's form kept whole; no role where a
clause, a participle phrase or an adverb set off alone follows the name.
"""

from __future__ import annotations

from ...lexicon import quote_patterns as P
from ...lexicon.dates import MONTHS
from ...lexicon.en import (
    AUXILIARIES,
    CLAUSE_BREAKS,
    COMPANY_ABBREVIATIONS,
    POST_NOMINALS,
    SENTENCE_ADVERBS,
    WEEKDAYS,
)
from .name_words_en import abbreviation_inside_role
from .role_text_en import before_relative
from .roles_en import rank_at, role_head
from .tokens import MAX_ROLE_WORDS, PUNCT, Tok, Who


def with_role_after(text: str, toks: list[Tok], end: int, who: Who) -> Who:
    """``who`` with the role set off by a comma after its name ("Li Bin, general manager")."""
    if who.kind == "person" and end < len(toks) and toks[end].text == ",":
        role = role_after(text, toks, end + 1)
        if role:
            role = _past_signature_segments(text, toks, end + 1, role)
            who.role = role if who.role is None else f"{who.role}, {role}"
    return who


def _past_signature_segments(text: str, toks: list[Tok], i: int, role: str) -> str:
    """``role`` (read at ``toks[i]``) with the capitalised segments set off by commas after it up to the sentence's
    end, when it is capitalised too: a signature ("said Ann Cole, Regional Director, Midwest Operations, GreenCo.")
    names one role in its parts. A day or a month is no part ("…, Chief Executive, Monday")."""
    k = i + len(role.split())
    if k >= len(toks) or toks[k].text != "," or not all(w[:1].isupper() or w in P.ORG_CONNECTORS for w in role.split()):
        return role
    end = k
    while end < len(toks) and toks[end].text == ",":
        seg = end + 1
        while seg < len(toks) and toks[seg].text not in PUNCT and _signature_word(toks[seg]):
            seg += 1
        if seg == end + 1 or seg < len(toks) and toks[seg].text not in (",", "."):
            break
        end = seg
    if end == k:
        return role
    last = toks[end - 1].low
    kept = last in COMPANY_ABBREVIATIONS or last.rstrip(".") in COMPANY_ABBREVIATIONS  # "Inc." keeps its stop
    signed = text[toks[i].start : toks[end - 1].end]
    return signed if kept else signed.rstrip(".")


def _signature_word(tok: Tok) -> bool:
    low = tok.low.rstrip(".")
    return tok.cap and low not in WEEKDAYS and low not in MONTHS or low in P.ORG_CONNECTORS


def role_after(text: str, toks: list[Tok], i: int) -> str | None:
    """The appositive after a name, to the next comma or the sentence end, past an age set off before it
    ("said Jane Smith, 45, a teacher from Leeds": the role is "a teacher from Leeds")."""
    if i + 2 < len(toks) and toks[i].text.isdigit() and len(toks[i].text) <= 3 and toks[i + 1].text == ",":
        i += 2
    if _no_role_at(toks, i):
        return None
    if toks[i].low.replace(".", "") in POST_NOMINALS:
        return _post_nominal_role(text, toks, i)
    j = i
    while j < len(toks) and j - i < MAX_ROLE_WORDS and toks[j].text not in PUNCT:
        if toks[j].low in COMPANY_ABBREVIATIONS:
            return text[toks[i].start : toks[_company_form_end(toks, j)].end]  # "… Trading Co., Ltd."
        stop = _sentence_end_at(toks, j)
        if stop is not None:
            return before_relative(text[toks[i].start : stop])
        j += 1
    if j == i:
        return None
    return before_relative(text[toks[i].start : toks[j - 1].end])  # "a baker who sold bread": "a baker"


def _no_role_at(toks: list[Tok], i: int) -> bool:
    """Does what is set off after a name at ``toks[i]`` name no role?"""
    if i >= len(toks) or toks[i].low in AUXILIARIES or toks[i].low in P.EN_CUES or toks[i].low.endswith("ed"):
        return True  # "according to Govender, were created …" is no role
    if toks[i].low in CLAUSE_BREAKS:
        return True  # "said Linda Park, who backed the plan": a relative clause describes, it names no role
    if toks[i].low in SENTENCE_ADVERBS and (i + 1 == len(toks) or toks[i + 1].text in PUNCT):
        return True  # "Jane Smith, however, decided …": an adverb set off alone, no role
    # "said Olsen, shaking his head": what the speaker did, no role ("managing director" is one)
    return _participle_phrase(toks, i)


def _sentence_end_at(toks: list[Tok], j: int) -> int | None:
    """Where the sentence ends when ``toks[j]`` closes it with a full stop (None when it does not): a word of
    three letters or more that is no title, or the number of a ranking after "No." ("the world No. 2.")."""
    tok = toks[j]
    if not tok.text.endswith(".") or tok.low in P.EN_TITLES or len(tok.text) <= 2 or abbreviation_inside_role(toks, j):
        return None  # (not "said Ann Cole, U.S. Director, …": the abbreviation's stops are inside the role)
    if not rank_at(toks, j):
        return tok.end - 1
    number = toks[j + 1]
    return number.end - 1 if number.text.endswith(".") else None


def _post_nominal_role(text: str, toks: list[Tok], i: int) -> str:
    """ "said Jane Doe, M.D., chief medical officer at HealthCo": the degree with its stops, then the role set off
    after it."""
    degree = toks[i].text
    after = role_after(text, toks, i + 2) if i + 2 < len(toks) and toks[i + 1].text == "," else None
    return f"{degree}, {after}" if after else degree


def _company_form_end(toks: list[Tok], j: int) -> int:
    """The last token of the company form at ``toks[j]``: "Co., Ltd." runs on past its comma."""
    if j + 2 < len(toks) and toks[j + 1].text == "," and toks[j + 2].low in COMPANY_ABBREVIATIONS:
        return j + 2
    return j


def _participle_phrase(toks: list[Tok], i: int) -> bool:
    """Does a participle phrase open at ``toks[i]`` ("shaking his head", "visibly moved"), rather than a
    role a participle qualifies ("managing director", "acting mayor")?"""
    first = toks[i].low
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.text.endswith("."):  # the sentence's last word: "acting mayor."
        nxt = Tok(nxt.text[:-1], nxt.start, nxt.end - 1)
    if first.endswith("ly") and nxt is not None and nxt.low.endswith(("ed", "ing")):
        return True  # "visibly moved"
    if not first.endswith("ing") or toks[i].cap or len(first) < 5:
        return False
    return nxt is None or nxt.text in PUNCT or not role_head(nxt)
