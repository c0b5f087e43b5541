"""A speaker written as a description, then the person's full name in apposition after a comma: "said the
Pentagon spokesman, John Kirby", "according to the president of the union, Tom Hale, …"."""

from __future__ import annotations

from ...lexicon import quote_patterns as P
from ...lexicon.en import (
    AUXILIARIES,
    CLAUSE_BREAKS,
    OFFICE_ACRONYMS,
    PERSON_NOUNS,
    PLACED_OFFICE_INITIALS,
    TITLE_COMPLEMENT_JOINERS,
    agent_noun,
)
from ...lexicon.speaker_phrases_en import ARTICLES, EVERYDAY_PERSON_NOUNS, POSSESSIVE_DETERMINERS
from .name_split_en import courtesy_title, gender_of_titles, split_name
from .name_words_en import is_place, name_run_end
from .tokens import PUNCT, Tok, Who

_DESCRIPTION_WORDS = 8


def described_then_name(text: str, toks: list[Tok]) -> Who | None:
    """The person named after a description that opens ``toks``: an article, at most eight words holding a
    lower-case role noun ("spokesman", "president of the union"), a comma, then a full name closed by
    punctuation or the sentence end. The person speaks; the description is the role."""
    if not toks or toks[0].low not in _OPENERS:
        return None
    comma = next((k for k, t in enumerate(toks[: _DESCRIPTION_WORDS + 1]) if _phrase_end(t)), None)
    if comma is None or comma < 2 or toks[comma].text != ",":
        return None
    described = toks[1:comma]
    if any(t.low in CLAUSE_BREAKS or t.low in AUXILIARIES or t.low in P.EN_CUES for t in described):
        return None
    office = _office_by_shape(described, toks[comma + 1 :])
    if not office and not any(
        _role_noun(t, k) or _title_of(described, k) or _capitalised_head_title(described, k)
        for k, t in enumerate(described)
    ) and not _office_initials_closing(described):
        return None  # "said the carmaker, Nova Motors": no office of a person, so no person named after it
    start = comma + 1
    while start < len(toks) - 2 and _title_word(toks[start].text):
        start += 1  # "…, Dr Kwaku Agyeman": the courtesy title before the name
    end = _name_end(toks, start)
    if end is None:
        return None
    words = [t.text for t in toks[comma + 1 : end]]
    words[-1] = words[-1].rstrip(".")
    role, name, kind = split_name(words)
    if kind != "person" or len(name) < 2 or not all(_title_word(w) for w in role):
        return None  # (a title before the name is the holder's: "the Chairman of …, Senator Ada Obi")
    role_text = text[toks[0].start : toks[comma - 1].end]
    gender = gender_of_titles([t.low for t in described])
    return Who(" ".join(name), "person", role=role_text, start=toks[0].start, gender=gender)


# What opens such a description: an article, or an owner ("said his daughter, Ann Hale", "her lawyer, Tom Reed").
_OPENERS = ARTICLES | POSSESSIVE_DETERMINERS


def _phrase_end(tok: Tok) -> bool:
    return tok.text in PUNCT or tok.text.endswith(".")


def _role_noun(tok: Tok, k: int) -> bool:
    """A lower-case title, source noun, person noun, tie noun or agent noun: "spokesman", "mayor", "referee",
    "daughter", "neighbour", "teacher" ("the head teacher, Grace Obi"); capitalised as an office, the description's
    first word (``k`` 0: "the Headmaster of the school, Mr Sam Owusu", "the Bursar, Mrs Ruth Kamau")."""
    low = tok.low
    person = low in P.EN_TITLES or low in P.EN_PERSON_OR_TIE_NOUNS or low in EVERYDAY_PERSON_NOUNS
    return (not tok.cap or k == 0) and tok.text.isalpha() and (person or agent_noun(low))


def _capitalised_head_title(described: list[Tok], k: int) -> bool:
    """Is ``described[k]`` a capitalised title closing a description of two words or more, its head ("said the Prime
    Minister, Tom Hale", "the Foreign Minister, Ann Cole": "Minister" after a word that qualifies it)?"""
    head = described[k].low in P.EN_TITLES or described[k].text in OFFICE_ACRONYMS  # "the police PRO, DSP Ann Lee"
    return k > 0 and k == len(described) - 1 and described[k].cap and head


def _office_initials_closing(described: list[Tok]) -> bool:
    """Is the description an office in capital initials alone or with the place it serves ("said the DCP, Ankit
    Singh", "said the DC Lahore, Ali Khan"): the office of the one named after (the name was lost, or "DC Lahore"
    with the role "Ali Khan")?"""
    if not described or len(described) > 2 or described[0].text not in PLACED_OFFICE_INITIALS:
        return False
    return len(described) == 1 or described[1].cap and is_place(described[1].text)


def _office_by_shape(described: list[Tok], after: list[Tok]) -> bool:
    """Is a capitalised noun alone after the article, set off before a courtesy title and a name, an office in no
    table ("said the Bursar, Mrs Ruth Kamau", "the Matron, Ms Ann Lee")? The courtesy title makes a person of what
    the comma sets off, and the noun capitalised alone is that person's office."""
    if len(described) != 1 or len(after) < 3 or not courtesy_title(after[0].text):
        return False
    word = described[0].text
    return word.isalpha() and word[:1].isupper() and word[1:].islower()


def _title_of(toks: list[Tok], k: int) -> bool:
    """A capitalised title, an office in initials or a noun of a person, before "of", "for" or "to": "the Minister of
    Health", "the Member for Ejisu", "the MCE for Ejisu"."""
    office = toks[k].low in _OFFICE_NOUNS or toks[k].text in OFFICE_ACRONYMS  # ("the MCE for Ejisu")
    return k + 1 < len(toks) and toks[k + 1].low in TITLE_COMPLEMENT_JOINERS and office


_OFFICE_NOUNS = P.EN_TITLES | PERSON_NOUNS


def _title_word(word: str) -> bool:
    """Is ``word`` a title ("Senator", "Hon.") or a courtesy title ("Dr", "Mr.") or an office in capitals ("DSP",
    "ASP") written before a name?"""
    low = word.lower()
    titled = low in P.EN_TITLES or low.rstrip(".") in P.EN_TITLES or word in OFFICE_ACRONYMS
    return titled or courtesy_title(word)


def _name_end(toks: list[Tok], start: int) -> int | None:
    """Where a full name (two capitalised words or more) starting at ``start`` ends, when punctuation or
    the sentence end closes it ("…, John Kirby." / "…, John Kirby, the …"); else None."""
    end = name_run_end(toks, start)
    if end - start < 2:
        return None
    closed = end == len(toks) or toks[end].text in PUNCT or toks[end - 1].text.endswith(".")
    return end if closed else None
