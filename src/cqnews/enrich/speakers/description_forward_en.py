"""A lower-case description read forward as a speaker ("according to officials at the ministry", "said a man
arrested by police"): where it ends, and a body it names ("the think tank Ember"). Split from
:mod:`.subject_after`."""

from __future__ import annotations

from ...lexicon import quote_patterns as P
from ...lexicon.en import (
    CLAUSE_BREAKS,
    CUE_WORD_COMPOUNDS,
    PLACE_ADVERBS,
    POSTNOMINAL_ADJECTIVE_PREPOSITIONS,
    PREPOSITIONS,
)
from ...lexicon.speaker_phrases_en import (
    DESCRIPTION_PREPOSITIONS,
    IRREGULAR_PARTICIPLES,
    PARTICIPLE_PHRASE_PREPOSITIONS,
)
from .description_kind_en import classify_description
from .roles_en import rank_at
from .tokens import PUNCT, Tok, Who, stop_cut

__all__ = ["description_forward"]


def description_forward(text: str, toks: list[Tok]) -> Who | None:
    """A lower-case description at the start of ``toks`` ("officials at the ministry"), up to a
    clause break, a cue or a sentence end (at most eight words, and a name it has begun read to its end: "a
    slideshow obtained by the Harbor Daily Tribune")."""
    end = 0
    while end < len(toks) and (end < _WORDS or end < _WORDS + _NAME_WORDS and _name_goes_on(toks, end)):
        tok = toks[end]
        if _participle_with_phrase(toks, end):
            end += 2  # "a man arrested by police": the participle and its preposition, the phrase read on
            continue
        if tok.text in PUNCT or tok.low in CLAUSE_BREAKS or _cue_at(toks, end) or tok.low in P.EN_SKIPPABLE:
            break
        taken = end > 0 and (toks[end - 1].low, tok.low) in POSTNOMINAL_ADJECTIVE_PREPOSITIONS  # "familiar with"
        ends = tok.low in PREPOSITIONS and tok.low not in DESCRIPTION_PREPOSITIONS and not taken
        if ends or tok.low in PLACE_ADVERBS:
            break  # (", answered above, …": no one described)
        if rank_at(toks, end):
            end += 1  # "said the world No. 7.": a ranking's "No." ends no sentence, its number is read on
            continue
        if tok.text.endswith("."):
            toks = stop_cut(toks, end)
            end += 1
            break
        end += 1
    if not end:
        return None
    return (
        _body_named_after_noun(text, toks, end)
        or _person_named_after_tie_noun(text, toks, end)
        or classify_description(text, toks, 0, end)
    )


_WORDS = 8
_NAME_WORDS = 3


def _name_goes_on(toks: list[Tok], k: int) -> bool:
    """Does the capitalised run before ``toks[k]`` go on there ("… by the Ottawa | Citizen")?"""
    return toks[k - 1].cap and toks[k].cap and not toks[k - 1].text.endswith(".") and toks[k].text not in PUNCT


def _participle_with_phrase(toks: list[Tok], k: int) -> bool:
    """Does a past participle at ``toks[k]``, after the description's noun, open its own phrase with "by" or "in"
    ("a man arrested by police", "a woman questioned by detectives", "a man injured in the crash")? Then the
    phrase is part of the description (and "questioned" no cue)."""
    if not 1 < k + 1 < len(toks) or toks[k + 1].low not in PARTICIPLE_PHRASE_PREPOSITIONS:
        return False
    word, noun = toks[k].text, toks[k - 1].text
    if not (word.isalpha() and word.islower() and noun.isalpha() and noun.islower()) or noun in PREPOSITIONS:
        return False
    return (len(word) > 4 and word.endswith(("ed", "en"))) or word in IRREGULAR_PARTICIPLES


def _body_named_after_noun(text: str, toks: list[Tok], end: int) -> Who | None:
    """ "the think tank Ember", "the campaign group Ember": "the", lower-case words ending in a noun for a body
    (lexicon ``EN_BODY_NOUNS_BEFORE_NAME``) and capitalised words to the description's end: the body named."""
    head = next((k for k in range(end - 1, 0, -1) if not toks[k].cap), 0)
    if toks[0].low != "the" or not 0 < head < end - 1 or toks[head].low not in P.EN_BODY_NOUNS_BEFORE_NAME:
        return None
    if not all(t.text.isalpha() for t in toks[head + 1 : end]) or not all(t.text.islower() for t in toks[1:head]):
        return None
    return Who(text[toks[head + 1].start : toks[end - 1].end], "org", start=toks[head + 1].start)


def _person_named_after_tie_noun(text: str, toks: list[Tok], end: int) -> Who | None:
    """ "said neighbour Peter Walsh", "said friend Anna Kerr": a bare noun of a tie to another person (lexicon
    ``EN_TIE_NOUNS``) and capitalised words to the description's end: the person named, the noun their role."""
    if end < 2 or toks[0].low not in P.EN_TIE_NOUNS or not toks[0].text.islower():
        return None
    if not all(t.cap and t.text.isalpha() for t in toks[1:end]):
        return None
    return Who(text[toks[1].start : toks[end - 1].end], "person", role=toks[0].text, start=toks[0].start)


def _cue_at(toks: list[Tok], k: int) -> bool:
    """Is ``toks[k]`` a cue word, not the first half of a compound noun ("the think tank Ember")?"""
    after = toks[k + 1].low.rstrip(".") if k + 1 < len(toks) else ""
    return toks[k].low in P.EN_CUES and (toks[k].low, after) not in CUE_WORD_COMPOUNDS
